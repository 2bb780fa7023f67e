package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

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

func runIndex(ctx context.Context, e *env, args []string) error {
	flags := flag.NewFlagSet("index", flag.ContinueOnError)
	db := flags.String("db", defaultDB, "index directory (created when missing)")
	inputs := addInputFlags(flags)
	rules := addRulesFlag(flags)
	flags.Usage = func() {
		fmt.Fprintln(flags.Output(), "usage: privtext index [--db DIR] [--max-bytes N] [FILE|DIR|corpus:NAME ...]")
		fmt.Fprintln(flags.Output(), "Without arguments, indexes the embedded corpus. A policy already in the")
		fmt.Fprintln(flags.Output(), "index (same vendor) is replaced. Directories are walked for .txt, .md and .html files.")
		flags.PrintDefaults()
	}
	if err := parseFlags(e, flags, args); err != nil {
		return err
	}
	if *db == "" {
		return usageErrorf("--db must not be empty")
	}
	paths := flags.Args()
	if len(paths) == 0 {
		paths = []string{"corpus:"}
	}
	opts, err := inputs.options(privtext.Options{}, rules)
	if err != nil {
		return err
	}
	sources, err := expandSources(e, paths, maxOr(opts.MaxBytes))
	if err != nil {
		return err
	}
	x, created, err := openOrCreateIndex(*db)
	if err != nil {
		return err
	}
	w := &indexWriter{ctx: ctx, x: x, seen: map[string]string{}}
	failed, err := analyzeAll(ctx, e, sources, opts, func(r result) error {
		if r.err != nil {
			fmt.Fprintf(e.stderr, "privtext index: %s: %v\n", r.src.name, r.err)
			return nil
		}
		return w.add(r.src.name, r.policy)
	})
	if err == nil {
		err = w.flush()
	}
	// Close even after an error or Ctrl-C: what was flushed stays a
	// readable index.
	total, cerr := x.Count()
	if cerr := x.Close(); err == nil {
		err = cerr
	}
	if err == nil && created && w.policies == 0 {
		// Every input failed: leave no empty index for a later search to
		// find nothing in. (An interrupted run keeps its index, which
		// still opens.)
		if err := os.RemoveAll(*db); err != nil {
			return err
		}
		return fmt.Errorf("%d of %d policies failed; %s not created", failed, len(sources), *db)
	}
	if err != nil {
		return err
	}
	if cerr != nil {
		return cerr
	}
	verb := "updated"
	if created {
		verb = "created"
	}
	fmt.Fprintf(e.stderr, "%s %s: indexed %d policies (%d clauses); the index holds %d clauses\n", verb, *db, w.policies, w.clauses, total)
	if w.renamed > 0 {
		fmt.Fprintf(e.stderr, "%d policies shared their vendor name with an earlier file of this run and were filed as \"VENDOR (FILE)\"\n", w.renamed)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d policies failed", failed, len(sources))
	}
	return nil
}

// indexWriter adds analysed policies to an index in groups of about one
// bleve batch, so that a directory of small policies is not written one
// policy (one segment) at a time.
type indexWriter struct {
	ctx      context.Context
	x        *privtext.Index
	pending  []*privtext.Policy
	size     int               // clauses pending
	seen     map[string]string // vendor key → the file first filed under it
	renamed  int
	policies int
	clauses  int
}

// indexGroupClauses is how many clauses indexWriter gathers per Add.
const indexGroupClauses = 2000

// add queues p for the index. Two files of one run that read as the same
// vendor are both kept: the later one is filed as "Vendor (file)", since
// Index.Add would otherwise replace the first with it. A vendor indexed by
// an earlier run is still replaced, which is how a new version goes in.
func (w *indexWriter) add(file string, p *privtext.Policy) error {
	key := strings.ToLower(p.Vendor)
	if first, dup := w.seen[key]; dup && first != file {
		p.Vendor = fmt.Sprintf("%s (%s)", p.Vendor, file)
		key = strings.ToLower(p.Vendor)
		w.renamed++
	}
	w.seen[key] = file
	w.pending = append(w.pending, p)
	w.size += len(p.Clauses)
	w.policies++
	w.clauses += len(p.Clauses)
	if w.size >= indexGroupClauses {
		return w.flush()
	}
	return nil
}

func (w *indexWriter) flush() error {
	if len(w.pending) == 0 {
		return nil
	}
	err := w.x.Add(w.ctx, w.pending...)
	clear(w.pending)
	w.pending, w.size = w.pending[:0], 0
	return err
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
