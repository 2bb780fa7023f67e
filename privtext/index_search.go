package privtext

import (
	"context"
	"errors"
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Query describes a clause search. All its parts are combined with AND;
// within one filter list (Vendors, Data, ...) values are combined with OR.
// The zero Query matches every clause.
type Query struct {
	// Text is free text matched against the clause text (English
	// analysis: "collected" finds "collect").
	Text string
	// QueryString is passed to bleve's query-string syntax, e.g.
	// `data:location.precise`, `+negated:true +action:sell`, `IMEI`,
	// `"precise location"`. Unqualified terms search the clause text; see
	// the field list in the package documentation.
	QueryString string

	// Filters on the extracted facts. Data, Purposes and Parties match
	// any level of a label: Data: {"identifier"} finds
	// "identifier.device.imei".
	Vendors, Data, Purposes, Parties, SDKs, Categories, Actions []string
	// Negated, when set, keeps clauses that do (true) or do not (false)
	// hold a negated practice.
	Negated *bool

	Size int // hits to return; 0 means 10, at most MaxSearchSize
	From int // hits to skip, for paging

	// Facets to count over all matching clauses: any of FacetNames()
	// ("vendor", "data", "purpose", "party", "category", "sdk", "action").
	Facets []string
	// Highlight fills Hit.Fragments with the matching passages, matches
	// wrapped in <mark></mark> (the rest HTML-escaped).
	Highlight bool
}

// MaxSearchSize bounds Query.Size, and MaxSearchFrom Query.From: bleve
// keeps From+Size hits in memory while collecting.
const (
	MaxSearchSize = 10000
	MaxSearchFrom = 100000
)

// facetTerms is how many terms each facet reports at most.
const facetTerms = 50

// facetNames are the facets Query.Facets accepts; each counts the index
// field of the same name.
var facetNames = []string{"vendor", "data", "purpose", "party", "category", "sdk", "action"}

// FacetNames returns the names Query.Facets accepts.
func FacetNames() []string { return slices.Clone(facetNames) }

// SearchResult is one page of hits plus facet counts.
type SearchResult struct {
	Total  int                    `json:"total"` // matching clauses in all pages
	Hits   []Hit                  `json:"hits"`
	Facets map[string][]FacetTerm `json:"facets,omitempty"`
}

// Hit is a matching clause. Start and End are byte offsets into the
// vendor's original policy text, as in Clause.
type Hit struct {
	Vendor    string   `json:"vendor"`
	ClauseID  string   `json:"clause_id"`
	Section   string   `json:"section"`
	Text      string   `json:"text"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Score     float64  `json:"score"`
	Fragments []string `json:"fragments,omitempty"`
}

// FacetTerm is a facet value and the number of matching clauses having it.
type FacetTerm struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// QueryError reports a query that cannot be run: a query string that does
// not parse, an unknown facet, a bad page.
type QueryError struct {
	Query string // the offending part
	Err   error
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("privtext: bad query %q: %v", e.Query, e.Err)
}

func (e *QueryError) Unwrap() error { return e.Err }

// Search runs q. Bad queries fail with a *QueryError. Search is safe for
// concurrent use.
func (x *Index) Search(ctx context.Context, q Query) (*SearchResult, error) {
	req, err := q.request()
	if err != nil {
		return nil, err
	}
	var res *bleve.SearchResult
	err = x.use(func(bi bleve.Index) (err error) {
		res, err = bi.SearchInContext(ctx, req)
		return err
	})
	if err != nil {
		if errors.Is(err, ErrIndexClosed) || ctx.Err() != nil {
			return nil, err
		}
		// A regular expression ("/[/") parses as a query string and
		// fails only when bleve compiles it.
		var re *syntax.Error
		if errors.As(err, &re) {
			return nil, &QueryError{Query: q.QueryString, Err: err}
		}
		return nil, fmt.Errorf("privtext: search: %w", err)
	}
	return newSearchResult(res, q.Facets), nil
}

// request translates q to a bleve request, validating it.
func (q Query) request() (*bleve.SearchRequest, error) {
	if q.Size < 0 || q.Size > MaxSearchSize {
		return nil, &QueryError{Query: fmt.Sprint("size ", q.Size), Err: fmt.Errorf("size must be in [0, %d]", MaxSearchSize)}
	}
	if q.From < 0 || q.From > MaxSearchFrom {
		return nil, &QueryError{Query: fmt.Sprint("from ", q.From), Err: fmt.Errorf("from must be in [0, %d]", MaxSearchFrom)}
	}
	var must []query.Query
	if t := strings.TrimSpace(q.Text); t != "" {
		m := bleve.NewMatchQuery(t)
		m.SetField("text")
		must = append(must, m)
	}
	if qs := strings.TrimSpace(q.QueryString); qs != "" {
		sq := bleve.NewQueryStringQuery(qs)
		parsed, err := sq.Parse()
		if err != nil {
			return nil, &QueryError{Query: qs, Err: err}
		}
		if field := unknownField(parsed); field != "" {
			return nil, &QueryError{Query: qs, Err: fmt.Errorf("no searchable field %q (want one of %s)", field, strings.Join(slices.Concat(textFields, labelFields), ", "))}
		}
		must = append(must, sq)
	}
	filters := []struct {
		field  string
		values []string
	}{
		{"vendor", q.Vendors}, {"data", q.Data}, {"purpose", q.Purposes},
		{"party", q.Parties}, {"sdk", q.SDKs}, {"category", q.Categories},
		{"action", q.Actions},
	}
	for _, f := range filters {
		if len(f.values) > 0 {
			must = append(must, anyTerm(f.field, f.values))
		}
	}
	if q.Negated != nil {
		must = append(must, anyTerm("negated", []string{fmt.Sprint(*q.Negated)}))
	}

	var root query.Query
	switch len(must) {
	case 0:
		root = bleve.NewMatchAllQuery()
	case 1:
		root = must[0]
	default:
		root = bleve.NewConjunctionQuery(must...)
	}
	size := q.Size
	if size == 0 {
		size = 10
	}
	req := bleve.NewSearchRequestOptions(root, size, q.From, false)
	req.Fields = []string{"vendor", "clause_id", "section", "text", "start", "end"}
	// Default order: score, then index order (no _id tie-break: it costs a
	// stored-id lookup per candidate).
	for _, name := range q.Facets {
		if !slices.Contains(facetNames, name) {
			return nil, &QueryError{Query: "facet " + name, Err: fmt.Errorf("unknown facet (want one of %s)", strings.Join(facetNames, ", "))}
		}
		req.AddFacet(name, bleve.NewFacetRequest(name, facetTerms))
	}
	if q.Highlight {
		req.Highlight = bleve.NewHighlightWithStyle(html.Name)
		req.Highlight.AddField("text")
	}
	return req, nil
}

// anyTerm matches documents whose field holds one of values. Keyword
// fields are lower-cased at indexing, so the values are too.
func anyTerm(field string, values []string) query.Query {
	qs := make([]query.Query, 0, len(values))
	for _, v := range values {
		t := bleve.NewTermQuery(strings.ToLower(v))
		t.SetField(field)
		qs = append(qs, t)
	}
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewDisjunctionQuery(qs...)
}

func newSearchResult(res *bleve.SearchResult, facets []string) *SearchResult {
	out := &SearchResult{Total: int(res.Total), Hits: make([]Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, newHit(h))
	}
	if len(facets) > 0 {
		out.Facets = make(map[string][]FacetTerm, len(facets))
		for _, name := range facets {
			terms := []FacetTerm{}
			if fr := res.Facets[name]; fr != nil {
				for _, t := range fr.Terms.Terms() {
					terms = append(terms, FacetTerm{Term: t.Term, Count: t.Count})
				}
			}
			out.Facets[name] = terms
		}
	}
	return out
}

func newHit(h *search.DocumentMatch) Hit {
	str := func(name string) string { s, _ := h.Fields[name].(string); return s }
	num := func(name string) int { f, _ := h.Fields[name].(float64); return int(f) }
	return Hit{
		Vendor:    str("vendor"),
		ClauseID:  str("clause_id"),
		Section:   str("section"),
		Text:      str("text"),
		Start:     num("start"),
		End:       num("end"),
		Score:     h.Score,
		Fragments: h.Fragments["text"],
	}
}

// unknownField returns the first field named in a parsed query string that
// the index does not search ("vendr:acme", or "start:>5" on a stored-only
// field), or "". Without this check such a query silently matches nothing.
func unknownField(q query.Query) string {
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, sub := range []query.Query{q.Must, q.Should, q.MustNot, q.Filter} {
			if f := unknownField(sub); f != "" {
				return f
			}
		}
	case *query.ConjunctionQuery:
		for _, sub := range q.Conjuncts {
			if f := unknownField(sub); f != "" {
				return f
			}
		}
	case *query.DisjunctionQuery:
		for _, sub := range q.Disjuncts {
			if f := unknownField(sub); f != "" {
				return f
			}
		}
	case query.FieldableQuery:
		if f := q.Field(); f != "" && !slices.Contains(textFields, f) && !slices.Contains(labelFields, f) {
			return f
		}
	}
	return ""
}
