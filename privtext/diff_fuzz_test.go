package privtext_test

import (
	"strings"
	"testing"

	"github.com/privtext/go-privtext/privtext"
)

// FuzzDiffWords checks the word diff of an edited clause: its kept and
// added runs spell the new clause, its kept and removed runs the old one
// (white space aside).
func FuzzDiffWords(f *testing.F) {
	f.Add("We will not sell your data.", "We may sell your data.")
	f.Add("Data is kept 3 years", "Data is kept for 180 days")
	f.Add("个人信息 stored in China.", "个人信息 stored in Singapore!")
	f.Fuzz(func(t *testing.T, a, b string) {
		old := &privtext.Policy{Clauses: []privtext.Clause{{ID: "c1", Text: a, End: len(a)}}}
		new := &privtext.Policy{Clauses: []privtext.Clause{{ID: "c1", Text: b, End: len(b)}}}
		d := privtext.Diff(old, new)
		for _, c := range d.Clauses {
			if c.Kind != privtext.Edited {
				continue
			}
			var o, n strings.Builder
			for _, w := range c.Words {
				if w.Op != "+" {
					o.WriteString(w.Text)
				}
				if w.Op != "-" {
					n.WriteString(w.Text)
				}
			}
			if noSpace(n.String()) != noSpace(b) {
				t.Errorf("new side %q, want %q", n.String(), b)
			}
			if noSpace(o.String()) != noSpace(a) {
				t.Errorf("old side %q, want %q", o.String(), a)
			}
		}
	})
}

// noSpace drops all white space.
func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }
