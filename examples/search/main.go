// Command search indexes the embedded corpus in memory and runs a few
// queries: free text, a data-type field query that matches every label
// below "location", and negated sale statements, with facet counts.
//
//	go run ./examples/search
//	go run ./examples/search 'data:identifier.device'
package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/privtext"
)

func main() {
	queries := []string{"IMEI", "data:location", "+negated:true +action:sell"}
	if len(os.Args) > 1 {
		queries = []string{strings.Join(os.Args[1:], " ")}
	}
	if err := run(queries); err != nil {
		fmt.Fprintln(os.Stderr, "search:", err)
		os.Exit(1)
	}
}

func run(queries []string) error {
	ctx := context.Background()
	x, err := privtext.NewMemIndex() // privtext.CreateIndex(dir) for one on disk
	if err != nil {
		return err
	}
	defer x.Close()
	for _, cp := range corpus.All() {
		p, err := privtext.AnalyzeBytes(ctx, cp.Text, privtext.Options{Vendor: cp.ID})
		if err != nil {
			return err
		}
		if err := x.Add(ctx, p); err != nil {
			return err
		}
	}
	n, err := x.Count()
	if err != nil {
		return err
	}
	fmt.Printf("indexed %d clauses of %d policies\n", n, len(corpus.IDs()))

	for _, qs := range queries {
		res, err := x.Search(ctx, privtext.Query{QueryString: qs, Size: 3, Facets: []string{"vendor"}})
		if err != nil {
			return err
		}
		fmt.Printf("\n%s: %d clauses\n", qs, res.Total)
		for _, t := range res.Facets["vendor"] {
			fmt.Printf("  %-16s %d\n", t.Term, t.Count)
		}
		for _, h := range res.Hits {
			text := strings.Join(strings.Fields(h.Text), " ")
			if len(text) > 100 {
				text = text[:100] + "…"
			}
			fmt.Printf("  %.2f %s/%s [%d:%d] %s\n", h.Score, h.Vendor, h.ClauseID, h.Start, h.End, text)
		}
	}
	return nil
}
