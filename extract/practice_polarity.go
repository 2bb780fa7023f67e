package extract

// Polarity and conditions of a practice trigger: whether a negation claims
// it (directly, through a list of triggers, or as the denial of what a
// permitted party does), whether its verb is passive, and what condition or
// exception ("with your consent", "unless required by law", "only for")
// governs it. See practice.go for the stage as a whole.

import (
	"slices"
	"strings"
)

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
				// 不向境外的组织或个人提供: an unnamed recipient right after
				// the negation is in the reach, as a named one is.
				if k := o.last + 1; k < h.first && p.unnamedMark(s, hi) == k {
					return true
				}
				return gap-p.dataTokens(s, r, o.last+1, h.first) <= reach || p.negatedSubject(s, o, h)
			}
			return true
		case cueActor:
			// 不会向第三方出售: a recipient before the verb is in the reach.
			if p.preverbObject(s, o.first, p.cues[h.cue].value) {
				extra += o.last - o.first + 2
				continue
			}
			// "we do not let third parties collect", "do not allow
			// advertising entities to collect": the denial is of what the
			// permitted party does.
			if p.permitted(s, o) {
				extra += o.last - o.first + 1
				continue
			}
			// "it is not necessary for us or third parties to collect":
			// the subject of an infinitive after a negation.
			if h.first > 0 && p.g.infinitive[s.toks[h.first-1].text] && wordBefore(s, o.first, 3, p.g.forSubject) {
				extra += o.last - o.first + 2
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
		case cueAction:
			if o.first == h.first || p.inObject(s, o) {
				// The same phrase under another action entry ("provide"),
				// or a verb modifying a noun of the object (将共享的…).
				extra += o.last - o.first + 1
				continue
			}
			return false
		case cueBreaker:
			return false
		}
	}
	return false
}

// attributive reports whether trigger h modifies the noun after it: an
// attributive.markers word follows it, and a word of the same sentence
// follows that (共享的个人信息; not the final particle of 不会共享的。).
func (p *practiceRules) attributive(s *scan, h hit) bool {
	k := h.last + 1
	return k+1 < len(s.toks) && p.g.attributive[s.toks[k].text] && !s.toks[k+1].punct && s.sent[k+1] == s.sent[h.first]
}

// inObject reports whether trigger h only modifies a noun of the object
// an object.before_verb word puts before a later verb: in
// 合作伙伴无权将共享的个人信息出售 the denial is of 出售, and 共享 states no
// practice of its own.
func (p *practiceRules) inObject(s *scan, h hit) bool {
	if !p.attributive(s, h) || p.objectBeforeVerb(s, h) == h.first {
		return false
	}
	// The object waits for a verb after it in the stretch; without one,
	// 将 is "will" (我们将收集的个人信息包括…).
	return p.verbAfter(s, h, false)
}

// relativeOnSubject reports whether trigger s.hits[hi] is the verb of a
// relative clause on data that another trigger after it in its sentence
// has for subject or object: an attributive marker follows it, data right
// after the marker, and an action trigger later in the sentence. In
// 我们在境内收集和产生的个人信息，存储在境内 and 我们收集到的手机号码将用于登录
// the collection is presupposed; the storage and the use are stated.
func (p *practiceRules) relativeOnSubject(s *scan, r *Result, hi int) bool {
	h := s.hits[hi]
	sent := s.sent[h.first]
	// The marker follows the verb itself (收集的), its complement (收集到的)
	// or a verb joined to it (收集和产生的); after anything else it follows
	// a noun of the object (读取手机的传感器数据).
	k := h.last + 1
	switch {
	case k+1 < len(s.toks) && p.g.resultative[s.toks[k].text]:
		k++
	case k+3 < len(s.toks) && p.g.listJoiners[s.toks[k].text] && p.g.attributive[s.toks[k+3].text]:
		k += 3
	}
	if k >= len(s.toks)-1 || s.sent[k] != sent || !p.g.attributive[s.toks[k].text] {
		return false
	}
	off := s.c.in.Offset
	if !startsAt(r.Data, s.start[k+1]+off) {
		return false
	}
	for _, o := range s.hits[hi+1:] {
		if s.sent[o.first] != sent {
			break
		}
		if o.first > k && p.cues[o.cue].kind == cueAction && !p.attributive(s, o) {
			return true
		}
	}
	return false
}

// negatedSubject reports whether negation o is the determiner of a subject
// that opens its sentence and trigger h its passive verb, however long the
// subject ("No information from and about the devices you use to access
// the Services is collected"): the first trigger after it (no action cue
// stands between) is the verb the whole subject waits for.
func (p *practiceRules) negatedSubject(s *scan, o, h hit) bool {
	if o.first != o.last || s.toks[o.first].text != "no" || o.first > 0 && s.sent[o.first-1] == s.sent[o.first] {
		return false
	}
	if h.first-o.last > subjectReach {
		return false
	}
	return wordBefore(s, h.first, 2, p.g.passiveAux)
}

// subjectReach bounds, in tokens, the subject a sentence-opening "no"
// denies the verb of.
const subjectReach = 30

// permitted reports whether actor cue o is the object of a permit verb,
// directly or after up to two modifiers: "let third parties", "allow
// advertising entities", "permit our partners", 要求您.
func (p *practiceRules) permitted(s *scan, o hit) bool {
	return wordBefore(s, o.first, 3, p.g.permitVerbs) || endsWith(s, o.first-1, p.g.permitVerbs)
}

// wordBefore reports whether one of the reach tokens before toks[first],
// within its punctuation-free stretch, is in words.
func wordBefore(s *scan, first, reach int, words map[string]bool) bool {
	for k := first - 1; k >= 0 && k >= first-reach; k-- {
		t := s.toks[k]
		if t.punct {
			return false
		}
		if words[t.text] {
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
// adjacent, or a gap of at most six tokens holding a list joiner
// (grammar.txt: "or", "and", "nor", 或, 和 …) or a comma.
func (p *practiceRules) coordinatedTokens(s *scan, a, b int) bool {
	if b-a-1 > 6 {
		return false
	}
	for k := a + 1; k < b; k++ {
		if t := s.toks[k].text; t == "," || p.g.listJoiners[t] {
			return true
		}
	}
	return b == a+1
}

// exceptFrame reports whether an exception.frame_open word opens a part
// of sentence sent before trigger h and an exception.frame_close word
// closes it within exceptReach tokens, with no punctuation but list commas
// between (除上述情形外, 除法律法规、监管部门另有要求外, 除此之外), and no
// other verb stands between the frame and h: in 除您主动删除外，我们将一直
// 保存…，我们不会出售… the frame is 保存's.
func (p *practiceRules) exceptFrame(s *scan, sent int, h hit) bool {
	first, _ := s.sentenceTokens(sent)
	first = max(first, h.first-exceptWindow) // a bounded scan for each verb
	for k := first; k < h.first; k++ {
		if k > first && !s.toks[k-1].punct {
			continue // a frame opens a part: not the 除 of 删除
		}
		open := k
		switch {
		case k+1 < h.first && p.g.exceptOpen[s.toks[k].text+s.toks[k+1].text]:
			open = k + 1
		case !p.g.exceptOpen[s.toks[k].text]:
			continue
		}
		for n := open + 1; n < h.first && n <= open+exceptReach; n++ {
			if s.toks[n].punct && !s.listComma(n) {
				break
			}
			if endsWith(s, n, p.g.exceptClose) && n+1 < len(s.toks) && s.toks[n+1].punct {
				return !slices.ContainsFunc(s.hitsIn(n+1, h.first), func(o hit) bool { return p.cues[o.cue].kind == cueAction })
			}
		}
	}
	return false
}

// exceptReach bounds the tokens of what a 除…外 frame leaves out, and
// exceptWindow those between its opening and the verb it qualifies.
const (
	exceptReach  = 30
	exceptWindow = 80
)

// modifiers finds the exception, condition and restriction cues of the
// trigger's sentence, but for conditions in an exempt part (consentExempt). The condition is the first named after an exception
// when there is one, else the first after the trigger, else the first in the
// sentence. keepDenial reports that such an exception keeps the denial
// beside it ({denial=keep}). restrictAt is the token index of "only" after
// the trigger, or -1.
func (p *practiceRules) modifiers(s *scan, sent int, h hit, exempt [][2]int) (condition string, exception, keepDenial bool, restrictAt int) {
	restrictAt = -1
	var afterExc, afterTrig, any string
	excSeen := false
	for _, o := range s.sentenceHits(sent) {
		cue := p.cues[o.cue]
		switch cue.kind {
		case cueException:
			// An exception qualifies what comes before it ("we do not share
			// ... unless"); before the trigger it must name a condition
			// ("Without your consent, we will not ..."): "without signing
			// up, you will not be asked to ..." is no exception to the
			// denial, unless the exception says so itself ({head=yes}: "if
			// you opt out, your location is not collected").
			if o.first > h.last || cue.head || p.conditionWithin(s, o.last+1, h.first) {
				exception, excSeen = true, true
				keepDenial = keepDenial || cue.keepDenial
			}
		case cueRestrict:
			// "only" after the trigger ("used only for"), or a Chinese one
			// right before it (仅用于): the purposes after it count.
			if (o.first > h.last || o.last+1 == h.first && cjk(s.toks[h.first].text) == cjkIdeograph) && restrictAt < 0 {
				restrictAt = o.first
			}
		case cueCondition:
			if slices.ContainsFunc(exempt, func(e [2]int) bool { return e[0] <= o.first && o.last <= e[1] }) {
				continue // 此项处理无需征得您的同意: the consent is not needed
			}
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
	if !exception && p.exceptFrame(s, sent, h) {
		exception, keepDenial = true, true // 除上述情形外，我们不会…
	}
	switch {
	case afterExc != "":
		condition = afterExc
	case afterTrig != "":
		condition = afterTrig
	default:
		condition = any
	}
	return condition, exception, keepDenial, restrictAt
}

// consentReach is how many tokens after a collection trigger may hold the
// consent it obtains ("obtain your consent": no data is collected): three
// words, and in Chinese, whose tokens are characters, seven (获取您明确同意).
func consentReach(s *scan, h hit) int {
	if cjk(s.toks[h.last].text) == cjkIdeograph {
		return 7
	}
	return 3
}

// consentWithin reports whether a consent condition cue starts in tokens
// [i, j) before any punctuation or data mention: "obtain your consent"
// collects no data, while "we do not collect non-personal data" names data
// although "non personal" is a condition.
func (p *practiceRules) consentWithin(s *scan, r *Result, i, j int) bool {
	j = min(j, len(s.toks))
	off := s.c.in.Offset
	for k := i; k < j; k++ {
		// The object ends at punctuation or data: in 读取相册（经您同意后）
		// the album is read, with consent.
		if s.toks[k].punct || startsAt(r.Data, s.start[k]+off) {
			return false
		}
		for _, o := range s.hitsIn(k, k+1) {
			if p.cues[o.cue].kind == cueCondition && p.cues[o.cue].value == "consent" {
				// 获取您授权的昵称 "obtain the nickname you authorise":
				// the consent modifies the data after it.
				n := o.last + 2
				return n >= len(s.toks) || !p.g.attributive[s.toks[n-1].text] ||
					!startsAt(r.Data, s.start[n]+off)
			}
		}
	}
	return false
}

// conditionWithin reports whether a condition cue starts in tokens [i, j).
func (p *practiceRules) conditionWithin(s *scan, i, j int) bool {
	for _, o := range s.hitsIn(i, j) {
		if p.cues[o.cue].kind == cueCondition {
			return true
		}
	}
	return false
}

// passive reports whether trigger h is a passive participle: a form of
// "be" stands among the few words before it ("is not collected", "will
// never be shared", "isn't stored") and the trigger is not an -ing form
// ("we are collecting").
func (p *practiceRules) passive(s *scan, h hit) bool {
	if p.cues[h.cue].dataSubject {
		return true
	}
	if strings.HasSuffix(s.toks[h.first].text, "ing") {
		return false
	}
	return wordBefore(s, h.first, 4, p.g.passiveAux)
}
