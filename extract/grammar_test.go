package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestGrammarErrors(t *testing.T) {
	for _, tt := range []struct {
		data, want string
	}{
		{"owner.possesives: thy\n", `grammar.txt (user #1):1: unknown word class "owner.possesives"`},
		{"no colon here\n", "grammar.txt (user #1):1:"},
	} {
		_, err := New(Options{Rules: []RuleFile{{Name: "grammar.txt", Data: []byte(tt.data)}}})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("New(grammar.txt %q) error = %v, want it to contain %q", tt.data, err, tt.want)
		}
	}
}

// A word added to a class changes what the engine reads: "thy" owns the
// data word after it as "your" does.
func TestGrammarExtension(t *testing.T) {
	const text = "We store thy location and thy address."
	labels := func(e *Extractor) []string {
		var out []string
		for _, m := range e.Clause(Input{Text: text}).Data {
			out = append(out, m.Label+"="+text[m.Start:m.End])
		}
		return out
	}
	base := labels(Default())
	e, err := New(Options{Rules: []RuleFile{{Name: "grammar.txt", Data: []byte("owner.possessives: thy\n")}}})
	if err != nil {
		t.Fatal(err)
	}
	ext := labels(e)
	const owned = "contact.postal_address=address"
	if slices.Contains(base, owned) || !slices.Contains(ext, owned) {
		t.Errorf("data without \"thy\" as a possessive: %v; with it: %v; want %s only with it", base, ext, owned)
	}
}
