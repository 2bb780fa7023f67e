package extract

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/privtext/go-privtext/internal/rulefile"
	"github.com/privtext/go-privtext/internal/textnorm"
)

//go:embed rules/*.txt
var embedded embed.FS

// RuleFile is a user-supplied rule file. Its entries are added to those of
// the embedded file with the same Name (e.g. "datatypes.txt", "parties.txt");
// see rules/README.md for every file and its format.
type RuleFile struct {
	Name string
	Data []byte
	// Source names the file in error messages, e.g. its path; "" means
	// "<Name> (user #N)".
	Source string
}

// Options configure an Extractor. The zero value uses the embedded rules.
type Options struct {
	// Rules extend the embedded vocabularies and patterns.
	Rules []RuleFile
}

// Extractor holds compiled rules. It is safe for concurrent use.
type Extractor struct {
	vocab    *vocabulary    // data types, purposes, parties (vocab.go)
	practice *practiceRules // practices, polarity, categories, crosswalks (practice.go)
	doc      *documentRules // SDK lists and metadata (document.go)
}

var defaultExtractor = sync.OnceValues(func() (*Extractor, error) { return New(Options{}) })

// Load returns the extractor built from the embedded rules, compiled once
// on first use and shared afterwards.
func Load() (*Extractor, error) { return defaultExtractor() }

// Default is Load for callers that treat a defect in the embedded rules as
// fatal, as regexp.MustCompile treats a bad literal. The package tests
// compile the embedded rules, so a release never panics here.
func Default() *Extractor {
	e, err := defaultExtractor()
	if err != nil {
		// The embedded rules are checked by the package tests; reaching this
		// is a build defect, not an input problem.
		panic("privtext/extract: embedded rules: " + err.Error())
	}
	return e
}

// New compiles the embedded rules plus opts.Rules. Errors name the file and
// line at fault and are collected, not stopped at the first.
func New(opts Options) (*Extractor, error) {
	l := &loader{extra: map[string][]RuleFile{}}
	var (
		e    Extractor
		errs rulefile.ErrorList
		err  error
	)
	for i, f := range opts.Rules {
		if _, err := fs.Stat(embedded, "rules/"+f.Name); err != nil {
			errs = append(errs, &rulefile.Error{File: source(f, i), Msg: fmt.Sprintf("extends no embedded rule file: %q is not one of %s", f.Name, strings.Join(ruleFileNames(), ", "))})
			continue
		}
		if f.Source == "" {
			f.Source = fmt.Sprintf("%s (user #%d)", f.Name, len(l.extra[f.Name])+1)
		}
		l.extra[f.Name] = append(l.extra[f.Name], f)
	}
	collect := func(err error) {
		if err == nil {
			return
		}
		if list, ok := err.(rulefile.ErrorList); ok {
			errs = append(errs, list...)
			return
		}
		errs = append(errs, &rulefile.Error{File: "?", Msg: err.Error()})
	}
	g, err := compileGrammar(l)
	collect(err)
	e.vocab, err = compileVocabulary(l)
	collect(err)
	e.practice, err = compilePracticeRules(l)
	collect(err)
	e.doc, err = compileDocumentRules(l)
	collect(err)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	// One set of function words serves every stage that reads sentence
	// structure.
	e.vocab.g, e.practice.g, e.practice.cat.g, e.practice.app.g = g, g, g, g
	// The APP-350 stage tells ad and analytics SDKs by their registry kind.
	e.practice.app.sdkKinds = map[string]string{}
	for _, p := range e.vocab.parties {
		if p.SDK {
			e.practice.app.sdkKinds[p.ID] = p.Kind
		}
	}
	// A retention period is evidence of the Data Retention category.
	e.practice.cat.meta = &e.doc.meta
	return &e, nil
}

// source names a user rule file in an error before it has been accepted.
func source(f RuleFile, i int) string {
	if f.Source != "" {
		return f.Source
	}
	return fmt.Sprintf("rule file #%d (%q)", i+1, f.Name)
}

// ruleFileNames lists the embedded rule files a user file may extend.
func ruleFileNames() []string {
	ents, _ := fs.ReadDir(embedded, "rules")
	var names []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	return names
}

// loader reads an embedded rule file and the user's additions to it.
type loader struct {
	extra map[string][]RuleFile
}

// entries returns the parsed entries of rules/name plus user additions.
func (l *loader) entries(name string) ([]rulefile.Entry, error) {
	data, err := embedded.ReadFile("rules/" + name)
	if err != nil {
		return nil, err
	}
	var errs rulefile.ErrorList
	out, err := rulefile.Parse(name, data)
	if list, ok := err.(rulefile.ErrorList); ok {
		errs = append(errs, list...)
	}
	for _, extra := range l.extra[name] {
		more, err := rulefile.Parse(extra.Source, extra.Data)
		if list, ok := err.(rulefile.ErrorList); ok {
			errs = append(errs, list...)
		}
		out = append(out, more...)
	}
	return out, errs.Err()
}

// Clause extracts the facts of one clause.
func (e *Extractor) Clause(in Input) Result {
	c := clausePool.Get().(*clause)
	*c = clause{in: in, view: textnorm.NewView(in.Text), tokBuf: c.tokBuf, hitBuf: c.hitBuf, intBuf: c.intBuf}
	var r Result
	r.Data, r.Purposes, r.Parties = e.vocab.mentions(c)
	if in.Product != "" {
		r.Data = outsideName(r.Data, in)
	}
	fields := e.doc.entryFields(in) // the "field: value" parts of an SDK entry's clause
	r.Data = outsideFieldLabels(in, fields, r.Data)
	header := in.Header || e.doc.fieldHeader(in.Text)
	if !header {
		r.Practices = e.practice.practices(c, &r)
	}
	if in.Owner != "" {
		r.Practices = e.doc.outsideOtherFields(in, fields, r.Practices)
		ownPractices(r.Practices, in.Owner)
	}
	ownPracticeSpans(r.Practices, in.Owners)
	if !header {
		r.Practices = append(r.Practices, e.doc.ownerCollections(in, fields, r.Data, r.Practices)...)
	}
	r.Categories, r.OPP115 = e.practice.categories(c, &r)
	r.APP350 = e.practice.app350(c, &r)
	// The stages keep no pointer to c and the Result holds none (only the
	// slices c's fields point to, which the reset leaves alone), so the
	// struct goes back to the pool: one allocation less per clause. Its
	// token buffer goes with it, as no Result field holds tokens (their
	// texts are strings, which the buffer's reuse leaves intact), and so do
	// the scan's buffers, unless a huge clause made them too large to keep.
	buf, hits, ints := c.tokBuf, c.hitBuf, c.intBuf
	if cap(buf) > maxPooledTokens {
		buf, hits, ints = nil, nil, nil
	}
	*c = clause{tokBuf: buf, hitBuf: hits, intBuf: ints}
	clausePool.Put(c)
	return r
}

// outsideName drops the mentions that lie inside the product's name in the
// clause (in.Product): 鹿鸣视频 is an app, not a video.
func outsideName(ms []Mention, in Input) []Mention {
	var names [][2]int
	for i := 0; ; {
		k := strings.Index(in.Text[i:], in.Product)
		if k < 0 {
			break
		}
		names = append(names, [2]int{in.Offset + i + k, in.Offset + i + k + len(in.Product)})
		i += k + len(in.Product)
	}
	if len(names) == 0 {
		return ms
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return slices.ContainsFunc(names, func(n [2]int) bool { return n[0] <= m.Start && m.End <= n[1] })
	})
}

var clausePool = sync.Pool{New: func() any { return new(clause) }}

// maxPooledTokens bounds the token buffer a pooled clause keeps: a long
// paragraph's worth, so that one 5 MB line does not stay pinned.
const maxPooledTokens = 4096

// Document extracts the document-level facts: metadata and SDK lists.
func (e *Extractor) Document(d Document) DocResult {
	return e.doc.document(e, d)
}

// clause is the per-clause working state shared by the rule stages.
type clause struct {
	in   Input
	view *textnorm.View // matching view of in.Text
	toks []token        // tokens of view, cut once on first use
	// tokBuf is the storage of toks, kept across the uses of a pooled
	// clause.
	tokBuf []token
	scan   *scan // the practice stage's scan, built once on first use
	// scanBuf, hitBuf and intBuf are the storage of scan, kept across the
	// uses of a pooled clause like tokBuf.
	scanBuf scan
	hitBuf  []hit
	intBuf  []int
	// heads are the generic data mentions the vocabulary dropped as list
	// heads ("demographic information" in "demographic information such
	// as age"), for the APP-350 crosswalk, whose annotators counted them.
	heads []Mention
}

// tokens returns the clause's view cut into tokens; the stages share one cut.
func (c *clause) tokens() []token {
	if c.toks == nil {
		// tokenize sizes a new slice for the text itself when given none;
		// a pooled buffer is used when it is large enough for that size.
		var out []token
		if n := len(c.view.Text)/5 + 1; cap(c.tokBuf) >= n {
			out = c.tokBuf[:0]
		}
		c.toks = tokenize(c.view.Text, out)
		c.tokBuf = c.toks
	}
	return c.toks
}

// span converts a view span to a document span and its text.
func (c *clause) span(vs, ve int) (start, end int, text string) {
	s, e := c.view.Span(vs, ve)
	return c.in.Offset + s, c.in.Offset + e, c.in.Text[s:e]
}
