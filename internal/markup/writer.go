package markup

import (
	"github.com/privtext/go-privtext/internal/layout"
	"github.com/privtext/go-privtext/internal/textnorm"
)

// writer builds an analysis text and its map in one pass over a source.
// Every source byte is accounted for exactly once, in order, by one of drop,
// copyText, replace, soft; insert adds text that has no source.
//
// White space is "soft": a collapsed space or line break is written as soon
// as it is seen (the map must be built in source order), and taken back by
// trim when the block or cell ends before any visible text follows it. Only
// the last byte of the text can be soft, because soft never writes after a
// soft byte.
type writer struct {
	out      []byte
	ops      []op
	lastSoft int  // index of the op that wrote the trailing soft byte, or -1
	open     bool // the current block has begun (has visible text)
	start    int  // start of the current block in out
	blocks   []layout.Block
}

// op is one piece of the map: sn source bytes became dn text bytes, one to
// one when copy is set.
type op struct {
	sn, dn int
	copy   bool
}

func newWriter(size int) *writer {
	return &writer{out: make([]byte, 0, size), ops: make([]op, 0, size/32+8), lastSoft: -1}
}

func (w *writer) push(o op) {
	if k := len(w.ops); k > 0 {
		last := &w.ops[k-1]
		switch {
		case o.copy && last.copy:
			last.sn += o.sn
			last.dn += o.dn
			return
		case !o.copy && o.dn == 0 && !last.copy && last.dn == 0:
			last.sn += o.sn
			return
		}
	}
	w.ops = append(w.ops, o)
}

// drop consumes n source bytes that produce no text.
func (w *writer) drop(n int) {
	if n > 0 {
		w.push(op{sn: n})
	}
}

// copyText writes s, which is the next len(s) source bytes unchanged.
func (w *writer) copyText(s string) {
	if len(s) == 0 {
		return
	}
	w.begin()
	w.out = append(w.out, s...)
	w.push(op{sn: len(s), dn: len(s), copy: true})
	w.lastSoft = -1
}

// copyBytes is copyText for a byte slice.
func (w *writer) copyBytes(b []byte) {
	if len(b) == 0 {
		return
	}
	w.begin()
	w.out = append(w.out, b...)
	w.push(op{sn: len(b), dn: len(b), copy: true})
	w.lastSoft = -1
}

// len is the length of the text written so far.
func (w *writer) len() int { return len(w.out) }

// replace writes d in place of the next sn source bytes, as one unit.
func (w *writer) replace(sn int, d string) {
	w.begin()
	w.out = append(w.out, d...)
	w.push(op{sn: sn, dn: len(d)})
	w.lastSoft = -1
}

// insert writes d, which has no source bytes (a separator).
func (w *writer) insert(d string) {
	w.out = append(w.out, d...)
	w.push(op{dn: len(d)})
	w.lastSoft = -1
}

// soft consumes sn bytes of white space, writing c (' ' or '\n') when the
// block has text and does not already end in soft white space. A '\n'
// upgrades a trailing soft ' '. same reports that the source is the single
// byte c, which is then recorded as a copy (the common single space costs
// no map piece of its own).
func (w *writer) soft(sn int, c byte, same bool) {
	if !w.open || len(w.out) == w.start {
		w.drop(sn)
		return
	}
	if w.lastSoft >= 0 {
		if c == '\n' && w.out[len(w.out)-1] != '\n' {
			w.trim()
			w.soft(sn, c, false)
			return
		}
		w.drop(sn)
		return
	}
	w.out = append(w.out, c)
	if same && sn == 1 {
		w.push(op{sn: 1, dn: 1, copy: true})
	} else {
		w.ops = append(w.ops, op{sn: sn, dn: 1})
	}
	w.lastSoft = len(w.ops) - 1
}

// endsSoft reports the trailing soft byte, or 0.
func (w *writer) endsSoft() byte {
	if w.lastSoft < 0 {
		return 0
	}
	return w.out[len(w.out)-1]
}

// trim takes back a trailing soft byte. Only drops follow its op, merged
// into at most one, so a soft byte recorded at the end of a copy op moves
// into that drop (or a new one).
func (w *writer) trim() {
	if w.lastSoft < 0 {
		return
	}
	o := &w.ops[w.lastSoft]
	if o.copy {
		o.sn--
		o.dn--
		if w.lastSoft+1 < len(w.ops) {
			w.ops[w.lastSoft+1].sn++
		} else {
			w.ops = append(w.ops, op{sn: 1})
		}
	} else {
		o.dn = 0
	}
	w.out = w.out[:len(w.out)-1]
	w.lastSoft = -1
}

// begin opens a block before its first visible byte, writing the "\n\n"
// separator from the previous one.
func (w *writer) begin() {
	if w.open {
		return
	}
	if len(w.out) > 0 {
		w.insert("\n\n")
	}
	w.open = true
	w.start = len(w.out)
}

// end closes the current block, if it has begun, and returns its span.
func (w *writer) end() (start, end int, ok bool) {
	if !w.open {
		return 0, 0, false
	}
	w.trim()
	w.open = false
	return w.start, len(w.out), true
}

// emit closes the current block and records it with the given shape,
// unless it is empty.
func (w *writer) emit(b layout.Block) {
	s, e, ok := w.end()
	if !ok || s == e {
		return
	}
	b.Start, b.End = s, e
	w.blocks = append(w.blocks, b)
}

// doc finishes the text; srcLen is the length of the source, whose
// unaccounted tail (if any) is dropped.
func (w *writer) doc(srcLen int) *Doc {
	var mb textnorm.MapBuilder
	n := 0
	for _, o := range w.ops {
		if o.copy {
			mb.Copy(o.sn)
		} else {
			mb.Replace(o.sn, o.dn)
		}
		n += o.sn
	}
	if n < srcLen {
		mb.Replace(srcLen-n, 0)
	}
	return &Doc{Text: string(w.out), Map: mb.Map(), Blocks: w.blocks}
}
