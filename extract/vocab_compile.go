package extract

import (
	"fmt"
	"sort"
	"strings"

	"github.com/privtext/go-privtext/internal/match"
	"github.com/privtext/go-privtext/internal/rulefile"
)

// The three vocabulary files, their reserved labels and the limits of the
// term syntax. See rules/README.md for the format.
const (
	dataTypesFile = "datatypes.txt"
	purposesFile  = "purposes.txt"
	partiesFile   = "parties.txt"

	ignoreLabel      = "_ignore"      // forms that hide shorter terms and yield nothing
	enumerationLabel = "_enumeration" // cues that introduce a list of examples

	maxExpansions = 4096 // forms one term may expand to
)

// The matcher sets: data types are matched on their own, purposes and
// parties together.
const (
	dataSet  = 0
	otherSet = 1
)

// vocabKind says which vocabulary a matched form belongs to.
type vocabKind uint8

const (
	kindIgnore vocabKind = iota
	kindData
	kindPurpose
	kindParty
)

// target is what a matched form stands for. ns is the vocabulary whose
// file defines it: the same as kind except for _ignore forms.
type target struct {
	kind  vocabKind
	label string
	ns    vocabKind
	// ambiguous forms (datatypes.txt {ambiguous=yes}) are everyday words
	// that name the data only in a list of data or after a possessive:
	// "your name, e-mail and phone" but not "we may e-mail you" or "an
	// e-mail we send".
	ambiguous bool
}

// vocabBuilder accumulates the entries of the three files.
type vocabBuilder struct {
	errs rulefile.ErrorList
	// b holds the forms of datatypes.txt in set dataSet, and those of
	// purposes.txt and parties.txt together in set otherSet (see the comment
	// at the top of vocab.go).
	b       match.Builder
	targets []target
	value   map[target]int
	// owner of each normalised form per vocabulary, to report a form given
	// to two labels of the same file.
	owner map[vocabKind]map[string]formOwner
}

type formOwner struct {
	label string
	pos   string
}

func compileVocabulary(l *loader) (*vocabulary, error) {
	vb := &vocabBuilder{value: map[target]int{}, owner: map[vocabKind]map[string]formOwner{}}
	v := &vocabulary{enumCues: map[string]bool{}}

	data := vb.entries(l, dataTypesFile)
	purposes := vb.entries(l, purposesFile)
	parties := vb.entries(l, partiesFile)

	v.dataTypes = vb.taxonomy(data, kindData, v.enumCues)
	v.purposes = vb.taxonomy(purposes, kindPurpose, nil)
	v.parties = vb.registry(parties)

	if err := vb.errs.Err(); err != nil {
		return nil, err
	}
	v.matcher = vb.b.Compile()
	v.targets = vb.targets
	v.hasChildren = map[string]bool{}
	for _, t := range v.dataTypes {
		v.hasChildren[t.Parent] = true
	}
	return v, nil
}

func (vb *vocabBuilder) entries(l *loader, name string) []rulefile.Entry {
	es, err := l.entries(name)
	if err != nil {
		if list, ok := err.(rulefile.ErrorList); ok {
			vb.errs = append(vb.errs, list...)
		} else {
			vb.errs = append(vb.errs, &rulefile.Error{File: name, Msg: err.Error()})
		}
	}
	return es
}

func (vb *vocabBuilder) errorf(e *rulefile.Entry, format string, args ...any) {
	vb.errs = append(vb.errs, &rulefile.Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf(format, args...)})
}

// taxonomy compiles a hierarchical file (data types, purposes). Entries with
// the same label merge; every proper prefix of an id must be an entry too.
func (vb *vocabBuilder) taxonomy(entries []rulefile.Entry, kind vocabKind, enumCues map[string]bool) []Term {
	byID := map[string]*Term{}
	var order []string
	first := map[string]*rulefile.Entry{}
	for i := range entries {
		e := &entries[i]
		switch e.Label {
		case ignoreLabel:
			vb.addForms(e, target{kind: kindIgnore, label: ignoreLabel, ns: kind})
			continue
		case enumerationLabel:
			if enumCues == nil {
				vb.errorf(e, "%s belongs in %s", enumerationLabel, dataTypesFile)
				continue
			}
			for _, t := range e.Terms {
				forms, err := expandTerm(t)
				if err != nil {
					vb.errorf(e, "term %q: %v", t, err)
				}
				for _, f := range forms {
					enumCues[cueKey(f)] = true
				}
			}
			continue
		}
		if !validID(e.Label) {
			vb.errorf(e, "bad id %q: want lower-case words of letters, digits and '_' joined by '.'", e.Label)
			continue
		}
		t, ok := byID[e.Label]
		if !ok {
			t = &Term{ID: e.Label, Parent: parentID(e.Label)}
			byID[e.Label] = t
			first[e.Label] = e
			order = append(order, e.Label)
		}
		ambiguous := false
		for k, val := range e.Attrs {
			switch {
			case k == "ambiguous" && kind == kindData && (val == "yes" || val == "no"):
				ambiguous = val == "yes"
			case k == "ambiguous" && kind == kindData:
				vb.errorf(e, "%q: ambiguous=%q, want yes or no", e.Label, val)
			case k == "name":
				t.Name = val
			case k == "sensitive" && kind == kindData && (val == "yes" || val == "no"):
				t.Sensitive = val == "yes"
			case k == "sensitive" && kind == kindData:
				vb.errorf(e, "%q: sensitive=%q, want yes or no", e.Label, val)
			default:
				vb.errorf(e, "%q: unknown attribute %q", e.Label, k)
			}
		}
		vb.addForms(e, target{kind: kind, label: e.Label, ns: kind, ambiguous: ambiguous})
	}
	out := make([]Term, 0, len(order))
	for _, id := range order {
		t := byID[id]
		if t.Parent != "" && byID[t.Parent] == nil {
			vb.errorf(first[id], "parent %q of %q is not defined", t.Parent, id)
		}
		if t.Name == "" {
			if terms := first[id].Terms; len(terms) > 0 {
				t.Name = terms[0]
			} else {
				t.Name = id
			}
		}
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// registry compiles parties.txt: generic kinds (labels without a dot) and
// named organisations and SDKs (org.* and sdk.*).
func (vb *vocabBuilder) registry(entries []rulefile.Entry) []Party {
	byID := map[string]*Party{}
	first := map[string]*rulefile.Entry{}
	var order []string
	for i := range entries {
		e := &entries[i]
		if e.Label == ignoreLabel {
			vb.addForms(e, target{kind: kindIgnore, label: ignoreLabel, ns: kindParty})
			continue
		}
		if !validID(e.Label) {
			vb.errorf(e, "bad id %q: want lower-case words of letters, digits and '_' joined by '.'", e.Label)
			continue
		}
		named := strings.Contains(e.Label, ".")
		if named && !strings.HasPrefix(e.Label, "org.") && !strings.HasPrefix(e.Label, "sdk.") {
			vb.errorf(e, "party %q: named parties are org.<name> or sdk.<name>", e.Label)
			continue
		}
		p, ok := byID[e.Label]
		if !ok {
			p = &Party{ID: e.Label, SDK: strings.HasPrefix(e.Label, "sdk.")}
			if !named {
				p.Kind = e.Label
			}
			byID[e.Label] = p
			first[e.Label] = e
			order = append(order, e.Label)
		}
		for k, v := range e.Attrs {
			switch k {
			case "name":
				p.Name = v
			case "kind":
				if !named {
					vb.errorf(e, "party kind %q cannot have a kind", e.Label)
				}
				p.Kind = v
			case "owner":
				p.Owner = v
			case "url":
				p.PolicyURL = v
			default:
				vb.errorf(e, "party %q: unknown attribute %q", e.Label, k)
			}
		}
		for _, t := range e.Terms {
			if !hasString(p.Aliases, t) {
				p.Aliases = append(p.Aliases, t)
			}
		}
		vb.addForms(e, target{kind: kindParty, label: e.Label, ns: kindParty})
	}
	out := make([]Party, 0, len(order))
	for _, id := range order {
		p := byID[id]
		e := first[id]
		if p.Name == "" && len(p.Aliases) > 0 {
			p.Name = p.Aliases[0]
		}
		if p.Name == "" {
			vb.errorf(e, "party %q has neither a name nor a surface form", id)
		}
		if k := byID[p.Kind]; strings.Contains(id, ".") && (k == nil || strings.Contains(p.Kind, ".")) {
			vb.errorf(e, "party %q: kind %q is not a party kind defined in %s", id, p.Kind, partiesFile)
		}
		if p.Owner != "" && byID[p.Owner] == nil {
			vb.errorf(e, "party %q: owner %q is not defined", id, p.Owner)
		}
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// addForms expands the terms of e and adds them to the matcher for tgt.
// Within one file a form may belong to one label only (_ignore included).
func (vb *vocabBuilder) addForms(e *rulefile.Entry, tgt target) {
	ns := tgt.ns
	val, ok := vb.value[tgt]
	if !ok {
		val = len(vb.targets)
		vb.targets = append(vb.targets, tgt)
		vb.value[tgt] = val
	}
	owners := vb.owner[ns]
	if owners == nil {
		owners = map[string]formOwner{}
		vb.owner[ns] = owners
	}
	pos := fmt.Sprintf("%s:%d", e.File, e.Line)
	for _, term := range e.Terms {
		forms, err := expandTerm(term)
		if err != nil {
			vb.errorf(e, "term %q: %v", term, err)
			continue
		}
		for _, f := range forms {
			key := matchingForm(f)
			if o, dup := owners[key]; dup && o.label != tgt.label {
				vb.errorf(e, "form %q of %q already belongs to %q (%s)", f, tgt.label, o.label, o.pos)
				continue
			}
			owners[key] = formOwner{tgt.label, pos}
			set := otherSet
			if ns == kindData {
				set = dataSet
			}
			if err := vb.b.AddTo(set, key, val); err != nil {
				vb.errorf(e, "term %q: %v", term, err)
			}
		}
	}
}

// validID reports whether id is dot-separated words of [a-z0-9_].
func validID(id string) bool {
	for _, part := range strings.Split(id, ".") {
		if part == "" {
			return false
		}
		for i := 0; i < len(part); i++ {
			c := part[i]
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_') {
				return false
			}
		}
	}
	return true
}

func parentID(id string) string {
	if i := strings.LastIndexByte(id, '.'); i >= 0 {
		return id[:i]
	}
	return ""
}

// cueKey is the comparison form of an enumeration cue: its words, lower-cased,
// joined by single spaces ("e.g." → "e g").
func cueKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r > 0x7f)
	}), " ")
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
