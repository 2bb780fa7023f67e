package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/privtext/go-privtext/extract"
	"github.com/privtext/go-privtext/internal/eval"
)

func init() {
	commands["eval"] = command{
		summary: "score the extractor on the OPP-115 or APP-350 datasets",
		run:     runEval,
	}
}

// runEval scores the embedded rules against an annotated dataset kept
// outside the repository (the project's shared directory) and prints the
// per-label table. With -errors it also lists the segments it got wrong,
// which is how the rules are tuned on the train split.
func runEval(ctx context.Context, env *env, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	dataset := fs.String("dataset", "opp115", "dataset: opp115 or app350")
	split := fs.String("split", "validation", "split: train or validation")
	shared := fs.String("shared", "../shared", "the shared directory holding datasets/")
	errs := fs.Int("errors", 0, "also print up to `N` mistaken segments")
	label := fs.String("label", "", "with -errors, only mistakes involving this label (substring)")
	level := fs.String("level", "segment", "app350 only: score each `segment`, or each whole policy (policy: the union of its segments' labels)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: privtext eval [-dataset opp115|app350] [-split train|validation] [-level segment|policy] [-shared DIR] [-errors N [-label L]]")
		fs.PrintDefaults()
	}
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErrorf("unexpected argument %q", fs.Arg(0))
	}
	if *split != "train" && *split != "validation" {
		return usageErrorf("-split must be train or validation, not %q", *split)
	}
	if *level != "segment" && *level != "policy" {
		return usageErrorf("-level must be segment or policy, not %q", *level)
	}
	if *level == "policy" && *dataset != "app350" {
		return usageErrorf("-level policy needs -dataset app350: OPP-115 segments carry no policy")
	}
	e := extract.Default()
	var (
		examples []eval.Example
		policies []eval.APP350Policy
		predict  eval.Predictor
	)
	switch *dataset {
	case "opp115":
		ex, err := eval.LoadOPP115(eval.OPP115Path(*shared, *split))
		if err != nil {
			return err
		}
		examples, predict = ex, eval.OPP115Predictor(e)
	case "app350":
		typ := eval.APP350Training
		if *split == "validation" {
			typ = eval.APP350Validation
		}
		ps, err := eval.LoadAPP350(filepath.Join(*shared, "datasets", "app350"), typ)
		if err != nil {
			return err
		}
		policies, examples, predict = ps, eval.APP350Segments(ps), eval.APP350Predictor(e)
	default:
		return usageErrorf("-dataset must be opp115 or app350, not %q", *dataset)
	}
	shown := 0
	var miss func(eval.Example, []string)
	if *errs > 0 {
		miss = func(ex eval.Example, pred []string) {
			if shown >= *errs {
				return
			}
			involved := append(slices.Clone(ex.Labels), pred...)
			if *level == "policy" {
				// A policy holds most labels: only the ones it got wrong count.
				involved = append(minus(ex.Labels, pred), minus(pred, ex.Labels)...)
			}
			if *label != "" && !strings.Contains(strings.Join(involved, "\x00"), *label) {
				return
			}
			shown++
			if *level == "policy" {
				// A policy's label lists are long: show what differs.
				fmt.Fprintf(env.stdout, "%s\n  missed: %s\n  extra: %s\n\n", ex.Source,
					strings.Join(minus(ex.Labels, pred), "; "), strings.Join(minus(pred, ex.Labels), "; "))
				return
			}
			fmt.Fprintf(env.stdout, "%s\n  gold: %s\n  pred: %s\n  text: %s\n\n", ex.Source,
				strings.Join(ex.Labels, "; "), strings.Join(pred, "; "), ex.Text)
		}
	}
	var (
		report eval.Report
		err    error
	)
	if *level == "policy" {
		report, err = eval.RunPolicies(ctx, policies, predict, miss)
	} else {
		report, err = eval.Run(ctx, examples, predict, miss)
	}
	if err != nil {
		return err
	}
	if *level == "policy" {
		fmt.Fprintf(env.stdout, "%s %s, whole policies\n", *dataset, *split)
	} else {
		fmt.Fprintf(env.stdout, "%s %s\n", *dataset, *split)
	}
	return report.WriteTable(env.stdout)
}

// minus returns the labels of a that are not in b, in a's order.
func minus(a, b []string) []string {
	var out []string
	for _, l := range a {
		if !slices.Contains(b, l) {
			out = append(out, l)
		}
	}
	return out
}
