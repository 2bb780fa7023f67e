package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// View is the matching view of a text: the form rules are written against.
// It is NFKC-normalised, lower-cased, with typographic variants folded to
// ASCII (’ → ', “ → ", – — → -, NBSP and ideographic space → space, 。→ .,
// full-width letters → ASCII). Text offsets map back through Map.
//
// ASCII text is copied one to one, so for the common case the view costs one
// pass and one allocation.
type View struct {
	Text string
	Map  *Map // view offsets → source offsets; nil when one to one
}

// Span maps a view span back to the source text.
func (v *View) Span(start, end int) (int, int) { return v.Map.Span(start, end) }

// NewView builds the matching view of s.
//
// It runs once per clause and per document, so ASCII is handled in runs:
// a run without capitals is written in one piece, and the offset map is
// touched only when a rune changes length or form, never for text that
// maps one to one.
func NewView(s string) *View {
	var (
		b  strings.Builder
		mb MapBuilder
	)
	b.Grow(len(s))
	run := 0 // pending one-to-one bytes
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			j := plainRun(s, i)
			if j > i {
				b.WriteString(s[i:j])
			} else {
				b.WriteByte(c + 'a' - 'A')
				j++
			}
			run += j - i
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if fixedRune(r) {
			b.WriteString(s[i : i+n])
			run += n
			i += n
			continue
		}
		folded := foldRune(r)
		if folded == s[i:i+n] {
			b.WriteString(folded)
			run += n
		} else {
			mb.Copy(run)
			run = 0
			b.WriteString(folded)
			mb.Replace(n, len(folded))
		}
		i += n
	}
	if len(mb.m.pieces) == 0 {
		// Nothing was replaced: the view maps one to one (a nil Map), and
		// recording the final copy would only allocate a piece to drop.
		return &View{Text: b.String()}
	}
	mb.Copy(run)
	return &View{Text: b.String(), Map: mb.Map()}
}

// plainRun returns the end of the run of s[i:] that the view copies
// unchanged: ASCII other than capitals. Eight bytes at a time while they
// are all plain — the bulk of a policy — then byte by byte.
func plainRun(s string, i int) int {
	const ones = 0x0101010101010101
	j := i
	for j+8 <= len(s) {
		w := uint64(s[j]) | uint64(s[j+1])<<8 | uint64(s[j+2])<<16 | uint64(s[j+3])<<24 |
			uint64(s[j+4])<<32 | uint64(s[j+5])<<40 | uint64(s[j+6])<<48 | uint64(s[j+7])<<56
		// The high bit of a byte of upper is set where the byte is in
		// 'A'..'Z'; no addition carries across bytes while every byte is
		// ASCII, and a non-ASCII byte stops the loop through w itself.
		upper := (w + (0x80-'A')*ones) &^ (w + (0x80-'Z'-1)*ones)
		if (w|upper)&(0x80*ones) != 0 {
			break
		}
		j += 8
	}
	for j < len(s) && s[j] < utf8.RuneSelf && !('A' <= s[j] && s[j] <= 'Z') {
		j++
	}
	return j
}

// fixedRune reports whether r is its own matching form without asking
// norm and strings: unified CJK ideographs and Hangul syllables have no
// case and no compatibility mapping, and in a Chinese policy they are
// nearly every rune, so the shortcut saves most of the view's cost there.
// (The compatibility ideographs, U+F900 to U+FAFF, do map and are not
// included.)
func fixedRune(r rune) bool {
	return 0x4E00 <= r && r <= 0x9FFF || // CJK Unified Ideographs
		0x3400 <= r && r <= 0x4DBF || // Extension A
		0xAC00 <= r && r <= 0xD7A3 || // Hangul syllables
		0x20000 <= r && r <= 0x2A6DF // Extension B
}

// foldRune returns the matching form of one non-ASCII rune.
func foldRune(r rune) string {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u0060', '\uFF07':
		return "'"
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\u300C', '\u300D', '\u300E', '\u300F', '\uFF02':
		return "\""
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return "-"
	case '\u3002', '\uFF61': // ideographic full stop
		return "."
	case '\u3001': // ideographic comma
		return ","
	case '\u2022', '\u00B7', '\u25CF', '\u25AA', '\u2219', '\u30FB':
		return "\u2022" // all bullets fold to one bullet
	case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD':
		return " " // zero-width and soft hyphen: keep a byte so tokens stay apart
	case '\u3010':
		return "["
	case '\u3011':
		return "]"
	case '\u300A':
		return "<"
	case '\u300B':
		return ">"
	}
	if unicode.IsSpace(r) {
		return " "
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	f := norm.NFKC.String(string(buf[:n]))
	return strings.ToLower(f)
}
