package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestAPP350Crosswalk(t *testing.T) {
	e := Default()
	p, n := ModalityPerformed, ModalityNotPerformed
	tests := []struct {
		text    string
		want    []APP350Label // must be present
		wantNot []APP350Label // must be absent
	}{
		{"We collect your IMEI number and your e-mail address.",
			[]APP350Label{{"Identifier_IMEI_1stParty", p}, {"Contact_E_Mail_Address_1stParty", p}}, nil},
		{"We do not collect your phone number.",
			[]APP350Label{{"Contact_Phone_Number_1stParty", n}},
			[]APP350Label{{"Contact_Phone_Number_1stParty", p}}},
		{"We will not access your address book unless you give us permission.",
			[]APP350Label{{"Contact_Address_Book_1stParty", p}},
			[]APP350Label{{"Contact_Address_Book_1stParty", n}}},
		{"Advertising networks may collect your IP address and device identifiers.",
			[]APP350Label{{"Identifier_IP_Address_3rdParty", p}},
			[]APP350Label{{"Identifier_IP_Address_1stParty", p}}},
		{"We collect your precise location.",
			[]APP350Label{{"Location_1stParty", p}, {"Location_GPS_1stParty", p}}, nil},
		{"You can sign in with your Facebook account.",
			[]APP350Label{{"Facebook_SSO", p}}, nil},
		{"We collect your phone number, though we do not store your e-mail address.",
			[]APP350Label{{"Contact_Phone_Number_1stParty", p}, {"Contact_E_Mail_Address_1stParty", n}},
			[]APP350Label{{"Contact_Phone_Number_1stParty", n}}},
		{"We share your e-mail address with our payment processor.",
			nil,
			[]APP350Label{{"Contact_E_Mail_Address_3rdParty", p}}},
	}
	for _, tt := range tests {
		r := e.Clause(Input{Text: tt.text})
		for _, w := range tt.want {
			if !slices.Contains(r.APP350, w) {
				t.Errorf("%q: %v lacks %v (practices %+v)", tt.text, r.APP350, w, r.Practices)
			}
		}
		for _, w := range tt.wantNot {
			if slices.Contains(r.APP350, w) {
				t.Errorf("%q: %v includes %v", tt.text, r.APP350, w)
			}
		}
		if !slices.IsSortedFunc(r.APP350, func(a, b APP350Label) int {
			return strings.Compare(a.Practice+" "+a.Modality, b.Practice+" "+b.Modality)
		}) {
			t.Errorf("%q: labels not sorted: %v", tt.text, r.APP350)
		}
	}
}

func TestAPP350RuleErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"bad party", "party.4thParty: collect/first_party\n", "party must be"},
		{"bad shape", "party.1stParty: collect\n", "is not <action>/<actor>[/adtech]"},
		{"bad label", "kind.X: y\n", "unknown label"},
		{"type without name", "type: contact.email\n", "type needs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(Options{Rules: []RuleFile{{Name: "app350.txt", Data: []byte(tt.data)}}})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
}
