package extract

// The scan: one clause's tokens, cue hits and sentences, read by every
// rule of the practice, category and APP-350 stages, and the lookups that
// find hits and mentions by position.
//
// The cue hits come from trie.longest, which reads leftmost-longest without
// overlap, so both their first and their last tokens ascend (cues of one
// phrase share a span); dropping hits keeps the order. The mentions of a
// clause come in text order (vocabulary.mentions sorts them if a kind was
// met by two matchers). A rule that asks what stands at a token, in a few
// tokens or in a sentence searches instead of reading every hit or mention
// of the clause, which made a long clause cost the square of its triggers.

import (
	"cmp"
	"slices"
)

// scan is one clause's tokens, cue hits and sentence layout, shared by the
// practice stage's helpers.
type scan struct {
	c     *clause
	toks  []token
	hits  []hit
	sent  []int // sentence index of each token
	start []int // clause-relative source offset of each token
	end   []int
	defAt map[int]int // definition sentence → first token after its cue (see practices)
}

// newScan returns the clause's scan, building it on first use: the practice,
// category and APP-350 stages all read the same one.
func (p *practiceRules) newScan(c *clause) *scan {
	if c.scan != nil {
		return c.scan
	}
	s := &c.scanBuf
	*s = scan{c: c, toks: c.tokens()}
	c.scan = s
	s.hits = p.trie.longest(s.toks, c.hitBuf[:0])
	c.hitBuf = s.hits
	n := len(s.toks)
	ints := c.intBuf
	if cap(ints) < 3*n {
		ints = make([]int, 3*n)
	}
	c.intBuf = ints[:3*n]
	s.sent, s.start, s.end = ints[:n:n], ints[n:2*n:2*n], ints[2*n:3*n:3*n]
	n = 0
	for i, t := range s.toks {
		s.sent[i] = n
		s.start[i], s.end[i] = c.view.Span(t.vs, t.ve)
		if t.sntEnd {
			n++
		}
	}
	return s
}

// hitIndex returns the index of the first hit whose first token is k or
// after it.
func (s *scan) hitIndex(k int) int {
	i, _ := slices.BinarySearchFunc(s.hits, k, func(o hit, t int) int { return cmp.Compare(o.first, t) })
	return i
}

// hitsIn returns the hits whose first token is in [i, j).
func (s *scan) hitsIn(i, j int) []hit {
	lo := s.hitIndex(i)
	return s.hits[lo:max(lo, s.hitIndex(j))]
}

// hitsAcross returns the hits that overlap tokens [i, j].
func (s *scan) hitsAcross(i, j int) []hit {
	lo, _ := slices.BinarySearchFunc(s.hits, i, func(o hit, t int) int { return cmp.Compare(o.last, t) })
	hi, _ := slices.BinarySearchFunc(s.hits[lo:], j+1, func(o hit, t int) int { return cmp.Compare(o.first, t) })
	return s.hits[lo : lo+hi]
}

// sentenceTokens returns the token range [i, j) of sentence n.
func (s *scan) sentenceTokens(n int) (i, j int) {
	i, _ = slices.BinarySearch(s.sent, n)
	j, _ = slices.BinarySearch(s.sent, n+1)
	return i, j
}

// sentenceHits returns the hits of sentence n.
func (s *scan) sentenceHits(n int) []hit {
	return s.hitsIn(s.sentenceTokens(n))
}

// sentenceMentions returns the mentions of ms (in text order) that start in
// sentence n, as sentenceOf reads their offsets.
func (s *scan) sentenceMentions(ms []Mention, n int) []Mention {
	first, next := s.sentenceTokens(n)
	off := s.c.in.Offset
	i, j := 0, len(ms)
	if n > 0 && first < len(s.toks) {
		i, _ = slices.BinarySearchFunc(ms, s.start[first]+off, byStartAt)
	}
	if next < len(s.toks) {
		j, _ = slices.BinarySearchFunc(ms, s.start[next]+off, byStartAt)
	}
	return ms[i:max(i, j)]
}

func byStartAt(m Mention, at int) int { return cmp.Compare(m.Start, at) }

// question reports whether sentence n ends with a question mark.
func (s *scan) question(n int) bool {
	i, _ := slices.BinarySearch(s.sent, n+1) // first token of the next sentence
	return i > 0 && s.toks[i-1].text == "?"
}

// sentenceOf returns the sentence index of a clause-relative source offset.
func (s *scan) sentenceOf(off int) int {
	i, _ := slices.BinarySearch(s.start, off+1) // first token starting after off
	if i == 0 {
		return 0
	}
	return s.sent[i-1]
}

// spanInData reports whether a data mention starting at or before start
// ends at or after end (document offsets). The mentions are in text order;
// they overlap only where the vocabulary keeps the mentions of a
// parenthetical aside nested in the mention around it (at most a few
// dozen): so only the mentions that start right before may hold the span,
// found by a binary search rather than a scan (a long clause holds
// thousands).
func spanInData(r *Result, start, end int) bool {
	k, _ := slices.BinarySearchFunc(r.Data, start+1, func(m Mention, t int) int { return m.Start - t })
	for j := k - 1; j >= 0 && j >= k-nestedMentions; j-- {
		if m := r.Data[j]; m.Start <= start && end <= m.End {
			return true
		}
	}
	return false
}

// startingIn returns the mentions of ms (in text order) that start in
// [lo, hi), document offsets.
func startingIn(ms []Mention, lo, hi int) []Mention {
	i, _ := slices.BinarySearchFunc(ms, lo, byStartAt)
	j, _ := slices.BinarySearchFunc(ms, hi, byStartAt)
	return ms[i:max(i, j)]
}

// startsAt reports whether a mention of ms (in text order) starts at
// document offset at.
func startsAt(ms []Mention, at int) bool {
	return len(startingIn(ms, at, at+1)) > 0
}

// nestedMentions bounds the mentions read back by spanInData: the nested
// mentions of an aside (four asides of some five words) and the one around
// them.
const nestedMentions = 24

// insideParty reports whether [start, end) (document offsets) lies inside a
// party mention that starts before it: 用户 in 其他用户.
func insideParty(r *Result, start, end int) bool {
	k, _ := slices.BinarySearchFunc(r.Parties, start, byStartAt) // the first starting at start or after
	return k > 0 && r.Parties[k-1].End >= end
}

// listComma reports whether token k is the list comma 、, which joins the
// items of a list and, unlike "，", ends no part of a sentence.
func (s *scan) listComma(k int) bool {
	return s.toks[k].punct && s.c.in.Text[s.start[k]:s.end[k]] == "、"
}
