package extract

// The practice stage turns a clause into Practices: who does what to which
// data, for whom and why, and whether the policy says it is NOT done.
//
// Cues come from rules/practices.txt (see its header for the labels). For
// each action trigger the stage decides, within the trigger's sentence:
//
//   - Polarity. A negator ("not", "never", "no") negates the first trigger
//     within its reach when no breaker ("but", ";"), actor ("we") or other
//     trigger stands between them, except a party introduced by a permit
//     verb ("we do not let third parties collect") or a subject inverted
//     after an auxiliary ("nor do we share"); triggers coordinated
//     with a negated one ("do not sell, rent or share") inherit it. A
//     denial covers the data after the previous trigger's clause ("we
//     collect your phone number, though we do not store card details"). A negated practice with an
//     exception in the same sentence ("not ... unless", "never ... without
//     your consent") is reported as performed on a condition: Negated=false,
//     Condition = the condition named after the exception, or "exception".
//     This is the reading APP-350's annotators use ("We will not receive your
//     age except when ..." is annotated as performed) and the safe one for a
//     reader: the practice can happen.
//   - Actor. The nearest actor cue or party mention before the trigger, in
//     its clause (not in an introductory "if you ..., " clause, nor in a
//     parenthesis closed before the trigger), is the subject; "by <actor>" after a passive trigger comes first ("is not
//     used by advertisers"); the default is the first party, whose policy
//     it is. When the subject is the user ("when you use the app", "you may
//     share"), the trigger reports nothing. Cues marked {actor=...} fix it
//     ("you provide us" is first-party collection). A subject or agent that
//     joins the first party and a third party ("we and our partners",
//     "by us or by third parties") gives one practice for each.
//   - Consent is no data: a collect trigger whose object is a consent
//     condition ("after obtaining your consent") reports nothing; nor does
//     a trigger inside a data name ("tracking pixel"), "use" of a party
//     ("we use service providers"), a trigger after a definition cue
//     ("personal information means information that may be received
//     ..."), or a relative clause inside a denial ("we do not share data
//     we collect").
//   - Exclusions: data after "not including", "but not" is taken out of
//     the affirmative practice before it and reported as denied.
//   - Data, purposes, recipients: the data, purpose and party mentions of
//     the sentence (a denial: its object, and its subject when passive; a
//     question: none of its own); a lead-in and its list ("we collect: a; b") are one
//     sentence, since only '.', '!', '?' and ';' end one. After "only"
//     (restrict) only the purposes after it count. For share, sell and
//     transfer the recipients are the parties after the trigger; for a
//     third-party actor they are the parties that are the subject, which
//     receive the data.

import (
	"slices"
	"strings"
)

// scan is one clause's tokens, cue hits and sentence layout, shared by the
// practice stage's helpers.
type scan struct {
	c     *clause
	toks  []token
	hits  []hit
	sent  []int // sentence index of each token
	start []int // clause-relative source offset of each token
	end   []int
	defAt map[int]int // definition sentence → first token after its cue (see practices)
}

// newScan returns the clause's scan, building it on first use: the practice,
// category and APP-350 stages all read the same one.
func (p *practiceRules) newScan(c *clause) *scan {
	if c.scan != nil {
		return c.scan
	}
	s := &scan{c: c, toks: c.tokens()}
	c.scan = s
	s.hits = p.trie.longest(s.toks, nil)
	s.sent = make([]int, len(s.toks))
	s.start = make([]int, len(s.toks))
	s.end = make([]int, len(s.toks))
	n := 0
	for i, t := range s.toks {
		s.sent[i] = n
		s.start[i], s.end[i] = c.view.Span(t.vs, t.ve)
		if t.sntEnd {
			n++
		}
	}
	return s
}

// question reports whether sentence n ends with a question mark.
func (s *scan) question(n int) bool {
	i, _ := slices.BinarySearch(s.sent, n+1) // first token of the next sentence
	return i > 0 && s.toks[i-1].text == "?"
}

// sentenceOf returns the sentence index of a clause-relative source offset.
func (s *scan) sentenceOf(off int) int {
	i, _ := slices.BinarySearch(s.start, off+1) // first token starting after off
	if i == 0 {
		return 0
	}
	return s.sent[i-1]
}

func (p *practiceRules) practices(c *clause, r *Result) []Practice {
	s := p.newScan(c)
	var (
		out      []Practice
		prevTrig = -1 // index in s.hits of the previous trigger
		prevNeg  bool
		sents    []int  // sentence of each practice in out
		rel      []bool // whether each practice in out is a relative clause
	)
	// defAt[sent] is the token after the first definition cue of a
	// sentence: "Personal information means information that identifies
	// you, which may be received when ..." describes a kind of data; the
	// triggers after the cue are no practices, and the data it names go to
	// the practices around it.
	for _, h := range s.hits {
		if p.cues[h.cue].kind == cueDefinition {
			if s.defAt == nil {
				s.defAt = map[int]int{}
			}
			if _, ok := s.defAt[s.sent[h.first]]; !ok {
				s.defAt[s.sent[h.first]] = h.last + 1
			}
		}
	}
	defAt := s.defAt
	for hi, h := range s.hits {
		cue := p.cues[h.cue]
		if cue.kind != cueAction {
			continue
		}
		if at, ok := defAt[s.sent[h.first]]; ok && h.first >= at {
			continue
		}
		if hi > 0 && s.hits[hi-1].first == h.first && p.cues[s.hits[hi-1].cue].kind == cueAction {
			continue // one phrase listed under two action entries: report it once
		}
		if inData(s, r, h) && !(h.first > 0 && p.g.verbBefore[s.toks[h.first-1].text]) {
			// "tracking technologies", "tracking pixel": a name, not a
			// verb; "we do not log information" is a verb.
			continue
		}
		if cue.value == ActionUse && p.partyObject(s, r, h) {
			continue // "we use service providers to ...": the party, not data, is used
		}
		if p.imperative(s, h) {
			continue // "Please keep your password safe": advice to the user
		}
		if cue.value == ActionCollect && p.consentWithin(s, h.last+1, h.last+4) {
			continue // "obtain your consent", "request your permission": no data is collected
		}
		sent := s.sent[h.first]
		pr := Practice{Action: cue.value, Actor: ActorFirstParty}
		pr.Start, pr.End, _ = c.span(s.toks[h.first].vs, s.toks[h.last].ve)

		negated := p.negatedDirectly(s, r, hi)
		if !negated && prevTrig >= 0 && prevNeg && p.coordinated(s, prevTrig, hi) {
			negated = true
		}
		prevTrig, prevNeg = hi, negated

		condition, exception, restrictAt := p.modifiers(s, sent, h)
		if negated && exception {
			negated = false
			if condition == "" {
				condition = "exception"
			}
		}
		pr.Negated = negated
		pr.Condition = condition

		actorParties := p.actor(s, hi, r, &pr)
		if cue.actor != "" {
			pr.Actor = cue.actor
			actorParties = nil
		}
		if cue.byUser {
			// "you will never be asked to enter", "you do not provide your
			// e-mail address": what the user provides, the first party
			// collects.
			if pr.Actor != actorUser {
				continue
			}
			pr.Actor, actorParties = ActorFirstParty, nil
		}
		if pr.Actor == actorUser {
			continue // "you share", "when you use our app": not the policy's practice
		}
		co, coParties := p.coActor(s, hi, r, pr.Actor)
		p.attach(s, sent, h, restrictAt, r, actorParties, &pr)
		relative := p.relative(s, h, cue.actor != "")
		out = append(out, pr)
		sents, rel = append(sents, sent), append(rel, relative)
		if ex := p.excluded(s, sent, h, r, &out[len(out)-1]); ex != nil {
			// "(not including your name)": the practice is denied for
			// the data excluded from it.
			out = append(out, *ex)
			sents, rel = append(sents, sent), append(rel, relative)
		}
		if co != "" && cue.actor == "" {
			// "We and our partners collect ...", "collected by us or by
			// third parties": both do it.
			pr2 := pr
			pr2.Actor, pr2.Recipients, pr2.Data, pr2.Purposes = co, nil, nil, nil
			p.attach(s, sent, h, restrictAt, r, coParties, &pr2)
			out = append(out, pr2)
			sents, rel = append(sents, sent), append(rel, relative)
		}
	}
	out, sents = dropRelatives(out, sents, rel)
	p.inheritData(s, r, out, sents, defAt)
	return out
}

// dropRelatives removes the practices of relative clauses inside a denial:
// in "we do not share data we collect with advertisers" and "we do not
// store: your name; the e-mail you provided to the network; ..." the
// collection is what the data is, not what the sentence states. A relative
// clause belongs to a denial when its sentence denies a practice or the
// nearest practice before it (not itself relative) is denied.
func dropRelatives(out []Practice, sents []int, rel []bool) ([]Practice, []int) {
	if !slices.Contains(rel, true) {
		return out, sents
	}
	drop := make([]bool, len(out))
	lastNeg := false
	for i := range out {
		if !rel[i] {
			lastNeg = out[i].Negated
			continue
		}
		if out[i].Negated {
			continue
		}
		drop[i] = lastNeg
		for j := range out {
			if sents[j] == sents[i] && out[j].Negated && !rel[j] {
				drop[i] = true
			}
		}
	}
	var o2 []Practice
	var s2 []int
	for i := range out {
		if !drop[i] {
			o2, s2 = append(o2, out[i]), append(s2, sents[i])
		}
	}
	return o2, s2
}

// relative reports whether trigger h is the verb of a relative clause
// describing data: a subject pronoun after a noun (not after a word that
// opens a clause of its own), and the verb ("the data we collect", "the
// e-mail you provided", "details that we store").
// fixed says the trigger's cue holds its subject ("you provide").
func (p *practiceRules) relative(s *scan, h hit, fixed bool) bool {
	k := h.first - 1 // the subject pronoun, after any auxiliaries
	if fixed {
		k = h.first // the cue starts with it: "you provide"
	}
	for k > 0 && p.g.relativeAux[s.toks[k].text] {
		k--
	}
	if k <= 0 || k < h.first-3 {
		return false
	}
	if t := s.toks[k].text; t != "we" && t != "you" && t != "they" {
		return false
	}
	n := s.toks[k-1]
	if n.text == "that" || n.text == "which" {
		if k < 2 {
			return false
		}
		n = s.toks[k-2]
	}
	return !n.punct && !p.g.clauseOpeners[n.text]
}

// excluded takes out of an affirmative practice pr the data named after an
// exclusion cue that follows its trigger in its sentence ("information
// (not including your name)", "the data collected does not include your
// e-mail address", "..., but not your phone number"), up to a closing
// parenthesis or the sentence end, and returns the denied practice over
// that data, or nil.
func (p *practiceRules) excluded(s *scan, sent int, h hit, r *Result, pr *Practice) *Practice {
	if pr.Negated || len(pr.Data) == 0 {
		return nil
	}
	from := -1
	for _, o := range s.hits {
		if o.first > h.last && s.sent[o.first] == sent && p.cues[o.cue].kind == cueExclusion {
			from = o.last + 1
			break
		}
	}
	if from < 0 || from >= len(s.toks) {
		return nil
	}
	to := from
	for to < len(s.toks) && s.sent[to] == sent && s.toks[to].text != ")" {
		to++
	}
	off := s.c.in.Offset
	lo, hi := s.start[from], s.end[to-1]
	var ex []string
	for _, m := range r.Data {
		if ms := m.Start - off; ms >= lo && ms < hi && slices.Contains(pr.Data, m.Label) {
			ex = addLabel(ex, m.Label)
		}
	}
	if ex == nil {
		return nil
	}
	pr.Data = slices.DeleteFunc(pr.Data, func(l string) bool { return slices.Contains(ex, l) })
	neg := *pr
	neg.Negated, neg.Data = true, ex
	return &neg
}

// inheritData gives the data of sentences without a trigger to the
// practices of the nearest preceding sentence with one: in "We collect
// information that identifies you. This includes your name and e-mail
// address." the second sentence says what the first collects. A definition
// with no practice before it goes to the nearest following one.
func (p *practiceRules) inheritData(s *scan, r *Result, out []Practice, sents []int, defAt map[int]int) {
	if len(out) == 0 || len(r.Data) == 0 {
		return
	}
	off := s.c.in.Offset
	hasTrigger := map[int]bool{}
	for _, sent := range sents {
		hasTrigger[sent] = true
	}
	for _, m := range r.Data {
		ms := s.sentenceOf(m.Start - off)
		if hasTrigger[ms] {
			continue
		}
		owner := -1
		for _, sent := range sents {
			if sent < ms && sent > owner {
				owner = sent
			}
		}
		if _, def := defAt[ms]; owner < 0 && def {
			// A definition before the practice it explains: "Personal
			// information means your name and e-mail address. We do not
			// collect personal information."
			for _, sent := range sents {
				if sent > ms && (owner < 0 || sent < owner) {
					owner = sent
				}
			}
		}
		if owner < 0 {
			continue
		}
		for i := range out {
			if sents[i] == owner {
				out[i].Data = addLabel(out[i].Data, m.Label)
			}
		}
	}
}

// imperative reports whether trigger h is a verb in the imperative, an
// instruction to the user: it opens its sentence, after nothing but
// imperative.openers words ("Please keep", "Do not share"), and takes an
// object the user owns ("... your password").
func (p *practiceRules) imperative(s *scan, h hit) bool {
	if h.last+1 >= len(s.toks) || !p.g.possessives[s.toks[h.last+1].text] {
		return false
	}
	for k := h.first - 1; k >= 0 && s.sent[k] == s.sent[h.first]; k-- {
		if !p.g.imperative[s.toks[k].text] {
			return false
		}
	}
	return true
}

// negatedDirectly reports whether a negator claims the trigger s.hits[hi].
// The reach counts a data mention as one token: "no device ID, IP address
// or GPS location is collected".
func (p *practiceRules) negatedDirectly(s *scan, r *Result, hi int) bool {
	h := s.hits[hi]
	extra := 0 // tokens of a permitted subject, which the reach does not count
	for j := hi - 1; j >= 0; j-- {
		o := s.hits[j]
		if s.sent[o.first] != s.sent[h.first] {
			return false
		}
		switch p.cues[o.cue].kind {
		case cueNegation:
			gap := h.first - o.last - 1
			if reach := p.cues[o.cue].reach + extra; gap > reach {
				return gap-p.dataTokens(s, r, o.last+1, h.first) <= reach
			}
			return true
		case cueActor:
			// "we do not let third parties collect", "do not allow
			// advertising entities to collect": the denial is of what the
			// permitted party does.
			if p.permitted(s, o) {
				extra += o.last - o.first + 1
				continue
			}
			// "nor do we share", "never will we sell": a subject
			// inverted after the negation and an auxiliary.
			if j >= 1 && o.first >= 2 && p.cues[o.cue].value != actorUser {
				if n := s.hits[j-1]; p.cues[n.cue].kind == cueNegation && n.last == o.first-2 && p.g.relativeAux[s.toks[o.first-1].text] {
					extra += o.last - o.first + 2
					continue
				}
			}
			// "no third party collects", "none of our partners use",
			// "no third-party advertisers receive": a negated subject
			// (one actor cue or a run of them) denies its verb.
			first := j
			for first > 0 && p.cues[s.hits[first-1].cue].kind == cueActor && s.hits[first-1].last == s.hits[first].first-1 {
				first--
			}
			if n := s.hits[max(first-1, 0)]; first > 0 && p.cues[n.cue].kind == cueNegation && n.last == s.hits[first].first-1 &&
				s.sent[n.first] == s.sent[h.first] {
				return h.first-o.last-1 <= p.cues[n.cue].reach
			}
			return false
		case cueBreaker, cueAction:
			return false
		}
	}
	return false
}

// permitted reports whether actor cue o is the object of a permit verb,
// directly or after up to two modifiers: "let third parties", "allow
// advertising entities", "permit our partners".
func (p *practiceRules) permitted(s *scan, o hit) bool {
	for k := o.first - 1; k >= 0 && k >= o.first-3; k-- {
		t := s.toks[k]
		if t.punct {
			return false
		}
		if p.g.permitVerbs[t.text] {
			return true
		}
	}
	return false
}

// dataTokens returns how many tokens in [i, j) data mentions cover beyond
// one token each and, when it holds data, its punctuation (but a sentence
// end) and list joiners: the length a negator's reach need not count ("no
// name, mailing address, e-mail address, and phone number will be
// collected").
func (p *practiceRules) dataTokens(s *scan, r *Result, i, j int) int {
	if i >= j {
		return 0
	}
	off := s.c.in.Offset
	lo, hi := s.start[i], s.end[j-1]
	n := 0
	if slices.ContainsFunc(r.Data, func(m Mention) bool { return m.Start-off >= lo && m.End-off <= hi }) {
		for k := i; k < j; k++ {
			if t := s.toks[k]; t.punct && !t.sntEnd || p.g.listJoiners[t.text] {
				n++
			}
		}
	}
	for _, m := range r.Data {
		ms, me := m.Start-off, m.End-off
		if ms < lo || me > hi {
			continue
		}
		a, _ := slices.BinarySearch(s.start, ms)
		b, _ := slices.BinarySearch(s.start, me)
		if b-a > 1 {
			n += b - a - 1
		}
	}
	return n
}

// coordinated reports whether trigger b continues a list of triggers begun
// by a ("do not sell, rent or share"): same sentence, a short gap holding a
// coordinator, and no breaker or new subject between.
func (p *practiceRules) coordinated(s *scan, a, b int) bool {
	ha, hb := s.hits[a], s.hits[b]
	if s.sent[ha.first] != s.sent[hb.first] || hb.first-ha.last-1 > 6 {
		return false
	}
	for j := a + 1; j < b; j++ {
		switch p.cues[s.hits[j].cue].kind {
		case cueBreaker:
			return false
		case cueActor:
			// "never access or let third parties access" continues the denial.
			if !p.permitted(s, s.hits[j]) {
				return false
			}
		}
	}
	return p.coordinatedTokens(s, ha.last, hb.first)
}

// coordinatedTokens reports whether the tokens strictly between a (the end
// of one trigger) and b (the start of the next) join two verbs of one list:
// adjacent, or a gap of at most six tokens holding "or", "and", "nor" or
// a comma.
func (p *practiceRules) coordinatedTokens(s *scan, a, b int) bool {
	if b-a-1 > 6 {
		return false
	}
	for k := a + 1; k < b; k++ {
		switch s.toks[k].text {
		case "or", "and", "nor", ",":
			return true
		}
	}
	return b == a+1
}

// modifiers finds the exception, condition and restriction cues of the
// trigger's sentence. The condition is the first named after an exception
// when there is one, else the first after the trigger, else the first in the
// sentence. restrictAt is the token index of "only" after the trigger, or -1.
func (p *practiceRules) modifiers(s *scan, sent int, h hit) (condition string, exception bool, restrictAt int) {
	restrictAt = -1
	var afterExc, afterTrig, any string
	excSeen := false
	for _, o := range s.hits {
		if s.sent[o.first] != sent {
			continue
		}
		cue := p.cues[o.cue]
		switch cue.kind {
		case cueException:
			// An exception qualifies what comes before it ("we do not share
			// ... unless"); before the trigger it must name a condition
			// ("Without your consent, we will not ..."): "without signing
			// up, you will not be asked to ..." is no exception to the
			// denial.
			if o.first > h.last || p.conditionWithin(s, o.last+1, h.first) {
				exception, excSeen = true, true
			}
		case cueRestrict:
			if o.first > h.last && restrictAt < 0 {
				restrictAt = o.first
			}
		case cueCondition:
			if excSeen && afterExc == "" {
				afterExc = cue.value
			}
			if o.first > h.last && afterTrig == "" {
				afterTrig = cue.value
			}
			if any == "" {
				any = cue.value
			}
		}
	}
	switch {
	case afterExc != "":
		condition = afterExc
	case afterTrig != "":
		condition = afterTrig
	default:
		condition = any
	}
	return condition, exception, restrictAt
}

// consentWithin reports whether a consent condition cue starts in tokens
// [i, j): "obtain your consent" collects no data, while "we do not collect
// non-personal data" names data although "non personal" is a condition.
func (p *practiceRules) consentWithin(s *scan, i, j int) bool {
	for _, o := range s.hits {
		if o.first >= i && o.first < j && p.cues[o.cue].kind == cueCondition && p.cues[o.cue].value == "consent" {
			return true
		}
	}
	return false
}

// conditionWithin reports whether a condition cue starts in tokens [i, j).
func (p *practiceRules) conditionWithin(s *scan, i, j int) bool {
	for _, o := range s.hits {
		if o.first >= i && o.first < j && p.cues[o.cue].kind == cueCondition {
			return true
		}
	}
	return false
}

// actor sets pr.Actor from the nearest subject before the trigger (or a
// "by ..." agent after it) and returns the labels of party mentions that are
// that subject.
func (p *practiceRules) actor(s *scan, hi int, r *Result, pr *Practice) []string {
	h := s.hits[hi]
	sent := s.sent[h.first]
	trigStart := s.start[h.first]
	// Passive agent: "is collected by advertisers", "will not be shared by
	// us".
	if k := h.last + 1; k < len(s.toks) && s.toks[k].text == "by" && p.passive(s, h) {
		for _, o := range s.hits {
			if o.first > k && o.first <= k+3 && p.cues[o.cue].kind == cueActor {
				pr.Actor = p.cues[o.cue].value
				return nil
			}
		}
		for _, m := range r.Parties {
			ms := m.Start - s.c.in.Offset
			if ms > s.start[k] && ms <= s.end[min(k+3, len(s.toks)-1)] && !strings.HasPrefix(m.Label, "org.") {
				pr.Actor = ActorThirdParty
				if m.Label == ActorFirstParty {
					pr.Actor = ActorFirstParty
					return nil
				}
				return []string{m.Label}
			}
		}
	}
	// The subject stands in the trigger's own clause: "you" in "if you use
	// the feature, our software may access your location" is not it.
	from := s.start[p.clauseStart(s, h)]
	// Nearest actor cue before the trigger, in the same sentence.
	cuePos, cueWho := -1, ""
	crossed := false // a breaker stands between the cue and the trigger
	for j := hi - 1; j >= 0; j-- {
		o := s.hits[j]
		if s.sent[o.first] != sent || s.start[o.first] < from {
			break
		}
		c := p.cues[o.cue]
		if c.kind == cueBreaker {
			crossed = true
		}
		if c.kind == cueActor && !nameInData(s, r, o) && !p.inAside(s, o.last, h.first) {
			if crossed && c.value == actorUser {
				// "when a user visits our site, however, your IP
				// address is not stored": the user acts in another
				// clause.
				break
			}
			cuePos, cueWho = s.start[o.first], c.value
			break
		}
	}
	// Nearest party mention before the trigger, in the same sentence.
	partyPos := -1
	var parties []string
	for _, m := range r.Parties {
		ms := m.Start - s.c.in.Offset
		if m.End-s.c.in.Offset > trigStart || s.sentenceOf(ms) != sent || ms < from {
			continue
		}
		if i, _ := slices.BinarySearch(s.start, ms); p.inAside(s, i, h.first) {
			continue
		}
		if m.Label == ActorFirstParty {
			// "the company", "this app": the vocabulary's first-party kind.
			if ms > cuePos {
				cuePos, cueWho = ms, ActorFirstParty
			}
			continue
		}
		if strings.HasPrefix(m.Label, "org.") {
			// A named company may be the policy's author ("Adobe collects").
			continue
		}
		if ms > partyPos {
			partyPos, parties = ms, []string{m.Label}
		} else if ms == partyPos {
			parties = append(parties, m.Label)
		}
	}
	switch {
	case partyPos >= 0 && partyPos >= cuePos:
		pr.Actor = ActorThirdParty
		return parties
	case cuePos >= 0:
		pr.Actor = cueWho
		return nil
	}
	// Passive agent after an active-looking form: "information collected by
	// advertisers".
	if k := h.last + 1; k < len(s.toks) && s.toks[k].text == "by" {
		for _, o := range s.hits {
			if o.first > k && o.first <= k+3 && p.cues[o.cue].kind == cueActor {
				pr.Actor = p.cues[o.cue].value
				break
			}
		}
	}
	return nil
}

// inAside reports whether token i stands in a parenthesis that closes
// before token j: "our servers (which may be hosted by a service provider)
// collect" — the party in the aside is not the subject of "collect". An
// aside that opens with a coordination joiner adds a subject: "we (or our
// vendors) use".
func (p *practiceRules) inAside(s *scan, i, j int) bool {
	for k := i + 1; k < j; k++ {
		switch s.toks[k].text {
		case "(":
			return false
		case ")":
			for o := i; o >= 0 && s.sent[o] == s.sent[i]; o-- {
				if s.toks[o].text == "(" {
					// A name that opens the aside ("a service of Acme,
					// Inc. (Acme), which uses") is an alias, not an
					// aside on the subject.
					return o+1 < i && !p.g.joiners[s.toks[o+1].text]
				}
			}
			return false
		}
	}
	return false
}

// partyObject reports whether the object of trigger h is a party: a third
// party's actor cue or a party mention (not an organisation, which may name
// a product: "we use Google Analytics") starts right after it, or after a
// determiner ("use third-party service providers", "use our partners").
func (p *practiceRules) partyObject(s *scan, r *Result, h hit) bool {
	k := h.last + 1
	for k < len(s.toks) && k <= h.last+2 && p.g.coDeterminers[s.toks[k].text] {
		k++
	}
	if k >= len(s.toks) {
		return false
	}
	off := s.c.in.Offset
	for _, m := range r.Data {
		if m.Start-off == s.start[k] {
			return false // "use third-party cookies": the party names whose data
		}
	}
	for _, o := range s.hits {
		if o.first == k && p.cues[o.cue].kind == cueActor && p.cues[o.cue].value == ActorThirdParty {
			return true
		}
	}
	for _, m := range r.Parties {
		if m.Start-off == s.start[k] && m.Label != ActorFirstParty && !strings.HasPrefix(m.Label, "org.") && !strings.HasPrefix(m.Label, "sdk.") {
			return true
		}
	}
	return false
}

// inData reports whether hit o lies inside a data mention.
func inData(s *scan, r *Result, o hit) bool {
	off := s.c.in.Offset
	lo, hi := s.start[o.first], s.end[o.last]
	for _, m := range r.Data {
		if m.Start-off <= lo && hi <= m.End-off {
			return true
		}
	}
	return false
}

// nameInData reports whether actor cue o is a word inside the name of a
// data type, not at its start: "advertisers" in "Identifier for
// Advertisers" is no subject, while "third-party" in "third-party cookies"
// says whose cookies they are.
func nameInData(s *scan, r *Result, o hit) bool {
	off := s.c.in.Offset
	lo, hi := s.start[o.first], s.end[o.last]
	for _, m := range r.Data {
		if ms, me := m.Start-off, m.End-off; ms < lo && hi <= me {
			return true
		}
	}
	return false
}

// coActor returns a second actor of trigger s.hits[hi] whose actor is
// actor, and the parties that are it: the first party coordinated with a
// third-party subject ("we and our partners collect", "we or our service
// providers may share"), a third party coordinated with a first-party agent
// ("collected by us or by third parties", "directly or through third
// parties"), or "" when there is none.
func (p *practiceRules) coActor(s *scan, hi int, r *Result, actor string) (string, []string) {
	h := s.hits[hi]
	sent := s.sent[h.first]
	off := s.c.in.Offset
	// third reports whether tokens [i, j) hold a third-party actor cue or
	// party, and its party labels.
	third := func(i, j int) (bool, []string) {
		found := false
		var labels []string
		for _, o := range s.hits {
			if o.first >= i && o.first < j && p.cues[o.cue].kind == cueActor && p.cues[o.cue].value == ActorThirdParty {
				found = true
			}
		}
		if i >= j {
			return false, nil
		}
		lo, hi := s.start[i], s.end[j-1]
		for _, m := range r.Parties {
			if ms := m.Start - off; ms >= lo && ms < hi && m.Label != ActorFirstParty && !strings.HasPrefix(m.Label, "org.") {
				found = true
				labels = addLabel(labels, m.Label)
			}
		}
		return found, labels
	}
	switch actor {
	case ActorThirdParty:
		// The third-party subject: the last third-party actor cue before
		// the trigger in its clause; a first-party subject just before it,
		// joined by "and" or "or" ("we and our partners", "we or our
		// service providers", "allow us and our partners to").
		from := p.clauseStart(s, h)
		covered := map[int]bool{}
		var subjects []int
		for j := hi - 1; j >= 0; j-- {
			o := s.hits[j]
			if o.first < from || s.sent[o.first] != sent {
				break
			}
			c := p.cues[o.cue]
			if c.kind == cueAction || c.kind == cueBreaker {
				break
			}
			if c.kind == cueActor && c.value == ActorThirdParty {
				subjects = append(subjects, o.first)
				for k := o.first; k <= o.last; k++ {
					covered[k] = true
				}
			}
		}
		for _, subj := range subjects {
			k := subj - 1
			for mods := 0; k >= from; k-- {
				// "we and our trusted partners", "we or our advertising
				// providers": determiners and up to two modifiers.
				if t := s.toks[k]; !covered[k] && !p.g.coDeterminers[t.text] {
					if t.punct || p.g.joiners[t.text] || mods == 2 {
						break
					}
					mods++
				}
			}
			n := 0
			for ; k >= from; k-- {
				t := s.toks[k].text
				if t == "and" || t == "or" {
					n++
				} else if t == "as" && k >= 2 && s.toks[k-1].text == "well" && s.toks[k-2].text == "as" {
					k -= 2 // "we, as well as our partners,"
					n++
				} else if t == "with" && k >= 1 && (s.toks[k-1].text == "together" || s.toks[k-1].text == "along") {
					k-- // "we, together with our partners,"
					n++
				} else if t != "," && t != "(" {
					break // "we, or our vendors,", "we (or our vendors)"
				}
			}
			if n == 0 || k < from {
				continue
			}
			switch s.toks[k].text {
			case "we":
				return ActorFirstParty, nil
			case "us":
				if k > 0 && p.g.permitVerbs[s.toks[k-1].text] {
					return ActorFirstParty, nil
				}
				continue
			}
			// "the company and its partners", "this application and any
			// third-party services" — unless the user acts on it before
			// ("when you use our website or products third parties do not
			// obtain ...": the website is the object of "use").
			userBefore := slices.ContainsFunc(s.hits, func(o hit) bool {
				return o.first >= from && o.last < k && p.cues[o.cue].kind == cueActor && p.cues[o.cue].value == actorUser
			})
			for _, o := range s.hits {
				if o.last == k && p.cues[o.cue].kind == cueActor && p.cues[o.cue].value == ActorFirstParty && !userBefore {
					return ActorFirstParty, nil
				}
			}
			// "Acme and other third parties collect": a name that opens
			// the clause beside a third party is the policy's author.
			if p.authorName(s, r, from, k) {
				return ActorFirstParty, nil
			}
		}
	case ActorFirstParty:
		// "collected by us or by third parties", "directly or through
		// third parties": a third-party agent after "or".
		for k := h.last + 1; k < len(s.toks) && k <= h.last+8 && s.sent[k] == sent; k++ {
			if t := s.toks[k].text; t == "or" || t == "and" {
				n := k + 1
				if n < len(s.toks) {
					switch s.toks[n].text {
					case "by", "through", "via":
						m := n + 1
						for m < len(s.toks) && p.g.coDeterminers[s.toks[m].text] {
							m++
						}
						if ok, labels := third(m, min(m+1, len(s.toks))); ok {
							return ActorThirdParty, labels
						}
					}
				}
			}
			if s.toks[k].punct && s.toks[k].text != "," && s.toks[k].text != "(" {
				break
			}
		}
	}
	return "", nil
}

// authorName reports whether tokens [from, k] are a capitalised name and
// nothing else, not a party of the vocabulary other than an organisation
// ("Acme", "Acme Games"): at the head of a clause, a name is most often the
// policy's author.
func (p *practiceRules) authorName(s *scan, r *Result, from, k int) bool {
	if k < from || k-from > 2 {
		return false
	}
	for i := from; i <= k; i++ {
		st, en := s.start[i], s.end[i]
		if s.toks[i].punct || !titleCase(s.c.in.Text[st:en]) {
			return false
		}
	}
	off := s.c.in.Offset
	for _, m := range r.Parties {
		if ms := m.Start - off; ms < s.end[k] && m.End-off > s.start[from] && !strings.HasPrefix(m.Label, "org.") {
			return false
		}
	}
	for _, o := range s.hits {
		if o.first <= k && o.last >= from {
			return false // a cue word: "Partners and ...", "We and ..."
		}
	}
	return true
}

// clauseStart returns the first token of the clause that holds trigger h:
// the token after the comma closing an introductory subordinate clause
// ("When you register, ..."), or the start of the sentence.
func (p *practiceRules) clauseStart(s *scan, h hit) int {
	sent := s.sent[h.first]
	start := h.first
	for start > 0 && s.sent[start-1] == sent {
		start--
	}
	from, span, sub := start, start, false
	for k := start; k < h.first; k++ {
		switch t := s.toks[k].text; {
		case t == ",":
			if sub {
				from = k + 1
			}
			span, sub = k+1, false
		case k-span <= 2 && p.g.subordinators[t]:
			sub = true
		}
	}
	return from
}

// attach fills data, purposes and recipients from the mentions of the
// trigger's sentence.
func (p *practiceRules) attach(s *scan, sent int, h hit, restrictAt int, r *Result, actorParties []string, pr *Practice) {
	off := s.c.in.Offset
	inSentence := func(m Mention) bool { return s.sentenceOf(m.Start-off) == sent }
	// A denial covers the data after the trigger before it: in "we collect
	// your phone number, though we do not store card details" the phone
	// number is not denied; in "your e-mail address will not be shared" the
	// address is.
	lo, hi := 0, len(s.c.in.Text)
	if pr.Negated {
		passive := p.passive(s, h)
		prev := -1 // the last trigger before h in its sentence, not listed with it
		for i, o := range s.hits {
			if o.last < h.first && s.sent[o.first] == sent && p.cues[o.cue].kind == cueAction && !p.coordinatedTokens(s, o.last, h.first) {
				prev = i
			}
		}
		if prev >= 0 {
			// The denial's own clause starts at its subject, breaker or
			// negator after the previous trigger; a passive denial's
			// subject is its data ("precise location is not collected").
			lo = s.end[s.hits[prev].last]
			for _, o := range s.hits[prev+1:] {
				if o.first >= h.first {
					break
				}
				if k := p.cues[o.cue].kind; k == cueActor || k == cueBreaker || k == cueNegation && !passive {
					lo = s.start[o.first]
					break
				}
			}
		}
		if !passive {
			// An active denial's data is its object: in "cookies do not
			// collect your name" the cookies are the subject.
			lo = max(lo, s.start[h.first])
		}
		// The denial ends at a breaker: "we do not sell your data, but we
		// share your e-mail address".
		for _, o := range s.hits {
			if o.first <= h.last || s.sent[o.first] != sent {
				continue
			}
			if p.cues[o.cue].kind == cueBreaker {
				hi = s.start[o.first]
				break
			}
		}
	}
	if s.question(sent) {
		// "Do we use cookies?" asks; the answer follows. A question keeps
		// only the data of the trigger-less sentences after it ("What do
		// we collect? Your name and e-mail address.").
		hi = lo
	}
	for _, m := range r.Data {
		if inSentence(m) && m.Start-off >= lo && m.Start-off < hi {
			pr.Data = addLabel(pr.Data, m.Label)
		}
	}
	for _, m := range r.Purposes {
		if !inSentence(m) {
			continue
		}
		if restrictAt >= 0 && m.Start-off < s.start[restrictAt] {
			continue
		}
		pr.Purposes = addLabel(pr.Purposes, m.Label)
	}
	switch {
	case pr.Actor == ActorThirdParty && actorParties != nil:
		for _, l := range actorParties {
			pr.Recipients = addLabel(pr.Recipients, l)
		}
	case pr.Action == ActionShare || pr.Action == ActionSell || pr.Action == ActionTransferAbroad:
		trig := s.start[h.first]
		for _, m := range r.Parties {
			if inSentence(m) && m.Start-off >= trig {
				pr.Recipients = addLabel(pr.Recipients, m.Label)
			}
		}
	}
}

// passive reports whether trigger h is a passive participle: a form of
// "be" stands among the few words before it ("is not collected", "will
// never be shared", "isn't stored") and the trigger is not an -ing form
// ("we are collecting").
func (p *practiceRules) passive(s *scan, h hit) bool {
	if strings.HasSuffix(s.toks[h.first].text, "ing") {
		return false
	}
	for k := h.first - 1; k >= 0 && k >= h.first-4; k-- {
		t := s.toks[k]
		if t.punct {
			return false
		}
		if p.g.passiveAux[t.text] {
			return true
		}
	}
	return false
}

// addLabel appends l unless present, keeping first-seen order.
func addLabel(list []string, l string) []string {
	if slices.Contains(list, l) {
		return list
	}
	return append(list, l)
}
