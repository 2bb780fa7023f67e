package markup

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/privtext/go-privtext/internal/layout"
)

const (
	// maxStack caps the reader's element stack; start tags beyond it are
	// read as inline elements, so pathological nesting costs no memory.
	maxStack = 4096
	// maxListDepth caps Block.Depth.
	maxListDepth = 64
	// scopeSearch bounds the search for an element an HTML parser would
	// close implicitly (an open <li> before a new <li>), keeping malformed
	// input linear.
	scopeSearch = 64
)

// ctx is what the reader knows about the innermost open element. Each stack
// entry holds the ctx it established, so popping restores the parent's.
type ctx struct {
	kind      layout.Kind // Paragraph, Heading or ListItem
	level     int         // heading level, 0 for dt
	depth     int         // list nesting
	item      int         // serial number of the innermost li, 0 if none
	tables    int         // number of open tables
	skip      bool        // invisible: text and structure are dropped
	pre       bool        // line breaks are kept
	article   bool        // inside article, main or section
	boiler    bool        // inside a page-level footer: blocks are Boilerplate
	title     bool        // inside <title>
	cell      bool        // inside a td or th of the innermost table
	thead     bool        // inside thead
	headingBR bool        // a <br> is a space (headings)
	ol        int         // 1 + index in htmlReader.ols of the innermost list if ordered, else 0
	num       int         // the number of the innermost li of an ol
	numbered  bool        // num is set
	numType   byte        // the ol's type attribute
}

// olState counts the items of an <ol>.
type olState struct {
	next int
	typ  byte
}

type elem struct {
	name string
	a    atom.Atom
	c    ctx
}

type tableState struct {
	header []layout.Span
	row    rowState
	// spans are the cells of earlier rows that span rows below them
	// (rowspan), by column, for the first maxSpannedColumns columns.
	spans []colSpan
}

// colSpan is a cell spanning rows below its own: how many more rows it
// covers, and its span (zero when it is empty).
type colSpan struct {
	left int
	cell layout.Span
}

// Bounds on rowspan tracking: columns past maxSpannedColumns are not
// tracked, and a cell spans at most maxRowspan rows.
const (
	maxSpannedColumns = 64
	maxRowspan        = 1000
)

type rowState struct {
	active      bool
	layout      bool // cut by block content: the rest is ordinary blocks
	head        bool // opened inside thead
	boiler      bool // in a page footer
	allTH       bool
	cells       []layout.Span // Start < 0 marks an empty cell
	cellOpen    bool
	cellHasText bool
	cellStart   int
	col         int           // the column the next cell starts in
	cellCol     int           // the column of the open cell
	cellRowspan int           // the open cell's rowspan, 0 or 1 for none
	from        []layout.Span // Block.From, when a cell is spanned from above
}

type htmlReader struct {
	z       *html.Tokenizer
	w       *writer
	stack   []elem
	open    map[string]int
	tables  []*tableState
	base    ctx
	shape   layout.Block // shape of the open block, fixed at its first byte
	row     *tableState  // the table whose row is the open block, if any
	items   int          // li serial numbers handed out
	emitted []bool       // by li serial: its ListItem block was emitted
	ols     []olState
	title   string
	titled  bool // a <title> was seen
	links   []Link
	link    openLink
}

// openLink is the <a> being read: its target and the text offset its
// visible text starts at or after.
type openLink struct {
	open bool
	href string
	mark int
}

// ReadHTML reads an HTML document (already decoded to UTF-8, see
// DecodeHTML) into its visible text and blocks. See the package comment for
// the element roles and the span contract. It never fails on malformed
// markup; the error result is reserved for future limits.
func ReadHTML(src string) (*Doc, error) {
	h := &htmlReader{
		z:       html.NewTokenizer(strings.NewReader(src)),
		w:       newWriter(len(src) / 3),
		open:    make(map[string]int),
		emitted: []bool{true}, // serial 0: no li
		base:    ctx{kind: layout.Paragraph, pre: !hasBlockTag(src)},
	}
	for {
		tt := h.z.Next()
		if tt == html.ErrorToken {
			break // io.EOF; the writer drops any unread tail
		}
		n := len(h.z.Raw()) // before TagName, which lowercases in place
		switch tt {
		case html.TextToken:
			h.text(h.z.Raw())
		case html.StartTagToken, html.SelfClosingTagToken:
			h.startTag(tt, n)
		case html.EndTagToken:
			h.endTag(n)
		default: // comments, doctype
			h.w.drop(n)
		}
	}
	h.popTo(0)
	h.endLink()
	h.endBlock()
	d := h.w.doc(len(src))
	d.Title, d.Links = h.title, h.links
	return d, nil
}

// startLink opens a link at the next visible byte. A trailing soft space
// may still be taken back and written over, so the mark stands before it;
// endLink trims white space from the link's text.
func (h *htmlReader) startLink(href string) {
	h.endLink()
	mark := h.w.len()
	if h.w.endsSoft() != 0 {
		mark--
	}
	h.link = openLink{open: true, href: href, mark: mark}
}

// endLink closes the open link, recording it when it has visible text.
func (h *htmlReader) endLink() {
	if !h.link.open {
		return
	}
	l := h.link
	h.link = openLink{}
	s, e := l.mark, h.w.len()
	for s < e && isSpaceByte(h.w.out[s]) {
		s++
	}
	for e > s && isSpaceByte(h.w.out[e-1]) {
		e--
	}
	if s < e && l.href != "" {
		h.links = append(h.links, Link{Start: s, End: e, Href: l.href})
	}
}

func (h *htmlReader) cur() ctx {
	if len(h.stack) == 0 {
		return h.base
	}
	return h.stack[len(h.stack)-1].c
}

// dataCell returns the innermost table when text at c goes into one of its
// cells.
func (h *htmlReader) dataCell(c ctx) *tableState {
	if !c.cell || c.tables == 0 || c.tables != len(h.tables) {
		return nil
	}
	t := h.tables[len(h.tables)-1]
	if !t.row.cellOpen || t.row.layout {
		return nil
	}
	return t
}

// inRowGap reports whether white space at c must be dropped because the
// open block is a table row and c is not inside a cell with text.
func (h *htmlReader) inRowGap(c ctx) bool {
	if h.row == nil {
		return false
	}
	t := h.dataCell(c)
	return t == nil || !t.row.cellHasText
}

// prepare runs before the first visible byte of a text run at c: it opens
// the block or the cell the text belongs to.
func (h *htmlReader) prepare(c ctx) {
	if t := h.dataCell(c); t != nil {
		r := &t.row
		if h.row != t {
			h.endBlock()
			h.w.begin()
			h.row = t
			h.shape = layout.Block{Kind: layout.TableRow}
		}
		if !r.cellHasText {
			if h.w.len() > h.w.start {
				h.w.trim()
				h.w.insert("\t")
			}
			r.cellHasText = true
			r.cellStart = h.w.len()
		}
		return
	}
	if h.row != nil {
		h.finishRow(h.row)
	}
	if h.w.open {
		return
	}
	switch {
	case c.kind == layout.Heading:
		h.shape = layout.Block{Kind: layout.Heading, Level: c.level}
	case c.kind == layout.ListItem && !h.emitted[c.item]:
		h.shape = layout.Block{Kind: layout.ListItem, Depth: max(c.depth, 1)}
		h.emitted[c.item] = true
		if c.numbered {
			// The number a browser renders goes before the block, as the
			// marker a plain-text reader would have found.
			h.shape.Boilerplate = c.boiler
			h.w.begin()
			ms := h.w.len()
			h.w.insert(olMarker(c.num, c.numType))
			h.shape.Marker = layout.Span{Start: ms, End: h.w.len()}
			h.w.insert(" ")
			h.w.start = h.w.len()
			return
		}
	default:
		h.shape = layout.Block{Kind: layout.Paragraph}
		if c.item != 0 {
			h.shape.Depth = max(c.depth, 1) // the rest of an li: a second <p>
		}
	}
	h.shape.Boilerplate = c.boiler
	h.w.begin()
}

// endBlock closes the open block or table row.
func (h *htmlReader) endBlock() {
	if h.row != nil {
		h.finishRow(h.row)
		return
	}
	if !h.w.open {
		return
	}
	b := h.shape
	k := len(h.w.blocks)
	h.w.emit(b)
	if len(h.w.blocks) > k && b.Kind == layout.Heading && b.Level == 1 && !h.titled && h.title == "" {
		last := h.w.blocks[len(h.w.blocks)-1]
		h.title = collapse(string(h.w.out[last.Start:last.End]))
	}
}

// boundary handles a block-level tag of n source bytes: inside a data
// cell it is a space (or, for block structure, a layout cut); elsewhere it
// ends the open block. It consumes the n bytes.
func (h *htmlReader) boundary(c ctx, n int, structural bool) {
	if t := h.dataCell(c); t != nil {
		if !structural {
			if t.row.cellHasText {
				h.w.soft(n, ' ', false)
			} else {
				h.w.drop(n)
			}
			return
		}
		if !t.row.cellHasText {
			t.row.cellOpen = false // the cut cell is not part of the row
		}
		h.finishRow(t)
		t.row.active, t.row.layout = true, true
	}
	h.endBlock()
	h.w.drop(n)
}

func (h *htmlReader) closeCell(t *tableState) {
	r := &t.row
	if !r.cellOpen {
		return
	}
	r.cellOpen = false
	cell := layout.Span{Start: -1, End: -1}
	if r.cellHasText && h.row == t {
		h.w.trim()
		cell = layout.Span{Start: r.cellStart, End: h.w.len()}
	}
	r.cells = append(r.cells, cell)
	if r.cellRowspan > 1 && r.cellCol < maxSpannedColumns {
		// The cell covers its columns (colspan) in the rows below.
		last := min(r.col, maxSpannedColumns) // past the cell's last column
		if len(t.spans) < last {
			t.spans = append(t.spans, make([]colSpan, last-len(t.spans))...)
		}
		if cell.Start < 0 {
			cell = layout.Span{}
		}
		for c := r.cellCol; c < last; c++ {
			t.spans[c] = colSpan{left: min(r.cellRowspan, maxRowspan) - 1, cell: cell}
		}
	}
}

// cover adds to the open row of t the cells that cells of earlier rows
// span, from its next column on: up to the first column no cell spans
// into, or, at the row's end (rest), up to the last one spanned.
func (h *htmlReader) cover(t *tableState, rest bool) {
	r := &t.row
	last := r.col - 1
	if rest {
		for c := r.col; c < len(t.spans); c++ {
			if t.spans[c].left > 0 {
				last = c
			}
		}
	}
	for ; r.col < len(t.spans) && (t.spans[r.col].left > 0 || r.col <= last); r.col++ {
		sp := &t.spans[r.col]
		if len(r.from) < len(r.cells) {
			r.from = append(r.from, make([]layout.Span, len(r.cells)-len(r.from))...)
		}
		r.cells = append(r.cells, layout.Span{Start: -1, End: -1})
		if sp.left > 0 {
			sp.left--
			r.from = append(r.from, sp.cell)
		} else {
			r.from = append(r.from, layout.Span{})
		}
	}
}

// finishRow closes the row of t, emitting it if it has visible text, and
// resets the row state.
func (h *htmlReader) finishRow(t *tableState) {
	h.closeCell(t)
	r := &t.row
	if r.active {
		h.cover(t, true)
	}
	if h.row == t {
		h.row = nil
		if s, e, ok := h.w.end(); ok {
			cells := r.cells
			prev := s
			for i := range cells {
				if cells[i].Start < 0 {
					cells[i] = layout.Span{Start: prev, End: prev}
				} else {
					prev = cells[i].End
				}
			}
			b := layout.Block{Kind: layout.TableRow, Start: s, End: e, Cells: cells, Header: t.header, Boilerplate: r.boiler}
			if slices.ContainsFunc(r.from, func(f layout.Span) bool { return f != (layout.Span{}) }) {
				if len(r.from) < len(cells) {
					r.from = append(r.from, make([]layout.Span, len(cells)-len(r.from))...)
				}
				b.From = r.from
			}
			if t.header == nil && len(cells) > 0 && (r.head || r.allTH) {
				t.header = cells
				b.Header = cells
			}
			h.w.blocks = append(h.w.blocks, b)
		}
	}
	*r = rowState{}
}

func (h *htmlReader) startRow(t *tableState, c ctx) {
	h.finishRow(t)
	t.row = rowState{active: true, head: c.thead, allTH: true, boiler: c.boiler}
}

// br handles a line break of n bytes.
func (h *htmlReader) br(c ctx, n int) {
	switch {
	case c.skip || c.title || h.inRowGap(c):
		h.w.drop(n)
	case h.dataCell(c) != nil || c.headingBR:
		h.w.soft(n, ' ', false)
	case h.w.endsSoft() == '\n':
		h.w.trim() // a second <br> ends the paragraph
		h.endBlock()
		h.w.drop(n)
	default:
		h.w.soft(n, '\n', false)
	}
}

func (h *htmlReader) text(raw []byte) {
	c := h.cur()
	if c.skip {
		h.w.drop(len(raw))
		return
	}
	if c.title {
		if !h.titled {
			h.titled = true
			h.title = collapse(html.UnescapeString(string(raw)))
		}
		h.w.drop(len(raw))
		return
	}
	for i := 0; i < len(raw); {
		b := raw[i]
		switch {
		case b <= ' ' || b == 0x7f:
			j := i + 1
			for j < len(raw) && (raw[j] <= ' ' || raw[j] == 0x7f) {
				j++
			}
			h.space(c, raw[i:j])
			i = j
		case b == '&':
			n, dec := entity(raw[i:])
			switch {
			case n == 0:
				h.prepare(c)
				h.w.copyBytes(raw[i : i+1])
				n = 1
			case strings.TrimFunc(dec, unicode.IsSpace) == "":
				h.space(c, raw[i:i+n])
			default:
				h.prepare(c)
				h.w.replace(n, dec)
			}
			i += n
		case b < utf8.RuneSelf:
			j := wordEnd(raw, i+1)
			h.prepare(c)
			h.w.copyBytes(raw[i:j])
			i = j
		default:
			r, size := utf8.DecodeRune(raw[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				h.prepare(c)
				h.w.replace(1, "\uFFFD")
			case unicode.IsSpace(r):
				h.space(c, raw[i:i+size])
			default:
				j := wordEnd(raw, i+size)
				h.prepare(c)
				h.w.copyBytes(raw[i:j])
				size = j - i
			}
			i += size
		}
	}
}

// wordEnd returns the end of the run of plain visible characters from i:
// printable ASCII other than '&', and valid non-space runes.
func wordEnd(raw []byte, i int) int {
	for i < len(raw) {
		c := raw[i]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == 0x7f || c == '&' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 || unicode.IsSpace(r) {
			return i
		}
		i += n
	}
	return i
}

// space handles a run of white space (or control characters).
func (h *htmlReader) space(c ctx, ws []byte) {
	n := len(ws)
	if h.inRowGap(c) {
		h.w.drop(n)
		return
	}
	if c.pre && h.dataCell(c) == nil && !c.headingBR {
		switch newlines(ws) {
		case 0:
		case 1:
			h.w.soft(n, '\n', n == 1 && ws[0] == '\n')
			return
		default:
			h.endBlock()
			h.w.drop(n)
			return
		}
	}
	h.w.soft(n, ' ', n == 1 && ws[0] == ' ')
}

// newlines counts line breaks in ws, "\r\n" counting once.
func newlines(ws []byte) int {
	k := 0
	for i := 0; i < len(ws); i++ {
		switch ws[i] {
		case '\n':
			k++
		case '\r':
			k++
			if i+1 < len(ws) && ws[i+1] == '\n' {
				i++
			}
		}
	}
	return k
}
