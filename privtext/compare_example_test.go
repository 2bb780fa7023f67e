package privtext_test

import (
	"fmt"
	"os"

	"github.com/privtext/go-privtext/privtext"
)

func ExampleCompare() {
	// Two hand-built policies; normally the output of privtext.Analyze.
	acme := &privtext.Policy{Vendor: "acme", Clauses: []privtext.Clause{
		{ID: "c1", Text: "We collect your precise location.", Practices: []privtext.Practice{
			{Action: "collect", Data: []string{"location.precise"}}}},
		{ID: "c2", Text: "We do not sell personal information.", Practices: []privtext.Practice{
			{Action: "sell", Negated: true, Data: []string{"personal"}}}},
	}}
	globex := &privtext.Policy{Vendor: "globex", Clauses: []privtext.Clause{
		{ID: "c4", Text: "We may sell your data to partners.", Practices: []privtext.Practice{
			{Action: "sell", Data: []string{"personal"}}}},
	}}
	m, err := privtext.Compare(acme, globex).Matrix(privtext.ByPractice, 1)
	if err != nil {
		panic(err)
	}
	m.WriteMarkdown(os.Stdout)
	// Output:
	// | practice (level 1) | acme | globex |
	// |---|---|---|
	// | collect | ✓ c1 |  |
	// | sell | ✗ c2 | ✓ c4 |
	//
	// ✓ stated (evidence clause ids) · ✗ explicitly denied · blank: not mentioned
}

// Command-line tools take the dimension as a word.
func ExampleParseDimension() {
	for _, s := range []string{"sdk", "vendors"} {
		d, err := privtext.ParseDimension(s)
		fmt.Printf("%q %v\n", d, err)
	}
	// Output:
	// "sdk" <nil>
	// "" privtext: unknown comparison dimension "vendors" (want data, purpose, party, sdk or practice)
}
