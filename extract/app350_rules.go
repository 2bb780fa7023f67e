package extract

// Compiling app350.txt: the crosswalk tables of the APP-350 stage
// (app350.go) — data types, practice shapes, ad-tech parties, sign-on
// phrases, owners of tracking technologies — checked and indexed once.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/privtext/go-privtext/internal/rulefile"
)

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
			if rest == "purpose" {
				a.adtechPurposes = append(a.adtechPurposes, e.Terms...)
				continue
			}
			if rest != "" {
				bad("adtech must be adtech or adtech.purpose, not %q", e.Label)
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
		case "locate":
			if rest == "listed" {
				a.locateListed = append(a.locateListed, e.Terms...)
				continue
			}
			if rest == "via" {
				for _, t := range e.Terms {
					if toks := termTokens(t); len(toks) > 0 {
						a.locateVia.add(toks, 0)
					}
				}
				continue
			}
			if !strings.HasPrefix(rest, "location") {
				bad("locate needs a location data id: locate.location.<kind>")
				continue
			}
			id := len(a.locateIDs)
			a.locateIDs = append(a.locateIDs, rest)
			for _, t := range e.Terms {
				if toks := termTokens(t); len(toks) > 0 {
					a.locate.add(toks, id)
				}
			}
		case "signon":
			// Phrases that name signing in (not a practice of their own:
			// they let {requires=signon} phrases count), or that deny it.
			if rest != "" && rest != "not" {
				bad("signon must be signon or signon.not, not %q", e.Label)
				continue
			}
			id := len(a.ssoPractice)
			a.ssoPractice = append(a.ssoPractice, e.Label)
			a.ssoRequires = append(a.ssoRequires, "")
			for _, t := range e.Terms {
				if toks := termTokens(t); len(toks) > 0 {
					a.sso.add(toks, id)
				}
			}
		case "head":
			a.heads = append(a.heads, e.Terms...)
		case "subsumed":
			if rest == "" {
				bad("subsumed needs a data id: subsumed.<id>")
				continue
			}
			for _, t := range e.Terms {
				a.subsumes = append(a.subsumes, [2]string{rest, t})
			}
		case "generic":
			a.generic = append(a.generic, e.Terms...)
		case "source":
			a.sources = append(a.sources, e.Terms...)
		case "agent":
			a.agents = append(a.agents, e.Terms...)
		case "join":
			for _, t := range e.Terms {
				a.joins = append(a.joins, strings.ToLower(t))
			}
		case "stated":
			switch rest {
			case "":
				a.stated = append(a.stated, e.Terms...)
			case "actions":
				a.statedActions = append(a.statedActions, e.Terms...)
			default:
				bad("stated must be stated or stated.actions, not %q", e.Label)
			}
		case "owned":
			for _, t := range e.Terms {
				a.owned = append(a.owned, strings.TrimSuffix(t, "*"))
			}
		case "owner":
			if rest == "passage" {
				a.ownerPassage = append(a.ownerPassage, e.Terms...)
				continue
			}
			if rest != "before" && rest != "after" {
				bad("owner must be owner.before, owner.after or owner.passage, not %q", e.Label)
				continue
			}
			for _, t := range e.Terms {
				if toks := termTokens(t); len(toks) > 0 {
					if rest == "before" {
						a.ownerBefore = append(a.ownerBefore, toks)
					} else {
						a.ownerAfter = append(a.ownerAfter, toks)
					}
				}
			}
		default:
			bad("unknown label %q (want type.*, party.*, adtech, agent, join, head, generic, subsumed.*, source, sso.*, signon, stated, owned, owner.*, locate.*)", e.Label)
		}
	}
	return a, errs.Err()
}
