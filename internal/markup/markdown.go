package markup

import (
	"strings"

	"github.com/privtext/go-privtext/internal/layout"
)

type mdReader struct {
	src   string
	w     *writer
	shape layout.Block // shape of the open block
	quote bool         // the open block is a quote
	title string

	fence     byte // '`' or '~' while inside a fenced code block
	fenceLen  int
	lists     []int // indentation of the open list levels
	itemCol   int   // content column of the last list item
	lastBlank bool
	header    []layout.Span // header cells of the open table; nil outside tables
	inTable   bool
}

// ReadMarkdown reads Markdown into its visible text and blocks. See the
// package comment for the supported subset and the span contract. It never
// fails; the error result is reserved for future limits.
func ReadMarkdown(src string) (*Doc, error) {
	m := &mdReader{src: src, w: newWriter(len(src))}
	pos := m.frontMatter()
	for pos < len(src) {
		end, next := lineAt(src, pos)
		pos = m.line(pos, end, next)
	}
	m.endBlock()
	d := m.w.doc(len(src))
	d.Title = m.title
	return d, nil
}

// lineAt returns the end of the line starting at pos and the start of the
// next one.
func lineAt(s string, pos int) (end, next int) {
	k := strings.IndexAny(s[pos:], "\r\n")
	if k < 0 {
		return len(s), len(s)
	}
	end = pos + k
	next = end + 1
	if s[end] == '\r' && next < len(s) && s[next] == '\n' {
		next++
	}
	return end, next
}

// frontMatter drops a leading YAML block delimited by "---" lines, keeping
// its title, and returns where the body starts.
func (m *mdReader) frontMatter() int {
	end, next := lineAt(m.src, 0)
	if strings.TrimRight(m.src[:end], " \t") != "---" || !yamlKey(m.src[next:]) {
		return 0
	}
	for pos := next; pos < len(m.src); {
		e, n := lineAt(m.src, pos)
		line := m.src[pos:e]
		if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
			m.w.drop(n)
			return n
		}
		if v, ok := strings.CutPrefix(line, "title:"); ok && m.title == "" {
			m.title = strings.Trim(strings.TrimSpace(v), `"'`)
		}
		pos = n
	}
	return 0 // unterminated: not front matter
}

// yamlKey reports whether s starts with "key:", as front matter does (and
// a thematic break followed by text does not).
func yamlKey(s string) bool {
	i := 0
	for i < len(s) && (isAlnum(s[i]) || s[i] == '_' || s[i] == '-') {
		i++
	}
	return i > 0 && i < len(s) && s[i] == ':'
}

func (m *mdReader) endBlock() {
	if m.w.open {
		b := m.shape
		k := len(m.w.blocks)
		m.w.emit(b)
		if b.Kind == layout.Heading && b.Level == 1 && m.title == "" && len(m.w.blocks) > k {
			last := m.w.blocks[len(m.w.blocks)-1]
			m.title = string(m.w.out[last.Start:last.End])
		}
	}
	m.quote = false
}

// indent measures leading spaces and tabs (a tab advances to the next
// multiple of 4) and returns the column and the byte length.
func indent(s string) (col, n int) {
	for n < len(s) {
		switch s[n] {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return col, n
		}
		n++
	}
	return col, n
}

func isBlank(s string) bool { return strings.TrimFunc(s, isMDSpace) == "" }

// line reads the line src[pos:end] whose terminator ends at next, and
// returns where the next unread line starts.
func (m *mdReader) line(pos, end, next int) int {
	s := m.src[pos:end]
	term := next - end
	if m.fence != 0 {
		_, n := indent(s)
		if k := runLen(s, n, m.fence); k >= m.fenceLen && isBlank(s[n+k:]) {
			m.fence = 0
		}
		m.w.drop(next - pos)
		return next
	}
	if isBlank(s) {
		m.endBlock()
		m.inTable = false
		m.w.drop(next - pos)
		m.lastBlank = true
		return next
	}
	col, n := indent(s)
	rest := s[n:]
	blank := m.lastBlank
	m.lastBlank = false

	// Quotes: drop the markers, read the rest as paragraph text.
	if rest[0] == '>' {
		q := n
		for q < len(s) && (s[q] == '>' || s[q] == ' ' || s[q] == '\t') {
			q++
		}
		if !m.quote || !m.w.open {
			m.endBlock()
		}
		m.w.drop(q)
		if q == len(s) {
			m.endBlock()
			m.w.drop(term)
			return next
		}
		m.shape = layout.Block{Kind: layout.Paragraph}
		m.text(s[q:], term)
		m.quote = m.w.open
		return next
	}
	if m.quote {
		m.endBlock()
	}

	switch {
	case isFence(rest):
		m.endBlock()
		m.fence, m.fenceLen = rest[0], runLen(rest, 0, rest[0])
		m.w.drop(next - pos)
		return next
	case atxLevel(rest) > 0:
		m.heading(s, n, atxLevel(rest), term)
		return next
	case m.w.open && m.shape.Kind == layout.Paragraph && setextLevel(rest) > 0:
		m.shape = layout.Block{Kind: layout.Heading, Level: setextLevel(rest)}
		m.w.drop(next - pos)
		m.endBlock()
		return next
	case isBreak(rest):
		m.endBlock()
		m.w.drop(next - pos)
		return next
	}
	if m.inTable && strings.Contains(rest, "|") {
		m.tableRow(s, term, m.header)
		return next
	}
	m.inTable = false
	if strings.Contains(rest, "|") && next < len(m.src) {
		e2, n2 := lineAt(m.src, next)
		if isDelimRow(m.src[next:e2]) {
			m.endBlock()
			m.header = nil
			m.tableRow(s, term, nil)
			m.w.drop(n2 - next)
			m.inTable = true
			return n2
		}
	}
	// A list item starts here, except that an ordered item other than "1."
	// does not interrupt a paragraph ("2024. Year" continues one).
	if mk, sp := listMarker(rest); mk > 0 && (!m.w.open || blank || m.shape.Kind != layout.Paragraph ||
		!isDigit(rest[0]) || rest[:mk-1] == "1") {
		m.item(s, col, n, mk, sp, term)
		return next
	}
	// Paragraph text: a lazy continuation of the open block, or a new
	// paragraph.
	if m.w.open && !blank && m.shape.Kind != layout.Heading && m.shape.Kind != layout.TableRow {
		m.w.drop(n)
		m.text(rest, term)
		return next
	}
	m.endBlock()
	if col < m.itemCol {
		m.lists = m.lists[:0]
	}
	m.shape = layout.Block{Kind: layout.Paragraph, Depth: len(m.lists)} // indented under an item: its next paragraph
	m.w.drop(n)
	m.text(rest, term)
	return next
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
