package extract_test

import (
	"fmt"

	"github.com/privtext/go-privtext/extract"
)

func ExampleExtractor_Clause() {
	text := "We collect device information such as your IMEI and Android ID, " +
		"and share your e-mail address with third-party service providers to improve our services."
	r := extract.Default().Clause(extract.Input{Text: text})
	for _, m := range r.Data {
		fmt.Printf("data     %-28s %q at [%d:%d]\n", m.Label, m.Text, m.Start, m.End)
	}
	for _, m := range r.Purposes {
		fmt.Printf("purpose  %-28s %q\n", m.Label, m.Text)
	}
	for _, m := range r.Parties {
		fmt.Printf("party    %-28s %q\n", m.Label, m.Text)
	}
	// Output:
	// data     identifier.device.imei       "IMEI" at [43:47]
	// data     identifier.device.android_id "Android ID" at [52:62]
	// data     contact.email                "e-mail address" at [79:93]
	// purpose  production.improve           "improve our services"
	// party    service_provider             "third-party service providers"
}

func ExampleAncestors() {
	fmt.Println(extract.Ancestors("identifier.device.imei"))
	// Output: [identifier identifier.device identifier.device.imei]
}
