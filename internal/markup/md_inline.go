package markup

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// edit is a change the inline pass makes to a span of one line: n source
// bytes at pos are dropped (d == "") or replaced by d. Bytes between edits
// are copied.
type edit struct {
	pos, n int
	d      string
}

// delim is a run of emphasis characters that may open or close.
type delim struct {
	pos, n          int
	c               byte
	canOpen, canClo bool
	matched         bool
}

// inline writes the inline content s (one line, or one table cell) whose
// first byte is the next unread source byte.
func (m *mdReader) inline(s string) {
	edits := inlineEdits(s)
	pos := 0
	for _, e := range edits {
		if e.pos < pos || e.pos+e.n > len(s) {
			continue // overlapping edits cannot be applied; keep the bytes
		}
		m.plain(s[pos:e.pos])
		if e.d == "" {
			m.w.drop(e.n)
		} else {
			m.w.replace(e.n, e.d)
		}
		pos = e.pos + e.n
	}
	m.plain(s[pos:])
}

// plain writes text with white space runs collapsed. Control characters
// and Unicode spaces count as white space; invalid UTF-8 becomes U+FFFD.
func (m *mdReader) plain(s string) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isMDSpace(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isMDSpace(r2) {
					break
				}
				j += n2
			}
			m.w.soft(j-i, ' ', j-i == 1 && s[i] == ' ')
			i = j
		case r == utf8.RuneError && n == 1:
			m.w.replace(1, "\uFFFD")
			i++
		default:
			j := i + n
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf {
					if c <= ' ' || c == 0x7f {
						break
					}
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if r2 == utf8.RuneError && n2 == 1 || unicode.IsSpace(r2) {
					break
				}
				j += n2
			}
			m.w.copyText(s[i:j])
			i = j
		}
	}
}

// isMDSpace reports runes that collapse like white space.
func isMDSpace(r rune) bool { return r <= ' ' || r == 0x7f || unicode.IsSpace(r) }

// inlineEdits finds the markup of one line: backslash escapes, code spans,
// links and images, autolinks and the emphasis delimiters that pair up.
func inlineEdits(s string) []edit {
	var (
		edits  []edit
		delims []delim
		// noRun[k]: no backtick run of length k follows; a failed search
		// is never repeated, keeping the pass linear.
		noRun = map[int]bool{}
		match = matchBrackets(s)
		// closing part of the link being scanned: at linkEnd the edits in
		// linkClose apply and scanning resumes at linkResume.
		linkEnd    = -1
		linkResume int
		linkClose  []edit
	)
	for i := 0; i < len(s); {
		if i == linkEnd {
			edits = append(edits, linkClose...)
			i, linkEnd, linkClose = linkResume, -1, nil
			continue
		}
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			edits = append(edits, edit{pos: i, n: 1})
			i += 2
		case c == '`':
			k := runLen(s, i, '`')
			j := -1
			if !noRun[k] {
				if j = findRun(s, i+k, '`', k); j < 0 {
					noRun[k] = true
				}
			}
			if j >= 0 && (linkEnd < 0 || j+k <= linkEnd) {
				edits = append(edits, edit{pos: i, n: k}, edit{pos: j, n: k})
				i = j + k
			} else {
				i += k
			}
		case (c == '[' || c == '!' && i+1 < len(s) && s[i+1] == '[') && linkEnd < 0:
			open := 1
			if c == '!' {
				open = 2
			}
			if le, close, resume, ok := parseLink(s, i, open, match); ok {
				edits = append(edits, edit{pos: i, n: open})
				linkEnd, linkClose, linkResume = le, close, resume
				i += open
			} else {
				i += open
			}
		case c == '<':
			if j := autolink(s, i); j > 0 && (linkEnd < 0 || j <= linkEnd) {
				edits = append(edits, edit{pos: i, n: 1}, edit{pos: j - 1, n: 1})
				i = j
			} else {
				i++
			}
		case c == '*' || c == '_' || c == '~':
			k := runLen(s, i, c)
			if c != '~' || k == 2 {
				prev, next := byte(' '), byte(' ')
				if i > 0 {
					prev = s[i-1]
				}
				if i+k < len(s) {
					next = s[i+k]
				}
				left, right := !isSpaceByte(next), !isSpaceByte(prev)
				d := delim{pos: i, n: k, c: c, canOpen: left, canClo: right}
				if c == '_' {
					d.canOpen = left && !isAlnum(prev)
					d.canClo = right && !isAlnum(next)
				}
				delims = append(delims, d)
			}
			i += k
		default:
			i++
		}
	}
	if linkEnd >= 0 { // cannot happen: parseLink checked the closing bracket
		edits = append(edits, linkClose...)
	}
	edits = append(edits, pairDelims(delims)...)
	sort.Slice(edits, func(a, b int) bool { return edits[a].pos < edits[b].pos })
	return edits
}

// pairDelims matches each closer to the nearest unmatched opener of the
// same character (for ~, the same length) and returns drops for the
// matched runs. One stack per kind keeps it linear.
func pairDelims(ds []delim) []edit {
	var (
		stacks [3][]int // *, _, ~~
		out    []edit
	)
	kind := func(c byte) int {
		switch c {
		case '*':
			return 0
		case '_':
			return 1
		}
		return 2
	}
	for i := range ds {
		d := &ds[i]
		st := &stacks[kind(d.c)]
		if d.canClo && len(*st) > 0 {
			o := &ds[(*st)[len(*st)-1]]
			o.matched, d.matched = true, true
			*st = (*st)[:len(*st)-1]
		}
		if !d.matched && d.canOpen {
			*st = append(*st, i)
		}
	}
	for _, d := range ds {
		if d.matched {
			out = append(out, edit{pos: d.pos, n: d.n})
		}
	}
	return out
}

// matchBrackets pairs every [ with its ] and every ( with its ), nesting
// respected and backslash-escaped ones skipped, in one pass.
func matchBrackets(s string) map[int]int {
	var (
		m             map[int]int
		square, paren []int
	)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			square = append(square, i)
		case '(':
			paren = append(paren, i)
		case ']':
			if n := len(square); n > 0 {
				if m == nil {
					m = map[int]int{}
				}
				m[square[n-1]] = i
				square = square[:n-1]
			}
		case ')':
			if n := len(paren); n > 0 {
				if m == nil {
					m = map[int]int{}
				}
				m[paren[n-1]] = i
				paren = paren[:n-1]
			}
		}
	}
	return m
}

// parseLink parses [text](url "title"), ![alt](url) or [text][ref] at i,
// whose opening bracket(s) take open bytes. It returns the offset of the
// closing bracket, the edits that apply there and where scanning resumes.
func parseLink(s string, i, open int, match map[int]int) (end int, close []edit, resume int, ok bool) {
	j, found := match[i+open-1]
	if !found || j == i+open {
		return 0, nil, 0, false
	}
	textEnd := j
	switch {
	case j+1 < len(s) && s[j+1] == '(':
		k, found := match[j+1]
		if !found {
			return 0, nil, 0, false
		}
		u0 := j + 2
		for u0 < k && s[u0] == ' ' {
			u0++
		}
		u1 := u0
		for u1 < k && s[u1] != ' ' {
			u1++
		}
		url := strings.Trim(s[u0:u1], "<>")
		text := s[i+open : textEnd]
		if open == 2 || url == "" || url == text || strings.TrimPrefix(url, "mailto:") == text {
			return textEnd, []edit{{pos: textEnd, n: k + 1 - textEnd}}, k + 1, true
		}
		// "](" becomes " (", the URL and ")" stay, a title is dropped. Blank
		// link text leaves the bare URL.
		switch {
		case strings.TrimFunc(text, isMDSpace) == "":
			close = []edit{{pos: textEnd, n: u0 - textEnd}}
			if k > u1 {
				close = append(close, edit{pos: u1, n: k - u1})
			}
			return textEnd, append(close, edit{pos: k, n: 1}), k + 1, true
		case isMDSpace(lastRune(text)):
			close = []edit{{pos: textEnd, n: u0 - textEnd, d: "("}}
		default:
			close = []edit{{pos: textEnd, n: u0 - textEnd, d: " ("}}
		}
		if k > u1 {
			close = append(close, edit{pos: u1, n: k - u1})
		}
		return textEnd, close, k + 1, true
	case j+1 < len(s) && s[j+1] == '[':
		k := strings.IndexByte(s[j+2:], ']')
		if k < 0 {
			return 0, nil, 0, false
		}
		k += j + 2
		return textEnd, []edit{{pos: textEnd, n: k + 1 - textEnd}}, k + 1, true
	}
	return 0, nil, 0, false
}

// autolink returns the end of <scheme:...> at i, or 0.
func autolink(s string, i int) int {
	rest := s[i+1:]
	lower := strings.ToLower(rest[:min(len(rest), 8)])
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "mailto:") {
		return 0
	}
	for k := 0; k < len(rest); k++ {
		switch rest[k] {
		case '>':
			return i + 1 + k + 1
		case ' ', '<':
			return 0
		}
	}
	return 0
}

func runLen(s string, i int, c byte) int {
	k := 0
	for i+k < len(s) && s[i+k] == c {
		k++
	}
	return k
}

// findRun finds a run of exactly n c's at or after i.
func findRun(s string, i int, c byte, n int) int {
	for i < len(s) {
		k := strings.IndexByte(s[i:], c)
		if k < 0 {
			return -1
		}
		i += k
		r := runLen(s, i, c)
		if r == n {
			return i
		}
		i += r
	}
	return -1
}

func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
