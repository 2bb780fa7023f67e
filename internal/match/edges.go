package match

import "math/bits"

// edgeTable is the Matcher's (node, token) → node map: an open-addressing
// hash table with linear probing, at most half full. The scan looks an edge
// up for nearly every token after a phrase's first, and a built-in map
// costs two cache lines and a hash call per probe; here it is a multiply
// and, nearly always, one slot.
type edgeTable struct {
	slots []edgeSlot
	shift uint // 64 - log2(len(slots))
	n     int  // edges held
}

type edgeSlot struct {
	key  uint64
	node int32 // -1 for an empty slot
}

func newEdgeTable(edges map[uint64]int32) edgeTable {
	size := 8
	for size < 2*len(edges) {
		size *= 2
	}
	t := edgeTable{slots: make([]edgeSlot, size), shift: uint(64 - bits.TrailingZeros(uint(size))), n: len(edges)}
	for i := range t.slots {
		t.slots[i].node = -1
	}
	mask := uint64(size - 1)
	for k, node := range edges {
		i := t.hash(k)
		for t.slots[i].node >= 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = edgeSlot{k, node}
	}
	return t
}

// hash spreads a key with a Fibonacci multiply; the top bits index the
// table.
func (t *edgeTable) hash(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> t.shift }

// get returns the node at the end of edge k, or -1.
func (t *edgeTable) get(k uint64) int32 {
	if t.n == 0 {
		return -1
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.hash(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.node < 0 || s.key == k {
			return s.node
		}
	}
}
