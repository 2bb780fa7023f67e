package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/privtext/go-privtext/internal/markup"
	"github.com/privtext/go-privtext/privtext"
)

func init() {
	commands["analyze"] = command{
		summary: "print a policy's sections and clauses (text or JSON)",
		run:     runAnalyze,
	}
}

func runAnalyze(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	format := fs.String("format", "text", "output format: text or json")
	vendor := fs.String("vendor", "", "vendor name (default: read from the policy)")
	input := fs.String("input", "", "input format: text, html or markdown (default: detect)")
	inputs := addInputFlags(fs)
	jsonl := fs.Bool("jsonl", false, `read JSON lines {"id": ..., "text": ...} from stdin, write one JSON line each`)
	rules := addRulesFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: privtext analyze [--format text|json] [--vendor NAME] [--input FORMAT] [--encoding NAME] FILE|-|corpus:NAME")
		fmt.Fprintln(fs.Output(), "       privtext analyze [--format text|json] FILE|DIR|corpus:... ...  (many: JSON lines, one per policy)")
		fmt.Fprintln(fs.Output(), "       privtext analyze --jsonl < lines.jsonl")
		fs.PrintDefaults()
	}
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usageErrorf("unknown --format %q (want text or json)", *format)
	}
	if _, err := markup.ParseFormat(*input); err != nil {
		return usageErrorf("unknown --input %q (want text, html or markdown)", *input)
	}
	opts, err := inputs.options(privtext.Options{Vendor: *vendor, Format: *input}, rules)
	if err != nil {
		return err
	}
	if *jsonl {
		// Input and output formats (and UTF-8 JSON strings) are fixed;
		// rather than ignore such flags, say so.
		if fs.NArg() > 0 {
			return usageErrorf("--jsonl reads standard input, not %q", fs.Arg(0))
		}
		var err error
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "format" || f.Name == "input" || f.Name == "encoding" {
				err = usageErrorf("--jsonl does not take --%s", f.Name)
			}
		})
		if err != nil {
			return err
		}
		return analyzeJSONLines(ctx, e, opts)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageErrorf("want FILE, DIR, - or corpus:NAME")
	}
	if fs.NArg() > 1 || isBatchArg(fs.Arg(0)) {
		return analyzeBatch(ctx, e, fs.Args(), opts, *format == "json")
	}
	p, err := loadPolicy(ctx, e, fs.Arg(0), opts)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(p)
	}
	return writeOutline(e.stdout, p)
}

// isBatchArg reports whether a single argument names many policies: a
// directory, or "corpus:" for the whole embedded corpus.
func isBatchArg(arg string) bool {
	if arg == "corpus:" {
		return true
	}
	info, err := os.Stat(arg)
	return err == nil && info.IsDir()
}

// analyzeBatch analyses many policies on all cores and streams the results
// in argument order: in JSON, one compact line per policy ({"file", "error"}
// for one that failed); in text, one outline after another.
func analyzeBatch(ctx context.Context, e *env, args []string, opts privtext.Options, asJSON bool) error {
	sources, err := expandSources(e, args, maxOr(opts.MaxBytes))
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	failed, err := analyzeAll(ctx, e, sources, opts, func(r result) error {
		if r.err != nil {
			if asJSON {
				return enc.Encode(map[string]string{"file": r.src.name, "error": r.err.Error()})
			}
			fmt.Fprintf(e.stderr, "privtext analyze: %s: %v\n", r.src.name, r.err)
			return nil
		}
		if asJSON {
			return enc.Encode(struct {
				File string `json:"file"`
				*privtext.Policy
			}{r.src.name, r.policy})
		}
		fmt.Fprintf(e.stdout, "==> %s\n", r.src.name)
		return writeOutline(e.stdout, r.policy)
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d policies failed", failed, len(sources))
	}
	return nil
}

// loadPolicy analyses a command-line argument: "corpus:NAME" for an
// embedded policy, "-" for standard input, otherwise a file path.
func loadPolicy(ctx context.Context, e *env, arg string, opts privtext.Options) (*privtext.Policy, error) {
	src, err := sourceOf(e, arg, maxOr(opts.MaxBytes))
	if err != nil {
		return nil, err
	}
	r := analyzeSource(ctx, src, opts)
	if r.err != nil {
		return nil, fmt.Errorf("%s: %w", arg, r.err)
	}
	return r.policy, nil
}

// inputFlags are the flags every command that reads policies has: how
// large an input may be, and its encoding when detection cannot tell.
type inputFlags struct {
	maxBytes *int64
	encoding *string
}

func addInputFlags(fs *flag.FlagSet) inputFlags {
	return inputFlags{
		maxBytes: fs.Int64("max-bytes", privtext.DefaultMaxBytes, "largest input accepted, in bytes"),
		encoding: fs.String("encoding", "", "the inputs' character `encoding` (e.g. windows-1252, latin1, gbk) instead of detecting UTF-8, UTF-16 or GB18030"),
	}
}

// options returns base with the input flags applied and the rules of
// --rules compiled; an unknown --encoding is a usage error.
func (f inputFlags) options(base privtext.Options, rules *ruleFiles) (privtext.Options, error) {
	if *f.encoding != "" {
		if err := markup.CheckEncoding(*f.encoding); err != nil {
			return base, usageErrorf("--encoding: %v", err)
		}
	}
	base.MaxBytes, base.Encoding = *f.maxBytes, *f.encoding
	return rules.apply(base)
}

func maxOr(n int64) int64 {
	if n <= 0 {
		return privtext.DefaultMaxBytes
	}
	return n
}

// readFileLimited reads at most limit+1 bytes, so that an oversized file is
// reported by Analyze without being read whole.
func readFileLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit+1))
}

// writeOutline prints the section tree, then the clauses section by
// section.
func writeOutline(w io.Writer, p *privtext.Policy) error {
	var b bytes.Buffer
	// Either may be empty (standard input often has neither), and the
	// vendor may be the title itself.
	var names []string
	for _, s := range []string{p.Vendor, p.Title} {
		if s != "" && !slices.Contains(names, s) {
			names = append(names, s)
		}
	}
	if len(names) == 0 {
		names = []string{"(untitled)"}
	}
	fmt.Fprintln(&b, strings.Join(names, " — "))
	if p.Controller != "" {
		fmt.Fprintf(&b, "controller: %s\n", p.Controller)
	}
	if p.Updated != "" {
		fmt.Fprintf(&b, "updated: %s\n", p.Updated)
	}
	if p.Effective != "" {
		fmt.Fprintf(&b, "effective: %s\n", p.Effective)
	}
	if len(p.Contacts) > 0 {
		var values []string
		for _, c := range p.Contacts {
			values = append(values, c.Value)
		}
		fmt.Fprintf(&b, "contacts: %s\n", strings.Join(values, ", "))
	}
	if len(p.SDKs) > 0 {
		var names []string
		for _, s := range p.SDKs {
			names = append(names, s.Name)
		}
		fmt.Fprintf(&b, "SDKs (%d): %s\n", len(p.SDKs), strings.Join(names, ", "))
	}
	fmt.Fprintf(&b, "%d sections, %d clauses\n\n", len(p.Sections), len(p.Clauses))
	// Headings print in document order, including those of sections that
	// hold only sub-sections.
	index := make(map[string]int, len(p.Sections))
	for i, s := range p.Sections {
		index[s.ID] = i
	}
	printed := 0
	heading := func(upTo int) {
		for ; printed <= upTo && printed < len(p.Sections); printed++ {
			s := p.Sections[printed]
			fmt.Fprintf(&b, "\n%s%s %s\n", strings.Repeat("  ", s.Level-1), numberOf(&s), s.Heading)
		}
	}
	for _, c := range p.Clauses {
		if c.Section != "" {
			heading(index[c.Section])
		}
		label := ""
		if c.Label != "" {
			label = "[" + c.Label + "] "
		}
		fmt.Fprintf(&b, "    %s%s %s%s\n", strings.Repeat("  ", c.Depth), c.ID, label, oneLine(c.Text))
	}
	heading(len(p.Sections))
	_, err := w.Write(b.Bytes())
	return err
}

func numberOf(s *privtext.Section) string {
	if s.Number == "" {
		return "§"
	}
	return s.Number
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
