package privtext

// This file holds the cross-vendor comparison; renderers are in
// render_compare.go.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/privtext/go-privtext/extract"
)

// Dimension is the axis of a comparison matrix.
type Dimension string

// Dimensions of a comparison.
const (
	ByData     Dimension = "data"
	ByPurpose  Dimension = "purpose"
	ByParty    Dimension = "party"
	BySDK      Dimension = "sdk"
	ByPractice Dimension = "practice"
)

// Dimensions lists every Dimension in display order.
var Dimensions = []Dimension{ByData, ByPurpose, ByParty, BySDK, ByPractice}

// ParseDimension reads a dimension name ("data", "purpose", "party", "sdk",
// "practice").
func ParseDimension(s string) (Dimension, error) {
	for _, d := range Dimensions {
		if string(d) == s {
			return d, nil
		}
	}
	return "", fmt.Errorf("privtext: unknown comparison dimension %q (want data, purpose, party, sdk or practice)", s)
}

// State is what a policy says about one label.
type State int

// States of a cell.
const (
	NotMentioned State = iota
	Yes                // some clause asserts the label
	ExplicitNo         // clauses mention it only to deny it
)

var stateNames = [...]string{NotMentioned: "not_mentioned", Yes: "yes", ExplicitNo: "no"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

// MarshalText encodes the state as "yes", "no" or "not_mentioned".
func (s State) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes what MarshalText produces.
func (s *State) UnmarshalText(b []byte) error {
	for i, name := range stateNames {
		if name == string(b) {
			*s = State(i)
			return nil
		}
	}
	return fmt.Errorf("privtext: unknown state %q", b)
}

// Comparison holds the facts of several policies, ready to be laid out as
// matrices.
type Comparison struct {
	Vendors  []string // one per policy, in the order given; made unique
	policies []*Policy
	facts    []policyFacts
}

// Compare gathers the facts of the policies. Nil policies are skipped.
//
// Compare turns each policy into facts — "mentions data type X, in clauses
// c3 and c9", "says it does not sell" — and Comparison.Matrix lays those
// facts out as a vendor × label grid along one dimension (data types,
// purposes, parties, SDKs or practices), rolled up to a level of the label
// hierarchy.
//
// A fact has a polarity. A clause asserts a label unless the clause's
// practices that involve the label all deny it ("We do not collect your
// precise location" denies location.precise; "We will not sell personal
// information" denies the practice sell). For data types only a negated
// collect, use or store denies: "we do not sell your location" still says
// the location is held. A cell is Yes when some clause
// asserts its label, ExplicitNo when clauses only deny it, NotMentioned
// otherwise. A Yes cell keeps the denying clauses too (Cell.Negations): the
// policy both affirms and denies, which is worth a look.
//
// Practice labels are paths whose first segment is the action and the rest
// the data type: "sell" for a practice without data, "collect:location.precise"
// for collecting precise location. Level 1 keeps the action only ("collect"),
// level 2 the action and the data's top level ("collect:location"), and so
// on; level 0 keeps full labels. For the other dimensions level N keeps the
// first N dot-separated segments ("identifier.device.imei" at level 2 is
// "identifier.device"). SDK names have no hierarchy.
func Compare(policies ...*Policy) *Comparison {
	c := &Comparison{}
	seen := map[string]int{}
	for _, p := range policies {
		if p == nil {
			continue
		}
		name := p.Vendor
		if name == "" {
			name = p.Title
		}
		if name == "" {
			name = fmt.Sprintf("policy %d", len(c.Vendors)+1)
		}
		if n := seen[name]; n > 0 {
			seen[name]++
			name = fmt.Sprintf("%s (%d)", name, n+1)
		} else {
			seen[name] = 1
		}
		c.Vendors = append(c.Vendors, name)
		c.policies = append(c.policies, p)
		c.facts = append(c.facts, gatherFacts(p))
	}
	return c
}

// Matrix is a vendor × label grid along one dimension.
type Matrix struct {
	By      Dimension `json:"by"`
	Level   int       `json:"level"`
	Vendors []string  `json:"vendors"`
	Rows    []Row     `json:"rows"`

	// texts[v][clause id] is the clause text, for renderers that show
	// the evidence.
	texts []map[string]string
}

// Row is one label and a cell per vendor (in Matrix.Vendors order).
type Row struct {
	Label string `json:"label"`
	Cells []Cell `json:"cells"`
}

// Cell is what one vendor's policy says about one label.
type Cell struct {
	State State `json:"state"`
	// Clauses are the ids of the clauses evidencing State, in document
	// order.
	Clauses []string `json:"clauses,omitempty"`
	// Negations are the ids of clauses denying the label although State
	// is Yes.
	Negations []string `json:"negations,omitempty"`
}

// ClauseText returns the text of a vendor's clause, "" when unknown.
func (m *Matrix) ClauseText(vendor int, clauseID string) string {
	if vendor < 0 || vendor >= len(m.texts) {
		return ""
	}
	return m.texts[vendor][clauseID]
}

// Matrix lays the facts out along by, rolled up to level (0 = full
// labels). Rows are sorted by label.
func (c *Comparison) Matrix(by Dimension, level int) (*Matrix, error) {
	if _, err := ParseDimension(string(by)); err != nil {
		return nil, err
	}
	if level < 0 {
		return nil, fmt.Errorf("privtext: comparison level %d < 0", level)
	}
	m := &Matrix{By: by, Level: level, Vendors: append([]string(nil), c.Vendors...)}
	rows := map[string][]*polarity{}
	display := map[string]string{} // row key → label shown, when they differ
	for v, pf := range c.facts {
		for label, f := range pf.dims[by] {
			key := label
			switch {
			case by == BySDK:
				// SDK names have no hierarchy and merge across
				// vendors case-insensitively; the first spelling wins.
				if _, ok := display[key]; !ok {
					display[key] = pf.sdkNames[label]
				}
			default:
				key = rollUp(by, label, level)
			}
			cells := rows[key]
			if cells == nil {
				cells = make([]*polarity, len(c.facts))
				rows[key] = cells
			}
			if cells[v] == nil {
				cells[v] = &polarity{}
			}
			cells[v].merge(f)
		}
	}
	labels := make([]string, 0, len(rows))
	for l := range rows {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	for _, l := range labels {
		row := Row{Label: l, Cells: make([]Cell, len(c.facts))}
		if d, ok := display[l]; ok {
			row.Label = d
		}
		for v, f := range rows[l] {
			if f != nil {
				row.Cells[v] = f.cell(c.policies[v])
			}
		}
		m.Rows = append(m.Rows, row)
	}
	for _, p := range c.policies {
		texts := make(map[string]string, len(p.Clauses))
		for _, cl := range p.Clauses {
			texts[cl.ID] = cl.Text
		}
		m.texts = append(m.texts, texts)
	}
	return m, nil
}

// rollUp truncates label to level segments of the dimension's hierarchy.
func rollUp(by Dimension, label string, level int) string {
	if level == 0 {
		return label
	}
	if by == ByPractice {
		action, data, ok := strings.Cut(label, ":")
		if !ok || level == 1 {
			return action
		}
		return action + ":" + truncateLabel(data, level-1)
	}
	return truncateLabel(label, level)
}

// truncateLabel keeps the first n dot-separated segments of label.
func truncateLabel(label string, n int) string {
	for i := 0; i < len(label); i++ {
		if label[i] == '.' {
			n--
			if n == 0 {
				return label[:i]
			}
		}
	}
	return label
}

// policyFacts holds, per dimension, the full labels a policy states and
// the clauses (by index) asserting or denying each.
type policyFacts struct {
	dims     map[Dimension]map[string]*polarity
	sdkNames map[string]string // lower-cased SDK name → name as written
}

// polarity collects the clauses (indexes into Policy.Clauses) asserting
// and denying a label.
type polarity struct {
	pos, neg []int
}

func (p *polarity) add(clause int, negated bool) {
	list := &p.pos
	if negated {
		list = &p.neg
	}
	if n := len(*list); n > 0 && (*list)[n-1] == clause {
		return
	}
	*list = append(*list, clause)
}

func (p *polarity) merge(q *polarity) {
	p.pos = append(p.pos, q.pos...)
	p.neg = append(p.neg, q.neg...)
}

func (p *polarity) cell(pol *Policy) Cell {
	ids := func(idx []int) []string {
		if len(idx) == 0 {
			return nil
		}
		idx = append([]int(nil), idx...)
		sort.Ints(idx)
		var out []string
		for i, c := range idx {
			if c < 0 || i > 0 && idx[i-1] == c { // -1: evidence outside any clause
				continue
			}
			out = append(out, pol.Clauses[c].ID)
		}
		return out
	}
	switch {
	case len(p.pos) > 0:
		return Cell{State: Yes, Clauses: ids(p.pos), Negations: ids(p.neg)}
	case len(p.neg) > 0:
		return Cell{State: ExplicitNo, Clauses: ids(p.neg)}
	}
	return Cell{}
}

// gatherFacts reads the facts of one policy.
func gatherFacts(p *Policy) policyFacts {
	pf := policyFacts{dims: map[Dimension]map[string]*polarity{}, sdkNames: map[string]string{}}
	for _, d := range Dimensions {
		pf.dims[d] = map[string]*polarity{}
	}
	note := func(d Dimension, label string, clause int, negated bool) {
		if label == "" {
			return
		}
		f := pf.dims[d][label]
		if f == nil {
			f = &polarity{}
			pf.dims[d][label] = f
		}
		f.add(clause, negated)
	}
	for i := range p.Clauses {
		c := &p.Clauses[i]
		dims := []struct {
			d        Dimension
			mentions []Mention
			of       func(*Practice) []string
			denies   func(*Practice) bool
		}{
			{ByData, c.Data, func(pr *Practice) []string { return pr.Data }, deniesData},
			{ByPurpose, c.Purposes, func(pr *Practice) []string { return pr.Purposes }, isNegated},
			{ByParty, c.Parties, func(pr *Practice) []string { return pr.Recipients }, isNegated},
		}
		for _, dim := range dims {
			for _, m := range dim.mentions {
				note(dim.d, m.Label, i, deniedInClause(c, m.Label, dim.of, dim.denies))
			}
			for j := range c.Practices {
				pr := &c.Practices[j]
				for _, l := range dim.of(pr) {
					note(dim.d, l, i, dim.denies(pr))
				}
			}
		}
		for _, pr := range c.Practices {
			if len(pr.Data) == 0 {
				note(ByPractice, pr.Action, i, pr.Negated)
			}
			for _, d := range pr.Data {
				note(ByPractice, pr.Action+":"+d, i, pr.Negated)
			}
		}
	}
	for _, s := range p.SDKs {
		name := strings.TrimSpace(s.Name)
		if name == "" {
			continue
		}
		key := strings.ToLower(name)
		if _, ok := pf.sdkNames[key]; !ok {
			pf.sdkNames[key] = name
		}
		f := pf.dims[BySDK][key]
		if f == nil {
			f = &polarity{}
			pf.dims[BySDK][key] = f
		}
		for i := range p.Clauses {
			if c := &p.Clauses[i]; s.Start < c.End && c.Start < s.End {
				f.add(i, false)
			}
		}
		if len(f.pos) == 0 {
			// Listed, but outside every clause (e.g. a table the
			// segmenter skipped): still a Yes, without evidence.
			f.pos = append(f.pos, -1)
		}
	}
	return pf
}

// deniedInClause reports whether the clause mentions label only to deny
// it: the practices involving the label (or, when none does, all the
// clause's practices) all deny it.
func deniedInClause(c *Clause, label string, of func(*Practice) []string, denies func(*Practice) bool) bool {
	involved, denying := 0, 0
	for j := range c.Practices {
		pr := &c.Practices[j]
		for _, l := range of(pr) {
			if related(l, label) {
				involved++
				if denies(pr) {
					denying++
				}
				break
			}
		}
	}
	if involved > 0 {
		return denying == involved
	}
	for j := range c.Practices {
		if !denies(&c.Practices[j]) {
			return false
		}
	}
	return len(c.Practices) > 0
}

func isNegated(pr *Practice) bool { return pr.Negated }

// deniesData reports whether a practice denies holding its data: only a
// negated collection, use or storage does. "We do not sell your location"
// presupposes the location is held; it denies the sale (a practice), not
// the data type.
func deniesData(pr *Practice) bool {
	if !pr.Negated {
		return false
	}
	switch pr.Action {
	case extract.ActionCollect, extract.ActionUse, extract.ActionStore:
		return true
	}
	return false
}

// related reports whether one label is the other or an ancestor of it.
func related(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return b == a || strings.HasPrefix(b, a) && b[len(a)] == '.'
}
