package privtext_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/privtext"
)

// corpusPolicies analyses the embedded corpus once, vendor = corpus id.
var corpusPolicies = sync.OnceValues(func() ([]*privtext.Policy, error) {
	var out []*privtext.Policy
	for _, cp := range corpus.All() {
		p, err := privtext.AnalyzeBytes(context.Background(), cp.Text, privtext.Options{Vendor: cp.ID})
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
})

func corpusIndex(t *testing.T) (*privtext.Index, map[string]string) {
	t.Helper()
	policies, err := corpusPolicies()
	if err != nil {
		t.Fatal(err)
	}
	x, err := privtext.NewMemIndex()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	if err := x.Add(context.Background(), policies...); err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, cp := range corpus.All() {
		texts[cp.ID] = string(cp.Text)
	}
	return x, texts
}

// searchCorpus runs q with room for every hit and checks the spans of the hits
// against the corpus text.
func searchCorpus(t *testing.T, x *privtext.Index, texts map[string]string, q privtext.Query) (*privtext.SearchResult, map[string]int) {
	t.Helper()
	q.Size = privtext.MaxSearchSize
	res, err := x.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	perVendor := map[string]int{}
	for _, h := range res.Hits {
		perVendor[h.Vendor]++
		if got := texts[h.Vendor][h.Start:h.End]; got != h.Text {
			t.Errorf("%s/%s: text[%d:%d] = %q, hit text %q", h.Vendor, h.ClauseID, h.Start, h.End, got, h.Text)
		}
	}
	return res, perVendor
}

func TestCorpusSearchText(t *testing.T) {
	x, texts := corpusIndex(t)
	res, perVendor := searchCorpus(t, x, texts, privtext.Query{QueryString: "IMEI", Facets: []string{"vendor"}})
	for _, v := range []string{"baijinxiu", "mibee"} {
		if perVendor[v] == 0 {
			t.Errorf("IMEI: no hit in %s (hits per vendor %v)", v, perVendor)
		}
	}
	for _, h := range res.Hits {
		if !strings.Contains(h.Text, "IMEI") {
			t.Errorf("IMEI hit %s/%s lacks IMEI: %q", h.Vendor, h.ClauseID, h.Text)
		}
	}
	// The vendor facet counts every matching clause exactly once.
	facet := map[string]int{}
	for _, ft := range res.Facets["vendor"] {
		facet[ft.Term] = ft.Count
	}
	if len(facet) != len(perVendor) {
		t.Errorf("vendor facet %v, hits per vendor %v", facet, perVendor)
	}
	for v, n := range perVendor {
		if facet[v] != n {
			t.Errorf("vendor facet %s = %d, %d hits", v, facet[v], n)
		}
	}
}

func TestCorpusSearchFacts(t *testing.T) {
	x, texts := corpusIndex(t)
	if res, _ := searchCorpus(t, x, texts, privtext.Query{QueryString: "data:identifier"}); res.Total == 0 {
		t.Skip("needs extraction: no clause has an identifier data type yet")
	}
	t.Run("precise location", func(t *testing.T) {
		// Baijinxiu collects GPS information for nearby-user features.
		_, perVendor := searchCorpus(t, x, texts, privtext.Query{QueryString: "data:location.precise"})
		if perVendor["baijinxiu"] == 0 {
			t.Errorf("data:location.precise: no hit in baijinxiu (%v)", perVendor)
		}
	})
	t.Run("negated sale", func(t *testing.T) {
		res, perVendor := searchCorpus(t, x, texts, privtext.Query{QueryString: "+negated:true +action:sell"})
		for _, v := range []string{"mibee", "mijia-camera"} {
			if perVendor[v] == 0 {
				t.Errorf("negated sell: no hit in %s (%v)", v, perVendor)
			}
		}
		for _, h := range res.Hits {
			if !strings.Contains(strings.ToLower(h.Text), "sell") {
				t.Errorf("negated sell hit without 'sell': %s/%s %q", h.Vendor, h.ClauseID, h.Text)
			}
		}
	})
	t.Run("facet counts", func(t *testing.T) {
		// Each data facet count equals the hits of the conjunction.
		res, _ := searchCorpus(t, x, texts, privtext.Query{Data: []string{"identifier"}, Facets: []string{"data"}})
		if len(res.Facets["data"]) == 0 {
			t.Fatal("no data facet")
		}
		for _, ft := range res.Facets["data"] {
			only, _ := searchCorpus(t, x, texts, privtext.Query{QueryString: "+data:identifier +data:" + ft.Term})
			if only.Total != ft.Count {
				t.Errorf("data facet %s = %d, search finds %d", ft.Term, ft.Count, only.Total)
			}
		}
	})
}
