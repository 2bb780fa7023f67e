package privtext_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/privtext/go-privtext/privtext"
)

// FuzzSearchQueryString feeds arbitrary query strings to Search: it must
// answer or fail with an error, never panic or hang.
func FuzzSearchQueryString(f *testing.F) {
	for _, s := range []string{"IMEI", "data:location.precise", "+negated:true +action:sell", `"precise location"~2`,
		"vendor:alpha -text:fraud", "start:>5", "/im.i/", "imei^3 fraud~1", "data:", "a:b:c", "(x", `"x`, "*"} {
		f.Add(s)
	}
	var (
		once sync.Once
		x    *privtext.Index
	)
	f.Fuzz(func(t *testing.T, qs string) {
		once.Do(func() {
			policies, _ := fixturePolicies(t)
			var err error
			if x, err = privtext.NewMemIndex(); err == nil {
				err = x.Add(context.Background(), policies...)
			}
			if err != nil {
				t.Fatal(err)
			}
		})
		res, err := x.Search(context.Background(), privtext.Query{QueryString: qs, Facets: []string{"data"}, Highlight: true})
		if err != nil {
			if errors.Is(err, privtext.ErrIndexClosed) {
				t.Fatal(err)
			}
			return
		}
		if len(res.Hits) > res.Total {
			t.Errorf("%q: %d hits, total %d", qs, len(res.Hits), res.Total)
		}
	})
}
