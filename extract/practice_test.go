package extract

import (
	"reflect"
	"strings"
	"testing"
)

// practiceWant is the part of a Practice a polarity test checks: the
// trigger text (through its span), the action, the actor, the polarity and
// the condition.
type practiceWant struct {
	trigger   string
	action    string
	actor     string
	negated   bool
	condition string
}

func TestPracticePolarity(t *testing.T) {
	e := Default()
	fp, tp := ActorFirstParty, ActorThirdParty
	tests := []struct {
		name string
		text string
		want []practiceWant
	}{
		{"plain", "We collect your phone number when you register.",
			[]practiceWant{{"collect", ActionCollect, fp, false, ""}}},
		{"will not sell", "We will not sell any personal information to third parties.",
			[]practiceWant{{"sell", ActionSell, fp, true, ""}}},
		{"never", "The company never shares your location with advertisers.",
			[]practiceWant{{"shares", ActionShare, fp, true, ""}}},
		{"a party the user owns is no actor", "We obtain your Facebook name, which is used to create your account.",
			[]practiceWant{{"obtain", ActionCollect, fp, false, ""}, {"used", ActionUse, fp, false, ""}}},
		{"nor is the user the subject of what they own", "Your user account information is stored on a secure server.",
			[]practiceWant{{"stored", ActionStore, fp, false, ""}}},
		{"the user's experience", "To enhance your user experience, Avast collects your device model.",
			[]practiceWant{{"collects", ActionCollect, fp, false, ""}}},
		{"a short sentence is no heading", "They are deleted.",
			[]practiceWant{{"deleted", ActionDelete, fp, false, ""}}},
		{"a heading states nothing", "Sell", nil},
		{"contraction", "We don't store your payment card details.",
			[]practiceWant{{"store", ActionStore, fp, true, ""}}},
		{"do not collect", "We do not collect the content of your messages.",
			[]practiceWant{{"collect", ActionCollect, fp, true, ""}}},
		{"no ... will be shared", "No personal data will be shared with marketing companies.",
			[]practiceWant{{"shared", ActionShare, fp, true, ""}}},
		{"long subject opened by no", "No list of the pages, articles and offers that appeared on your screen during a visit is kept together with your e-mail address.",
			[]practiceWant{{"kept", ActionStore, fp, true, ""}}},
		{"coordinated verbs", "We do not sell, rent or trade your data.",
			[]practiceWant{
				{"sell", ActionSell, fp, true, ""},
				{"rent", ActionShare, fp, true, ""},
				{"trade", ActionSell, fp, true, ""},
			}},
		{"negation does not cross but", "We do not sell your data, but we share it with our partners.",
			[]practiceWant{
				{"sell", ActionSell, fp, true, ""},
				{"share", ActionShare, fp, false, ""},
			}},
		{"not unless is conditional", "We will not share your data with others unless you give consent.",
			[]practiceWant{{"share", ActionShare, fp, false, "consent"}}},
		{"never without consent (double negative)", "We never disclose your contacts without your explicit consent.",
			[]practiceWant{{"disclose", ActionShare, fp, false, "consent"}}},
		{"except legal", "We do not disclose your information, except where required by law.",
			[]practiceWant{{"disclose", ActionShare, fp, false, "legal"}}},
		{"exception without a named condition", "We do not share your data except as described below.",
			[]practiceWant{{"share", ActionShare, fp, false, "exception"}}},
		{"affirmed with condition", "We may disclose your information if required by law.",
			[]practiceWant{{"disclose", ActionShare, fp, false, "legal"}}},
		{"not only is not a negation", "We not only collect your name but also your address.",
			[]practiceWant{{"collect", ActionCollect, fp, false, ""}}},
		{"if you do not does not negate", "If you do not want us to use cookies, change your settings.",
			[]practiceWant{{"use", ActionUse, fp, false, ""}}},
		{"negation stays in its sentence", "We do not sell data. We store it in Singapore.",
			[]practiceWant{
				{"sell", ActionSell, fp, true, ""},
				{"store", ActionStore, fp, false, ""},
			}},
		{"third party subject", "Third parties may collect your device identifiers.",
			[]practiceWant{{"collect", ActionCollect, tp, false, ""}}},
		{"relative clause on a third party", "The analytics companies we hire will not receive your contact list.",
			[]practiceWant{{"receive", ActionCollect, tp, true, ""}}},
		{"trigger inside the relative clause", "The vendors that we share your order details with must protect them.",
			[]practiceWant{{"share", ActionShare, fp, false, ""}}},
		{"we allow third parties to collect", "We allow advertisers to collect usage data.",
			[]practiceWant{{"collect", ActionCollect, tp, false, ""}}},
		{"denied permission", "We do not let third parties collect your contacts.",
			[]practiceWant{{"collect", ActionCollect, tp, true, ""}}},
		{"passive agent", "Your data is collected by service providers.",
			[]practiceWant{{"collected", ActionCollect, tp, false, ""}}},
		{"user provides", "The information you provide is stored on servers in Germany.",
			[]practiceWant{
				{"you provide", ActionCollect, fp, false, ""},
				{"stored", ActionStore, fp, false, ""},
			}},
		{"transfer abroad", "Your data may be transferred abroad for processing.",
			[]practiceWant{
				{"transferred abroad", ActionTransferAbroad, fp, false, ""},
				{"processing", ActionUse, fp, false, ""},
			}},
		{"delete", "We delete your account data within thirty days.",
			[]practiceWant{{"delete", ActionDelete, fp, false, ""}}},
		{"curly apostrophe", "We won\u2019t share your photos.",
			[]practiceWant{{"share", ActionShare, fp, true, ""}}},
		{"glued sentences", "We do not sell data.We use it to improve the app.",
			[]practiceWant{
				{"sell", ActionSell, fp, true, ""},
				{"use", ActionUse, fp, false, ""},
			}},
		{"subject of an introductory clause", "If you turn on the feature, our app may access your location.",
			[]practiceWant{{"access", ActionCollect, fp, false, ""}}},
		{"passive agent before the subject", "When you sign up, your e-mail address will not be used by advertisers.",
			[]practiceWant{{"used", ActionUse, tp, true, ""}}},
		{"coordinated subjects", "We and our partners collect your device identifiers.",
			[]practiceWant{
				{"collect", ActionCollect, tp, false, ""},
				{"collect", ActionCollect, fp, false, ""},
			}},
		{"coordinated agents", "This information may be collected by us or by third parties.",
			[]practiceWant{
				{"collected", ActionCollect, fp, false, ""},
				{"collected", ActionCollect, tp, false, ""},
			}},
		{"directly or through third parties", "We collect your usage data directly or through third parties.",
			[]practiceWant{
				{"collect", ActionCollect, fp, false, ""},
				{"collect", ActionCollect, tp, false, ""},
			}},
		{"object pronoun is no co-subject", "You must indemnify us and our partners if they share your data.",
			[]practiceWant{{"share", ActionShare, tp, false, ""}}},
		{"not for any other purpose", "We do not use your location for any other purpose.",
			[]practiceWant{{"use", ActionUse, fp, false, "exception"}}},
		{"participle modifier is no practice", "Information associated with your account is stored securely.",
			[]practiceWant{{"stored", ActionStore, fp, false, ""}}},
		{"negated subject", "No third party collects your location through the app.",
			[]practiceWant{{"collects", ActionCollect, tp, true, ""}}},
		{"imperative advice to the user", "Please keep your password safe. Do not share your password with anyone.", nil},
		{"inverted subject after a negation", "We do not sell your data, nor do we share it with advertisers.",
			[]practiceWant{
				{"sell", ActionSell, fp, true, ""},
				{"share", ActionShare, fp, true, ""},
			}},
		{"party in a closed aside is no subject", "Our servers (which may be hosted by a third party) collect your IP address.",
			[]practiceWant{
				{"hosted", ActionStore, tp, false, ""},
				{"collect", ActionCollect, fp, false, ""},
			}},
		{"aside that coordinates a subject", "We (or our vendors) collect your IP address.",
			[]practiceWant{
				{"collect", ActionCollect, tp, false, ""},
				{"collect", ActionCollect, fp, false, ""},
			}},
		{"first party as the user's object", "When you use our website or products third parties do not obtain your IP address.",
			[]practiceWant{{"obtain", ActionCollect, tp, true, ""}}},
		{"permitted subject with a modifier", "We do not allow advertising companies to collect your device identifier.",
			[]practiceWant{{"collect", ActionCollect, tp, true, ""}}},
		{"coordinated permitted practice", "We never access or let third parties access your contacts.",
			[]practiceWant{
				{"access", ActionCollect, fp, true, ""},
				{"access", ActionCollect, tp, true, ""},
			}},
		{"a data list counts as one word in the reach", "No device identifier, IP address, precise location or phone number is collected.",
			[]practiceWant{{"collected", ActionCollect, fp, true, ""}}},
		{"trigger inside a data name", "Tracking pixels help us measure our newsletters.", nil},
		{"actor inside a data name", "We collect your Identifier for Advertisers, used to show ads.",
			[]practiceWant{
				{"collect", ActionCollect, fp, false, ""},
				{"used", ActionUse, fp, false, ""},
			}},
		{"a name beside a party of the vocabulary", "Acme Technologies and its subsidiaries may collect your IP address.",
			[]practiceWant{
				{"collect", ActionCollect, tp, false, ""},
				{"collect", ActionCollect, fp, false, ""},
			}},
		{"an acronym beside a party of the vocabulary", "ACME and its partners also collect your IP address.",
			[]practiceWant{
				{"collect", ActionCollect, tp, false, ""},
				{"collect", ActionCollect, fp, false, ""},
			}},
		{"first-party words in a phrase after the subject", "Companies delivering ads on our services may also use cookies.",
			[]practiceWant{{"use", ActionUse, tp, false, ""}}},
		{"first-party subject after a phrase", "On our website we use cookies.",
			[]practiceWant{{"use", ActionUse, fp, false, ""}}},
		{"a party used is no data used", "We use service providers to place cookies on our pages.",
			[]practiceWant{{"place", ActionCollect, tp, false, ""}}},
		{"nominal collection", "No collection of your location data is made by the app.",
			[]practiceWant{{"collection", ActionCollect, fp, true, ""}}},
		{"cookies are set", "Advertising partners may set cookies on your browser.",
			[]practiceWant{{"set cookies", ActionCollect, tp, false, ""}}},
		{"as well as", "We, as well as our analytics providers, may collect your IP address.",
			[]practiceWant{
				{"collect", ActionCollect, tp, false, ""},
				{"collect", ActionCollect, fp, false, ""},
			}},
		{"relative clause in a denial", "We do not sell data we collect to advertising networks.",
			[]practiceWant{{"sell", ActionSell, fp, true, ""}}},
		{"relative clause affirmed", "We share data we collect with our partners.",
			[]practiceWant{
				{"share", ActionShare, fp, false, ""},
				{"collect", ActionCollect, fp, false, ""},
			}},
		{"definition", "Personal data means information that may be received from your device.", nil},
		{"what the user provides is collected", "You do not need to provide your e-mail address.",
			[]practiceWant{{"provide", ActionCollect, fp, true, ""}}},
		{"a provision verb without the user as subject", "We provide our services worldwide.", nil},
		{"a trigger starting a data name after an adverb", "Our server routinely logs the IP address of each visitor.",
			[]practiceWant{{"logs", ActionCollect, fp, false, ""}}},
		{"a trigger starting a data name after a negation", "We do not log information about your visits.",
			[]practiceWant{{"log", ActionCollect, fp, true, ""}}},
		{"a name beside a third-party subject is the author", "Acme and other third parties may collect your IP address.",
			[]practiceWant{
				{"collect", ActionCollect, tp, false, ""},
				{"collect", ActionCollect, fp, false, ""},
			}},
		{"a negated run of subject cues", "No third party advertisers receive your device identifier.",
			[]practiceWant{{"receive", ActionCollect, tp, true, ""}}},
		{"list punctuation counts not in the reach", "No name, postal address, e-mail address, and phone number will be collected by us.",
			[]practiceWant{{"collected", ActionCollect, fp, true, ""}}},
		{"the user acts in the clause before a breaker", "Logs are created when a user visits our site, however, your IP address is not stored.",
			[]practiceWant{{"stored", ActionStore, fp, true, ""}}},
		{"do not track as a verb", "We do not track your location.",
			[]practiceWant{{"track", ActionCollect, fp, true, ""}}},
		{"do not track as a name", "We do not respond to Do Not Track signals from your browser.", nil},
		{"a trigger after a possessive is a noun", "This policy covers the IMEI of your access devices.", nil},
		{"a sharing with us is our collection", "Sign-in services may share your e-mail address with us.",
			[]practiceWant{{"share", ActionCollect, fp, false, ""}}},
		{"not knowingly is no denial", "We do not knowingly collect data from children.",
			[]practiceWant{{"collect", ActionCollect, fp, false, ""}}},
		{"a user's wish is no denial", "If you do not want us to collect your location, turn it off.",
			[]practiceWant{{"collect", ActionCollect, fp, false, ""}}},
		{"a denial on opting out is conditional", "If you opt out, your location is not collected.",
			[]practiceWant{{"collected", ActionCollect, fp, false, "exception"}}},
		{"read is a collection", "We may read the unique device ID of your phone.",
			[]practiceWant{{"read", ActionCollect, fp, false, ""}}},
		{"please read is none", "Please read this policy carefully.", nil},
		{"an object pronoun is no subject", "We use cookies to see whether you open them or click on links in them.",
			[]practiceWant{{"use", ActionUse, fp, false, ""}}},
		{"an object pronoun after a permit verb is", "We enable them to collect your IP address.",
			[]practiceWant{{"collect", ActionCollect, tp, false, ""}}},
		{"the subject of a passive is acted on", "They are stored on your device for a year.",
			[]practiceWant{{"stored", ActionStore, fp, false, ""}}},
		{"collection as the first half of a compound noun", "Our partners do not use data collection technologies.",
			[]practiceWant{{"use", ActionUse, tp, true, ""}}},
		{"a third party in an aside after the agent", "Log data is collected from this app (or from third party services).",
			[]practiceWant{
				{"collected", ActionCollect, fp, false, ""},
				{"collected", ActionCollect, tp, false, ""},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const offset = 100
			r := e.Clause(Input{Text: tt.text, Offset: offset})
			var got []practiceWant
			for _, p := range r.Practices {
				if p.Start < offset || p.End > offset+len(tt.text) || p.Start > p.End {
					t.Fatalf("span [%d,%d) outside the clause", p.Start, p.End)
				}
				got = append(got, practiceWant{tt.text[p.Start-offset : p.End-offset], p.Action, p.Actor, p.Negated, p.Condition})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%q:\n got  %+v\n want %+v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("%q practice %d:\n got  %+v\n want %+v", tt.text, i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestPracticeRestrictPurposes(t *testing.T) {
	// "only for X": purposes named before "only" do not count. The purpose
	// labels come from the vocabulary, so the test compares with what the
	// vocabulary finds after "only".
	e := Default()
	text := "To show you ads, we use your location only for navigation."
	r := e.Clause(Input{Text: text})
	onlyAt := strings.Index(text, "only")
	var after []string
	for _, m := range r.Purposes {
		if m.Start > onlyAt {
			after = addLabel(after, m.Label)
		}
	}
	for _, p := range r.Practices {
		if p.Action != ActionUse {
			continue
		}
		if strings.Join(p.Purposes, ",") != strings.Join(after, ",") {
			t.Errorf("purposes = %v, want only those after \"only\": %v (mentions %+v)", p.Purposes, after, r.Purposes)
		}
		return
	}
	t.Fatalf("no use practice in %q: %+v", text, r.Practices)
}

func TestInflections(t *testing.T) {
	tests := []struct {
		verb string
		want []string
	}{
		{"share", []string{"share", "shares", "shared", "sharing"}},
		{"collect", []string{"collect", "collects", "collected", "collecting"}},
		{"transfer", []string{"transfer", "transfers", "transferred", "transferring"}},
		{"process", []string{"process", "processes", "processed", "processing"}},
		{"deny", []string{"deny", "denies", "denied", "denying"}},
		{"see", []string{"see", "sees", "seed", "seeing"}},
	}
	for _, tt := range tests {
		got := inflections(tt.verb)
		for _, w := range tt.want {
			if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+w+" ") {
				t.Errorf("inflections(%q) = %v, missing %q", tt.verb, got, w)
			}
		}
	}
}

func TestTokenizeSentences(t *testing.T) {
	tests := []struct {
		text string
		ends int // sentence-ending tokens
	}{
		{"We collect data. We share it.", 2},
		{"e.g. your name, i.e. the full one", 0},
		{"Version 3.5 of example.com applies", 0},
		{"services.If you agree", 1},
		{"first; second! third? ", 3},
	}
	for _, tt := range tests {
		n := 0
		for _, tok := range tokenize(tt.text, nil) {
			if tok.sntEnd {
				n++
			}
			if tt.text[tok.vs:tok.ve] != tok.text && strings.ToLower(tt.text[tok.vs:tok.ve]) != tok.text {
				t.Errorf("%q: token %q has span text %q", tt.text, tok.text, tt.text[tok.vs:tok.ve])
			}
		}
		if n != tt.ends {
			t.Errorf("%q: %d sentence ends, want %d", tt.text, n, tt.ends)
		}
	}
}

func TestPracticeRuleErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"unknown action", "action.steal: steal\n", `unknown action "steal"`},
		{"bad actor attr", "action.collect: grab {actor=someone}\n", "actor must be"},
		{"bad subject attr", "action.collect: hand in {subject=robot}\n", "subject must be"},
		{"bad reach", "negation: nope {reach=x}\n", "reach must be"},
		{"bad object attr", "action.collect: grab {object=before}\n", "object must be after"},
		{"bad purpose attr", "action.use: for {purpose=taking}\n", "purpose must be giving"},
		{"bad object reach", "action.collect: grab {object=after, reach=0}\n", "reach must be"},
		{"bad denial attr", "exception: save {denial=drop}\n", "denial must be keep"},
		{"unknown label", "polarity: not\n", "unknown label"},
		{"suffix not allowed", "negation.strong: never\n", "takes no suffix"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(Options{Rules: []RuleFile{{Name: "practices.txt", Data: []byte(tt.data)}}})
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "practices.txt (user #1):1") {
				t.Fatalf("err = %v, want %q at practices.txt (user #1):1", err, tt.want)
			}
		})
	}
}

func TestPracticeUserRules(t *testing.T) {
	e, err := New(Options{Rules: []RuleFile{{Name: "practices.txt", Data: []byte("action.collect: harvest\n")}}})
	if err != nil {
		t.Fatal(err)
	}
	r := e.Clause(Input{Text: "We harvested nothing."})
	if len(r.Practices) != 1 || r.Practices[0].Action != ActionCollect {
		t.Fatalf("user cue not applied: %+v", r.Practices)
	}
}

func TestPracticeConcurrent(t *testing.T) {
	e := Default()
	texts := []string{
		"We will not sell your data unless you consent.",
		"Third parties may collect your IP address.",
		"We retain your e-mail address for two years.",
	}
	want := make([]Result, len(texts))
	for i, s := range texts {
		want[i] = e.Clause(Input{Text: s})
	}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- true }()
			for k := 0; k < 20; k++ {
				i := (g + k) % len(texts)
				got := e.Clause(Input{Text: texts[i]})
				if len(got.Practices) != len(want[i].Practices) || strings.Join(got.Categories, ",") != strings.Join(want[i].Categories, ",") {
					t.Errorf("concurrent result differs for %q", texts[i])
					return
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}

func TestPracticeConsentObject(t *testing.T) {
	e := Default()
	tests := []struct {
		text    string
		actions []string
		negated []bool
	}{
		// Obtaining consent collects no data; the sharing it enables does.
		{"After obtaining your explicit consent, we will share your data with partners.", []string{ActionShare}, []bool{false}},
		// A leading "without <condition>" is an exception to the denial.
		{"4. Without your prior consent, the company will not disclose your data to third parties.", []string{ActionShare}, []bool{false}},
		// A leading "without <activity>" is not.
		{"Without signing up, you will not be asked to provide your e-mail address.", []string{ActionCollect}, []bool{true}},
		// The user's use of a service is no practice of the company.
		{"Declining will not affect your use of the app.", nil, nil},
	}
	for _, tt := range tests {
		r := e.Clause(Input{Text: tt.text})
		var actions []string
		var negated []bool
		for _, p := range r.Practices {
			actions = append(actions, p.Action)
			negated = append(negated, p.Negated)
		}
		if strings.Join(actions, ",") != strings.Join(tt.actions, ",") || len(negated) != len(tt.negated) {
			t.Errorf("%q: actions %v negated %v, want %v %v", tt.text, actions, negated, tt.actions, tt.negated)
			continue
		}
		for i := range negated {
			if negated[i] != tt.negated[i] {
				t.Errorf("%q: negated %v, want %v", tt.text, negated, tt.negated)
			}
		}
	}
}

// A clause that only lists data continues the practice of the clause
// before it when it opens as a continuation ("This includes ...").
func TestPracticeContinuation(t *testing.T) {
	e := Default()
	denied := []Practice{{Action: ActionCollect, Negated: true, Actor: ActorFirstParty, Data: []string{"device"}}}
	shared := []Practice{{Action: ActionShare, Actor: ActorFirstParty, Recipients: []string{"advertiser"}}}
	tests := []struct {
		name    string
		text    string
		context []Practice
		want    []Practice // Action, Negated, Actor, Recipients and Data checked
	}{
		{"denial continued", "This includes the location of your phone and its IMEI.", denied,
			[]Practice{{Action: ActionCollect, Negated: true, Actor: ActorFirstParty, Data: []string{"location", "identifier.device.imei"}}}},
		{"such information may include", "Such information may include your e-mail address.", shared,
			[]Practice{{Action: ActionShare, Actor: ActorFirstParty, Recipients: []string{"advertiser"}, Data: []string{"contact.email"}}}},
		{"no context", "This includes the location of your phone.", nil, nil},
		{"not a continuation", "Your e-mail address and your phone number.", denied, nil},
		{"purposes, not data", "These purposes include checking your e-mail address.", denied, nil},
		{"own practice wins", "This includes your e-mail address. We sell it to advertisers.", denied,
			[]Practice{{Action: ActionSell, Actor: ActorFirstParty, Recipients: []string{"advertiser"}, Data: []string{"contact.email"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.Clause(Input{Text: tt.text, Context: tt.context})
			var got []Practice
			for _, p := range r.Practices {
				if p.Start < 0 || p.End > len(tt.text) || p.Start >= p.End {
					t.Fatalf("span [%d,%d) outside the clause", p.Start, p.End)
				}
				got = append(got, Practice{Action: p.Action, Negated: p.Negated, Actor: p.Actor, Recipients: p.Recipients, Data: p.Data})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("practices = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestPracticeListed(t *testing.T) {
	e := Default()
	collected := []Practice{{Action: ActionCollect, Actor: ActorFirstParty}}
	tests := []struct {
		name   string
		text   string
		leadIn []Practice
		want   []Practice // Action, Negated, Actor and Data checked
	}{
		{"data item", "Your e-mail address and phone number;", collected,
			[]Practice{{Action: ActionCollect, Actor: ActorFirstParty, Data: []string{"contact.email", "contact.phone"}}}},
		{"list head", "Device identifiers such as the IMEI.", collected,
			[]Practice{{Action: ActionCollect, Actor: ActorFirstParty, Data: []string{"identifier.device.imei"}}}},
		{"no lead-in", "Your e-mail address;", nil, nil},
		{"a step", "Turn off location services in your settings.", collected, nil},
		{"a purpose", "To send you offers about your location.", collected, nil},
		{"a definition", "Cookies are small text files on your device.", collected, nil},
		{"own practice wins", "Your e-mail address, which we share with advertisers.", collected,
			[]Practice{{Action: ActionShare, Actor: ActorFirstParty, Data: []string{"contact.email"}}}},
		{"own denial wins", "Your e-mail address, which we never sell.", collected,
			[]Practice{{Action: ActionSell, Negated: true, Actor: ActorFirstParty, Data: []string{"contact.email"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.Clause(Input{Text: tt.text, Depth: 1, LeadIn: tt.leadIn})
			var got []Practice
			for _, p := range r.Practices {
				if p.Start < 0 || p.End > len(tt.text) || p.Start >= p.End {
					t.Fatalf("span [%d,%d) outside the clause", p.Start, p.End)
				}
				got = append(got, Practice{Action: p.Action, Negated: p.Negated, Actor: p.Actor, Data: p.Data})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("practices = %+v, want %+v", got, tt.want)
			}
		})
	}
}
