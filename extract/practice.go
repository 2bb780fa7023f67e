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
//     verb ("we do not let third parties collect"); triggers coordinated
//     with a negated one ("do not sell, rent or share") inherit it. A
//     denial covers the data after the previous trigger's clause ("we
//     collect your phone number, though we do not store card details"). A negated practice with an
//     exception in the same sentence ("not ... unless", "never ... without
//     your consent") is reported as performed on a condition: Negated=false,
//     Condition = the condition named after the exception, or "exception".
//     This is the reading APP-350's annotators use ("We will not receive your
//     age except when ..." is annotated as performed) and the safe one for a
//     reader: the practice can happen.
//   - Actor. The nearest actor cue or party mention before the trigger is
//     the subject; "by <third party>" after a passive trigger counts too;
//     the default is the first party, whose policy it is. When the subject
//     is the user ("when you use the app", "you may share"), the trigger
//     reports nothing. Cues marked
//     {actor=...} fix it ("you provide us" is first-party collection).
//   - Consent is no data: a collect trigger whose object is a consent
//     condition ("after obtaining your consent") reports nothing.
//   - Data, purposes, recipients: the data, purpose and party mentions of
//     the sentence; a lead-in and its list ("we collect: a; b") are one
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
		sents    []int // sentence of each practice in out
	)
	for hi, h := range s.hits {
		cue := p.cues[h.cue]
		if cue.kind != cueAction {
			continue
		}
		if hi > 0 && s.hits[hi-1].first == h.first && p.cues[s.hits[hi-1].cue].kind == cueAction {
			continue // one phrase listed under two action entries: report it once
		}
		if cue.value == ActionCollect && p.conditionWithin(s, h.last+1, h.last+4) {
			continue // "obtain your consent", "request your permission": no data is collected
		}
		pr := Practice{Action: cue.value, Actor: ActorFirstParty}
		pr.Start, pr.End, _ = c.span(s.toks[h.first].vs, s.toks[h.last].ve)
		sent := s.sent[h.first]

		negated := p.negatedDirectly(s, hi)
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
		if pr.Actor == actorUser {
			continue // "you share", "when you use our app": not the policy's practice
		}
		p.attach(s, sent, h, restrictAt, r, actorParties, &pr)
		out = append(out, pr)
		sents = append(sents, sent)
	}
	p.inheritData(s, r, out, sents)
	return out
}

// inheritData gives the data of sentences without a trigger to the
// practices of the nearest preceding sentence with one: in "We collect
// information that identifies you. This includes your name and e-mail
// address." the second sentence says what the first collects.
func (p *practiceRules) inheritData(s *scan, r *Result, out []Practice, sents []int) {
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

// negatedDirectly reports whether a negator claims the trigger s.hits[hi].
func (p *practiceRules) negatedDirectly(s *scan, hi int) bool {
	h := s.hits[hi]
	extra := 0 // tokens of a permitted subject, which the reach does not count
	for j := hi - 1; j >= 0; j-- {
		o := s.hits[j]
		if s.sent[o.first] != s.sent[h.first] {
			return false
		}
		switch p.cues[o.cue].kind {
		case cueNegation:
			return h.first-o.last-1 <= p.cues[o.cue].reach+extra
		case cueActor:
			// "we do not let third parties collect": the denial is of
			// what the permitted party does.
			if o.first > 0 && permitVerbs[s.toks[o.first-1].text] {
				extra += o.last - o.first + 1
				continue
			}
			return false
		case cueBreaker, cueAction:
			return false
		}
	}
	return false
}

// permitVerbs introduce the party whose practice a policy permits or
// forbids: "allow advertisers to collect", "do not let third parties access".
var permitVerbs = map[string]bool{
	"let": true, "allow": true, "permit": true, "enable": true, "authorize": true, "authorise": true,
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
		case cueBreaker, cueActor:
			return false
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
	// Nearest actor cue before the trigger, in the same sentence.
	cuePos, cueWho := -1, ""
	for j := hi - 1; j >= 0; j-- {
		o := s.hits[j]
		if s.sent[o.first] != sent {
			break
		}
		if c := p.cues[o.cue]; c.kind == cueActor {
			cuePos, cueWho = s.start[o.first], c.value
			break
		}
	}
	// Nearest party mention before the trigger, in the same sentence.
	partyPos := -1
	var parties []string
	for _, m := range r.Parties {
		ms := m.Start - s.c.in.Offset
		if m.End-s.c.in.Offset > trigStart || s.sentenceOf(ms) != sent {
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
	// Passive agent: "is collected by advertisers".
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

// attach fills data, purposes and recipients from the mentions of the
// trigger's sentence.
func (p *practiceRules) attach(s *scan, sent int, h hit, restrictAt int, r *Result, actorParties []string, pr *Practice) {
	off := s.c.in.Offset
	inSentence := func(m Mention) bool { return s.sentenceOf(m.Start-off) == sent }
	// A denial covers the data after the trigger before it: in "we collect
	// your phone number, though we do not store card details" the phone
	// number is not denied; in "your e-mail address will not be shared" the
	// address is.
	lo := 0
	if pr.Negated {
		prev := -1 // the last trigger before h in its sentence, not listed with it
		for i, o := range s.hits {
			if o.last < h.first && s.sent[o.first] == sent && p.cues[o.cue].kind == cueAction && !p.coordinatedTokens(s, o.last, h.first) {
				prev = i
			}
		}
		if prev >= 0 {
			// The denial's own clause starts at its subject, breaker or
			// negator after the previous trigger.
			lo = s.end[s.hits[prev].last]
			for _, o := range s.hits[prev+1:] {
				if o.first >= h.first {
					break
				}
				if k := p.cues[o.cue].kind; k == cueActor || k == cueBreaker || k == cueNegation {
					lo = s.start[o.first]
					break
				}
			}
		}
	}
	for _, m := range r.Data {
		if inSentence(m) && m.Start-off >= lo {
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

// addLabel appends l unless present, keeping first-seen order.
func addLabel(list []string, l string) []string {
	if slices.Contains(list, l) {
		return list
	}
	return append(list, l)
}
