package privtext_test

import (
	"os"

	"github.com/privtext/go-privtext/privtext"
)

func ExampleDiff() {
	// Two versions of a policy; normally the output of privtext.Analyze.
	v1 := &privtext.Policy{Vendor: "acme 2024", Clauses: []privtext.Clause{
		{ID: "c1", Text: "We collect your email address."},
		{ID: "c2", Text: "We will not sell your personal information.", Practices: []privtext.Practice{
			{Action: "sell", Negated: true, Data: []string{"personal"}}}},
	}}
	v2 := &privtext.Policy{Vendor: "acme 2025", Clauses: []privtext.Clause{
		{ID: "c1", Text: "We may sell your personal information.", Practices: []privtext.Practice{
			{Action: "sell", Data: []string{"personal"}}}},
		{ID: "c2", Text: "We collect your email address."}, // reordered: not a change
	}}
	privtext.Diff(v1, v2).WriteText(os.Stdout)
	// Output:
	// --- acme 2024
	// +++ acme 2025
	// clauses: 1 edited, 0 added, 0 removed; 1 unchanged (0 moved)
	//
	// edited c2 → c1 (similarity 0.62)
	//   We [-will not-] {+may+} sell your personal information.
	//
	// facts:
	//   flipped  practice sell:personal                    no (c2) → yes (c1)
}
