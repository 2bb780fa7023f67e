package extract

// The category stage labels a clause with the OPP-115 categories (the twelve
// of the PrivacyGLUE benchmark) it belongs to. It is a transparent linear
// scorer: every category sums the weights of its distinct cues found in the
// clause text, in the enclosing headings, and among features derived from
// the clause's practices, mentions and shape. The category furthest above
// (or least below) its threshold is reported, because every OPP-115 segment
// has at least one category — the fallback instead when no cue matched at
// all; others are reported beside it when they reach their beside score.
// Cues, weights and thresholds are data (rules/categories.txt); weights
// were fitted on the OPP-115 train split and checked on validation (see
// internal/eval).

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/privtext/go-privtext/internal/rulefile"
	"github.com/privtext/go-privtext/internal/textnorm"
)

// category is one OPP-115 category.
type category struct {
	id        string
	name      string // the dataset's label name
	threshold float64
	// beside is the score needed to be reported beside the best category
	// (the one furthest above, or least below, its threshold); it defaults
	// to threshold. Fitted apart, it lets a category that often stands alone
	// be hard to admit as a second label, or the reverse.
	beside   float64
	relative float64 // also require score ≥ relative × best score to be reported beside it
}

// categoryCue is one weighted piece of evidence for a category.
type categoryCue struct {
	cat    int
	weight float64
	term   string // as written in the rule file, for explanations
	in     string // inText, inHeading or inFeature
}

type categoryRules struct {
	g        *grammar // function words (grammar.txt), shared
	cats     []category
	fallback int // index of the fallback category, -1 if none
	text     trie
	heading  trie
	cues     []categoryCue
	features map[string][]categoryCue // practice/mention features
	// meta finds the retention periods and response deadlines of a
	// clause, for its duration/<kind> features; shared with the
	// document stage (nil: no such features).
	meta *metaRules
	// candidates are terms listed for the weight tuner that score nothing
	// yet (label "candidate" in categories.txt).
	candidates []categoryCue
	// seen hands out scratch marks for dropping repeated cues of a clause
	// (see cueMarks).
	seen sync.Pool
}

// cueMarks records which cues a clause has already counted. A mark is
// current when it equals gen, so reusing the marks for the next clause
// costs one increment instead of clearing a flag per cue of the rule set.
type cueMarks struct {
	mark []uint32
	gen  uint32
	// heading and headingCues remember the heading cues of the last
	// heading seen: the clauses of a section share it, and tokenizing it
	// again for each of them cost a few percent of the analysis.
	heading     string
	headingCues []int
	headingSet  bool
}

// marks returns scratch marks for one clause; put them back with
// cr.seen.Put.
func (cr *categoryRules) marks() *cueMarks {
	m, _ := cr.seen.Get().(*cueMarks)
	if m == nil || len(m.mark) != len(cr.cues) {
		m = &cueMarks{mark: make([]uint32, len(cr.cues))}
	}
	m.gen++
	if m.gen == 0 { // wrapped: old marks could read as current
		clear(m.mark)
		m.gen = 1
	}
	return m
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
		t := num(e, "threshold", 1)
		cr.cats = append(cr.cats, category{id: id, name: e.Terms[0], threshold: t, beside: num(e, "beside", t), relative: num(e, "relative", 0)})
		if e.Attr("fallback") == "true" {
			cr.fallback = index[id]
		}
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Label, "name.") {
			continue
		}
		if e.Label == "candidate" {
			in := e.Attr("in")
			if in == "" {
				in = inText
			}
			if in != inText && in != inHeading && in != inFeature {
				bad(e, "in must be text, heading or feature, not %q", in)
				continue
			}
			for _, term := range e.Terms {
				if in != inFeature && len(termTokens(term)) == 0 {
					bad(e, "term %q has no words", term)
					continue
				}
				cr.candidates = append(cr.candidates, categoryCue{cat: -1, term: term, in: in})
			}
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
		in := e.Attr("in")
		cue := categoryCue{cat: ci, weight: num(e, "weight", 1), in: in}
		if in == "" {
			cue.in = inText
		}
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
				cue.term = term
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
// "condition/<id>", "data", "purpose" and "party/<label>" for mentions, and
// "data/<kind>", "purpose/<kind>" and "purpose/<label>" for the labels of
// data and purpose mentions, cut to their first part for the kind
// ("data/location", "purpose/marketing", "purpose/marketing.advertising"),
// "practice/none" and "mention/none" for absences and "practice/many" and
// "data/many" for three practices or three kinds of data or more.
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
	for _, m := range r.Data {
		top, _, _ := strings.Cut(m.Label, ".")
		f = addLabel(f, "data/"+top)
	}
	if len(r.Purposes) > 0 {
		f = addLabel(f, "purpose")
	}
	for _, m := range r.Purposes {
		top, _, _ := strings.Cut(m.Label, ".")
		f = addLabel(f, "purpose/"+top)
		f = addLabel(f, "purpose/"+m.Label)
	}
	for _, m := range r.Parties {
		f = addLabel(f, "party/"+m.Label)
	}
	// Absences: a linear score cannot say "no practice at all" with the
	// features above, and clauses that state none (introductions, contact
	// details, other topics) are categories of their own.
	if len(r.Practices) == 0 {
		f = append(f, "practice/none")
	}
	if len(r.Data) == 0 && len(r.Purposes) == 0 && len(r.Parties) == 0 {
		f = append(f, "mention/none")
	}
	// Counts: a clause of many practices or many kinds of data is a list
	// of what is collected and done, rarely anything else.
	if len(r.Practices) >= 3 {
		f = append(f, "practice/many")
	}
	if kinds := countPrefix(f, "data/"); kinds >= 3 {
		f = append(f, "data/many")
	}
	return f
}

// countPrefix counts the labels of f that start with prefix.
func countPrefix(f []string, prefix string) int {
	n := 0
	for _, x := range f {
		if strings.HasPrefix(x, prefix) {
			n++
		}
	}
	return n
}

// shapeFeatures describes the clause's form: "shape/short" for a clause of
// at most eight words without a sentence end (a heading or a fragment),
// "shape/leadin" for one that ends with a colon (it introduces a list),
// "shape/email" and "shape/phone" when it holds an e-mail address or a
// phone number (contact details, not talk about contacting),
// "shape/question" when it asks a question (an FAQ heading or a table of
// contents), "shape/long" for one of more than 100 words (long segments
// cover several topics), "shape/brief" for one of nine to twenty words and
// "shape/url" when it holds a web address.
func shapeFeatures(text string, toks []token) []string {
	var f []string
	words, ends, question := 0, false, false
	for _, t := range toks {
		if !t.punct {
			words++
		} else if t.sntEnd {
			ends = true
			question = question || t.text == "?"
		}
	}
	if words <= 8 && !ends {
		f = append(f, "shape/short")
	}
	if question {
		f = append(f, "shape/question")
	}
	if words > 100 {
		f = append(f, "shape/long")
	}
	if words > 8 && words <= 20 {
		f = append(f, "shape/brief")
	}
	if strings.Contains(text, "http") || strings.Contains(text, "www.") {
		f = append(f, "shape/url")
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
	period, date := timeShapes(toks)
	if period {
		f = append(f, "shape/period")
	}
	if date {
		f = append(f, "shape/date")
	}
	return f
}

// Words of time shapes: units that make a number a period, spelled-out
// numbers periods are written with, month names dates are written with.
const (
	timeUnit = 1 + iota
	timeNumber
	timeMonth
)

var timeWords = map[string]int{
	"hour": timeUnit, "hours": timeUnit, "day": timeUnit, "days": timeUnit, "week": timeUnit,
	"weeks": timeUnit, "month": timeUnit, "months": timeUnit, "year": timeUnit, "years": timeUnit,
	"one": timeNumber, "two": timeNumber, "three": timeNumber, "four": timeNumber, "five": timeNumber,
	"six": timeNumber, "seven": timeNumber, "eight": timeNumber, "nine": timeNumber, "ten": timeNumber,
	"twelve": timeNumber, "thirteen": timeNumber, "eighteen": timeNumber, "thirty": timeNumber,
	"sixty": timeNumber, "ninety": timeNumber,
	"january": timeMonth, "february": timeMonth, "march": timeMonth, "april": timeMonth,
	"may": timeMonth, "june": timeMonth, "july": timeMonth, "august": timeMonth,
	"september": timeMonth, "october": timeMonth, "november": timeMonth, "december": timeMonth,
}

// timeWord returns the timeWords kind of w, or 0.
func timeWord(w string) int {
	if len(w) < 3 || len(w) > 9 { // cheaper than the lookup for most words
		return 0
	}
	return timeWords[w]
}

// timeShapes reports whether toks hold a period — a number followed by a
// unit of time ("30 days", "three years", "90 calendar days"): retention
// periods and response deadlines, but also ages ("13 years of age"), so the
// weights decide what it is evidence of — and a date: a month name next to
// a number ("June 1, 2015", "1 June 2015"; not the verb "may" alone), the
// date a policy was updated or takes effect.
func timeShapes(toks []token) (period, date bool) {
	for i, t := range toks {
		if t.punct {
			continue
		}
		num := isNumber(t.text)
		if !num && timeWord(t.text) != timeNumber {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+2; j++ {
			period = period || timeWord(toks[j].text) == timeUnit
		}
		if num {
			date = date || i+1 < len(toks) && timeWord(toks[i+1].text) == timeMonth ||
				i > 0 && timeWord(toks[i-1].text) == timeMonth
		}
	}
	return period, date
}

// isNumber reports whether w is all digits.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
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

// scores returns every category's score for the clause and whether any
// cue matched at all.
func (cr *categoryRules) scores(c *clause, r *Result) (score []float64, any bool) {
	score = make([]float64, len(cr.cats))
	cr.evidence(c, r, func(id int) {
		cue := cr.cues[id]
		score[cue.cat] += cue.weight
		any = true
	}, func(f string) {
		for _, cue := range cr.features[f] {
			score[cue.cat] += cue.weight
			any = true
		}
	})
	return score, any
}

// evidence calls cue once for every distinct text or heading cue found in
// the clause, its innermost heading and a title glued to its front, and
// feature for every feature name of the clause (see clauseFeatures,
// shapeFeatures).
func (cr *categoryRules) evidence(c *clause, r *Result, cue func(id int), feature func(name string)) {
	m := cr.marks()
	count := func(id int) {
		if m.mark[id] != m.gen {
			m.mark[id] = m.gen
			cue(id)
		}
	}
	toks := c.tokens()
	cr.text.eachCue(toks, count)
	if n := len(c.in.Headings); n > 0 {
		// The innermost heading names the clause's topic; outer ones
		// ("Privacy Policy") are shared by too many clauses to tell.
		if h := c.in.Headings[n-1]; !m.headingSet || h != m.heading {
			m.heading, m.headingSet, m.headingCues = h, true, m.headingCues[:0]
			cr.heading.eachCue(tokenize(textnorm.NewView(h).Text, nil), func(id int) {
				m.headingCues = append(m.headingCues, id)
			})
		}
		for _, id := range m.headingCues {
			count(id)
		}
	}
	if n := leadingTitle(c.in.Text, cr.g.titleSmall); n > 0 {
		cr.heading.eachCue(tokenize(c.view.Text[:viewPrefix(c, n)], nil), count)
	}
	cr.seen.Put(m)
	for _, f := range clauseFeatures(r) {
		feature(f)
	}
	for _, f := range shapeFeatures(c.view.Text, toks) {
		feature(f)
	}
	if cr.meta != nil {
		var kinds []string
		for _, d := range cr.meta.durations(c.in.Text, c.view) {
			kinds = addLabel(kinds, "duration/"+d.Kind)
		}
		for _, f := range kinds {
			feature(f)
		}
	}
}

// decide picks the categories of a clause from its scores. The best
// category — the one whose score is furthest above (or least below) its
// threshold — is always reported, because every OPP-115 segment has at
// least one category; the fallback takes its place when no cue matched at
// all. Every other category is reported beside it when its score reaches
// its beside score (and its relative share of the top score).
func (cr *categoryRules) decide(score []float64, any bool, out []int) []int {
	if !any && cr.fallback >= 0 {
		return append(out, cr.fallback)
	}
	best, bestMargin := -1, 0.0
	top := 0.0
	for i, cat := range cr.cats {
		top = max(top, score[i])
		if m := score[i] - cat.threshold; best < 0 || m > bestMargin {
			best, bestMargin = i, m
		}
	}
	for i, cat := range cr.cats {
		if i == best || score[i] >= cat.beside && score[i] >= cat.relative*top {
			out = append(out, i)
		}
	}
	return out
}

func (p *practiceRules) categories(c *clause, r *Result) (ids, names []string) {
	cr := p.cat
	if len(cr.cats) == 0 {
		return nil, nil
	}
	score, any := cr.scores(c, r)
	var buf [4]int
	for _, i := range cr.decide(score, any, buf[:0]) {
		ids = append(ids, cr.cats[i].id)
		names = append(names, cr.cats[i].name)
	}
	return ids, names
}
