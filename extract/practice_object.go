package extract

// What a trigger acts on: the verbs that are practices only with data as
// their object ({object=after}: 处理您的个人信息, not 处理您的请求) or with a
// recipient named ({recipient=to}, {recipient=before}), and where that
// object may stand in English and Chinese word order (after the verb,
// after 将/把/对 before it, or before a passive verb).

import (
	"slices"
	"strings"
)

// recipientBefore is the {recipient=...} value for a recipient named
// before the verb, after a recipient.before_verb word (向第三方提供).
const recipientBefore = "before"

// recipientNext is the {recipient=...} value for a third party named
// right after the verb, data or not (委托阿里云提供云存储服务: the processor
// entrusted receives the data it needs).
const recipientNext = "next"

// recipientReach is how many tokens after a {recipient=to} trigger its
// "to" may stand: "provide your device ID, IP address and e-mail address to
// advertisers" fits; the "to" of another phrase further on ("features that
// provide video content, movies, connections to social networks") does not.
const recipientReach = 12

// dropUnreceived removes from s.hits the triggers that need a recipient
// ({recipient=to}), an object ({object=after}) or someone who sees
// ({subject=viewer}) and have none, so that
// they neither report a practice nor stand between a negation and its
// trigger ("do not send or share").
func (p *practiceRules) dropUnreceived(s *scan, r *Result) {
	// Decide every drop on the full list first: the tests search s.hits,
	// which compacting in place would leave out of order. The decisions
	// are bits, on the stack for up to 256 hits.
	var small [4]uint64
	drop := small[:]
	if n := len(s.hits); n > 64*len(small) {
		drop = make([]uint64, (n+63)/64)
	}
	any := false
	for hi, h := range s.hits {
		cue := p.cues[h.cue]
		// 处理您的请求 "handle your request": no data is processed; in
		// 去标识化处理的设备信息 the verb only describes the data.
		if cue.objectAfter && (p.attributive(s, h) || !p.hasObject(s, r, hi)) ||
			cue.toWord != "" && !p.recipientAfter(s, r, hi, cue.toWord) ||
			cue.bySeer && !p.seerBefore(s, r, hi) {
			drop[hi/64] |= 1 << (hi % 64)
			any = true
		}
	}
	if !any {
		return
	}
	keep := s.hits[:0]
	for hi, h := range s.hits {
		if drop[hi/64]&(1<<(hi%64)) == 0 {
			keep = append(keep, h)
		}
	}
	s.hits = keep
}

// nounItemAfter reports whether the words from token k, after a joiner
// that follows trigger s.hits[hi], are another item of a list rather than
// a verb and its object: no action trigger starts there, and no possessor
// (您, 其) stands within nounItemReach tokens.
func (p *practiceRules) nounItemAfter(s *scan, hi, k int) bool {
	for _, o := range s.hits[hi+1:] {
		if o.first > k {
			break
		}
		if o.first == k && p.cues[o.cue].kind == cueAction {
			return false
		}
	}
	for j := k; j < min(k+nounItemReach, len(s.toks)); j++ {
		if s.toks[j].punct {
			break
		}
		if p.g.possessors[s.toks[j].text] {
			return false
		}
	}
	return true
}

// nounItemReach bounds the tokens after a joiner read for a possessor.
const nounItemReach = 4

// objectEnd returns the token where the object of trigger s.hits[hi] ends
// at the latest: the end of its sentence, or the next trigger that is not
// part of the object (提供经过去标识化处理的设备信息: 处理 modifies the data).
func (p *practiceRules) objectEnd(s *scan, hi int) int {
	h := s.hits[hi]
	next := len(s.toks) // the next trigger's first token
	for _, o := range s.hits[hi+1:] {
		if o.first > h.last && p.cues[o.cue].kind == cueAction && !p.attributive(s, o) {
			next = o.first
			break
		}
	}
	end := h.last + 1
	for end < next && s.sent[end] == s.sent[h.first] {
		end++
	}
	return end
}

// objectReach is how many tokens after an {object=after} trigger its data
// may start, unless the cue sets its own {reach=N}: 获得您在该平台的昵称.
const objectReach = 8

// hasObject reports whether trigger s.hits[hi] has data for its object:
// named after it (处理您的个人信息), after an object.before_verb word before
// it (将您的个人信息分享给, 对您的个人信息进行处理), or before it when it is
// passive (您的个人信息将被处理).
func (p *practiceRules) hasObject(s *scan, r *Result, hi int) bool {
	h := s.hits[hi]
	off := s.c.in.Offset
	// A verb that is also a noun (记录) ends an item of a list when a
	// joiner and another item follow it (问诊记录和电子病历, 开锁记录、抓拍
	// 画面); a verb and its object after the joiner (记录和分析您的浏览行为,
	// 记录和统计您的浏览记录) keep it a verb.
	if k := h.last + 1; k+1 < len(s.toks) && (p.g.listJoiners[s.toks[k].text] || s.listComma(k)) && p.nounItemAfter(s, hi, k+1) {
		return false
	}
	// Unlike dataAfter, which reads up to the next trigger for the data a
	// recipient rule hands over, an object here must stand close.
	// After it: data within objectReach tokens, before punctuation (in
	// 为了处理售后纠纷，我们会将您的订单信息提供给商家 the order is not 处理's),
	// past another {object=after} verb (委托服务商处理您的个人信息) but not
	// past any other (根据法律法规的要求保存您的手机号码: the number is 保存's).
	end := min(len(s.toks), h.last+1+p.cues[h.cue].objectReach)
	for _, o := range s.hits[hi+1:] {
		if o.first >= end {
			break
		}
		if c := p.cues[o.cue]; c.kind == cueAction && !c.objectAfter {
			end = o.first
			break
		}
	}
	if p.objectAt(s, r, h.last+1, end) {
		return true
	}
	before := func(from int) bool {
		for _, m := range r.Data {
			if ms := m.Start - off; ms >= s.start[from] && ms < s.start[h.first] {
				return true
			}
		}
		return false
	}
	// Before it, after 将: only when it is the verb the object waits for, no
	// other trigger before it after 将 nor following in its stretch (in
	// 将您的订单信息和售后申请内容提供给商家 the data is 提供给's, 申请 part of
	// a noun).
	if k := p.objectBeforeVerb(s, h); k != h.first && before(k) && !p.verbAfter(s, h, true) && !p.verbBetween(s, k, hi) {
		return true
	}
	if p.passive(s, h) {
		from := h.first
		for from > 0 && s.sent[from-1] == s.sent[h.first] {
			from--
		}
		return before(from)
	}
	return false
}

// objectAt reports whether data (or an object.references phrase) starts
// in tokens [from, end) before any punctuation but a list comma (、) and
// any table cell's end.
func (p *practiceRules) objectAt(s *scan, r *Result, from, end int) bool {
	off := s.c.in.Offset
	for k := from; k < end; k++ {
		if s.toks[k].punct && !s.listComma(k) {
			return false // a list comma (、) goes on: 委托云服务商、短信服务商处理您的个人信息
		}
		if k > 0 && s.end[k-1] < s.start[k] && strings.ContainsAny(s.c.in.Text[s.end[k-1]:s.start[k]], "\t|") {
			return false // a table row's next cell: 微信登录与分享 | 设备型号 is no object
		}
		if startsAt(r.Data, s.start[k]+off) || p.referenceAt(s, k) {
			return true
		}
	}
	return false
}

// thirdPartyAt reports whether a third party starts at token k, after at
// most two coordination determiners ("to any third parties"), before token
// end: a party mention other than the first party, or, with cues, a
// third party's actor cue (委托第三方).
func (p *practiceRules) thirdPartyAt(s *scan, r *Result, k, end int, cues bool) bool {
	for n := 0; n < 2 && k < end && k < len(s.toks) && p.g.coDeterminers[s.toks[k].text]; n++ {
		k++
	}
	if k >= end || k >= len(s.toks) {
		return false
	}
	off := s.c.in.Offset
	for _, m := range r.Parties {
		if m.Start-off == s.start[k] && m.Label != ActorFirstParty {
			return true
		}
	}
	if cues {
		for _, o := range s.hitsIn(k, k+1) {
			if p.cues[o.cue].kind == cueActor && p.cues[o.cue].value == ActorThirdParty {
				return true
			}
		}
	}
	return false
}

// referenceAt reports whether an object.references phrase (上述信息) of at
// most maxReference tokens starts at token k.
func (p *practiceRules) referenceAt(s *scan, k int) bool {
	if !p.g.dataRefFirst[s.toks[k].text] {
		return false // most tokens: no phrase starts with them
	}
	w := ""
	for n := k; n < min(len(s.toks), k+maxReference); n++ {
		if w += s.toks[n].text; p.g.dataRefs[w] {
			return true
		}
	}
	// An opener, then a data noun: 上述收货信息.
	open := k + 1
	if !p.g.refOpeners[s.toks[k].text] {
		if k+1 >= len(s.toks) || !p.g.refOpeners[s.toks[k].text+s.toks[k+1].text] {
			return false
		}
		open = k + 2
	}
	for n := open; n < min(len(s.toks), open+maxOpenedReference); n++ {
		if s.toks[n].punct || s.sent[n] != s.sent[k] {
			return false
		}
		if n > open && endsWith(s, n, p.g.dataHeads) {
			return true
		}
	}
	return false
}

// maxReference bounds the tokens of an object.references phrase, and
// maxOpenedReference those after an object.reference_openers word.
const (
	maxReference       = 6
	maxOpenedReference = 8
)

// verbAfter reports whether another trigger follows h in its stretch of
// the sentence, before any punctuation. With weak set, {object=after}
// triggers do not count: in 将您的手机号码委托他人处理 the object is still
// 委托's.
func (p *practiceRules) verbAfter(s *scan, h hit, weak bool) bool {
	for _, o := range s.hitsIn(h.last+1, len(s.toks)) {
		if p.cues[o.cue].kind != cueAction || weak && p.cues[o.cue].objectAfter {
			continue
		}
		for k := h.last + 1; k < o.first; k++ {
			if s.toks[k].punct {
				return false
			}
		}
		return true
	}
	return false
}

// verbBetween reports whether a trigger stands between token k and trigger
// s.hits[hi]: in 将您的个人信息用于委托范围以外的用途 the object is 用于's.
func (p *practiceRules) verbBetween(s *scan, k, hi int) bool {
	for _, o := range s.hits[min(s.hitIndex(k+1), hi):hi] {
		if p.cues[o.cue].kind == cueAction {
			return true
		}
	}
	return false
}

// dataAfter reports whether a data mention starts after trigger s.hits[hi]
// and before its objectEnd.
func (p *practiceRules) dataAfter(s *scan, r *Result, hi int) bool {
	h, end := s.hits[hi], p.objectEnd(s, hi)
	off := s.c.in.Offset
	// The first mention after the trigger's last token (the mentions are in
	// text order): a search, not a scan, as a long sentence has many.
	i, _ := slices.BinarySearchFunc(r.Data, s.start[h.last]+off+1, byStartAt)
	return i < len(r.Data) && (end == len(s.toks) || r.Data[i].Start-off < s.start[end])
}

// dataBefore reports whether a data mention stands before trigger
// s.hits[hi] in its sentence: what is shown is often the subject (您的昵称会
// 向其他用户展示).
func (p *practiceRules) dataBefore(s *scan, r *Result, hi int) bool {
	h := s.hits[hi]
	off := s.c.in.Offset
	// The last mention before the trigger: when it lies in an earlier
	// sentence, so do all before it.
	i, _ := slices.BinarySearchFunc(r.Data, s.start[h.first]+off, byStartAt)
	return i > 0 && s.sentenceOf(r.Data[i-1].Start-off) == s.sent[h.first]
}

// unnamedRecipient reports whether a recipient.unnamed_before_verb word
// (向) stands before trigger s.hits[hi] in its part of the sentence, within
// preverbReach tokens, with no actor cue after it: a recipient the party
// registry does not know (我们会向酒店提供…). The user (向您提供) and the
// first party (向我们提供) are actor cues; the first party's own places
// (recipient.own: 向服务器提供) and what the user owns (party.user_owned_after:
// 向您的设备展示) are no recipients either.
func (p *practiceRules) unnamedRecipient(s *scan, hi int) bool {
	return p.unnamedMark(s, hi) >= 0
}

// unnamedMark returns the token of the mark unnamedRecipient finds, or -1.
func (p *practiceRules) unnamedMark(s *scan, hi int) int {
	h := s.hits[hi]
	for k := h.first - 1; k >= 0 && k >= h.first-preverbReach; k-- {
		if s.toks[k].punct {
			return -1
		}
		if p.g.unnamedMarks[s.toks[k].text] {
			for _, o := range s.hitsIn(k+1, h.first) {
				if p.cues[o.cue].kind == cueActor {
					return -1
				}
			}
			between := s.c.in.Text[s.end[k]:s.start[h.first]]
			for w := range p.g.ownPlaces {
				if strings.HasPrefix(between, w) {
					return -1 // 向服务器提供: our own place (not 向酒店的服务器)
				}
			}
			for w := range p.g.userOwned {
				if strings.HasPrefix(between, w) {
					return -1 // 向您的设备展示: the user's
				}
			}
			if k+1 < h.first {
				return k
			}
			return -1
		}
	}
	return -1
}

// publicPlaceBefore reports whether a frame.open word (在) and then a
// display.public_places word stand before trigger s.hits[hi] in its part
// of the sentence: 在社区中展示, 在排行榜上显示 show data to the public.
func (p *practiceRules) publicPlaceBefore(s *scan, hi int) bool {
	h := s.hits[hi]
	place := false
	for k := h.first - 1; k >= 0 && k >= h.first-placeReach && s.sent[k] == s.sent[h.first] && !s.toks[k].punct; k-- {
		if endsWith(s, k, p.g.publicPlaces) || k >= 2 && p.g.publicPlaces[s.toks[k-2].text+s.toks[k-1].text+s.toks[k].text] {
			place = true
		}
		if place && p.g.frameOpen[s.toks[k].text] {
			return true
		}
	}
	return false
}

// placeReach bounds the tokens between 在 and a verb of showing after a
// public place: 在项目页面的留言区中展示.
const placeReach = 12

// recipientAfter reports whether trigger s.hits[hi] gives data to a third
// party named after the word to, in its sentence and before any other
// trigger, with at most two coordination determiners between: "we may
// provide your device ID and e-mail address to advertisers", "we provide,
// to our partners, your location". The third party is a party mention and
// a data mention stands between the trigger and the next one ("provide you
// special offers relating to third-party products" gives nothing).
func (p *practiceRules) recipientAfter(s *scan, r *Result, hi int, to string) bool {
	h, sentEnd := s.hits[hi], p.objectEnd(s, hi)
	off := s.c.in.Offset
	if to == recipientNext {
		return p.thirdPartyAt(s, r, h.last+1, sentEnd, true)
	}
	if !p.dataAfter(s, r, hi) && (to != recipientBefore || !p.dataBefore(s, r, hi)) {
		return false
	}
	if to == recipientBefore {
		// 我们不会向第三方提供: the recipient stands before the verb, after
		// the trigger before it, if any (in 我们向合作伙伴收集…并提供 the
		// partner is 收集's).
		from := 0
		for j := hi - 1; j >= 0; j-- { // the last one: a walk back, not a scan from the start
			if o := s.hits[j]; p.cues[o.cue].kind == cueAction && o.first < h.first {
				from = s.start[o.first]
				break
			}
		}
		for _, m := range startingIn(r.Parties, from+off, s.start[h.first]+off) {
			ms := m.Start - off
			if m.Label == ActorFirstParty || s.sentenceOf(ms) != s.sent[h.first] {
				continue
			}
			if i, ok := slices.BinarySearch(s.start, ms); ok && p.preverbRecipient(s, i, ActionShare) {
				return true
			}
		}
		if p.dataAfter(s, r, hi) && p.unnamedRecipient(s, hi) {
			return true
		}
		if p.publicPlaceBefore(s, hi) {
			return true // 我们不会在社区中展示您的真实姓名
		}
		// 合作方会向我们提供: we receive (see usBefore).
		return p.usBefore(s, hi)
	}
	for k := h.last + 1; k < min(sentEnd, h.last+1+recipientReach); k++ {
		if s.toks[k].text == to && p.thirdPartyAt(s, r, k+1, sentEnd, false) {
			return true
		}
	}
	return false
}
