package extract

// Metadata readers for contacts, governing law, storage locations and
// durations. Like those of metadata.go they match on the document's view and
// report spans and values from the document text.

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privtext/go-privtext/internal/textnorm"
)

// emailPattern matches an e-mail address in the (lower-case) view. Compiled
// once; addresses are syntax, not vocabulary, so the pattern is code.
var emailPattern = regexp.MustCompile(`[a-z0-9][a-z0-9._%+\-]*@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,}`)

// contacts returns the e-mail addresses, URLs, phone numbers and postal
// addresses of the document, each value once (at its first occurrence), in
// order of position. A URL counts only outside SDK records and when its
// sentence has a contact cue ("contact us on", "visit"); phone numbers and
// addresses only after their labels ("Tel:", "Mailing address:").
//
// phones are the contact.phone matches of the view.
func (d *documentRules) contacts(src string, view *textnorm.View, sdks []SDK, phones []docHit) []Contact {
	m := &d.meta
	v := view.Text
	var out []Contact
	seen := map[string]bool{}
	add := func(kind, value string, s, e int) {
		key := kind + "\x00" + strings.ToLower(value)
		if value == "" || seen[key] {
			return
		}
		seen[key] = true
		out = append(out, Contact{Kind: kind, Value: value, Start: s, End: e})
	}
	for _, g := range findInLines(emailPattern, v, func(l string) bool { return strings.IndexByte(l, '@') >= 0 }) {
		s, e := view.Span(g[0], g[1])
		e = s + emailEnd(src[s:e])
		add(ContactEmail, src[s:e], s, e)
	}
	for _, g := range d.urlsIn(v) {
		if strings.HasPrefix(v[g[0]:g[1]], "mailto:") {
			continue
		}
		s, e := view.Span(g[0], g[1])
		if inSDK(sdks, s) {
			continue
		}
		ss, se := docSentence(v, g[0], g[1])
		if !m.contactCue.has(v[ss:g[0]] + " " + v[g[1]:se]) {
			continue
		}
		for _, u := range splitGluedURLs(src[s:e]) {
			add(ContactURL, u, s, s+len(u))
			s += len(u)
		}
	}
	for _, h := range phones {
		if vs, ve, ok := phoneAfter(v, h.end); ok {
			s, e := view.Span(vs, ve)
			add(ContactPhone, src[s:e], s, e)
		}
	}
	for _, a := range m.addresses(src, view, sdks) {
		add(ContactAddress, a.value, a.start, a.end)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// emailEnd returns the length of an address matched in the lower-case view
// without a sentence glued to its end: "privacy@example.com.Thanks" ends
// before ".Thanks", whose capital the view does not show.
func emailEnd(addr string) int {
	at := strings.IndexByte(addr, '@')
	for {
		k := strings.LastIndexByte(addr, '.')
		if k < 0 || k <= at || strings.Count(addr[at:k], ".") == 0 {
			return len(addr)
		}
		r, _ := utf8.DecodeRuneInString(addr[k+1:])
		if !unicode.IsUpper(r) {
			return len(addr)
		}
		addr = addr[:k]
	}
}

func inSDK(sdks []SDK, pos int) bool {
	for _, s := range sdks {
		if s.Start <= pos && pos < s.End {
			return true
		}
	}
	return false
}

// docLabelColon returns the offset after "label:" when v[pos:] is blanks and a
// colon, or -1.
func docLabelColon(v string, pos int) int {
	for pos < len(v) && (v[pos] == ' ' || v[pos] == '\t') {
		pos++
	}
	if pos < len(v) && v[pos] == ':' {
		return pos + 1
	}
	return -1
}

// phoneAfter reads a telephone number after a phone label and its colon: a
// run of digits, blanks and "+-()./" holding at least seven digits.
func phoneAfter(v string, pos int) (int, int, bool) {
	pos = docLabelColon(v, pos)
	if pos < 0 {
		return 0, 0, false
	}
	for pos < len(v) && v[pos] == ' ' {
		pos++
	}
	end, digits := pos, 0
	for i := pos; i < len(v) && strings.IndexByte("0123456789+-()./ ", v[i]) >= 0; i++ {
		if '0' <= v[i] && v[i] <= '9' {
			digits++
			end = i + 1
		} else if v[i] == ')' {
			end = i + 1
		}
	}
	if digits < 7 {
		return 0, 0, false
	}
	return pos, end, true
}

type addressHit struct {
	value      string
	start, end int
}

// addresses finds postal addresses: the rest of a line after "Address:", or
// the short lines that follow a line ending in a colon that announces an
// address ("Mailing address:", "... at the address below:"), up to four, up
// to a list item, a labelled line ("Email: ..."), a link or a sentence.
func (m *metaRules) addresses(src string, view *textnorm.View, sdks []SDK) []addressHit {
	v := view.Text
	lines := docSplitLines(v)
	var out []addressHit
	for i, ln := range lines {
		hits := m.addressHits(v[ln.start:ln.end])
		if len(hits) == 0 {
			continue
		}
		if after := docLabelColon(v, ln.start+hits[0].end); after > 0 {
			vs, ve := docTrim(v, after, ln.end)
			if k := strings.IndexByte(v[vs:ve], ';'); k >= 0 {
				ve = vs + k
			}
			s, e := view.Span(vs, ve)
			e = s + sentenceCut(src[s:e])
			if value := docCollapse(strings.TrimRight(src[s:e], ". ")); plausibleAddress(value) {
				out = append(out, addressHit{value, s, s + len(strings.TrimRight(src[s:e], ". "))})
				continue
			}
		}
		ls, le := docTrim(v, ln.start, ln.end)
		if le == ls || v[le-1] != ':' {
			continue
		}
		// The line must announce the address, not mention one in passing:
		// "Mailing address:", "... write to us at the address below:".
		if last := hits[len(hits)-1]; ln.start+last.end < le-60 && textnorm.CountFields(v[ls:le], 12) > 12 {
			continue
		}
		if s, _ := view.Span(ls, le); inSDK(sdks, s) {
			continue // "Official website/address of privacy policies:"
		}
		var parts []string
		start, end := -1, -1
		for _, next := range lines[i+1:] {
			ns, ne := docTrim(v, next.start, next.end)
			if ns == ne {
				continue
			}
			t := v[ns:ne]
			if len(parts) == 4 || ne-ns > 120 || strings.HasPrefix(t, "•") || t[len(t)-1] == ':' || numberedHeading(t) ||
				m.labelledLine(t) || emailPattern.MatchString(t) || strings.Contains(t, "://") ||
				strings.ContainsAny(t[len(t)-1:], ".!?") && textnorm.CountFields(t, 8) > 8 {
				break
			}
			s, e := view.Span(ns, ne)
			if start < 0 {
				start = s
			}
			end = e
			parts = append(parts, strings.TrimRight(docCollapse(src[s:e]), ","))
		}
		// Judge the lines as written: the commas that join them are ours.
		if plausibleAddress(strings.Join(parts, " ")) {
			out = append(out, addressHit{strings.Join(parts, ", "), start, end})
		}
	}
	return out
}

// addressHits returns the address labels of a view line that are not part
// of a longer term for something else ("email address", "IP address").
func (m *metaRules) addressHits(line string) []docHit {
	hits := m.address.find(line)
	if len(hits) == 0 {
		return nil
	}
	return withoutOverlap(hits, m.addressNot.find(line))
}

// withoutOverlap returns the hits that overlap none of the not hits, in
// time linear in both (a line may hold thousands of each).
func withoutOverlap(hits, not []docHit) []docHit {
	if len(not) == 0 {
		return hits
	}
	// Merge the not hits into disjoint spans sorted by start, so that a
	// sweep over hits sorted by start visits each span once.
	slices.SortFunc(not, func(a, b docHit) int { return a.start - b.start })
	spans := not[:1]
	for _, n := range not[1:] {
		if last := &spans[len(spans)-1]; n.start < last.end {
			last.end = max(last.end, n.end)
			continue
		}
		spans = append(spans, n)
	}
	slices.SortFunc(hits, func(a, b docHit) int { return a.start - b.start })
	out := hits[:0]
	j := 0
	for _, h := range hits {
		for j < len(spans) && spans[j].end <= h.start {
			j++
		}
		if j < len(spans) && spans[j].start < h.end {
			continue
		}
		out = append(out, h)
	}
	return out
}

// sentenceCut returns the length of the first sentence of an address value
// that runs on into prose: it ends at ". " before a capital letter when the
// word before the period is not an abbreviation ("No. 5", "St. Louis").
func sentenceCut(s string) int {
	for i := 0; i+2 < len(s); i++ {
		if s[i] != '.' || s[i+1] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i+2:])
		w := i
		for w > 0 && (s[w-1] == ')' || s[w-1] == '"') {
			w--
		}
		i0 := w
		for w > 0 && unicode.IsLetter(rune(s[w-1])) {
			w--
		}
		if unicode.IsUpper(r) && i0-w >= 4 {
			return i
		}
	}
	return len(s)
}

// numberedHeading reports whether a line opens with a section number,
// "11. Copyright".
func numberedHeading(t string) bool {
	i := 0
	for i < len(t) && '0' <= t[i] && t[i] <= '9' {
		i++
	}
	return i > 0 && i+2 < len(t) && t[i] == '.' && t[i+1] == ' ' && unicode.IsLetter(rune(t[i+2]))
}

// plausibleAddress reports whether a value looks like a postal address
// rather than prose: short, with a number (street, postcode) or at least
// two commas.
func plausibleAddress(s string) bool {
	return s != "" && len(s) <= 250 && (strings.ContainsAny(s, "0123456789") || strings.Count(s, ",") >= 2)
}

// labelledLine reports whether a view line starts with a contact label and
// a colon ("email: ...", "tel: ...").
func (m *metaRules) labelledLine(t string) bool {
	for _, set := range []*docTerms{m.email, m.phone, m.address} {
		for _, h := range set.find(t) {
			if strings.TrimSpace(t[:h.start]) == "" && docLabelColon(t, h.end) > 0 {
				return true
			}
		}
	}
	return false
}

// findInLines returns the submatch indexes (in v) of re on the lines of v
// that pass keep, a cheap test that spares the regular expression the lines
// that cannot match: most of a policy has no '@', digit or time unit.
func findInLines(re *regexp.Regexp, v string, keep func(line string) bool) [][]int {
	return findIn(re, v, keptLines(v, keep))
}

// keptLines returns the lines of v that pass keep.
func keptLines(v string, keep func(line string) bool) []docLine {
	lines := docSplitLines(v)
	n := 0
	for _, ln := range lines {
		if keep(v[ln.start:ln.end]) {
			lines[n] = ln
			n++
		}
	}
	return lines[:n]
}

// findIn returns the submatch indexes (in v) of re on the given lines of v.
func findIn(re *regexp.Regexp, v string, lines []docLine) [][]int {
	var out [][]int
	for _, ln := range lines {
		l := v[ln.start:ln.end]
		for _, g := range re.FindAllStringSubmatchIndex(l, -1) {
			for i := range g {
				if g[i] >= 0 {
					g[i] += ln.start
				}
			}
			out = append(out, g)
		}
	}
	return out
}

// hasYear reports whether s has a run of four digits, as every date has.
// Any four consecutive bytes include one at an offset of 3 mod 4, so only
// those are tested, and the run through a digit found there is measured:
// a quarter of the reads on the whole document, and still linear, since a
// run that is measured twice is shorter than four.
func hasYear(s string) bool {
	digit := func(c byte) bool { return '0' <= c && c <= '9' }
	for i := 3; i < len(s); i += 4 {
		if !digit(s[i]) {
			continue
		}
		l, r := i, i+1
		for l > 0 && digit(s[l-1]) {
			l--
		}
		for r < len(s) && digit(s[r]) {
			r++
		}
		if r-l >= 4 {
			return true
		}
	}
	return false
}

// urlsIn returns the spans of the URLs of v. xurls' expression is large, so
// it runs only on the blank-free run around each "://".
func (d *documentRules) urlsIn(v string) [][]int {
	var out [][]int
	last := 0
	for i := 0; ; {
		k := strings.Index(v[i:], "://")
		if k < 0 {
			return out
		}
		k += i
		if k < last { // inside the previous URL ("...cc=CNhttps://")
			i = k + 3
			continue
		}
		ws := max(k-12, last)
		if b := strings.LastIndexAny(v[ws:k], " \t\n"); b >= 0 {
			ws += b + 1
		}
		we := len(v)
		if b := strings.IndexAny(v[k:], " \t\n"); b >= 0 {
			we = k + b
		}
		for _, g := range d.url.FindAllStringIndex(v[ws:we], -1) {
			if ws+g[0] >= last {
				out = append(out, []int{ws + g[0], ws + g[1]})
				last = ws + g[1]
			}
		}
		i = k + 3
	}
}
