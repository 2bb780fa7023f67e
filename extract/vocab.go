package extract

import (
	"strings"

	"github.com/privtext/go-privtext/internal/match"
)

// The vocabulary: data types, purposes and parties, read from
// rules/datatypes.txt, rules/purposes.txt and rules/parties.txt (format in
// rules/README.md) and compiled into one phrase matcher with two sets.
//
// Purposes and parties share one set, so one leftmost-longest pass decides
// between them: in "advertising partners" the party wins over the
// purpose "advertising", in "Google Analytics" the SDK wins over the purpose
// "analytics". Data types have a set of their own, so a purpose or a
// party never hides the data it names: "location-based services" reports the
// purpose and the data type "location", "Baidu Location SDK" the SDK and the
// location. Forms listed under the reserved label _ignore take part in the
// contest of their own file and then yield nothing: that is how "domain
// name" keeps "name" from being reported as a person's name, and "send you
// e-mails" keeps "e-mails" from being reported as an e-mail address.
//
// A generic data type followed by an enumeration cue (the _enumeration
// forms: "such as", "including", "e.g.", a colon...) and then by a more
// specific data type is a list head: "device information such as IMEI and
// Android ID" reports the IMEI and the Android ID, not "device information"
// as well. The items are reported because each is a term in its own right.

// Term is one node of a hierarchical taxonomy (data types, purposes).
type Term struct {
	ID        string `json:"id"`               // e.g. "identifier.device.imei"
	Name      string `json:"name"`             // display name, e.g. "IMEI"
	Parent    string `json:"parent,omitempty"` // "" for a root
	Sensitive bool   `json:"sensitive,omitempty"`
}

// Party is a kind of recipient ("advertiser") or a named organisation or
// SDK from the registry ("sdk.umeng"). Generic kinds have ID == Kind.
// Named parties have ids "org.<name>" (companies, public bodies) or
// "sdk.<name>" (SDKs, products and services that receive data).
type Party struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Kind      string   `json:"kind"`            // one of the generic kinds, e.g. "analytics"
	Owner     string   `json:"owner,omitempty"` // id of the owning org, e.g. "org.alibaba"
	Aliases   []string `json:"aliases,omitempty"`
	SDK       bool     `json:"sdk,omitempty"`
	PolicyURL string   `json:"policy_url,omitempty"`
}

// vocabulary is the compiled taxonomy. It is immutable after compilation.
type vocabulary struct {
	matcher     *match.Matcher // set dataSet: datatypes.txt; set otherSet: purposes.txt and parties.txt
	targets     []target       // by match value
	enumCues    map[string]bool
	hasChildren map[string]bool // data type ids that are parents
	dataTypes   []Term
	purposes    []Term
	parties     []Party
}

// DataTypes returns the data type taxonomy, sorted by id. Parents precede
// their children. The slice is a copy.
func (e *Extractor) DataTypes() []Term { return append([]Term(nil), e.vocab.dataTypes...) }

// Purposes returns the purpose taxonomy, sorted by id. The slice is a copy.
func (e *Extractor) Purposes() []Term { return append([]Term(nil), e.vocab.purposes...) }

// Parties returns the party kinds and the registry of named organisations
// and SDKs, sorted by id. The result is a copy.
func (e *Extractor) Parties() []Party {
	out := append([]Party(nil), e.vocab.parties...)
	for i := range out {
		out[i].Aliases = append([]string(nil), out[i].Aliases...)
	}
	return out
}

// Ancestors returns id and all its ancestors in a dotted taxonomy, root
// first: "identifier.device.imei" → ["identifier", "identifier.device",
// "identifier.device.imei"]. It returns nil for "".
func Ancestors(id string) []string {
	if id == "" {
		return nil
	}
	out := make([]string, 0, strings.Count(id, ".")+1)
	for i := 0; i < len(id); i++ {
		if id[i] == '.' {
			out = append(out, id[:i])
		}
	}
	return append(out, id)
}

// isAncestor reports whether a is a proper ancestor of b.
func isAncestor(a, b string) bool {
	return len(b) > len(a) && b[len(a)] == '.' && strings.HasPrefix(b, a)
}

// mentions matches the clause's view and returns its data types, purposes
// and parties in text order.
func (v *vocabulary) mentions(c *clause) (data, purposes, parties []Mention) {
	var buf [64]match.Match
	ms := v.matcher.FindAll(c.view.Text, buf[:0])
	split := 0 // the matches of dataSet come first
	for split < len(ms) && ms[split].Set == dataSet {
		split++
	}
	v.emit(c, ms[:split], &data, &purposes, &parties)
	v.emit(c, ms[split:], &data, &purposes, &parties)
	return data, purposes, parties
}

// emit appends the mentions of the matches ms of one matcher.
func (v *vocabulary) emit(c *clause, ms []match.Match, data, purposes, parties *[]Mention) {
	var outer match.Match // the last match that is not nested in another
	for i := 0; i < len(ms); {
		// A match nested in a parenthetical aside of the previous one that
		// says the same thing again, like the "IP" of "internet protocol
		// (IP) address", is dropped.
		nested := ms[i].Start > outer.Start && ms[i].End < outer.End
		if !nested {
			outer = ms[i]
		} else if v.targets[ms[i].Value].label == v.targets[outer.Value].label {
			i++
			continue
		}
		// Matches with one span are one group: the forms of several labels
		// that share a word sequence.
		j := i + 1
		for j < len(ms) && ms[j].Start == ms[i].Start {
			j++
		}
		for k := i; k < j; k++ {
			m := ms[k]
			t := v.targets[m.Value]
			if t.kind == kindIgnore || m.Variant && v.writtenIn(ms[i:j], t.ns) ||
				t.kind == kindData && v.listHead(c.view.Text, ms, k, j) {
				continue
			}
			start, end, text := c.span(m.Start, m.End)
			mention := Mention{Label: t.label, Text: text, Start: start, End: end}
			switch t.kind {
			case kindData:
				*data = append(*data, mention)
			case kindPurpose:
				*purposes = append(*purposes, mention)
			case kindParty:
				*parties = append(*parties, mention)
			}
		}
		i = j
	}
}

// writtenIn reports whether group holds a form written in the file of
// vocabulary ns (not a generated variant). Such a form wins over variants of
// the same file: "cookies" as written beats the plural of "cookie".
func (v *vocabulary) writtenIn(group []match.Match, ns vocabKind) bool {
	for _, m := range group {
		if !m.Variant && v.targets[m.Value].ns == ns {
			return true
		}
	}
	return false
}

// listHead reports whether data match i is a generic head whose examples
// follow: the head has sub-types, the text up to the next data match
// (searched from index next on) is an enumeration cue, and that match names a
// more specific type: a descendant, or any type deeper in the taxonomy.
// "device information such as IMEI" qualifies although IMEI sits under
// identifier.device: the cue says the examples are what is meant.
func (v *vocabulary) listHead(view string, ms []match.Match, i, next int) bool {
	head := v.targets[ms[i].Value].label
	if !v.hasChildren[head] {
		return false
	}
	for j := next; j < len(ms); j++ {
		item := v.targets[ms[j].Value]
		if item.kind == kindIgnore {
			return false
		}
		if item.kind != kindData {
			continue
		}
		if !isAncestor(head, item.label) && strings.Count(item.label, ".") <= strings.Count(head, ".") {
			return false // not more specific
		}
		if ms[j].Start < ms[i].End {
			return false // nested in an aside of the head
		}
		gap := view[ms[i].End:ms[j].Start]
		key := cueKey(gap)
		if key == "" {
			return strings.ContainsAny(gap, ":(")
		}
		return v.enumCues[key]
	}
	return false
}
