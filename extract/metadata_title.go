package extract

// The product reader: the name a policy's title gives ("<Product> Privacy
// Policy", "Privacy Policy of <Product>").

import (
	"strings"

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
	for _, c := range cands {
		if p := m.productIn(c); p != "" {
			return p
		}
	}
	return ""
}

// productLines is how many short lines at the start of the text may name
// the product.
const productLines = 8

func (m *metaRules) productIn(line string) string {
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
		p = strings.Trim(strings.TrimSpace(p), `"'“”‘’-–—:|,[]`)
		p = strings.TrimSuffix(strings.TrimSuffix(p, "'s"), "’s")
		words := strings.Fields(p)
		if len(words) == 0 || len(words) > 6 || strings.HasSuffix(p, ".") || strings.Contains(p, ". ") {
			return ""
		}
		if m.dateCue.has(textnorm.NewView(p).Text) {
			return "" // "Privacy Policy - Effective May 3, 2016"
		}
		// "Changes to our Privacy Policy", "Mobile Application Privacy
		// Policy": the words before the title name no product.
		if m.titleStop.has(strings.ToLower(words[len(words)-1])) || m.genericTitle(strings.ToLower(p)) {
			return ""
		}
		// "Acme, LLC Privacy Policy" names the company, not a product.
		pv := textnorm.NewView(p).Text
		for _, h := range m.suffix.find(pv) {
			if strings.TrimRight(pv[h.end:], " .") == "" {
				return ""
			}
		}
		return docCollapse(p)
	}
	for _, h := range m.titleSuffix.find(v) {
		// "<Product> Privacy Policy", also with a tagline after a
		// separator: "<Product> Privacy Policy - Find Your Match".
		if h.start > 0 && titleRest(v[h.end:]) {
			if p := pick(0, h.start); p != "" {
				return p
			}
			// "Customer Data Privacy Policy | United Airlines": a generic
			// title before the phrase, the site's name after it.
			if rest := strings.TrimLeft(v[h.end:], titleSeparators); rest != "" && len(rest) < len(v[h.end:]) && m.genericTitle(v[:h.start]) {
				return pick(len(v)-len(rest), len(v))
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
	if hits := m.titleSuffix.find(v); len(hits) > 0 && hits[0].start == 0 {
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
