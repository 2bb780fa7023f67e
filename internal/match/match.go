// Package match finds phrases from a fixed set in text, fast, on whole words.
//
// A Matcher is compiled once from phrases, each carrying an integer value
// chosen by the caller, and is then safe for concurrent use. It is written
// for privtext's matching view (see internal/textnorm): lower-cased text in
// which typographic quotes, dashes and spaces are already folded to ASCII.
// Phrases are lower-cased when added; the text is not touched, so callers
// hand in the view, not the original.
//
// # Tokens and whole words
//
// Text and phrases are cut into the same tokens: a run of letters and digits
// (ASCII or any script that separates words with spaces) is one token, and
// every CJK character (Han, kana, Hangul) is a token of its own, because
// those scripts have no spaces and a phrase may start at any character.
// Everything else separates tokens. A phrase matches a run of tokens equal
// to its own, so matches always fall on word boundaries: "age" is never
// found inside "storage".
//
// Between two tokens of a match only spaces, tabs, line breaks, hyphens,
// underscores and apostrophes may occur, or a single full stop with nothing
// around it (so that "jd.com" is a phrase). Thus "e-mail", "e mail" and "e -
// mail" are one phrase, while a comma or a full stop followed by a space
// ends it: "IP, address" and "IP. Address" are not "ip address".
//
// # Variants
//
// Add generates, besides the phrase itself:
//   - the plural of its last token (address → addresses, party → parties,
//     cookie → cookies; tokens already ending in a single s are left alone);
//   - the joined form of hyphenated tokens ("e-mail" → "email", "wi-fi" →
//     "wifi"), also pluralised.
//
// Several phrases may end up as the same token sequence, as written or as
// variants ("cookie" pluralised and "cookies" as written): every value is
// kept and reported, and Match.Variant tells the caller which matches come
// only from a generated variant, so that it can prefer phrases as written.
// AddExact adds a phrase without variants.
//
// # Matching
//
// FindAll reports non-overlapping matches, leftmost first and, at the same
// start, the longest: with phrases "address" and "ip address", the text "ip
// address" yields one match, for "ip address". When several values were
// added for the same token sequence, one Match per value is reported, with
// the same span, in the order the values were added.
//
// Phrases belong to sets (Add uses set 0; AddTo names one). Each set is
// matched on its own, as if by a Matcher of its own, but the text is cut
// into tokens once for all: a caller with vocabularies that must not hide
// each other's phrases puts them in different sets.
//
// A match may enclose a short parenthetical aside (up to four words, in
// parentheses, optionally quoted): "internet protocol (ip) address" and
// "mac (media access control) address" match the phrases "internet protocol
// address" and "mac address". Such an aside is then searched on its own,
// and its matches are reported right after the enclosing one: the only case
// where matches overlap, by nesting.
package match

import (
	"errors"
	"fmt"
	"sync"
)

// Match is one phrase found in a text: the byte span [Start, End) of the
// text, from the first byte of its first token to the last byte of its last,
// the value the phrase was added with, and the set it was added to.
type Match struct {
	Start, End int
	Value      int
	Set        int
	Variant    bool // matched only through a generated variant of a phrase
}

// Builder collects phrases. The zero value is ready to use. A Builder is
// not safe for concurrent use.
type Builder struct {
	tokIDs  map[string]int32
	edges   map[uint64]int32
	nodes   []node
	roots   []int32 // root node of each set
	phrases int
}

// node is a trie node of the Builder; values is non-empty where a phrase
// ends.
type node struct {
	values []nodeValue
}

type nodeValue struct {
	value   int
	variant bool // only generated variants end here with this value
}

// ErrEmptyPhrase is returned by Add for a phrase without any token.
var ErrEmptyPhrase = errors.New("match: phrase has no letters or digits")

func (b *Builder) init() {
	if b.nodes == nil {
		b.tokIDs = make(map[string]int32, 1024)
		b.edges = make(map[uint64]int32, 4096)
		b.nodes = make([]node, 1, 4096) // the root of set 0
		b.roots = []int32{0}
	}
}

// root returns the root node of set, creating it and any sets before it.
func (b *Builder) root(set int) int32 {
	b.init()
	for len(b.roots) <= set {
		b.roots = append(b.roots, int32(len(b.nodes)))
		b.nodes = append(b.nodes, node{})
	}
	return b.roots[set]
}

// ErrBadSet is returned for a negative set or one beyond MaxSets.
var ErrBadSet = errors.New("match: set out of range")

// MaxSets is the number of sets a Builder can hold.
const MaxSets = 64

// Add adds phrase with value to set 0, together with its plural and joined
// variants.
func (b *Builder) Add(phrase string, value int) error { return b.AddTo(0, phrase, value) }

// AddTo adds phrase with value to a set, together with its plural and joined
// variants. Each set is matched on its own: leftmost-longest within the set,
// whatever the other sets match. Sets are numbered from 0 to MaxSets-1.
func (b *Builder) AddTo(set int, phrase string, value int) error {
	if set < 0 || set >= MaxSets {
		return fmt.Errorf("%w: %d", ErrBadSet, set)
	}
	toks, hyphens := phraseTokens(phrase)
	if len(toks) == 0 {
		return fmt.Errorf("%w: %q", ErrEmptyPhrase, phrase)
	}
	root := b.root(set)
	b.add(root, toks, value, false)
	b.add(root, pluralize(toks), value, true)
	if hyphens != nil {
		joined := joinHyphenated(toks, hyphens)
		b.add(root, joined, value, true)
		b.add(root, pluralize(joined), value, true)
	}
	b.phrases++
	return nil
}

// AddExact adds phrase with value to set 0, without variants.
func (b *Builder) AddExact(phrase string, value int) error {
	toks, _ := phraseTokens(phrase)
	if len(toks) == 0 {
		return fmt.Errorf("%w: %q", ErrEmptyPhrase, phrase)
	}
	b.add(b.root(0), toks, value, false)
	b.phrases++
	return nil
}

// add adds the phrase toks with value under the root node root; variant
// says whether toks is a generated variant rather than a phrase as written.
func (b *Builder) add(root int32, toks []string, value int, variant bool) {
	if toks == nil {
		return
	}
	cur := root
	for _, t := range toks {
		id, ok := b.tokIDs[t]
		if !ok {
			id = int32(len(b.tokIDs))
			b.tokIDs[t] = id
		}
		k := edgeKey(cur, id)
		next, ok := b.edges[k]
		if !ok {
			next = int32(len(b.nodes))
			b.nodes = append(b.nodes, node{})
			b.edges[k] = next
		}
		cur = next
	}
	n := &b.nodes[cur]
	for i, v := range n.values {
		if v.value == value {
			n.values[i].variant = v.variant && variant
			return
		}
	}
	n.values = append(n.values, nodeValue{value, variant})
}

// Compile returns the Matcher for the phrases added so far and resets the
// Builder to empty: the Matcher takes over its tables.
func (b *Builder) Compile() *Matcher {
	b.init()
	m := &Matcher{
		tokIDs:  b.tokIDs,
		edges:   newEdgeTable(b.edges),
		roots:   make([][]int32, len(b.roots)),
		values:  make([][]nodeValue, len(b.nodes)),
		phrases: b.phrases,
	}
	setOf := make(map[int32]int, len(b.roots))
	for set, r := range b.roots {
		setOf[r] = set
		m.roots[set] = make([]int32, len(b.tokIDs))
		for i := range m.roots[set] {
			m.roots[set][i] = -1
		}
	}
	for k, next := range b.edges {
		if set, ok := setOf[int32(k>>32)]; ok { // an edge from a root
			m.roots[set][uint32(k)] = next
		}
	}
	for i, n := range b.nodes {
		m.values[i] = n.values
	}
	*b = Builder{}
	return m
}

// Matcher finds phrases in text. It is immutable and safe for concurrent
// use.
type Matcher struct {
	tokIDs  map[string]int32 // every token of every phrase
	edges   edgeTable        // (node, token) → node
	roots   [][]int32        // set → token → node: the edges from the roots; -1 for none
	values  [][]nodeValue    // per node; non-empty for phrase ends
	phrases int
}

// Len reports how many phrases were added (variants not counted).
func (m *Matcher) Len() int { return m.phrases }

func edgeKey(n, tok int32) uint64 { return uint64(uint32(n))<<32 | uint64(uint32(tok)) }

// token is a token of the scanned text; id is -1 for tokens that occur in no
// phrase.
type token struct {
	start, end int32
	id         int32
}

var tokenPool = sync.Pool{New: func() any { s := make([]token, 0, 256); return &s }}

// FindAll appends to dst the matches in text and returns the extended
// slice: those of set 0 in order, then those of set 1, and so on. text
// should be in the matching view (lower-cased).
// Texts longer than 2 GiB are not supported and yield no matches.
func (m *Matcher) FindAll(text string, dst []Match) []Match {
	if len(text) >= 1<<31-1 || m.edges.n == 0 {
		return dst
	}
	bufp := tokenPool.Get().(*[]token)
	toks := m.tokenize(text, (*bufp)[:0])
	for set := range m.roots {
		dst = m.scan(text, toks, set, 0, len(toks), true, dst)
	}
	*bufp = toks
	tokenPool.Put(bufp)
	return dst
}

// maxAside is the longest parenthetical aside, in tokens, that a match may
// enclose, and maxAsides how many one match may enclose.
const (
	maxAside  = 4
	maxAsides = 4
)

// scan finds the matches of a set among toks[lo:hi]. With asides, a match
// may enclose parenthetical asides, which are scanned on their own
// afterwards.
func (m *Matcher) scan(text string, toks []token, set, lo, hi int, asides bool, dst []Match) []Match {
	root := m.roots[set]
	var aside [maxAsides][2]int // token ranges of the asides of the current walk
	for i := lo; i < hi; {
		if toks[i].id < 0 {
			i++
			continue
		}
		cur, best, bestNode := int32(0), -1, int32(0)
		nAside, bestAsides := 0, 0
		for j := i; j < hi; j++ {
			if j > i && !joinable(text[toks[j-1].end:toks[j].start]) {
				k := -1
				if asides && nAside < maxAsides {
					k = asideEnd(text, toks, j, hi)
				}
				if k < 0 {
					break
				}
				aside[nAside] = [2]int{j, k}
				nAside++
				j = k
			}
			t := toks[j]
			if t.id < 0 {
				break
			}
			var next int32 = -1
			if j == i {
				next = root[t.id]
			} else {
				next = m.edges.get(edgeKey(cur, t.id))
			}
			if next < 0 {
				break
			}
			cur = next
			if len(m.values[cur]) > 0 {
				best, bestNode, bestAsides = j, cur, nAside
			}
		}
		if best < 0 {
			i++
			continue
		}
		for _, v := range m.values[bestNode] {
			dst = append(dst, Match{Start: int(toks[i].start), End: int(toks[best].end), Value: v.value, Set: set, Variant: v.variant})
		}
		for _, a := range aside[:bestAsides] {
			dst = m.scan(text, toks, set, a[0], a[1], false, dst)
		}
		i = best + 1
	}
	return dst
}

// asideEnd reports whether a parenthetical aside of at most maxAside tokens
// starts at token j — the gap before it is an opening parenthesis, as in
// "internet protocol (ip) address" — and if so returns the index of the
// token after the closing parenthesis; otherwise -1. Inside the aside the
// tokens must be joinable; quotes are allowed around it: "(\"ip\")".
func asideEnd(text string, toks []token, j, hi int) int {
	if !opensAside(text[toks[j-1].end:toks[j].start]) {
		return -1
	}
	for k := j; k < hi-1 && k < j+maxAside; k++ {
		gap := text[toks[k].end:toks[k+1].start]
		if closesAside(gap) {
			return k + 1
		}
		if !joinable(gap) {
			return -1
		}
	}
	return -1
}

// opensAside: blanks, '(', quotes — the gap before the first token of an
// aside.
func opensAside(gap string) bool {
	i := 0
	for i < len(gap) && (gap[i] == ' ' || gap[i] == '\t') {
		i++
	}
	if i == len(gap) || gap[i] != '(' {
		return false
	}
	for i++; i < len(gap); i++ {
		if gap[i] != '"' && gap[i] != '\'' {
			return false
		}
	}
	return true
}

// closesAside: quotes, ')', then blanks or hyphens — the gap after the last
// token of an aside.
func closesAside(gap string) bool {
	i := 0
	for i < len(gap) && (gap[i] == '"' || gap[i] == '\'') {
		i++
	}
	if i == len(gap) || gap[i] != ')' {
		return false
	}
	return joinable(gap[i+1:])
}

// tokenize appends the tokens of text to dst.
func (m *Matcher) tokenize(text string, dst []token) []token {
	forEachToken(text, func(start, end int) {
		id, ok := m.tokIDs[text[start:end]]
		if !ok {
			id = -1
		}
		dst = append(dst, token{int32(start), int32(end), id})
	})
	return dst
}
