package privtext_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/privtext"
)

// An index on disk outlives the process: create it once, add policies,
// close it, and open it again later to search.
func ExampleCreateIndex() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "privtext-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "policies.idx")

	x, err := privtext.CreateIndex(path)
	if err != nil {
		log.Fatal(err)
	}
	cp, _ := corpus.Get("mibee")
	p, err := privtext.AnalyzeBytes(ctx, cp.Text, privtext.Options{Vendor: cp.Name})
	if err != nil {
		log.Fatal(err)
	}
	if err := x.Add(ctx, p); err != nil {
		log.Fatal(err)
	}
	if err := x.Close(); err != nil {
		log.Fatal(err)
	}

	x, err = privtext.OpenIndex(path)
	if err != nil {
		log.Fatal(err)
	}
	defer x.Close()
	res, err := x.Search(ctx, privtext.Query{QueryString: "+action:sell +negated:true", Size: 1})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range res.Hits {
		fmt.Println(h.Vendor, h.Text)
	}
	_, err = privtext.OpenIndex(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, privtext.ErrIndexNotFound))
	// Output:
	// miBEE We will not sell any personal information to third parties.
	// true
}
