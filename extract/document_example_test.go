package extract_test

import (
	"fmt"

	"github.com/privtext/go-privtext/extract"
)

func ExampleExtractor_Document() {
	text := `Acme Notes Privacy Policy

Last updated: March 5, 2021

Acme Notes is provided by Acme Software Co., Ltd. ("Acme", "we").

Third-party SDKs:

• Foo Push SDK
Purpose: message notifications
Type of data: device ID
Privacy policy: https://foo.example/privacy

We will reply to your request within 15 working days. Contact us at privacy@acme.example.
`
	r := extract.Default().Document(extract.Document{Text: text})
	fmt.Println(r.Product, "|", r.Controller, "|", r.Updated)
	for _, s := range r.SDKs {
		fmt.Println(s.Name, "|", s.PurposeText, "|", s.PolicyURL)
	}
	for _, c := range r.Contacts {
		fmt.Println(c.Kind, c.Value, text[c.Start:c.End] == c.Value)
	}
	for _, d := range r.Durations {
		fmt.Println(d.Kind, d.ISO, "|", d.Text)
	}
	// Output:
	// Acme Notes | Acme Software Co., Ltd. | 2021-03-05
	// Foo Push SDK | message notifications | https://foo.example/privacy
	// email privacy@acme.example true
	// response P15D | within 15 working days
}
