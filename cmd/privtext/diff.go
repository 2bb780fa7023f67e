package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/privtext/go-privtext/privtext"
)

func init() {
	commands["diff"] = command{
		summary: "show what changed between two versions of a policy",
		run:     runDiff,
	}
}

func runDiff(ctx context.Context, e *env, args []string) error {
	flags := flag.NewFlagSet("diff", flag.ContinueOnError)
	format := flags.String("format", "text", "output format: text or json")
	inputs := addInputFlags(flags)
	rules := addRulesFlag(flags)
	flags.Usage = func() {
		fmt.Fprintln(flags.Output(), "usage: privtext diff [--format text|json] [--max-bytes N] OLD NEW")
		fmt.Fprintln(flags.Output(), "OLD and NEW are files, - (standard input) or corpus:NAME. Reports edited, added")
		fmt.Fprintln(flags.Output(), "and removed clauses (moved clauses are not changes) and the data types, purposes,")
		fmt.Fprintln(flags.Output(), "parties, SDKs and practices that appear, disappear or flip polarity.")
		flags.PrintDefaults()
	}
	if err := parseFlags(e, flags, args); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usageErrorf("unknown --format %q (want text or json)", *format)
	}
	if flags.NArg() != 2 {
		flags.Usage()
		return usageErrorf("want OLD and NEW")
	}
	if err := stdinOnce(flags.Args()); err != nil {
		return err
	}
	opts, err := inputs.options(privtext.Options{}, rules)
	if err != nil {
		return err
	}
	old, err := loadPolicy(ctx, e, flags.Arg(0), opts)
	if err != nil {
		return err
	}
	new, err := loadPolicy(ctx, e, flags.Arg(1), opts)
	if err != nil {
		return err
	}
	d := privtext.Diff(old, new)
	if *format == "json" {
		return d.WriteJSON(e.stdout)
	}
	return d.WriteText(e.stdout)
}
