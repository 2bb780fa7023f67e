package match

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds how text and phrases are cut into tokens, and the variants
// of phrases that Add generates.

// forEachToken calls fn with the span of every token of s.
func forEachToken(s string, fn func(start, end int)) {
	start := -1 // start of the current word token, -1 outside one
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				fn(start, i)
				start = -1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isCJK(r):
			if start >= 0 {
				fn(start, i)
				start = -1
			}
			fn(i, i+n)
		case r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)):
			if start < 0 {
				start = i
			}
		default:
			if start >= 0 {
				fn(start, i)
				start = -1
			}
		}
		i += n
	}
	if start >= 0 {
		fn(start, len(s))
	}
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// joinable reports whether gap, the text between two tokens, may sit inside
// a phrase match.
func joinable(gap string) bool {
	if gap == "." {
		return true // "jd.com", "branch.io"
	}
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '\t', '\n', '\r', '-', '_', '\'':
		default:
			return false
		}
	}
	return true
}

// phraseTokens returns the lower-cased tokens of phrase and, for each gap
// between tokens i and i+1, whether it holds a hyphen (nil when none does).
func phraseTokens(phrase string) (toks []string, hyphens []bool) {
	phrase = strings.ToLower(phrase)
	prevEnd := -1
	forEachToken(phrase, func(start, end int) {
		if prevEnd >= 0 {
			h := strings.Contains(phrase[prevEnd:start], "-")
			if h && hyphens == nil {
				hyphens = make([]bool, len(toks)-1, len(toks))
			}
			if hyphens != nil {
				hyphens = append(hyphens, h)
			}
		}
		toks = append(toks, phrase[start:end])
		prevEnd = end
	})
	if hyphens != nil {
		for len(hyphens) < len(toks)-1 {
			hyphens = append(hyphens, false)
		}
	}
	return toks, hyphens
}

// joinHyphenated merges tokens separated by hyphens: [e mail] → [email].
func joinHyphenated(toks []string, hyphens []bool) []string {
	out := []string{toks[0]}
	for i := 1; i < len(toks); i++ {
		if hyphens[i-1] {
			out[len(out)-1] += toks[i]
		} else {
			out = append(out, toks[i])
		}
	}
	return out
}

// pluralize returns toks with its last token in the plural, or nil when the
// last token has no regular plural (digits, CJK, words ending in a single s).
func pluralize(toks []string) []string {
	last := toks[len(toks)-1]
	p := Plural(last)
	if p == "" {
		return nil
	}
	out := append([]string(nil), toks[:len(toks)-1]...)
	return append(out, p)
}

// Plural returns the regular English plural of a lower-case word, or "" when
// the word gets none: it has fewer than two letters, holds a non-letter, or
// ends in a single s (most such words are plurals already: "logs", "sms").
func Plural(w string) string {
	if len(w) < 2 {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return ""
		}
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"),
		strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"):
		return w + "es"
	case strings.HasSuffix(w, "s"):
		return ""
	case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}
