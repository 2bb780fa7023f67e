package segment

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/privtext/go-privtext/internal/layout"
)

// wrapWidth is the line width, in columns, above which a line is taken to
// be hard-wrapped prose, so that the next line continues its paragraph.
// Chinese characters are two columns wide (and three bytes long): a
// 21-character field line "第三方名称：..." is short.
const wrapWidth = 60

// Lines reads plain text into Line blocks: one per paragraph, where a
// paragraph is a line plus the lines that continue it. A line continues the
// previous one when the previous one is long (hard-wrapped prose), the new
// one does not start with a list marker and, after a marked item, stands
// no less indented than the item. Blank lines always separate.
// "\r\n", "\r" and "\n" are all line ends. A plain-text table — a header
// line of short cells split by '|' (or '｜', or tabs), then lines of as many cells, with
// perhaps a rule line ("---|---", "+----+") — gives TableRow blocks
// instead, its rule lines boilerplate (see pipeTable).
func Lines(text string) []layout.Block {
	v := loadVocab()
	var (
		blocks    []layout.Block
		open      bool
		lastLen   int // length of the open block's last line
		lastCells int // and its count of cells
		// itemIndent is the indentation of the open block's first line
		// when that line is a marked list item, else -1: a line indented
		// less does not wrap the item ("    ——隐私政策：https://…" then
		// "支付宝SDK：").
		itemIndent = -1
		lines      []pipeLine
	)
	for pos := 0; pos < len(text); {
		lineEnd, next := lineBounds(text, pos)
		s, e := trim(text, pos, lineEnd)
		lines = append(lines, pipeLine{pos, s, e, pipeCellCount(text[s:e]), isRuleLine(text[s:e])})
		pos = next
	}
	for i := 0; i < len(lines); {
		if n := pipeTable(text, lines[i:]); n > 0 {
			var header []layout.Span
			for _, l := range lines[i : i+n] {
				if l.rule {
					blocks = append(growDouble(blocks), layout.Block{Kind: layout.Line, Start: l.s, End: l.e, Boilerplate: true})
					continue
				}
				cells := pipeCells(text, l.s, l.e)
				if header == nil {
					header = cells
				}
				blocks = append(growDouble(blocks), layout.Block{
					Kind: layout.TableRow, Start: cells[0].Start, End: cells[len(cells)-1].End, Cells: cells, Header: header,
				})
			}
			i += n
			open = false
			continue
		}
		l := lines[i]
		s, e := l.s, l.e
		switch {
		case s == e: // blank line
			open = false
		case open && lastLen >= wrapWidth && parseMarker(text[s:e], v).style == styleNone && s-l.start < 4 &&
			s-l.start >= itemIndent && (l.cells == 0 || l.cells != lastCells) && !recordLine(text, l):
			// Lines of as many cells after each other are records, one per
			// line, and so is a line of cells with a link ("高德地图SDK |
			// 高德软件有限公司 | 定位 | https://…"); cells in prose ("(Home |
			// About | Privacy)") continue it.
			blocks[len(blocks)-1].End = e
			lastLen, lastCells = columns(text[s:e]), l.cells
		default:
			blocks = append(growDouble(blocks), layout.Block{Kind: layout.Line, Start: s, End: e})
			open = !recordLine(text, l)
			lastLen, lastCells = columns(text[s:e]), l.cells
			itemIndent = -1
			if ind := s - l.start; ind >= 4 && parseMarker(text[s:e], v).style != styleNone {
				itemIndent = ind // an item set in by four or more: a line at the margin is no wrap of it
			}
		}
		i++
	}
	return blocks
}

// pipeLine is one line of plain text: its start, its trimmed span, its count of
// '|'-separated cells (0 when too few for a table) and whether it is a
// rule line of a table.
type pipeLine struct {
	start int // the line's first byte, before its indentation
	s, e  int
	cells int
	rule  bool
}

// pipeTable returns how many of lines, from the first, form a plain-text
// table, or 0: a header line whose cells name columns (headerLike), then
// at least one line of as many cells; rule lines may stand between. A
// blank line or a line of another count ends the table.
func pipeTable(text string, lines []pipeLine) int {
	if len(lines) < 2 || lines[0].cells == 0 || !headerLike(text, lines[0]) {
		return 0
	}
	n, rows := 1, 0
	for n < len(lines) {
		l := lines[n]
		switch {
		case l.rule:
		case l.cells == lines[0].cells:
			rows++
		default:
			return tableEnd(n, rows, lines)
		}
		n++
	}
	return tableEnd(n, rows, lines)
}

// tableEnd returns n, the lines of a table, when it has rows, without the
// rule lines that close it; else 0.
func tableEnd(n, rows int, lines []pipeLine) int {
	if rows == 0 {
		return 0
	}
	for n > 1 && lines[n-1].rule {
		n--
	}
	return n
}

// minPipeCells is the fewest cells a line of a plain-text table has: two
// pipes ("名称|用途|信息"); one pipe is as often prose ("A | B").
const minPipeCells = 3

// pipeCellCount returns the number of '|'-separated cells of line, not
// counting the empty cells outside a line's leading and trailing pipes
// ("| a | b | c |"), or 0 when it has fewer than minPipeCells. A line with
// no '|' may part its cells with the full-width '｜'.
func pipeCellCount(line string) int {
	sep := pipeOf(line)
	n := strings.Count(line, sep)
	if n < minPipeCells-1 {
		return 0
	}
	n++
	if outerPipes(line, sep) {
		n -= 2
	}
	if n < minPipeCells {
		return 0
	}
	return n
}

// pipeOf returns the cell separator of line: '|', or the full-width '｜'
// when the line has no '|', or a tab when it has neither (a table pasted
// from a spreadsheet: "SDK名称\t提供方\t用途").
func pipeOf(line string) string {
	switch {
	case strings.Contains(line, "|"):
		return "|"
	case strings.Contains(line, "｜"):
		return "｜"
	case strings.Contains(line, "\t"):
		return "\t"
	}
	return "|"
}

// outerPipes reports whether line both opens and closes with its pipe sep,
// as a Markdown-style row does; a single trailing pipe closes an empty
// cell.
func outerPipes(line, sep string) bool {
	return len(line) >= 2*len(sep) && strings.HasPrefix(line, sep) && strings.HasSuffix(line, sep)
}

// isRuleLine reports whether line only draws a table's rule: dashes or
// equal signs, with pipes, pluses, colons and spaces ("---|---", "+----+",
// "|:--|--:|").
func isRuleLine(line string) bool {
	dash := false
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '-', '=':
			dash = true
		case '|', '+', ':', ' ', '\t':
		default:
			return false
		}
	}
	return dash && len(line) >= 3
}

// recordLine reports whether a line of cells holds a link: a record of its
// own, which neither continues a paragraph nor is continued.
func recordLine(text string, l pipeLine) bool {
	t := text[l.s:l.e]
	return l.cells > 0 && (strings.Contains(t, "://") || strings.Contains(t, "www."))
}

// headerLike reports whether a line of cells names columns: short cells,
// no link, and no sentence end ("We collect your name | email | phone
// when you sign up." is prose). Without one, lines of cells are records
// ("高德地图SDK | 高德软件有限公司 | 定位 | https://…"), read one by one.
func headerLike(text string, l pipeLine) bool {
	line := text[l.s:l.e]
	if l.rule || strings.HasSuffix(line, ".") || strings.HasSuffix(line, "。") {
		return false
	}
	for _, c := range pipeCells(text, l.s, l.e) {
		t := text[c.Start:c.End]
		if t != "" && strings.Trim(t, "0123456789") == "" {
			return false // a page number: a table of contents
		}
		if len(t) > maxHeaderCell || strings.Count(t, " ") >= maxHeaderSpaces ||
			strings.Contains(t, "://") || strings.Contains(t, "www.") {
			return false
		}
	}
	return true
}

// maxHeaderCell bounds the bytes of a header cell ("收集的个人信息类型" is
// 27), and maxHeaderSpaces its spaces: "Type of data collected" has three.
const (
	maxHeaderCell   = 48
	maxHeaderSpaces = 4
)

// pipeCells returns the trimmed cells of the row text[s:e], without the
// empty cells outside a leading and trailing pipe.
func pipeCells(text string, s, e int) []layout.Span {
	sep := pipeOf(text[s:e])
	outer := outerPipes(text[s:e], sep)
	var cells []layout.Span
	for from := s; ; {
		i := strings.Index(text[from:e], sep)
		end := from + i
		if i < 0 {
			end = e
		}
		cs, ce := trim(text, from, end)
		if !(outer && (from == s || end == e)) {
			cells = append(cells, layout.Span{Start: cs, End: ce})
		}
		if i < 0 {
			return cells
		}
		from = end + len(sep)
	}
}

// columns returns the display width of line, counting East Asian wide and
// full-width characters as two columns, up to wrapWidth (the caller only
// compares with it).
func columns(line string) int {
	n := 0
	for i := 0; i < len(line) && n < wrapWidth; {
		if line[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		// Decode first: width.LookupString panics on some truncated
		// encodings ("\xf3" alone), and a bad byte is one column.
		r, size := utf8.DecodeRuneInString(line[i:])
		n++
		if r != utf8.RuneError || size > 1 {
			if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
				n++
			}
		}
		i += size
	}
	return n
}

// lineBounds returns the end of the line starting at pos (before its line
// terminator) and the start of the next line.
func lineBounds(text string, pos int) (end, next int) {
	// Two IndexByte searches rather than IndexAny, which goes byte by
	// byte: lines are searched for once per line of the document.
	rest := text[pos:]
	i := strings.IndexByte(rest, '\n')
	if i >= 0 {
		rest = rest[:i]
	}
	if j := strings.IndexByte(rest, '\r'); j >= 0 {
		i = j
	}
	if i < 0 {
		return len(text), len(text)
	}
	end = pos + i
	if text[end] == '\r' && end+1 < len(text) && text[end+1] == '\n' {
		return end, end + 2
	}
	return end, end + 1
}

// indentOf counts the columns of white space between the start of the line
// holding text[pos] and pos (a tab counts 4).
func indentOf(text string, pos int) int {
	n := 0
	for i := pos - 1; i >= 0; i-- {
		switch text[i] {
		case ' ':
			n++
		case '\t':
			n += 4
		case '\n', '\r':
			return n
		default:
			if text[i] >= 0x80 {
				// NBSP and ideographic space count as one column each.
				if i >= 1 && text[i-1:i+1] == "\u00a0" {
					n++
					i--
					continue
				}
				if i >= 2 && text[i-2:i+1] == "\u3000" {
					n++
					i -= 2
					continue
				}
			}
			return n
		}
	}
	return n
}

// growDouble returns s with room for at least one more element, doubling
// a full slice: append grows long slices by only 1.25x, which for the
// blocks and clauses of a large document allocates about five times their
// final size in copies.
func growDouble[T any](s []T) []T {
	if len(s) < cap(s) {
		return s
	}
	return slices.Grow(s, max(len(s), 8))
}
