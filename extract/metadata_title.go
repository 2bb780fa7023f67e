package extract

// The product reader: the name a policy's title gives ("<Product> Privacy
// Policy", "Privacy Policy of <Product>").

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privtext/go-privtext/internal/textnorm"
)

// product reads the product name from a title "<Product> Privacy Policy"
// or "Privacy Policy of <Product>": the given title, else the page's own
// title, else one of the first lines of the text.
func (m *metaRules) product(title, pageTitle, src string) string {
	cands := []string{title, pageTitle}
	for _, ln := range docSplitLines(src) {
		if len(cands) == 2+productLines {
			break
		}
		s, e := docTrim(src, ln.start, ln.end)
		if s < e && e-s <= 100 {
			cands = append(cands, src[s:e])
		}
	}
	for i, c := range cands {
		suffixes := m.titleSuffix
		if i == 1 {
			suffixes = m.pageTitleSuffix
		}
		if p := m.productIn(c, suffixes, src); p != "" {
			return p
		}
	}
	if p := m.productAliased(src); p != "" {
		return p
	}
	return m.productTitled(pageTitle, src)
}

// productTitled returns the page title when it is nothing but a name that
// the text repeats: a page titled "Yahoo Mail" or "PmangPlus" whose text
// names it again. A tagline ("Free Community-based Mapping, Traffic &
// Navigation App") is not repeated, and a title with separators or a title
// phrase was read by productIn.
func (m *metaRules) productTitled(pageTitle, src string) string {
	t := docCollapse(strings.TrimSpace(pageTitle))
	if t == "" || strings.ContainsAny(t, titleSeparators[1:]+",.!?()&") || !m.productName(t) {
		return ""
	}
	words := strings.Fields(t)
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return "" // "Privacy police"
		}
	}
	if m.titleGeneric.has(strings.ToLower(words[len(words)-1])) {
		return "" // "Baidu User Agreement"
	}
	if strings.Count(strings.ToLower(src), strings.ToLower(t)) < 2 {
		return ""
	}
	return t
}

// productAliasReach is how far into the text productAliased looks: the
// opening paragraphs, where a policy defines its terms.
const productAliasReach = 20000

// productAliased returns the first name followed by an alias in
// parentheses whose quoted word is a product.alias word: `360 Security (the
// "Software")`, `HOLA Launcher ((“SERVICE”, ...))`, `the Flashlight HD
// mobile application ("Service")` (product.noun words between the name and
// the parenthesis are dropped). The name is a run of capitalised words on
// its line, as nameBefore reads it; a generic one ("the Mobile
// Application"), a company ("Acme Inc.") or an all-capitals run of more
// than three words ("AVAILABLE THROUGH THESE PLATFORMS") is no product.
func (m *metaRules) productAliased(src string) string {
	text := src[:min(len(src), productAliasReach)]
	// The next '(' and '（' are searched apart and kept: IndexAny reads a
	// non-ASCII set rune by rune, a cost the first 20 KB of every policy
	// felt.
	narrow, wide := -1, -1
	for i := 0; i < len(text); {
		if narrow < i {
			if narrow = strings.IndexByte(text[i:], '('); narrow >= 0 {
				narrow += i
			} else {
				narrow = len(text)
			}
		}
		if wide < i {
			if wide = strings.Index(text[i:], "（"); wide >= 0 {
				wide += i
			} else {
				wide = len(text)
			}
		}
		open := min(narrow, wide)
		if open == len(text) {
			break
		}
		_, n := utf8.DecodeRuneInString(text[open:])
		i = open + n
		if !m.productAliasAt(text[i:min(len(text), i+aliasReach)]) {
			continue
		}
		end := open
		for end > 0 && (text[end-1] == ' ' || text[end-1] == '\t') {
			end--
		}
		// Drop product nouns: "the Flashlight HD mobile application".
		for {
			v := textnorm.NewView(text[max(0, end-40):end])
			cut := -1
			for _, h := range m.productNoun.find(v.Text) {
				if strings.TrimSpace(v.Text[h.end:]) == "" {
					s, _ := v.Span(h.start, h.end)
					cut = max(0, end-40) + s
				}
			}
			if cut < 0 {
				break
			}
			end = cut
			for end > 0 && text[end-1] == ' ' {
				end--
			}
		}
		ns := m.nameBefore(text, end)
		if ns < 0 {
			continue
		}
		name := docCollapse(strings.TrimSpace(text[ns:end]))
		if m.productName(name) {
			return name
		}
	}
	return ""
}

// productAliasAt reports whether s, the text after an opening parenthesis,
// opens an alias of a product: an optional second parenthesis and opening
// words, then a quoted product.alias word.
func (m *metaRules) productAliasAt(s string) bool {
	s = strings.TrimLeft(s, " (（")
	q := strings.IndexAny(s, "\"“”'‘’")
	if q < 0 || q > 30 || strings.ContainsAny(s[:q], ",;.)") {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[q:])
	rest := s[q+n:]
	e := strings.IndexAny(rest, "\"“”'‘’")
	if e <= 0 {
		return false
	}
	v := textnorm.NewView(strings.TrimSpace(rest[:e])).Text
	_, ok := m.productAlias.label[v]
	return ok
}

// productName reports whether name can be a product: a few words, neither
// generic ("Changes to our", "Mobile Application") nor a company ("Acme,
// LLC"), and not a run of capitals longer than three words.
func (m *metaRules) productName(name string) bool {
	if strings.ContainsAny(name, "|\t") {
		return false // a table's header row ("SDK名称|第三方主体|…|隐私政策")
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	if len(words) > 3 && strings.ToUpper(name) == name || strings.ContainsAny(name, "()（）") {
		return false
	}
	lower := strings.ToLower(name)
	if m.titleStop.has(strings.ToLower(words[len(words)-1])) || m.genericTitle(lower) {
		return false
	}
	v := textnorm.NewView(name).Text
	for _, h := range m.suffix.find(v) {
		if strings.TrimRight(v[h.end:], " .") == "" {
			return false
		}
	}
	return true
}

// productLines is how many short lines at the start of the text may name
// the product.
const productLines = 8

// productIn reads the product from one title or line, given the title
// phrases that may follow or precede it.
func (m *metaRules) productIn(line string, suffixes *docTerms, src string) string {
	line = strings.TrimRight(strings.TrimSpace(line), ".:")
	if line == "" {
		return ""
	}
	view := textnorm.NewView(line)
	v := view.Text
	pick := func(vs, ve int) string {
		s, e := view.Span(vs, ve)
		p := strings.TrimRight(line[s:e], titleSeparators)
		// "Amazon.com Help: Amazon.com Privacy Notice", "Foo | Bar
		// Privacy Policy": the product is the last part; "BLYTS, LLC
		// ("BLYTS") ...": not the alias.
		for _, sep := range []string{": ", " | ", " - ", " – ", " — ", " ~ ", "/", "»", ">"} {
			if k := strings.LastIndex(p, sep); k >= 0 {
				p = p[k+len(sep):]
			}
		}
		if k := strings.IndexAny(p, "(（"); k >= 0 {
			p = p[:k]
		}
		p = strings.Trim(strings.TrimSpace(p), `"'“”‘’-–—:|,[]&《》「」【】`)
		p = strings.TrimSuffix(strings.TrimSuffix(p, "'s"), "’s")
		words := strings.Fields(p)
		// "Laserbreak Application", "HeroCraft Official Website": product
		// nouns that are also generic title words are not part of a name
		// after them ("Sungy Mobile" and "Big Duck Games" are names).
		for cut := true; cut; {
			cut = false
			for n := min(2, len(words)-1); n >= 1 && !cut; n-- {
				tail := textnorm.NewView(strings.Join(words[len(words)-n:], " ")).Text
				if _, ok := m.productNoun.label[tail]; ok && m.titleGeneric.has(tail[strings.LastIndexByte(tail, ' ')+1:]) {
					words, cut = words[:len(words)-n], true
					p = strings.Join(words, " ")
				}
			}
		}
		if strings.HasSuffix(p, ".") || strings.Contains(p, ". ") || !m.productName(p) {
			return ""
		}
		if m.dateCue.has(textnorm.NewView(p).Text) {
			return "" // "Privacy Policy - Effective May 3, 2016"
		}
		return docCollapse(p)
	}
	for _, h := range suffixes.find(v) {
		// A page-title-only phrase ("Privacy") follows its name after a
		// separator ("CultureAlley - Privacy"), or after a name the text
		// repeats ("TuneIn Radio Privacy"), not after a word ("Respecting
		// Privacy", "Student Privacy").
		_, full := m.titleSuffix.label[v[h.start:h.end]]
		bare := !full && !endsWithSeparator(v[:h.start])
		// "<Product> Privacy Policy", also with a tagline after a
		// separator: "<Product> Privacy Policy - Find Your Match".
		if h.start > 0 && titleRest(v[h.end:]) {
			if p := pick(0, h.start); p != "" && (!bare || wordCount(src, p, v[h.start:h.end]) >= 2) {
				return p
			}
			// "Customer Data Privacy Policy | United Airlines": a generic
			// title before the phrase, the site's name after it.
			if rest := strings.TrimLeft(v[h.end:], titleSeparators); rest != "" && len(rest) < len(v[h.end:]) && m.genericTitle(v[:h.start]) {
				return pick(len(v)-len(rest), len(v))
			}
			if bare {
				continue
			}
			return ""
		}
	}
	for _, h := range m.titlePrefix.find(v) {
		if strings.TrimSpace(v[:h.start]) == "" {
			return pick(h.end, len(v))
		}
	}
	// "Privacy Policy: <Product>", "Privacy Policy | <Product>". When more
	// parts follow, a tagline is among them ("Privacy Policy - BitTorrent -
	// Delivering the World's Content", "Privacy Policy | We are serious
	// about your privacy | AVG"): the shortest part that names something
	// is the product.
	if hits := suffixes.find(v); len(hits) > 0 && hits[0].start == 0 {
		rest := v[hits[0].end:]
		if t := strings.TrimLeft(rest, titleSeparators); len(t) < len(rest) && strings.TrimSpace(rest[:len(rest)-len(t)]) != "" {
			best := ""
			for _, part := range titleParts(len(v)-len(t), v) {
				if p := pick(part.start, part.end); p != "" && (best == "" || len(strings.Fields(p)) < len(strings.Fields(best))) {
					best = p
				}
			}
			return best
		}
	}
	return ""
}

// titleParts cuts v from start on at the separators of page titles (" | ",
// " - ", ...) into the spans of its parts.
func titleParts(start int, v string) []docHit {
	var out []docHit
	for start < len(v) {
		end := len(v)
		next := len(v)
		for _, sep := range titlePartSeparators {
			if k := strings.Index(v[start:], sep); k >= 0 && start+k < end {
				end, next = start+k, start+k+len(sep)
			}
		}
		out = append(out, docHit{start: start, end: end})
		start = next
	}
	return out
}

// genericTitle reports whether every word of a title part is a title.stop
// or title.generic word ("Customer Data", "Mobile App").
func (m *metaRules) genericTitle(part string) bool {
	words := strings.FieldsFunc(part, func(r rune) bool { return strings.ContainsRune(titleSeparators, r) })
	for _, w := range words {
		if !m.titleStop.has(w) && !m.titleGeneric.has(w) {
			return false
		}
		// Chinese runs into Latin without a space: "示例App" holds the
		// word "app" but is a name.
		if !isASCII(w) && m.titleStop.label[w] == "" && m.titleGeneric.label[w] == "" {
			return false
		}
	}
	return len(words) > 0
}

// titleSeparators are the characters that separate the parts of a page
// title ("Privacy Policy - Acme", "Acme | Privacy Policy").
const titleSeparators = " -–—:|/·•»~"

// titlePartSeparators separate the parts of a page title: "Privacy Policy
// - BitTorrent - Delivering the World's Content".
var titlePartSeparators = []string{" | ", " - ", " – ", " — ", " · ", " • ", " ~ "}

// titleRest reports whether what follows a title phrase is nothing, or a
// separator and then something else (a tagline, a site name).
func titleRest(rest string) bool {
	if strings.TrimSpace(rest) == "" {
		return true
	}
	if strings.HasPrefix(rest, ": ") || strings.HasPrefix(rest, " : ") {
		return true
	}
	for _, sep := range titlePartSeparators {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// endsWithSeparator reports whether s ends with a title separator before
// any trailing spaces: "CultureAlley - ", "Acme |".
func endsWithSeparator(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " "))
	return r != ' ' && r != utf8.RuneError && strings.ContainsRune(titleSeparators, r)
}

// wordCount counts the whole-word occurrences of name in text that the
// phrase does not follow: in "Student Privacy\n\nStudent records are ..."
// "Student" stands once on its own (the title's copy does not count), and
// "Go" does not stand in "Google". The phrase is compared without case.
func wordCount(text, name, phrase string) int {
	n := 0
	for i := 0; ; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			return n
		}
		s, e := i+k, i+k+len(name)
		i = e
		if r, _ := utf8.DecodeLastRuneInString(text[:s]); s > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[e:]); e < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		if rest := strings.TrimLeft(text[e:], " "); len(rest) >= len(phrase) && strings.EqualFold(rest[:len(phrase)], phrase) {
			continue
		}
		n++
	}
}
