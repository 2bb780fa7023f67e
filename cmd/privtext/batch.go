package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/privtext"
)

// source is one policy named on the command line or found in a directory.
type source struct {
	name string // as shown to the user
	size int64
	read func() ([]byte, error)
}

// policyExtensions are the files a directory walk picks up.
var policyExtensions = map[string]bool{".txt": true, ".text": true, ".html": true, ".htm": true, ".xhtml": true, ".md": true, ".markdown": true}

// expandSources turns arguments into sources: "corpus:NAME" (or "corpus:"
// for all embedded policies), "-" for standard input, files, and
// directories walked recursively for policy files (hidden directories are
// skipped). A missing path is an error before any work starts.
func expandSources(e *env, args []string, limit int64) ([]source, error) {
	if err := stdinOnce(args); err != nil {
		return nil, err
	}
	var out []source
	for _, arg := range args {
		if arg == "corpus:" {
			for _, id := range corpus.IDs() {
				src, err := sourceOf(e, "corpus:"+id, limit)
				if err != nil {
					return nil, err
				}
				out = append(out, src)
			}
			continue
		}
		info, err := os.Stat(arg)
		if arg == "-" || strings.HasPrefix(arg, "corpus:") || err == nil && !info.IsDir() {
			src, err := sourceOf(e, arg, limit)
			if err != nil {
				return nil, err
			}
			out = append(out, src)
			continue
		}
		if err != nil {
			return nil, err
		}
		n := len(out)
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != arg && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if !policyExtensions[strings.ToLower(filepath.Ext(path))] {
				return nil
			}
			fi, err := d.Info()
			if err != nil {
				return err
			}
			out = append(out, fileSource(path, fi.Size(), limit))
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(out) == n {
			return nil, fmt.Errorf("%s: no policy files (%s)", arg, extensionList())
		}
	}
	return out, nil
}

// stdinOnce rejects arguments naming standard input more than once: the
// second read would find it empty.
func stdinOnce(args []string) error {
	n := 0
	for _, arg := range args {
		if arg == "-" {
			n++
		}
	}
	if n > 1 {
		return usageErrorf("standard input (-) can be read only once")
	}
	return nil
}

// sourceOf returns the source one argument names: "corpus:NAME", "-" for
// standard input, or a file.
func sourceOf(e *env, arg string, limit int64) (source, error) {
	switch {
	case strings.HasPrefix(arg, "corpus:"):
		id := strings.TrimPrefix(arg, "corpus:")
		cp, ok := corpus.Get(id)
		if !ok {
			return source{}, usageErrorf("no embedded policy %q (have %s)", id, strings.Join(corpus.IDs(), ", "))
		}
		return source{name: arg, size: int64(len(cp.Text)), read: func() ([]byte, error) { return cp.Text, nil }}, nil
	case arg == "-":
		return source{name: "-", read: func() ([]byte, error) { return io.ReadAll(io.LimitReader(e.stdin, limit+1)) }}, nil
	}
	info, err := os.Stat(arg)
	if err != nil {
		return source{}, err
	}
	return fileSource(arg, info.Size(), limit), nil
}

func extensionList() string {
	var exts []string
	for ext := range policyExtensions {
		exts = append(exts, ext)
	}
	slices.Sort(exts)
	return strings.Join(exts, " ")
}

func fileSource(path string, size, limit int64) source {
	return source{name: path, size: size, read: func() ([]byte, error) { return readFileLimited(path, limit) }}
}

// analyzeArgs analyses the policies the arguments name (the embedded corpus
// when there are none) on all cores, for commands that need them all at
// once (compare, search). The first failure is the error.
func analyzeArgs(ctx context.Context, e *env, args []string, opts privtext.Options) ([]*privtext.Policy, error) {
	if len(args) == 0 {
		args = []string{"corpus:"}
	}
	sources, err := expandSources(e, args, maxOr(opts.MaxBytes))
	if err != nil {
		return nil, err
	}
	quiet := *e
	quiet.isTerminal = false
	quiet.stderr = io.Discard // no per-run summary line for a handful of policies
	policies := make([]*privtext.Policy, 0, len(sources))
	_, err = analyzeAll(ctx, &quiet, sources, opts, func(r result) error {
		if r.err != nil {
			return fmt.Errorf("%s: %w", r.src.name, r.err)
		}
		policies = append(policies, r.policy)
		return nil
	})
	return policies, err
}

// result is one analysed source.
type result struct {
	src    source
	policy *privtext.Policy
	err    error
}

// analyzeAll analyses sources on all cores and hands results to emit in
// source order. At most a few results per worker wait in memory, so memory
// stays flat however many files there are. It stops at the first emit
// error or when ctx is cancelled; it returns the number of failed sources.
func analyzeAll(ctx context.Context, e *env, sources []source, opts privtext.Options, emit func(result) error) (failed int, err error) {
	prog := newProgress(e, sources)
	err = inOrder(ctx,
		func(put func(source) bool) error {
			for _, s := range sources {
				if !put(s) {
					break
				}
			}
			return nil
		},
		func(ctx context.Context, s source) result { return analyzeSource(ctx, s, opts) },
		func(r result) error {
			prog.done(r)
			if r.err != nil {
				failed++
			}
			return emit(r)
		})
	prog.finish()
	return failed, err
}

func analyzeSource(ctx context.Context, s source, opts privtext.Options) result {
	if err := ctx.Err(); err != nil {
		return result{src: s, err: err}
	}
	raw, err := s.read()
	if err != nil {
		return result{src: s, err: err}
	}
	if s.name != "-" {
		opts.Name = s.name
	}
	if strings.HasPrefix(s.name, "corpus:") {
		id := strings.TrimPrefix(s.name, "corpus:")
		opts.Name = id + ".txt"
		if cp, ok := corpus.Get(id); ok && opts.Vendor == "" {
			opts.Vendor = cp.Name
		}
	}
	p, err := privtext.AnalyzeBytes(ctx, raw, opts)
	if err != nil {
		err = cliError{err}
	}
	return result{src: s, policy: p, err: err}
}

// progress reports files done, throughput and time left on a terminal, and
// one summary line at the end either way.
type progress struct {
	w        io.Writer
	live     bool
	total    int
	bytes    int64
	n        int
	failed   int
	doneB    int64
	start    time.Time
	lastDraw time.Time
}

func newProgress(e *env, sources []source) *progress {
	p := &progress{w: e.stderr, live: e.isTerminal, total: len(sources), start: time.Now()}
	for _, s := range sources {
		p.bytes += s.size
	}
	return p
}

func (p *progress) done(r result) {
	p.n++
	p.doneB += r.src.size
	if r.err != nil {
		p.failed++
	}
	if !p.live || time.Since(p.lastDraw) < 100*time.Millisecond {
		return
	}
	p.lastDraw = time.Now()
	el := time.Since(p.start).Seconds()
	rate := float64(p.doneB) / 1e6 / max(el, 1e-9)
	eta := "?"
	if p.doneB > 0 {
		left := time.Duration(float64(p.bytes-p.doneB) / float64(p.doneB) * el * float64(time.Second))
		eta = left.Round(time.Second).String()
	}
	fmt.Fprintf(p.w, "\r%d/%d files, %.1f MB/s, ETA %s   ", p.n, p.total, rate, eta)
}

func (p *progress) finish() {
	if p.live {
		fmt.Fprint(p.w, "\r\033[K")
	}
	if p.total <= 1 {
		return
	}
	el := time.Since(p.start)
	fmt.Fprintf(p.w, "privtext: %d files (%d failed), %.1f MB in %s, %.1f MB/s\n",
		p.n, p.failed, float64(p.doneB)/1e6, el.Round(time.Millisecond), float64(p.doneB)/1e6/max(el.Seconds(), 1e-9))
}
