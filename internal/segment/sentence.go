package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privtext/go-privtext/internal/layout"
)

// maxClause bounds a clause: a run of text longer than this without a
// sentence end (a flattened table, a 5 MB line) is cut at a space, so that
// later stages always work on bounded pieces.
const maxClause = 4096

// sentences appends the trimmed sentence spans of text[start:end] to out.
//
// It is a single forward scan, written for policies translated or typed in
// a hurry: it splits "services.If we" (a period glued to a capitalised word),
// keeps "Co., Ltd.", "e.g.", decimals, section numbers, domains, e-mail
// addresses and URLs whole, and treats the CJK full stop "。" as a sentence
// end.
func (v *vocab) sentences(text string, start, end int, out []layout.Span) []layout.Span {
	sentStart := start
	emit := func(e int) {
		s, e2 := trim(text, sentStart, e)
		for e2-s > maxClause {
			cut := cutPoint(text, s, s+maxClause)
			out = appendTrimmed(text, s, cut, out)
			s = cut
		}
		out = appendTrimmed(text, s, e2, out)
		sentStart = e
	}
	for i := start; i < end; {
		c := text[i]
		if c == 'h' || c == 'H' || c == 'w' || c == 'W' {
			if n := urlLen(text[i:end]); n > 0 {
				i += n
				// A URL that ends the sentence keeps its period outside.
				if text[i-1] == '.' && boundaryAfter(text, i, end) {
					emit(i)
				}
				continue
			}
		}
		switch {
		case c == '.':
			if v.periodEnds(text, start, i, end) {
				j := closers(text, i+1, end)
				emit(j)
				i = j
				continue
			}
		case c == '?' || c == '!':
			j := closers(text, i+1, end)
			if j >= end || isSpace(text[j]) || (j < end && isUpper(text[j])) {
				emit(j)
				i = j
				continue
			}
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == '。' || r == '！' || r == '？' {
				j := closers(text, i+n, end)
				emit(j)
				i = j
				continue
			}
			i += n
			continue
		}
		i++
	}
	if sentStart < end {
		emit(end)
	}
	return out
}

// maxWordScan bounds how far periodEnds looks back for the word before a
// period; longer "words" are URLs or junk, not abbreviations.
const maxWordScan = 256

// periodEnds decides whether the period at text[i] ends a sentence.
func (v *vocab) periodEnds(text string, start, i, end int) bool {
	prev := byte(' ')
	if i > start {
		prev = text[i-1]
	}
	if i+1 < end && isDigit(prev) && isDigit(text[i+1]) {
		return false // 1.5, 3.1.2
	}
	// The word before the period, back to a space or an opening bracket,
	// or maxWordScan bytes: a run of periods without spaces must not cost
	// a scan back over the whole run at each period.
	w, low := i, max(start, i-maxWordScan)
	for w > low && !isSpace(text[w-1]) && text[w-1] != '(' && text[w-1] != '"' {
		w--
	}
	word := text[w : i+1]
	if len(word) <= v.maxAbbrevLen+1 {
		lw := strings.ToLower(word)
		if v.abbrev[lw] {
			return false
		}
		if v.terminalAbbrev[lw] {
			return boundaryAfter(text, i+1, end)
		}
	}
	if len(word) == 2 && isUpper(word[0]) {
		return false // an initial: "J. Smith"
	}
	j := closers(text, i+1, end)
	if j >= end {
		return true
	}
	next := text[j]
	if isSpace(next) {
		return boundaryAfter(text, j, end)
	}
	// Glued sentences: "services.If we". The word before must be a plain
	// word (not a domain or an address) and the next a capitalised word.
	if isUpper(next) && (isLower(prev) || prev == ')' || isDigit(prev)) && j+1 < end && (isLower(text[j+1]) || text[j+1] == ' ') {
		if strings.ContainsAny(word[:len(word)-1], ".@/") {
			return false
		}
		return !v.domainAt(text, j, end)
	}
	return false
}

// domainAt reports whether the letters at text[j:] are a top-level domain
// standing alone ("Com" in "My.Com (Third Parties)"), which makes the
// period before them part of a domain name.
func (v *vocab) domainAt(text string, j, end int) bool {
	k := j
	for k < end && k-j <= 4 && isLetter(text[k]) {
		k++
	}
	if k < end && (isLetter(text[k]) || isDigit(text[k])) {
		return false
	}
	return v.domainSuffix[strings.ToLower(text[j:k])]
}

// boundaryAfter reports whether the text after position j (spaces first)
// starts a new sentence: an upper-case letter, a digit, an opening quote or
// bracket, a bullet, or a non-ASCII letter (CJK text).
func boundaryAfter(text string, j, end int) bool {
	for j < end && isSpace(text[j]) {
		j++
	}
	if j >= end {
		return true
	}
	c := text[j]
	switch {
	case isUpper(c), isDigit(c), c == '"', c == '\'', c == '(', c == '[':
		return true
	case c >= utf8.RuneSelf:
		r, _ := utf8.DecodeRuneInString(text[j:])
		return !unicode.IsLower(r)
	}
	return false
}

// closers skips closing quotes and brackets after a sentence end.
func closers(text string, j, end int) int {
	for j < end {
		switch {
		case text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']':
			j++
		case strings.HasPrefix(text[j:end], "”"), strings.HasPrefix(text[j:end], "’"), strings.HasPrefix(text[j:end], "）"):
			j += 3
		default:
			return j
		}
	}
	return j
}

// prefixFold reports whether s starts with the lower-case ASCII prefix p,
// ignoring the case of ASCII letters: the URL test runs at every word of
// the text, and lower-casing the word first allocated for capitalised ones.
func prefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// urlLen returns the length of a URL starting at s ("http://", "https://",
// "www."), or 0. A URL runs to the next space or closing bracket.
func urlLen(s string) int {
	if !prefixFold(s, "http://") && !prefixFold(s, "https://") && !prefixFold(s, "www.") {
		return 0
	}
	n := 0
	for n < len(s) && !isSpace(s[n]) && s[n] != '"' && s[n] != '<' && s[n] != '>' {
		if s[n] >= utf8.RuneSelf {
			break
		}
		n++
	}
	// A trailing period or bracket belongs to the sentence, not the URL,
	// unless more URL follows.
	for n > 0 && (s[n-1] == ',' || s[n-1] == ')' || s[n-1] == ';') {
		n--
	}
	return n
}

// cutPoint finds where to cut an over-long run in text[s:limit]: the last
// space, else limit moved back to a rune boundary.
func cutPoint(text string, s, limit int) int {
	if i := strings.LastIndexAny(text[s+maxClause/2:limit], " \t\n"); i >= 0 {
		return s + maxClause/2 + i + 1
	}
	for limit > s && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

func appendTrimmed(text string, s, e int, out []layout.Span) []layout.Span {
	s, e = trim(text, s, e)
	if e > s && hasAlnum(text[s:e]) {
		out = append(out, layout.Span{Start: s, End: e})
	}
	return out
}

// trim narrows [s, e) past leading and trailing white space (ASCII, NBSP,
// ideographic space, zero-width space).
func trim(text string, s, e int) (int, int) {
	for s < e {
		if isSpace(text[s]) {
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isSpaceRune(r) {
			break
		}
		s += n
	}
	for e > s {
		if isSpace(text[e-1]) {
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpaceRune(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isSpaceRune(r rune) bool {
	return r == '\u00a0' || r == '\u3000' || r == '\u200b' || r == '\ufeff' || unicode.IsSpace(r)
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
