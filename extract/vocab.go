package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
// The heads are kept on the clause for the APP-350 crosswalk, whose
// annotators marked them.

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
	g           *grammar       // function words (grammar.txt), shared
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
	inTextOrder(data, purposes, parties)
	return data, purposes, parties
}

// inTextOrder sorts each list of mentions by start. Each matcher's
// mentions come in text order, but a kind met by both matchers would not:
// the practice stage searches them by offset.
func inTextOrder(lists ...[]Mention) {
	for _, l := range lists {
		if !slices.IsSortedFunc(l, byStart) {
			slices.SortStableFunc(l, byStart)
		}
	}
}

func byStart(a, b Mention) int { return cmp.Compare(a.Start, b.Start) }

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
				t.ambiguous && !v.dataContext(c.view.Text, ms, i, j) ||
				t.kind == kindData && inEmailAddress(c.view.Text, m.Start, m.End) ||
				t.kind != kindParty && c.inTitle(m.Start, m.End) {
				continue
			}
			if t.kind == kindData && v.listHead(c.view.Text, ms, k, j) {
				start, end, text := c.span(m.Start, m.End)
				c.heads = append(c.heads, Mention{Label: t.label, Text: text, Start: start, End: end})
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

// inEmailAddress reports whether view[start:end] is part of an e-mail
// address: "please contact info@example.com" names no contact information.
func inEmailAddress(view string, start, end int) bool {
	// An address runs to the next space, but no longer than an address
	// may be: Chinese text has no spaces to stop at.
	for i := start - 1; i >= 0 && i >= start-maxEmail && view[i] != ' ' && view[i] != '\n'; i-- {
		if view[i] == '@' {
			return true
		}
	}
	for i := end; i < len(view) && i < end+maxEmail && view[i] != ' ' && view[i] != '\n'; i++ {
		if view[i] == '@' {
			return true
		}
	}
	return false
}

// maxEmail is the longest e-mail address, in bytes (RFC 5321's path
// limit).
const maxEmail = 254

// inTitle reports whether the view's [vs, ve) stands inside a pair of
// title marks 《》 in the clause's text: the name of a law, a standard or a
// document (《个人信息保护法》) names no data, no purpose and no practice.
// It reads the original text, where 《 cannot be an ASCII '<'.
func (c *clause) inTitle(vs, ve int) bool {
	const reach = 120 // bytes: a long law name
	s, e := c.view.Span(vs, ve)
	text := c.in.Text
	before := text[max(0, s-reach):s]
	open := strings.LastIndex(before, "《")
	if open < 0 || strings.Contains(before[open:], "》") || strings.ContainsAny(before[open:], "\n") {
		return false
	}
	after := text[e:min(len(text), e+reach)]
	close := strings.Index(after, "》")
	return close >= 0 && !strings.Contains(after[:close], "《") && !strings.ContainsAny(after[:close], "\n")
}

// dataContext reports whether the ambiguous data match ms[i] (its group
// ends at j) is used as the name of a data type: listed with another data
// mention ("name, e-mail and phone number", "contacts or photos"), given
// as an example of one ("contact details such as e-mail"), or
// owned by the user and not the first word of a compound ("your e-mail will
// be", "your address and", but not "your e-mail provider").
func (v *vocabulary) dataContext(view string, ms []match.Match, i, j int) bool {
	// A list needs one item that is not ambiguous itself: "tags and
	// scripts" may be anything, "cookies, tags and scripts" are data.
	m := ms[i]
	cur := m
	for k := i - 1; k >= 0; k-- {
		if t := v.targets[ms[k].Value]; t.kind == kindData && ms[k].End <= cur.Start {
			gap := view[ms[k].End:cur.Start]
			if !v.listGap(gap) && !v.enumCues[cueKey(gap)] {
				break
			}
			if !t.ambiguous {
				return true // "name, e-mail", "contact information such as e-mail"
			}
			cur = ms[k]
		}
	}
	cur = m
	for k := j; k < len(ms); k++ {
		if t := v.targets[ms[k].Value]; t.kind == kindData && ms[k].Start >= cur.End {
			if !v.listGap(view[cur.End:ms[k].Start]) {
				break
			}
			if !t.ambiguous {
				return true
			}
			cur = ms[k]
		}
	}
	after := strings.TrimLeft(view[m.End:], " \t\n")
	if rest, ok := strings.CutPrefix(after, "of "); ok {
		// "the location of your device", "e-mail of the user"
		rest = strings.TrimLeft(rest, " \t\n")
		for _, w := range v.g.ownerOf {
			if after, ok := strings.CutPrefix(rest, w); ok && (after == "" || !unicode.IsLetter(rune(after[0]))) {
				return true
			}
		}
	}
	// The word after: punctuation, a conjunction or a verb ends the noun
	// phrase; another noun makes the data word the first half of a
	// compound ("e-mail newsletter", "location settings").
	ends := after == "" || strings.IndexByte(",.;:)!?/", after[0]) >= 0
	if !ends {
		end := strings.IndexFunc(after, func(r rune) bool { return !isWordRune(r) })
		if end < 0 {
			end = len(after)
		}
		ends = v.g.ownedFollower[after[:end]]
	}
	if !ends {
		return false
	}
	// A bare list item: "model, operator, location, install time".
	before := strings.TrimRight(view[:m.Start], " \t\n")
	if before == "" {
		return false
	}
	if strings.IndexByte(",;(", before[len(before)-1]) >= 0 || strings.HasSuffix(before, "•") {
		return true
	}
	// Chinese owned data: 您的短信 (the possessive is glued to the word).
	if r, _ := utf8.DecodeLastRuneInString(before); r > 0x2e7f {
		for w := range v.g.userOwned {
			if w[0] >= utf8.RuneSelf && strings.HasSuffix(before, w) {
				return true
			}
		}
	}
	// An owned thing: "your e-mail", "your current location", "the
	// device's location".
	for n := 0; n < 3 && before != ""; n++ {
		i := strings.LastIndexFunc(before, func(r rune) bool { return !isWordRune(r) && r != '-' })
		w := before[i+1:]
		if v.g.possessives[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'") {
			return true
		}
		if w == "" || !isWordRune(rune(before[len(before)-1])) || v.g.nonModifiers[w] {
			return false
		}
		before = strings.TrimRight(before[:i+1], " \t\n")
	}
	return false
}

func isWordRune(r rune) bool {
	return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '\'' || r > 0x7f
}

// listGap reports whether the text between two data mentions joins them as
// items of one list: a comma, slash, "and" or "or", with at most a
// possessive or article besides ("name, e-mail", "e-mail and your phone").
func (v *vocabulary) listGap(gap string) bool {
	sep := false
	words := 0
	for _, f := range strings.FieldsFunc(gap, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }) {
		for f != "" {
			switch c := f[0]; {
			case c == ',' || c == '/' || c == '&' || c == ';':
				sep = true
				f = f[1:]
			case c == '(' || c == ')' || c == '-' || c == '*' || c == '"':
				f = f[1:]
			default:
				w := f
				if k := strings.IndexAny(f, ",/&;()"); k > 0 {
					w, f = f[:k], f[k:]
				} else {
					f = ""
				}
				switch {
				case v.g.listJoiners[w]:
					sep = true
				case v.g.listFillers[w]:
				default:
					return false
				}
				words++
			}
		}
	}
	return sep && words <= 3
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
