package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/privtext/go-privtext/privtext"
)

func init() {
	commands["compare"] = command{
		summary: "compare what policies say, vendor by vendor (md, csv, json, html)",
		run:     runCompare,
	}
}

func runCompare(ctx context.Context, e *env, args []string) error {
	flags := flag.NewFlagSet("compare", flag.ContinueOnError)
	by := flags.String("by", "data", "dimension: data, purpose, party, sdk or practice")
	level := flags.Int("level", 2, "roll labels up to this many levels (0: full labels)")
	format := flags.String("format", "md", "output format: md, csv, json or html")
	inputs := addInputFlags(flags)
	rules := addRulesFlag(flags)
	flags.Usage = func() {
		fmt.Fprintln(flags.Output(), "usage: privtext compare [--by data|purpose|party|sdk|practice] [--level N] [--format md|csv|json|html] [--max-bytes N] [FILE|corpus:NAME ...]")
		fmt.Fprintln(flags.Output(), "Without files, compares the embedded corpus. Practice labels are action:data,")
		fmt.Fprintln(flags.Output(), "e.g. collect:location; --level 1 keeps the action only.")
		flags.PrintDefaults()
	}
	if err := parseFlags(e, flags, args); err != nil {
		return err
	}
	dim, err := privtext.ParseDimension(*by)
	if err != nil {
		return usageErrorf("unknown --by %q (want data, purpose, party, sdk or practice)", *by)
	}
	if *level < 0 {
		return usageErrorf("--level must be >= 0")
	}
	var write func(*privtext.Matrix) error
	switch *format {
	case "md", "markdown":
		write = func(m *privtext.Matrix) error { return m.WriteMarkdown(e.stdout) }
	case "csv":
		write = func(m *privtext.Matrix) error { return m.WriteCSV(e.stdout) }
	case "json":
		write = func(m *privtext.Matrix) error { return m.WriteJSON(e.stdout) }
	case "html":
		write = func(m *privtext.Matrix) error { return m.WriteHTML(e.stdout) }
	default:
		return usageErrorf("unknown --format %q (want md, csv, json or html)", *format)
	}
	opts, err := inputs.options(privtext.Options{}, rules)
	if err != nil {
		return err
	}
	policies, err := analyzeArgs(ctx, e, flags.Args(), opts)
	if err != nil {
		return err
	}
	m, err := privtext.Compare(policies...).Matrix(dim, *level)
	if err != nil {
		return err
	}
	return write(m)
}
