package privtext

import (
	"slices"
	"sort"
)

// summarize gathers, for every data type, purpose, party and SDK, the
// clauses that evidence it. Labels are sorted; clause ids keep document
// order.
func summarize(p *Policy) *Summary {
	data, purposes, parties := evidenceSet{}, evidenceSet{}, evidenceSet{}
	for _, c := range p.Clauses {
		for _, m := range c.Data {
			data.add(m.Label, c.ID)
		}
		for _, m := range c.Purposes {
			purposes.add(m.Label, c.ID)
		}
		for _, m := range c.Parties {
			parties.add(m.Label, c.ID)
		}
	}
	sdks := evidenceSet{}
	for _, s := range p.SDKs {
		for _, c := range p.Clauses {
			if c.Start < s.End && s.Start < c.End {
				sdks.add(s.Name, c.ID)
			}
		}
		if _, ok := sdks[s.Name]; !ok {
			sdks[s.Name] = nil
		}
	}
	return &Summary{Data: data.list(), Purposes: purposes.list(), Parties: parties.list(), SDKs: sdks.list()}
}

type evidenceSet map[string][]string

func (s evidenceSet) add(label, clause string) {
	ids := s[label]
	if len(ids) > 0 && ids[len(ids)-1] == clause {
		return
	}
	s[label] = append(ids, clause)
}

func (s evidenceSet) list() []Evidence {
	out := make([]Evidence, 0, len(s))
	for label, ids := range s {
		out = append(out, Evidence{Label: label, Clauses: ids})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Label < out[j].Label })
	return out
}

// unionLabels returns the union of the clauses' crosswalk labels, sorted.
// A practice reported both as performed and not performed keeps both.
func unionLabels(clauses []Clause) ([]string, []APP350Label) {
	var (
		opp  []string
		app  []APP350Label
		seen = map[APP350Label]bool{}
	)
	for _, c := range clauses {
		for _, l := range c.OPP115 {
			if !slices.Contains(opp, l) {
				opp = append(opp, l)
			}
		}
		for _, l := range c.APP350 {
			if !seen[l] {
				seen[l] = true
				app = append(app, l)
			}
		}
	}
	sort.Strings(opp)
	sort.Slice(app, func(i, j int) bool {
		if app[i].Practice != app[j].Practice {
			return app[i].Practice < app[j].Practice
		}
		return app[i].Modality < app[j].Modality
	})
	return opp, app
}
