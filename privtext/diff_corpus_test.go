package privtext_test

import (
	"context"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/privtext"
)

// Sentences of the miBEE policy the corpus diff test edits.
const (
	mibeeNoSell   = "We will not sell any personal information to third parties."
	mibeeDisclose = "We may disclose your personal information without further consent when applying legal requirements, such as in order to comply with a court inquiry order."
	mibeeDevice   = "IMEI number, IMSI number, MAC address"
	mibeeAds      = "Advertising: We work with third-party service providers"
)

// editedMibee returns the miBEE policy and a new version of it in which a
// sentence moved up past several paragraphs, a list item was edited, and
// the no-sale promise flipped.
func editedMibee(t testing.TB) (old, new string) {
	t.Helper()
	cp, ok := corpus.Get("mibee")
	if !ok {
		t.Fatal("no corpus policy mibee")
	}
	old = string(cp.Text)
	for _, s := range []string{mibeeNoSell, mibeeDisclose, mibeeDevice, mibeeAds} {
		if strings.Count(old, s) != 1 {
			t.Fatalf("corpus changed: %q occurs %d times in mibee", s, strings.Count(old, s))
		}
	}
	// Move the disclosure sentence up, before the advertising paragraph.
	new = strings.Replace(old, mibeeDisclose+"\n", "", 1)
	new = strings.Replace(new, mibeeAds, mibeeDisclose+"\n\n"+mibeeAds, 1)
	// Flip the no-sale promise and edit a list of identifiers.
	new = strings.Replace(new, mibeeNoSell, "We may sell personal information to third parties.", 1)
	new = strings.Replace(new, mibeeDevice, "IMEI number, serial number, MAC address", 1)
	return old, new
}

func TestDiffCorpusEdits(t *testing.T) {
	oldText, newText := editedMibee(t)
	ctx := context.Background()
	old, err := privtext.AnalyzeBytes(ctx, []byte(oldText), privtext.Options{Vendor: "mibee"})
	if err != nil {
		t.Fatal(err)
	}
	new, err := privtext.AnalyzeBytes(ctx, []byte(newText), privtext.Options{Vendor: "mibee"})
	if err != nil {
		t.Fatal(err)
	}
	d := privtext.Diff(old, new)

	var sell, device *privtext.ClauseChange
	for i := range d.Clauses {
		c := &d.Clauses[i]
		if c.Kind != privtext.Edited {
			t.Errorf("unexpected %s clause: old %+v new %+v", c.Kind, c.Old, c.New)
			continue
		}
		if oldText[c.Old.Start:c.Old.End] != c.Old.Text || newText[c.New.Start:c.New.End] != c.New.Text {
			t.Errorf("edited clause spans do not match their texts: %+v → %+v", c.Old, c.New)
		}
		switch {
		case strings.Contains(c.Old.Text, "will not sell"):
			sell = c
		case strings.Contains(c.Old.Text, "IMSI"):
			device = c
		default:
			t.Errorf("unexpected edit %q → %q", c.Old.Text, c.New.Text)
		}
	}
	if sell == nil || device == nil {
		t.Fatalf("edits found: sell %v, device %v; want both", sell != nil, device != nil)
	}
	if !hasWords(sell.Words, "-", "will not") || !hasWords(sell.Words, "+", "may") {
		t.Errorf("sell word diff = %q", sell.Words)
	}
	if !hasWords(device.Words, "-", "IMSI") || !hasWords(device.Words, "+", "serial") {
		t.Errorf("device word diff = %q", device.Words)
	}
	if d.Moved < 1 {
		t.Errorf("Moved = %d, want the moved sentence counted", d.Moved)
	}
	if d.Unchanged != len(old.Clauses)-2 {
		t.Errorf("Unchanged = %d, want %d (all but the two edits)", d.Unchanged, len(old.Clauses)-2)
	}

	if !anyPractice(old, "sell") {
		t.Skip("needs extraction: no sell practice found in mibee")
	}
	flipped := false
	for _, f := range d.Facts {
		if f.Dimension == privtext.ByPractice && strings.HasPrefix(f.Label, "sell") && f.Kind == privtext.Flipped {
			flipped = f.Old == privtext.ExplicitNo && f.New == privtext.Yes &&
				len(f.OldClauses) > 0 && len(f.NewClauses) > 0
		}
	}
	if !flipped {
		t.Errorf("no sell practice flipped from no to yes with evidence; facts: %+v", d.Facts)
	}
}

func hasWords(ws []privtext.WordChange, op, text string) bool {
	for _, w := range ws {
		if w.Op == op && strings.Contains(w.Text, text) {
			return true
		}
	}
	return false
}

func anyPractice(p *privtext.Policy, action string) bool {
	for _, c := range p.Clauses {
		for _, pr := range c.Practices {
			if pr.Action == action {
				return true
			}
		}
	}
	return false
}

// BenchmarkDiff diffs the two largest corpus policies against each other
// (mostly unpaired clauses: the similarity pass's worst case) and an
// edited copy of one against its original.
func BenchmarkDiff(b *testing.B) {
	policies, err := corpusPolicies()
	if err != nil {
		b.Fatal(err)
	}
	byVendor := map[string]*privtext.Policy{}
	for _, p := range policies {
		byVendor[p.Vendor] = p
	}
	oldText, newText := editedMibee(b)
	old, err1 := privtext.AnalyzeBytes(context.Background(), []byte(oldText), privtext.Options{})
	new, err2 := privtext.AnalyzeBytes(context.Background(), []byte(newText), privtext.Options{})
	if err1 != nil || err2 != nil {
		b.Fatal(err1, err2)
	}
	for _, bc := range []struct {
		name     string
		old, new *privtext.Policy
	}{
		{"edited", old, new},
		{"unrelated", byVendor["baijinxiu"], byVendor["mijia-camera"]},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(bc.old.Size + bc.new.Size))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				privtext.Diff(bc.old, bc.new)
			}
		})
	}
}
