package privtext_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/privtext"
)

// The fixtures here are small hand-built Policies shared by the index,
// compare and diff tests: they pin the behaviour of those layers
// independently of what the extraction rules find.

// fclause describes one fixture clause. data, purposes and parties hold
// "label=phrase" pairs; the phrase must occur in text and becomes the
// mention's span.
type fclause struct {
	section   string
	text      string
	data      []string
	purposes  []string
	parties   []string
	practices []privtext.Practice
	cats      []string
}

// fsection is a fixture section: id, parent, number, heading.
type fsection struct{ id, parent, number, heading string }

// buildPolicy lays the clauses out one per line, so every span is exact,
// and returns the policy and its source text.
func buildPolicy(t testing.TB, vendor string, sections []fsection, clauses []fclause) (*privtext.Policy, string) {
	t.Helper()
	p := &privtext.Policy{Vendor: vendor, Title: vendor + " privacy policy", Format: "text", Encoding: "utf-8"}
	for _, s := range sections {
		level := 1
		if s.parent != "" {
			level = 2
		}
		p.Sections = append(p.Sections, privtext.Section{ID: s.id, Parent: s.parent, Number: s.number, Heading: s.heading, Level: level})
	}
	var src strings.Builder
	for i, fc := range clauses {
		start := src.Len()
		src.WriteString(fc.text)
		c := privtext.Clause{
			ID: "c" + strconv.Itoa(i+1), Section: fc.section, Text: fc.text,
			Start: start, End: start + len(fc.text), Kind: "sentence", Categories: fc.cats,
		}
		c.Data = mentions(t, fc.text, start, fc.data)
		c.Purposes = mentions(t, fc.text, start, fc.purposes)
		c.Parties = mentions(t, fc.text, start, fc.parties)
		for _, pr := range fc.practices {
			pr.Start, pr.End = c.Start, c.End
			c.Practices = append(c.Practices, pr)
		}
		p.Clauses = append(p.Clauses, c)
		src.WriteByte('\n')
	}
	p.Size = src.Len()
	return p, src.String()
}

func mentions(t testing.TB, text string, offset int, specs []string) []privtext.Mention {
	t.Helper()
	var out []privtext.Mention
	for _, spec := range specs {
		label, phrase, ok := strings.Cut(spec, "=")
		i := strings.Index(text, phrase)
		if !ok || i < 0 {
			t.Fatalf("fixture: mention %q not in %q", spec, text)
		}
		out = append(out, privtext.Mention{Label: label, Text: phrase, Start: offset + i, End: offset + i + len(phrase)})
	}
	return out
}

// fixturePolicies returns three vendors with overlapping and contrasting
// practices: alpha collects device ids and precise location and denies
// selling; beta collects device ids, shares with advertisers and sells;
// gamma says little.
func fixturePolicies(t testing.TB) (policies []*privtext.Policy, sources map[string]string) {
	sources = map[string]string{}
	add := func(p *privtext.Policy, src string) {
		policies = append(policies, p)
		sources[p.Vendor] = src
	}
	secs := []fsection{
		{"s1", "", "1.", "What information we collect"},
		{"s2", "s1", "1.1", "Device information"},
		{"s3", "", "2.", "Sharing"},
	}
	collect := func(data ...string) privtext.Practice {
		return privtext.Practice{Action: "collect", Actor: "first_party", Data: data}
	}
	add(buildPolicy(t, "alpha", secs, []fclause{
		{section: "s1", text: "We collect your name and phone number when you register.",
			data: []string{"contact.name=name", "contact.phone=phone number"}, practices: []privtext.Practice{collect("contact.name", "contact.phone")},
			purposes: []string{"account=register"}, cats: []string{"first_party_collection"}},
		{section: "s2", text: "We collect the IMEI of your device to prevent fraud.",
			data: []string{"identifier.device.imei=IMEI"}, purposes: []string{"security.fraud=prevent fraud"},
			practices: []privtext.Practice{collect("identifier.device.imei")}, cats: []string{"first_party_collection"}},
		{section: "s2", text: "With your consent we collect your precise location.",
			data: []string{"location.precise=precise location"}, practices: []privtext.Practice{collect("location.precise")}},
		{section: "s3", text: "We will not sell your personal information to anyone.",
			data:      []string{"personal=personal information"},
			practices: []privtext.Practice{{Action: "sell", Negated: true, Actor: "first_party", Data: []string{"personal"}}}, cats: []string{"third_party_sharing"}},
	}))
	add(buildPolicy(t, "beta", secs, []fclause{
		{section: "s2", text: "The app reads the Android ID and IMEI of the phone.",
			data:      []string{"identifier.device.android_id=Android ID", "identifier.device.imei=IMEI"},
			practices: []privtext.Practice{collect("identifier.device.android_id", "identifier.device.imei")}, cats: []string{"first_party_collection"}},
		{section: "s3", text: "We share device identifiers with advertising partners for targeted ads.",
			data: []string{"identifier.device=device identifiers"}, parties: []string{"advertiser=advertising partners"},
			purposes:  []string{"advertising.targeted=targeted ads"},
			practices: []privtext.Practice{{Action: "share", Actor: "first_party", Data: []string{"identifier.device"}, Recipients: []string{"advertiser"}, Purposes: []string{"advertising.targeted"}}},
			cats:      []string{"third_party_sharing"}},
		{section: "s3", text: "We may sell your personal information to data brokers.",
			data: []string{"personal=personal information"}, parties: []string{"data_broker=data brokers"},
			practices: []privtext.Practice{{Action: "sell", Actor: "first_party", Data: []string{"personal"}, Recipients: []string{"data_broker"}}}, cats: []string{"third_party_sharing"}},
		{section: "s3", text: "We do not collect your precise location.",
			data: []string{"location.precise=precise location"}, practices: []privtext.Practice{{Action: "collect", Negated: true, Actor: "first_party", Data: []string{"location.precise"}}}},
	}))
	add(buildPolicy(t, "gamma", nil, []fclause{
		{text: "This policy explains how we handle information."},
		{text: "Contact us at privacy@example.com with questions."},
	}))
	return policies, sources
}
