package privtext_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/privtext"
)

func ExampleAnalyze() {
	policy := `Acme Privacy Policy

1. What we collect

Device information: IMEI and MAC address.We use it to keep your account safe.

2. Sharing

We will not sell any personal information to third parties.
`
	p, err := privtext.Analyze(context.Background(), strings.NewReader(policy), privtext.Options{Vendor: "Acme"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range p.Sections {
		fmt.Printf("section %s %s. %s\n", s.ID, s.Number, s.Heading)
	}
	for _, c := range p.Clauses {
		fmt.Printf("%s in %s [%d:%d] label=%q %q\n", c.ID, c.Section, c.Start, c.End, c.Label, policy[c.Start:c.End])
	}
	// Output:
	// section s1 1. What we collect
	// section s2 2. Sharing
	// c1 in s1 [41:82] label="Device information" "Device information: IMEI and MAC address."
	// c2 in s1 [82:118] label="Device information" "We use it to keep your account safe."
	// c3 in s2 [132:191] label="" "We will not sell any personal information to third parties."
}

func ExampleAnalyzeBytes() {
	cp, _ := corpus.Get("mibee")
	p, err := privtext.AnalyzeBytes(context.Background(), cp.Text, privtext.Options{Vendor: cp.Name})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Vendor, "|", p.Title)
	for _, s := range p.Sections[:4] {
		fmt.Printf("%s%s %s\n", strings.Repeat("  ", s.Level-1), s.Number, s.Heading)
	}
	// Output:
	// miBEE | miBEE Privacy Policy
	// 1 What information is collected and how is it used?
	//    Categories of information collected
	// 2 With whom do we share your information?
	//    Special circumstances, information disclosure without consent
}
