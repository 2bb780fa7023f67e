package privtext_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/privtext/go-privtext/privtext"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

// cellStates renders a matrix compactly: "label: yes no -" per row.
func cellStates(m *privtext.Matrix) []string {
	var out []string
	for _, r := range m.Rows {
		line := r.Label + ":"
		for _, c := range r.Cells {
			switch c.State {
			case privtext.Yes:
				line += " yes(" + strings.Join(c.Clauses, ",") + ")"
			case privtext.ExplicitNo:
				line += " no(" + strings.Join(c.Clauses, ",") + ")"
			default:
				line += " -"
			}
		}
		out = append(out, line)
	}
	return out
}

func TestCompareMatrices(t *testing.T) {
	policies, _ := fixturePolicies(t)
	c := privtext.Compare(policies...)
	if want := []string{"alpha", "beta", "gamma"}; !cmp.Equal(c.Vendors, want) {
		t.Fatalf("Vendors = %v, want %v", c.Vendors, want)
	}
	tests := []struct {
		by    privtext.Dimension
		level int
		want  []string
	}{
		{privtext.ByData, 1, []string{
			"contact: yes(c1) - -",
			"identifier: yes(c2) yes(c1,c2) -",
			"location: yes(c3) no(c4) -",
			"personal: yes(c4) yes(c3) -", // a denied sale still holds the data
		}},
		{privtext.ByData, 0, []string{
			"contact.name: yes(c1) - -",
			"contact.phone: yes(c1) - -",
			"identifier.device: - yes(c2) -",
			"identifier.device.android_id: - yes(c1) -",
			"identifier.device.imei: yes(c2) yes(c1) -",
			"location.precise: yes(c3) no(c4) -",
			"personal: yes(c4) yes(c3) -", // a denied sale still holds the data
		}},
		{privtext.ByPractice, 1, []string{
			"collect: yes(c1,c2,c3) yes(c1) -",
			"sell: no(c4) yes(c3) -",
			"share: - yes(c2) -",
		}},
		{privtext.ByPractice, 2, []string{
			"collect:contact: yes(c1) - -",
			"collect:identifier: yes(c2) yes(c1) -",
			"collect:location: yes(c3) no(c4) -",
			"sell:personal: no(c4) yes(c3) -",
			"share:identifier: - yes(c2) -",
		}},
		{privtext.ByParty, 0, []string{
			"advertiser: - yes(c2) -",
			"data_broker: - yes(c3) -",
		}},
		{privtext.ByPurpose, 1, []string{
			"account: yes(c1) - -",
			"advertising: - yes(c2) -",
			"security: yes(c2) - -",
		}},
	}
	for _, tt := range tests {
		m, err := c.Matrix(tt.by, tt.level)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, cellStates(m)); diff != "" {
			t.Errorf("Matrix(%s, %d) (-want +got):\n%s", tt.by, tt.level, diff)
		}
	}
	if _, err := c.Matrix("colour", 0); err == nil {
		t.Error("Matrix(unknown dimension): no error")
	}
	if _, err := c.Matrix(privtext.ByData, -1); err == nil {
		t.Error("Matrix(level -1): no error")
	}
}

func TestCompareSDKsAndMixedPolarity(t *testing.T) {
	p, _ := buildPolicy(t, "delta", nil, []fclause{
		{text: "We never sell data.", data: []string{"personal=data"},
			practices: []privtext.Practice{{Action: "sell", Negated: true, Data: []string{"personal"}}}},
		{text: "SDK name: Umeng; purpose: statistics.", data: []string{"personal=statistics"},
			practices: []privtext.Practice{{Action: "sell", Data: []string{"personal"}}}},
	})
	p.SDKs = []privtext.SDK{
		{Name: "Umeng", Start: p.Clauses[1].Start + 10, End: p.Clauses[1].Start + 15},
		{Name: "Bugly 2.1", Start: 10000, End: 10010}, // outside every clause
	}
	q, _ := buildPolicy(t, "delta", nil, nil) // same vendor name: made unique
	q.SDKs = []privtext.SDK{{Name: "UMENG"}}
	c := privtext.Compare(p, nil, q)
	if want := []string{"delta", "delta (2)"}; !cmp.Equal(c.Vendors, want) {
		t.Errorf("Vendors = %v, want %v", c.Vendors, want)
	}
	m, err := c.Matrix(privtext.BySDK, 1)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Bugly 2.1: yes() -", "Umeng: yes(c2) yes()"}, cellStates(m)); diff != "" {
		t.Errorf("SDK matrix (-want +got):\n%s", diff)
	}
	m, _ = c.Matrix(privtext.ByPractice, 1)
	cell := m.Rows[0].Cells[0]
	if cell.State != privtext.Yes || !cmp.Equal(cell.Negations, []string{"c1"}) {
		t.Errorf("sell cell = %+v, want Yes with negation c1", cell)
	}
}

func TestCompareRenderers(t *testing.T) {
	policies, _ := fixturePolicies(t)
	c := privtext.Compare(policies...)
	for _, tt := range []struct {
		by    privtext.Dimension
		level int
	}{{privtext.ByData, 0}, {privtext.ByPractice, 2}} {
		m, err := c.Matrix(tt.by, tt.level)
		if err != nil {
			t.Fatal(err)
		}
		base := "compare_" + string(tt.by)
		for _, r := range []struct {
			ext   string
			write func(*bytes.Buffer) error
		}{
			{"md", func(b *bytes.Buffer) error { return m.WriteMarkdown(b) }},
			{"csv", func(b *bytes.Buffer) error { return m.WriteCSV(b) }},
			{"json", func(b *bytes.Buffer) error { return m.WriteJSON(b) }},
			{"html", func(b *bytes.Buffer) error { return m.WriteHTML(b) }},
		} {
			var b bytes.Buffer
			if err := r.write(&b); err != nil {
				t.Fatalf("%s.%s: %v", base, r.ext, err)
			}
			golden(t, base+"."+r.ext, b.Bytes())
		}
	}
}

func TestCompareHTMLEscapes(t *testing.T) {
	p, _ := buildPolicy(t, "<script>x</script>", nil, []fclause{
		{text: `We collect "cookies" <b>& more</b>.`, data: []string{"identifier.cookie=cookies"}},
	})
	m, err := privtext.Compare(p).Matrix(privtext.ByData, 0)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script>", "<b>&"} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML output contains unescaped %q", bad)
		}
	}
	if !strings.Contains(out, "&lt;b&gt;&amp; more&lt;/b&gt;") {
		t.Error("HTML output lacks the escaped evidence text")
	}
}
