package eval

import (
	"context"
	"slices"

	"github.com/privtext/go-privtext/extract"
)

// Predictor labels one segment.
type Predictor func(text string) []string

// Run scores predict over examples. When miss is not nil it is called for
// every example whose prediction differs from its gold labels. Run stops
// early, returning the partial report and ctx.Err(), when ctx is done.
func Run(ctx context.Context, examples []Example, predict Predictor, miss func(ex Example, pred []string)) (Report, error) {
	return run(ctx, len(examples), func(i int) (Example, []string) {
		return examples[i], predict(examples[i].Text)
	}, miss)
}

// run scores n examples; example returns the i-th with its prediction.
func run(ctx context.Context, n int, example func(i int) (Example, []string), miss func(ex Example, pred []string)) (Report, error) {
	var s Scorer
	for i := range n {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return s.Report(), err
			}
		}
		ex, pred := example(i)
		s.Add(ex.Labels, pred)
		if miss != nil && !sameSet(ex.Labels, pred) {
			miss(ex, pred)
		}
	}
	return s.Report(), nil
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(slices.Compact(a), slices.Compact(b))
}

// OPP115Predictor labels a segment with e's OPP-115 category names. The
// segment is one clause without headings: the dataset has none.
func OPP115Predictor(e *extract.Extractor) Predictor {
	return func(text string) []string {
		return e.Clause(extract.Input{Text: text}).OPP115
	}
}

// APP350Predictor labels a segment with e's APP-350 (practice, modality)
// pairs as APP350Key strings.
func APP350Predictor(e *extract.Extractor) Predictor {
	return func(text string) []string {
		var out []string
		for _, l := range e.Clause(extract.Input{Text: text}).APP350 {
			out = append(out, APP350Key(l.Practice, l.Modality))
		}
		return out
	}
}

// RunPolicies scores predict over whole policies rather than segments: a
// policy's gold labels are the union of its segments' labels, and its
// predicted labels the union of predict over the same segments. This is
// the question most readers of a policy ask — does it say anywhere that
// the app collects the IMEI, or that it does not sell data — and the level
// at which policy classifiers of APP-350 are usually reported. A label
// stated in one segment and annotated in another counts as found here,
// where the segment-level score counts one false positive and one false
// negative. The Example handed to miss has the policy's name as Source and
// no Text. Like Run, it stops early with ctx.Err() when ctx is done.
func RunPolicies(ctx context.Context, policies []APP350Policy, predict Predictor, miss func(ex Example, pred []string)) (Report, error) {
	return run(ctx, len(policies), func(i int) (Example, []string) {
		p := policies[i]
		ex := Example{Source: p.Name}
		var pred []string
		for _, seg := range p.Segments {
			for _, l := range seg.Labels {
				ex.Labels = appendUnique(ex.Labels, l)
			}
			for _, l := range predict(seg.Text) {
				pred = appendUnique(pred, l)
			}
		}
		return ex, pred
	}, miss)
}

// APP350Segments flattens policies into their segments.
func APP350Segments(policies []APP350Policy) []Example {
	var out []Example
	for _, p := range policies {
		out = append(out, p.Segments...)
	}
	return out
}
