// Package segment turns a policy's text into a section tree and clauses.
//
// Input is an analysis text and the blocks a format reader found in it
// (package layout); for plain text, Lines finds the blocks. The segmenter
// then
//
//  1. splits run-on paragraphs at embedded section numbers
//     ("1. ABOUT OUR PRODUCTS 1.1 Our products offer ..."),
//  2. reads each block's leading marker (1.  1.1  IV.  (2)  a)  Sixth,  •  ——),
//  3. decides which blocks are headings — numbered titles, questions, short
//     title lines — and which are list items or prose, using the block
//     itself and its neighbours (a heading must head something; three
//     numbered titles in a row are a table of contents, not sections; the
//     rest of a list item is never a heading),
//  4. places headings in an outline: siblings share a numbering style or
//     continue a top-level sequence (miBEE's "3.", "IV.", "5.", "Sixth,"),
//     a new style or a restart at 1 opens a deeper level,
//  5. cuts prose and items into sentence clauses, keeping the "Label:" of a
//     lead-in ("Device information: ...") on every clause of its block.
//
// All offsets are byte offsets into the analysis text; clauses never
// overlap, come in order, and are trimmed of white space.
package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privtext/go-privtext/internal/layout"
	"github.com/privtext/go-privtext/internal/textnorm"
)

// Section is a heading and the part of the document it governs.
type Section struct {
	ID           string
	Heading      string // heading text without its number
	Number       string // the number as written: "1.1", "IV", "(2)", "Sixth"
	Level        int    // 1 for top level
	Parent       string // enclosing section id, "" at top level
	Start, End   int    // from the heading's first byte to the section's last
	HeadingStart int    // span of the heading text (without number)
	HeadingEnd   int
}

// Clause kinds.
const (
	KindSentence = "sentence"
	KindItem     = "item"
	KindRow      = "row"
)

// Clause is a sentence or list item.
type Clause struct {
	ID         string
	Section    string // enclosing section id, "" before the first heading
	Start, End int
	Label      string // "Label" of a "Label: text" lead-in
	Depth      int    // list depth, 0 for running text
	Kind       string
	// Cells are the cells of a table row, in order; a cell that a cell of
	// an earlier row spans (layout.Block.From) has that cell's span. Nil
	// for other clauses.
	Cells []layout.Span
}

// Result is a segmented document.
type Result struct {
	Title      string // the document title, if the text opens with one
	TitleStart int
	TitleEnd   int
	Sections   []Section
	Clauses    []Clause
}

// Text segments plain text.
func Text(text string) *Result { return Blocks(text, Lines(text)) }

// unit is a block being classified.
type unit struct {
	layout.Block
	indent   int
	m        marker
	body     int  // start of the text after the marker
	heading  bool // decided: this unit is a heading
	preamble bool // before the title: never a heading
	cand     int  // candidate: 0 none, candNumbered, candPlain
}

const (
	candNumbered = 1
	candPlain    = 2
)

// Blocks segments text whose blocks a reader has already found.
func Blocks(text string, blocks []layout.Block) *Result {
	blocks = withoutBoilerplate(blocks)
	v := loadVocab()
	units := v.classify(text, splitRunOn(text, blocks, v))
	res := &Result{}
	units = v.findTitle(text, units, res)
	decideHeadings(text, units)
	b := builder{text: text, v: v, res: res}
	for i := range units {
		b.add(&units[i])
	}
	b.finish()
	return res
}

// withoutBoilerplate drops the blocks the reader marked as boilerplate (a
// page footer): they are part of the text but not of the policy's
// structure. The slice is copied only when there is one.
func withoutBoilerplate(blocks []layout.Block) []layout.Block {
	i := slices.IndexFunc(blocks, func(b layout.Block) bool { return b.Boilerplate })
	if i < 0 {
		return blocks
	}
	out := slices.Clone(blocks[:i])
	for _, b := range blocks[i:] {
		if !b.Boilerplate {
			out = append(out, b)
		}
	}
	return out
}

// splitRunOn splits Line and Paragraph blocks at section numbers embedded
// after a sentence end or an all-caps title: policies flattened into one
// paragraph still carry their outline that way.
func splitRunOn(text string, blocks []layout.Block, v *vocab) []layout.Block {
	// Nearly every block comes out whole: sized once, the slice is not
	// copied through append's growth steps (1.25x for long slices, about
	// five times the final size allocated in all).
	out := make([]layout.Block, 0, len(blocks))
	for _, b := range blocks {
		if b.Kind != layout.Line && b.Kind != layout.Paragraph {
			out = append(out, b)
			continue
		}
		start := b.Start
		for i := b.Start + 1; i < b.End-2; i++ {
			c := text[i]
			if !isDigit(c) || !isSpace(text[i-1]) {
				continue
			}
			m := parseMarker(text[i:b.End], v)
			if m.style != styleDecimal || i+m.end >= b.End || !isUpper(text[i+m.end]) {
				continue
			}
			if !afterBreak(text, start, i) {
				continue
			}
			piece := b
			piece.Start, piece.End = trim(text, start, i)
			if piece.End > piece.Start {
				out = append(out, piece)
			}
			start = i
			i += m.end
		}
		piece := b
		piece.Start = start
		out = append(out, piece)
	}
	return out
}

// afterBreak reports whether position i (a digit after a space) follows a
// sentence end, a colon, or an all-caps title word.
func afterBreak(text string, start, i int) bool {
	j := i - 1
	for j > start && isSpace(text[j]) {
		j--
	}
	if j <= start {
		return false
	}
	switch text[j] {
	case '.', '?', '!', ':', ';':
		// "version 2. The" is rare; "Article 5. The" is excluded because
		// the period there belongs to the number, not to a sentence.
		return !isDigit(text[j-1])
	}
	// An all-caps word of three or more letters: "PRODUCTS 1.1 Our".
	k := j
	for k > start && isUpper(text[k]) {
		k--
	}
	return j-k >= 3 && (isSpace(text[k]) || k == start)
}

// classify reads markers and indentation.
func (v *vocab) classify(text string, blocks []layout.Block) []unit {
	units := make([]unit, len(blocks))
	for i, b := range blocks {
		u := unit{Block: b, body: b.Start}
		if b.Kind == layout.Line {
			u.indent = indentOf(text, b.Start)
		}
		if b.Marker == (layout.Span{}) && b.Kind != layout.TableRow {
			u.m = parseMarker(text[b.Start:b.End], v)
			u.body = b.Start + u.m.end
		}
		units[i] = u
	}
	return units
}

// findTitle takes the document title from the first few units: a short line
// naming the document ("miBEE Privacy Policy"). Later units that repeat it
// are dropped.
func (v *vocab) findTitle(text string, units []unit, res *Result) []unit {
	for i := 0; i < len(units) && i < 3; i++ {
		u := &units[i]
		if u.Kind == layout.ListItem || u.Kind == layout.TableRow || u.m.style != styleNone {
			continue
		}
		t := text[u.Start:u.End]
		if !titleLike(t, false) || !v.hasTitleWord(t) {
			continue
		}
		res.Title, res.TitleStart, res.TitleEnd = t, u.Start, u.End
		for j := 0; j < i; j++ {
			units[j].preamble = true // "Published using Google Docs"
		}
		out := append(units[:i:i], units[i+1:]...)
		for j := i; j < len(out) && j < i+3; j++ {
			if strings.EqualFold(text[out[j].Start:out[j].End], t) {
				out = append(out[:j], out[j+1:]...)
				break
			}
		}
		return out
	}
	return units
}

func (v *vocab) hasTitleWord(s string) bool {
	ls := strings.ToLower(s)
	for _, w := range v.titleWords {
		if strings.Contains(ls, w) {
			return true
		}
	}
	return false
}

// decideHeadings marks heading candidates, then keeps those their context
// confirms.
func decideHeadings(text string, units []unit) {
	for i := range units {
		u := &units[i]
		switch {
		case u.Kind == layout.Heading:
			u.heading = true
		case u.preamble, u.Kind == layout.ListItem || u.Kind == layout.TableRow:
		case u.Depth > 0 && u.m.style == styleNone:
			// The rest of a list item (a link "隐私政策" closing an SDK
			// entry) is no plain title; a numbered one may still head a
			// chapter a page wraps in <li> ("（一）注册登录").
		case u.m.style == styleBullet:
		case u.m.style != styleNone:
			if u.indent < 2 && titleLike(text[u.body:u.End], true) {
				u.cand = candNumbered
			}
		case u.indent == 0 && titleLike(text[u.Start:u.End], false):
			u.cand = candPlain
		}
	}
	for i := 0; i < len(units); i++ {
		switch units[i].cand {
		case candPlain:
			// A plain title must head some content: not the last line; it
			// may be followed by one sub-title, but not by a run of short
			// lines ("Xi'an, Shaanxi, China" / "No. 56, Jinye 1st Road").
			next := i + 1
			if next < len(units) && units[next].cand == candPlain {
				next++
			}
			if next < len(units) && units[next].cand != candPlain && !units[next].heading && !shortLine(text, &units[next]) {
				units[i].heading = true
			}
		case candNumbered:
			// The next number of the list of items just before is an item
			// too: "5) ...;" then "6) Involving commercial secrets."
			if i > 0 {
				p := units[i-1]
				if p.cand == 0 && p.m.key() == units[i].m.key() && p.m.style != styleNone && p.m.value+1 == units[i].m.value {
					units[i].cand = 0
					continue
				}
			}
			// Three or more numbered titles in a row are a table of
			// contents: a list, not empty sections. A number that does not
			// go on from its style's last one in the run starts the body
			// after the table ("八、如何联系我们" then "一、我们如何收集…"). A
			// style that advances resets the styles first seen after it:
			// "二、" lets "（一）" start again.
			j := i
			var seen []string // styles of the run, in order of appearance
			last := map[string]int{}
			for j < len(units) && units[j].cand == candNumbered {
				m := units[j].m
				k := m.key()
				v, ok := last[k]
				if ok && m.parts <= 1 && m.value <= v {
					break
				}
				if ok {
					n := slices.Index(seen, k) + 1
					for _, deeper := range seen[n:] {
						delete(last, deeper)
					}
					seen = seen[:n]
				} else {
					seen = append(seen, k)
				}
				last[k] = m.value
				j++
			}
			toc := j-i >= 3
			for k := i; k < j; k++ {
				units[k].heading = !toc
			}
			if !toc && j == len(units) {
				units[j-1].heading = false // a numbered title heading nothing
			}
			i = j - 1
		}
	}
}

// shortLine reports whether u is a short unmarked line that would be a
// title but for its digits: part of an address block, a date line; or a
// line that is a link and no sentence.
func shortLine(text string, u *unit) bool {
	if u.m.style != styleNone || u.indent > 0 || u.Kind != layout.Line && u.Kind != layout.Paragraph {
		return false
	}
	t := strings.TrimSpace(text[u.Start:u.End])
	if len(t) <= maxLinkLine && strings.Contains(t, "://") && !strings.Contains(t, "。") && !strings.Contains(t, ". ") {
		return true // "隐私政策https://…", a record's link row: no body under a title
	}
	if u.Kind != layout.Line || len(t) > 60 || strings.IndexFunc(t, unicode.IsDigit) < 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return last != '.' && last != ':' && last != '?' && last != '!'
}

// maxLinkLine bounds the bytes of a line that is a link (shortLine).
const maxLinkLine = 240

// titleLike reports whether s reads as a heading: short, without the
// punctuation that ends a sentence or introduces a list, or a question.
func titleLike(s string, numbered bool) bool {
	s = strings.TrimSpace(s)
	// Three searches rather than one ContainsAny: a set with non-ASCII
	// runes makes ContainsAny decode every rune of every line.
	if s == "" || strings.ContainsAny(s, "\n;:@") || strings.Contains(s, "；") || strings.Contains(s, "：") ||
		strings.Contains(s, "http") {
		return false // a list item ("...; and"), a "Label: text" line, an address
	}
	words := textnorm.CountFields(s, 25) // no bound below is higher
	last, _ := utf8.DecodeLastRuneInString(s)
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(first) && first != '"' && first != '“' {
		return false
	}
	if last == '?' || last == '？' {
		return words <= 25
	}
	maxWords, maxLen := 12, 100
	if numbered {
		maxWords, maxLen = 16, 140
	}
	if words > maxWords || len(s) > maxLen {
		return false
	}
	switch last {
	case ';', ',', ':', '；', '，', '：':
		return false
	case '.':
		// "(4) Account Cancellation." — a numbered title may end with a
		// period when it is a few words and holds no other sentence end.
		if !numbered || words > 5 || strings.Count(s, ".") > 1 {
			return false
		}
	case '。':
		// Chinese titles do not end with a full stop: "1、我们收集姓名。" is
		// an item, however short.
		return false
	}
	if !numbered {
		if unicode.IsLower(first) && words > 4 {
			return false
		}
		if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
			return false // "No. 56, Jinye 1st Road", "every 5 minutes"
		}
	}
	return true
}

// capsPrefix returns the end of a leading all-caps title ("ABOUT OUR
// PRODUCTS Our products ...") of two or more words, or -1.
func capsPrefix(text string, s, e int) int {
	words, end := 0, -1
	i := s
	for i < e {
		j := i
		for j < e && !isSpace(text[j]) {
			j++
		}
		w := text[i:j]
		if !isCapsWord(w) {
			break
		}
		words++
		end = j
		for j < e && isSpace(text[j]) {
			j++
		}
		i = j
	}
	if words < 2 || i >= e {
		return -1
	}
	return end
}

func isCapsWord(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isUpper(c):
			letters++
		case isLower(c):
			return false
		}
	}
	return letters >= 2 || w == "&" || w == "A" || w == "I"
}

// detectLabel finds a "Label: text" lead-in at text[s:e] and returns the
// offset of its colon, or -1. A label is one to twelve words before a colon
// in the first 100 bytes, followed by text; it does not read as a sentence
// (no sentence punctuation, no leading "we", "if", "in" ...) and is not a
// URL scheme or a clock time.
func (v *vocab) detectLabel(text string, s, e int) int {
	limit := min(e, s+100)
	colon := -1
	for i := s; i < limit; i++ {
		if text[i] == ':' {
			colon = i
			break
		}
		if strings.HasPrefix(text[i:limit], "：") {
			colon = i
			break
		}
		switch text[i] {
		case '.', '?', '!', ';', '"':
			return -1
		}
	}
	if colon <= s {
		return -1
	}
	after := colon + 1
	if text[colon] != ':' {
		after = colon + len("：")
	}
	if after < e && text[after] == '/' { // "https://"
		return -1
	}
	if as, ae := trim(text, after, e); ae <= as {
		return -1
	}
	label := text[s:colon]
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 12 || !unicode.IsLetter(rune(label[0])) && label[0] < utf8.RuneSelf {
		return -1
	}
	if v.labelStop[strings.ToLower(strings.Trim(words[0], ",()"))] {
		return -1
	}
	return colon
}
