package privtext

// The word-level machinery of Diff: tokens, word sets and their Jaccard
// index, the LCS word diff, and the longest increasing run that tells moved
// clauses from kept ones.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxWordDiffCells bounds the LCS table of a word diff (tokens × tokens);
// larger clauses are reported as a whole replacement.
const maxWordDiffCells = 4_000_000

// wordDiff computes the word-level diff of two clause texts.
func wordDiff(a, b string) []WordChange {
	at, bt := tokens(a), tokens(b)
	var out []WordChange
	emit := func(op, text string) {
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += text
			return
		}
		out = append(out, WordChange{Op: op, Text: text})
	}
	if len(at)*len(bt) > maxWordDiffCells {
		emit("-", strings.Join(tokenTexts(at), ""))
		emit("+", strings.Join(tokenTexts(bt), ""))
		return out
	}
	// lcs[i][j] = LCS length of at[i:] and bt[j:].
	n, m := len(at), len(bt)
	lcs := make([]int32, (n+1)*(m+1))
	at2 := func(i, j int) int32 { return lcs[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			v := max(at2(i+1, j), at2(i, j+1))
			if at[i].key == bt[j].key {
				v = at2(i+1, j+1) + 1
			}
			lcs[i*(m+1)+j] = v
		}
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case at[i].key == bt[j].key:
			// Keep the new text's white space, or the old's when the new
			// has none ("0 1" → "0": "0 [-1-]", not "0[-1-]").
			text := bt[j].text
			if len(text) == len(bt[j].key) {
				text = at[i].text
			}
			emit("=", text)
			i, j = i+1, j+1
		case at2(i+1, j) >= at2(i, j+1):
			emit("-", at[i].text)
			i++
		default:
			emit("+", bt[j].text)
			j++
		}
	}
	for ; i < n; i++ {
		emit("-", at[i].text)
	}
	for ; j < m; j++ {
		emit("+", bt[j].text)
	}
	return out
}

// token is a word (a run of letters and digits) or one other symbol, with
// the white space after it; key is what diffs compare.
type token struct{ key, text string }

func tokens(s string) []token {
	var out []token
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		end := size
		if isWordRune(r) {
			for end < len(s) {
				r, size := utf8.DecodeRuneInString(s[end:])
				if !isWordRune(r) {
					break
				}
				end += size
			}
		}
		key := s[:end]
		for end < len(s) {
			r, size := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsSpace(r) {
				break
			}
			end += size
		}
		out = append(out, token{key: key, text: s[:end]})
		s = s[end:]
	}
	return out
}

func tokenTexts(ts []token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.text
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' }

// wordSet returns the distinct lower-cased words of s, sorted.
func wordSet(s string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range tokens(s) {
		r, _ := utf8.DecodeRuneInString(t.key)
		if !isWordRune(r) {
			continue
		}
		w := strings.ToLower(t.key)
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// jaccard is |a∩b| / |a∪b| for sorted sets; 0 for two empty sets.
func jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	small, large := min(len(a), len(b)), max(len(a), len(b))
	if float64(small)/float64(large) < DiffSimilarity {
		return 0 // cannot reach the threshold
	}
	inter, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i, j = i+1, j+1
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// longestIncreasing returns the length of the longest strictly increasing
// subsequence of xs (patience sorting).
func longestIncreasing(xs []int) int {
	var tails []int
	for _, x := range xs {
		k := sort.SearchInts(tails, x)
		if k == len(tails) {
			tails = append(tails, x)
		} else {
			tails[k] = x
		}
	}
	return len(tails)
}
