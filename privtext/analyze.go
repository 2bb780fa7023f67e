package privtext

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/privtext/go-privtext/extract"
	"github.com/privtext/go-privtext/internal/layout"
	"github.com/privtext/go-privtext/internal/markup"
	"github.com/privtext/go-privtext/internal/segment"
	"github.com/privtext/go-privtext/internal/textnorm"
)

// DefaultMaxBytes is the input size limit when Options.MaxBytes is zero.
const DefaultMaxBytes = 20 << 20

// Sentinel errors returned (wrapped) by Analyze; test with errors.Is.
var (
	// ErrEmpty reports input that is empty or only white space.
	ErrEmpty = errors.New("empty input")
	// ErrTooLarge reports input over the size limit; the error is a
	// *SizeError naming the limit.
	ErrTooLarge = errors.New("input too large")
	// ErrBinary reports binary input (NUL bytes).
	ErrBinary = textnorm.ErrBinary
	// ErrUndecodable reports bytes that are neither UTF-8, UTF-16 with a
	// byte-order mark, nor GB18030 Chinese text (HTML pages may also
	// declare another charset in a <meta> tag).
	ErrUndecodable = textnorm.ErrUndecodable
	// ErrUnsupportedFormat reports PDF, images, archives and office files.
	ErrUnsupportedFormat = markup.ErrUnsupportedFormat
	// ErrUnknownEncoding reports an Options.Encoding that is not supported.
	ErrUnknownEncoding = markup.ErrUnknownEncoding
)

// SizeError reports input larger than Options.MaxBytes.
type SizeError struct {
	Limit int64
}

func (e *SizeError) Error() string {
	return fmt.Sprintf("input larger than the %d-byte limit (raise it with Options.MaxBytes)", e.Limit)
}

func (e *SizeError) Unwrap() error { return ErrTooLarge }

// Options configure Analyze. The zero value detects the format (plain
// text, HTML or Markdown) and analyses it with the embedded rules and the
// default size limit.
type Options struct {
	// Vendor names the policy's owner in results, indexes and comparisons.
	// When empty, Analyze uses the product name read from the title, the
	// controller without its legal form, Name without its extension, or
	// the title, in that order.
	Vendor string
	// Name is the input's file name, if any; its extension helps detect
	// the format and it is the last resort for Vendor.
	Name string
	// Format is "text", "html" or "markdown"; "" detects it from Name and
	// the content.
	Format string
	// Encoding, when set, names the input's character encoding (a WHATWG
	// label such as "windows-1252", "latin1", "gbk", "shift_jis" or
	// "utf-8") instead of detecting it; a byte-order mark still wins.
	// Detection reads UTF-8, UTF-16 and GB18030 Chinese (and an HTML page's
	// <meta> charset) and rejects anything else with ErrUndecodable rather
	// than guess: a legacy Western file needs Encoding "windows-1252".
	Encoding string
	// MaxBytes limits the input size; 0 (or a negative value) means
	// DefaultMaxBytes.
	MaxBytes int64
	// Extractor supplies the rules; nil means extract.Load(). Build one
	// with extract.New to add vocabulary or SDKs of your own.
	Extractor *extract.Extractor
}

// Analyze reads a policy from r and returns its sections, clauses and the
// facts extracted from them. It returns an error, never panics, for empty,
// binary, undecodable, unsupported or oversized input, and ctx.Err() when
// ctx is cancelled. Analyze is safe for concurrent use.
func Analyze(ctx context.Context, r io.Reader, opts Options) (*Policy, error) {
	if r == nil {
		return nil, errors.New("privtext: Analyze: nil reader")
	}
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	raw, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("privtext: reading input: %w", err)
	}
	if int64(len(raw)) > limit {
		return nil, &SizeError{Limit: limit}
	}
	return AnalyzeBytes(ctx, raw, opts)
}

// AnalyzeBytes is Analyze for input already in memory. The policy's spans
// index raw.
func AnalyzeBytes(ctx context.Context, raw []byte, opts Options) (*Policy, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if int64(len(raw)) > limit {
		return nil, &SizeError{Limit: limit}
	}
	if len(strings.TrimSpace(string(raw))) == 0 {
		return nil, ErrEmpty
	}
	format, err := detectFormat(raw, opts)
	if err != nil {
		return nil, err
	}
	decode := textnorm.Decode
	switch {
	case opts.Encoding != "":
		decode = func(raw []byte) (textnorm.Decoded, error) { return markup.DecodeAs(raw, opts.Encoding) }
	case format == markup.HTML:
		decode = markup.DecodeHTMLEncoding // honours <meta charset>
	}
	dec, err := decode(raw)
	if err != nil {
		return nil, fmt.Errorf("privtext: %w", err)
	}
	if strings.TrimSpace(dec.Text) == "" {
		return nil, ErrEmpty
	}
	// ctx is checked between stages and every 256 clauses; every stage is
	// linear in its input, so a cancelled analysis stops within one stage.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	in, err := read(format, dec)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ex := opts.Extractor
	if ex == nil {
		if ex, err = extract.Load(); err != nil {
			return nil, fmt.Errorf("privtext: embedded rules: %w", err)
		}
	}
	p := &Policy{Format: string(format), Encoding: string(dec.Encoding), Size: len(raw)}
	if err := build(ctx, p, in, ex); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err // cancelled during the document stage
	}
	p.Vendor = vendorName(opts, p, ex)
	return p, nil
}

// input is the analysis text and the way back to the caller's bytes.
type input struct {
	text      string
	seg       *segment.Result
	maps      []*textnorm.Map // applied in order: analysis text → ... → input
	pageTitle string          // an HTML page's <title>, which may name the product
	links     []extract.Link  // an HTML page's hyperlinks, spans of text
}

// span maps an analysis-text span to an input span.
func (in *input) span(s, e int) (int, int) {
	for _, m := range in.maps {
		s, e = m.Span(s, e)
	}
	return s, e
}

// read runs the format reader and the segmenter.
func read(format markup.Format, dec textnorm.Decoded) (*input, error) {
	if format == markup.Text {
		return &input{text: dec.Text, seg: segment.Text(dec.Text), maps: []*textnorm.Map{dec.Map}}, nil
	}
	doc, err := markup.Read(format, dec.Text)
	if err != nil {
		return nil, fmt.Errorf("privtext: %w", err)
	}
	if strings.TrimSpace(doc.Text) == "" {
		return nil, fmt.Errorf("%w: no visible text in %s input", ErrEmpty, format)
	}
	seg := segment.Blocks(doc.Text, doc.Blocks)
	if seg.Title == "" {
		seg.Title = doc.Title
	}
	in := &input{text: doc.Text, seg: seg, maps: []*textnorm.Map{doc.Map, dec.Map}, pageTitle: doc.Title}
	in.links = entryLinks(doc)
	return in, nil
}

// entryLinks returns the page's links for the document readers, but for
// those in a heading (h1-h6; a dt, level 0, labels its entry) or in the
// page footer: a link there ("儿童隐私政策" as a heading, "隐私政策 | 关于我们"
// in the footer) names no list entry's policy.
func entryLinks(doc *markup.Doc) []extract.Link {
	var out []extract.Link
	b := 0
	for _, l := range doc.Links {
		for b < len(doc.Blocks) && doc.Blocks[b].End <= l.Start {
			b++
		}
		if b < len(doc.Blocks) && doc.Blocks[b].Start <= l.Start && (doc.Blocks[b].Kind == layout.Heading && doc.Blocks[b].Level > 0 || doc.Blocks[b].Boilerplate) {
			continue
		}
		out = append(out, extract.Link{Start: l.Start, End: l.End, URL: l.Href})
	}
	return out
}

func detectFormat(raw []byte, opts Options) (markup.Format, error) {
	if opts.Format != "" {
		f, err := markup.ParseFormat(opts.Format)
		if err != nil {
			return "", fmt.Errorf("privtext: %w", err)
		}
		if f != "" {
			return f, nil
		}
	}
	return markup.Sniff(raw, opts.Name)
}

// vendorName picks the name a policy is filed under: the caller's, else the
// product the title names ("Acme Privacy Policy"), else the controller
// without its legal form ("Comcast" for "Comcast Corporation"), else the
// file name, else the title.
func vendorName(opts Options, p *Policy, ex *extract.Extractor) string {
	switch {
	case opts.Vendor != "":
		return opts.Vendor
	case p.Product != "":
		return p.Product
	case p.Controller != "":
		return ex.Organization(p.Controller)
	case opts.Name != "":
		base := filepath.Base(opts.Name)
		return strings.TrimSuffix(base, filepath.Ext(base))
	}
	return p.Title
}

// build fills p from the segmented input: sections, clauses with their
// facts, document facts and the summary, all spans mapped to the input.
func build(ctx context.Context, p *Policy, in *input, ex *extract.Extractor) error {
	seg := in.seg
	p.Title = seg.Title
	byID := make(map[string]int, len(seg.Sections))
	p.Sections = make([]Section, len(seg.Sections))
	for i, s := range seg.Sections {
		byID[s.ID] = i
		start, end := in.span(s.Start, s.End)
		p.Sections[i] = Section{ID: s.ID, Heading: s.Heading, Number: s.Number, Level: s.Level, Parent: s.Parent, Start: start, End: end}
	}
	doc := extract.Document{Text: in.text, Title: seg.Title, PageTitle: in.pageTitle, Links: in.links, Clauses: make([]extract.Input, len(seg.Clauses))}
	p.Clauses = make([]Clause, len(seg.Clauses))
	// The clauses of a section share its heading path, which the extractor
	// only reads: one slice per section rather than one per clause.
	paths := make([][]string, len(seg.Sections))
	pathOf := func(id string) []string {
		if id == "" {
			return nil
		}
		k := byID[id]
		if paths[k] == nil {
			paths[k] = headingPath(seg.Sections, byID, id)
		}
		return paths[k]
	}
	// The practices a clause may continue (extract.Input.Context): those
	// of the clause before it in its section.
	var (
		prev    []Practice
		prevSec string
	)
	// The practices a list item may take from its lead-in
	// (extract.Input.LeadIn): a clause that ends with a colon and states
	// practices leads the deeper list items after it in its section.
	type leadIn struct {
		depth     int
		section   string
		practices []Practice
	}
	var leads []leadIn
	for i, c := range seg.Clauses {
		doc.Clauses[i] = extract.Input{
			Text:     in.text[c.Start:c.End],
			Offset:   c.Start,
			Headings: pathOf(c.Section),
			Label:    c.Label,
			Depth:    c.Depth,
		}
		// A row's cells are handed over only when its text does not show
		// them, one per tab: empty or spanned cells (most rows do).
		if c.Cells != nil && strings.Count(doc.Clauses[i].Text, "\t")+1 != len(c.Cells) || spanned(c) {
			cells := make([]extract.Span, len(c.Cells))
			for k, x := range c.Cells {
				cells[k] = extract.Span{Start: x.Start, End: x.End}
			}
			doc.Clauses[i].Cells = cells
		}
	}
	// The document facts come first: a clause inside an SDK's list entry
	// states that SDK's practices (extract.Input.Owner).
	d := ex.Document(doc)
	owners := newOwnerIndex(d.SDKs)
	for i, c := range seg.Clauses {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		ci := doc.Clauses[i]
		if ci.Owner = owners.at(c.Start, c.End); ci.Owner == "" {
			ci.Owners = owners.within(c.Start, c.End)
		}
		ci.Header = headerRow(seg.Clauses, i, ci.Text)
		ci.Product, ci.Controller = d.Product, d.Controller
		if c.Section == prevSec {
			ci.Context = prev
		}
		for len(leads) > 0 && (leads[len(leads)-1].section != c.Section || c.Depth <= leads[len(leads)-1].depth) {
			leads = leads[:len(leads)-1]
		}
		// Only the first sentence of an item restates the lead-in: the
		// next ones say something about it ("Cookies: we use them to keep
		// you signed in. They let you move from page to page.").
		if len(leads) > 0 && (i == 0 || strings.Contains(in.text[seg.Clauses[i-1].End:c.Start], "\n")) {
			ci.LeadIn = leads[len(leads)-1].practices
		}
		r := ex.Clause(ci)
		start, end := in.span(c.Start, c.End)
		p.Clauses[i] = Clause{
			ID: c.ID, Section: c.Section, Text: ci.Text, Start: start, End: end,
			Label: c.Label, Depth: c.Depth, Kind: c.Kind,
			Data:       remap(in, r.Data, mentionSpan),
			Purposes:   remap(in, r.Purposes, mentionSpan),
			Parties:    remap(in, r.Parties, mentionSpan),
			Practices:  remap(in, r.Practices, practiceSpan),
			Categories: r.Categories, OPP115: r.OPP115, APP350: r.APP350,
		}
		prev, prevSec = p.Clauses[i].Practices, c.Section
		if len(r.Practices) > 0 && segment.EndsWithColon(ci.Text) {
			leads = append(leads, leadIn{c.Depth, c.Section, r.Practices})
		}
	}
	p.Controller, p.Product, p.Updated, p.Effective = d.Controller, d.Product, d.Updated, d.Effective
	p.GoverningLaw = d.GoverningLaw
	p.Contacts = remap(in, d.Contacts, func(c *extract.Contact) (*int, *int) { return &c.Start, &c.End })
	p.StorageLocations = remap(in, d.StorageLocations, mentionSpan)
	p.Durations = remap(in, d.Durations, func(d *extract.Duration) (*int, *int) { return &d.Start, &d.End })
	p.SDKs = remap(in, d.SDKs, func(s *extract.SDK) (*int, *int) { return &s.Start, &s.End })
	p.Summary = summarize(p)
	p.OPP115, p.APP350 = unionLabels(p.Clauses)
	return nil
}

// headerRow reports whether clause i, a table row, is the header of the
// rows after it: the next row is labelled with its cells.
func headerRow(cs []segment.Clause, i int, text string) bool {
	if cs[i].Kind != segment.KindRow || cs[i].Label != "" || i+1 == len(cs) || cs[i+1].Kind != segment.KindRow {
		return false
	}
	cells := strings.FieldsFunc(text, func(r rune) bool { return r == '\t' || r == '|' })
	for k := range cells {
		cells[k] = strings.TrimSpace(cells[k])
	}
	return cs[i+1].Label == strings.Join(cells, " | ")
}

// ownerIndex finds the SDK record that holds a clause (see
// extract.Input.Owner). The records come in reading order of their kind
// (table rows, then lines), not of position, and one may lie inside
// another, so they are sorted by start and the innermost holder wins.
type ownerIndex struct {
	sdks []extract.SDK // by Start
	next int           // first record that may hold a clause at or after the last start asked
}

func newOwnerIndex(sdks []extract.SDK) *ownerIndex {
	sorted := slices.Clone(sdks)
	slices.SortStableFunc(sorted, func(a, b extract.SDK) int { return a.Start - b.Start })
	return &ownerIndex{sdks: sorted}
}

// at returns the owner of the clause [start, end): the id of the innermost
// record holding it ("third_party" for an unknown SDK), or "". Clauses are
// asked in order of start.
func (o *ownerIndex) at(start, end int) string {
	for o.next < len(o.sdks) && o.sdks[o.next].End <= start && o.sdks[o.next].Start <= start {
		o.next++
	}
	owner, best := "", -1
	for k := o.next; k < len(o.sdks) && o.sdks[k].Start <= start; k++ {
		if s := o.sdks[k]; end <= s.End && s.Start > best {
			owner, best = s.ID, s.Start
			if owner == "" {
				owner = extract.ActorThirdParty
			}
		}
	}
	return owner
}

// within returns the records that lie inside the clause [start, end)
// (extract.Input.Owners), or nil. Call it after at, for the same clause.
func (o *ownerIndex) within(start, end int) []extract.OwnerSpan {
	var in []extract.OwnerSpan
	for k := o.next; k < len(o.sdks) && o.sdks[k].Start < end; k++ {
		if s := o.sdks[k]; s.Start >= start && s.End <= end {
			id := s.ID
			if id == "" {
				id = extract.ActorThirdParty
			}
			in = append(in, extract.OwnerSpan{Owner: id, Start: s.Start, End: s.End})
		}
	}
	return in
}

// headingPath lists the headings from the outermost section down to id.
func headingPath(secs []segment.Section, byID map[string]int, id string) []string {
	var path []string
	for id != "" {
		s := secs[byID[id]]
		path = append(path, s.Heading)
		id = s.Parent
	}
	slices.Reverse(path)
	return path
}

// remap maps the span of every element of xs from the analysis text to the
// input, in place, and returns xs; at gives the span fields of one element.
// In place, because xs always comes from a Result the extractor has just
// made for this call and nothing else holds: a copy cost an allocation per
// clause and list. It returns nil for no elements, so empty lists stay
// absent from the JSON.
func remap[T any](in *input, xs []T, at func(*T) (start, end *int)) []T {
	if len(xs) == 0 {
		return nil
	}
	for i := range xs {
		s, e := at(&xs[i])
		*s, *e = in.span(*s, *e)
	}
	return xs
}

func mentionSpan(m *Mention) (*int, *int)   { return &m.Start, &m.End }
func practiceSpan(p *Practice) (*int, *int) { return &p.Start, &p.End }

// spanned reports whether a cell of row clause c lies before the row: a
// cell of an earlier row spans it.
func spanned(c segment.Clause) bool {
	for _, x := range c.Cells {
		if x.End <= c.Start && x.Start < x.End {
			return true
		}
	}
	return false
}
