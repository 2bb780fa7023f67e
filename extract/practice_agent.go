package extract

// Chinese agents and recipients that the party registry need not know,
// read by the actor search (practice_actor.go): 由 names the agent of the
// verb after it (您的病历由合作互联网医院保存), an agentless passive is the
// first party's (图片会被传输至百度智能云), a list of parties is read from
// where it starts (与合作医院、顺丰和监测机构共享), and a verb right after the
// user in a clause 在 opens is the user's (在您删除车辆前保存).

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// firstOfPartyList returns the index in r.Parties of the first party of the list
// that r.Parties[k] is in: parties joined by list commas (、) or
// list.joiners words (和, 及, 与), k itself when it stands alone.
func (p *practiceRules) firstOfPartyList(s *scan, r *Result, k int) int {
	off := s.c.in.Offset
	for k > 0 {
		i, ok := slices.BinarySearch(s.start, r.Parties[k].Start-off)
		if !ok || i < 2 {
			break
		}
		j := i - 1 // the joiner
		comma := s.listComma(j)
		if !comma && (s.toks[j].punct || !p.g.listJoiners[s.toks[j].text]) || s.end[j-1] != r.Parties[k-1].End-off {
			break
		}
		k--
	}
	return k
}

// giving reports whether action gives data away: share, sell, transfer
// abroad.
func giving(action string) bool {
	return action == ActionShare || action == ActionSell || action == ActionTransferAbroad
}

// tokenAt returns the index of the token starting at clause offset pos,
// or of the first one after it.
func tokenAt(s *scan, pos int) int {
	i, _ := slices.BinarySearch(s.start, pos)
	return i
}

// userVerbReach is how far after the user a verb is the user's own in a
// clause a user.embedded_after word opens: 您删除, 您自行删除.
const userVerbReach = 3

// unnamedAgent reports whether a Chinese trigger's agent is a party the
// vocabulary does not know, named after an agent.markers word (由) in its
// part of the sentence: 您的病历由合作互联网医院保存, 支付账户信息由支付机构直接
// 收集. An actor cue or a party after the word (由我们保存, 由您自行删除, 由顺丰
// 配送) leaves the actor to the usual search, and agent.not words (由于,
// 理由) are no marks.
func (p *practiceRules) unnamedAgent(s *scan, r *Result, h hit) bool {
	if cjk(s.toks[h.first].text) != cjkIdeograph {
		return false
	}
	sent := s.sent[h.first]
	for k := h.first - 1; k >= 0 && k >= h.first-agentReach && s.sent[k] == sent; k-- {
		if s.toks[k].punct {
			return false
		}
		if !p.g.agentMarks[s.toks[k].text] || p.agentNot(s, k) || k+1 == h.first {
			continue
		}
		for _, o := range s.hitsIn(k+1, h.first) {
			if p.cues[o.cue].kind == cueActor {
				return false
			}
		}
		off := s.c.in.Offset
		return !slices.ContainsFunc(r.Parties, func(m Mention) bool { return m.Start-off > s.start[k] && m.Start-off < s.start[h.first] })
	}
	return false
}

// agentReach bounds the tokens between an agent.markers word and its
// verb: a name and a manner (由合作互联网医院依照医疗管理规定保存).
const agentReach = 20

// agentNot reports whether the agent.markers word at token k is part of an
// agent.not word (由于 "because", 理由 "reason").
func (p *practiceRules) agentNot(s *scan, k int) bool {
	for _, w := range p.g.agentNots {
		i := strings.Index(w, s.toks[k].text)
		if i < 0 {
			continue
		}
		start := s.start[k] - i
		if start >= 0 && strings.HasPrefix(s.c.in.Text[start:], w) {
			return true
		}
	}
	return false
}

// agentlessPassive returns the first token of the trigger's part of the
// sentence (after the last punctuation but a list comma) when the part is
// a Chinese passive with no agent — 被 before the trigger, no actor cue nor
// party between the part's start and the trigger (图片会被传输至百度智能云)
// — and -1 otherwise. Such a verb's actor is not searched in the parts
// before, where a company named as an object (调用百度智能云的服务) is no
// subject of it.
func (p *practiceRules) agentlessPassive(s *scan, r *Result, h hit) int {
	if cjk(s.toks[h.first].text) != cjkIdeograph {
		return -1
	}
	sent, passive := s.sent[h.first], false
	k := h.first - 1
	for ; k >= 0 && s.sent[k] == sent; k-- {
		t := s.toks[k]
		if t.punct && !s.listComma(k) {
			break
		}
		passive = passive || p.g.passiveAux[t.text]
	}
	k++
	if !passive || k >= h.first {
		return -1
	}
	for _, o := range s.hitsIn(k, h.first) {
		if p.cues[o.cue].kind == cueActor {
			return -1
		}
	}
	off := s.c.in.Offset
	if slices.ContainsFunc(r.Parties, func(m Mention) bool { return m.Start-off >= s.start[k] && m.Start-off < s.start[h.first] }) {
		return -1
	}
	// The nearest third party before the part: a subject at the start of
	// its own part (微信SDK在运行时，您的设备信息会被收集) still acts; an object
	// inside one (调用百度智能云的服务) does not, nor does the user (解绑后该设备
	// 的录像将被删除: ours).
	at := -1 // the nearest third party before the part (the user acts on nothing here)
	for _, o := range s.hitsIn(0, k) {
		if c := p.cues[o.cue]; c.kind == cueActor && c.value == ActorThirdParty && s.sent[o.first] == sent {
			at = o.first
		}
	}
	var party Mention // the nearest party before the part
	if i, _ := slices.BinarySearchFunc(r.Parties, s.start[k]+off, byStartAt); i > 0 {
		party = r.Parties[i-1]
	}
	if ps, pe := party.Start-off, party.End-off; pe > ps && s.sentenceOf(ps) == sent {
		if at < 0 || s.start[at] >= ps && s.start[at] <= pe {
			at = tokenAt(s, ps) // the cue is the party's name or ends it (微信 + SDK)
		} else {
			at = max(at, tokenAt(s, ps))
		}
	}
	if at >= 0 && p.opensPart(s, at) {
		return -1
	}
	return k
}

// opensPart reports whether token i stands at the start of its part of
// the sentence, at most one token after the sentence start or a
// punctuation mark other than a list comma.
func (p *practiceRules) opensPart(s *scan, i int) bool {
	for k := i - 1; k >= i-2; k-- {
		if k < 0 || s.sent[k] != s.sent[i] || s.toks[k].punct && !s.listComma(k) {
			return true
		}
	}
	return false
}

// viewerBefore reports whether a viewer.nouns word is the subject of the
// verb of seeing s.hits[hi]: it stands in the verb's part of the sentence,
// within preverbReach tokens, with no actor cue between it and the verb
// (家长可以查看; not 您可以查看家长的…, whose subject is the user).
func (p *practiceRules) viewerBefore(s *scan, hi int) bool {
	h := s.hits[hi]
	from, _ := p.part(s, h.first, h.last)
	if p.viewerIn(s, max(from, h.first-preverbReach), h.first) {
		return true
	}
	// A part that opens with nothing but modals and conjunctions before
	// the verb (，无法看到…; ，但看不到…) goes on with the subject of the
	// part before it: 维修人员仅能看到您的房间号，无法看到您的学号.
	for k := from; k < h.first; k++ {
		if w := s.toks[k].text; !p.g.viewerFollowers[w] && !p.g.viewerCarriers[w] {
			return false
		}
	}
	if prev := from - 1; prev > 0 && s.sent[prev-1] == s.sent[h.first] && s.toks[prev].punct {
		a, _ := p.part(s, prev-1, prev-1)
		return p.viewerIn(s, a, prev)
	}
	return false
}

// ownStaff reports whether the text before a viewer noun ends with a
// viewer.not_after word and at most ownStaffGap characters after it, none
// of them punctuation (我们的售后 + 工程师).
func (p *practiceRules) ownStaff(before string) bool {
	for w := range p.g.viewerOwners {
		k := strings.LastIndex(before, w)
		if k < 0 {
			continue
		}
		gap := before[k+len(w):]
		if utf8.RuneCountInString(gap) <= ownStaffGap && !strings.ContainsFunc(gap, unicode.IsPunct) {
			return true
		}
	}
	return false
}

// ownStaffGap bounds the characters between 我们的 and the noun of our
// own staff (售后).
const ownStaffGap = 4

// viewerIn reports whether a viewer.nouns word followed by a
// viewer.followers word, or standing right before v, is the subject of a
// verb of seeing at token v, in the tokens [from, v): no actor cue stands
// between it and v, and no viewer.not_after word makes it our own staff.
func (p *practiceRules) viewerIn(s *scan, from, v int) bool {
	part := s.c.in.Text[s.start[from]:s.start[v]]
	start, end := -1, -1 // the last viewer noun in part
	for w := range p.g.viewers {
		if k := strings.LastIndex(part, w); k >= 0 && k+len(w) > end {
			start, end = k, k+len(w)
		}
	}
	if end >= 0 && p.ownStaff(part[:start]) {
		return false // 我们的售后工程师仅能看到: our own staff's looking is our use
	}
	// The noun is the subject when a modal or an adverb follows it (家长
	// 可以, 关怀人无法, 维修人员仅能) or the verb itself (团长看不到), not
	// another noun (商家页面, 主播主页).
	if next, _ := utf8.DecodeRuneInString(part[max(end, 0):]); end < 0 || end < len(part) && !p.g.viewerFollowers[string(next)] {
		return false
	}
	for _, o := range s.hitsIn(from, v) {
		if p.cues[o.cue].kind == cueActor && s.start[o.first]-s.start[from] >= end {
			return false
		}
	}
	return true
}

// seerBefore reports whether someone other than us and the user may see
// what the verb of seeing s.hits[hi] names: a third-party actor cue or a
// party mention stands before it in its sentence (运维服务商…，运维人员只能
// 看到…，无法看到…), or a viewer.nouns word (viewerBefore) or a
// recipient.before_verb word (会被其他用户看到) in its part of the sentence.
func (p *practiceRules) seerBefore(s *scan, r *Result, hi int) bool {
	h := s.hits[hi]
	for j := hi - 1; j >= 0 && s.sent[s.hits[j].first] == s.sent[h.first]; j-- {
		if c := p.cues[s.hits[j].cue]; c.kind == cueActor && c.value == ActorThirdParty {
			return true
		}
	}
	for _, m := range s.sentenceMentions(r.Parties, s.sent[h.first]) {
		if m.Start-s.c.in.Offset < s.start[h.first] {
			return true // 合作商户只能看到…: a party the registry knows
		}
	}
	from, _ := p.part(s, h.first, h.last)
	for k := from; k < h.first; k++ {
		if p.g.preverbMarks[s.toks[k].text] {
			return true
		}
	}
	return p.viewerBefore(s, hi)
}
