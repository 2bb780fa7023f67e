package textnorm

import (
	"testing"
	"unicode/utf8"
)

// TestFixedRuneIsIdentity checks the shortcut of NewView against the full
// fold for every rune it covers.
func TestFixedRuneIsIdentity(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !fixedRune(r) {
			continue
		}
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		if got := foldRune(r); got != string(buf[:n]) {
			t.Fatalf("%U folds to %q, but fixedRune copies it", r, got)
		}
	}
}
