package extract

// Which triggers state a practice at all: the tests that read a trigger's
// sentence, or the part of it between punctuation, and find it asks a
// question (我们如何收集…), names a topic (个人信息的共享、转让与公开披露,
// "Sharing."), a measure (存储加密等措施), a legal basis or a consent not
// needed (无需取得您的同意), what may be found (如发现误收集了…), or
// addresses the user (请在监护人同意后使用, "Please keep your password
// safe"). See practice.go for the stage as a whole.

import (
	"slices"
	"strings"
)

// asked reports whether a question cue (如何, 哪些) stands in trigger h's
// part of its sentence, between the punctuation around it (a list comma 、
// goes on): 我们如何收集您的个人信息 names a topic, while in 我们会收集您的位置
// 信息，您可以了解如何关闭 the collection stands.
func (p *practiceRules) asked(s *scan, h hit) bool {
	a, b := p.part(s, h.first, h.last)
	for _, o := range s.hitsIn(a, b+1) {
		if o.last <= b && p.cues[o.cue].kind == cueQuestion {
			return true
		}
	}
	return false
}

// consentExempt returns the clause parts (first and last tokens) that say
// when a practice needs no consent: a consent.exempt word (无需) and a
// consent condition cue within exemptReach tokens after it (以下情形中，我们
// 处理您的个人信息无需取得您的同意), or a basis cue of practices.txt, the
// wording of a legal basis (在合理的范围内处理个人信息). They state the legal
// bases of practices, not practices; the other parts of their sentence may
// (我们会收集您的设备信息，此项处理无需征得您的同意 collects).
func (p *practiceRules) consentExempt(s *scan) [][2]int {
	var out [][2]int
	for _, o := range s.hits {
		c := p.cues[o.cue]
		if c.kind == cueBasis {
			a, b := p.part(s, o.first, o.last)
			out = append(out, [2]int{a, b})
			continue
		}
		if c.kind != cueCondition || c.value != "consent" {
			continue
		}
		for k := o.first - 1; k >= 0 && k >= o.first-exemptReach && s.sent[k] == s.sent[o.first]; k-- {
			if endsWith(s, k, p.g.exempt) {
				a, b := p.part(s, o.first, o.last)
				if p.leadsList(s, o.first) {
					// 在以下情形中，我们可能会共享…，而无需征得您的同意：
					// the whole sentence leads the list of bases.
					a, b = s.sentenceTokens(s.sent[o.first])
					b--
				}
				out = append(out, [2]int{a, b})
				break
			}
		}
	}
	return out
}

// leadsList reports whether the sentence of token k leads a list: it ends
// with a colon, or holds a list.lead word (以下, 下列).
func (p *practiceRules) leadsList(s *scan, k int) bool {
	sent := s.sent[k]
	first, next := s.sentenceTokens(sent)
	if t := s.toks[next-1].text; t == ":" {
		return true
	}
	for i := first; i < next; i++ {
		if endsWith(s, i, p.g.listLeads) {
			return true
		}
	}
	return false
}

// exemptReach bounds the tokens between a consent.exempt word and its
// consent: 无需取得您的单独同意.
const exemptReach = 8

// nominal reports whether trigger h is a noun after data and an
// attributive marker (的) with no data after it: 个人信息的保存 names a
// topic, it states no practice (您的信息的收集 neither), while in
// 进行严格的保存 the store is stated.
func (p *practiceRules) nominal(s *scan, r *Result, h hit) bool {
	if h.first < 2 || !p.g.attributive[s.toks[h.first-1].text] || cjk(s.toks[h.first].text) != cjkIdeograph {
		return false
	}
	// Data ends right before 的 (个人信息的共享), not an adjective (严格的保存).
	off := s.c.in.Offset
	end := s.end[h.first-2]
	if !endsWith(s, h.first-2, p.g.dataHeads) && !slices.ContainsFunc(r.Data, func(m Mention) bool { return m.End-off == end }) {
		return false
	}
	return !p.objectAt(s, r, h.last+1, min(len(s.toks), h.last+1+objectReach))
}

// measureItem reports whether trigger h names an item of a list of
// measures: its part of the sentence goes on, past list commas (、) only,
// to 等 and a measure.heads word (采用传输加密、存储加密、访问控制等措施).
func (p *practiceRules) measureItem(s *scan, r *Result, h hit) bool {
	if cjk(s.toks[h.first].text) != cjkIdeograph {
		return false // 等 lists are Chinese
	}
	_, b := p.part(s, h.first, h.last)
	for k := h.last + 1; k < b; k++ {
		if s.toks[k].text != "等" {
			continue
		}
		// Data listed before 等 makes it a list of data (收集您的设备型号、
		// 操作系统等技术信息), as does a data head after the measure word;
		// data inside an item does not (操作日志审计等措施).
		if p.dataItemIn(s, r, h.last+1, k) {
			return false
		}
		// 等措施, 等安全措施: the head ends within four characters.
		for j := k + 1; j <= min(b, k+4); j++ {
			if endsWith(s, j, p.g.measures) {
				return !endsWith(s, j+1, p.g.dataHeads) && !endsWith(s, j+2, p.g.dataHeads)
			}
		}
		return false
	}
	return false
}

// framed reports whether trigger h stands alone between a frame.open and
// a frame.close word (在存储时, 在传输过程中): a circumstance.
func (p *practiceRules) framed(s *scan, h hit) bool {
	if h.first == 0 || h.last+1 >= len(s.toks) || !p.g.frameOpen[s.toks[h.first-1].text] {
		return false
	}
	rest := s.c.in.Text[s.end[h.last]:]
	for w := range p.g.frameClose {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// dataItemIn reports whether a data mention that starts in tokens [i, j)
// is an item of a list there: a list comma, a joiner or 等 follows it.
func (p *practiceRules) dataItemIn(s *scan, r *Result, i, j int) bool {
	off := s.c.in.Offset
	for _, m := range dataStartingIn(s, r, i, j) {
		k, _ := slices.BinarySearch(s.start, m.End-off) // the token after the mention
		if k >= len(s.toks) || s.listComma(k) || s.toks[k].text == "等" || p.g.listJoiners[s.toks[k].text] {
			return true
		}
	}
	return false
}

// dataIn reports whether a data mention starts in tokens [i, j).
func (p *practiceRules) dataIn(s *scan, r *Result, i, j int) bool {
	return len(dataStartingIn(s, r, i, j)) > 0
}

// dataStartingIn returns the data mentions that start in tokens [i, j).
func dataStartingIn(s *scan, r *Result, i, j int) []Mention {
	if i >= j || j > len(s.toks) {
		return nil
	}
	off := s.c.in.Offset
	lo, hi := s.start[i], s.start[min(j, len(s.toks)-1)]
	if j == len(s.toks) {
		hi = len(s.c.in.Text)
	}
	return startingIn(r.Data, lo+off, hi+off)
}

// found reports whether a clause.found word (发现) stands before trigger h
// in its part of the sentence, with neither the first party nor a
// clause.subordinate_ends word (后, 时) between them: what follows it is
// what may be found (如我们发现第三方SDK违规收集了…), not a practice; in
// 发现异常后我们会收集您的设备信息 we collect.
func (p *practiceRules) found(s *scan, h hit) bool {
	if cjk(s.toks[h.first].text) != cjkIdeograph {
		return false // the words are Chinese
	}
	a, _ := p.part(s, h.first, h.last)
	for k := h.first - 1; k > a; k-- {
		if p.actorAt(s, k, ActorFirstParty) || endsWith(s, k, p.g.subordEnds) {
			return false // 一旦发现违规行为我们会删除, 发现异常后…收集: our own doing
		}
		if endsWith(s, k, p.g.found) {
			return true
		}
	}
	return false
}

// part returns the first and last tokens of the part of its sentence that
// holds tokens [first, last]: the tokens between the punctuation around
// them, a list comma (、) going on, read at most partReach tokens each
// way, so a sentence with no punctuation costs no scan of its whole length
// per trigger.
func (p *practiceRules) part(s *scan, first, last int) (a, b int) {
	sent := s.sent[first]
	bound := func(k int) bool { // punctuation but the list comma 、
		return s.toks[k].punct && !s.listComma(k)
	}
	a, b = first, last
	for a > 0 && a > first-partReach && s.sent[a-1] == sent && !bound(a-1) {
		a--
	}
	for b+1 < len(s.toks) && b < last+partReach && s.sent[b+1] == sent && !bound(b+1) {
		b++
	}
	return a, b
}

// partReach bounds, in tokens, how far from a trigger the part of its
// sentence is read for a question cue or an instruction (请): a Chinese
// clause part is rarely longer.
const partReach = 60

// addressedToUser reports whether trigger h stands in a clause part that
// opens with a user.imperative word (请), or in a part joined to one by a
// clause.joiners word (请在监护人陪同下阅读，并在取得同意后使用): an
// instruction to the user ("请注意，您的位置信息将被收集" instructs only up to
// its comma).
func (p *practiceRules) addressedToUser(s *scan, h hit) bool {
	sent := s.sent[h.first]
	for k := h.first - 1; k >= 0 && k >= h.first-partReach && s.sent[k] == sent; k-- {
		if s.toks[k].punct && !p.g.clauseJoiners[s.toks[min(k+1, h.first)].text] {
			return false // a part that goes on the instruction (，并…) does not end it
		}
		if p.g.userImperative[s.toks[k].text] && (k == 0 || s.sent[k-1] != sent || s.toks[k-1].punct) {
			return true
		}
		if p.actorAt(s, k, ActorFirstParty) || p.actorAt(s, k, ActorThirdParty) {
			return false // 请允许我们收集: the verb has a subject of its own
		}
	}
	return false
}

// bareLabel reports whether trigger h stands in a sentence of at most
// labelWords words (labelChars characters) that names no data, actor or
// party: a run-in heading ("共享。", "公开披露。", "Sharing."), which names
// a topic and states no practice. After an article number the heading may
// be longer and name a party (第十三条 提交给慈善组织的材料。): the number
// marks it a heading, whatever actor it names (第三条 我们收集的信息。).
func (p *practiceRules) bareLabel(s *scan, r *Result, h hit) bool {
	sent := s.sent[h.first]
	limit := labelWords
	if cjk(s.toks[h.first].text) == cjkIdeograph {
		limit = labelChars
	}
	first, next := s.sentenceTokens(sent)
	from := p.afterArticle(s, first, next)
	if from > first {
		limit = articleTitleChars
	}
	// Count the sentence's words from its first token, stopping once
	// past the limit: a trigger of a long sentence costs no full scan.
	words := 0
	for k := from; k < next; k++ {
		if t := s.toks[k]; !t.punct {
			if p.g.passiveAux[t.text] {
				return false // "It is stored.", "Nothing will be sold.": a sentence
			}
			if words++; words > limit {
				return false
			}
		}
	}
	off := s.c.in.Offset
	in := func(m Mention) bool { return s.sentenceOf(m.Start-off) == sent }
	if from > first {
		// 第三条 我们收集的信息。 is a heading; 第二条 我们会共享给合作伙伴。,
		// an actor then a modal, a statement.
		for _, o := range s.hitsIn(from, next) {
			if p.cues[o.cue].kind == cueActor && o.last+1 < next && p.g.articleModals[s.toks[o.last+1].text] {
				return false
			}
		}
		return !slices.ContainsFunc(r.Data, in)
	}
	for _, o := range s.hitsIn(first, next) {
		if p.cues[o.cue].kind == cueActor {
			return false
		}
	}
	return !slices.ContainsFunc(r.Data, in) && !slices.ContainsFunc(r.Parties, in)
}

// afterArticle returns the token after an article number opening the
// tokens [first, next) (第二十七条, 第3章), or first when none does.
func (p *practiceRules) afterArticle(s *scan, first, next int) int {
	if first >= next || !p.g.articleOpen[s.toks[first].text] {
		return first
	}
	k := first + 1
	for k < next && numeral(s.toks[k].text) {
		k++
	}
	if k == first+1 {
		return first
	}
	switch {
	case k < next && p.g.articleUnits[s.toks[k].text]:
		return k + 1
	case k+1 < next && p.g.articleUnits[s.toks[k].text+s.toks[k+1].text]:
		return k + 2 // 部分
	}
	return first
}

// numeral reports whether w is a run of ASCII digits or a Chinese numeral.
func numeral(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= '0' && r <= '9' || strings.ContainsRune(cjkNumerals, r)) {
			return false
		}
	}
	return true
}

// runInLabel reports whether trigger h stands in a run-in label: the words
// before a colon near the start of its sentence, with no actor among them,
// when the sentence goes on with an actor or a trigger of the label's
// action (出售：我们不会以任何形式出售…, 删除：您可以自行删除…). The label names the topic;
// the statement after it says what is done. A label that names data or a
// party (剪贴板读取：…, 与酒店共享：…) is a statement itself, and one before
// bare data ("收集：设备型号") still states its practice.
func (p *practiceRules) runInLabel(s *scan, r *Result, h hit) bool {
	limit := labelWords
	if cjk(s.toks[h.first].text) == cjkIdeograph {
		limit = labelChars
	}
	first, next := s.sentenceTokens(s.sent[h.first])
	colon, words := -1, 0
	for k := first; k < next && colon < 0; k++ {
		switch t := s.toks[k]; {
		case t.text == "：" || t.text == ":":
			colon = k
		case !t.punct:
			if words++; words > limit {
				return false
			}
		}
	}
	if colon <= h.last {
		return false
	}
	for _, o := range s.hitsIn(first, colon) {
		if p.cues[o.cue].kind == cueActor {
			return false // 我们收集：…, a lead-in
		}
	}
	off := s.c.in.Offset
	in := func(m Mention) bool {
		return m.Start-off < s.start[colon] && s.sentenceOf(m.Start-off) == s.sent[h.first]
	}
	if slices.ContainsFunc(r.Data, in) || slices.ContainsFunc(r.Parties, in) {
		return false // 剪贴板读取：…, 与酒店共享：…: the label is a statement
	}
	for _, o := range s.hitsIn(colon+1, next) {
		if c := p.cues[o.cue]; c.kind == cueActor || c.kind == cueAction && c.value == p.cues[h.cue].value {
			return true
		}
	}
	return false // 收集：设备型号，用于风控; 共享：…将被物流公司获取: the label states it
}

// topicList reports whether Chinese trigger h is one of a list of verbs
// joined by list commas or list.joiners words in a short sentence that
// names no data, party, actor nor negation: a heading or a table of
// contents names topics (【四】委托处理、共享、转让和公开披露) and states no
// practice.
func (p *practiceRules) topicList(s *scan, r *Result, h hit) bool {
	if cjk(s.toks[h.first].text) != cjkIdeograph {
		return false
	}
	joined := func(k int) bool { // token k joins two list items
		return k >= 0 && k < len(s.toks) && s.sent[k] == s.sent[h.first] &&
			(s.listComma(k) || !s.toks[k].punct && p.g.listJoiners[s.toks[k].text])
	}
	first, next := s.sentenceTokens(s.sent[h.first])
	if words := next - first; words > topicListWords {
		return false // (punctuation counted: a bound, not a measure)
	}
	listed := false
	for _, o := range s.sentenceHits(s.sent[h.first]) {
		switch {
		case p.cues[o.cue].kind == cueActor || p.cues[o.cue].kind == cueNegation:
			return false // 识别完成后不会被保存或上传: a statement
		case p.cues[o.cue].kind != cueAction || o.first == h.first:
		case o.first == h.last+2 && joined(h.last+1), o.last == h.first-2 && joined(h.first-1):
			listed = true
		}
	}
	if !listed {
		return false
	}
	off := s.c.in.Offset
	in := func(m Mention) bool { return s.sentenceOf(m.Start-off) == s.sent[h.first] }
	return !slices.ContainsFunc(r.Data, in) && !slices.ContainsFunc(r.Parties, in)
}

// topicListWords bounds the tokens of a sentence that lists topics: a
// heading, an entry of a table of contents.
const topicListWords = 24

// labelWords and labelChars bound the words of a run-in heading, and its
// characters in Chinese: "Data sharing." has two words, 查阅、更正与删除 seven
// characters.
const (
	labelWords        = 3
	labelChars        = 8
	articleTitleChars = 12
)

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
