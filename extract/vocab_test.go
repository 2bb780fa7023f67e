package extract

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// labelText is a mention as label and text, for readable tables.
type labelText struct{ Label, Text string }

func vocabLabels(ms []Mention) []labelText {
	var out []labelText
	for _, m := range ms {
		out = append(out, labelText{m.Label, m.Text})
	}
	return out
}

func TestVocabularyCompiles(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	isParent := map[string]bool{}
	for _, d := range e.DataTypes() {
		isParent[d.Parent] = true
	}
	leaves := 0
	for _, d := range e.DataTypes() {
		if d.Name == "" {
			t.Errorf("data type %s has no name", d.ID)
		}
		if !isParent[d.ID] {
			leaves++
		}
	}
	sensitive := map[string]bool{}
	for _, d := range e.DataTypes() {
		sensitive[d.ID] = d.Sensitive
	}
	for id, want := range map[string]bool{"biometric.face": true, "location.precise": true, "contact.email": false, "identity.government_id": true} {
		if sensitive[id] != want {
			t.Errorf("%s: Sensitive = %v, want %v", id, sensitive[id], want)
		}
	}
	if leaves < 80 {
		t.Errorf("%d leaf data types, want >= 80", leaves)
	}
	named, kinds := 0, map[string]bool{}
	for _, p := range e.Parties() {
		if p.ID == p.Kind {
			kinds[p.ID] = true
		}
	}
	for _, p := range e.Parties() {
		if p.ID == p.Kind {
			continue
		}
		named++
		if !kinds[p.Kind] {
			t.Errorf("party %s has kind %q, not a kind", p.ID, p.Kind)
		}
		if p.SDK != strings.HasPrefix(p.ID, "sdk.") {
			t.Errorf("party %s: SDK = %v", p.ID, p.SDK)
		}
	}
	if named < 150 {
		t.Errorf("%d named parties, want >= 150", named)
	}
	if len(e.Purposes()) < 25 {
		t.Errorf("%d purposes, want >= 25", len(e.Purposes()))
	}
	t.Logf("%d data types (%d leaves), %d purposes, %d party kinds, %d named parties",
		len(e.DataTypes()), leaves, len(e.Purposes()), len(kinds), named)
}

func TestDataTypeMentions(t *testing.T) {
	tests := []struct {
		text string
		want []labelText
	}{
		{"We collect your IP address and postal address.",
			[]labelText{{"network.ip_address", "IP address"}, {"contact.postal_address", "postal address"}}},
		{"Provide your e-mail, email address or E-Mail.",
			[]labelText{{"contact.email", "e-mail"}, {"contact.email", "email address"}, {"contact.email", "E-Mail"}}},
		{"device information such as IMEI, Android ID and MAC addresses",
			[]labelText{{"identifier.device.imei", "IMEI"}, {"identifier.device.android_id", "Android ID"}, {"network.mac_address", "MAC addresses"}}},
		{"We keep the unique ID of your device.",
			[]labelText{{"identifier.device", "unique ID of your device"}}},
		{"The game stores a unique identifier of each mobile device.",
			[]labelText{{"identifier.device", "unique identifier of each mobile device"}}},
		{"your mobile phone number and mobile service provider",
			[]labelText{{"contact.phone", "mobile phone number"}, {"network.carrier", "mobile service provider"}}},
		{"device information (e.g. the device model)",
			[]labelText{{"device.model", "device model"}}},
		{"location information, including precise location",
			[]labelText{{"location.precise", "precise location"}}},
		// A head without a cue stays; so does one followed by a more general type.
		{"device information and your name",
			[]labelText{{"device", "device information"}, {"identity.name", "your name"}}},
		{"device information such as personal information",
			[]labelText{{"device", "device information"}, {"personal", "personal information"}}},
		{"your user name, the model name and a domain name",
			[]labelText{{"account.username", "user name"}, {"device.model", "model name"}}},
		{"users under the age of 14 must give their age",
			[]labelText{{"demographic.age", "age"}}},
		{"Storage usage and agent logs", []labelText{{"usage.log", "logs"}}},
		{"your mobile phone number and ID card number",
			[]labelText{{"contact.phone", "mobile phone number"}, {"identity.government_id", "ID card number"}}},
		{"call logs, SMS and your address book",
			[]labelText{{"communication.call_log", "call logs"}, {"communication.sms", "SMS"}, {"contact.address_book", "address book"}}},
		{"OAID, IDFA, IMSI, ICCID and the SSID/BSSID of the Wi-Fi",
			[]labelText{{"identifier.advertising.oaid", "OAID"}, {"identifier.advertising.idfa", "IDFA"}, {"identifier.sim.imsi", "IMSI"},
				{"identifier.sim.iccid", "ICCID"}, {"network.ssid", "SSID"}, {"network.bssid", "BSSID"}}},
		{"facial features for face recognition",
			[]labelText{{"biometric.face", "facial features"}}},
		{"We will address your complaint", nil},
		// The carrier as a company the user deals with, not data about it.
		{"Please check with your wireless carrier how to change these settings.", nil},
		{"Your mobile service provider may charge you for data.", nil},
		{"Standard carrier data plan rates apply.", nil},
		// Places of the world, not where the user is.
		{"We link to other websites and locations for your convenience.", nil},
		{"Backups may be kept in locations other than the one you chose.", nil},
		{"The service may not be available in any particular location.", nil},
		// The policy author's own details, not the user's.
		{"Please tell us using the contact details set out below.", nil},
		{"Write to us at the contact information provided in this notice.", nil},
		{"your Internet Protocol (IP) address and MAC (Media Access Control) address",
			[]labelText{{"network.ip_address", "Internet Protocol (IP) address"}, {"network.mac_address", "MAC (Media Access Control) address"}}},
		{"location (GPS) information", []labelText{{"location", "location (GPS) information"}, {"location.gps", "GPS"}}},
		{"device information (IMEI, MEID)", []labelText{{"identifier.device.imei", "IMEI"}, {"identifier.device.meid", "MEID"}}},
		// Ambiguous words name data only in a list, as an example of a data
		// type, after a possessive or before "of your".
		{"We may e-mail you about new features.", nil},
		{"Each e-mail we send has an unsubscribe link.", nil},
		{"We ask for your name, e-mail and phone number.",
			[]labelText{{"identity.name", "your name"}, {"contact.email", "e-mail"}, {"contact.phone", "phone number"}}},
		{"contact details such as e-mail", []labelText{{"contact.email", "e-mail"}}},
		{"Your e-mail will be removed from our list.", []labelText{{"contact.email", "e-mail"}}},
		{"The software periodically contacts our servers to check for updates.", nil},
		{"The app may read your contacts.", []labelText{{"contact.address_book", "contacts"}}},
		{"We will not import your contacts stored on your phone.", []labelText{{"contact.address_book", "contacts"}}},
		{"Your e-mail newsletter comes weekly.", nil},
		{"Please write to the address shown on the invoice.", nil},
		{"name, address and date of birth",
			[]labelText{{"identity.name", "name"}, {"contact.postal_address", "address"}, {"demographic.age", "date of birth"}}},
		{"All tags and scripts must be kept in copies of the program.", nil},
		{"We use cookies, pixels and tags.",
			[]labelText{{"identifier.tracking.cookie", "cookies"}, {"identifier.tracking.web_beacon", "pixels"}, {"identifier.tracking.web_beacon", "tags"}}},
		{"Available for Mac and PC.", nil},
		{"Backups are kept in several locations around the world.", nil},
		{"Please read our Cookie Policy.", nil},
		{"the minimum age in your country", nil},
		{"your browser type and Internet service provider",
			[]labelText{{"device.browser", "browser type"}, {"network.isp", "Internet service provider"}}},
		// A data word inside an e-mail address names no data.
		{"Please contact info@example.com with questions.", nil},
		{"your precise geographic location, non-precise location and IP-based geolocation",
			[]labelText{{"location.precise", "precise geographic location"}, {"location.coarse", "non-precise location"},
				{"location.ip", "IP-based geolocation"}}},
		{"identifiers associated with your device and the ID for advertising",
			[]labelText{{"identifier.device", "identifiers associated with your device"}, {"identifier.advertising", "ID for advertising"}}},
		{"demographic and location information",
			[]labelText{{"demographic", "demographic"}, {"location", "location information"}}},
		{"your postal and e-mail addresses",
			[]labelText{{"contact.postal_address", "postal"}, {"contact.email", "e-mail addresses"}}},
		{"Users must be age 13 or older.", nil},
		{"Data is stored at a location outside your country.", nil},
		{"", nil},
	}
	e := Default()
	for _, tt := range tests {
		r := e.Clause(Input{Text: tt.text})
		if diff := cmp.Diff(tt.want, vocabLabels(r.Data)); diff != "" {
			t.Errorf("%q: data mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestPurposeMentions(t *testing.T) {
	tests := []struct {
		text string
		want []labelText
	}{
		{"We use it to improve our services and to prevent fraud.",
			[]labelText{{"production.improve", "improve our services"}, {"production.security", "prevent fraud"}}},
		{"for advertising and personalized recommendations",
			[]labelText{{"marketing.advertising", "for advertising"}, {"production.personalize", "personalized recommendations"}}},
		{"to show you interest-based ads",
			[]labelText{{"marketing.personalized_ads", "interest-based ads"}}},
		{"to verify your identity and comply with applicable laws",
			[]labelText{{"production.identity_verification", "verify your identity"}, {"legal.compliance", "comply with applicable laws"}}},
		{"in the event of a merger or acquisition",
			[]labelText{{"business.transfer", "merger or acquisition"}}},
		{"we may send you push notifications",
			[]labelText{{"production.notification", "push notifications"}}},
		{"We do not sell it.", nil},
	}
	e := Default()
	for _, tt := range tests {
		r := e.Clause(Input{Text: tt.text})
		if diff := cmp.Diff(tt.want, vocabLabels(r.Purposes)); diff != "" {
			t.Errorf("%q: purposes mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestPartyMentions(t *testing.T) {
	tests := []struct {
		text string
		want []labelText
	}{
		{"We share it with third-party service providers and advertising partners.",
			[]labelText{{"service_provider", "third-party service providers"}, {"advertiser", "advertising partners"}}},
		{"The app integrates the Umeng SDK, Youmeng, JPush and Firebase Crashlytics.",
			[]labelText{{"sdk.umeng", "Umeng SDK"}, {"sdk.umeng", "Youmeng"}, {"sdk.jpush", "JPush"}, {"sdk.firebase_crashlytics", "Firebase Crashlytics"}}},
		{"pay with WeChat Pay, Alipay or UnionPay",
			[]labelText{{"sdk.wechat_pay", "WeChat Pay"}, {"sdk.alipay", "Alipay"}, {"org.unionpay", "UnionPay"}}},
		{"disclosed to law enforcement or to the public",
			[]labelText{{"government", "law enforcement"}, {"public", "the public"}}},
		{"our affiliates and third parties", []labelText{{"affiliate", "affiliates"}, {"third_party", "third parties"}}},
		{"shop at JD.com", []labelText{{"org.jd", "JD.com"}}},
		// Everyday words are not parties.
		{"Please adjust your settings; we honor your choice on this branch.", nil},
	}
	e := Default()
	for _, tt := range tests {
		r := e.Clause(Input{Text: tt.text})
		if diff := cmp.Diff(tt.want, vocabLabels(r.Parties)); diff != "" {
			t.Errorf("%q: parties mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestChineseMentions(t *testing.T) {
	text := "我们会收集您的手机号码、设备型号、IP地址和位置信息，并通过友盟SDK进行统计分析。"
	r := Default().Clause(Input{Text: text})
	got := [][]labelText{vocabLabels(r.Data), vocabLabels(r.Purposes), vocabLabels(r.Parties)}
	want := [][]labelText{
		{{"contact.phone", "手机号码"}, {"device.model", "设备型号"}, {"network.ip_address", "IP地址"}, {"location", "位置信息"}},
		{{"research.statistics", "统计分析"}},
		{{"sdk.umeng", "友盟"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("[data purposes parties] mismatch (-want +got):\n%s", diff)
	}
}

// Chinese and Latin letters mix in the names of identifiers (推送Token), and
// a handler of personal information is no data.
func TestChineseMixedMentions(t *testing.T) {
	text := "极光推送会收集推送Token、推送注册ID和设备Token；我们作为个人信息处理者。"
	got := vocabLabels(Default().Clause(Input{Text: text}).Data)
	want := []labelText{{"identifier.device.push_token", "推送Token"}, {"identifier.device.push_token", "推送注册ID"},
		{"identifier.device.push_token", "设备Token"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("data mismatch (-want +got):\n%s", diff)
	}
}

// The mentions of each kind are put in text order, which the practice
// stage searches by offset.
func TestInTextOrder(t *testing.T) {
	l := []Mention{{Label: "b", Start: 9}, {Label: "a", Start: 2}, {Label: "c", Start: 9}}
	inTextOrder(l)
	want := []Mention{{Label: "a", Start: 2}, {Label: "b", Start: 9}, {Label: "c", Start: 9}}
	if diff := cmp.Diff(want, l); diff != "" {
		t.Errorf("order mismatch (-want +got):\n%s", diff)
	}
}

// A data word far from an e-mail address in unspaced Chinese is no part of
// it.
func TestEmailFarAway(t *testing.T) {
	text := "请提供您的邮箱" + strings.Repeat("以便我们联系", 30) + "privacy@example.com"
	got := vocabLabels(Default().Clause(Input{Text: text}).Data)
	if len(got) == 0 || got[0].Label != "contact.email" {
		t.Errorf("data = %v, want the e-mail address first", got)
	}
}

// A title (《…》, the name of a law or a standard) names no data, even
// when its words are a data form.
func TestTitleNamesNoData(t *testing.T) {
	text := "我们依据《个人信息保护法》处理您的手机号码。"
	r := Default().Clause(Input{Text: text})
	want := []labelText{{"contact.phone", "手机号码"}}
	if diff := cmp.Diff(want, vocabLabels(r.Data)); diff != "" {
		t.Errorf("data mismatch (-want +got):\n%s", diff)
	}
	// ASCII angle brackets are no title marks.
	r = Default().Clause(Input{Text: "We collect your <email address> and <phone number>."})
	want = []labelText{{"contact.email", "email address"}, {"contact.phone", "phone number"}}
	if diff := cmp.Diff(want, vocabLabels(r.Data)); diff != "" {
		t.Errorf("data in <> mismatch (-want +got):\n%s", diff)
	}
}

// TestCrossVocabulary checks how the vocabularies interact: purposes and
// parties share one leftmost-longest pass, data types have their own.
func TestCrossVocabulary(t *testing.T) {
	tests := []struct {
		text                    string
		data, purposes, parties []labelText
	}{
		{"We may send you e-mails and share data with advertising partners.",
			nil, []labelText{{"marketing.communication", "send you e-mails"}}, []labelText{{"advertiser", "advertising partners"}}},
		{"We use Google Analytics.", nil, nil, []labelText{{"sdk.google_analytics", "Google Analytics"}}},
		{"for location-based services",
			[]labelText{{"location", "location"}}, []labelText{{"production.location_service", "location-based services"}}, nil},
		{"the Baidu Location SDK",
			[]labelText{{"location", "Location"}}, nil, []labelText{{"sdk.baidu_location", "Baidu Location SDK"}}},
		{"your advertising identifier and bank card number",
			[]labelText{{"identifier.advertising", "advertising identifier"}, {"financial.bank_card", "bank card number"}}, nil, nil},
	}
	e := Default()
	for _, tt := range tests {
		r := e.Clause(Input{Text: tt.text})
		got := [][]labelText{vocabLabels(r.Data), vocabLabels(r.Purposes), vocabLabels(r.Parties)}
		want := [][]labelText{tt.data, tt.purposes, tt.parties}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q: [data purposes parties] mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestMentionSpans checks that every span, shifted by Offset, points at the
// mention's text in the document, also where the matching view differs from
// the source (curly quotes, full-width letters, NBSP, CJK).
func TestMentionSpans(t *testing.T) {
	prefix := "Préambule — ünïcode “header”\n"
	texts := []string{
		"We collect your IP\u00a0address, driver’s license and ＩＭＥＩ.",
		"我们使用 Umeng SDK 和 e‑mail address; third‑party service providers",
		"device information such as IMEI, Android ID",
		strings.Repeat("location, ", 50),
	}
	e := Default()
	for _, text := range texts {
		doc := prefix + text
		r := e.Clause(Input{Text: text, Offset: len(prefix)})
		all := append(append(append([]Mention(nil), r.Data...), r.Purposes...), r.Parties...)
		if len(all) == 0 {
			t.Errorf("%q: no mentions", text)
		}
		for _, m := range all {
			if m.Start < len(prefix) || m.End > len(doc) || m.Start >= m.End {
				t.Errorf("%q: bad span %+v", text, m)
				continue
			}
			if got := doc[m.Start:m.End]; got != m.Text {
				t.Errorf("%q: doc[%d:%d] = %q, mention text %q", text, m.Start, m.End, got, m.Text)
			}
		}
	}
}

func TestUserRulesExtendVocabulary(t *testing.T) {
	e, err := New(Options{Rules: []RuleFile{
		{Name: "parties.txt", Data: []byte("sdk.acme_beacon: Acme Beacon | AcmeBeacon SDK {kind=analytics, owner=org.acme}\norg.acme: Acme Corp {kind=analytics}\n")},
		{Name: "datatypes.txt", Data: []byte("contact.phone: handphone number\n")},
	}})
	if err != nil {
		t.Fatal(err)
	}
	r := e.Clause(Input{Text: "The AcmeBeacon SDK reads your handphone number."})
	if diff := cmp.Diff([]labelText{{"sdk.acme_beacon", "AcmeBeacon SDK"}}, vocabLabels(r.Parties)); diff != "" {
		t.Errorf("parties (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]labelText{{"contact.phone", "handphone number"}}, vocabLabels(r.Data)); diff != "" {
		t.Errorf("data (-want +got):\n%s", diff)
	}
	var found bool
	for _, p := range e.Parties() {
		if p.ID == "sdk.acme_beacon" {
			found = true
			want := Party{ID: "sdk.acme_beacon", Name: "Acme Beacon", Kind: "analytics", Owner: "org.acme",
				Aliases: []string{"Acme Beacon", "AcmeBeacon SDK"}, SDK: true}
			if diff := cmp.Diff(want, p); diff != "" {
				t.Errorf("registry entry (-want +got):\n%s", diff)
			}
		}
	}
	if !found {
		t.Error("Parties() lacks the user's SDK")
	}
	// The default extractor is unaffected.
	if got := Default().Clause(Input{Text: "AcmeBeacon SDK"}).Parties; len(got) != 0 {
		t.Errorf("Default() sees the user's rule: %v", got)
	}
}

// TestWrittenFormBeatsVariant: a form as written in a file wins over the
// generated plural of another label's form of the same file.
func TestWrittenFormBeatsVariant(t *testing.T) {
	e, err := New(Options{Rules: []RuleFile{{Name: "datatypes.txt", Data: []byte("contact.fax: faxlog\nusage.log: faxlogs\n")}}})
	if err != nil {
		t.Fatal(err)
	}
	r := e.Clause(Input{Text: "faxlog and faxlogs"})
	want := []labelText{{"contact.fax", "faxlog"}, {"usage.log", "faxlogs"}}
	if diff := cmp.Diff(want, vocabLabels(r.Data)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestUserRuleErrors(t *testing.T) {
	tests := []struct {
		name, file, data, want string
	}{
		{"syntax", "parties.txt", "sdk.ok: Fine {kind=analytics}\nthis line has no colon\n", "parties.txt (user #1):2: "},
		{"unknown kind", "parties.txt", "sdk.x: X Thing {kind=nonsense}\n", `parties.txt (user #1):1: party "sdk.x": kind "nonsense"`},
		{"bad prefix", "parties.txt", "acme.x: X Thing {kind=analytics}\n", `parties.txt (user #1):1: party "acme.x"`},
		{"unknown owner", "parties.txt", "sdk.x: X Thing {kind=analytics, owner=org.nobody}\n", `owner "org.nobody" is not defined`},
		{"orphan id", "datatypes.txt", "\n\nfoo.bar: foo bar baz\n", `datatypes.txt (user #1):3: parent "foo" of "foo.bar" is not defined`},
		{"bad id", "purposes.txt", "Marketing.X: something\n", `purposes.txt (user #1):1: bad id "Marketing.X"`},
		{"form taken", "datatypes.txt", "contact.email: imei\n", `form "imei" of "contact.email" already belongs to "identifier.device.imei" (datatypes.txt:`},
		{"bad choice", "purposes.txt", "marketing: (a/b\n", `purposes.txt (user #1):1: term "(a/b": unclosed '('`},
		{"empty phrase", "datatypes.txt", "contact.email: --\n", `datatypes.txt (user #1):1: term "--"`},
		{"unknown attribute", "datatypes.txt", "contact.fax: fax number {colour=red}\n", `unknown attribute "colour"`},
		{"bad sensitive", "datatypes.txt", "contact.fax: fax number {sensitive=maybe}\n", `sensitive="maybe"`},
		{"bad ambiguous", "datatypes.txt", "contact.fax: fax {ambiguous=maybe}\n", `ambiguous="maybe"`},
		{"ambiguous party", "parties.txt", "sdk.x: X Thing {kind=analytics, ambiguous=yes}\n", `unknown attribute "ambiguous"`},
		{"misplaced cue", "purposes.txt", "_enumeration: such as\n", "_enumeration belongs in datatypes.txt"},
		{"unknown file", "nosuch.txt", "x: y\n", `extends no embedded rule file: "nosuch.txt" is not one of app350.txt, categories.txt`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(Options{Rules: []RuleFile{{Name: tt.file, Data: []byte(tt.data)}}})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// A user's rule files are named by their Source in errors, and every
// error is reported, those of misnamed files too.
func TestRuleErrorsAll(t *testing.T) {
	_, err := New(Options{Rules: []RuleFile{
		{Name: "datatypes.txt", Source: "my-terms.txt", Data: []byte("no colon here\ncontact.fax: fax {colour=red}\n")},
		{Name: "nosuch.txt", Source: "other.txt", Data: []byte("x: y\n")},
	}})
	var all interface{ Unwrap() []error }
	if !errors.As(err, &all) {
		t.Fatalf("err = %v, want a list of errors", err)
	}
	var got []string
	for _, e := range all.Unwrap() {
		got = append(got, e.Error())
	}
	want := []string{"my-terms.txt:1: ", "my-terms.txt:2: ", "other.txt: extends no embedded rule file"}
	if len(got) != len(want) {
		t.Fatalf("errors:\n%s\nwant %d", strings.Join(got, "\n"), len(want))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("error %d = %q, want prefix %q", i, got[i], want[i])
		}
	}
}

func TestExpandTerm(t *testing.T) {
	tests := []struct {
		term    string
		want    []string
		wantErr string
	}{
		{"ip address", []string{"ip address"}, ""},
		{"improve [our/the] (service/product)", []string{"improve our service", "improve our product",
			"improve the service", "improve the product", "improve service", "improve product"}, ""},
		{"(a/b)(c/d)", []string{"a c", "a d", "b c", "b d"}, ""},
		{"[x]", []string{"x"}, ""},
		{"[x/y]", []string{"x", "y"}, ""},
		{"improve~ it", []string{"improve it", "improves it", "improved it", "improving it"}, ""},
		{"(verify~/ship~)", []string{"verify", "verifies", "verified", "verifying", "ship", "ships", "shipped", "shipping"}, ""},
		{"process~ [x]", []string{"process x", "processes x", "processed x", "processing x", "process", "processes", "processed", "processing"}, ""},
		{"a ~", nil, "must follow a word"},
		{"a~b", nil, "must end a word"},
		{"a (b", nil, "unclosed"},
		{"a b)", nil, "unbalanced"},
		{"a [(b)]", nil, "nested"},
		{"a (b//c)", nil, "empty choice"},
		{"[]", nil, "empty choice"},
		{strings.Repeat("(a/b/c/d)", 7), nil, "more than"},
		{strings.Repeat("(a/b/c/d)", 5) + " walk~ talk~", nil, "more than"},
	}
	for _, tt := range tests {
		got, err := expandTerm(tt.term)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("expandTerm(%q) err = %v, want %q", tt.term, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("expandTerm(%q): %v", tt.term, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("expandTerm(%q) (-want +got):\n%s", tt.term, diff)
		}
	}
}

func TestAncestors(t *testing.T) {
	for id, want := range map[string][]string{
		"identifier.device.imei": {"identifier", "identifier.device", "identifier.device.imei"},
		"location":               {"location"},
		"":                       nil,
	} {
		if diff := cmp.Diff(want, Ancestors(id)); diff != "" {
			t.Errorf("Ancestors(%q) (-want +got):\n%s", id, diff)
		}
	}
}

func TestVocabularyConcurrent(t *testing.T) {
	e := Default()
	want := vocabLabels(e.Clause(Input{Text: "IMEI and IP address for advertising shared with Umeng"}).Data)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				got := vocabLabels(e.Clause(Input{Text: "IMEI and IP address for advertising shared with Umeng"}).Data)
				if !cmp.Equal(want, got) {
					t.Errorf("got %v, want %v", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// An ambiguous Chinese word (运营商, the carrier or its name) is data in a
// list of data or after the user's possessive, not alone.
func TestAmbiguousChinese(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"我们会收集设备型号、运营商、网络类型。", true},
		{"我们会读取您的运营商。", true},
		{"我们会将号码提供给该运营商。", false},
	} {
		found := false
		for _, m := range Default().Clause(Input{Text: tc.text}).Data {
			found = found || m.Label == "network.carrier"
		}
		if found != tc.want {
			t.Errorf("%s: network.carrier found %v, want %v", tc.text, found, tc.want)
		}
	}
}
