// Command quickstart analyses one embedded privacy policy and prints what
// it found: the section outline, then each data type the policy mentions
// with the clause that evidences it, then the practices it denies.
//
//	go run ./examples/quickstart            # the miBEE policy
//	go run ./examples/quickstart baijinxiu  # another corpus policy
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
	id := "mibee"
	if len(os.Args) > 1 {
		id = os.Args[1]
	}
	if err := run(id); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(id string) error {
	cp, ok := corpus.Get(id)
	if !ok {
		return fmt.Errorf("no embedded policy %q (have %s)", id, strings.Join(corpus.IDs(), ", "))
	}
	p, err := privtext.AnalyzeBytes(context.Background(), cp.Text, privtext.Options{Vendor: cp.ID})
	if err != nil {
		return err
	}
	fmt.Printf("%s: %q, %d sections, %d clauses\n", p.Vendor, p.Title, len(p.Sections), len(p.Clauses))

	fmt.Println("\nOutline:")
	for _, s := range p.Sections {
		if s.Level <= 2 {
			fmt.Printf("%s%s %s\n", strings.Repeat("  ", s.Level), s.Number, s.Heading)
		}
	}

	// Every clause carries the byte span of its text in the input, so the
	// evidence can be quoted from the original bytes.
	fmt.Println("\nData types (first evidence):")
	seen := map[string]bool{}
	for _, c := range p.Clauses {
		for _, m := range c.Data {
			if seen[m.Label] {
				continue
			}
			seen[m.Label] = true
			fmt.Printf("  %-32s %q in %s: %s\n", m.Label, cp.Text[m.Start:m.End], c.ID, clip(c.Text, 90))
		}
	}

	fmt.Println("\nWhat the policy says it does not do:")
	for _, c := range p.Clauses {
		for _, pr := range c.Practices {
			if pr.Negated {
				fmt.Printf("  not %-8s %v (%s): %s\n", pr.Action, pr.Data, c.ID, clip(c.Text, 90))
			}
		}
	}
	return nil
}

// clip shortens s to n bytes at most, on a rune boundary, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	for n > 0 && (s[n]&0xC0) == 0x80 {
		n--
	}
	return s[:n] + "…"
}
