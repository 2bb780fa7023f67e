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
// previous one when the previous one is long (hard-wrapped prose) and the
// new one does not start with a list marker. Blank lines always separate.
// "\r\n", "\r" and "\n" are all line ends. Consecutive lines of cells
// split by '|', as many in each, are a table: TableRow blocks, the first
// line the header ("SDK名称|第三方主体|用途", then one line per SDK).
func Lines(text string) []layout.Block {
	v := loadVocab()
	var (
		blocks  []layout.Block
		open    bool
		lastLen int   // length of the open block's last line
		rows    []int // cell counts of the blocks, 0 for prose
	)
	for pos := 0; pos < len(text); {
		lineEnd, next := lineBounds(text, pos)
		s, e := trim(text, pos, lineEnd)
		cells := pipeCellCount(text[s:e])
		switch {
		case s == e: // blank line
			open = false
		case open && cells == 0 && lastLen >= wrapWidth && parseMarker(text[s:e], v).style == styleNone && s-pos < 4:
			blocks[len(blocks)-1].End = e
			lastLen = columns(text[s:e])
		default:
			blocks = append(growDouble(blocks), layout.Block{Kind: layout.Line, Start: s, End: e})
			rows = append(rows, cells)
			open = cells == 0 // a row is continued by no line
			lastLen = columns(text[s:e])
		}
		pos = next
	}
	return pipeTables(text, blocks, rows)
}

// minPipeCells is the fewest cells a line of a plain-text table has: two
// pipes ("名称|用途|信息"); one pipe is as often prose ("A | B").
const minPipeCells = 3

// pipeCellCount returns the number of '|'-separated cells of line, not
// counting empty cells before a leading or after a trailing pipe, or 0 when
// it has fewer than minPipeCells.
func pipeCellCount(line string) int {
	n := strings.Count(line, "|")
	if n < minPipeCells-1 {
		return 0
	}
	n++
	if strings.HasPrefix(line, "|") {
		n--
	}
	if strings.HasSuffix(line, "|") {
		n--
	}
	if n < minPipeCells {
		return 0
	}
	return n
}

// pipeTables turns each run of two or more consecutive blocks with the
// same cell count (rows[i], 0 for prose) into table rows: the first is the
// header of the others.
func pipeTables(text string, blocks []layout.Block, rows []int) []layout.Block {
	for i := 0; i < len(blocks); {
		j := i + 1
		for j < len(blocks) && rows[i] > 0 && rows[j] == rows[i] {
			j++
		}
		if j-i >= 2 && headerLike(text, blocks[i]) {
			var header []layout.Span
			for k := i; k < j; k++ {
				b := &blocks[k]
				b.Kind, b.Cells = layout.TableRow, pipeCells(text, b.Start, b.End)
				if header == nil {
					header = b.Cells
				}
				b.Header = header
			}
		}
		i = j
	}
	return blocks
}

// headerLike reports whether the first line of a run of pipe rows names
// columns: short cells and no link. Without one the lines are records of
// cells ("高德地图SDK | 高德软件有限公司 | 定位 | https://…"), read one by one.
func headerLike(text string, b layout.Block) bool {
	for _, c := range pipeCells(text, b.Start, b.End) {
		t := text[c.Start:c.End]
		if len(t) > maxHeaderCell || strings.Contains(t, "://") || strings.Contains(t, "www.") {
			return false
		}
	}
	return true
}

// maxHeaderCell bounds the bytes of a header cell: "收集的个人信息类型" is 27.
const maxHeaderCell = 48

// pipeCells returns the trimmed cells of the row text[s:e], without the
// empty cells outside a leading or trailing pipe.
func pipeCells(text string, s, e int) []layout.Span {
	var cells []layout.Span
	from := s
	for i := s; i <= e; i++ {
		if i < e && text[i] != '|' {
			continue
		}
		cs, ce := trim(text, from, i)
		if !(cs == ce && (from == s || i == e)) {
			cells = append(cells, layout.Span{Start: cs, End: ce})
		}
		from = i + 1
	}
	return cells
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
