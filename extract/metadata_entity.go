package extract

// The controller reader: the legal entity a policy speaks for, found by the
// legal form that ends its name ("Inc.", "Co., Ltd.") and preferred when an
// alias follows it ("(the “Company”, “we”)").

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privtext/go-privtext/internal/textnorm"
)

// controller returns the legal entity the policy names. In order of
// preference:
//
//   - a name with a legal form followed by an alias, "Acme Inc. ("Acme",
//     "we")";
//   - the first such name not inside parentheses, then the first at all;
//   - without any, a capitalised name followed by an alias, "Tiny Flashlight
//     ("TF", "us" or "we")" (see aliased).
//
// A name the party registry knows ("Google Inc.", "MoPub Inc.") is most
// often a third party the policy speaks of: unless the title names it or a
// contact is at its domain (thirdParty reports which, see
// thirdPartyTest), it counts only with a "we" alias. suffixes are the
// entity.suffix matches of the view.
func (m *metaRules) controller(src string, view *textnorm.View, suffixes []docHit, thirdParty func(string) bool) string {
	v := view.Text
	first, firstBare := "", ""
	for _, h := range suffixes {
		ss, se := view.Span(h.start, h.end)
		// "a limited liability company" is no name; a dotted legal form may
		// be lower case ("Pilcom d.o.o.").
		ns := -1
		if r, _ := utf8.DecodeLastRuneInString(src[:ss]); unicode.Is(unicode.Han, r) {
			ns = m.nameBeforeCJK(src, ss) // "北京小米科技有限责任公司"
		} else if r, _ := utf8.DecodeRuneInString(src[ss:]); !unicode.IsUpper(r) && !strings.Contains(src[ss:se], ".") {
			continue
		} else {
			ns = m.nameBefore(src, ss)
		}
		if ns < 0 {
			continue
		}
		// A name opened by an unclosed parenthesis is a side mention, "We
		// use AdMob (AdMob Google Inc.)"; keep the part inside it.
		inParens := false
		if k := strings.LastIndexAny(src[ns:ss], "(（"); k >= 0 && !strings.ContainsAny(src[ns+k:ss], ")）") {
			_, n := utf8.DecodeRuneInString(src[ns+k:])
			ns, inParens = ns+k+n, true
		}
		_, sentEnd := docSentence(v, h.start, h.end)
		after := v[h.end:min(sentEnd, h.end+aliasAfter)]
		// A known third party is often given a short name too ("provided
		// by Google Inc. ("Google")"); only "we" or "hereinafter" make it
		// the author.
		aliased := !inParens && m.alias.has(after)
		if !inParens && !aliased && shortName(after) {
			aliased = !thirdParty(docCollapse(src[ns:se]))
		}
		if aliased {
			ns = m.capsNameStart(src, ns, ss, after)
		}
		if m.entityStop.has(strings.ToLower(src[ns:ss])) {
			continue // "(Including But Not Limited To ...)"
		}
		name := docCollapse(src[ns:se])
		if !aliased && thirdParty(name) {
			continue
		}
		if aliased {
			return name
		}
		if first == "" {
			first = name
		}
		if firstBare == "" && !inParens {
			firstBare = name
		}
	}
	if firstBare != "" {
		return firstBare
	}
	if first != "" {
		return first
	}
	return m.aliased(src, view)
}

// aliasAfter is how far after a legal form its alias may be: "Sega
// Networks Inc. and certain of their affiliate companies (collectively,
// "Sega" or "we")" fits.
const aliasAfter = 90

// shortName reports whether a view text opens with a short name in quotes
// and parentheses, as after `BLYTS, LLC ("BLYTS")` or `Acme Inc. (the
// "Company")`.
func shortName(after string) bool {
	s := strings.TrimLeft(after, " ")
	if !strings.HasPrefix(s, "(") {
		return false
	}
	s = strings.TrimLeft(s[1:], " ")
	s = strings.TrimPrefix(s, "the ")
	return strings.HasPrefix(s, `"`)
}

// thirdPartyTest returns a test of whether a name is one of the registry's
// organisations or SDKs ("Google Inc.", "AdMob Google Inc.") that is not
// the policy's own: the title does not name it and no e-mail or web
// contact is at its domain (privacy@apple.com makes Apple Inc. the author).
func thirdPartyTest(title string, contacts []Contact, registryOrgs func(string) []string) func(name string) bool {
	own := registryOrgs(title)
	ours := func(id string) bool {
		if slices.Contains(own, id) {
			return true
		}
		_, key, _ := strings.Cut(id, ".")
		for _, c := range contacts {
			if c.Kind != ContactEmail && c.Kind != ContactURL {
				continue
			}
			host := strings.ToLower(c.Value)
			if _, after, ok := strings.Cut(host, "@"); ok {
				host = after
			} else if _, after, ok := strings.Cut(host, "//"); ok {
				host, _, _ = strings.Cut(after, "/")
			}
			if strings.Contains(strings.ReplaceAll(host, "-", ""), key) {
				return true
			}
		}
		return false
	}
	return func(name string) bool {
		orgs := registryOrgs(name)
		return len(orgs) > 0 && !slices.ContainsFunc(orgs, ours)
	}
}

// capsNameStart trims a name written in capitals, where nameBefore cannot
// tell it from the capitals before it ("... AND TO WHOM MUNKEE APPS, INC.
// ("Munkee")"), to start at the first word of its alias. Other names are
// returned as they are (ns).
func (m *metaRules) capsNameStart(src string, ns, ss int, alias string) int {
	name := src[ns:ss]
	if strings.ToUpper(name) != name {
		return ns
	}
	q := strings.IndexByte(alias, '"')
	if q < 0 {
		return ns
	}
	word := strings.FieldsFunc(alias[q+1:], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(word) == 0 {
		return ns
	}
	for _, f := range wordStarts(name) {
		if strings.HasPrefix(strings.ToLower(name[f:]), word[0]) {
			return ns + f
		}
	}
	return ns
}

// wordStarts returns the byte offsets where the words of s start.
func wordStarts(s string) []int {
	var out []int
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			out = append(out, i)
		}
	}
	return out
}

// aliased returns the first capitalised name directly followed by an alias
// in parentheses — "Mobile Flame. ("Mobile Flame" or "we")", "Turboc
// Cleaner (hereinafter "Turboc Cleaner")" — that is not a generic word for
// the author ("the Company ("we")", entity.generic).
func (m *metaRules) aliased(src string, view *textnorm.View) string {
	v := view.Text
	for _, h := range m.alias.find(v) {
		open := strings.LastIndexAny(v[max(0, h.start-aliasReach):h.start], "(（")
		if open < 0 {
			continue
		}
		open += max(0, h.start-aliasReach)
		if strings.ContainsAny(v[open:h.start], ")）") {
			continue
		}
		ps, _ := view.Span(open, open+1)
		end := ps
		for end > 0 && src[end-1] == ' ' {
			end--
		}
		if end > 0 && (src[end-1] == '.' || src[end-1] == ',') {
			end-- // "Mobile Flame. ("Mobile Flame" or "we")"
		}
		ns := m.nameBefore(src, end)
		if ns < 0 {
			continue
		}
		name := docCollapse(src[ns:end])
		if !strings.ContainsFunc(name, unicode.IsLetter) || m.allGeneric(name) {
			continue // "Russia, 191024 (hereinafter ...)", "the Company ("we")"
		}
		return name
	}
	return ""
}

// capitalised reports whether a word can be part of a name: it starts with
// a capital or a digit, or is a camel-cased brand ("eBay", "iQIYI").
func capitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		return true
	}
	r2, _ := utf8.DecodeRuneInString(w[n:])
	return unicode.IsLower(r) && unicode.IsUpper(r2)
}

// isYear reports whether w is four digits, as a year in "© 2017 Acme Inc.".
func isYear(w string) bool {
	return len(w) == 4 && strings.Trim(w, "0123456789") == ""
}

// aliasReach is how far before an alias word its opening parenthesis may
// be: "(hereinafter collectively referred to as" fits.
const aliasReach = 40

// allGeneric reports whether every word of name is an entity.generic or
// entity.skip word.
func (m *metaRules) allGeneric(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if !m.entityGeneric.has(w) && !m.skip.has(w) {
			return false
		}
	}
	return true
}

// Organization returns the name of a legal entity without its legal form:
// "Comcast" for "Comcast Corporation", "Beijing Wali Network Technology"
// for "Beijing Wali Network Technology Co., Ltd.". The legal forms are the
// entity.suffix terms of the metadata rules. A name that is nothing but a
// legal form is returned unchanged.
func (e *Extractor) Organization(entity string) string { return e.doc.meta.organization(entity) }

func (m *metaRules) organization(entity string) string {
	entity = strings.TrimSpace(entity)
	view := textnorm.NewView(entity)
	v := view.Text
	for _, h := range m.suffix.find(v) {
		if strings.TrimRight(v[h.end:], " .") != "" || h.start == 0 {
			continue
		}
		s, _ := view.Span(h.start, h.end)
		if name := strings.TrimRight(entity[:s], " ,"); name != "" {
			return name
		}
	}
	return entity
}

// maxCJKName is the longest Chinese name before a legal form, in
// characters: "广州市动景计算机科技" is ten.
const maxCJKName = 24

// nameBeforeCJK returns the start of the Chinese name that ends at pos, the
// start of its legal form: the ideographs before it, with place names in
// parentheses ("友盟同欣（北京）科技"), back to punctuation, a space or an
// entity.cjk_break word. It returns -1 for fewer than two characters, or
// when no start is found within maxCJKName characters (a run that long is
// prose, not a name).
func (m *metaRules) nameBeforeCJK(src string, pos int) int {
	start, n, open := pos, 0, false
	for start > 0 && n <= maxCJKName {
		r, size := utf8.DecodeLastRuneInString(src[:start])
		switch {
		case r == '）' || r == ')':
			open = true
		case open && (r == '（' || r == '('):
			open = false
		case open && unicode.Is(unicode.Han, r):
		case !unicode.Is(unicode.Han, r) || m.cjkBreakBefore(src[:start]):
			if n < 2 || open {
				return -1
			}
			return start
		}
		start -= size
		n++
	}
	if start > 0 || n < 2 || open {
		return -1
	}
	return start
}

// cjkBreakBefore reports whether text ends with an entity.cjk_break word.
func (m *metaRules) cjkBreakBefore(text string) bool {
	for _, w := range m.cjkBreak {
		if strings.HasSuffix(text, w) {
			return true
		}
	}
	return false
}

// nameBefore returns the start of the capitalised words that end at pos —
// up to eight, stopping at a lower-case word, punctuation or a line break —
// or -1 when there are none.
func (m *metaRules) nameBefore(src string, pos int) int {
	start := -1
	i := pos
	for words := 0; words < 8; words++ {
		j := i
		for j > 0 && (src[j-1] == ' ' || src[j-1] == '\t') {
			j--
		}
		if j == 0 || src[j-1] == '\n' {
			break
		}
		ws := j
		for ws > 0 && !strings.ContainsRune(" \t\n", rune(src[ws-1])) {
			ws--
		}
		w := src[ws:j]
		last, _ := utf8.DecodeLastRuneInString(w)
		// "Amazon.com, Inc.": a comma may end the word before the legal form.
		if strings.ContainsRune(",.;:!?\"'“”‘’", last) && !strings.HasSuffix(w, ")") && !(words == 0 && last == ',') {
			break
		}
		if !capitalised(strings.TrimLeft(w, "(（")) && w != "&" {
			break
		}
		start, i = ws, ws
	}
	if start < 0 {
		return -1
	}
	// Drop sentence openers that are not part of the name ("The ...") and
	// leading dates ("June 2013 Kaufcom GmbH", "© 2017 Autodesk Inc.").
	for start < pos {
		e := start
		for e < pos && src[e] != ' ' {
			e++
		}
		w := strings.ToLower(src[start:e])
		if _, month := m.months[w]; e >= pos || !m.skip.has(w) && !month && !isYear(strings.TrimRight(w, ",")) {
			break
		}
		start = e + 1
		for start < pos && src[start] == ' ' {
			start++
		}
	}
	if start >= pos {
		return -1
	}
	return start
}
