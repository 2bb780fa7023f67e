package extract

// Document-level extraction: the facts a policy states once for the whole
// text rather than clause by clause — its SDK disclosure list (sdk.go) and
// what it says about itself (metadata.go, metadata_contact.go).
//
// Both readers work on the document text directly, line by line and
// sentence by sentence, rather than on the segmenter's clauses: a record of
// an SDK list spans several lines that a segmenter may cut into headings,
// list items and sentences in ways that differ between formats, and metadata
// such as a postal address runs over lines that are not sentences at all.
// Clauses are used where they carry what the text alone does not: the column
// headers of table rows (Input.Label "Name | Purpose | ...").
//
// The vocabularies — SDK field names, legal-form suffixes, date and duration
// cues, month and number words — are read from rules/sdkfields.txt and
// rules/metadata.txt (formats in their headers and in rules/README.md) and
// compiled once, when the Extractor is built, into term indexes (docTerms)
// and a few regular expressions (dates, durations) matched on the textnorm
// view. Nothing is compiled per call and the compiled rules are never
// written afterwards, so an Extractor is safe for concurrent use.

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/privtext/go-privtext/internal/rulefile"
	"github.com/privtext/go-privtext/internal/textnorm"
	"mvdan.cc/xurls/v2"
)

// documentRules holds the compiled SDK-list and metadata rules.
type documentRules struct {
	sdk  sdkRules
	meta metaRules
	url  *regexp.Regexp // xurls.Strict, compiled once
}

func compileDocumentRules(l *loader) (*documentRules, error) {
	var errs rulefile.ErrorList
	collect := func(err error) {
		if list, ok := err.(rulefile.ErrorList); ok {
			errs = append(errs, list...)
		} else if err != nil {
			errs = append(errs, &rulefile.Error{File: "?", Msg: err.Error()})
		}
	}
	d := &documentRules{url: xurls.Strict()}
	entries, err := l.entries("sdkfields.txt")
	collect(err)
	collect(d.sdk.compile(entries))
	entries, err = l.entries("metadata.txt")
	collect(err)
	collect(d.meta.compile(entries))
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return d, nil
}

func (d *documentRules) document(e *Extractor, doc Document) DocResult {
	var r DocResult
	if doc.Text == "" {
		return r
	}
	lines := docSplitLines(doc.Text)
	r.SDKs = d.sdks(e, doc, lines)
	view := textnorm.NewView(doc.Text)
	d.metadata(&r.Metadata, doc, view, r.SDKs, e.registryOrgs)
	return r
}

// mentionsIn runs the vocabulary over a piece of the document (an SDK
// field, a candidate name) that starts at offset.
func (e *Extractor) mentionsIn(text string, offset int) (data, purposes, parties []Mention) {
	if e == nil || e.vocab == nil || text == "" {
		return nil, nil, nil
	}
	return e.vocab.mentions(&clause{in: Input{Text: text, Offset: offset}, view: textnorm.NewView(text)})
}

// registryOrgs returns the ids of the registry parties the vocabulary finds
// in text, with the owner of each SDK ("sdk.wechat" brings "org.tencent").
func (e *Extractor) registryOrgs(text string) []string {
	_, _, parties := e.mentionsIn(text, 0)
	var out []string
	for _, m := range parties {
		if !strings.HasPrefix(m.Label, "org.") && !strings.HasPrefix(m.Label, "sdk.") {
			continue
		}
		out = append(out, m.Label)
		if i, ok := slices.BinarySearchFunc(e.vocab.parties, m.Label, func(p Party, id string) int { return strings.Compare(p.ID, id) }); ok && e.vocab.parties[i].Owner != "" {
			out = append(out, e.vocab.parties[i].Owner)
		}
	}
	return out
}

// docTerms matches the terms of some rule-file labels as whole words of a
// matching view. Terms are put in their view form when compiled, so a rule
// written "Co., Ltd." matches "CO.,LTD" and curly-quoted variants alike.
//
// Matching is a lookup per token start: terms are indexed by their first
// token (an ASCII word, or one other character), longest first, so a scan
// costs one map probe per word of the text — big alternations compiled to
// regular expressions were the bottleneck of the document readers.
type docTerms struct {
	// lens[b] has bit n set when some term's first token starts with byte b
	// and is n bytes long (n capped at 63): a pre-test that spares the map
	// probe for nearly every word of the text.
	lens  [256]uint64
	byKey map[string][]string // first token → terms, longest first
	label map[string]string   // view form of a term → its label
}

func tokenLenBit(n int) uint64 { return 1 << min(n, 63) }

type docHit struct {
	start, end int // view offsets
	label      string
}

// newDocTerms compiles the terms of the entries whose label keep accepts.
func newDocTerms(entries []rulefile.Entry, keep func(label string) bool) *docTerms {
	p := &docTerms{byKey: map[string][]string{}, label: map[string]string{}}
	for _, e := range entries {
		if !keep(e.Label) {
			continue
		}
		for _, t := range e.Terms {
			v := textnorm.NewView(t).Text
			if _, dup := p.label[v]; !dup {
				k := v[:docTokenEnd(v, 0)]
				p.byKey[k] = append(p.byKey[k], v)
				if v != "" {
					p.lens[v[0]] |= tokenLenBit(len(k))
				}
			}
			p.label[v] = e.Label
		}
	}
	for _, terms := range p.byKey {
		sort.Slice(terms, func(i, j int) bool { return len(terms[i]) > len(terms[j]) })
	}
	return p
}

// docTokenEnd returns the end of the token at s[i]: a run of ASCII letters
// and digits, or a single other character.
func docTokenEnd(s string, i int) int {
	if i >= len(s) {
		return i
	}
	if !docWordByte(s[i]) {
		if s[i] < utf8.RuneSelf {
			return i + 1
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		return i + n
	}
	j := i
	for j < len(s) && docWordByte(s[j]) {
		j++
	}
	return j
}

// at returns the longest whole-word term that starts at s[i], where the
// token at s[i] ends at tokEnd.
func (p *docTerms) at(s string, i, tokEnd int) (docHit, bool) {
	if p.lens[s[i]]&tokenLenBit(tokEnd-i) == 0 || i > 0 && docWordByte(s[i]) && docWordByte(s[i-1]) {
		return docHit{}, false
	}
	for _, t := range p.byKey[s[i:tokEnd]] {
		if strings.HasPrefix(s[i:], t) && docWholeWord(s, i, i+len(t)) {
			return docHit{i, i + len(t), p.label[t]}, true
		}
	}
	return docHit{}, false
}

// find returns the whole-word matches in s, leftmost-longest, without
// overlaps.
func (p *docTerms) find(s string) []docHit {
	var out []docHit
	for i := 0; ; {
		h, ok := p.next(s, i)
		if !ok {
			return out
		}
		out = append(out, h)
		i = h.end
	}
}

// next returns the first whole-word match in s at or after pos; matches
// found by successive calls may overlap.
//
// The readers scan the whole document with several term sets, so the loop
// is tight: one table lookup per byte outside words and per word, and the
// token boundary and the map probe only where a term can begin (lens).
// Terms start only at token starts; the positions it skips inside a UTF-8
// sequence could never match anyway, since a term's view form is valid
// UTF-8 and no continuation byte begins one.
func (p *docTerms) next(s string, pos int) (docHit, bool) {
	for i := pos; i < len(s); {
		c := s[i]
		if !docWordByte(c) {
			if p.lens[c] != 0 {
				end := docTokenEnd(s, i)
				if h, ok := p.at(s, i, end); ok {
					return h, true
				}
			}
			i++
			continue
		}
		end := i + 1
		for end < len(s) && docWordByte(s[end]) {
			end++
		}
		if p.lens[c]&tokenLenBit(end-i) != 0 {
			if h, ok := p.at(s, i, end); ok {
				return h, true
			}
		}
		i = end
	}
	return docHit{}, false
}

// docTermGroup runs the find of several term sets in one pass: the metadata
// reader scans the whole document with each of them, and walking the
// text's tokens once instead of once per set is most of the saving.
type docTermGroup struct {
	sets []*docTerms
	lens [256]uint64 // union of the sets' lens
}

func newDocTermGroup(sets ...*docTerms) *docTermGroup {
	g := &docTermGroup{sets: sets}
	for _, p := range sets {
		for c := range g.lens {
			g.lens[c] |= p.lens[c]
		}
	}
	return g
}

// find returns, for each set in order, what its find would return on s.
// The token walk is next's, written out again: sharing it through a
// callback made the document stage about a fifth slower; a set whose last match has not ended yet skips
// the token, as its own find would resume at the match end, and every such
// end is a token start of the walk.
func (g *docTermGroup) find(s string) [][]docHit {
	out := make([][]docHit, len(g.sets))
	resume := make([]int, len(g.sets))
	try := func(i, end int) {
		for k, p := range g.sets {
			if i < resume[k] {
				continue
			}
			if h, ok := p.at(s, i, end); ok {
				out[k] = append(out[k], h)
				resume[k] = h.end
			}
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if !docWordByte(c) {
			if g.lens[c] != 0 {
				try(i, docTokenEnd(s, i))
			}
			i++
			continue
		}
		end := i + 1
		for end < len(s) && docWordByte(s[end]) {
			end++
		}
		if g.lens[c]&tokenLenBit(end-i) != 0 {
			try(i, end)
		}
		i = end
	}
	return out
}

// has reports whether s contains a whole-word match.
func (p *docTerms) has(s string) bool {
	_, ok := p.next(s, 0)
	return ok
}

// terms returns the terms in their view form, longest first.
func (p *docTerms) terms() []string {
	var terms []string
	for t := range p.label {
		terms = append(terms, t)
	}
	sort.Slice(terms, func(i, j int) bool {
		if len(terms[i]) != len(terms[j]) {
			return len(terms[i]) > len(terms[j])
		}
		return terms[i] < terms[j]
	})
	return terms
}

// alternation returns a regular expression matching any term, longest
// first, for patterns built around the vocabulary (dates, durations).
func (p *docTerms) alternation() string {
	terms := p.terms()
	quoted := make([]string, len(terms))
	for i, t := range terms {
		quoted[i] = regexp.QuoteMeta(t)
	}
	if len(quoted) == 0 {
		return `[^\x00-\x{10FFFF}]` // matches nothing
	}
	return `(?:` + strings.Join(quoted, "|") + `)`
}

// docWholeWord reports whether s[start:end] does not cut an ASCII word: a
// term that begins (ends) with a letter or digit must not be preceded
// (followed) by one. Other scripts carry no word boundaries and always pass.
func docWholeWord(s string, start, end int) bool {
	if start > 0 && start < len(s) && docWordByte(s[start]) && docWordByte(s[start-1]) {
		return false
	}
	if end > 0 && end < len(s) && docWordByte(s[end-1]) && docWordByte(s[end]) {
		return false
	}
	return true
}

func docWordByte(c byte) bool { return docWordBytes[c] }

// docWordBytes marks the ASCII letters and digits; a table, because the
// document readers test every byte of the text many times.
var docWordBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// docLine is one line of the document, without its line break.
type docLine struct{ start, end int }

func docSplitLines(s string) []docLine {
	out := make([]docLine, 0, strings.Count(s, "\n")+1) // exact: one line per '\n', and the last
	for start := 0; start <= len(s); {
		i := strings.IndexByte(s[start:], '\n')
		if i < 0 {
			if start < len(s) {
				out = append(out, docLine{start, len(s)})
			}
			break
		}
		end := start + i
		if end > start && s[end-1] == '\r' {
			end--
		}
		out = append(out, docLine{start, end})
		start += i + 1
	}
	return out
}

// docTrim narrows s[start:end] to exclude surrounding white space.
func docTrim(s string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:end])
		if !docSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !docSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

func docSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u3000', '\u200b', '\ufeff':
		return true
	}
	return false
}

// docSentence returns the bounds of the sentence of the view text v that
// contains [start, end): it stops at line breaks and at '.', '!', '?', ';'
// followed by a blank, and at most docSentenceReach bytes either side.
// Approximate by design — it only delimits the context in which a cue must
// appear — and bounded, so that a line of thousands of URLs costs linear
// time rather than quadratic.
func docSentence(v string, start, end int) (int, int) {
	s := start
	low, high := max(0, start-docSentenceReach), min(len(v), end+docSentenceReach)
	for s > low {
		c := v[s-1]
		if c == '\n' || (c == '.' || c == '!' || c == '?' || c == ';') && s < len(v) && v[s] == ' ' || strings.HasSuffix(v[:s], "。") {
			break
		}
		s--
	}
	e := end
	for e < high {
		c := v[e]
		if c == '\n' {
			break
		}
		if (c == '.' || c == '!' || c == '?' || c == ';') && (e+1 == len(v) || v[e+1] == ' ' || v[e+1] == '\n') {
			e++
			break
		}
		if strings.HasPrefix(v[e:], "。") {
			e += len("。") // a Chinese full stop needs no space after it
			break
		}
		e++
	}
	return s, e
}

// docSentenceReach bounds docSentence: no cue of a sentence lies further
// than this from the mention it qualifies.
const docSentenceReach = 500

// docCollapse returns s with every run of white space replaced by one space.
func docCollapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// docRuleError makes a positioned error for a rule-file entry.
func docRuleError(e rulefile.Entry, format string, args ...any) *rulefile.Error {
	return &rulefile.Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf(format, args...)}
}
