package extract

import (
	"reflect"
	"testing"
)

// Verbs listed {recipient=to} ("provide", "give", "send", "pass") share
// only when a third party follows "to" in their sentence and data is named;
// a phrase listed under two action entries is one trigger for negation.
func TestPracticeShareTo(t *testing.T) {
	e := Default()
	type want struct {
		action     string
		negated    bool
		data       []string
		recipients []string
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"data before the recipient", "We may provide your device ID and e-mail address to advertisers.",
			[]want{{ActionShare, false, []string{"identifier.device", "contact.email"}, []string{"advertiser"}}}},
		{"recipient before the data", "We may provide, to advertisers, your device ID.",
			[]want{{ActionShare, false, []string{"identifier.device"}, []string{"advertiser"}}}},
		{"denied", "We do not pass any personal information to ad networks.",
			[]want{{ActionShare, true, []string{"personal"}, []string{"advertiser"}}}},
		{"denied, the verb also a collection cue", "The company will not provide your e-mail address to third parties.",
			[]want{{ActionShare, true, []string{"contact.email"}, []string{"third_party"}}}},
		{"a verb without a recipient does not break a denial", "We do not send or share your e-mail address.",
			[]want{{ActionShare, true, []string{"contact.email"}, nil}}},
		{"no recipient", "We provide you with the services you request.", nil},
		{"the user as recipient", "We send your receipt to you by e-mail.", nil},
		{"no data", "We provide special offers relating to third-party products.", nil},
		{"the 'to' too far", "Our features provide video content, movies, music, news, games, weather, sports scores and connections to social networks.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []want
			for _, p := range e.Clause(Input{Text: tt.text}).Practices {
				got = append(got, want{p.Action, p.Negated, p.Data, p.Recipients})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("practices = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// A collection stated inside an SDK's list entry (Input.Owner) is the SDK's.
func TestPracticeOwner(t *testing.T) {
	e := Default()
	text := "Personal Data collected: Cookies and Usage Data."
	r := e.Clause(Input{Text: text, Owner: "sdk.admob"})
	if len(r.Practices) != 1 {
		t.Fatalf("practices = %+v, want one collection", r.Practices)
	}
	p := r.Practices[0]
	if p.Action != ActionCollect || p.Actor != ActorThirdParty || !reflect.DeepEqual(p.Recipients, []string{"sdk.admob"}) {
		t.Errorf("practice = %+v, want the SDK's collection", p)
	}
	for _, l := range r.APP350 {
		if l.Practice == "Identifier_Cookie_or_similar_Tech_1stParty" {
			t.Errorf("APP-350 label %v: the SDK, not the first party, collects", l)
		}
	}
	if r := e.Clause(Input{Text: text}); len(r.Practices) != 1 || r.Practices[0].Actor != ActorFirstParty {
		t.Errorf("without an owner: %+v, want the first party's collection", r.Practices)
	}
}
