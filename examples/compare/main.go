// Command compare lays the five embedded policies side by side: which
// practices each states or denies, and which top-level data types each
// mentions, as Markdown tables. With an argument it writes the HTML
// report instead.
//
//	go run ./examples/compare
//	go run ./examples/compare report.html
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/privtext"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	var policies []*privtext.Policy
	for _, cp := range corpus.All() {
		p, err := privtext.AnalyzeBytes(context.Background(), cp.Text, privtext.Options{Vendor: cp.ID})
		if err != nil {
			return err
		}
		policies = append(policies, p)
	}
	c := privtext.Compare(policies...)

	if len(args) > 0 {
		m, err := c.Matrix(privtext.ByData, 2)
		if err != nil {
			return err
		}
		f, err := os.Create(args[0])
		if err != nil {
			return err
		}
		if err := m.WriteHTML(f); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}

	for _, view := range []struct {
		by    privtext.Dimension
		level int
	}{{privtext.ByPractice, 1}, {privtext.ByData, 1}} {
		m, err := c.Matrix(view.by, view.level)
		if err != nil {
			return err
		}
		fmt.Printf("\n## By %s\n\n", view.by)
		if err := m.WriteMarkdown(os.Stdout); err != nil {
			return err
		}
	}
	return nil
}
