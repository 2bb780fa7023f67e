package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/internal/textnorm"
)

func TestCategories(t *testing.T) {
	e := Default()
	tests := []struct {
		name     string
		in       Input
		want     []string // ids that must be present
		wantNot  []string // ids that must be absent
		wantName string   // one dataset name that must be present
	}{
		{name: "first party collection",
			in:   Input{Text: "We collect your name and email address when you create an account, and we use this information to provide the service."},
			want: []string{"first_party_collection_use"}, wantName: "First Party Collection/Use"},
		{name: "third party sharing",
			in:   Input{Text: "We may share your personal information with third party service providers who act on our behalf."},
			want: []string{"third_party_sharing_collection"}, wantNot: []string{"do_not_track"}},
		{name: "security",
			in:   Input{Text: "We use encryption and reasonable security measures to protect your information from unauthorized access."},
			want: []string{"data_security"}, wantName: "Data Security"},
		{name: "retention",
			in:   Input{Text: "We retain your information for as long as your account is active and delete it afterwards."},
			want: []string{"data_retention"}},
		{name: "policy change",
			in:   Input{Text: "We may update this privacy policy from time to time. We will post the revised policy on this page and notify you of material changes."},
			want: []string{"policy_change"}},
		{name: "do not track",
			in:   Input{Text: "Our website does not respond to Do Not Track signals sent by your browser."},
			want: []string{"do_not_track"}},
		{name: "children",
			in:   Input{Text: "Our services are not directed to children under the age of 13, and we do not knowingly collect information from them."},
			want: []string{"international_specific_audiences"}},
		{name: "contact",
			in:   Input{Text: "If you have any questions about this privacy policy, please contact us at the address below."},
			want: []string{"privacy_contact_information"}},
		{name: "choice",
			in:   Input{Text: "You may opt out of receiving promotional emails by clicking the unsubscribe link in any message."},
			want: []string{"user_choice_control"}},
		{name: "access",
			in:   Input{Text: "You can review and update your account information at any time by logging into your account settings."},
			want: []string{"user_access_edit_deletion"}},
		{name: "heading alone is introductory",
			in:   Input{Text: "Our Commitment"},
			want: []string{"introductory_generic"}},
		{name: "heading context",
			in:   Input{Text: "We apply these measures to every system we run.", Headings: []string{"Privacy Policy", "How We Keep Your Data Secure"}},
			want: []string{"data_security"}},
		{name: "innermost heading decides, not the document title",
			in:   Input{Text: "We apply these measures to every system we run.", Headings: []string{"Data Security", "Changes to This Policy"}},
			want: []string{"policy_change"}, wantNot: []string{"data_security"}},
		{name: "third parties collecting through cookies",
			in:   Input{Text: "Third party advertising networks may place cookies on your browser to collect information about your visits and serve you ads."},
			want: []string{"third_party_sharing_collection"}},
		{name: "contact details",
			in:   Input{Text: "Privacy Office, 100 Main Street, Springfield. Email: privacy@example.com. Phone: (555) 010-0199."},
			want: []string{"privacy_contact_information"}},
		// Titles glued to the front of unsegmented text, closed by
		// punctuation or written in capitals, count as headings.
		{name: "glued title with a full stop",
			in:   Input{Text: "Data Retention. We apply these rules to every record we hold."},
			want: []string{"data_retention"}},
		{name: "glued numbered title in capitals",
			in:   Input{Text: "4. SECURITY We apply these measures to every system we run."},
			want: []string{"data_security"}},
		{name: "glued question heading",
			in:   Input{Text: "How do we protect your data? We apply these measures to every system we run."},
			want: []string{"data_security"}},
		{name: "glued title with a colon",
			in:   Input{Text: "Changes to This Policy: We apply these measures to every system we run."},
			want: []string{"policy_change"}},
		{name: "glued title without context words",
			in:   Input{Text: "Your Choices. You can write to us to stop these messages."},
			want: []string{"user_choice_control"}},
		{name: "no evidence falls back to introductory",
			in:   Input{Text: "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore."},
			want: []string{"introductory_generic"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.Clause(tt.in)
			if len(r.Categories) != len(r.OPP115) || len(r.Categories) == 0 {
				t.Fatalf("ids %v and names %v must pair up and not be empty", r.Categories, r.OPP115)
			}
			for _, id := range tt.want {
				if !slices.Contains(r.Categories, id) {
					t.Errorf("%q: categories %v lack %q", tt.in.Text, r.Categories, id)
				}
			}
			for _, id := range tt.wantNot {
				if slices.Contains(r.Categories, id) {
					t.Errorf("%q: categories %v include %q", tt.in.Text, r.Categories, id)
				}
			}
			if tt.wantName != "" && !slices.Contains(r.OPP115, tt.wantName) {
				t.Errorf("names %v lack %q", r.OPP115, tt.wantName)
			}
		})
	}
}

func TestCategoryRuleErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"unknown category", "cue.nonsense: foo\n", `unknown category "nonsense"`},
		{"bad weight", "cue.data_security: vault {weight=heavy}\n", "weight must be a number"},
		{"bad source", "cue.data_security: vault {in=footer}\n", "in must be text, heading or feature"},
		{"named twice", "name.data_security: Data Security\n", "named twice"},
		{"bad label", "weights.x: 1\n", "unknown label"},
		{"bad candidate source", "candidate: vault {in=footer}\n", "in must be text, heading or feature"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(Options{Rules: []RuleFile{{Name: "categories.txt", Data: []byte(tt.data)}}})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestCategoryUserCue(t *testing.T) {
	text := "Our vault team audits the archive."
	e, err := New(Options{Rules: []RuleFile{{Name: "categories.txt", Data: []byte("cue.data_security: vault team {weight=5}\n")}}})
	if err != nil {
		t.Fatal(err)
	}
	if r := e.Clause(Input{Text: text}); !slices.Contains(r.Categories, "data_security") {
		t.Errorf("user cue ignored: %v", r.Categories)
	}
}

func TestShapeHelpers(t *testing.T) {
	emails := []struct {
		s    string
		want bool
	}{
		{"write to privacy@example.com today", true},
		{"privacy@example", false},
		{"@example.com", false},
		{"a @ b . c", false},
		{"", false},
	}
	for _, tt := range emails {
		if got := hasEmailAddress(tt.s); got != tt.want {
			t.Errorf("hasEmailAddress(%q) = %v", tt.s, got)
		}
	}
	phones := []struct {
		s    string
		want bool
	}{
		{"call (888) 206-6088 now", true},
		{"1-800-555-0100", true},
		{"in 2015 and 2016", false},
		{"version 3.5.1", false},
		{"", false},
	}
	for _, tt := range phones {
		if got := hasPhoneNumber(tt.s); got != tt.want {
			t.Errorf("hasPhoneNumber(%q) = %v", tt.s, got)
		}
	}
	titles := []struct{ s, want string }{
		{"Information We Collect We collect your name.", "Information We Collect"},
		{"Use of Cookies We use cookies to remember you.", "Use of Cookies"},
		{"We collect your name.", ""},
		{"Contact Us", ""},
		// Titles ended by punctuation, after an enumerator.
		{"Security. We protect it.", "Security"},
		{"Public Postings: Anything you post is public.", "Public Postings"},
		{"3. Sharing With Partners. We share your address.", "3. Sharing With Partners"},
		{"(b) Ad Networks We let ad networks place cookies.", "(b) Ad Networks"},
		{"iv. Cookies. We use cookies.", "iv. Cookies"},
		{"What Do We Collect? We collect your name.", "What Do We Collect"},
		// A section and its subsection are read together.
		{"1. WHAT WE COLLECT? A. Account Data. We keep your e-mail address.", "1. WHAT WE COLLECT? A. Account Data"},
		// A question heading in sentence case.
		{"How long do we keep your data? We keep it for a year.", "How long do we keep your data"},
		{"Why not? Because.", ""},
		// Upper-case headings running into the text.
		{"DATA RETENTION We keep your data for a year.", "DATA RETENTION"},
		{"SECURITY Our staff protect your data.", "SECURITY"},
		{"IBM uses your data.", ""},
		{"A cookie is a small file.", ""},
		// Not titles: abbreviations, domains, lower-case continuations,
		// a title with nothing after it.
		{"U.S. Users may write to us.", ""},
		{"Example.com Collects. data here", ""},
		{"Contact Us: privacy@example.com", ""},
		{"Your Choices:", ""},
	}
	small := Default().practice.cat.g.titleSmall
	for _, tt := range titles {
		if got := tt.s[:leadingTitle(tt.s, small)]; got != tt.want {
			t.Errorf("leadingTitle(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestCategoryCandidateScoresNothing(t *testing.T) {
	text := "Our vault team audits the archive."
	base := Default().Clause(Input{Text: text})
	e, err := New(Options{Rules: []RuleFile{{Name: "categories.txt", Data: []byte("candidate: vault team | audits the archive\ncandidate: shape/long {in=feature}\n")}}})
	if err != nil {
		t.Fatal(err)
	}
	got := e.practice.cat.candidates
	if n := len(got); n < 3 || got[n-3].term != "vault team" || got[n-3].in != inText || got[n-1].in != inFeature {
		t.Errorf("user candidates not read: %+v", got[max(0, len(got)-3):])
	}
	if r := e.Clause(Input{Text: text}); !slices.Equal(r.Categories, base.Categories) {
		t.Errorf("candidates changed the categories: %v, want %v", r.Categories, base.Categories)
	}
}

func TestCategoryDecide(t *testing.T) {
	cr := &categoryRules{fallback: 2, cats: []category{
		{id: "a", threshold: 1, beside: 1}, {id: "b", threshold: 3, beside: 3}, {id: "c", threshold: 2, beside: 2}, {id: "d", threshold: 1, beside: 1, relative: 0.5},
		{id: "e", threshold: 2, beside: 4},
	}}
	tests := []struct {
		name  string
		score []float64
		any   bool
		want  []int
	}{
		{"every category at its threshold", []float64{1, 3, 0, 0, 0}, true, []int{0, 1}},
		{"relative share of the best", []float64{4, 0, 0, 1.5, 0}, true, []int{0}},
		{"relative share reached", []float64{2, 0, 0, 1.5, 0}, true, []int{0, 3}},
		{"none reached: closest to its threshold", []float64{0, 2.5, 0, 0, 0}, true, []int{1}},
		{"negative evidence: still the closest", []float64{-2, 2, -3, -1, -1}, true, []int{1}},
		{"no cue at all: the fallback", []float64{0, 0, 0, 0, 0}, false, []int{2}},
		{"best by its threshold alone", []float64{0, 0, 0, 0, 3.5}, true, []int{4}},
		{"beside the best: its beside score", []float64{4, 0, 0, 0, 3.5}, true, []int{0}},
		{"beside score reached", []float64{4, 0, 0, 0, 4}, true, []int{0, 4}},
	}
	for _, tt := range tests {
		if got := cr.decide(tt.score, tt.any, nil); !slices.Equal(got, tt.want) {
			t.Errorf("%s: decide(%v) = %v, want %v", tt.name, tt.score, got, tt.want)
		}
	}
}

func TestCategoryFeatures(t *testing.T) {
	e := Default()
	in := Input{Text: "We use your location to show you advertising."}
	r := e.Clause(in)
	f := clauseFeatures(&r)
	for _, want := range []string{"data", "data/location", "purpose", "purpose/marketing"} {
		if !slices.Contains(f, want) {
			t.Errorf("features %v lack %q", f, want)
		}
	}
	if slices.Contains(f, "practice/none") || slices.Contains(f, "mention/none") {
		t.Errorf("features %v claim an absence", f)
	}
	r = e.Clause(Input{Text: "Welcome to our website."})
	if f := clauseFeatures(&r); !slices.Contains(f, "practice/none") || !slices.Contains(f, "mention/none") {
		t.Errorf("features %v of a clause without practice or mention lack the absences", f)
	}
	r = e.Clause(Input{Text: "We collect your name, email address, location and device identifiers, use them to show you ads and share them with advertisers."})
	if f := clauseFeatures(&r); !slices.Contains(f, "data/many") || slices.Contains(f, "practice/many") {
		t.Errorf("features %v of a list of four kinds of data and one practice: want data/many, not practice/many", f)
	}
	r.Practices = []Practice{{Action: "collect", Actor: "first_party"}, {Action: "use", Actor: "first_party"}, {Action: "share", Actor: "first_party"}}
	if f := clauseFeatures(&r); !slices.Contains(f, "practice/many") {
		t.Errorf("features %v of three practices lack practice/many", f)
	}
	long := strings.Repeat("word ", 101) + "end."
	shapes := []struct {
		text string
		want []string
		not  []string
	}{
		{"What information do we collect?", []string{"shape/question"}, []string{"shape/long", "shape/short"}},
		{long, []string{"shape/long"}, []string{"shape/question"}},
		{"See https://example.com/privacy for details.", []string{"shape/url"}, nil},
		{"Your choices:", []string{"shape/short", "shape/leadin"}, []string{"shape/url"}},
		{"We keep logs for 90 days and backups for three years.", []string{"shape/period"}, []string{"shape/date"}},
		{"We may update this policy; it was last revised on June 1, 2015.", []string{"shape/date"}, []string{"shape/period"}},
		{"We may keep 12 copies in May.", nil, []string{"shape/period", "shape/brief"}},
		{"We keep logs for 90 days and backups for three years.", []string{"shape/brief"}, []string{"shape/short", "shape/long"}},
	}
	for _, tt := range shapes {
		v := textnorm.NewView(tt.text)
		got := shapeFeatures(v.Text, tokenize(v.Text, nil))
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("shapeFeatures(%.30q) = %v, lacks %q", tt.text, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("shapeFeatures(%.30q) = %v, has %q", tt.text, got, w)
			}
		}
	}
}

func TestCategoryDurationFeatures(t *testing.T) {
	e := Default()
	features := func(text string) []string {
		c := &clause{in: Input{Text: text}, view: textnorm.NewView(text)}
		r := e.Clause(Input{Text: text})
		var f []string
		e.practice.cat.evidence(c, &r, func(int) {}, func(name string) { f = append(f, name) })
		return f
	}
	if f := features("We retain your account data for 30 days after you close your account."); !slices.Contains(f, "duration/retention") {
		t.Errorf("a retention period: features %v lack duration/retention", f)
	}
	if f := features("You must be at least 13 years old to use the service."); slices.Contains(f, "duration/retention") {
		t.Errorf("an age: features %v hold duration/retention", f)
	}
}
