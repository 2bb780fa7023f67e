package textnorm

import "sort"

// Map maps byte offsets in a derived string (decoded text, extracted HTML
// text, a case-folded matching view) back to byte offsets in the string it
// was derived from. It is a sorted list of pieces: a piece either copies n
// bytes one to one, or replaces sn source bytes with dn derived bytes as an
// indivisible unit (a curly quote folded to ', a UTF-16 code unit pair
// decoded to UTF-8, an HTML entity decoded to one rune). Spans that start or
// end inside a replaced unit widen to the whole unit, so a span in the
// derived text always maps to a span of whole source characters.
//
// The zero Map is not useful; a nil *Map is the identity.
type Map struct {
	pieces []piece
	dstLen int
	srcLen int
}

type piece struct {
	dst, src int // start offsets
	dn, sn   int // lengths; dn == sn && copy means one to one
	copy     bool
}

// MapBuilder accumulates pieces in order. Its zero value is ready to use.
type MapBuilder struct {
	m Map
}

// Copy records n bytes copied unchanged from source to derived text.
func (b *MapBuilder) Copy(n int) {
	if n <= 0 {
		return
	}
	m := &b.m
	if k := len(m.pieces); k > 0 {
		last := &m.pieces[k-1]
		if last.copy {
			last.dn += n
			last.sn += n
			m.dstLen += n
			m.srcLen += n
			return
		}
	}
	m.pieces = append(m.pieces, piece{dst: m.dstLen, src: m.srcLen, dn: n, sn: n, copy: true})
	m.dstLen += n
	m.srcLen += n
}

// Replace records sn source bytes rendered as dn derived bytes. Either may be
// zero: dn == 0 drops source bytes (a BOM, a tag), sn == 0 inserts derived
// bytes that have no source (a separator between HTML blocks). Equal lengths
// are still an indivisible unit, so a span ending inside it widens to it.
func (b *MapBuilder) Replace(sn, dn int) {
	if sn == 0 && dn == 0 {
		return
	}
	m := &b.m
	m.pieces = append(m.pieces, piece{dst: m.dstLen, src: m.srcLen, dn: dn, sn: sn})
	m.dstLen += dn
	m.srcLen += sn
}

// Len reports the derived and source lengths recorded so far.
func (b *MapBuilder) Len() (dst, src int) { return b.m.dstLen, b.m.srcLen }

// Map returns the finished map. If every piece is a copy the result is nil,
// the identity, which lets callers skip remapping entirely.
func (b *MapBuilder) Map() *Map {
	m := b.m
	b.m = Map{}
	if len(m.pieces) == 0 || (len(m.pieces) == 1 && m.pieces[0].copy) {
		return nil
	}
	return &m
}

// Start maps a derived offset used as the start of a span.
func (m *Map) Start(d int) int {
	if m == nil {
		return d
	}
	if d >= m.dstLen {
		return m.srcLen
	}
	if d <= 0 {
		d = 0
	}
	// First piece that ends after d (zero-length pieces never match).
	i := sort.Search(len(m.pieces), func(i int) bool {
		p := m.pieces[i]
		return p.dst+p.dn > d
	})
	if i == len(m.pieces) {
		return m.srcLen
	}
	p := m.pieces[i]
	if p.copy {
		return p.src + (d - p.dst)
	}
	return p.src
}

// End maps a derived offset used as the (exclusive) end of a span.
func (m *Map) End(d int) int {
	if m == nil {
		return d
	}
	if d <= 0 {
		return 0
	}
	if d > m.dstLen {
		d = m.dstLen
	}
	// First piece that ends at or after d: the one containing d as an end.
	i := sort.Search(len(m.pieces), func(i int) bool {
		p := m.pieces[i]
		return p.dst+p.dn >= d
	})
	if i == len(m.pieces) {
		return m.srcLen
	}
	p := m.pieces[i]
	if p.copy {
		return p.src + (d - p.dst)
	}
	return p.src + p.sn
}

// Span maps a derived span to a source span.
func (m *Map) Span(start, end int) (int, int) {
	if m == nil {
		return start, end
	}
	s, e := m.Start(start), m.End(end)
	if e < s {
		e = s
	}
	return s, e
}
