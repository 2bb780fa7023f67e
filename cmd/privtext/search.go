package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"slices"
	"strings"

	"github.com/privtext/go-privtext/privtext"
)

func init() {
	commands["search"] = command{
		summary: "search clauses (default: the embedded corpus, indexed in memory)",
		run:     runSearch,
	}
}

func runSearch(ctx context.Context, e *env, args []string) error {
	searchFacets := privtext.FacetNames()
	flags := flag.NewFlagSet("search", flag.ContinueOnError)
	db := flags.String("db", "", "index directory made by privtext index (default: index the embedded corpus in memory)")
	format := flags.String("format", "text", "output format: text or json")
	size := flags.Int("size", 10, "hits to show")
	from := flags.Int("from", 0, "hits to skip")
	var facets []string
	flags.Func("facet", "count matches by "+strings.Join(searchFacets, ", ")+" (repeatable)", func(s string) error {
		facets = append(facets, s)
		return nil
	})
	flags.Usage = func() {
		fmt.Fprintln(flags.Output(), "usage: privtext search [--db DIR] [--format text|json] [--facet NAME]... QUERY")
		fmt.Fprintln(flags.Output(), "QUERY uses bleve's query-string syntax over the clause fields, e.g.")
		fmt.Fprintln(flags.Output(), "  IMEI   data:location.precise   +negated:true +action:sell   vendor:mibee \"third party\"")
		fmt.Fprintln(flags.Output(), "Fields: text section vendor data purpose party sdk category action practice negated kind.")
		fmt.Fprintln(flags.Output(), "Flags may also follow the query words when written with two dashes (--facet vendor);\nafter a lone -- everything is query.")
		flags.PrintDefaults()
	}
	words, err := parseInterspersed(e, flags, args)
	if err != nil {
		return err
	}
	// Checked here as well as by Search so that a typo fails at once, not
	// after the corpus has been indexed.
	if *format != "text" && *format != "json" {
		return usageErrorf("unknown --format %q (want text or json)", *format)
	}
	if *size < 0 || *size > privtext.MaxSearchSize {
		return usageErrorf("--size must be in [0, %d]", privtext.MaxSearchSize)
	}
	if *from < 0 || *from > privtext.MaxSearchFrom {
		return usageErrorf("--from must be in [0, %d]", privtext.MaxSearchFrom)
	}
	for _, f := range facets {
		if !slices.Contains(searchFacets, f) {
			return usageErrorf("unknown --facet %q (want %s)", f, strings.Join(searchFacets, ", "))
		}
	}
	if len(words) == 0 {
		flags.Usage()
		return usageErrorf("missing QUERY")
	}
	q := privtext.Query{
		QueryString: strings.Join(words, " "),
		Size:        *size, From: *from, Facets: facets,
		Highlight: *format == "text",
	}
	var x *privtext.Index
	if *db != "" {
		x, err = privtext.OpenIndex(*db)
	} else {
		x, err = corpusMemIndex(ctx, e)
	}
	if err != nil {
		return err
	}
	defer x.Close()
	res, err := x.Search(ctx, q)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	return writeHits(e.stdout, q, res)
}

// parseInterspersed parses flags placed before, between or after the
// query words ("search IMEI --facet vendor"). Only "--name" flags are
// recognised after a word, since query strings use a single "-" to
// exclude terms ("-text:fraud"); after "--" everything is a word.
func parseInterspersed(e *env, flags *flag.FlagSet, args []string) ([]string, error) {
	var words []string
	for {
		if err := parseFlags(e, flags, args); err != nil {
			return nil, err
		}
		consumed := len(args) - flags.NArg()
		rest := flags.Args()
		if consumed > 0 && args[consumed-1] == "--" {
			return append(words, rest...), nil
		}
		i := 0
		for i < len(rest) && !strings.HasPrefix(rest[i], "--") {
			i++
		}
		words = append(words, rest[:i]...)
		if i < len(rest) && rest[i] == "--" {
			return append(words, rest[i+1:]...), nil
		}
		if i == len(rest) {
			return words, nil
		}
		args = rest[i:]
	}
}

// corpusMemIndex analyses the embedded corpus into an in-memory index.
func corpusMemIndex(ctx context.Context, e *env) (*privtext.Index, error) {
	policies, err := analyzeArgs(ctx, e, nil, privtext.Options{})
	if err != nil {
		return nil, err
	}
	x, err := privtext.NewMemIndex()
	if err != nil {
		return nil, err
	}
	if err := x.Add(ctx, policies...); err != nil {
		x.Close()
		return nil, err
	}
	return x, nil
}

// writeHits prints hits for a reader: rank, vendor, clause, section, then
// the matching passage with matches in **bold**.
func writeHits(w io.Writer, q privtext.Query, res *privtext.SearchResult) error {
	var b strings.Builder
	shown := ""
	if len(res.Hits) > 0 {
		shown = fmt.Sprintf(", showing %d–%d", q.From+1, q.From+len(res.Hits))
	}
	fmt.Fprintf(&b, "%d clauses match %q%s\n", res.Total, q.QueryString, shown)
	for i, h := range res.Hits {
		fmt.Fprintf(&b, "\n%3d. %s %s [%d:%d] score %.2f\n", q.From+i+1, h.Vendor, h.ClauseID, h.Start, h.End, h.Score)
		if h.Section != "" {
			fmt.Fprintf(&b, "     § %s\n", h.Section)
		}
		passage := strings.Join(strings.Fields(h.Text), " ")
		if len(h.Fragments) > 0 {
			passage = plainFragment(strings.Join(h.Fragments, " … "))
		}
		fmt.Fprintf(&b, "     %s\n", passage)
	}
	for _, name := range q.Facets {
		fmt.Fprintf(&b, "\nby %s:\n", name)
		terms := res.Facets[name]
		if len(terms) == 0 {
			b.WriteString("  (none)\n")
		}
		for _, t := range terms {
			fmt.Fprintf(&b, "  %5d  %s\n", t.Count, t.Term)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// plainFragment turns a highlighted HTML fragment into text with the
// matches in **bold**.
func plainFragment(s string) string {
	s = strings.NewReplacer("<mark>", "**", "</mark>", "**").Replace(s)
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}
