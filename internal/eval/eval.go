// Package eval measures privtext's rule-based extractor against the public
// annotated corpora kept in the project's shared directory: OPP-115 (segment
// categories, the PrivacyGLUE majority-vote split) and APP-350 (data
// practices with modality, per segment).
//
// The datasets are never copied into the repository. Callers locate them with
// FindShared, which walks up from a directory to the module root (the
// directory holding go.mod) and returns its sibling "shared" directory; tests
// skip when it is absent.
//
// Scoring is multi-label and per example: for every example the predicted
// label set is compared with the gold set, and each label accumulates true
// positives, false positives and false negatives. Report gives per-label
// precision, recall and F1, the micro average (over the pooled counts) and
// the macro average (the unweighted mean of per-label F1 over every label
// that occurs in the gold or the predictions), which is how PrivacyGLUE
// reports OPP-115.
package eval

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Example is one annotated segment and its gold labels.
type Example struct {
	Text   string
	Labels []string // sorted, no duplicates
	Source string   // where it comes from: "policy_101.yml#4" (segment id), "train.csv:12" (record number)
}

// Count holds the confusion counts of one label.
type Count struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (c Count) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when nothing was expected.
func (c Count) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Count) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Support is the number of gold occurrences of the label.
func (c Count) Support() int { return c.TP + c.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scorer accumulates multi-label counts. The zero value is ready to use; it
// is not safe for concurrent use.
type Scorer struct {
	counts   map[string]*Count
	examples int
}

// Add compares one example's predicted labels with its gold labels.
// Duplicates within either list are counted once.
func (s *Scorer) Add(gold, pred []string) {
	if s.counts == nil {
		s.counts = map[string]*Count{}
	}
	s.examples++
	g := set(gold)
	p := set(pred)
	for l := range g {
		c := s.count(l)
		if p[l] {
			c.TP++
		} else {
			c.FN++
		}
	}
	for l := range p {
		if !g[l] {
			s.count(l).FP++
		}
	}
}

func (s *Scorer) count(label string) *Count {
	c := s.counts[label]
	if c == nil {
		c = &Count{}
		s.counts[label] = c
	}
	return c
}

func set(labels []string) map[string]bool {
	m := make(map[string]bool, len(labels))
	for _, l := range labels {
		m[l] = true
	}
	return m
}

// LabelScore is one row of a Report.
type LabelScore struct {
	Label string
	Count
}

// Report is the outcome of a Scorer.
type Report struct {
	Examples int
	Labels   []LabelScore // sorted by descending support, then label
	Micro    Count        // pooled counts
	MacroP   float64      // mean per-label precision
	MacroR   float64      // mean per-label recall
	MacroF1  float64      // mean per-label F1
}

// MicroF1 is the F1 of the pooled counts.
func (r Report) MicroF1() float64 { return r.Micro.F1() }

// Report summarises the counts accumulated so far.
func (s *Scorer) Report() Report {
	r := Report{Examples: s.examples}
	for l, c := range s.counts {
		r.Labels = append(r.Labels, LabelScore{Label: l, Count: *c})
		r.Micro.TP += c.TP
		r.Micro.FP += c.FP
		r.Micro.FN += c.FN
	}
	sort.Slice(r.Labels, func(i, j int) bool {
		a, b := r.Labels[i], r.Labels[j]
		if a.Support() != b.Support() {
			return a.Support() > b.Support()
		}
		return a.Label < b.Label
	})
	if n := float64(len(r.Labels)); n > 0 {
		for _, l := range r.Labels {
			r.MacroP += l.Precision() / n
			r.MacroR += l.Recall() / n
			r.MacroF1 += l.F1() / n
		}
	}
	return r
}

// WriteTable prints the report as an aligned plain-text table.
func (r Report) WriteTable(w io.Writer) error {
	width := len("label")
	for _, l := range r.Labels {
		width = max(width, len(l.Label))
	}
	var b strings.Builder
	row := func(label string, p, rc, f float64, sup, tp, fp, fn int) {
		fmt.Fprintf(&b, "%-*s  %5.3f  %5.3f  %5.3f  %7d  %5d  %5d  %5d\n", width, label, p, rc, f, sup, tp, fp, fn)
	}
	fmt.Fprintf(&b, "%-*s  %5s  %5s  %5s  %7s  %5s  %5s  %5s\n", width, "label", "P", "R", "F1", "support", "TP", "FP", "FN")
	for _, l := range r.Labels {
		row(l.Label, l.Precision(), l.Recall(), l.F1(), l.Support(), l.TP, l.FP, l.FN)
	}
	fmt.Fprintf(&b, "%s\n", strings.Repeat("-", width+50))
	m := r.Micro
	row("micro", m.Precision(), m.Recall(), m.F1(), m.Support(), m.TP, m.FP, m.FN)
	fmt.Fprintf(&b, "%-*s  %5.3f  %5.3f  %5.3f\n", width, "macro", r.MacroP, r.MacroR, r.MacroF1)
	fmt.Fprintf(&b, "%d examples\n", r.Examples)
	_, err := io.WriteString(w, b.String())
	return err
}

// Round3 rounds to three decimals, for stable comparisons in tests.
func Round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// ErrNoShared is returned by FindShared when there is no shared directory.
var ErrNoShared = errors.New("eval: shared directory not found")

// FindShared walks up from dir to the module root (the first directory with
// a go.mod) and returns the "shared" directory beside it. It returns an error
// wrapping ErrNoShared when either is missing.
func FindShared(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			shared := filepath.Join(filepath.Dir(d), "shared")
			if fi, err := os.Stat(shared); err == nil && fi.IsDir() {
				return shared, nil
			}
			return "", fmt.Errorf("%w: no %s", ErrNoShared, shared)
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("%w: no go.mod above %s", ErrNoShared, abs)
		}
		d = parent
	}
}
