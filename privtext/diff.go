package privtext

// This file holds the policy diff; renderers are in render_diff.go.

import (
	"sort"
	"strings"
)

// DiffSimilarity is the least word-set Jaccard index for two clauses to be
// aligned as an edit rather than a removal plus an addition.
const DiffSimilarity = 0.5

// Change kinds of a ClauseChange or FactChange.
const (
	Added   = "added"
	Removed = "removed"
	Edited  = "edited"  // clauses only
	Flipped = "flipped" // facts only: stated ↔ explicitly denied
)

// PolicyDiff is what changed between two versions of a policy.
type PolicyDiff struct {
	Old string `json:"old"` // vendor or title of each version
	New string `json:"new"`

	Sections  []SectionChange `json:"sections,omitempty"` // headings added or removed
	Clauses   []ClauseChange  `json:"clauses"`            // in new-document order
	Facts     []FactChange    `json:"facts"`              // by dimension, then label
	Unchanged int             `json:"unchanged"`          // clauses with identical text (moved ones included)
	Moved     int             `json:"moved"`              // identical clauses whose relative order changed
}

// SectionChange is a section whose heading appears in only one version.
// Headings are compared without their numbers, so renumbering is not a
// change.
type SectionChange struct {
	Kind string `json:"kind"` // Added or Removed
	ID   string `json:"id"`   // in the version that has it
	Path string `json:"path"` // section path in that version
}

// ClauseChange is an added, removed or edited clause.
type ClauseChange struct {
	Kind       string       `json:"kind"` // Added, Removed or Edited
	Old        *ClauseRef   `json:"old,omitempty"`
	New        *ClauseRef   `json:"new,omitempty"`
	Similarity float64      `json:"similarity,omitempty"` // edits: word-set Jaccard index
	Words      []WordChange `json:"words,omitempty"`      // edits: the word-level diff
}

// ClauseRef points at a clause of one version; Start and End are offsets
// into that version's input.
type ClauseRef struct {
	ID      string `json:"id"`
	Section string `json:"section,omitempty"` // section path
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// WordChange is a run of the word diff: Op "=" (kept), "-" (removed from
// the old text) or "+" (added in the new). Each token keeps the white
// space that follows it, so the "=" and "-" runs spell the old clause and
// the "=" and "+" runs the new one, white space aside (kept runs carry the
// new version's white space where it has some).
type WordChange struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// FactChange is a label that appeared, disappeared or flipped polarity.
type FactChange struct {
	Dimension  Dimension `json:"dimension"`
	Label      string    `json:"label"`
	Kind       string    `json:"kind"` // Added, Removed or Flipped
	Old        State     `json:"old"`
	New        State     `json:"new"`
	OldClauses []string  `json:"old_clauses,omitempty"`
	NewClauses []string  `json:"new_clauses,omitempty"`
}

// Changed reports whether the versions differ in clauses or facts.
func (d *PolicyDiff) Changed() bool {
	return len(d.Sections) > 0 || len(d.Clauses) > 0 || len(d.Facts) > 0
}

// Diff compares two versions of a policy. Nil stands for an empty policy.
//
// Diff aligns the clauses of two versions of a policy in three passes:
//
//  1. Clauses with the same text (white space folded) are paired, first
//     come first served. A pair whose order differs from its neighbours'
//     — it is off the longest increasing run of old positions — is counted
//     as moved; moved clauses are not changes.
//  2. The remaining clauses are paired by similarity: the Jaccard index of
//     their lower-cased word sets must reach DiffSimilarity. The most
//     similar pairs are taken first. Each pair is an edit, with a
//     word-level diff.
//  3. What is left over was removed (old) or added (new).
//
// Then it compares the facts of both versions (see Compare): labels of
// every dimension at full depth that appear, disappear, or flip polarity
// ("will not sell" → "may sell"), each with evidence clause ids on both
// sides.
func Diff(old, new *Policy) *PolicyDiff {
	if old == nil {
		old = &Policy{}
	}
	if new == nil {
		new = &Policy{}
	}
	d := &PolicyDiff{Old: policyName(old), New: policyName(new)}
	a := align(old.Clauses, new.Clauses)
	d.Unchanged, d.Moved = a.unchanged, a.moved
	d.Sections = sectionChanges(old, new)
	d.Clauses = a.changes(old, new)
	d.Facts = factChanges(old, new)
	// Empty, not null, in JSON: "nothing changed" is an answer.
	if d.Clauses == nil {
		d.Clauses = []ClauseChange{}
	}
	if d.Facts == nil {
		d.Facts = []FactChange{}
	}
	return d
}

func policyName(p *Policy) string {
	if p.Vendor != "" {
		return p.Vendor
	}
	return p.Title
}

// alignment pairs old and new clause indexes.
type alignment struct {
	oldToNew, newToOld []int // -1: unpaired
	edit               []bool
	sim                []float64 // by new index, for edits
	unchanged, moved   int
}

func align(old, new []Clause) *alignment {
	a := &alignment{
		oldToNew: filled(len(old), -1), newToOld: filled(len(new), -1),
		edit: make([]bool, len(new)), sim: make([]float64, len(new)),
	}
	// Pass 1: identical text.
	byText := map[string][]int{}
	for i := range old {
		k := foldSpace(old[i].Text)
		byText[k] = append(byText[k], i)
	}
	var pairedOld []int // old indexes of exact pairs, in new order
	for j := range new {
		k := foldSpace(new[j].Text)
		if q := byText[k]; len(q) > 0 {
			a.pair(q[0], j)
			byText[k] = q[1:]
			pairedOld = append(pairedOld, q[0])
		}
	}
	a.unchanged = len(pairedOld)
	a.moved = len(pairedOld) - longestIncreasing(pairedOld)

	// Pass 2: similar text, best pairs first.
	type cand struct {
		i, j int
		sim  float64
	}
	oldWords := make([][]string, len(old))
	for i := range old {
		if a.oldToNew[i] < 0 {
			oldWords[i] = wordSet(old[i].Text)
		}
	}
	var cands []cand
	for j := range new {
		if a.newToOld[j] >= 0 {
			continue
		}
		nw := wordSet(new[j].Text)
		for i := range old {
			if a.oldToNew[i] >= 0 {
				continue
			}
			if s := jaccard(oldWords[i], nw); s >= DiffSimilarity {
				cands = append(cands, cand{i, j, s})
			}
		}
	}
	sort.SliceStable(cands, func(x, y int) bool {
		if cands[x].sim != cands[y].sim {
			return cands[x].sim > cands[y].sim
		}
		return abs(cands[x].i-cands[x].j) < abs(cands[y].i-cands[y].j)
	})
	for _, c := range cands {
		if a.oldToNew[c.i] < 0 && a.newToOld[c.j] < 0 {
			a.pair(c.i, c.j)
			a.edit[c.j] = true
			a.sim[c.j] = c.sim
		}
	}
	return a
}

func (a *alignment) pair(i, j int) { a.oldToNew[i], a.newToOld[j] = j, i }

// changes lists the edits, additions and removals in new-document order;
// a removed clause comes right after the new position of the nearest
// paired clause before it.
func (a *alignment) changes(old, new *Policy) []ClauseChange {
	type keyed struct {
		key float64
		c   ClauseChange
	}
	oldPaths, newPaths := sectionPaths(old.Sections), sectionPaths(new.Sections)
	var out []keyed
	for j := range new.Clauses {
		switch i := a.newToOld[j]; {
		case i < 0:
			out = append(out, keyed{float64(j), ClauseChange{Kind: Added, New: clauseRef(&new.Clauses[j], newPaths)}})
		case a.edit[j]:
			o, n := &old.Clauses[i], &new.Clauses[j]
			out = append(out, keyed{float64(j), ClauseChange{
				Kind: Edited, Old: clauseRef(o, oldPaths), New: clauseRef(n, newPaths),
				Similarity: round3(a.sim[j]), Words: wordDiff(o.Text, n.Text),
			}})
		}
	}
	prev := -0.5
	for i := range old.Clauses {
		if j := a.oldToNew[i]; j >= 0 {
			prev = float64(j) + 0.5
			continue
		}
		out = append(out, keyed{prev, ClauseChange{Kind: Removed, Old: clauseRef(&old.Clauses[i], oldPaths)}})
	}
	sort.SliceStable(out, func(x, y int) bool { return out[x].key < out[y].key })
	changes := make([]ClauseChange, len(out))
	for i, k := range out {
		changes[i] = k.c
	}
	return changes
}

func clauseRef(c *Clause, paths map[string]string) *ClauseRef {
	return &ClauseRef{ID: c.ID, Section: paths[c.Section], Text: c.Text, Start: c.Start, End: c.End}
}

// sectionChanges lists the headings found in only one version, matched
// as multisets of folded heading texts: removed ones first, in old order,
// then added ones, in new order.
func sectionChanges(old, new *Policy) []SectionChange {
	out := unmatchedSections(old.Sections, new.Sections, Removed, nil)
	return unmatchedSections(new.Sections, old.Sections, Added, out)
}

// unmatchedSections appends to out, as changes of kind, the sections of a
// whose folded headings outnumber those of b, in the order of a.
func unmatchedSections(a, b []Section, kind string, out []SectionChange) []SectionChange {
	key := func(s *Section) string { return strings.ToLower(foldSpace(s.Heading)) }
	count := map[string]int{}
	for i := range b {
		count[key(&b[i])]++
	}
	paths := sectionPaths(a)
	for i := range a {
		if k := key(&a[i]); count[k] > 0 {
			count[k]--
			continue
		}
		out = append(out, SectionChange{Kind: kind, ID: a[i].ID, Path: paths[a[i].ID]})
	}
	return out
}

// factChanges compares the full-depth facts of both versions.
func factChanges(old, new *Policy) []FactChange {
	of, nf := gatherFacts(old), gatherFacts(new)
	var out []FactChange
	for _, dim := range Dimensions {
		labels := map[string]bool{}
		for l := range of.dims[dim] {
			labels[l] = true
		}
		for l := range nf.dims[dim] {
			labels[l] = true
		}
		var sorted []string
		for l := range labels {
			sorted = append(sorted, l)
		}
		sort.Strings(sorted)
		for _, l := range sorted {
			var oc, nc Cell
			if f := of.dims[dim][l]; f != nil {
				oc = f.cell(old)
			}
			if f := nf.dims[dim][l]; f != nil {
				nc = f.cell(new)
			}
			fc := FactChange{Dimension: dim, Label: l, Old: oc.State, New: nc.State, OldClauses: oc.Clauses, NewClauses: nc.Clauses}
			if dim == BySDK {
				fc.Label = nf.sdkNames[l]
				if fc.Label == "" {
					fc.Label = of.sdkNames[l]
				}
			}
			switch {
			case oc.State == nc.State:
				continue
			case oc.State == NotMentioned:
				fc.Kind = Added
			case nc.State == NotMentioned:
				fc.Kind = Removed
			default:
				fc.Kind = Flipped
			}
			out = append(out, fc)
		}
	}
	return out
}

func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func filled(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
