package markup_test

import (
	"fmt"

	"github.com/privtext/go-privtext/internal/markup"
)

func ExampleReadHTML() {
	src := `<h2>1. Data we collect</h2><ul><li>Device ID &amp; IMEI</li></ul>
<table><tr><th>SDK</th><th>Data</th></tr><tr><td>Umeng</td><td>location</td></tr></table>`
	d, err := markup.ReadHTML(src)
	if err != nil {
		panic(err)
	}
	for _, b := range d.Blocks {
		s, e := d.Map.Span(b.Start, b.End)
		fmt.Printf("%-10s %q from %q\n", b.Kind, d.Text[b.Start:b.End], src[s:e])
	}
	// Output:
	// heading    "1. Data we collect" from "1. Data we collect"
	// list-item  "Device ID & IMEI" from "Device ID &amp; IMEI"
	// table-row  "SDK\tData" from "SDK</th><th>Data"
	// table-row  "Umeng\tlocation" from "Umeng</td><td>location"
}

func ExampleReadMarkdown() {
	src := "# Privacy\n\n- We use **[Umeng](https://umeng.com)** for analytics.\n"
	d, err := markup.ReadMarkdown(src)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Title)
	for _, b := range d.Blocks {
		fmt.Printf("%s %q\n", b.Kind, d.Text[b.Start:b.End])
	}
	// Output:
	// Privacy
	// heading "Privacy"
	// list-item "We use Umeng (https://umeng.com) for analytics."
}

func ExampleSniff() {
	for _, in := range []struct{ name, raw string }{
		{"policy.pdf", "%PDF-1.7"},
		{"", "<!DOCTYPE html><html><body><p>Hi</p></body></html>"},
		{"policy.md", "# Privacy"},
		{"", "Privacy Policy\nWe collect data."},
	} {
		f, err := markup.Sniff([]byte(in.raw), in.name)
		fmt.Printf("%q %v\n", f, err)
	}
	// Output:
	// "" unsupported format: PDF
	// "html" <nil>
	// "markdown" <nil>
	// "text" <nil>
}
