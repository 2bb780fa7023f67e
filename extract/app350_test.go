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
		// A passive denial's data is its subject, even after a heading
		// with an affirmative trigger.
		{"How we collect and use information - your precise location is not collected.",
			[]APP350Label{{"Location_GPS_1stParty", n}},
			[]APP350Label{{"Location_GPS_1stParty", p}}},
		// An active denial's data is its object; its subject is not denied.
		{"Our cookies do not collect your name.", nil,
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", n}}},
		// An ellipsis is no sentence end: the list still belongs to the denial.
		{"We do not store the following: ... your e-mail address, ... your IP address.",
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", n}, {"Identifier_IP_Address_1stParty", n}},
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", p}, {"Identifier_IP_Address_1stParty", p}}},
		// A condition that is not consent does not make the object no data.
		{"We do not collect any non-personal data, such as your zip code.",
			[]APP350Label{{"Contact_ZIP_1stParty", n}}, nil},
		// "you" in an introductory clause is not the subject.
		{"If you use the finder feature, our software does not access your location.",
			[]APP350Label{{"Location_1stParty", n}},
			[]APP350Label{{"Location_1stParty", p}}},
		// A question asks; its answer says what is done.
		{"Do we use cookies? We do not use cookies.",
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", n}},
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", p}}},
		{"What do we not collect? Your location and your phone number.",
			[]APP350Label{{"Location_1stParty", n}, {"Contact_Phone_Number_1stParty", n}}, nil},
		// "We and our partners": both parties collect.
		{"We and our advertising partners collect your device identifier.",
			[]APP350Label{{"Identifier_Device_ID_1stParty", p}, {"Identifier_Device_ID_3rdParty", p}}, nil},
		// Data named in a heading is a topic, not a disclosure.
		{"Cookies.", nil, []APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", p}}},
		// One modality per practice: the affirmation stands beside a
		// narrower denial.
		{"We collect your e-mail address when you register. We never collect the e-mail address of a child.",
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", p}},
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", n}}},
		// A password is data in a list set off by commas, not in advice.
		{"Account details: your name, username, password and e-mail address.",
			[]APP350Label{{"Contact_Password_1stParty", p}}, nil},
		{"Keep your username and password safe.", nil,
			[]APP350Label{{"Contact_Password_1stParty", p}}},
		// A denial of joining data is no denial of collecting it.
		{"We will never combine your device ID with your name or e-mail address.", nil,
			[]APP350Label{{"Identifier_Device_ID_1stParty", n}, {"Contact_E_Mail_Address_1stParty", n}}},
		{"We combine your device ID with your purchase history.",
			[]APP350Label{{"Identifier_Device_ID_1stParty", p}}, nil},
		// An ad network named in a denial affirms nothing.
		{"The analytics services we embed do not use web beacons or cookies to collect information.",
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_3rdParty", n}},
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_3rdParty", p}}},
		// A denial around a browser setting denies no practice.
		{"Parts of the shop will not work properly if cookies are disabled in your browser.", nil,
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", n}}},
		{"The shopping basket will no longer work for visitors who block all third-party cookies.", nil,
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", n}, {"Identifier_Cookie_or_similar_Tech_3rdParty", n}}},
		{"Your browser will not store cookies.",
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", n}}, nil},
		// Data after a negation in a sentence without a trigger is denied.
		{"There is no information generated by a cookie about your visit, such as your IP address.",
			[]APP350Label{{"Identifier_IP_Address_1stParty", n}},
			[]APP350Label{{"Identifier_IP_Address_1stParty", p}}},
		// An ambiguous word that is no data reports nothing.
		{"We may e-mail you when we update the software.", nil,
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", p}}},
		// Data before the first sentence with a practice is named data.
		{"We send notices to the e-mail address on file for your account. We may also place a banner on our website.",
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", p}}, nil},
		// Data excluded from a practice is denied for it; "but not
		// limited to" excludes nothing.
		{"Advertising networks may collect information about your visits (but not your name, e-mail address or phone number).",
			[]APP350Label{{"Contact_E_Mail_Address_3rdParty", n}, {"Contact_Phone_Number_3rdParty", n}},
			[]APP350Label{{"Contact_E_Mail_Address_3rdParty", p}}},
		{"The information collected does not include your e-mail address.",
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", n}},
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", p}}},
		{"We collect usage data, including but not limited to your IP address.",
			[]APP350Label{{"Identifier_IP_Address_1stParty", p}},
			[]APP350Label{{"Identifier_IP_Address_1stParty", n}}},
		// A relative clause in a denial performs nothing; a list after
		// ';' stays in the denial.
		{"We do not share data we collect with advertising networks, such as your location.",
			[]APP350Label{{"Location_3rdParty", n}},
			[]APP350Label{{"Location_1stParty", p}}},
		{"We do not store: your name; the e-mail you gave that network; the location of your phone.",
			[]APP350Label{{"Location_1stParty", n}},
			[]APP350Label{{"Location_1stParty", p}}},
		// A definition's data go to the practice around it.
		{"We do not collect personal data. Personal data means information that may be received from your device, such as your e-mail address.",
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", n}},
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", p}}},
		{"Personal data means your name and phone number. We do not collect personal data.",
			[]APP350Label{{"Contact_Phone_Number_1stParty", n}},
			[]APP350Label{{"Contact_Phone_Number_1stParty", p}}},
		// Tracking technologies a third party sets are third-party ones.
		{"We use cookies from our advertising partners to measure campaigns.",
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_3rdParty", p}},
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", p}}},
		{"Our website shows third-party cookies and first-party cookies.",
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_3rdParty", p}, {"Identifier_Cookie_or_similar_Tech_1stParty", p}}, nil},
		{"These tools may use cookies to count visits.",
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_3rdParty", p}},
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", p}}},
		// A password named outside a practice is security advice.
		{"Choose a strong password for your account, as security experts advise.", nil,
			[]APP350Label{{"Contact_Password_1stParty", p}}},
		// An ad network named in one sentence does not make the next one
		// third-party.
		{"We use Google Analytics to measure traffic. We collect your e-mail address when you register.",
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", p}},
			[]APP350Label{{"Contact_E_Mail_Address_3rdParty", p}}},
		// A payment processor collects for the first party.
		{"Our payment processor collects your postal address to complete your order.",
			[]APP350Label{{"Contact_Postal_Address_1stParty", p}},
			[]APP350Label{{"Contact_Postal_Address_3rdParty", p}}},
		// What is not deleted is kept.
		{"Your e-mail address is not deleted when you close the app.",
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", p}},
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", n}}},
		// "IP" and "telephone" alone name data only in a list or owned.
		{"Please send trademark claims to ip@example.com with all the details listed below.", nil,
			[]APP350Label{{"Identifier_IP_Address_1stParty", p}, {"Identifier_IP_Address_3rdParty", p}}},
		{"We are not liable for any failure of a telephone network or of computer systems.", nil,
			[]APP350Label{{"Contact_Phone_Number_1stParty", p}}},
		{"We collect geographic information about your device.",
			[]APP350Label{{"Location_1stParty", p}}, nil},
		// An Internet service provider is not a mobile carrier.
		{"We log your browser type and Internet service provider.", nil,
			[]APP350Label{{"Identifier_Mobile_Carrier_1stParty", p}}},
		// A means of locating tied to location is that kind of location;
		// listed beside location it is data of its own.
		{"We determine your location using Wi-Fi, Bluetooth and your IP address.",
			[]APP350Label{{"Location_WiFi_1stParty", p}, {"Location_Bluetooth_1stParty", p}, {"Location_IP_Address_1stParty", p}}, nil},
		{"We collect your IP address, your location and your device ID.",
			[]APP350Label{{"Location_1stParty", p}, {"Identifier_IP_Address_1stParty", p}},
			[]APP350Label{{"Location_IP_Address_1stParty", p}}},
		// A site's navigation is no disclosure.
		{"Home About Us Careers Press Privacy Cookies Terms of Service Help Center Contact", nil,
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", p}}},
		// Social networks are a sign-on only where signing in is spoken of.
		{"You may post your reviews to social networking sites.", nil,
			[]APP350Label{{"SSO", p}}},
		{"You can log in to the app through social networking sites.",
			[]APP350Label{{"SSO", p}}, nil},
		// A denial anywhere before a sign-on in its sentence denies it.
		{"You are not able to register for the game using a third party account such as Facebook.",
			[]APP350Label{{"SSO", n}},
			[]APP350Label{{"SSO", p}}},
		// A password that is not collected, shared, sold or stored is
		// security advice.
		{"We use password protection and encryption on our servers.", nil,
			[]APP350Label{{"Contact_Password_1stParty", p}}},
		{"We store your password in encrypted form.",
			[]APP350Label{{"Contact_Password_1stParty", p}}, nil},
		// Tracking technologies in a passage that names third parties are
		// theirs too.
		{"We use cookies to remember your settings. Some third parties also place their content on our pages.",
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", p}, {"Identifier_Cookie_or_similar_Tech_3rdParty", p}}, nil},
		// The head of a list of examples is marked with its items.
		{"We collect demographic information, such as your age and gender.",
			[]APP350Label{{"Demographic_1stParty", p}, {"Demographic_Age_1stParty", p}, {"Demographic_Gender_1stParty", p}}, nil},
		{"We collect contact information such as your e-mail address.",
			[]APP350Label{{"Contact_1stParty", p}, {"Contact_E_Mail_Address_1stParty", p}}, nil},
		// An ad network the data comes from is no recipient.
		{"We may receive information about you from advertising partners, such as your IP address.",
			[]APP350Label{{"Identifier_IP_Address_1stParty", p}},
			[]APP350Label{{"Identifier_IP_Address_3rdParty", p}}},
		// A definition of personal information gives examples, not data
		// collected; a narrower definition names what is collected.
		{"Personal information means information that identifies you, such as your name or phone number.", nil,
			[]APP350Label{{"Contact_Phone_Number_1stParty", p}}},
		{"Device data means information about your device, such as your device ID.",
			[]APP350Label{{"Identifier_Device_ID_1stParty", p}}, nil},
		// What a sentence without a practice excludes is denied.
		{"The information your browser sends does not include your precise location.",
			[]APP350Label{{"Location_1stParty", n}},
			[]APP350Label{{"Location_1stParty", p}}},
		// A party in an aside is not the subject.
		{"Our servers (which may be hosted by a service provider) record your IP address.",
			[]APP350Label{{"Identifier_IP_Address_1stParty", p}},
			[]APP350Label{{"Identifier_IP_Address_3rdParty", p}}},
		// A sharing of "it" passes on the data of the practice before it.
		{"We collect your device ID. We may share this information with our advertising partners.",
			[]APP350Label{{"Identifier_Device_ID_1stParty", p}, {"Identifier_Device_ID_3rdParty", p}}, nil},
		{"We do not collect your location, nor do we share it with advertisers.",
			[]APP350Label{{"Location_1stParty", n}, {"Location_3rdParty", n}},
			[]APP350Label{{"Location_3rdParty", p}}},
		// A unique identifier that a tracking technology holds is part of it.
		{"We use web beacons, which are small graphics with a unique identifier.",
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", p}},
			[]APP350Label{{"Identifier_1stParty", p}}},
		{"We collect unique identifiers and your IP address.",
			[]APP350Label{{"Identifier_1stParty", p}}, nil},
		// Sharing with unnamed third parties is not with ad networks,
		// whatever its purpose (adtech.purpose is empty by default).
		{"We share your device ID with third parties to serve you personalized ads.", nil,
			[]APP350Label{{"Identifier_Device_ID_3rdParty", p}}},
		// A section title run into the clause names a topic.
		{"Contact Information If you have questions, write to the address below.", nil,
			[]APP350Label{{"Contact_1stParty", p}}},
		// ... in sentence case too, after an enumerator.
		{"14. Contact information If you have questions, write to the address below.", nil,
			[]APP350Label{{"Contact_1stParty", p}}},
		// A data name that opens a list is no title.
		{"Contact information: we keep the name and e-mail address you give when you register with the service.",
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", p}}, nil},
		// Data that is the subject of a denial after it, in a clause
		// without a practice, is denied; what data is not, is no denial.
		{"Your approximate location and your IP address will not be visible to the service.",
			[]APP350Label{{"Location_1stParty", n}, {"Identifier_IP_Address_1stParty", n}},
			[]APP350Label{{"Location_1stParty", p}}},
		{"These small cookies are not the only types of technology that enable this functionality.", nil,
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", n}}},
		// Means of locating listed with a location are kinds of it; an IP
		// address so listed is an identifier.
		{"We use technologies to determine location, such as GPS, Wi-Fi or cell towers.",
			[]APP350Label{{"Location_WiFi_1stParty", p}, {"Location_Cell_Tower_1stParty", p}}, nil},
		{"We collect your IP address, location and device ID.", nil,
			[]APP350Label{{"Location_IP_Address_1stParty", p}}},
		// "X is what identifies you, such as ..." defines X.
		{"Personal Information is what identifies you or another person, such as your first name and last name, physical addresses, email addresses and telephone numbers.", nil,
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", p}}},
		// An age group that bounds who may use a service is no data.
		{"For children in the age group of 13 to 18 years we follow applicable laws, and when a user is age 12 we ask for a parent's consent.", nil,
			[]APP350Label{{"Demographic_Age_1stParty", p}}},
		// A capitalised data word between capitalised words is a link.
		{"All rights reserved by Example Inc. About Careers Privacy Cookies Terms of Use and other pages", nil,
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", p}}},
		// A data word inside an e-mail address names no data.
		{"For questions, please contact info@example.com at any time.", nil,
			[]APP350Label{{"Contact_1stParty", p}}},
		// A trigger after a possessive is a noun.
		{"This policy covers the IMEI of your access devices.",
			[]APP350Label{{"Identifier_IMEI_1stParty", p}}, nil},
		// A negation reaches over a list of data as for a trigger.
		{"This summary does not cover, for your information, your device ID (see below) and your precise location (see below).",
			[]APP350Label{{"Location_GPS_1stParty", n}},
			[]APP350Label{{"Location_GPS_1stParty", p}}},
		// What is shared with us, we collect.
		{"These sign-in services may share your e-mail address with us.",
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", p}},
			[]APP350Label{{"Contact_E_Mail_Address_3rdParty", p}}},
		// "Third-party cookies" are a third party's, whoever uses them.
		{"We may read information stored in third-party cookies.",
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_3rdParty", p}},
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_1stParty", p}}},
		// "Not knowingly" says from whom, not whether.
		{"We do not knowingly collect e-mail addresses from children under 13.", nil,
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", n}}},
		// A user's wish denies nothing.
		{"If you do not want us to collect your location, turn off location services.", nil,
			[]APP350Label{{"Location_1stParty", n}}},
		// A denial on the user's opting out is a practice otherwise.
		{"If you opt out, your location is not collected.",
			[]APP350Label{{"Location_1stParty", p}},
			[]APP350Label{{"Location_1stParty", n}}},
		// An SDK is an ad network or analytics service by its kind.
		{"We use AdMob to show ads, which may use your location.",
			[]APP350Label{{"Location_3rdParty", p}}, nil},
		{"The Google Maps SDK shows your location on a map.", nil,
			[]APP350Label{{"Location_3rdParty", p}}},
		// Advice to the user gives its data to no practice before it.
		{"Unauthorised access may occur. We urge you to keep your password safe.", nil,
			[]APP350Label{{"Contact_Password_1stParty", p}}},
		{"Unauthorised access may occur. You should keep your password safe.", nil,
			[]APP350Label{{"Contact_Password_1stParty", p}}},
		{"We collect information. This includes your password.",
			[]APP350Label{{"Contact_Password_1stParty", p}}, nil},
		// The subject of an infinitive does not stop the negation before it.
		{"It is not necessary for us or third parties to collect your location.",
			[]APP350Label{{"Location_3rdParty", n}, {"Location_1stParty", n}},
			[]APP350Label{{"Location_3rdParty", p}}},
		{"It is not necessary for us to collect your location.",
			[]APP350Label{{"Location_1stParty", n}},
			[]APP350Label{{"Location_1stParty", p}}},
		// A parenthesis inside a denial describes what is denied.
		{"We do not use third-party cookies (used to gather statistics).",
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_3rdParty", n}},
			[]APP350Label{{"Identifier_Cookie_or_similar_Tech_3rdParty", p}}},
		{"We use cookies (small files that collect your IP address).",
			[]APP350Label{{"Identifier_IP_Address_1stParty", p}}, nil},
		// "As used herein" frames a definition; nothing is used.
		{`As used herein, the term "personal information" means information that identifies you, such as your name or e-mail address.`, nil,
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", p}}},
		{"When we refer to personal information, we mean information that identifies you, such as your e-mail address.", nil,
			[]APP350Label{{"Contact_E_Mail_Address_1stParty", p}}},
		// What security guards against is no practice.
		{"No transmission is secure and unauthorized access may occur. Keep your password safe.", nil,
			[]APP350Label{{"Contact_Password_1stParty", p}}},
		// A country code places the user without a means of locating.
		{"The app reads the country code of your device.",
			[]APP350Label{{"Location_1stParty", p}},
			[]APP350Label{{"Location_Cell_Tower_1stParty", p}, {"Location_IP_Address_1stParty", p}}},
		// A non-specific location is no precise one.
		{"We keep a broad, non-specific location of your phone.",
			[]APP350Label{{"Location_1stParty", p}},
			[]APP350Label{{"Location_GPS_1stParty", p}, {"Location_WiFi_1stParty", p}}},
		// A sign-on requirement may be met through another requirement.
		{"You may log in through a social network such as Facebook.",
			[]APP350Label{{"SSO", p}, {"Facebook_SSO", p}}, nil},
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
		{"bad owner", "owner.inside: of\n", "owner must be"},
		{"bad locate", "locate.network: wifi\n", "locate needs"},
		{"bad signon", "signon.maybe: log in\n", "signon must be"},
		{"bad stated", "stated.verbs: collect\n", "stated must be"},
		{"subsumed without an id", "subsumed: identifier.tracking*\n", "subsumed needs"},
		{"bad adtech", "adtech.kind: advertiser\n", "adtech must be"},
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

// adtech.purpose, empty in the embedded rules, makes a sharing for the
// purposes it lists one with ad networks.
func TestAPP350AdtechPurpose(t *testing.T) {
	e, err := New(Options{Rules: []RuleFile{{Name: "app350.txt", Data: []byte("adtech.purpose: marketing.advertising | marketing.personalized_ads\n")}}})
	if err != nil {
		t.Fatal(err)
	}
	want := APP350Label{Practice: "Identifier_Device_ID_3rdParty", Modality: "PERFORMED"}
	for text, ok := range map[string]bool{
		"We share your device ID with third parties to serve you personalized ads.": true,
		"We share your device ID with third parties for billing.":                   false,
	} {
		if got := e.Clause(Input{Text: text}).APP350; slices.Contains(got, want) != ok {
			t.Errorf("%q: %v; want %v present: %v", text, got, want, ok)
		}
	}
}
