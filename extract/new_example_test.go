package extract_test

import (
	"fmt"
	"log"

	"github.com/privtext/go-privtext/extract"
)

// A compliance team adds an in-house SDK and a data type the embedded
// vocabulary lacks. Rule files use the format of extract/rules/README.md;
// each extends the embedded file of the same name.
func ExampleNew() {
	ex, err := extract.New(extract.Options{Rules: []extract.RuleFile{
		{Name: "parties.txt", Data: []byte("sdk.zorblet: Zorblet SDK | Zorblet {kind=analytics, url=https://zorblet.example/privacy}\n")},
		{Name: "datatypes.txt", Data: []byte("biometric.gait: gait pattern | walking pattern\n")},
	}})
	if err != nil {
		log.Fatal(err)
	}
	r := ex.Clause(extract.Input{Text: "The Zorblet SDK records your walking pattern."})
	for _, m := range r.Parties {
		fmt.Println(m.Label, m.Text)
	}
	for _, m := range r.Data {
		fmt.Println(m.Label, m.Text)
	}

	// A mistake is reported with its file and line.
	_, err = extract.New(extract.Options{Rules: []extract.RuleFile{{Name: "datatypes.txt", Data: []byte("no colon\n")}}})
	fmt.Println(err)
	// Output:
	// sdk.zorblet Zorblet SDK
	// biometric.gait walking pattern
	// datatypes.txt (user #1):1: want "label: term | term", got "no colon"
}

func ExampleExtractor_Organization() {
	ex := extract.Default()
	for _, name := range []string{"Comcast Corporation", "Beijing Wali Network Technology Co., Ltd.", "Tencent International Pte. Ltd."} {
		fmt.Println(ex.Organization(name))
	}
	// Output:
	// Comcast
	// Beijing Wali Network Technology
	// Tencent International
}

// The taxonomies are data: list them to build a user interface or to check
// a crosswalk.
func ExampleExtractor_DataTypes() {
	ex := extract.Default()
	for _, t := range ex.DataTypes() {
		if t.ID == "identifier.device.imei" || t.ID == "biometric.face" {
			fmt.Println(t.ID, t.Name, "sensitive:", t.Sensitive)
		}
	}
	for _, p := range ex.Parties() {
		if p.ID == "sdk.umeng" {
			fmt.Println(p.ID, p.Name, p.Kind, p.Owner, "sdk:", p.SDK)
		}
	}
	// Output:
	// biometric.face Facial features sensitive: true
	// identifier.device.imei IMEI sensitive: false
	// sdk.umeng Umeng analytics org.alibaba sdk: true
}
