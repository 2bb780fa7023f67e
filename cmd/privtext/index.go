package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/privtext"
)

func init() {
	commands["index"] = command{
		summary: "add policies to an on-disk clause index (default: the embedded corpus)",
		run:     runIndex,
	}
}

// defaultDB is where index and search keep the index unless told otherwise.
const defaultDB = "privtext.index"

// policyExts are the file extensions index picks up when walking a
// directory.
var policyExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

func runIndex(ctx context.Context, e *env, args []string) error {
	flags := flag.NewFlagSet("index", flag.ContinueOnError)
	flags.SetOutput(e.stderr)
	db := flags.String("db", defaultDB, "index directory (created when missing)")
	flags.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: privtext index [--db DIR] [FILE|DIR|corpus:NAME ...]")
		fmt.Fprintln(e.stderr, "Without arguments, indexes the embedded corpus. A policy already in the")
		fmt.Fprintln(e.stderr, "index (same vendor) is replaced. Directories are walked for .txt, .md and .html files.")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return err
	}
	if *db == "" {
		return usageErrorf("--db must not be empty")
	}
	inputs, err := expandInputs(flags.Args())
	if err != nil {
		return err
	}
	x, created, err := openOrCreateIndex(*db)
	if err != nil {
		return err
	}
	clauses := 0
	for i, arg := range inputs {
		p, err := loadPolicy(ctx, e, arg, privtext.Options{})
		if err != nil {
			x.Close()
			return err
		}
		if err := x.Add(ctx, p); err != nil {
			x.Close()
			return fmt.Errorf("%s: %w", arg, err)
		}
		clauses += len(p.Clauses)
		if e.isTerminal {
			fmt.Fprintf(e.stderr, "\rindexed %d/%d policies, %d clauses", i+1, len(inputs), clauses)
		}
	}
	if e.isTerminal {
		fmt.Fprintln(e.stderr)
	}
	total, err := x.Count()
	if cerr := x.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	verb := "updated"
	if created {
		verb = "created"
	}
	fmt.Fprintf(e.stderr, "%s %s: indexed %d policies (%d clauses); the index holds %d clauses\n", verb, *db, len(inputs), clauses, total)
	return nil
}

// openOrCreateIndex opens the index at dir, creating it when missing or
// an empty directory ("mkdir db && privtext index --db db").
func openOrCreateIndex(dir string) (x *privtext.Index, created bool, err error) {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) == 0 {
		if err := os.Remove(dir); err != nil {
			return nil, false, err
		}
	}
	x, err = privtext.OpenIndex(dir)
	if errors.Is(err, privtext.ErrIndexNotFound) {
		x, err = privtext.CreateIndex(dir)
		return x, true, err
	}
	return x, false, err
}

// expandInputs turns the arguments into policy arguments for loadPolicy:
// the embedded corpus when there are none, the policy files under each
// directory.
func expandInputs(args []string) ([]string, error) {
	if len(args) == 0 {
		var out []string
		for _, id := range corpus.IDs() {
			out = append(out, "corpus:"+id)
		}
		return out, nil
	}
	var out []string
	for _, arg := range args {
		if arg == "-" || strings.HasPrefix(arg, "corpus:") {
			out = append(out, arg)
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, arg)
			continue
		}
		n := len(out)
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && policyExts[strings.ToLower(filepath.Ext(path))] {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(out) == n {
			return nil, fmt.Errorf("%s: no .txt, .md or .html files", arg)
		}
	}
	return out, nil
}
