package extract

import (
	"fmt"
	"strings"

	"github.com/privtext/go-privtext/internal/textnorm"
)

// This file holds the term syntax of the vocabulary files: choices (a/b),
// options [a/b] and verb forms word~ (see rules/README.md).

// matchingForm returns a form as the matcher sees it: in the matching view
// (see textnorm.NewView), which for ASCII is just lower case.
func matchingForm(f string) string {
	for i := 0; i < len(f); i++ {
		if f[i] >= 0x80 {
			return textnorm.NewView(f).Text
		}
	}
	return strings.ToLower(f)
}

// expandTerm expands the choice syntax of a term: "(a/b)" is a required
// choice, "[a/b]" an optional one, and a word ending in '~' stands for its
// verb forms. "improve~ [our/the] (service/product)" yields 24 forms.
// Brackets do not nest.
func expandTerm(term string) ([]string, error) {
	forms := []string{""}
	for s := term; s != ""; {
		i := strings.IndexAny(s, "([)]")
		if i < 0 {
			forms = appendAll(forms, []string{s})
			break
		}
		forms = appendAll(forms, []string{s[:i]})
		open := s[i]
		if open == ')' || open == ']' {
			return nil, fmt.Errorf("unbalanced %q", open)
		}
		close := byte(')')
		if open == '[' {
			close = ']'
		}
		j := strings.IndexByte(s[i+1:], close)
		if j < 0 {
			return nil, fmt.Errorf("unclosed %q", open)
		}
		inner := s[i+1 : i+1+j]
		if strings.ContainsAny(inner, "([)]") {
			return nil, fmt.Errorf("nested brackets")
		}
		alts := strings.Split(inner, "/")
		for k := range alts {
			alts[k] = strings.TrimSpace(alts[k])
			if alts[k] == "" {
				return nil, fmt.Errorf("empty choice in %c%s%c", open, inner, close)
			}
		}
		if open == '[' {
			alts = append(alts, "")
		}
		forms = appendAll(forms, alts)
		if len(forms) > maxExpansions {
			return nil, fmt.Errorf("expands to more than %d forms", maxExpansions)
		}
		s = s[i+1+j+1:]
	}
	var out []string
	for _, f := range forms {
		inflected, err := inflectForm(strings.Fields(f))
		if err != nil {
			return nil, err
		}
		out = append(out, inflected...)
		if len(out) > maxExpansions {
			return nil, fmt.Errorf("expands to more than %d forms", maxExpansions)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no words")
	}
	return out, nil
}

// inflectForm expands the words marked with a trailing '~' into their verb
// forms ("improve~ our service" → "improve our service", "improves our
// service", "improved our service", "improving our service") and joins the
// words with single spaces.
func inflectForm(words []string) ([]string, error) {
	forms := []string{""}
	for _, w := range words {
		alts := []string{w}
		if base, ok := strings.CutSuffix(w, "~"); ok {
			if base == "" || strings.Contains(base, "~") {
				return nil, fmt.Errorf("'~' must follow a word")
			}
			alts = verbForms(base)
		} else if strings.Contains(w, "~") {
			return nil, fmt.Errorf("'~' must end a word: %q", w)
		}
		next := make([]string, 0, len(forms)*len(alts))
		for _, f := range forms {
			for _, a := range alts {
				if f == "" {
					next = append(next, a)
				} else {
					next = append(next, f+" "+a)
				}
			}
		}
		forms = next
	}
	if len(forms) == 1 && forms[0] == "" {
		return nil, nil
	}
	return forms, nil
}

// verbForms returns a regular English verb with its -s, -ed and -ing forms:
// improve → improves, improved, improving; verify → verifies, verified,
// verifying; ship → ships, shipped, shipping; process → processes, processed,
// processing. Irregular verbs are spelt out in the rule files instead.
func verbForms(v string) []string {
	v = strings.ToLower(v) // forms are matched lower-cased anyway
	lower, n := v, len(v)
	isVowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case n < 2:
		return []string{v}
	case strings.HasSuffix(lower, "ie"):
		return []string{v, v + "s", v + "d", v[:n-2] + "ying"}
	case strings.HasSuffix(lower, "ee"):
		return []string{v, v + "s", v + "d", v + "ing"}
	case strings.HasSuffix(lower, "e"):
		return []string{v, v + "s", v + "d", v[:n-1] + "ing"}
	case strings.HasSuffix(lower, "y") && !isVowel(lower[n-2]):
		return []string{v, v[:n-1] + "ies", v[:n-1] + "ied", v + "ing"}
	case strings.HasSuffix(lower, "s") || strings.HasSuffix(lower, "sh") || strings.HasSuffix(lower, "ch") ||
		strings.HasSuffix(lower, "x") || strings.HasSuffix(lower, "z"):
		return []string{v, v + "es", v + "ed", v + "ing"}
	case n <= 4 && n >= 3 && !isVowel(lower[n-1]) && isVowel(lower[n-2]) && !isVowel(lower[n-3]) &&
		strings.IndexByte("wxy", lower[n-1]) < 0:
		// Short consonant-vowel-consonant verbs double the consonant: ship, stop.
		d := v + v[n-1:]
		return []string{v, v + "s", d + "ed", d + "ing"}
	}
	return []string{v, v + "s", v + "ed", v + "ing"}
}

func appendAll(prefixes, suffixes []string) []string {
	out := make([]string, 0, len(prefixes)*len(suffixes))
	for _, p := range prefixes {
		for _, s := range suffixes {
			out = append(out, p+" "+s)
		}
	}
	return out
}
