package privtext_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/privtext/go-privtext/privtext"
)

// editedFixture returns alpha and a new version of it in which the first
// clause moved to the end, the IMEI clause was edited, the location clause
// was removed, the "will not sell" clause flipped to "may sell", and a
// clause about advertisers was added.
func editedFixture(t *testing.T) (old, new *privtext.Policy) {
	policies, _ := fixturePolicies(t)
	old = policies[0]
	secs := []fsection{{"s1", "", "1.", "What information we collect"}, {"s3", "", "2.", "Sharing"}}
	new, _ = buildPolicy(t, "alpha", secs, []fclause{
		{section: "s1", text: "We collect the IMEI and serial number of your device to prevent fraud.",
			data:      []string{"identifier.device.imei=IMEI", "identifier.device.serial=serial number"},
			practices: []privtext.Practice{{Action: "collect", Data: []string{"identifier.device.imei", "identifier.device.serial"}}}},
		{section: "s3", text: "We may sell your personal information to anyone.",
			data:      []string{"personal=personal information"},
			practices: []privtext.Practice{{Action: "sell", Data: []string{"personal"}}}},
		{section: "s3", text: "We share usage data with advertisers.",
			data: []string{"usage=usage data"}, parties: []string{"advertiser=advertisers"},
			practices: []privtext.Practice{{Action: "share", Data: []string{"usage"}, Recipients: []string{"advertiser"}}}},
		{section: "s1", text: "We collect your  name and phone number when you register.", // moved; white space differs
			data:      []string{"contact.name=name", "contact.phone=phone number"},
			purposes:  []string{"account=register"},
			practices: []privtext.Practice{{Action: "collect", Data: []string{"contact.name", "contact.phone"}}}},
	})
	new.Vendor = "alpha v2"
	return old, new
}

type clauseSummary struct {
	Kind, Old, New string
}

func TestDiffClauses(t *testing.T) {
	old, new := editedFixture(t)
	d := privtext.Diff(old, new)
	var got []clauseSummary
	for _, c := range d.Clauses {
		s := clauseSummary{Kind: c.Kind}
		if c.Old != nil {
			s.Old = c.Old.ID
		}
		if c.New != nil {
			s.New = c.New.ID
		}
		got = append(got, s)
	}
	want := []clauseSummary{
		{privtext.Edited, "c2", "c1"},
		{privtext.Removed, "c3", ""},
		{privtext.Edited, "c4", "c2"},
		{privtext.Added, "", "c3"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("clause changes (-want +got):\n%s", diff)
	}
	if d.Unchanged != 1 || d.Moved != 0 {
		// One identical clause: its order relative to other identical
		// clauses cannot change, so it is not counted as moved.
		t.Errorf("Unchanged, Moved = %d, %d; want 1, 0", d.Unchanged, d.Moved)
	}
	if got := d.Clauses[2].Words; !cmp.Equal(got, []privtext.WordChange{
		{Op: "=", Text: "We "}, {Op: "-", Text: "will not "}, {Op: "+", Text: "may "},
		{Op: "=", Text: "sell your personal information to anyone."},
	}) {
		t.Errorf("word diff of the flipped clause = %q", got)
	}
	wantSections := []privtext.SectionChange{{Kind: privtext.Removed, ID: "s2", Path: "1. What information we collect › 1.1 Device information"}}
	if diff := cmp.Diff(wantSections, d.Sections); diff != "" {
		t.Errorf("section changes (-want +got):\n%s", diff)
	}
	if c := d.Clauses[0]; c.New.Section != "1. What information we collect" || c.Old.Section != "1. What information we collect › 1.1 Device information" {
		t.Errorf("edited clause sections = %q → %q", c.Old.Section, c.New.Section)
	}
}

func TestDiffFacts(t *testing.T) {
	old, new := editedFixture(t)
	d := privtext.Diff(old, new)
	type fact struct{ Dim, Label, Kind, Old, New string }
	var got []fact
	for _, f := range d.Facts {
		got = append(got, fact{string(f.Dimension), f.Label, f.Kind,
			f.Old.String() + strings.Join(f.OldClauses, ","), f.New.String() + strings.Join(f.NewClauses, ",")})
	}
	want := []fact{
		{"data", "identifier.device.serial", "added", "not_mentioned", "yesc1"},
		{"data", "location.precise", "removed", "yesc3", "not_mentioned"},
		{"data", "usage", "added", "not_mentioned", "yesc3"},
		{"purpose", "security.fraud", "removed", "yesc2", "not_mentioned"},
		{"party", "advertiser", "added", "not_mentioned", "yesc3"},
		{"practice", "collect:identifier.device.serial", "added", "not_mentioned", "yesc1"},
		{"practice", "collect:location.precise", "removed", "yesc3", "not_mentioned"},
		{"practice", "sell:personal", "flipped", "noc4", "yesc2"},
		{"practice", "share:usage", "added", "not_mentioned", "yesc3"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fact changes (-want +got):\n%s", diff)
	}
}

func TestDiffMovedAndIdentical(t *testing.T) {
	policies, _ := fixturePolicies(t)
	p := policies[1]
	if d := privtext.Diff(p, p); d.Changed() || d.Unchanged != len(p.Clauses) || d.Moved != 0 {
		t.Errorf("Diff(p, p) = %d clause changes, %d fact changes, %d unchanged, %d moved",
			len(d.Clauses), len(d.Facts), d.Unchanged, d.Moved)
	}
	// No change is an empty list in JSON, not null.
	if b, _ := json.Marshal(privtext.Diff(p, p)); !bytes.Contains(b, []byte(`"clauses":[],"facts":[]`)) {
		t.Errorf("Diff(p, p) as JSON = %s, want empty clauses and facts", b)
	}
	// Reverse the clause order: every clause is kept, all but one moved.
	r := *p
	r.Clauses = nil
	for i := len(p.Clauses) - 1; i >= 0; i-- {
		r.Clauses = append(r.Clauses, p.Clauses[i])
	}
	d := privtext.Diff(p, &r)
	if d.Changed() || d.Unchanged != 4 || d.Moved != 3 {
		t.Errorf("reversed: changed=%v unchanged=%d moved=%d; want false 4 3", d.Changed(), d.Unchanged, d.Moved)
	}
	if d := privtext.Diff(nil, p); len(d.Clauses) != len(p.Clauses) || d.Clauses[0].Kind != privtext.Added {
		t.Errorf("Diff(nil, p): %d changes", len(d.Clauses))
	}
}

func TestDiffWordsRebuildText(t *testing.T) {
	pairs := [][2]string{
		{"We will not sell your data.", "We may sell your data, unless you object."},
		{"Data is kept for 3 years.", "Data is kept for 180 days after account deletion."},
		{"  Leading space and   gaps.", "Leading space and gaps!"},
		{"个人信息 will be stored in China.", "个人信息 will be stored in Singapore."},
		{"", "Only new."},
	}
	for _, pr := range pairs {
		oldP, _ := buildPolicy(t, "v", nil, []fclause{{text: pr[0]}, {text: "Anchor clause that stays the same."}})
		newP, _ := buildPolicy(t, "v", nil, []fclause{{text: pr[1]}, {text: "Anchor clause that stays the same."}})
		for _, c := range privtext.Diff(oldP, newP).Clauses {
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
			if got := n.String(); noSpace(got) != noSpace(pr[1]) {
				t.Errorf("new side rebuilt as %q, want %q", got, pr[1])
			}
			if noSpace(o.String()) != noSpace(pr[0]) {
				t.Errorf("old side rebuilt as %q, want %q", o.String(), pr[0])
			}
		}
	}
}

func TestDiffRenderers(t *testing.T) {
	old, new := editedFixture(t)
	d := privtext.Diff(old, new)
	var text, js bytes.Buffer
	if err := d.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if err := d.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	golden(t, "diff_fixture.txt", text.Bytes())
	golden(t, "diff_fixture.json", js.Bytes())
}
