package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Run-in SDK entries state a record on one line without field names: the
// SDK, its provider in parentheses, a colon, then parts separated by
// semicolons or commas, each opened by a word that says what it is:
//
//	高德定位SDK（高德软件有限公司）：用于附近网点查询；收集精确位置、设备型号；隐私政策 https://…
//	Acme Maps (Acme Inc.): used for store search; collects precise location; privacy policy https://…
//
// The opening words are the "runin.<field>" entries of sdkfields.txt. A
// part holding a URL is the policy link; a part opened by no such word
// continues the part before it ("用于登录，以及分享"). The line is a record
// when it names the SDK and has a purpose or data part, as any other
// record, and either its provider, a legal entity, or a link and a data
// part.

// sdkRunIn is one run-in opening word and the field it opens.
type sdkRunIn struct {
	word   string // lower case
	closer string // the word that ends the value ("由…提供"), or ""
	field  int
}

// addRunIn registers the run-in words of entry label "runin.<field>",
// longest first so that "用途为" wins over a shorter word it starts with. A
// term "由…提供" opens its value with 由 and ends it before 提供.
func (s *sdkRules) addRunIn(field int, terms []string) {
	for _, t := range terms {
		t = strings.ToLower(strings.TrimSpace(t))
		open, closer, _ := strings.Cut(t, "…")
		if open != "" {
			s.runin = append(s.runin, sdkRunIn{open, closer, field})
		}
	}
	sort.SliceStable(s.runin, func(i, j int) bool { return len(s.runin[i].word) > len(s.runin[j].word) })
}

// runInRecord reads the line s:e as a run-in entry and reports whether it
// was one.
func (r *sdkReader) runInRecord(s, e, indent int) bool {
	if len(r.d.sdk.runin) == 0 {
		return false
	}
	from, colon, prose := s, headColon(r.text[s:min(e, s+maxRunInHead)]), false
	if k := r.d.sdk.intro(r.text[s:e]); k > 0 {
		// A prose entry: "我们接入了X（由Y提供），用于…。X会收集…。其隐私
		// 政策见：…"; its head ends at the first comma outside brackets.
		from, colon, prose = s+k, headComma(r.text[s:min(e, s+k+maxRunInHead)]), true
	}
	if colon <= 0 || from >= s+colon {
		return false
	}
	name := sdkSpan{from, s + colon}
	name.start, name.end = docTrim(r.text, name.start, name.end)
	var provider, link sdkSpan
	if open, close := r.trailingParen(name); open > name.start {
		inner := sdkSpan{open, close}
		inner.start, inner.end = docTrim(r.text, openEnd(r.text, open), close)
		switch t := r.text[inner.start:inner.end]; {
		case webURL(t) || strings.HasPrefix(t, "www."):
			// A linked name, as Markdown renders it: "高德定位SDK
			// (https://…)：由…提供，…".
			link, name.end = inner, open
		case r.legalEntity(inner) && !r.d.sdk.exampleOpener(t):
			provider, name.end = inner, open
		default:
			// "（由深圳市腾讯计算机系统有限公司提供）"
			if f, at, n, closer := r.d.sdk.runInField(t, false); n > 0 && f == sdkProvider && closer != "" {
				if v := r.runInValue(inner, at+n, closer); r.legalEntity(v) {
					provider, name.end = v, open
				}
			}
		}
		name.start, name.end = docTrim(r.text, name.start, name.end)
	}
	if name.empty() || !r.nameLike(name.start, name.end) || r.namesKindOrData(name) || prose && (!r.sdkNamed(name) || r.namesKind(name)) {
		// A kind of party ("Service providers (e.g. Acme Inc.)") or data
		// ("Location") is no SDK's name.
		return false
	}
	rec := &sdkRecord{start: s, end: e, indent: indent} // a prose entry's from its intro on
	rec.put(sdkName, name, name.end)
	if provider.empty() && !r.parent.empty() && r.level > r.parentDepth && r.sdkNamed(name) {
		// "- 北京百度网讯科技有限公司", then "  - 百度OCR SDK：用于…"; a
		// company's nested feature lines ("客服服务：用于…") are no SDKs.
		provider = r.parent
	}
	if !provider.empty() {
		rec.put(sdkProvider, provider, provider.end)
	}
	if !link.empty() {
		rec.put(sdkURL, link, link.end)
	}
	_, bodyStart := utf8.DecodeRuneInString(r.text[s+colon:])
	cur := -1       // the field the last part opened
	closed := false // the last part was closed by its word's closer (由…提供)
	for i, part := range r.runInParts(s+colon+bodyStart, e) {
		t := r.text[part.start:part.end]
		if k := strings.Index(t, "://"); k >= 0 || strings.HasPrefix(t, "www.") {
			u := part.start
			if k >= 0 {
				u = part.start + strings.LastIndexFunc(t[:k], func(c rune) bool { return !unicode.IsLetter(c) }) + 1
			}
			rec.put(sdkURL, sdkSpan{u, part.end}, part.end)
			cur, closed = -1, false
			continue
		}
		// After the first part a Chinese word may stand a few characters
		// in, as in an entry's body (在此过程中它会获取…).
		if f, at, n, closer := r.d.sdk.runInField(t, i > 0); n > 0 {
			v := r.runInValue(part, at+n, closer)
			closed = closer != ""
			switch {
			case v.empty():
				return false // a bare word: no entry of this kind
			case rec.set[f] && cur == f:
				// A second part of the same field right after the first
				// (收集设备信息；获取网络状态) extends it.
				rec.put(f, sdkSpan{rec.vals[f].start, v.end}, part.end)
			case rec.set[f]:
				// The same field again, apart from the first: the first
				// stands.
			default:
				rec.put(f, v, part.end)
			}
			cur = f
			continue
		}
		if closed && !rec.set[sdkPurpose] && t[0] >= utf8.RuneSelf {
			// What follows "由…提供" unopened says what the SDK does
			// (由华为软件技术有限公司提供，在华为手机上下发通知).
			rec.put(sdkPurpose, part, part.end)
			cur, closed = sdkPurpose, false
			continue
		}
		if prose && (cur < 0 || sentenceAfter(r.text, part.start)) {
			cur = -1 // a sentence of the paragraph that names no field
			continue
		}
		if cur < 0 || closed {
			return false // a part that says nothing known: prose after a colon
		}
		rec.put(cur, sdkSpan{rec.vals[cur].start, part.end}, part.end)
	}
	if !rec.valid(2) || provider.empty() && (!rec.set[sdkURL] || !rec.set[sdkData]) {
		// Without a company, a link and a data part make it an SDK: else
		// the line is as likely a permission ("位置权限：获取您的位置，用于
		// 导航") or a note ("Note: used to be called Foo; see https://…").
		return false
	}
	r.close()
	r.emit(rec)
	return true
}

// namesKindOrData reports whether the name ends with a kind of party
// ("Our Affiliates", 合作伙伴) or with data ("Location"): its head noun is
// no SDK (阿里云视频点播播放器SDK names video, but ends with SDK).
func (r *sdkReader) namesKindOrData(name sdkSpan) bool {
	data, _, parties := r.mentions(name)
	for _, m := range parties {
		if strings.Contains(m.Label, ".") {
			return false // a known company or SDK: "Google Location"
		}
	}
	for _, m := range data {
		if m.End == name.end {
			return true
		}
	}
	for _, m := range parties {
		if m.End == name.end && !strings.Contains(m.Label, ".") {
			return true
		}
	}
	return false
}

// exampleOpener reports whether a parenthesis opens with words that give
// examples ("e.g. Acme Inc.", 例如): the company is an example of the kind
// named before it, not an SDK's provider.
// The words are the "example" entries of sdkfields.txt.
func (s *sdkRules) exampleOpener(inner string) bool {
	low := strings.ToLower(inner)
	for _, w := range s.examples {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

// intro returns the length of the intro word that opens t (intro in
// sdkfields.txt), or 0.
func (s *sdkRules) intro(t string) int {
	for _, w := range s.intros {
		if len(t) >= len(w) && strings.EqualFold(t[:len(w)], w) {
			return len(w) // "We integrate", as listed "we integrate"
		}
	}
	return 0
}

// headComma returns the offset of the first comma of head outside
// brackets, or -1: the end of a prose entry's head.
func headComma(head string) int {
	depth := 0
	for i, c := range head {
		switch c {
		case '(', '（':
			depth++
		case ')', '）':
			depth = max(depth-1, 0)
		case '，', ',':
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// sentenceAfter reports whether offset i of text follows a sentence end
// (。), white space aside: a new sentence of a paragraph, not a part.
func sentenceAfter(text string, i int) bool {
	t := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	return strings.HasSuffix(t, "。")
}

// maxRunInHead bounds the bytes before the colon of a run-in entry: a name
// and a provider.
const maxRunInHead = 160

// headColon returns the offset of the first colon of head that is not a
// URL's ("https://"), or -1.
func headColon(head string) int {
	for i := 0; i < len(head); {
		k := strings.IndexAny(head[i:], ":：")
		if k < 0 {
			return -1
		}
		if c := i + k; !strings.HasPrefix(head[c:], "://") {
			return c
		}
		i += k + 1
	}
	return -1
}

// runInParts splits s:e at semicolons, commas and 。 (not at the list comma
// 、, which joins the items of one value), trimming each part.
func (r *sdkReader) runInParts(s, e int) []sdkSpan {
	var parts []sdkSpan
	from := s
	for i := s; i < e; {
		c, n := utf8.DecodeRuneInString(r.text[i:e])
		if c == ';' || c == '；' || c == '，' || c == '。' || c == ',' && i+1 < e && r.text[i+1] == ' ' {
			if p := trimValue(r.text, from, i); !p.empty() {
				parts = append(parts, p)
			}
			from = i + n
		}
		i += n
	}
	if p := trimValue(r.text, from, e); !p.empty() {
		parts = append(parts, p)
	}
	return parts
}

// runInField returns the field a part opens, the offset and length of its
// opening word and the word that closes its value (for "由…提供"), or n = 0
// when no run-in word opens it. A Latin word must end where the part's
// word does ("collects", not "collection"). With within, a Chinese word may
// also stand a few characters in (在线办理时用于人脸核验): the earliest
// counts. An opening word with a closer needs the closer after it.
func (s *sdkRules) runInField(part string, within bool) (field, at, n int, closer string) {
	// Offsets are read on part itself, never on a case-folded copy, whose
	// length may differ (Ⱥ folds to a longer letter): a Latin word is
	// compared without case, a Chinese one as it is.
	at = -1
	for _, w := range s.runin {
		k := 0
		if len(part) < len(w.word) || !strings.EqualFold(part[:len(w.word)], w.word) {
			if !within || w.word[0] < utf8.RuneSelf {
				continue
			}
			if k = strings.Index(part[:min(len(part), maxRunInLead+len(w.word))], w.word); k <= 0 {
				continue
			}
		}
		if at >= 0 && k >= at {
			continue // an earlier (or, at the same place, longer) word was found
		}
		rest := part[k+len(w.word):]
		last, _ := utf8.DecodeLastRuneInString(w.word)
		next, _ := utf8.DecodeRuneInString(rest)
		if last < utf8.RuneSelf && unicode.IsLetter(last) && next < utf8.RuneSelf && unicode.IsLetter(next) {
			continue
		}
		if s.runinNot(part[k:]) {
			continue // 由于 "because" is no 由…提供
		}
		if w.closer != "" && !strings.Contains(rest, w.closer) {
			continue
		}
		field, at, n, closer = w.field, k, len(w.word), w.closer
	}
	if at < 0 {
		return 0, 0, 0, ""
	}
	return field, at, n, closer
}

// runinNot reports whether t opens with a runin.not word of sdkfields.txt:
// a word that starts like a run-in word and is another (由于, 由此).
func (s *sdkRules) runinNot(t string) bool {
	for _, w := range s.runinNots {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// maxRunInLead bounds the bytes before a run-in word found within a part:
// about fifteen Chinese characters.
const maxRunInLead = 45

// runInValue returns the value of a run-in part whose opening word ends
// from bytes into it: the rest of the part, or the text before closer
// (由财付通支付科技有限公司提供).
func (r *sdkReader) runInValue(part sdkSpan, from int, closer string) sdkSpan {
	from = min(part.start+from, part.end)
	end := part.end
	if closer != "" {
		if k := strings.Index(r.text[from:part.end], closer); k >= 0 {
			end = from + k
		}
	}
	return trimValue(r.text, from, end)
}

// runInBody reads the line s:e as the body of a record that a line naming
// the SDK alone opened, in run-in parts:
//
//	◆ 微信支付SDK
//	　　由财付通支付科技有限公司提供，用于话费充值，会采集设备型号和网络类型。
//	　　隐私权政策：https://…
//
// Each part is opened by a run-in word, at its start or, after the first, a
// few characters in (在线办理时用于人脸核验); a part opened by none continues
// the one before, unless that one was closed ("由…提供"). It reports whether
// the line was such a body: two parts or more were read and nothing else.
// A name line holding a colon ("更新时间：…") opens no such record.
func (r *sdkReader) runInBody(s, e int) bool {
	rec := r.cur
	if rec == nil || len(r.d.sdk.runin) == 0 || !rec.set[sdkName] {
		return false
	}
	for f := sdkName + 1; f < sdkFieldCount; f++ {
		if rec.set[f] {
			return false
		}
	}
	if name := rec.vals[sdkName]; strings.ContainsAny(r.text[name.start:name.end], ":：") {
		return false // a line of fields ("更新时间：…"): no SDK's name
	}
	if last, n := utf8.DecodeLastRuneInString(r.text[s:e]); last == '。' || last == '.' {
		e -= n
	}
	if _, _, n, _ := r.d.sdk.runInField(r.text[s:e], false); n == 0 {
		return false // most lines: no run-in word opens them
	}
	var vals [sdkFieldCount]sdkSpan
	var set [sdkFieldCount]bool
	read, cur := 0, -1
	for _, part := range r.runInParts(s, e) {
		t := r.text[part.start:part.end]
		f, at, n, closer := r.d.sdk.runInField(t, read > 0)
		if n == 0 && (strings.Contains(t, "://") || strings.HasPrefix(t, "www.")) {
			f, at, n = sdkURL, 0, 0
			vals[f], set[f], cur = part, true, -1
			read++
			continue
		}
		if n == 0 {
			if cur < 0 || r.d.sdk.runinNot(t) {
				if read >= 2 && t[0] >= utf8.RuneSelf {
					break // a remark after the entry: 该SDK不会读取您的通讯录, 由于…
				}
				return false // prose: no body of a record
			}
			vals[cur].end = part.end
			continue
		}
		v := r.runInValue(part, at+n, closer)
		if set[f] && read >= 2 && t[0] >= utf8.RuneSelf {
			break // the same field again: a remark after the entry
		}
		if v.empty() || set[f] {
			return false
		}
		vals[f], set[f], cur = v, true, f
		if closer != "" {
			cur = -1
		}
		read++
	}
	if read < 2 || r.namesKindOrData(rec.vals[sdkName]) {
		return false // a kind of party or data is no SDK's name
	}
	for f := range vals {
		if set[f] {
			rec.put(f, vals[f], e)
		}
	}
	return true
}

// trailingParen returns the opening parenthesis of the balanced
// parenthesis that ends span v ("支付宝SDK（支付宝（杭州）信息技术有限公司）"),
// and the start of its closing one; open is -1 when v does not end in one.
func (r *sdkReader) trailingParen(v sdkSpan) (open, close int) {
	t := r.text[v.start:v.end]
	last, n := utf8.DecodeLastRuneInString(t)
	if last != ')' && last != '）' {
		return -1, -1
	}
	depth := 0
	for i := len(t); i > 0; {
		c, m := utf8.DecodeLastRuneInString(t[:i])
		i -= m
		switch c {
		case ')', '）':
			depth++
		case '(', '（':
			if depth--; depth == 0 {
				return v.start + i, v.end - n
			}
		}
	}
	return -1, -1
}

// openEnd returns the offset just after the parenthesis opening at i.
func openEnd(text string, i int) int {
	_, n := utf8.DecodeRuneInString(text[i:])
	return i + n
}

// expandParts replaces each field of run-in parts among fields (a parts
// field of sdkfields.txt) with the fields its parts open: "用途及收集信息：
// 用于微信登录，收集设备型号、网络类型" gives the purpose "微信登录" and the
// data "设备型号、网络类型". A part no run-in word opens continues the one
// before (a URL is the link); a value no word opens at all is data, as the
// field's name says it collects.
func (r *sdkReader) expandParts(fields []sdkField) []sdkField {
	var out []sdkField
	for _, f := range fields {
		if f.field != sdkParts {
			out = append(out, f)
			continue
		}
		first := len(out)
		for _, part := range r.runInParts(f.value.start, f.value.end) {
			t := r.text[part.start:part.end]
			field, at, n, closer := r.d.sdk.runInField(t, len(out) > first)
			switch {
			case n > 0:
				out = append(out, sdkField{field: field, labelStart: part.start, labelEnd: part.start + at + n, value: r.runInValue(part, at+n, closer)})
			case strings.Contains(t, "://") || strings.HasPrefix(t, "www."):
				out = append(out, sdkField{field: sdkURL, labelStart: part.start, labelEnd: part.start, value: part})
			case len(out) > first:
				out[len(out)-1].value.end = part.end
			default:
				out = append(out, sdkField{field: sdkData, labelStart: part.start, labelEnd: part.start, value: part})
			}
		}
		if len(out) == first {
			continue // an empty value
		}
		out[first].labelStart = f.labelStart // the record holds the field's name
	}
	return out
}
