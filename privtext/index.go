package privtext

// This file holds the clause index: its bleve mapping, its life cycle
// (create, open, close) and how policies are written into it. Searching is
// in index_search.go.

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Errors of the index. Test them with errors.Is.
var (
	// ErrIndexNotFound: OpenIndex was given a path holding no index.
	ErrIndexNotFound = errors.New("privtext: index not found")
	// ErrIndexExists: CreateIndex was given a path that already exists.
	ErrIndexExists = errors.New("privtext: index already exists")
	// ErrIndexCorrupt: the path holds something that is not a readable
	// privtext index (damaged metadata, another program's bleve index).
	ErrIndexCorrupt = errors.New("privtext: index corrupt or not a privtext index")
	// ErrIndexClosed: the Index was used after Close.
	ErrIndexClosed = errors.New("privtext: index closed")
)

// indexBatchSize is how many clauses go into one bleve batch: large enough
// to amortise a segment flush, small enough to bound memory.
const indexBatchSize = 1000

// schemaKey marks an index as ours; schemaVersion changes with the mapping.
var (
	schemaKey     = []byte("privtext.schema")
	schemaVersion = []byte("1")
)

const keywordLower = "keyword_lower"

// Index is a searchable store of policy clauses (bleve, scorch engine), on
// disk or in memory. It is safe for concurrent use; Add and DeleteVendor
// for the same vendor should not race each other.
//
// # Mapping
//
// The index holds one bleve document per clause, with the id
// "<vendor>/<clause id>" (vendor lower-cased). The mapping is static — fields
// not listed here are never indexed — and uses BM25 scoring:
//
//	field      analyzer        stored  content
//	vendor     keyword_lower   yes     Policy.Vendor
//	title      en              no      Policy.Title
//	clause_id  keyword         yes     Clause.ID ("c12")
//	section    en              yes     section path, "1. Information we collect › 1.1 Account"
//	text       en              yes     Clause.Text (term vectors kept for highlighting)
//	start,end  —               yes     Clause.Start, Clause.End (stored, not searchable)
//	kind       keyword_lower   no      Clause.Kind
//	category   keyword_lower   no      Clause.Categories
//	data       keyword_lower   no      data labels of mentions and practices, with all
//	                                   their ancestors: "identifier.device.imei" is indexed
//	                                   as "identifier", "identifier.device" and
//	                                   "identifier.device.imei"
//	purpose    keyword_lower   no      purpose labels (with ancestors)
//	party      keyword_lower   no      party labels (with ancestors)
//	sdk        keyword_lower   no      names of the SDK-list entries the clause overlaps
//	action     keyword_lower   no      actions of the clause's practices ("collect", "sell")
//	practice   keyword_lower   no      "sell" for a practice, "not_sell" for a negated one
//	negated    keyword_lower   no      "true" when a practice of the clause is negated,
//	                                   else "false"
//
// keyword_lower keeps the whole value as one term and lower-cases it, so
// "data:identifier.device" and "vendor:MiBee" match as expected. Unqualified
// query-string terms search the text field.
type Index struct {
	mu     sync.RWMutex // guards closed; Close takes it exclusively
	closed bool
	bi     bleve.Index
}

// indexMapping builds the static mapping described in the file comment.
func indexMapping() (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	err := im.AddCustomAnalyzer(keywordLower, map[string]any{
		"type":          custom.Name,
		"tokenizer":     single.Name,
		"token_filters": []string{lowercase.Name},
	})
	if err != nil {
		return nil, err
	}
	im.ScoringModel = bleveindex.BM25Scoring
	im.DefaultAnalyzer = en.AnalyzerName
	im.DefaultField = "text"
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false

	text := func(store, vectors bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = en.AnalyzerName
		f.Store = store
		f.IncludeTermVectors = vectors
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := func(analyzer string, store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = true // facets read doc values
		return f
	}
	stored := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.Index = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt("vendor", kw(keywordLower, true))
	doc.AddFieldMappingsAt("title", text(false, false))
	doc.AddFieldMappingsAt("clause_id", kw(keyword.Name, true))
	doc.AddFieldMappingsAt("section", text(true, false))
	doc.AddFieldMappingsAt("text", text(true, true))
	doc.AddFieldMappingsAt("start", stored())
	doc.AddFieldMappingsAt("end", stored())
	for _, name := range labelFields {
		doc.AddFieldMappingsAt(name, kw(keywordLower, false))
	}
	// No "_all" composite field: unqualified queries go to "text".
	doc.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	im.DefaultMapping = doc
	return im, nil
}

// labelFields are the keyword fields holding a clause's labels; with
// textFields they are the fields a query string may name.
var labelFields = []string{"kind", "category", "data", "purpose", "party", "sdk", "action", "practice", "negated"}

// textFields are the searchable fields besides labelFields.
var textFields = []string{"vendor", "title", "clause_id", "section", "text"}

// CreateIndex creates a new on-disk index in the directory path, which must
// not exist yet.
func CreateIndex(path string) (*Index, error) {
	if path == "" {
		return nil, errors.New("privtext: CreateIndex: empty path (use NewMemIndex for an in-memory index)")
	}
	if _, err := os.Stat(path); err == nil {
		return nil, fmt.Errorf("%w: %s", ErrIndexExists, path)
	}
	return newIndex(path)
}

// diskConfig is the scorch configuration of an index on disk, stored with
// it. Scorch memory-maps its segment files and a merge reads every page of
// the segments it merges, so unbounded merges set the peak resident size of
// a large indexing run: for 10,000 policies (1.16M clauses) it fell from
// 481 MB to 269 MB with segments capped at 100,000 clauses (of which ~190
// MB are clean page-cache pages the kernel reclaims; under a 200 MB memory
// limit the run peaks at 166 MB), for about a dozen segments per query
// instead of a few.
var diskConfig = map[string]interface{}{
	"scorchMergePlanOptions": map[string]interface{}{"MaxSegmentSize": 100000},
}

// NewMemIndex creates an index held in memory, gone when closed.
func NewMemIndex() (*Index, error) { return newIndex("") }

func newIndex(path string) (*Index, error) {
	m, err := indexMapping()
	if err != nil {
		return nil, fmt.Errorf("privtext: index mapping: %w", err)
	}
	var config map[string]interface{}
	if path != "" {
		config = diskConfig
	}
	bi, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, config)
	if err != nil {
		if errors.Is(err, bleve.ErrorIndexPathExists) {
			return nil, fmt.Errorf("%w: %s", ErrIndexExists, path)
		}
		return nil, fmt.Errorf("privtext: create index %s: %w", path, err)
	}
	if err := bi.SetInternal(schemaKey, schemaVersion); err != nil {
		bi.Close()
		return nil, fmt.Errorf("privtext: create index %s: %w", path, err)
	}
	return &Index{bi: bi}, nil
}

// OpenIndex opens an index made by CreateIndex. It fails with
// ErrIndexNotFound when path does not exist and ErrIndexCorrupt when it
// holds no readable privtext index.
func OpenIndex(path string) (*Index, error) {
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w: %s", ErrIndexNotFound, path)
		}
		return nil, fmt.Errorf("privtext: open index: %w", err)
	}
	bi, err := openBleve(path)
	if err != nil {
		if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
			return nil, fmt.Errorf("%w: %s", ErrIndexNotFound, path)
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrIndexCorrupt, path, err)
	}
	v, err := bi.GetInternal(schemaKey)
	if err != nil || string(v) != string(schemaVersion) {
		bi.Close()
		if err == nil {
			err = fmt.Errorf("schema %q, want %q", v, schemaVersion)
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrIndexCorrupt, path, err)
	}
	return &Index{bi: bi}, nil
}

// openBleve opens a bleve index, turning a panic inside bleve on damaged
// files into an error: a corrupt index must not take the program down.
func openBleve(path string) (bi bleve.Index, err error) {
	defer func() {
		if r := recover(); r != nil {
			bi, err = nil, fmt.Errorf("panic while opening: %v", r)
		}
	}()
	return bleve.Open(path)
}

// Close releases the index. Later calls return ErrIndexClosed.
func (x *Index) Close() error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.closed {
		return ErrIndexClosed
	}
	x.closed = true
	return x.bi.Close()
}

// use runs f with the index open, holding a read lock so Close waits.
func (x *Index) use(f func(bi bleve.Index) error) error {
	x.mu.RLock()
	defer x.mu.RUnlock()
	if x.closed {
		return ErrIndexClosed
	}
	err := f(x.bi)
	if errors.Is(err, bleve.ErrorIndexClosed) {
		return ErrIndexClosed
	}
	return err
}

// Count returns the number of clauses in the index.
func (x *Index) Count() (int, error) {
	var n uint64
	err := x.use(func(bi bleve.Index) (err error) {
		n, err = bi.DocCount()
		return err
	})
	return int(n), err
}

// Add indexes the clauses of the policies. A policy whose vendor is
// already in the index replaces that vendor's clauses; when a vendor comes
// twice in one call, the last policy wins. Every policy needs a Vendor;
// vendors are compared case-insensitively. Clauses of consecutive policies
// share batches, so adding many small policies costs no more than adding
// one large one.
func (x *Index) Add(ctx context.Context, policies ...*Policy) error {
	last := map[string]int{} // vendor key → index of its last policy
	for i, p := range policies {
		if p == nil {
			return fmt.Errorf("privtext: Index.Add: policy #%d is nil", i)
		}
		if strings.TrimSpace(p.Vendor) == "" {
			return fmt.Errorf("privtext: Index.Add: policy #%d (%q) has no Vendor", i, p.Title)
		}
		last[strings.ToLower(p.Vendor)] = i
	}
	return x.use(func(bi bleve.Index) error {
		w := &batchWriter{ctx: ctx, bi: bi, b: bi.NewBatch()}
		for i, p := range policies {
			vendorKey := strings.ToLower(p.Vendor)
			if last[vendorKey] != i {
				continue
			}
			old, err := vendorDocIDs(ctx, bi, vendorKey)
			if err != nil {
				return err
			}
			paths := sectionPaths(p.Sections)
			for j := range p.Clauses {
				c := &p.Clauses[j]
				id := vendorKey + "/" + c.ID
				delete(old, id)
				if err := w.index(id, newClauseDoc(p, c, paths[c.Section])); err != nil {
					return fmt.Errorf("privtext: index %s/%s: %w", p.Vendor, c.ID, err)
				}
			}
			for id := range old { // clauses the new version no longer has
				if err := w.delete(id); err != nil {
					return err
				}
			}
		}
		return w.flush()
	})
}

// batchWriter groups index operations into batches of indexBatchSize.
type batchWriter struct {
	ctx context.Context
	bi  bleve.Index
	b   *bleve.Batch
}

func (w *batchWriter) index(id string, doc *clauseDoc) error {
	if err := w.b.Index(id, doc); err != nil {
		return err
	}
	return w.maybeFlush()
}

func (w *batchWriter) delete(id string) error {
	w.b.Delete(id)
	return w.maybeFlush()
}

func (w *batchWriter) maybeFlush() error {
	if w.b.Size() < indexBatchSize {
		return nil
	}
	return w.flush()
}

func (w *batchWriter) flush() error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	if w.b.Size() == 0 {
		return nil
	}
	if err := w.bi.Batch(w.b); err != nil {
		return fmt.Errorf("privtext: index batch: %w", err)
	}
	w.b.Reset()
	return nil
}

// DeleteVendor removes every clause of vendor (case-insensitive). Removing
// an absent vendor is not an error.
func (x *Index) DeleteVendor(ctx context.Context, vendor string) error {
	return x.use(func(bi bleve.Index) error {
		ids, err := vendorDocIDs(ctx, bi, strings.ToLower(vendor))
		if err != nil {
			return err
		}
		w := &batchWriter{ctx: ctx, bi: bi, b: bi.NewBatch()}
		for id := range ids {
			if err := w.delete(id); err != nil {
				return err
			}
		}
		return w.flush()
	})
}

// vendorDocIDs returns the ids of the documents of a vendor (lower-cased
// key).
func vendorDocIDs(ctx context.Context, bi bleve.Index, vendorKey string) (map[string]bool, error) {
	q := bleve.NewTermQuery(vendorKey)
	q.SetField("vendor")
	ids := map[string]bool{}
	const page = 10 * indexBatchSize
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(q, page, from, false)
		req.SortBy([]string{"_id"}) // stable pages
		res, err := bi.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("privtext: clauses of vendor %q: %w", vendorKey, err)
		}
		for _, h := range res.Hits {
			ids[h.ID] = true
		}
		if len(res.Hits) < page {
			return ids, nil
		}
	}
}

// clauseDoc is the bleve document of one clause; the json names are the
// index field names.
type clauseDoc struct {
	Vendor   string   `json:"vendor"`
	Title    string   `json:"title"`
	ClauseID string   `json:"clause_id"`
	Section  string   `json:"section"`
	Text     string   `json:"text"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Kind     string   `json:"kind"`
	Category []string `json:"category"`
	Data     []string `json:"data"`
	Purpose  []string `json:"purpose"`
	Party    []string `json:"party"`
	SDK      []string `json:"sdk"`
	Action   []string `json:"action"`
	Practice []string `json:"practice"`
	Negated  string   `json:"negated"`
}

func newClauseDoc(p *Policy, c *Clause, section string) *clauseDoc {
	d := &clauseDoc{
		Vendor: p.Vendor, Title: p.Title, ClauseID: c.ID, Section: section,
		Text: c.Text, Start: c.Start, End: c.End, Kind: c.Kind,
		Category: c.Categories, Negated: "false",
	}
	var data, purposes, parties, actions, practices labelSet
	for _, m := range c.Data {
		data.addWithAncestors(m.Label)
	}
	for _, m := range c.Purposes {
		purposes.addWithAncestors(m.Label)
	}
	for _, m := range c.Parties {
		parties.addWithAncestors(m.Label)
	}
	for _, pr := range c.Practices {
		for _, l := range pr.Data {
			data.addWithAncestors(l)
		}
		for _, l := range pr.Purposes {
			purposes.addWithAncestors(l)
		}
		for _, l := range pr.Recipients {
			parties.addWithAncestors(l)
		}
		actions.add(pr.Action)
		if pr.Negated {
			d.Negated = "true"
			practices.add("not_" + pr.Action)
		} else {
			practices.add(pr.Action)
		}
	}
	var sdks labelSet
	for _, s := range p.SDKs {
		if s.Start < c.End && c.Start < s.End {
			sdks.add(s.Name)
		}
	}
	d.Data, d.Purpose, d.Party, d.SDK = data.list, purposes.list, parties.list, sdks.list
	d.Action, d.Practice = actions.list, practices.list
	return d
}

// labelSet collects distinct labels in insertion order.
type labelSet struct {
	list []string
	seen map[string]bool
}

func (s *labelSet) add(l string) {
	if l == "" || s.seen[l] {
		return
	}
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	s.seen[l] = true
	s.list = append(s.list, l)
}

// addWithAncestors adds "a", "a.b" and "a.b.c" for "a.b.c".
func (s *labelSet) addWithAncestors(l string) {
	for i := 0; i < len(l); i++ {
		if l[i] == '.' {
			s.add(l[:i])
		}
	}
	s.add(l)
}

// sectionPaths maps each section id to its path from the top level, e.g.
// "1. What we collect › 1.1 Account data".
func sectionPaths(sections []Section) map[string]string {
	byID := make(map[string]*Section, len(sections))
	for i := range sections {
		byID[sections[i].ID] = &sections[i]
	}
	paths := make(map[string]string, len(sections))
	var path func(id string, depth int) string
	path = func(id string, depth int) string {
		if p, ok := paths[id]; ok {
			return p
		}
		s := byID[id]
		if s == nil || depth > len(sections) { // unknown id or a parent cycle
			return ""
		}
		name := sectionName(s)
		if parent := path(s.Parent, depth+1); parent != "" {
			name = parent + " › " + name
		}
		paths[id] = name
		return name
	}
	for _, s := range sections {
		path(s.ID, 0)
	}
	return paths
}

func sectionName(s *Section) string {
	switch {
	case s.Number == "":
		return s.Heading
	case s.Heading == "":
		return s.Number
	}
	return s.Number + " " + s.Heading
}
