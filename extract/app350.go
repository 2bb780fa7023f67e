package extract

// The APP-350 crosswalk restates a clause's practices in the vocabulary of
// the APP-350 corpus (Zimmeck et al., PETS 2019): a data type such as
// Identifier_IMEI, a party suffix _1stParty or _3rdParty, and a modality,
// PERFORMED or NOT_PERFORMED. Everything it knows is in rules/app350.txt:
//
//   - type.<APP350 type>: the taxonomy ids (datatypes.txt) that are that
//     type. An id may belong to several types: a precise location is both
//     Location and Location_GPS, as APP-350's annotators were told to mark.
//   - party.<1stParty|3rdParty>: practice shapes that yield the suffix,
//     written "<action>/<actor>" with an optional "/adtech" when the
//     practice's recipients include an ad or analytics party; "none/
//     first_party" stands for data named in a clause with no practice at
//     all, typically a list item under "Information we collect";
//     "mention/adtech" for every practice of a clause that names an ad or
//     analytics party ("Google Analytics uses cookies").
//   - adtech: the party labels (kinds, or registry ids; a trailing '*'
//     matches a prefix) that count as ad networks and analytics services.
//     APP-350 counts third-party sharing only with them.
//   - sso.<practice>: cue phrases for single sign-on (SSO, Facebook_SSO),
//     practices without a party suffix; {requires=SSO} makes a phrase
//     count only in a clause where an SSO phrase without that attribute
//     is found ("Facebook" is Facebook_SSO only next to a sign-on phrase);
//     NOT_PERFORMED when a negation of
//     practices.txt stands before the phrase in its sentence ("we do not
//     offer a Facebook login").
//
// The modality is NOT_PERFORMED for a negated practice, PERFORMED
// otherwise; a practice "not done unless ..." is PERFORMED (see practice.go).

import (
	"fmt"
	"slices"
	"strings"

	"github.com/privtext/go-privtext/internal/rulefile"
)

// APP-350 modalities.
const (
	ModalityPerformed    = "PERFORMED"
	ModalityNotPerformed = "NOT_PERFORMED"
)

type app350Rules struct {
	types       map[string][]string // taxonomy id → APP-350 data types
	shapes      map[string]string   // practice shape → party suffix
	adtech      []string            // exact party labels
	adtechPfx   []string            // party label prefixes
	sso         trie
	ssoPractice []string // cue id → practice
	ssoRequires []string // cue id → practice the clause must also show, or ""
}

func compileAPP350Rules(l *loader) (*app350Rules, error) {
	entries, err := l.entries("app350.txt")
	if err != nil {
		return nil, err
	}
	a := &app350Rules{types: map[string][]string{}, shapes: map[string]string{}}
	var errs rulefile.ErrorList
	for _, e := range entries {
		bad := func(format string, args ...any) {
			errs = append(errs, &rulefile.Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf(format, args...)})
		}
		head, rest, _ := strings.Cut(e.Label, ".")
		switch head {
		case "type":
			if rest == "" {
				bad("type needs an APP-350 data type: type.<Name>")
				continue
			}
			for _, id := range e.Terms {
				if !slices.Contains(a.types[id], rest) {
					a.types[id] = append(a.types[id], rest)
				}
			}
		case "party":
			if rest != "1stParty" && rest != "3rdParty" {
				bad("party must be party.1stParty or party.3rdParty, not %q", e.Label)
				continue
			}
			for _, shape := range e.Terms {
				parts := strings.Split(shape, "/")
				if len(parts) < 2 || len(parts) > 3 || (len(parts) == 3 && parts[2] != "adtech") || (parts[0] == "mention" && shape != "mention/adtech") {
					bad("practice shape %q is not <action>/<actor>[/adtech]", shape)
					continue
				}
				a.shapes[shape] = rest
			}
		case "adtech":
			if rest != "" {
				bad("adtech takes no suffix")
				continue
			}
			for _, t := range e.Terms {
				if p, ok := strings.CutSuffix(t, "*"); ok {
					a.adtechPfx = append(a.adtechPfx, p)
				} else {
					a.adtech = append(a.adtech, t)
				}
			}
		case "sso":
			if rest == "" {
				bad("sso needs a practice name: sso.<Practice>")
				continue
			}
			id := len(a.ssoPractice)
			a.ssoPractice = append(a.ssoPractice, rest)
			a.ssoRequires = append(a.ssoRequires, e.Attr("requires"))
			for _, t := range e.Terms {
				if toks := termTokens(t); len(toks) > 0 {
					a.sso.add(toks, id)
				}
			}
		default:
			bad("unknown label %q (want type.*, party.*, adtech, sso.*)", e.Label)
		}
	}
	return a, errs.Err()
}

func (a *app350Rules) isAdtech(label string) bool {
	if slices.Contains(a.adtech, label) {
		return true
	}
	for _, p := range a.adtechPfx {
		if strings.HasPrefix(label, p) {
			return true
		}
	}
	return false
}

// shape names a practice the way party.* entries do.
func (a *app350Rules) shapeOf(p Practice) string {
	s := p.Action + "/" + p.Actor
	for _, r := range p.Recipients {
		if a.isAdtech(r) {
			if _, ok := a.shapes[s+"/adtech"]; ok {
				return s + "/adtech"
			}
			break
		}
	}
	return s
}

func (p *practiceRules) app350(c *clause, r *Result) []APP350Label {
	a := p.app
	var out []APP350Label
	add := func(practice, modality string) {
		l := APP350Label{Practice: practice, Modality: modality}
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	emit := func(data []string, suffix, modality string) {
		for _, id := range data {
			for _, t := range a.types[id] {
				add(t+"_"+suffix, modality)
			}
		}
	}
	// A sentence that denies a practice for some data ("we will never ask
	// you to provide a friend's phone number") may also hold an affirmative
	// trigger over the same data; the denial is what the sentence says.
	var s *scan
	if len(r.Practices) > 1 {
		s = p.newScan(c)
	}
	type key struct {
		sent   int
		suffix string
		data   string
	}
	denied := map[key]bool{}
	sentOf := func(pr Practice) int {
		if s == nil {
			return 0
		}
		return s.sentenceOf(pr.Start - c.in.Offset)
	}
	for _, pr := range r.Practices {
		if suffix := a.shapes[a.shapeOf(pr)]; suffix != "" && pr.Negated {
			for _, d := range pr.Data {
				denied[key{sentOf(pr), suffix, d}] = true
			}
		}
	}
	for _, pr := range r.Practices {
		suffix := a.shapes[a.shapeOf(pr)]
		if suffix == "" {
			continue
		}
		if pr.Negated {
			emit(pr.Data, suffix, ModalityNotPerformed)
			continue
		}
		var data []string
		for _, d := range pr.Data {
			if !denied[key{sentOf(pr), suffix, d}] {
				data = append(data, d)
			}
		}
		emit(data, suffix, ModalityPerformed)
	}
	// A clause that names an ad network or analytics service alongside
	// data ("Google Analytics uses cookies") describes third-party
	// collection, whoever the grammatical subject is.
	if suffix := a.shapes["mention/adtech"]; suffix != "" {
		for _, m := range r.Parties {
			if a.isAdtech(m.Label) {
				for _, pr := range r.Practices {
					if !pr.Negated {
						emit(pr.Data, suffix, ModalityPerformed)
					}
				}
				break
			}
		}
	}
	if len(r.Practices) == 0 && len(r.Data) > 0 {
		shape := "none/" + ActorFirstParty
		for _, m := range r.Parties {
			if a.isAdtech(m.Label) {
				// "AdMob - for in-app advertising, including an advertising
				// ID": an SDK list entry names what the SDK receives.
				shape = "mention/adtech"
				break
			}
		}
		if suffix := a.shapes[shape]; suffix != "" {
			var ids []string
			for _, m := range r.Data {
				ids = addLabel(ids, m.Label)
			}
			emit(ids, suffix, ModalityPerformed)
		}
	}
	if len(a.ssoPractice) > 0 {
		if s == nil {
			s = p.newScan(c)
		}
		hits := a.sso.all(s.toks, nil)
		found := map[string]bool{}
		for _, h := range hits {
			if a.ssoRequires[h.cue] == "" {
				found[a.ssoPractice[h.cue]] = true
			}
		}
		for _, h := range hits {
			if req := a.ssoRequires[h.cue]; req != "" && !found[req] {
				continue
			}
			modality := ModalityPerformed
			if p.negatedBefore(s, h.first) {
				modality = ModalityNotPerformed
			}
			add(a.ssoPractice[h.cue], modality)
		}
	}
	slices.SortFunc(out, func(x, y APP350Label) int {
		if c := strings.Compare(x.Practice, y.Practice); c != 0 {
			return c
		}
		return strings.Compare(x.Modality, y.Modality)
	})
	return out
}

// negatedBefore reports whether a negation cue stands before token i in its
// sentence, within the negation's reach plus a noun phrase's worth of
// tokens, with no breaker between.
func (p *practiceRules) negatedBefore(s *scan, i int) bool {
	for j := len(s.hits) - 1; j >= 0; j-- {
		o := s.hits[j]
		if o.last >= i {
			continue
		}
		if s.sent[o.first] != s.sent[i] {
			return false
		}
		switch cue := p.cues[o.cue]; cue.kind {
		case cueNegation:
			return i-o.last-1 <= cue.reach+4
		case cueBreaker:
			return false
		}
	}
	return false
}
