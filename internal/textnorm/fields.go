package textnorm

import (
	"unicode"
	"unicode/utf8"
)

// CountFields returns len(strings.Fields(s)) when it is at most limit, and
// limit+1 otherwise. Callers that only compare a word count with a bound
// ("a title has at most 12 words") use it on every line of a document:
// strings.Fields would allocate the words, and counting need not go past
// the bound.
func CountFields(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r' // as strings.Fields
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		switch {
		case space:
			in = false
		case !in:
			in = true
			n++
			if n > limit {
				return n
			}
		}
	}
	return n
}
