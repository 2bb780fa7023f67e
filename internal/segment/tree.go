package segment

// The outline builder: units (headings, paragraphs, list items, rows) in
// document order become the section tree and its clauses. Numbered
// headings find their level from their marker style and the headings open
// above them; markup headings from their tag; the outline is bounded in
// depth so hostile input stays linear.

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/privtext/go-privtext/internal/layout"
)

// builder assembles sections and clauses in document order.
type builder struct {
	text    string
	v       *vocab
	res     *Result
	outline []entry
	sents   []layout.Span // scratch
	// lastItem holds the value of the last numbered item of each style
	// since the last heading, so that "2. Title" after the item "1. ..."
	// continues that list instead of closing the enclosing section.
	lastItem map[string]int
	// leadIns are the open numbered items that end with a colon ("3. We
	// collect the following:", "2、我们会收集：", and a sub-item "a) Such
	// as:" inside one), innermost last. Items marked in another style at
	// the same indentation ("- your name", "（1）IMEI") are sub-items of the
	// innermost; an item in a lead-in's own style closes it and those
	// inside it; unmarked text and headings close them all.
	leadIns []leadIn
}

// leadIn is an open numbered lead-in: its clause depth, indentation and
// marker style.
type leadIn struct {
	depth, indent int
	key           string
}

// entry is an open level of the outline.
type entry struct {
	kind    int // entryMarkup, entryNumbered, entryPlain
	m       marker
	level   int
	section int // index in res.Sections
	hlevel  int // markup heading level
}

// maxDepth bounds the outline: deeper headings become siblings of the
// deepest level, so hostile input cannot make the tree quadratic.
const maxDepth = 12

// levelUnknown is the markup level given to headings whose level the
// reader could not tell (layout.Block.Level 0): deeper than h6.
const levelUnknown = 7

const (
	entryMarkup = iota
	entryNumbered
	entryPlain
)

func (b *builder) add(u *unit) {
	if u.heading {
		b.addHeading(u, u.Start, u.End)
		return
	}
	// A numbered item that opens with an all-caps title: "1. ABOUT US We ...".
	if u.m.style != styleNone && u.m.style != styleBullet && u.Kind != layout.ListItem {
		if end := capsPrefix(b.text, u.body, u.End); end > 0 {
			b.addHeading(u, u.Start, end)
			rest := *u
			rest.m = marker{}
			rest.Start, _ = trim(b.text, end, u.End)
			rest.body = rest.Start
			b.addContent(&rest)
			return
		}
	}
	b.addContent(u)
}

// addHeading opens a section for the heading text[start:end] of u.
func (b *builder) addHeading(u *unit, start, end int) {
	e := entry{kind: entryPlain, m: u.m}
	switch {
	case u.Kind == layout.Heading:
		e.kind = entryMarkup
		e.hlevel = u.Level
		if e.hlevel == 0 {
			// A heading of unknown level (an HTML <dt>) labels what follows
			// it inside the current section: below every h1–h6, a sibling
			// of the previous one.
			e.hlevel = levelUnknown
		}
		// Close everything at or below this markup level.
		k := len(b.outline)
		for k > 0 && (b.outline[k-1].kind != entryMarkup || b.outline[k-1].hlevel >= e.hlevel) {
			k--
		}
		b.outline = b.outline[:k]
	case u.m.style != styleNone && u.m.style != styleBullet:
		e.kind = entryNumbered
		b.outline = b.outline[:b.placeNumbered(u.m)]
	default:
		k := len(b.outline)
		for k > 0 && b.outline[k-1].kind == entryPlain {
			k--
		}
		b.outline = b.outline[:k]
	}
	e.level = 1
	parent := ""
	if k := len(b.outline); k > 0 {
		e.level = b.outline[k-1].level + 1
		parent = b.res.Sections[b.outline[k-1].section].ID
	}
	hs, he := trim(b.text, start+u.m.end, end)
	if u.Kind == layout.Heading {
		hs, he = trim(b.text, u.body, end)
	}
	e.section = len(b.res.Sections)
	b.res.Sections = append(b.res.Sections, Section{
		ID:           "s" + strconv.Itoa(len(b.res.Sections)+1),
		Heading:      b.text[hs:he],
		Number:       strings.TrimSpace(u.m.number),
		Level:        e.level,
		Parent:       parent,
		Start:        start,
		End:          he,
		HeadingStart: hs,
		HeadingEnd:   he,
	})
	if u.m.style == styleBullet {
		b.res.Sections[e.section].Number = ""
	}
	b.outline = append(b.outline, e)
	clear(b.lastItem)
	b.leadIns = b.leadIns[:0]
}

// placeNumbered returns how many outline entries stay open below a numbered
// heading with marker m.
func (b *builder) placeNumbered(m marker) int {
	base := 0 // entries above the last markup heading are out of reach
	for i, e := range b.outline {
		if e.kind == entryMarkup {
			base = i + 1
		}
	}
	// A sibling continues a sequence: same style and next value, or any
	// top-level style and next value (miBEE's "3." → "IV." → "5." → "Sixth,").
	for i := len(b.outline) - 1; i >= base; i-- {
		e := b.outline[i]
		if e.kind != entryNumbered {
			continue
		}
		if e.m.value+1 == m.value && (e.m.key() == m.key() || (e.m.topLevel() && m.topLevel())) {
			return i
		}
	}
	// The next number after a list of items continues that list, one level
	// below the innermost numbered heading ("1. item" ... "2. Title").
	if m.value > 1 && b.lastItem[m.key()] == m.value-1 {
		k := len(b.outline)
		for k > base && b.outline[k-1].kind == entryPlain {
			k--
		}
		return k
	}
	// A list never nests in its own style: the same style is a sibling,
	// whether it restarts at 1 or skips a number.
	for i := len(b.outline) - 1; i >= base; i-- {
		e := b.outline[i]
		if e.kind == entryNumbered && e.m.key() == m.key() {
			return i
		}
	}
	// A top-level number that skips ahead still belongs to the top-level
	// sequence.
	if m.topLevel() && m.value > 1 {
		for i := base; i < len(b.outline); i++ {
			if e := b.outline[i]; e.kind == entryNumbered && e.m.topLevel() {
				return i
			}
		}
	}
	if len(b.outline) >= maxDepth {
		return len(b.outline) - 1
	}
	k := len(b.outline)
	for k > base && b.outline[k-1].kind == entryPlain {
		k--
	}
	return k
}

// addContent cuts a prose, item or row unit into clauses.
func (b *builder) addContent(u *unit) {
	section := ""
	if k := len(b.outline); k > 0 {
		section = b.res.Sections[b.outline[k-1].section].ID
	}
	kind, depth := KindSentence, 0
	switch {
	case u.Kind == layout.TableRow:
		kind = KindRow
	case u.Kind == layout.ListItem:
		kind, depth = KindItem, max(u.Depth, 1)
	case u.m.style != styleNone:
		kind, depth = KindItem, 1+u.indent/4
		for i, l := range b.leadIns {
			if l.key == u.m.key() {
				b.leadIns = b.leadIns[:i] // a sibling of this lead-in closes it
				break
			}
		}
		if n := len(b.leadIns); n > 0 && u.indent == b.leadIns[n-1].indent {
			depth = b.leadIns[n-1].depth + 1
		}
	case u.indent > 0:
		kind, depth = KindItem, 1+u.indent/4
	}
	switch {
	case u.m.style == styleNone || u.Kind == layout.ListItem || u.Kind == layout.TableRow:
		b.leadIns = b.leadIns[:0]
	case u.m.style != styleBullet && EndsWithColon(b.text[u.body:u.End]) && len(b.leadIns) < maxDepth:
		b.leadIns = append(b.leadIns, leadIn{depth, u.indent, u.m.key()})
	}
	if u.m.style != styleNone && u.m.style != styleBullet {
		if b.lastItem == nil {
			b.lastItem = map[string]int{}
		}
		b.lastItem[u.m.key()] = u.m.value
	}
	if u.Kind == layout.TableRow {
		label := b.rowLabel(u)
		n := len(b.res.Clauses)
		b.emit(section, u.body, u.End, label, depth, kind)
		if len(b.res.Clauses) > n && len(u.Cells) > 0 {
			cells := u.Cells // shared with the block: read only
			if u.From != nil {
				cells = slices.Clone(u.Cells)
				for i, f := range u.From {
					if f != (layout.Span{}) {
						cells[i] = f
					}
				}
			}
			b.res.Clauses[n].Cells = cells
		}
		return
	}
	label := ""
	if le := b.v.detectLabel(b.text, u.body, u.End); le > 0 {
		label = strings.TrimSpace(b.text[u.body:le])
	}
	b.sents = b.v.sentences(b.text, u.body, u.End, b.sents[:0])
	for _, s := range b.sents {
		b.emit(section, s.Start, s.End, label, depth, kind)
	}
}

// EndsWithColon reports whether s ends with ':' or '：' before any trailing
// space, as a lead-in to a list does ("We collect:", "收集以下信息：").
func EndsWithColon(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// rowLabel is the column names of a table row, "Name | Provider | Purpose";
// the header row itself has none.
func (b *builder) rowLabel(u *unit) string {
	if len(u.Header) > 0 && len(u.Cells) > 0 && u.Header[0] == u.Cells[0] {
		return ""
	}
	var names []string
	for _, h := range u.Header {
		if s, e := trim(b.text, h.Start, h.End); e > s {
			names = append(names, b.text[s:e])
		}
	}
	return strings.Join(names, " | ")
}

func (b *builder) emit(section string, s, e int, label string, depth int, kind string) {
	s, e = trim(b.text, s, e)
	if e <= s {
		return
	}
	b.res.Clauses = append(growDouble(b.res.Clauses), Clause{
		ID:      "c" + strconv.Itoa(len(b.res.Clauses)+1),
		Section: section,
		Start:   s,
		End:     e,
		Label:   label,
		Depth:   depth,
		Kind:    kind,
	})
}

// finish sets each section's end: the end of the last clause or heading it
// contains, sub-sections included.
func (b *builder) finish() {
	secs := b.res.Sections
	index := make(map[string]int, len(secs))
	for i, s := range secs {
		index[s.ID] = i
	}
	extend := func(id string, end int) {
		for id != "" {
			i := index[id]
			if secs[i].End < end {
				secs[i].End = end
			}
			id = secs[i].Parent
		}
	}
	for _, c := range b.res.Clauses {
		extend(c.Section, c.End)
	}
	for _, s := range secs {
		extend(s.Parent, s.End)
	}
}
