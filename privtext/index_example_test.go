package privtext_test

import (
	"context"
	"fmt"

	"github.com/privtext/go-privtext/privtext"
)

func ExampleIndex_Search() {
	ctx := context.Background()
	x, err := privtext.NewMemIndex() // or privtext.CreateIndex(dir) / OpenIndex(dir)
	if err != nil {
		panic(err)
	}
	defer x.Close()

	// Policies normally come from privtext.Analyze; this one is built by
	// hand to keep the example self-contained.
	text := "We collect the IMEI of your phone. We do not sell personal information."
	p := &privtext.Policy{Vendor: "acme", Clauses: []privtext.Clause{
		{ID: "c1", Text: text[:34], Start: 0, End: 34,
			Data:      []privtext.Mention{{Label: "identifier.device.imei", Text: "IMEI", Start: 15, End: 19}},
			Practices: []privtext.Practice{{Action: "collect", Data: []string{"identifier.device.imei"}}}},
		{ID: "c2", Text: text[35:], Start: 35, End: len(text),
			Practices: []privtext.Practice{{Action: "sell", Negated: true}}},
	}}
	if err := x.Add(ctx, p); err != nil {
		panic(err)
	}

	for _, qs := range []string{"imei", "data:identifier.device", "+negated:true +action:sell"} {
		res, err := x.Search(ctx, privtext.Query{QueryString: qs, Facets: []string{"vendor"}})
		if err != nil {
			panic(err)
		}
		for _, h := range res.Hits {
			fmt.Printf("%-28s %s/%s [%d:%d] %s\n", qs, h.Vendor, h.ClauseID, h.Start, h.End, h.Text)
		}
	}
	// Output:
	// imei                         acme/c1 [0:34] We collect the IMEI of your phone.
	// data:identifier.device       acme/c1 [0:34] We collect the IMEI of your phone.
	// +negated:true +action:sell   acme/c2 [35:71] We do not sell personal information.
}

func ExampleFacetNames() {
	fmt.Println(privtext.FacetNames())
	// Output: [vendor data purpose party category sdk action]
}
