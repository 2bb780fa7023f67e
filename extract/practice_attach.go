package extract

// What a practice is about: the data, purposes and recipients its sentence
// gives it (attach), where a denial's object starts and ends (asideAround,
// objectBeforeVerb, parenthetical), and the data an exclusion after the
// trigger takes out of it (excluded). See practice.go for the stage as a
// whole.

import "slices"

// parenthetical reports whether token i stands inside a parenthesis opened
// at most 12 tokens before it in its sentence: "we do not use third-party
// cookies (used to gather statistics)" describes what is denied.
func parenthetical(s *scan, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12 && s.sent[k] == s.sent[i]; k-- {
		switch s.toks[k].text {
		case ")":
			return false
		case "(":
			return true
		}
	}
	return false
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
	_, end := s.sentenceTokens(sent)
	for _, o := range s.hitsIn(h.last+1, end) {
		if p.cues[o.cue].kind == cueExclusion {
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

// attach fills data, purposes and recipients from the mentions of the
// trigger's sentence.
func (p *practiceRules) attach(s *scan, sent int, h hit, restrictAt int, r *Result, actorParties []string, pr *Practice) {
	off := s.c.in.Offset
	data := s.sentenceMentions(r.Data, sent)
	// A denial covers the data after the trigger before it: in "we collect
	// your phone number, though we do not store card details" the phone
	// number is not denied; in "your e-mail address will not be shared" the
	// address is.
	lo, hi := 0, len(s.c.in.Text)
	if pr.Negated {
		passive := p.passive(s, h)
		prev := -1 // the last trigger before h in its sentence, not listed with it
		first, _ := s.sentenceTokens(sent)
		base := s.hitIndex(first)
		for i, o := range s.hitsIn(first, h.first) {
			if o.last < h.first && p.cues[o.cue].kind == cueAction && !p.coordinatedTokens(s, o.last, h.first) {
				prev = base + i
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
		relHi := -1
		if w := p.relativePronoun(s, h); w >= 0 && !passive {
			// "your e-mail address, which we never sell": the denial's
			// object is what the pronoun stands for, named before it.
			relHi = s.start[w]
		} else if !passive {
			// An active denial's data is its object: in "cookies do not
			// collect your name" the cookies are the subject. A Chinese
			// object may stand before the verb, after 将 or 把.
			lo = max(lo, s.start[p.objectBeforeVerb(s, h)])
		}
		// A denial inside a parenthesis that names data ends with it: in
		// 设备标识符（不收集IMEI）、设备型号 and "device information (your IMEI
		// is not collected), device model" the model is not denied, while in
		// "we check (but do not collect) your location" the object follows.
		if open, k := asideAround(s, h); k >= 0 && slices.ContainsFunc(r.Data, func(m Mention) bool {
			return m.Start-off >= s.end[open] && m.Start-off < s.start[k]
		}) {
			hi = s.start[k]
		}
		// The denial ends at a breaker: "we do not sell your data, but we
		// share your e-mail address".
		_, end := s.sentenceTokens(sent)
		for _, o := range s.hitsIn(h.last+1, end) {
			if p.cues[o.cue].kind == cueBreaker {
				hi = s.start[o.first]
				break
			}
		}
		if relHi >= 0 {
			hi = min(hi, relHi)
		}
	} else if cjk(s.toks[h.first].text) == cjkIdeograph {
		// An affirmation after a denial and a breaker covers the data after
		// the breaker, when there is some: in 我们不会收集您的位置信息，但会收集
		// 您的设备型号 the location stays denied, while in 我们不会共享您的手机
		// 号码，但经您同意后我们会共享 the number is what is shared. The
		// trigger before the breaker is denied when a negation stands
		// between it and the trigger before it.
		first, next := s.sentenceTokens(sent) // next: the next sentence's first token
		i := s.hitIndex(first)
		negation, denied := false, false
		for ; i < len(s.hits) && s.hits[i].first < h.first; i++ {
			switch o := s.hits[i]; p.cues[o.cue].kind {
			case cueNegation:
				negation = true
			case cueAction:
				denied, negation = negation, false
			case cueBreaker:
				if denied && p.dataIn(s, r, o.last+1, next) {
					lo = s.start[o.first]
				}
			}
		}
	}
	if s.question(sent) {
		// "Do we use cookies?" asks; the answer follows. A question keeps
		// only the data of the trigger-less sentences after it ("What do
		// we collect? Your name and e-mail address.").
		hi = lo
	}
	for _, m := range data {
		if m.Start-off >= lo && m.Start-off < hi {
			pr.Data = addLabel(pr.Data, m.Label)
		}
	}
	if pr.Negated && len(pr.Data) == 0 && lo > 0 && cjk(s.toks[h.first].text) == cjkIdeograph && !s.question(sent) {
		// A Chinese denial with no data of its own denies it of the
		// sentence's topic, the data before its first trigger: in 指纹信息仅
		// 保存在您的设备中，不会上传至我们的服务器 the fingerprint is not
		// uploaded.
		first, _ := s.sentenceTokens(sent)
		topicEnd := s.start[h.first]
		for _, o := range s.hitsIn(first, h.first) {
			if p.cues[o.cue].kind == cueAction {
				topicEnd = s.start[o.first]
				break
			}
		}
		for _, m := range data {
			if m.Start-off < topicEnd {
				pr.Data = addLabel(pr.Data, m.Label)
			}
		}
		if len(pr.Data) == 0 {
			// No topic either: the data between the sentence's first
			// trigger and this one, the objects of the verbs before it
			// (我们会收集您的位置信息，但不会出售 does not sell the location).
			for _, m := range data {
				if m.Start-off >= topicEnd && m.Start-off < s.start[h.first] {
					pr.Data = addLabel(pr.Data, m.Label)
				}
			}
		}
	}
	for _, m := range s.sentenceMentions(r.Purposes, sent) {
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
		for _, m := range s.sentenceMentions(r.Parties, sent) {
			if k, _ := slices.BinarySearch(s.start, m.End-off); !p.rightAfter(s, h, m.Start-off) && p.ownerOfData(s, r, k) {
				// 共享您与其他用户之间的私信: the users own the messages (but
				// in 提供给第三方的个人信息 and 共享给合作伙伴的个人信息 the
				// party right after the verb receives them).
				continue
			}
			if m.Start-off >= trig {
				pr.Recipients = addLabel(pr.Recipients, m.Label)
			} else if i, ok := slices.BinarySearch(s.start, m.Start-off); ok && p.preverbRecipient(s, i, pr.Action) {
				pr.Recipients = addLabel(pr.Recipients, m.Label) // 向第三方出售
			}
		}
	}
}

// rightAfter reports whether the clause offset at stands right after a
// recipient.markers word that ends trigger h or follows it (提供给, 共享给),
// where the recipient is named; 披露访客的手机号码 names an owner.
func (p *practiceRules) rightAfter(s *scan, h hit, at int) bool {
	k := h.last + 1
	return p.g.recipientMarks[s.toks[h.last].text] && at == s.end[h.last] ||
		k < len(s.toks) && p.g.recipientMarks[s.toks[k].text] && at == s.end[k]
}

// asideAround returns the tokens of the parentheses that open and close
// the innermost aside holding trigger h in its sentence, or -1, -1 when h
// stands in none.
func asideAround(s *scan, h hit) (open, close int) {
	sent := s.sent[h.first]
	open, depth := -1, 0
	for k := h.first - 1; k >= 0 && k >= h.first-partReach && s.sent[k] == sent; k-- {
		switch s.toks[k].text {
		case ")":
			depth--
		case "(":
			if depth++; depth == 1 && open < 0 {
				open = k
			}
		}
	}
	if open < 0 || depth <= 0 {
		return -1, -1
	}
	depth = 1
	for k := h.last + 1; k < len(s.toks) && k <= h.last+partReach && s.sent[k] == sent; k++ {
		switch s.toks[k].text {
		case "(":
			depth++
		case ")":
			if depth--; depth == 0 {
				return open, k
			}
		}
	}
	return -1, -1
}

// objectBeforeVerb returns the token where trigger h's object starts when
// an object.before_verb word puts it before the verb, after the negation
// (我们不会将您的信息出售: 将), and h.first otherwise.
func (p *practiceRules) objectBeforeVerb(s *scan, h hit) int {
	for k := h.first - 1; k >= 0 && s.sent[k] == s.sent[h.first] && !s.toks[k].punct; k-- {
		if p.g.disposalMarks[s.toks[k].text] {
			return k
		}
	}
	return h.first
}
