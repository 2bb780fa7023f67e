package markup

import (
	"strings"

	"github.com/privtext/go-privtext/internal/layout"
)

// text writes one line of paragraph or list-item content and its line
// ending: a soft space, or a line break after two trailing spaces or a
// backslash (a Markdown hard break).
func (m *mdReader) text(s string, term int) {
	body := strings.TrimRight(s, " \t")
	trail := len(s) - len(body)
	hard := trail >= 2
	if strings.HasSuffix(body, `\`) && !strings.HasSuffix(body, `\\`) {
		body = body[:len(body)-1]
		trail++
		hard = true
	}
	m.inline(body)
	if hard {
		m.w.soft(trail+term, '\n', false)
	} else {
		m.w.soft(trail+term, ' ', false)
	}
}

// heading writes an ATX heading: s is the whole line, n its indentation.
func (m *mdReader) heading(s string, n, level, term int) {
	m.endBlock()
	m.lists = m.lists[:0]
	cs := n + level
	for cs < len(s) && (s[cs] == ' ' || s[cs] == '\t') {
		cs++
	}
	ce := len(strings.TrimRight(s, " \t"))
	if ce < cs {
		ce = cs
	}
	// A closing run of #s preceded by a space is not content.
	if k := ce; k > cs && s[k-1] == '#' {
		for k > cs && s[k-1] == '#' {
			k--
		}
		if k == cs || s[k-1] == ' ' || s[k-1] == '\t' {
			ce = len(strings.TrimRight(s[:k], " \t"))
			if ce < cs {
				ce = cs
			}
		}
	}
	m.w.drop(cs)
	m.shape = layout.Block{Kind: layout.Heading, Level: level}
	m.inline(s[cs:ce])
	m.w.drop(len(s) - ce + term)
	m.endBlock()
}

// item writes a list item: s is the line, col and n its indentation, mk
// the marker's length and sp the white space after it.
func (m *mdReader) item(s string, col, n, mk, sp, term int) {
	m.endBlock()
	for len(m.lists) > 0 && m.lists[len(m.lists)-1] > col {
		m.lists = m.lists[:len(m.lists)-1]
	}
	if (len(m.lists) == 0 || m.lists[len(m.lists)-1] < col) && len(m.lists) < maxListDepth {
		m.lists = append(m.lists, col)
	}
	m.w.drop(n)
	m.w.begin()
	ms := m.w.len()
	m.w.copyText(s[n : n+mk])
	me := m.w.len()
	if sp > 0 {
		m.w.replace(sp, " ")
	}
	m.w.start = m.w.len()
	m.shape = layout.Block{Kind: layout.ListItem, Depth: max(len(m.lists), 1), Marker: layout.Span{Start: ms, End: me}}
	m.itemCol = col + mk + sp
	m.text(s[n+mk+sp:], term)
}

// tableRow writes one row of a pipe table; header is nil for the header
// row, which becomes the table's header.
func (m *mdReader) tableRow(s string, term int, header []layout.Span) {
	m.endBlock()
	pos := 0
	var cells []layout.Span
	for _, c := range splitCells(s) {
		m.w.drop(c.Start - pos)
		if c.End > c.Start {
			tab := -1
			if m.w.open && m.w.len() > m.w.start {
				m.w.trim()
				tab = len(m.w.ops)
				m.w.insert("\t")
			} else {
				m.w.begin()
			}
			st := m.w.len()
			m.inline(s[c.Start:c.End])
			m.w.trim()
			if m.w.len() > st {
				cells = append(cells, layout.Span{Start: st, End: m.w.len()})
			} else {
				if tab >= 0 { // the cell wrote nothing: take the tab back
					m.w.ops[tab].dn = 0
					m.w.out = m.w.out[:len(m.w.out)-1]
				}
				cells = append(cells, layout.Span{Start: -1, End: -1})
			}
		} else {
			cells = append(cells, layout.Span{Start: -1, End: -1})
		}
		pos = c.End
	}
	m.w.drop(len(s) - pos + term)
	if m.w.open {
		fillEmpty(cells, m.w.start)
	} else {
		fillEmpty(cells, m.w.len()) // no row is emitted; keep the header valid
	}
	if header == nil {
		header = cells
		m.header = cells
	}
	m.shape = layout.Block{Kind: layout.TableRow, Cells: cells, Header: header}
	m.endBlock()
}

// fillEmpty gives empty cells (Start < 0) an empty span where they stand.
func fillEmpty(cells []layout.Span, start int) {
	prev := start
	for i := range cells {
		if cells[i].Start < 0 {
			cells[i] = layout.Span{Start: prev, End: prev}
		} else {
			prev = cells[i].End
		}
	}
}

// splitCells returns the trimmed content ranges of the cells of a pipe
// table row, in order. Escaped pipes (\|) do not split.
func splitCells(s string) []layout.Span {
	_, i := indent(s)
	end := len(strings.TrimRight(s, " \t"))
	if i < end && s[i] == '|' {
		i++
	}
	if end > i && s[end-1] == '|' && (end < 2 || s[end-2] != '\\') {
		end--
	}
	var out []layout.Span
	for a := i; a <= end; {
		b := a
		for b < end && s[b] != '|' {
			if s[b] == '\\' {
				b++
			}
			b++
		}
		b = min(b, end)
		cs, ce := a, b
		for cs < ce && (s[cs] == ' ' || s[cs] == '\t') {
			cs++
		}
		for ce > cs && (s[ce-1] == ' ' || s[ce-1] == '\t') {
			ce--
		}
		if strings.TrimFunc(s[cs:ce], isMDSpace) == "" {
			ce = cs
		}
		out = append(out, layout.Span{Start: cs, End: ce})
		a = b + 1
	}
	return out
}

// isDelimRow reports a table delimiter row such as "|---|:--:|".
func isDelimRow(s string) bool {
	t := strings.Trim(s, " \t")
	if !strings.Contains(t, "-") {
		return false
	}
	t = strings.TrimPrefix(t, "|")
	t = strings.TrimSuffix(t, "|")
	for _, c := range strings.Split(t, "|") {
		c = strings.Trim(c, " \t")
		c = strings.TrimPrefix(c, ":")
		c = strings.TrimSuffix(c, ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return false
		}
	}
	return true
}

func isFence(s string) bool {
	if s[0] != '`' && s[0] != '~' {
		return false
	}
	k := runLen(s, 0, s[0])
	return k >= 3 && (s[0] == '~' || !strings.Contains(s[k:], "`"))
}

func atxLevel(s string) int {
	k := runLen(s, 0, '#')
	if k < 1 || k > 6 || (k < len(s) && s[k] != ' ' && s[k] != '\t') {
		return 0
	}
	return k
}

func setextLevel(s string) int {
	t := strings.TrimRight(s, " \t")
	switch {
	case t == "":
		return 0
	case strings.Trim(t, "=") == "":
		return 1
	case strings.Trim(t, "-") == "":
		return 2
	}
	return 0
}

// isBreak reports a thematic break: three or more *, - or _ and spaces.
func isBreak(s string) bool {
	c := s[0]
	if c != '*' && c != '-' && c != '_' {
		return false
	}
	k := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case c:
			k++
		case ' ', '\t':
		default:
			return false
		}
	}
	return k >= 3
}

// listMarker returns the length of a list marker at the start of s ("-",
// "*", "+", "12.", "3)") and of the white space after it, or 0.
func listMarker(s string) (mk, sp int) {
	switch {
	case s[0] == '-' || s[0] == '*' || s[0] == '+':
		mk = 1
	default:
		d := 0
		for d < len(s) && d < 9 && '0' <= s[d] && s[d] <= '9' {
			d++
		}
		if d == 0 || d >= len(s) || (s[d] != '.' && s[d] != ')') {
			return 0, 0
		}
		mk = d + 1
	}
	if mk < len(s) && s[mk] != ' ' && s[mk] != '\t' {
		return 0, 0
	}
	for mk+sp < len(s) && (s[mk+sp] == ' ' || s[mk+sp] == '\t') {
		sp++
	}
	return mk, sp
}
