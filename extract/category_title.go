package extract

// Titles glued to the front of a clause: unsegmented text often runs a
// section heading into its first sentence ("Information We Collect We
// collect ..."). The category stage reads such a title as a heading.

import "strings"

// leadingTitle returns the byte length of the title glued to the front of
// a clause, or 0: unsegmented text often runs a section heading into its
// first sentence. It skips a leading enumerator ("3.", "B.", "(iv)") and
// reads titles of three shapes:
//
//   - title-case words running into a sentence: "Information We Collect
//     We collect ..." (two to twelve words, each capitalised or a small
//     word, ending before the capitalised word that opens the sentence,
//     which must be followed by a lower-case word that is not a small word);
//   - title-case words ended by ".", ":" or "?" before a capital:
//     "Public Postings. You ...", "How Do We Share It? We ...";
//   - a question of three to fifteen words in any case: "How do we use
//     your data? We ...";
//   - upper-case words running into mixed case: "SECURITY We use ..."
//     (two words or more, or one of four letters or more: not "IBM").
//
// A title that is followed by another (a section and its subsection:
// "1. WHO WE ARE? A. Our Sites. We ...") is read with it.
func leadingTitle(s string, small wordSet) int {
	end := 0
	for i := 0; ; {
		i = skipEnumerator(s, i)
		n := titleAt(s, i, small)
		if n == 0 {
			return end
		}
		end = n
		// Past the title's punctuation, if any, to look for a subtitle.
		i = n
		for i < len(s) && (s[i] == ' ' || s[i] == '.' || s[i] == ':' || s[i] == '?') {
			i++
		}
		if i == n {
			return end
		}
	}
}

// skipEnumerator returns the offset past spaces and a list enumerator at
// s[i:]: "3.", "12)", "B.", "(a)", "iv.", "(vii)".
func skipEnumerator(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	j := i
	paren := j < len(s) && s[j] == '('
	if paren {
		j++
	}
	k := j
	for k < len(s) && isWordByte(s[k]) && k-j < 5 {
		k++
	}
	w := s[j:k]
	if w == "" || k < len(s) && isWordByte(s[k]) {
		return i
	}
	numeric := true
	for x := 0; x < len(w); x++ {
		numeric = numeric && w[x] >= '0' && w[x] <= '9'
	}
	roman := strings.Trim(strings.ToLower(w), "ivx") == ""
	if !numeric && !roman && len(w) != 1 {
		return i
	}
	switch {
	case k < len(s) && s[k] == ')':
		k++
	case !paren && k < len(s) && s[k] == '.':
		k++
	default:
		return i
	}
	if k < len(s) && s[k] != ' ' {
		return i
	}
	return k
}

// titleAt returns the end offset of a title starting at s[i], or 0.
func titleAt(s string, i int, small wordSet) int {
	type word struct {
		start, end   int
		upper, allUp bool
	}
	var buf [16]word // the scan stops at 16 words
	words := buf[:0]
	stop := byte(0) // the punctuation that ended the scan
scan:
	for len(words) < 16 {
		for i < len(s) && !isWordByte(s[i]) {
			if strings.IndexByte(".:;!?", s[i]) >= 0 {
				stop = s[i]
				break scan // the title, if any, is in the words so far
			}
			i++
		}
		j := i
		allUp := true
		for j < len(s) && (isWordByte(s[j]) || s[j] == '\'') {
			if s[j] >= 'a' && s[j] <= 'z' {
				allUp = false
			}
			j++
		}
		if j == i {
			break
		}
		words = append(words, word{i, j, s[i] >= 'A' && s[i] <= 'Z', allUp && s[i] >= 'A' && s[i] <= 'Z'})
		i = j
	}
	titleWord := func(w word) bool {
		return w.upper || small[strings.ToLower(s[w.start:w.end])]
	}
	// Upper-case words running into mixed case: "SECURITY We use".
	if len(words) > 1 && words[0].allUp {
		k := 1
		for k < len(words) && words[k].allUp {
			k++
		}
		if k < len(words) && (k >= 2 || words[0].end-words[0].start >= 4) {
			return words[k-1].end
		}
	}
	if stop == '?' && len(words) >= 3 && len(words) <= 15 && words[0].upper && followedBySentence(s, words[len(words)-1].end) {
		return words[len(words)-1].end // a question heading, in any case
	}
	for k, w := range words {
		if titleWord(w) {
			continue
		}
		// words[k] is a plain lower-case word: the sentence began at the
		// last capitalised word before it.
		for b := k - 1; b >= 2; b-- {
			if words[b].upper {
				return words[b-1].end
			}
		}
		return 0
	}
	// Every word is title-like: a title if punctuation ends it and a
	// capitalised sentence follows ("Public Postings. You should ...").
	if len(words) == 0 || len(words) > 12 || stop == 0 || stop == ';' || stop == '!' {
		return 0
	}
	upper := false
	for _, w := range words {
		upper = upper || w.upper && !small[strings.ToLower(s[w.start:w.end])]
	}
	if !upper {
		return 0
	}
	if end := words[len(words)-1].end; followedBySentence(s, end) {
		return end
	}
	return 0
}

// followedBySentence reports whether the punctuation mark after s[:end]
// (spaces allowed before it) is followed by a space and the capital, digit,
// parenthesis or quote that opens a sentence: "Security. We ...", not
// "example.com" or "3.5".
func followedBySentence(s string, end int) bool {
	j := end
	for j < len(s) && s[j] == ' ' {
		j++
	}
	j++ // the punctuation
	if j >= len(s) || s[j] != ' ' {
		return false
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	return j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9' || s[j] == '(' || s[j] == '"')
}

// viewPrefix maps a byte length of the clause text to the matching view.
func viewPrefix(c *clause, n int) int {
	// The view is a one-to-one copy for ASCII text; otherwise find the
	// first view offset that maps at or past n.
	if c.view.Map == nil {
		return n
	}
	lo, hi := 0, len(c.view.Text)
	for lo < hi {
		m := (lo + hi) / 2
		if s, _ := c.view.Span(m, m); s < n {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
