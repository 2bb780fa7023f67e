package privtext_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/privtext/go-privtext/privtext"
)

func newFixtureIndex(t *testing.T) (*privtext.Index, map[string]string) {
	t.Helper()
	policies, sources := fixturePolicies(t)
	x, err := privtext.NewMemIndex()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	if err := x.Add(context.Background(), policies...); err != nil {
		t.Fatal(err)
	}
	return x, sources
}

// hitKeys lists "vendor/clause" of the hits, sorted.
func hitKeys(res *privtext.SearchResult) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.Vendor+"/"+h.ClauseID)
	}
	sort.Strings(out)
	return out
}

func boolp(b bool) *bool { return &b }

func TestIndexSearch(t *testing.T) {
	x, sources := newFixtureIndex(t)
	if n, err := x.Count(); err != nil || n != 10 {
		t.Fatalf("Count = %d, %v; want 10", n, err)
	}
	tests := []struct {
		name string
		q    privtext.Query
		want []string
	}{
		{"free text", privtext.Query{Text: "IMEI"}, []string{"alpha/c2", "beta/c1"}},
		{"stemmed text", privtext.Query{Text: "collecting"}, []string{"alpha/c1", "alpha/c2", "alpha/c3", "beta/c4"}},
		{"query string term", privtext.Query{QueryString: "IMEI"}, []string{"alpha/c2", "beta/c1"}},
		{"data leaf", privtext.Query{QueryString: "data:location.precise"}, []string{"alpha/c3", "beta/c4"}},
		{"data ancestor", privtext.Query{QueryString: "data:identifier.device"}, []string{"alpha/c2", "beta/c1", "beta/c2"}},
		{"data top level filter", privtext.Query{Data: []string{"Identifier"}}, []string{"alpha/c2", "beta/c1", "beta/c2"}},
		{"negated query string", privtext.Query{QueryString: "+negated:true +action:sell"}, []string{"alpha/c4"}},
		{"negated filter", privtext.Query{Negated: boolp(true)}, []string{"alpha/c4", "beta/c4"}},
		{"practice polarity", privtext.Query{QueryString: "practice:sell"}, []string{"beta/c3"}},
		{"vendor filter any case", privtext.Query{Vendors: []string{"BETA"}, Actions: []string{"share", "sell"}}, []string{"beta/c2", "beta/c3"}},
		{"party and purpose", privtext.Query{Parties: []string{"advertiser"}, Purposes: []string{"advertising"}}, []string{"beta/c2"}},
		{"category", privtext.Query{Categories: []string{"third_party_sharing"}, Text: "sell"}, []string{"alpha/c4", "beta/c3"}},
		{"section path", privtext.Query{QueryString: "section:sharing", Vendors: []string{"alpha"}}, []string{"alpha/c4"}},
		{"no match", privtext.Query{Text: "blockchain"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, hitKeys(res)); diff != "" {
				t.Errorf("hits (-want +got):\n%s", diff)
			}
			if res.Total != len(tt.want) {
				t.Errorf("Total = %d, want %d", res.Total, len(tt.want))
			}
			for _, h := range res.Hits {
				if got := sources[h.Vendor][h.Start:h.End]; got != h.Text {
					t.Errorf("%s/%s: source[%d:%d] = %q, hit text %q", h.Vendor, h.ClauseID, h.Start, h.End, got, h.Text)
				}
				if h.Score <= 0 {
					t.Errorf("%s/%s: score %v", h.Vendor, h.ClauseID, h.Score)
				}
			}
		})
	}
}

func TestIndexHitDetails(t *testing.T) {
	x, _ := newFixtureIndex(t)
	res, err := x.Search(context.Background(), privtext.Query{Text: "IMEI fraud", Highlight: true, Size: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Total != 2 {
		t.Fatalf("got %d hits, total %d; want 1 of 2", len(res.Hits), res.Total)
	}
	h := res.Hits[0]
	if h.Vendor != "alpha" || h.ClauseID != "c2" {
		t.Errorf("best hit %s/%s, want alpha/c2 (matches both words)", h.Vendor, h.ClauseID)
	}
	if want := "1. What information we collect › 1.1 Device information"; h.Section != want {
		t.Errorf("Section = %q, want %q", h.Section, want)
	}
	if len(h.Fragments) == 0 || !strings.Contains(h.Fragments[0], "<mark>IMEI</mark>") {
		t.Errorf("Fragments = %q, want IMEI marked", h.Fragments)
	}
	page2, err := x.Search(context.Background(), privtext.Query{Text: "IMEI fraud", Size: 1, From: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(page2.Hits) != 1 || page2.Hits[0].Vendor != "beta" {
		t.Errorf("page 2 = %v, want beta's clause", hitKeys(page2))
	}
}

func TestIndexFacets(t *testing.T) {
	x, _ := newFixtureIndex(t)
	res, err := x.Search(context.Background(), privtext.Query{
		Data:   []string{"identifier", "location"},
		Facets: []string{"vendor", "data", "category", "party"},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]privtext.FacetTerm{
		"vendor": {{Term: "beta", Count: 3}, {Term: "alpha", Count: 2}},
		"data": {
			{Term: "identifier", Count: 3}, {Term: "identifier.device", Count: 3},
			{Term: "identifier.device.imei", Count: 2}, {Term: "location", Count: 2},
			{Term: "location.precise", Count: 2}, {Term: "identifier.device.android_id", Count: 1},
		},
		"category": {{Term: "first_party_collection", Count: 2}, {Term: "third_party_sharing", Count: 1}},
		"party":    {{Term: "advertiser", Count: 1}},
	}
	sortFacets := func(m map[string][]privtext.FacetTerm) {
		for _, terms := range m {
			sort.Slice(terms, func(i, j int) bool {
				if terms[i].Count != terms[j].Count {
					return terms[i].Count > terms[j].Count
				}
				return terms[i].Term < terms[j].Term
			})
		}
	}
	sortFacets(want)
	sortFacets(res.Facets)
	if diff := cmp.Diff(want, res.Facets); diff != "" {
		t.Errorf("facets (-want +got):\n%s", diff)
	}
}

func TestIndexReplaceAndDeleteVendor(t *testing.T) {
	x, _ := newFixtureIndex(t)
	ctx := context.Background()
	short, _ := buildPolicy(t, "Alpha", nil, []fclause{{text: "We collect nothing at all."}})
	if err := x.Add(ctx, short); err != nil {
		t.Fatal(err)
	}
	res, err := x.Search(ctx, privtext.Query{Vendors: []string{"alpha"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitKeys(res); !cmp.Equal(got, []string{"Alpha/c1"}) {
		t.Errorf("after re-adding alpha: %v, want only the new clause", got)
	}
	if err := x.DeleteVendor(ctx, "BETA"); err != nil {
		t.Fatal(err)
	}
	if err := x.DeleteVendor(ctx, "nobody"); err != nil {
		t.Errorf("deleting an absent vendor: %v", err)
	}
	if n, _ := x.Count(); n != 3 {
		t.Errorf("Count after delete = %d, want 3 (1 alpha + 2 gamma)", n)
	}
}

func TestIndexErrors(t *testing.T) {
	x, _ := newFixtureIndex(t)
	ctx := context.Background()
	var qe *privtext.QueryError
	for _, q := range []privtext.Query{
		{QueryString: "data:"},
		{QueryString: "a:b:c"},
		{QueryString: `"open quote`},
		{QueryString: "vendr:acme"},                // a misspelt field matches nothing
		{QueryString: "IMEI +start:>5"},            // start is stored, not searchable
		{QueryString: "text:imei OR (foo:bar -x)"}, // nested
		{Facets: []string{"colour"}},
		{Size: -1},
		{From: -3},
		{From: privtext.MaxSearchFrom + 1},
		{Size: privtext.MaxSearchSize + 1},
	} {
		if _, err := x.Search(ctx, q); !errors.As(err, &qe) {
			t.Errorf("Search(%+v) error = %v, want *QueryError", q, err)
		}
	}
	if _, err := x.Search(ctx, privtext.Query{QueryString: "data:/[/"}); !errors.As(err, &qe) {
		t.Errorf("Search with a bad regexp: error = %v, want *QueryError", err)
	}
	if err := x.Add(ctx, &privtext.Policy{Title: "anonymous"}); err == nil {
		t.Error("Add of a policy without vendor: no error")
	}
	if err := x.Add(ctx, nil); err == nil {
		t.Error("Add(nil): no error")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := x.Search(cancelled, privtext.Query{Text: "IMEI"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Search with cancelled context: %v", err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := x.Search(ctx, privtext.Query{}); !errors.Is(err, privtext.ErrIndexClosed) {
		t.Errorf("Search after Close: %v, want ErrIndexClosed", err)
	}
	if _, err := x.Count(); !errors.Is(err, privtext.ErrIndexClosed) {
		t.Errorf("Count after Close: %v, want ErrIndexClosed", err)
	}
	if err := x.Close(); !errors.Is(err, privtext.ErrIndexClosed) {
		t.Errorf("second Close: %v, want ErrIndexClosed", err)
	}
}

func TestIndexOnDisk(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	if _, err := privtext.OpenIndex(dir); !errors.Is(err, privtext.ErrIndexNotFound) {
		t.Errorf("OpenIndex(missing) = %v, want ErrIndexNotFound", err)
	}
	x, err := privtext.CreateIndex(dir)
	if err != nil {
		t.Fatal(err)
	}
	policies, _ := fixturePolicies(t)
	if err := x.Add(context.Background(), policies...); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := privtext.CreateIndex(dir); !errors.Is(err, privtext.ErrIndexExists) {
		t.Errorf("CreateIndex(existing) = %v, want ErrIndexExists", err)
	}
	y, err := privtext.OpenIndex(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer y.Close()
	res, err := y.Search(context.Background(), privtext.Query{QueryString: "data:location.precise"})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitKeys(res); !cmp.Equal(got, []string{"alpha/c3", "beta/c4"}) {
		t.Errorf("reopened index: %v", got)
	}

	// A directory that is not an index, and one with damaged metadata.
	empty := t.TempDir()
	if _, err := privtext.OpenIndex(empty); !errors.Is(err, privtext.ErrIndexCorrupt) {
		t.Errorf("OpenIndex(empty dir) = %v, want ErrIndexCorrupt", err)
	}
	broken := t.TempDir()
	if err := os.WriteFile(filepath.Join(broken, "index_meta.json"), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := privtext.OpenIndex(broken); !errors.Is(err, privtext.ErrIndexCorrupt) {
		t.Errorf("OpenIndex(broken meta) = %v, want ErrIndexCorrupt", err)
	}
}

func TestIndexConcurrentSearch(t *testing.T) {
	x, _ := newFixtureIndex(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				res, err := x.Search(context.Background(), privtext.Query{QueryString: "data:identifier", Facets: []string{"vendor"}})
				if err != nil {
					errs <- err
					return
				}
				if res.Total != 3 {
					errs <- errors.New("wrong total")
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
