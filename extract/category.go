package extract

// The category stage labels a clause with the OPP-115 categories (the twelve
// of the PrivacyGLUE benchmark) it belongs to. It is a transparent linear
// scorer: every category sums the weights of its distinct cues found in the
// clause text, in the enclosing headings, and among features derived from
// the clause's practices and mentions; a category is reported when its score
// reaches its threshold. When none does, the best-scoring category is
// reported if its score is positive, else the fallback category, because
// every OPP-115 segment has at least one category. Cues, weights and
// thresholds are data (rules/categories.txt); weights were tuned on the
// OPP-115 train split and checked on validation (see internal/eval).

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/privtext/go-privtext/internal/rulefile"
	"github.com/privtext/go-privtext/internal/textnorm"
)

// category is one OPP-115 category.
type category struct {
	id        string
	name      string // the dataset's label name
	threshold float64
	relative  float64 // also require score ≥ relative × best score
}

// categoryCue is one weighted piece of evidence for a category.
type categoryCue struct {
	cat    int
	weight float64
	term   string // as written in the rule file, for explanations
}

type categoryRules struct {
	cats     []category
	fallback int // index of the fallback category, -1 if none
	text     trie
	heading  trie
	cues     []categoryCue
	features map[string][]categoryCue // practice/mention features
}

// Cue sources in categories.txt ({in=...}).
const (
	inText    = "text"
	inHeading = "heading"
	inFeature = "feature"
)

func compileCategoryRules(l *loader) (*categoryRules, error) {
	entries, err := l.entries("categories.txt")
	if err != nil {
		return nil, err
	}
	cr := &categoryRules{fallback: -1, features: map[string][]categoryCue{}}
	var errs rulefile.ErrorList
	bad := func(e rulefile.Entry, format string, args ...any) {
		errs = append(errs, &rulefile.Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf(format, args...)})
	}
	index := map[string]int{}
	num := func(e rulefile.Entry, key string, def float64) float64 {
		v := e.Attr(key)
		if v == "" {
			return def
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			bad(e, "%s must be a number, not %q", key, v)
			return def
		}
		return f
	}
	// Names first, so cues may precede or follow them.
	for _, e := range entries {
		id, ok := strings.CutPrefix(e.Label, "name.")
		if !ok {
			continue
		}
		if _, dup := index[id]; dup {
			bad(e, "category %q named twice", id)
			continue
		}
		if len(e.Terms) != 1 {
			bad(e, "name.%s needs exactly one term, the dataset label", id)
			continue
		}
		index[id] = len(cr.cats)
		cr.cats = append(cr.cats, category{id: id, name: e.Terms[0], threshold: num(e, "threshold", 1), relative: num(e, "relative", 0)})
		if e.Attr("fallback") == "true" {
			cr.fallback = index[id]
		}
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Label, "name.") {
			continue
		}
		id, ok := strings.CutPrefix(e.Label, "cue.")
		if !ok {
			bad(e, "unknown label %q (want name.<category> or cue.<category>)", e.Label)
			continue
		}
		ci, ok := index[id]
		if !ok {
			bad(e, "cue for unknown category %q", id)
			continue
		}
		cue := categoryCue{cat: ci, weight: num(e, "weight", 1)}
		in := e.Attr("in")
		for _, term := range e.Terms {
			switch in {
			case "", inText, inHeading:
				toks := termTokens(term)
				if len(toks) == 0 {
					bad(e, "term %q has no words", term)
					continue
				}
				id := len(cr.cues)
				cue.term = term
				cr.cues = append(cr.cues, cue)
				if in == inHeading {
					cr.heading.add(toks, id)
				} else {
					cr.text.add(toks, id)
				}
			case inFeature:
				cr.features[term] = append(cr.features[term], cue)
			default:
				bad(e, "in must be text, heading or feature, not %q", in)
			}
		}
	}
	return cr, errs.Err()
}

// clauseFeatures names the facts of r that categories.txt can weigh:
// "<action>/<actor>" and "<action>/<actor>/negated" for every practice,
// "condition/<id>", "data", "purpose" and "party/<label>" for mentions.
func clauseFeatures(r *Result) []string {
	var f []string
	for _, p := range r.Practices {
		k := p.Action + "/" + p.Actor
		if p.Negated {
			k += "/negated"
		}
		f = addLabel(f, k)
		if p.Condition != "" {
			f = addLabel(f, "condition/"+p.Condition)
		}
	}
	if len(r.Data) > 0 {
		f = addLabel(f, "data")
	}
	if len(r.Purposes) > 0 {
		f = addLabel(f, "purpose")
	}
	for _, m := range r.Parties {
		f = addLabel(f, "party/"+m.Label)
	}
	return f
}

// shapeFeatures describes the clause's form: "shape/short" for a clause of
// at most eight words without a sentence end (a heading or a fragment),
// "shape/leadin" for one that ends with a colon (it introduces a list),
// "shape/email" and "shape/phone" when it holds an e-mail address or a
// phone number (contact details, not talk about contacting).
func shapeFeatures(text string, toks []token) []string {
	var f []string
	words, ends := 0, false
	for _, t := range toks {
		if !t.punct {
			words++
		} else if t.sntEnd {
			ends = true
		}
	}
	if words <= 8 && !ends {
		f = append(f, "shape/short")
	}
	if n := len(toks); n > 0 && toks[n-1].text == ":" {
		f = append(f, "shape/leadin")
	}
	if hasEmailAddress(text) {
		f = append(f, "shape/email")
	}
	if hasPhoneNumber(text) {
		f = append(f, "shape/phone")
	}
	return f
}

// hasEmailAddress reports whether s holds "word@word.word".
func hasEmailAddress(s string) bool {
	for i := 1; i < len(s)-1; i++ {
		if s[i] != '@' || !isWordByte(s[i-1]) || !isWordByte(s[i+1]) {
			continue
		}
		for j := i + 1; j < len(s)-1; j++ {
			if s[j] == '.' && isWordByte(s[j+1]) {
				return true
			}
			if !isWordByte(s[j]) && s[j] != '-' {
				break
			}
		}
	}
	return false
}

// hasPhoneNumber reports whether s holds a run of at least ten digits,
// possibly split by spaces, dashes, dots or parentheses: "(888) 206-6088",
// "1-800-555-0100", "400 100 5678".
func hasPhoneNumber(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= '0' && b <= '9':
			digits++
			if digits >= 10 {
				return true
			}
		case b == ' ' || b == '-' || b == '.' || b == '(' || b == ')' || b == '+':
			if digits == 0 && b != '(' && b != '+' {
				continue
			}
		default:
			digits = 0
		}
	}
	return false
}

// scores returns every category's score for the clause.
func (cr *categoryRules) scores(c *clause, r *Result) []float64 {
	score := make([]float64, len(cr.cats))
	seen := make([]bool, len(cr.cues))
	add := func(hits []hit) {
		for _, h := range hits {
			if seen[h.cue] {
				continue
			}
			seen[h.cue] = true
			cue := cr.cues[h.cue]
			score[cue.cat] += cue.weight
		}
	}
	toks := c.tokens()
	add(cr.text.all(toks, nil))
	for _, hd := range c.in.Headings {
		add(cr.heading.all(tokenize(textnorm.NewView(hd).Text, nil), nil))
	}
	if n := leadingTitle(c.in.Text); n > 0 {
		add(cr.heading.all(tokenize(c.view.Text[:viewPrefix(c, n)], nil), nil))
	}
	for _, f := range append(clauseFeatures(r), shapeFeatures(c.view.Text, toks)...) {
		for _, cue := range cr.features[f] {
			score[cue.cat] += cue.weight
		}
	}
	return score
}

func (p *practiceRules) categories(c *clause, r *Result) (ids, names []string) {
	cr := p.cat
	if len(cr.cats) == 0 {
		return nil, nil
	}
	score := cr.scores(c, r)
	best := 0
	for i := range score {
		if score[i] > score[best] {
			best = i
		}
	}
	for i, cat := range cr.cats {
		if score[i] >= cat.threshold && score[i] >= cat.relative*score[best] {
			ids = append(ids, cat.id)
			names = append(names, cat.name)
		}
	}
	if len(ids) > 0 {
		return ids, names
	}
	switch {
	case score[best] > 0:
		return []string{cr.cats[best].id}, []string{cr.cats[best].name}
	case cr.fallback >= 0:
		return []string{cr.cats[cr.fallback].id}, []string{cr.cats[cr.fallback].name}
	}
	return nil, nil
}

// cueTerm returns the rule-file term of a text or heading cue.
func (cr *categoryRules) cueTerm(id int) string { return cr.cues[id].term }

// titleSmallWords may stand lower-case inside a title ("Use of Cookies").
var titleSmallWords = map[string]bool{
	"a": true, "an": true, "and": true, "or": true, "of": true, "to": true, "the": true,
	"for": true, "with": true, "in": true, "on": true, "by": true, "we": true, "you": true,
	"your": true, "our": true, "how": true, "what": true, "is": true, "do": true, "about": true,
}

// leadingTitle returns the byte length of a title glued to the front of a
// clause ("Information We Collect We collect ..."), or 0. A title is two to
// twelve words, each capitalised or a small word, ending before the
// capitalised word that opens the following sentence, which must be
// followed by a lower-case word that is not a small word.
func leadingTitle(s string) int {
	type word struct {
		start, end int
		upper      bool
	}
	var words []word
scan:
	for i := 0; i < len(s) && len(words) < 16; {
		for i < len(s) && !isWordByte(s[i]) {
			if s[i] == '.' || s[i] == ':' || s[i] == ';' || s[i] == '!' || s[i] == '?' {
				break scan // the title, if any, is in the words so far
			}
			i++
		}
		j := i
		for j < len(s) && (isWordByte(s[j]) || s[j] == '\'') {
			j++
		}
		if j == i {
			break
		}
		words = append(words, word{i, j, s[i] >= 'A' && s[i] <= 'Z'})
		i = j
	}
	for k, w := range words {
		if w.upper || titleSmallWords[strings.ToLower(s[w.start:w.end])] {
			continue
		}
		// words[k] is a plain lower-case word: the sentence began at the
		// last capitalised word before it.
		for b := k - 1; b >= 2; b-- {
			if words[b].upper {
				return words[b-1].end
			}
		}
		return 0
	}
	return 0
}

// viewPrefix maps a byte length of the clause text to the matching view.
func viewPrefix(c *clause, n int) int {
	// The view is a one-to-one copy for ASCII text; otherwise find the
	// first view offset that maps at or past n.
	if c.view.Map == nil {
		return n
	}
	lo, hi := 0, len(c.view.Text)
	for lo < hi {
		m := (lo + hi) / 2
		if s, _ := c.view.Span(m, m); s < n {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
