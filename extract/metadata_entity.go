package extract

// The controller reader: the legal entity a policy speaks for, found by the
// legal form that ends its name ("Inc.", "Co., Ltd.") and preferred when an
// alias follows it ("(the “Company”, “we”)").

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privtext/go-privtext/internal/textnorm"
)

// controller returns the legal entity the policy names, preferring one
// introduced with an alias. suffixes are the entity.suffix matches of the
// view.
func (m *metaRules) controller(src string, view *textnorm.View, suffixes []docHit) string {
	v := view.Text
	first, firstBare := "", ""
	for _, h := range suffixes {
		ss, se := view.Span(h.start, h.end)
		if r, _ := utf8.DecodeRuneInString(src[ss:]); !unicode.IsUpper(r) {
			continue // "a limited liability company"
		}
		ns := m.nameBefore(src, ss)
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
		name := docCollapse(src[ns:se])
		if m.entityStop.has(strings.ToLower(src[ns:ss])) {
			continue // "(Including But Not Limited To ...)"
		}
		_, sentEnd := docSentence(v, h.start, h.end)
		if !inParens && m.alias.has(v[h.end:min(sentEnd, h.end+60)]) {
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
	return first
}

// Organization returns the name of a legal entity without its legal form:
// "Comcast" for "Comcast Corporation", "Beijing Wali Network Technology"
// for "Beijing Wali Network Technology Co., Ltd.". The legal forms are the
// entity.suffix terms of the metadata rules. A name that is nothing but a
// legal form is returned unchanged.
func (e *Extractor) Organization(entity string) string {
	entity = strings.TrimSpace(entity)
	view := textnorm.NewView(entity)
	v := view.Text
	for _, h := range e.doc.meta.suffix.find(v) {
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
		if strings.ContainsRune(",.;:!?\"'“”‘’", last) && !strings.HasSuffix(w, ")") {
			break
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "(（"))
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || w == "&") {
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
		if _, month := m.months[w]; e >= pos || !m.skip.has(w) && !month && strings.Trim(w, "0123456789,") != "" {
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
