package privtext_test

import (
	"context"
	"fmt"
	"log"

	"github.com/privtext/go-privtext/privtext"
)

// Adding a vendor again replaces its clauses; DeleteVendor removes them.
func ExampleIndex_Add() {
	ctx := context.Background()
	x, err := privtext.NewMemIndex()
	if err != nil {
		log.Fatal(err)
	}
	defer x.Close()
	analyze := func(vendor, text string) *privtext.Policy {
		p, err := privtext.AnalyzeBytes(ctx, []byte(text), privtext.Options{Vendor: vendor})
		if err != nil {
			log.Fatal(err)
		}
		return p
	}
	count := func(when string) {
		n, err := x.Count()
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(when, n)
	}

	v1 := analyze("Acme", "We collect your e-mail address. We do not sell it. We keep it for a year.")
	other := analyze("Globex", "We collect your precise location.")
	if err := x.Add(ctx, v1, other); err != nil {
		log.Fatal(err)
	}
	count("clauses:")
	v2 := analyze("ACME", "We collect your e-mail address.") // vendors match case-insensitively
	if err := x.Add(ctx, v2); err != nil {
		log.Fatal(err)
	}
	count("after replacing Acme:")
	if err := x.DeleteVendor(ctx, "acme"); err != nil {
		log.Fatal(err)
	}
	count("after deleting Acme:")
	// Output:
	// clauses: 4
	// after replacing Acme: 2
	// after deleting Acme: 1
}
