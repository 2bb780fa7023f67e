package extract

// Who does a practice: the actor of a trigger (the nearest subject in its
// clause, passive agents, permitted parties), a second actor coordinated
// with it ("we and our partners"), and the tests that keep party names and
// data names apart ("we use service providers", "Identifier for
// Advertisers"). See practice.go for the stage as a whole.

import (
	"slices"
	"strings"
	"unicode/utf8"
)

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
		for _, o := range s.hitsIn(k+1, k+4) {
			if p.cues[o.cue].kind == cueActor {
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
	if k := p.agentlessPassive(s, r, h); k >= 0 {
		from = max(from, s.start[k]) // 图片会被传输至百度智能云: no agent, ours
	}
	if p.unnamedAgent(s, r, h) {
		pr.Actor = ActorThirdParty // 由合作医院保存: an agent the registry does not know
		return nil
	}
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
		if c.kind == cueActor && !nameInData(s, r, o) {
			// The cheap tests first: inAside reads back to the trigger.
			if p.objectPronoun(s, o) || p.preverbObject(s, o.first, pr.Action) || p.ownedName(s, r, o.first, s.end[o.last]) {
				continue // "you open them or click on links"; 向第三方出售; "your Facebook name"
			}
			if p.inAside(s, o.last, h.first) {
				continue
			}
			if c.value == actorUser && o.first > 0 && p.g.userOwned[s.toks[o.first-1].text] {
				continue // "your user experience": the user's, not the user acting
			}
			if c.value == actorUser && p.cues[h.cue].bySeer && insideParty(r, s.start[o.first]+s.c.in.Offset, s.end[o.last]+s.c.in.Offset) {
				continue // 其他用户可以看到: the party is who sees, not the user
			}
			if c.value == ActorThirdParty && p.passive(s, h) && p.passiveSubject(s, o.last, h.first) {
				break // "when they are placed": the subject of a passive is acted on
			}
			if c.value == actorUser && endsWith(s, o.first-1, p.g.embedOpeners) && h.first-o.last > userVerbReach {
				// 我们会在您授权后收集: the user acts in an embedded clause
				// (but in 在您删除车辆前保存 the verb right after the user is
				// the user's own).
				continue
			}
			if c.value == actorUser && p.userRelative(s, r, o.last, h.first) {
				continue // 您发表的书评会被保存: the user acts in a relative clause on the data
			}
			if crossed && c.value == actorUser {
				// "when a user visits our site, however, your IP
				// address is not stored": the user acts in another
				// clause.
				break
			}
			if c.value == ActorFirstParty && p.relativeAfterParty(s, r, hi, j) {
				continue // "third-party contractors we engage may collect"
			}
			cuePos, cueWho = s.start[o.first], c.value
			if b := j - 1; c.value == ActorThirdParty && cjk(s.toks[o.first].text) == cjkIdeograph && b >= 0 && s.hits[b].last == o.first-1 &&
				p.cues[s.hits[b].cue].kind == cueActor && p.cues[s.hits[b].cue].value == ActorFirstParty {
				// A Chinese third-party cue right after a first-party one
				// stands beside it: in 我们作为独立的个人信息处理者 the subject
				// is still we.
				cueWho = ActorFirstParty
			}
			break
		}
	}
	// Nearest party mention before the trigger, in the same sentence. The
	// mentions are read from the last: once a party is found, the ones
	// before it change nothing and skip the costlier tests (a long Chinese
	// sentence holds hundreds).
	partyPos := -1
	var parties []string
	chinese := cjk(s.toks[h.first].text) == cjkIdeograph
	// The last punctuation before the trigger in its sentence, looked for
	// once: a party before it stands in an earlier part.
	lastPunct := -1
	for k := h.first - 1; chinese && k >= 0 && k >= h.first-partReach && s.sent[k] == sent; k-- {
		if s.toks[k].punct {
			lastPunct = k
			break
		}
	}
	last, _ := slices.BinarySearchFunc(r.Parties, trigStart+s.c.in.Offset, byStartAt)
	for k := last - 1; k >= 0; k-- {
		m := r.Parties[k]
		ms := m.Start - s.c.in.Offset
		if ms < from || partyPos >= 0 && ms < partyPos {
			break // the mentions are in text order
		}
		if m.End-s.c.in.Offset > trigStart || s.sentenceOf(ms) != sent {
			continue
		}
		// A party in a list is read where the list starts: 与合作医院、顺丰和
		// 监测机构共享 makes all three recipients (for verbs of giving: a
		// list after 委托 names processors, whose later verbs the
		// labellers read as theirs).
		hs := ms // (Chinese lists only: the readings below are Chinese)
		if chinese {
			hs = r.Parties[p.firstOfPartyList(s, r, k)].Start - s.c.in.Offset
		}
		if strings.HasPrefix(m.Label, "org.") && (!chinese || authorNamed(s.c.in, m.Text) || p.subjectBefore(s, hs)) {
			// A named company may be the policy's author ("Adobe collects";
			// see Input.Controller); after a subject in its part of the
			// sentence it is an object (我们使用百度的定位服务收集…).
			continue
		}
		if cjk(s.c.in.Text[ms:]) == cjkIdeograph && spanInData(r, m.Start, m.End) {
			continue // 运营商信息: the party names data
		}
		if chinese && quotedName(s.c.in.Text, ms, m.End-s.c.in.Offset) {
			continue // 使用“附近医院”时: the name of a feature
		}
		if chinese && p.partyRelative(s, r, m.End-s.c.in.Offset, h.first) {
			continue // 支付机构返回的支付账户标识，用于…: the party acts in a relative clause
		}
		i, _ := slices.BinarySearch(s.start, ms) // the party's first token
		if chinese && p.objectInEarlierPart(s, i, m.End-s.c.in.Offset, lastPunct) {
			continue // 提供给您选择的支付机构，并获取…: the party was given to, it does not act
		}
		if p.preverbObject(s, i, pr.Action) || hs < ms && giving(pr.Action) && p.preverbObject(s, tokenAt(s, hs), pr.Action) || p.embeddedParty(s, i) || p.ownedName(s, r, i, m.End-s.c.in.Offset) || p.inAside(s, i, h.first) {
			continue
		}
		if m.Label == ActorFirstParty {
			// "the company", "this app": the vocabulary's first-party kind.
			if ms > cuePos {
				cuePos, cueWho = ms, ActorFirstParty
			}
			continue
		}
		if ms > partyPos {
			partyPos, parties = ms, []string{m.Label}
		} else if ms == partyPos {
			parties = append([]string{m.Label}, parties...) // in reading order
		}
	}
	switch {
	case partyPos >= 0 && (partyPos >= cuePos || p.objectOfPhrase(s, cuePos)):
		// "Companies delivering ads on our services use cookies": a
		// first-party word in a prepositional phrase after the party is
		// no subject.
		pr.Actor = ActorThirdParty
		return parties
	case cuePos >= 0:
		pr.Actor = cueWho
		return nil
	}
	// Passive agent after an active-looking form: "information collected by
	// advertisers".
	if k := h.last + 1; k < len(s.toks) && s.toks[k].text == "by" {
		for _, o := range s.hitsIn(k+1, k+4) {
			if p.cues[o.cue].kind == cueActor {
				pr.Actor = p.cues[o.cue].value
				break
			}
		}
	}
	return nil
}

// relativeAfterParty reports whether first-party cue s.hits[j] opens a
// relative clause on a third party named right before it, with or without
// a relative pronoun ("the contractors we engage", "partners that we work
// with"): the party is the subject of trigger s.hits[hi], not "we".
func (p *practiceRules) relativeAfterParty(s *scan, r *Result, hi, j int) bool {
	o, h := s.hits[j], s.hits[hi]
	// The relative clause's verb stands between "we" and an auxiliary of
	// the trigger: "we engage may collect". Without one the trigger is
	// the relative clause's own verb ("partners we share data with").
	a := h.first - 1
	for a > o.last && (s.toks[a].text == "not" || s.toks[a].text == "also") {
		a--
	}
	if a <= o.last+1 || !p.g.relativeAux[s.toks[a].text] {
		return false
	}
	k := o.first - 1
	if k >= 0 && relativePronouns[s.toks[k].text] {
		k--
	}
	if k < 0 || s.sent[k] != s.sent[o.first] || s.toks[k].punct {
		return false
	}
	// A third party's actor cue ends at token k...
	for i := j - 1; i >= 0 && s.hits[i].last >= k-8; i-- {
		if q := s.hits[i]; q.last == k && p.cues[q.cue].kind == cueActor && p.cues[q.cue].value == ActorThirdParty {
			return true
		}
	}
	// ... or a party mention of the vocabulary does.
	off := s.c.in.Offset
	for _, m := range r.Parties {
		if m.Label != ActorFirstParty && !strings.HasPrefix(m.Label, "org.") && m.End-off == s.end[k] {
			return true
		}
	}
	return false
}

// userRelative reports whether the user, whose cue ends at token last,
// acts in a relative clause on data before the trigger at token trig: an
// attributive marker (的) that no possessor precedes (我的, 自己的) follows
// the user with no punctuation, and data is named after it (您在书评区发表
// 的书评会被保存, 您提供的手机号码将用于登录). The data is the subject of the
// trigger, not the user.
func (p *practiceRules) userRelative(s *scan, r *Result, last, trig int) bool {
	off := s.c.in.Offset
	for k := last + 1; k < trig-1; k++ {
		if s.toks[k].punct {
			return false
		}
		if p.g.attributive[s.toks[k].text] && !p.possessive(s, k) {
			return len(startingIn(r.Data, s.start[k+1]+off, s.start[trig]+off)) > 0
		}
	}
	return false
}

// partyRelative reports whether the Chinese party whose text ends at byte
// end acts in a short relative clause on data before the trigger at token
// trig: a few tokens with no punctuation and no verb the rules know, then
// an attributive marker (的) right before a data mention (与支付机构签订的
// 代扣协议号，用于按期续费; 学校提供的学籍信息). The data, not the party, is
// what the sentence goes on about. A verb of the rules between them (学校会
// 向我们提供在校学生的学号) leaves the party its own practice.
func (p *practiceRules) partyRelative(s *scan, r *Result, end, trig int) bool {
	after, _ := slices.BinarySearch(s.start, end) // the party's next token
	off := s.c.in.Offset
	for k := after; k < trig-1 && k <= after+relativeReach; k++ {
		if s.toks[k].punct {
			return false
		}
		if p.g.attributive[s.toks[k].text] {
			return !p.possessive(s, k) && k+1 < trig && startsAt(r.Data, s.start[k+1]+off) && !slices.ContainsFunc(s.hitsIn(after, k), func(o hit) bool {
				return p.cues[o.cue].kind == cueAction
			})
		}
	}
	return false
}

// quotedName reports whether text[start:end] stands inside short Chinese
// quotation marks, at most quotedReach bytes from each: “附近医院”, “银行卡管理”
// name a feature or a page, not a party that acts.
func quotedName(text string, start, end int) bool {
	before := text[max(0, start-quotedReach):start]
	open := strings.LastIndex(before, "“")
	if open < 0 || strings.Contains(before[open:], "”") {
		return false
	}
	after := text[end:min(len(text), end+quotedReach)]
	close := strings.Index(after, "”")
	return close >= 0 && !strings.Contains(after[:close], "“")
}

// quotedReach bounds the bytes between a quotation mark and a party inside
// it: five Chinese characters.
const quotedReach = 15

// objectInEarlierPart reports whether the Chinese party whose first token
// is i and whose text ends at byte end is an object in a part of the
// sentence before the trigger: the trigger's last punctuation before it,
// at token lastPunct, stands after the party, and in its own part the
// party follows a verb of the rules within partyObjectReach tokens
// (提供给您选择的支付机构，并获取支付状态) or a 的 that no possessor precedes
// (浏览过的酒店和收藏的酒店，用于推荐). The subject of the later part is the
// sentence's, not the party.
func (p *practiceRules) objectInEarlierPart(s *scan, i, end, lastPunct int) bool {
	if k, _ := slices.BinarySearch(s.start, end); lastPunct < k {
		return false
	}
	if b := i - 1; b >= 0 && p.g.attributive[s.toks[b].text] && !p.possessive(s, b) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-partyObjectReach; j-- {
		if s.toks[j].punct {
			return false
		}
		for _, o := range s.hitsAcross(j, j) {
			if o.last == j && p.cues[o.cue].kind == cueAction {
				return true
			}
		}
	}
	return false
}

// partyObjectReach bounds the tokens between a verb and the party it takes as
// its object (提供给您选择的).
const partyObjectReach = 6

// relativeReach bounds the tokens of the verb of a relative clause between
// a party and its 的 (返回, 依法签订).
const relativeReach = 4

// possessive reports whether the attributive marker at token k follows an
// attributive.possessors word (我的, 自己的).
func (p *practiceRules) possessive(s *scan, k int) bool {
	return endsWith(s, k-1, p.g.possessors)
}

// endsWith reports whether a word of set, of one or two tokens, ends at
// token k: Chinese words are runs of one-character tokens (时, 期间).
func endsWith(s *scan, k int, set wordSet) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	w := s.toks[k].text
	return set[w] || k >= 1 && set[s.toks[k-1].text+w]
}

// objectPronoun reports whether actor cue o is an object pronoun ("them")
// that no permit verb or subject marker makes the subject of a verb: in
// "share your IP address with them" it is what "with" acts on, in "enable
// them to collect" the one who collects.
func (p *practiceRules) objectPronoun(s *scan, o hit) bool {
	if o.first != o.last || !p.g.objPronouns[s.toks[o.first].text] {
		return false
	}
	if o.first == 0 {
		return true
	}
	prev := s.toks[o.first-1].text
	return !p.g.permitVerbs[prev] && !p.g.forSubject[prev]
}

// passiveSubject reports whether the cue ending at token last is the
// subject of the passive trigger at token trig: only auxiliaries and a
// negation stand between ("they are placed", "these companies are not
// given"). The subject of a passive is acted on, not the actor.
func (p *practiceRules) passiveSubject(s *scan, last, trig int) bool {
	for k := last + 1; k < trig; k++ {
		t := s.toks[k].text
		if !p.g.passiveAux[t] && !p.g.relativeAux[t] && t != "not" && t != "never" && t != "t" {
			return false
		}
	}
	return true
}

// relativePronouns may open a relative clause on a party.
var relativePronouns = map[string]bool{"that": true, "whom": true, "which": true}

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
	for _, o := range s.hitsIn(k, k+1) {
		if p.cues[o.cue].kind == cueActor && p.cues[o.cue].value == ActorThirdParty {
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
	return spanInData(r, s.start[o.first]+off, s.end[o.last]+off)
}

// nameInData reports whether actor cue o is a word inside the name of a
// data type, not at its start: "advertisers" in "Identifier for
// Advertisers" is no subject, while "third-party" in "third-party cookies"
// says whose cookies they are.
func nameInData(s *scan, r *Result, o hit) bool {
	off := s.c.in.Offset
	return spanInData(r, s.start[o.first]+off-1, s.end[o.last]+off) // the name starts before the cue
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
		for _, o := range s.hitsIn(i, j) {
			if p.cues[o.cue].kind == cueActor && p.cues[o.cue].value == ActorThirdParty {
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
		// A third party of the vocabulary that no actor cue names is a
		// subject too: "Acme and its subsidiaries collect".
		for _, m := range r.Parties {
			ms := m.Start - off
			if m.Label == ActorFirstParty || strings.HasPrefix(m.Label, "org.") || ms < s.start[from] || ms >= s.start[h.first] {
				continue
			}
			i, ok := slices.BinarySearch(s.start, ms)
			if !ok || covered[i] || s.sent[i] != sent {
				continue
			}
			j, _ := slices.BinarySearch(s.start, m.End-off)
			for k := i; k < j; k++ {
				covered[k] = true
			}
			subjects = append(subjects, i)
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
				if t == "and" || t == "or" || cjk(t) == cjkIdeograph && p.g.joiners[t] {
					n++ // and 我们与合作伙伴, 我们和关联公司
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
			if cjk(s.toks[k].text) == cjkIdeograph && slices.ContainsFunc(s.hits, func(o hit) bool {
				return o.last == k && p.cues[o.cue].kind == cueActor && p.cues[o.cue].value == ActorFirstParty
			}) {
				return ActorFirstParty, nil // 我们与合作伙伴
			}
			switch s.toks[k].text {
			case "we":
				return ActorFirstParty, nil
			case "us":
				// "allow us and our partners to", "for us or third
				// parties to collect".
				if k > 0 && (p.g.permitVerbs[s.toks[k-1].text] || p.g.forSubject[s.toks[k-1].text]) {
					return ActorFirstParty, nil
				}
				continue
			}
			// "the company and its partners", "this application and any
			// third-party services" — unless the user acts on it before
			// ("when you use our website or products third parties do not
			// obtain ...": the website is the object of "use").
			userBefore := slices.ContainsFunc(s.hitsIn(from, k), func(o hit) bool {
				return o.last < k && p.cues[o.cue].kind == cueActor && p.cues[o.cue].value == actorUser
			})
			for _, o := range s.hitsAcross(k, k) {
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
		// third parties", "from this app (or third parties)": a
		// third-party agent after "or".
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
					// "collected from this application (or third-party
					// services used in it)": an aside opened by the joiner.
					if k > 0 && s.toks[k-1].text == "(" {
						m := n
						for m < len(s.toks) && p.g.coDeterminers[s.toks[m].text] {
							m++
						}
						if ok, labels := third(m, min(m+2, len(s.toks))); ok {
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
		if w := s.c.in.Text[st:en]; s.toks[i].punct || !titleCase(w) && !acronym(w) {
			return false
		}
	}
	off := s.c.in.Offset
	for _, m := range r.Parties {
		if ms := m.Start - off; ms < s.end[k] && m.End-off > s.start[from] && !strings.HasPrefix(m.Label, "org.") {
			return false
		}
	}
	if len(s.hitsAcross(from, k)) > 0 {
		return false // a cue word: "Partners and ...", "We and ..."
	}
	return true
}

// subjectBefore reports whether an actor cue stands before the clause
// offset at in its part of the sentence (back to the punctuation before it).
func (p *practiceRules) subjectBefore(s *scan, at int) bool {
	i, _ := slices.BinarySearch(s.start, at)
	for k := i - 1; k >= 0 && s.sent[k] == s.sent[min(i, len(s.toks)-1)] && !s.toks[k].punct; k-- {
		for _, o := range s.hitsAcross(k, k) {
			if p.cues[o.cue].kind == cueActor && !(o.last+1 < len(s.toks) && p.g.attributive[s.toks[o.last+1].text]) {
				return true // (您的支付信息由财付通收集: 您的 owns, no subject)
			}
		}
	}
	return false
}

// authorNamed reports whether name is part of the name of the policy's
// controller or product (Input.Controller, Input.Product).
func authorNamed(in Input, name string) bool {
	return name != "" && (strings.Contains(in.Controller, name) || strings.Contains(in.Product, name))
}

// processorMark reports whether token k ends a processor.before_verb word
// (委托) that the user does not say: in 您委托的第三方 the party acts for the
// user, on its own account.
func (p *practiceRules) processorMark(s *scan, k int) bool {
	if !endsWith(s, k, p.g.processorMarks) {
		return false
	}
	for b := k - 1; b >= 0 && b >= k-processorWord && s.sent[b] == s.sent[k]; b-- {
		if p.actorAt(s, b, actorUser) {
			return false
		}
	}
	return true
}

// processorWord bounds the characters of a processor.before_verb word and
// a user before it (您委托).
const processorWord = 3

// ownerOfData reports whether a Chinese party that ends before token k owns
// the data after it: a party.owner_links word (的, 之间的) of at most
// maxOwnerLink characters, then a data mention (访客的手机号码).
func (p *practiceRules) ownerOfData(s *scan, r *Result, k int) bool {
	if k >= len(s.toks) || k == 0 || cjk(s.toks[k-1].text) != cjkIdeograph {
		return false
	}
	var buf [16]byte // room for maxOwnerLink characters; the lookup does not allocate
	link := buf[:0]
	for n := k; n < len(s.toks) && n < k+maxOwnerLink && s.sent[n] == s.sent[k]; n++ {
		link = append(link, s.toks[n].text...)
		if p.g.ownerLinks[string(link)] && n+1 < len(s.toks) && s.sent[n+1] == s.sent[k] && startsAt(r.Data, s.start[n+1]+s.c.in.Offset) {
			return true
		}
	}
	return false
}

// maxOwnerLink bounds the characters of a party.owner_links word.
const maxOwnerLink = 3

// acronym reports whether w is a short all-capital name ("ZEN", "AOL"),
// which a company may go by.
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
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
			// A Chinese clause closed by 时 or 后 is introductory when it
			// opens with the user (您拨打客服热线时，通话将被录音: the user is
			// not the subject of 录音), except before the user's own verbs,
			// whose subject it gives (您注册时，需要提供手机号码). One that
			// opens otherwise follows its subject (第三方SDK在您使用时，会收集).
			if sub || !p.cues[h.cue].byUser && endsWith(s, k-1, p.g.subordEnds) && p.opensWithUser(s, span) {
				from = k + 1
			}
			span, sub = k+1, false
		case k-span <= 2 && p.g.subordinators[t]:
			sub = true
		}
	}
	return from
}

// embeddedParty reports whether the Chinese party starting at token i
// stands in a phrase that a user.embedded_after word opens, at most
// embedReach tokens before it with only a list comma between: in
// 按行政、司法机关依法提出的要求，对外共享 the authority is no subject.
func (p *practiceRules) embeddedParty(s *scan, i int) bool {
	if i >= len(s.toks) || cjk(s.toks[i].text) != cjkIdeograph {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-embedReach && s.sent[k] == s.sent[i]; k-- {
		if s.toks[k].punct && !s.listComma(k) {
			return false
		}
		if endsWith(s, k, p.g.embedOpeners) {
			return true
		}
	}
	return false
}

// embedReach bounds the tokens between a user.embedded_after word and the
// party of its phrase: 按行政、司法机关.
const embedReach = 4

// opensWithUser reports whether the clause part starting at token k opens
// with the user (an actor.user cue), after a clause.subordinators word if
// any (当您…时).
func (p *practiceRules) opensWithUser(s *scan, k int) bool {
	if k < len(s.toks) && p.g.subordinators[s.toks[k].text] {
		k++
	}
	return p.actorAt(s, k, actorUser)
}

// ownedName reports whether the party whose first token is i and whose
// text ends at byte end names the user's data rather than an actor: a
// party.user_owned_after word stands right before it and a data mention
// right after it ("your Facebook name", 您的微信昵称) or opening with it
// ("your user account"), while "your service provider may collect" keeps
// its actor. Chinese tokens are single
// characters, so the two or three before i are read as one word.
func (p *practiceRules) ownedName(s *scan, r *Result, i, end int) bool {
	k, _ := slices.BinarySearch(s.start, end) // the token after the party
	off := s.c.in.Offset
	// data right after the party, or data the party opens ("your user
	// account")
	names := startsAt(r.Data, s.start[i]+off) || k < len(s.toks) && s.sent[k] == s.sent[i] && startsAt(r.Data, s.start[k]+off)
	if !names {
		return p.ownerOfData(s, r, k)
	}
	if i > 0 && p.g.userOwned[s.toks[i-1].text] {
		return true
	}
	var buf [16]byte // room for three characters; the lookup does not allocate
	for k := 2; k <= 3 && i-k >= 0; k++ {
		b := buf[:0]
		for _, t := range s.toks[i-k : i] {
			b = append(b, t.text...)
		}
		if p.g.userOwned[string(b)] {
			return true
		}
	}
	return false
}

// preverbObject reports whether the party whose first token is first
// stands after a recipient.before_verb or source.before_verb word, within
// preverbNear tokens (preverbReach across 以外) and no punctuation: 向第三方,
// 向我们的合作伙伴 and 从第三方 name
// a recipient or a source, not a subject. Before a verb of giving (action
// share, sell or transfer_abroad) a recipient.before_share word does too:
// 与关联公司共享, where 与 elsewhere joins two subjects (我们与合作伙伴会收集).
func (p *practiceRules) preverbObject(s *scan, first int, action string) bool {
	return p.preverbMark(s, first, action, true)
}

// preverbNear bounds the tokens between a recipient (or source) marker and
// its party (向我们的合作伙伴); preverbReach, across a recipient.beyond word
// (与心语以外的任何第三方).
const (
	preverbNear  = 4
	preverbReach = 10
)

// preverbRecipient is preverbObject without the sources: the party is the
// recipient of the verb (向第三方提供, not 从第三方获取后显示).
func (p *practiceRules) preverbRecipient(s *scan, first int, action string) bool {
	return p.preverbMark(s, first, action, false)
}

func (p *practiceRules) preverbMark(s *scan, first int, action string, sources bool) bool {
	gives := giving(action)
	beyond := false // a recipient.beyond word stands between: 与心语以外的任何第三方
	for k := first - 1; k >= 0 && k >= first-preverbReach; k-- {
		t := s.toks[k]
		if t.punct {
			if !gives || !s.listComma(k) {
				return false
			}
			// A list of recipients of a giving verb (与合作医院、顺丰共享):
			// the mark may stand before its first item, across the long
			// names.
			beyond = true
			continue
		}
		beyond = beyond || endsWith(s, k, p.g.beyond)
		if first-k > preverbNear && !beyond {
			continue // 向您提供服务的第三方SDK: a relative clause, not a long name
		}
		if p.g.passiveAux[t.text] && action != ActionShare {
			return false // 会被第三方收集: the agent of a passive, no recipient
		}
		if p.g.preverbMarks[t.text] || sources && (p.g.sourceMarks[t.text] || p.processorMark(s, k)) || gives && p.g.shareMarks[t.text] {
			return true
		}
	}
	return false
}

// objectOfPhrase reports whether the words at byte offset pos (an actor cue
// or a first-party mention) follow a subject.not_after preposition, with at
// most a determiner between: "on our services", "in this app".
func (p *practiceRules) objectOfPhrase(s *scan, pos int) bool {
	i, ok := slices.BinarySearch(s.start, pos)
	if !ok {
		return false
	}
	// Chinese prepositions are words of several characters, each a token
	// (按照我们的指示): read them on the text.
	before := s.c.in.Text[:pos]
	for w := range p.g.objectMarks {
		if w[0] >= utf8.RuneSelf && strings.HasSuffix(before, w) {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if p.g.objectMarks[s.toks[k].text] {
			return true
		}
		if !p.g.coDeterminers[s.toks[k].text] {
			return false
		}
	}
	return false
}
