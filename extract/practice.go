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
//     with a negated one ("do not sell, rent or share"), or in Chinese
//     following it past its object only (不会利用Cookie追踪), inherit it. A
//     denial covers the data after the previous trigger's clause ("we
//     collect your phone number, though we do not store card details"); a
//     Chinese one that names none, the sentence's topic (指纹信息仅保存在
//     设备中，不会上传), or else the objects of the verbs before it (收集您的位置
//     信息，但不会出售). A negated practice with an
//     exception in the same sentence ("not ... unless", "never ... without
//     your consent") is reported as performed on a condition: Negated=false,
//     Condition = the condition named after the exception, or "exception".
//     This is the reading APP-350's annotators use ("We will not receive your
//     age except when ..." is annotated as performed) and the safe one for a
//     reader: the practice can happen. An exception marked {denial=keep}
//     reports the denial too (Negated=true, no condition): Chinese
//     policies state the rule as a denial and list its exceptions after it
//     ("我们不会共享您的个人信息，但以下情况除外").
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

func (p *practiceRules) practices(c *clause, r *Result) []Practice {
	s := p.newScan(c)
	var (
		out      []Practice
		prevTrig = -1 // index in s.hits of the previous trigger
		prevNeg  bool
		reported = -1   // first token of the last trigger reported
		userGave = -1   // the hit of the last thing the user gives us ({subject=user})
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
	exempt := p.consentExempt(s)
	p.dropUnreceived(s, r)
	nominal := -1 // index in s.hits of the last trigger read as a noun after 的
	for hi, h := range s.hits {
		cue := p.cues[h.cue]
		if cue.kind != cueAction {
			continue
		}
		if p.nominal(s, r, h) || nominal >= 0 && p.coordinatedTokens(s, s.hits[nominal].last, h.first) {
			nominal = hi
			continue // 个人信息的共享、转让与公开披露: nouns, a topic
		}
		if at, ok := defAt[s.sent[h.first]]; ok && h.first >= at {
			continue
		}
		if h.first == reported {
			continue // one phrase listed under two action entries: report it once
		}
		if s.c.inTitle(s.toks[h.first].vs, s.toks[h.last].ve) {
			continue // 《数据出境安全评估办法》: the name of a law
		}
		if p.asked(s, h) {
			continue // 我们如何收集和使用您的个人信息: a question or a topic
		}
		if p.found(s, h) {
			continue // 如发现误收集了儿童的个人信息: what may be found
		}
		if slices.ContainsFunc(exempt, func(e [2]int) bool { return e[0] <= h.first && h.last <= e[1] }) {
			continue // 以下情形中处理您的个人信息无需取得您的同意: when consent is not needed
		}
		if p.measureItem(s, r, h) {
			continue // 采用传输加密、存储加密等措施: the name of a measure
		}
		if p.framed(s, h) {
			continue // 在存储时单独加密: when it is done, not that it is
		}
		if !cue.byUser && p.addressedToUser(s, h) {
			continue // 请在监护人同意后使用: the user's doing (请您提供 is still ours to collect)
		}
		if cue.givingPurpose && p.afterGiving(s, r, hi) {
			continue // 提供给保险公司，用于理赔: the purpose of the sharing
		}
		if cue.givingPurpose && p.purposeOfData(s, r, h) {
			continue // 提供用于接收提醒的手机号码: the data's purpose, told with it
		}
		if p.inObject(s, h) {
			continue // 将共享的个人信息出售: the verb describes the object
		}
		if !cue.byUser && p.relativeOnSubject(s, r, hi) {
			continue // 我们收集的个人信息存储在境内: the verb describes the subject
		}
		if p.bareLabel(s, r, h) || p.runInLabel(s, r, h) || p.topicList(s, r, h) {
			continue // "共享。", "Sharing", "出售：我们不会…": a run-in heading names a topic
		}

		if inData(s, r, h) && !(h.first > 0 && p.g.verbBefore[s.toks[h.first-1].text]) {
			// "tracking technologies", "tracking pixel": a name, not a
			// verb; "we do not log information" is a verb.
			continue
		}
		if h.first > 0 && p.g.possessives[s.toks[h.first-1].text] {
			continue // "your use of the app", "your access devices": a noun
		}
		if cue.value == ActionUse && !cue.givingPurpose && p.partyObject(s, r, h) {
			// "we use service providers to ...": the party, not data, is
			// used (but 将其用于酒店入住登记 names a purpose, not a user).
			continue
		}
		if p.imperative(s, h) {
			continue // "Please keep your password safe": advice to the user
		}
		if cue.value == ActionCollect && p.consentWithin(s, r, h.last+1, h.last+1+consentReach(s, h)) {
			continue // "obtain your consent", "request your permission": no data is collected
		}
		sent := s.sent[h.first]
		pr := Practice{Action: cue.value, Actor: ActorFirstParty}
		pr.Start, pr.End, _ = c.span(s.toks[h.first].vs, s.toks[h.last].ve)

		negated := cue.negative || p.negatedDirectly(s, r, hi)
		if !negated && prevTrig >= 0 && prevNeg && (p.coordinated(s, prevTrig, hi) || p.objectBetween(s, r, prevTrig, hi)) {
			negated = true
		}
		prevTrig, prevNeg = hi, negated

		condition, exception, keepDenial, restrictAt := p.modifiers(s, sent, h, exempt)
		denied := negated && exception && keepDenial
		if negated && exception {
			negated = false
			if condition == "" {
				condition = "exception"
			}
		}
		pr.Negated = negated
		pr.Condition = condition

		actorParties := p.actor(s, hi, r, &pr)
		if cue.givingPurpose && pr.Actor == ActorThirdParty && p.givenToUs(s, r, hi) {
			// 经销商会将工单号同步给我们，用于在App中展示: the purpose of
			// the giving, which is the party's sharing and our collection.
			continue
		}
		if cue.actor != "" {
			pr.Actor = cue.actor
			actorParties = nil
		}
		if cue.byUser {
			// "you will never be asked to enter", "you do not provide your
			// e-mail address": what the user provides, the first party
			// collects — unless it goes to another party (您可以将照片上传至
			// 微信朋友圈).
			if pr.Actor != actorUser || p.toOtherParty(s, r, hi) {
				continue
			}
			pr.Actor, actorParties = ActorFirstParty, nil
			if !pr.Negated {
				userGave = hi
			}
		}
		if cue.givingPurpose && pr.Actor == actorUser && userGave >= 0 && p.purposeOf(s, userGave, hi) {
			// 您需要提供手机号码，用于创建账号: what the user gives us is put
			// to the use the purpose states, by us.
			pr.Actor, actorParties = ActorFirstParty, nil
		}
		var seers []string
		if cue.bySeer {
			// "the viewers can see your video": what a third party is
			// shown, the first party shares with it; what we or the user
			// see is no practice.
			switch {
			case pr.Actor == ActorThirdParty:
				pr.Actor, seers, actorParties = ActorFirstParty, actorParties, nil
			case p.recipientAfter(s, r, hi, recipientBefore):
				// 会被其他用户看到: the one who sees follows a marker.
				pr.Actor, actorParties = ActorFirstParty, nil
			case pr.Actor == ActorFirstParty && p.viewerBefore(s, hi):
				// 家长可以查看学生的消费明细: a viewer no registry knows.
				actorParties = nil
			default:
				continue
			}
		}
		var giver *Practice // a third party's sharing with us
		toUs := cue.value == ActionShare && p.usBefore(s, hi)
		if toUs && pr.Actor != ActorThirdParty {
			continue // 儿童向我们提供了个人信息: no sharing of ours; 您向我们提供 is {subject=user}'s
		}
		if cue.value == ActionShare && (toUs || p.toFirstParty(s, r, hi)) {
			// "these services will share your name with us", "if you
			// share your e-mail address with us": what reaches the first
			// party, it collects; a third party that gives it shares it
			// too (合作方会向我们提供您的手机号码).
			if pr.Actor == ActorThirdParty {
				g := pr
				giver = &g
			}
			pr.Action, pr.Actor, actorParties = ActionCollect, ActorFirstParty, nil
		}
		if pr.Actor == actorUser && !pr.Negated && endsWith(s, h.last, p.g.userRecords) && p.hasObject(s, r, hi) {
			// 您可以记录体重、血压: what the user records in the app, the
			// app collects, as what the user fills in.
			pr.Actor, actorParties = ActorFirstParty, nil
		}
		if pr.Actor == actorUser {
			continue // "you share", "when you use our app": not the policy's practice
		}
		co, coParties := p.coActor(s, hi, r, pr.Actor)
		p.attach(s, sent, h, restrictAt, r, actorParties, &pr)
		if cue.data != "" {
			pr.Data = addLabel(pr.Data, cue.data)
		}
		for _, l := range seers {
			pr.Recipients = addLabel(pr.Recipients, l)
		}
		relative := p.relative(s, h, cue.actor != "")
		out = append(out, pr)
		at := len(out) - 1
		reported = h.first
		sents, rel = append(sents, sent), append(rel, relative)
		if ex := p.excluded(s, sent, h, r, &out[len(out)-1]); ex != nil {
			// "(not including your name)": the practice is denied for
			// the data excluded from it.
			out = append(out, *ex)
			sents, rel = append(sents, sent), append(rel, relative)
		}
		if denied {
			// "我们不会共享您的个人信息，但以下情况除外": the denial is the
			// rule and the exceptions its conditions; both are stated.
			out = append(out, denialOf(out[at]))
			sents, rel = append(sents, sent), append(rel, relative)
		}
		if giver != nil && len(out[at].Data) > 0 {
			// (A giving of a service, "the services they provide to us",
			// gives no data.)
			giver.Data, giver.Purposes = slices.Clone(out[at].Data), slices.Clone(out[at].Purposes)
			giver.Condition = out[at].Condition
			out = append(out, *giver)
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
			if denied {
				out = append(out, denialOf(pr2))
				sents, rel = append(sents, sent), append(rel, relative)
			}
		}
	}
	out, sents = dropRelatives(out, sents, rel)
	p.inheritData(s, r, out, sents, defAt)
	p.referredData(s, r, out, sents)
	p.dropLent(s, r, out, sents)
	out, _ = p.dropBorrowed(s, r, out, sents)
	out = p.permissionItem(s, r, out)
	if len(out) == 0 {
		out = p.continued(s, r)
	}
	if len(out) == 0 {
		out = p.listed(s, r)
	}
	return out
}

// denialOf returns the denial beside practice pr on an exception's
// condition ({denial=keep}): the same practice, negated, on no condition,
// with lists of its own.
func denialOf(pr Practice) Practice {
	pr.Negated, pr.Condition = true, ""
	pr.Data, pr.Recipients, pr.Purposes = slices.Clone(pr.Data), slices.Clone(pr.Recipients), slices.Clone(pr.Purposes)
	return pr
}

// actorAt reports whether an actor cue of the given actor starts at token k.
func (p *practiceRules) actorAt(s *scan, k int, actor string) bool {
	for _, o := range s.hitsIn(k, k+1) {
		if c := p.cues[o.cue]; c.kind == cueActor && c.value == actor {
			return true
		}
	}
	return false
}

// toOtherParty reports whether a recipient.markers word right after
// trigger s.hits[hi] (至, 到, to) names a party other than the first party
// within three tokens: 上传至微信朋友圈 gives the data to WeChat.
func (p *practiceRules) toOtherParty(s *scan, r *Result, hi int) bool {
	h := s.hits[hi]
	k := h.last + 1
	if k >= len(s.toks) || !p.g.recipientMarks[s.toks[k].text] {
		return false
	}
	off := s.c.in.Offset
	for _, m := range r.Parties {
		ms := m.Start - off
		if ms >= s.end[k] && ms <= s.start[min(k+3, len(s.toks)-1)] && m.Label != ActorFirstParty {
			return true
		}
	}
	return false
}

// purposeOf reports whether purpose cue s.hits[hi] states the purpose of
// trigger s.hits[gave] right before it: the next trigger in its sentence,
// with no actor cue between (您需要提供手机号码，用于创建账号; not 您提供手机号码
// 后，您可以将其用于…).
func (p *practiceRules) purposeOf(s *scan, gave, hi int) bool {
	if gave >= hi || s.sent[s.hits[gave].first] != s.sent[s.hits[hi].first] {
		return false
	}
	for _, o := range s.hits[gave+1 : hi] {
		if k := p.cues[o.cue].kind; o.first != s.hits[gave].first && (k == cueAction || k == cueActor) {
			return false
		}
	}
	return true
}

// usBefore reports whether a first-party actor cue stands before trigger
// s.hits[hi] as its recipient, after a recipient.before_verb word, with no
// punctuation nor other trigger between: 合作方会向我们提供 (but not 您向我们
// 提供的手机号码共享给合作方, nor 向我们投诉时，我们可能披露).
func (p *practiceRules) usBefore(s *scan, hi int) bool {
	h := s.hits[hi]
	for j := hi - 1; j >= 0 && s.hits[j].first >= h.first-preverbReach; j-- {
		o := s.hits[j]
		if o.first == h.first {
			continue // another cue of the same phrase
		}
		c := p.cues[o.cue]
		if c.kind == cueAction || s.sent[o.first] != s.sent[h.first] || slices.ContainsFunc(s.toks[o.last+1:h.first], func(t token) bool { return t.punct }) {
			return false
		}
		if c.kind == cueActor && c.value == ActorFirstParty && p.preverbRecipient(s, o.first, ActionShare) {
			return true
		}
	}
	return false
}

// givenToUs reports whether the trigger before purpose cue s.hits[hi] in
// its sentence, with no subject of a part of its own between, is one of
// giving to the first party: 学校会向我们提供…，用于开通账户.
func (p *practiceRules) givenToUs(s *scan, r *Result, hi int) bool {
	sent := s.sent[s.hits[hi].first]
	for j := hi - 1; j >= 0 && s.sent[s.hits[j].first] == sent; j-- {
		o := s.hits[j]
		switch c := p.cues[o.cue]; c.kind {
		case cueAction:
			return c.value == ActionShare && (p.toFirstParty(s, r, j) || p.usBefore(s, j))
		case cueActor:
			if o.first > 0 && s.toks[o.first-1].punct {
				return false
			}
		}
	}
	return false
}

// afterGiving reports whether the trigger before s.hits[hi] in its
// sentence, with no other trigger nor subject between, is one of giving:
// share, sell or transfer abroad.
func (p *practiceRules) afterGiving(s *scan, r *Result, hi int) bool {
	sent := s.sent[s.hits[hi].first]
	for j := hi - 1; j >= 0; j-- {
		o := s.hits[j]
		if s.sent[o.first] != sent {
			return false
		}
		switch c := p.cues[o.cue]; c.kind {
		case cueAction:
			// Giving to us is our collection: in 您需要向我们提供手机号码，用于
			// 创建账号 the purpose is our use. A part of its own that puts
			// its object first (，也不会将其用于商业营销) uses it.
			if p.disposedAfter(s, o.last, s.hits[hi].first) {
				return false
			}
			return (c.value == ActionShare || c.value == ActionSell || c.value == ActionTransferAbroad) && !p.toFirstParty(s, r, j) && !p.usBefore(s, j)
		case cueActor:
			if o.first > 0 && s.toks[o.first-1].punct {
				return false // a clause with a subject of its own: ，我们也会将其用于售后服务
			}
		}
	}
	return false
}

// purposeOfData reports whether the purpose verb h (用于) opens a phrase
// that modifies data after it: an attributive.markers word (的) follows in
// its part of the sentence, within purposeReach tokens, right before a
// data mention, and no possessor stands before the marker (用于接收提醒的
// 手机号码; not 用于改进您的服务, nor 用于您的…).
func (p *practiceRules) purposeOfData(s *scan, r *Result, h hit) bool {
	for k := h.last + 1; k < len(s.toks) && k <= h.last+purposeReach; k++ {
		t := s.toks[k]
		if t.punct || p.g.possessors[t.text] {
			return false
		}
		if p.g.attributive[t.text] {
			return k > h.last+1 && p.dataIn(s, r, k+1, k+2)
		}
	}
	return false
}

// purposeReach bounds the tokens between 用于 and the 的 of a phrase that
// modifies data.
const purposeReach = 12

// disposedAfter reports whether an object.before_verb word (将, 把) opens
// the object of the verb at token v in its part of the sentence, and
// punctuation parts that part from token a.
func (p *practiceRules) disposedAfter(s *scan, a, v int) bool {
	for k := v - 1; k > a; k-- {
		if s.toks[k].punct {
			return false
		}
		if p.g.disposalMarks[s.toks[k].text] {
			for j := a + 1; j < k; j++ {
				if s.toks[j].punct {
					return true
				}
			}
			return false
		}
	}
	return false
}

// permissionItem reads a permission item: a clause that opens with the
// name of a permission (ending in a permission.words word) and a colon or
// a dash. When the permission names data ("位置权限：用于查找附近网点") the
// item asks for access to it for the purpose it gives: the first party's
// collection and use of it are added to out, unless reported already (no
// use when the item denies something: "蓝牙权限——我们不会借此扫描其他
// 设备"); when it names none ("蓝牙权限：用于与车锁通信") the practices of out
// that name no data are dropped: the permission serves a function, not
// data.
func (p *practiceRules) permissionItem(s *scan, r *Result, out []Practice) []Practice {
	last := -1
	for k := 0; k < min(len(s.toks)-1, permissionReach); k++ {
		if s.toks[k].punct {
			break
		}
		t, dash := s.toks[k+1].text, false
		if s.end[k] < s.start[k+1] {
			dash = strings.ContainsAny(s.c.in.Text[s.end[k]:s.start[k+1]], "—–-－")
		}
		if (t == ":" || t == "：" || dash) && endsWith(s, k, p.g.permission) {
			last = k
			break
		}
	}
	if last < 0 {
		return out
	}
	off := s.c.in.Offset
	for _, m := range r.Data {
		if m.Start-off != s.start[0] || m.End-off != s.end[last] {
			continue
		}
		start, end, _ := s.c.span(s.toks[0].vs, s.toks[last].ve)
		has := func(action string) bool {
			return slices.ContainsFunc(out, func(o Practice) bool { return o.Action == action && slices.Contains(o.Data, m.Label) })
		}
		denies := slices.ContainsFunc(out, func(o Practice) bool { return o.Negated })
		next := last + 1 // the purpose's first token, after a colon token
		if t := s.toks[next].text; t == ":" || t == "：" {
			next++
		}
		purpose := next < len(s.toks) && !s.toks[next].punct
		if !has(ActionCollect) {
			out = append(out, Practice{Action: ActionCollect, Actor: ActorFirstParty, Data: []string{m.Label}, Start: start, End: end})
		}
		if purpose && !denies && !has(ActionUse) {
			out = append(out, Practice{Action: ActionUse, Actor: ActorFirstParty, Data: []string{m.Label}, Start: start, End: end})
		}
		return out
	}
	return slices.DeleteFunc(out, func(o Practice) bool { return len(o.Data) == 0 })
}

// permissionReach bounds the tokens of a permission's name: 读取电话状态权限.
const permissionReach = 10

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
	return withoutDropped(out, sents, drop)
}

// withoutDropped returns the practices (and their sentences) not marked in
// drop.
func withoutDropped(out []Practice, sents []int, drop []bool) ([]Practice, []int) {
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
	if parenthetical(s, h.first) {
		return true
	}
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

// relativePronoun returns the index of the "which" that opens the relative
// clause trigger h is the verb of, with a subject pronoun and only
// auxiliaries or a negation between ("which we never sell", "which we will
// not share"), or -1. "That" is left out: after "note", "guarantee" or
// "confirm" it opens what is said ("we guarantee that we do not collect
// passwords"), and the denial's object follows it.
func (p *practiceRules) relativePronoun(s *scan, h hit) int {
	k := h.first - 1
	for k > 0 && (p.g.relativeAux[s.toks[k].text] || p.negationAt(s, k)) {
		k--
	}
	if k < 1 || h.first-k > 5 {
		return -1
	}
	if t := s.toks[k].text; t != "we" && t != "you" && t != "they" {
		return -1
	}
	if s.toks[k-1].text == "which" {
		return k - 1
	}
	return -1
}

// negationAt reports whether token k is part of a negation cue.
func (p *practiceRules) negationAt(s *scan, k int) bool {
	for _, o := range s.hitsAcross(k, k) {
		if p.cues[o.cue].kind == cueNegation {
			return true
		}
	}
	return false
}

// addressed reports whether sentence n is advice to the user: an
// advice.addressee word ("you") after an advice.before word ("we urge you
// to keep your password safe") or before an advice.after word ("you should
// change your password"). The data it names are the user's to look after,
// not what the practice of a sentence before it does.
func (p *practiceRules) addressed(s *scan, n int) bool {
	first, next := s.sentenceTokens(n)
	for i := first; i < next; i++ {
		if !p.g.addressee[s.toks[i].text] {
			continue
		}
		if i > 0 && s.sent[i-1] == n && p.g.adviceBefore[s.toks[i-1].text] ||
			i+1 < len(s.toks) && s.sent[i+1] == n && p.g.adviceAfter[s.toks[i+1].text] {
			return true
		}
	}
	return false
}

// objectBetween reports whether only data (and the user's possessive
// 您的) stands between Chinese triggers a and b, in one clause part: in
// 不会利用Cookie追踪您的浏览行为 the second verb goes with the first, whose
// denial it shares.
func (p *practiceRules) objectBetween(s *scan, r *Result, a, b int) bool {
	ha, hb := s.hits[a], s.hits[b]
	if s.sent[ha.first] != s.sent[hb.first] || hb.first-ha.last-1 > objectBetweenReach || hb.first == ha.last+1 || cjk(s.toks[hb.first].text) != cjkIdeograph {
		return false // English lists its verbs (coordinated): "do not use cookies to track you" is read by its infinitive
	}
	off := s.c.in.Offset
	for k := ha.last + 1; k < hb.first; k++ {
		in := spanInData(r, s.start[k]+off, s.end[k]+off)
		if !in && !endsWith(s, k+1, p.g.userOwned) && !endsWith(s, k, p.g.userOwned) {
			return false
		}
	}
	return true
}

// objectBetweenReach bounds the object between two Chinese triggers that
// share a denial: Cookie in 不会利用Cookie追踪.
const objectBetweenReach = 12

// toFirstParty reports whether the sharing trigger s.hits[hi] names the
// first party as its recipient: a recipient.markers word and a first-party
// cue ("with us", "to us") after it in its sentence, before the next
// trigger.
func (p *practiceRules) toFirstParty(s *scan, r *Result, hi int) bool {
	h := s.hits[hi]
	// Our own servers receive for us: 发送到云端服务器 (the marker may end
	// the trigger), 提供给我们的服务器; 传输至第三方云端 does not.
	for k := h.last; k < min(len(s.toks), h.last+1+ownReach) && !s.toks[k].punct; k++ {
		if p.g.recipientMarks[s.toks[k].text] {
			for j := k + 1; j < min(len(s.toks), k+1+ownReach) && !s.toks[j].punct; j++ {
				if p.actorAt(s, j, ActorThirdParty) || p.partyAt(s, r, j) {
					break // another party's place
				}
				if endsWith(s, j, p.g.ownPlaces) {
					return true
				}
			}
			break
		}
	}
	for _, o := range s.hits[hi+1:] {
		if s.sent[o.first] != s.sent[h.first] {
			return false
		}
		c := p.cues[o.cue]
		if c.kind == cueAction {
			return false
		}
		if c.kind == cueActor && c.value == ActorFirstParty && o.first > 0 {
			if p.g.recipientMarks[s.toks[o.first-1].text] {
				return true
			}
		}
	}
	return false
}

// partyAt reports whether a party mention other than the first party
// starts at token k.
func (p *practiceRules) partyAt(s *scan, r *Result, k int) bool {
	off := s.c.in.Offset
	return slices.ContainsFunc(startingIn(r.Parties, s.start[k]+off, s.start[k]+off+1), func(m Mention) bool { return m.Label != ActorFirstParty })
}

// ownReach bounds the tokens between a sharing trigger and its recipient
// marker, and between the marker and one of our own places (至我们的云端服务器).
const ownReach = 6

// ownPractices gives the first party's collections of a clause inside a
// third party's disclosure (Input.Owner) to that party.
func ownPractices(ps []Practice, owner string) {
	for i := range ps {
		if ps[i].Actor == ActorFirstParty && ps[i].Action == ActionCollect {
			ps[i].Actor, ps[i].Recipients = ActorThirdParty, []string{owner}
		}
	}
}

// ownPracticeSpans gives each first-party collection whose evidence lies in
// one of the entries owners to that entry's SDK (Input.Owners).
func ownPracticeSpans(ps []Practice, owners []OwnerSpan) {
	for i := range ps {
		for _, o := range owners {
			if ps[i].Actor == ActorFirstParty && ps[i].Action == ActionCollect && o.Start <= ps[i].Start && ps[i].End <= o.End {
				ps[i].Actor, ps[i].Recipients = ActorThirdParty, []string{o.Owner}
				break
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

// addLabels adds each label of ls to list, once.
func addLabels(list, ls []string) []string {
	for _, l := range ls {
		list = addLabel(list, l)
	}
	return list
}
