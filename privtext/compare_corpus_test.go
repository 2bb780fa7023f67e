package privtext_test

import (
	"strings"
	"testing"

	"github.com/privtext/go-privtext/privtext"
)

func TestCompareCorpus(t *testing.T) {
	policies, err := corpusPolicies()
	if err != nil {
		t.Fatal(err)
	}
	c := privtext.Compare(policies...)
	want := []string{"baijinxiu", "mibee", "mijia-camera", "mile-technology", "mipmap"}
	if strings.Join(c.Vendors, " ") != strings.Join(want, " ") {
		t.Fatalf("Vendors = %v, want %v", c.Vendors, want)
	}
	m, err := c.Matrix(privtext.ByPractice, 1)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]privtext.Row{}
	for _, r := range m.Rows {
		rows[r.Label] = r
	}
	if len(rows) == 0 {
		t.Skip("needs extraction: no practices found in the corpus")
	}
	// Every policy says it collects; three promise not to sell.
	for v, cell := range rows["collect"].Cells {
		if cell.State != privtext.Yes {
			t.Errorf("collect/%s = %v, want yes", c.Vendors[v], cell.State)
		}
	}
	wantSell := []privtext.State{privtext.ExplicitNo, privtext.ExplicitNo, privtext.ExplicitNo, privtext.NotMentioned, privtext.NotMentioned}
	for v, cell := range rows["sell"].Cells {
		if cell.State != wantSell[v] {
			t.Errorf("sell/%s = %v, want %v", c.Vendors[v], cell.State, wantSell[v])
		}
		for _, id := range cell.Clauses {
			if text := m.ClauseText(v, id); !strings.Contains(text, "sell") {
				t.Errorf("sell/%s evidence %s does not say sell: %q", c.Vendors[v], id, text)
			}
		}
	}
	// Rolling up never loses a vendor's label: each level-1 row is the
	// union of its level-0 rows.
	full, _ := c.Matrix(privtext.ByData, 0)
	top, _ := c.Matrix(privtext.ByData, 1)
	stated := func(m *privtext.Matrix, prefix string, v int) bool {
		for _, r := range m.Rows {
			if (r.Label == prefix || strings.HasPrefix(r.Label, prefix+".")) && r.Cells[v].State == privtext.Yes {
				return true
			}
		}
		return false
	}
	for _, r := range top.Rows {
		for v := range c.Vendors {
			if (r.Cells[v].State == privtext.Yes) != stated(full, r.Label, v) {
				t.Errorf("data %s/%s: level 1 says %v, level 0 disagrees", r.Label, c.Vendors[v], r.Cells[v].State)
			}
		}
	}
}

// BenchmarkCompare gathers the facts of the five corpus policies and lays
// out the practice and data matrices.
func BenchmarkCompare(b *testing.B) {
	policies, err := corpusPolicies()
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, p := range policies {
		size += p.Size
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		c := privtext.Compare(policies...)
		for _, by := range []privtext.Dimension{privtext.ByPractice, privtext.ByData} {
			if _, err := c.Matrix(by, 2); err != nil {
				b.Fatal(err)
			}
		}
	}
}
