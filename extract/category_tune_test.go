package extract

// The category weight tuner. It is not a test of behaviour: it refits the
// weights and thresholds of rules/categories.txt on the OPP-115 train split
// and prints a new cue table. Run it by hand (the command that produced the
// embedded file is in its header):
//
//	PRIVTEXT_TUNE=$PWD/../shared go test -run TestTuneCategories -v ./extract/
//
// (PRIVTEXT_TUNE names the shared directory holding datasets/opp115;
// PRIVTEXT_TUNE_OUT, if set, is a file the table is written to.) The
// vocabulary is fixed by the rule file: every text, heading and feature
// term listed under any category, or as a candidate, may get a weight for
// every category. Each category is a logistic regression over those
// binary cues with an L2 penalty (PRIVTEXT_TUNE_LAMBDA) pulling towards a
// prior: zero, the hand-set weights of PRIVTEXT_TUNE_PRIOR_FILE, or the
// file's own weights (PRIVTEXT_TUNE_PRIOR, which leaks into
// cross-validation); PRIVTEXT_TUNE_ROUNDS refits towards the round before.
// Thresholds (and, with PRIVTEXT_TUNE_BESIDE, the beside scores) are then
// set to maximise micro F1 on out-of-fold scores under the decision rule
// of decide. PRIVTEXT_TUNE_CV=1 estimates the whole procedure by five-fold
// cross-validation on train; PRIVTEXT_TUNE_CV_SHIFT=k cuts the folds k
// tenths of the split later (the table written then is fitted on the
// rotated split: use it for estimates only), since differences between
// settings smaller than what a shift moves (about ±0.005) are noise. The
// tuner never reads the validation split.
//
// Tried without gain in honest CV (cut 0, micro / macro; the procedure
// with the count candidates reads 0.768 / 0.710 there): 30 feature
// conjunctions ("share/first_party + condition/consent" and the like,
// 0.764 / 0.705); beside scores per pair of categories that label 15 or
// more segments together (0.758 / 0.707 without the count features,
// against 0.760 / 0.708); 25 more general phrases for introductions and
// definitions (0.765 / 0.712); purpose/many and a 21-50 word bucket
// (0.763 / 0.707).
//
// Also tried without gain, on cuts 0 and 1 against the same procedure
// (PRIOR_FILE, ROUNDS=2, BESIDE, LAMBDA=0.004: 0.761 and 0.764 micro), and
// not kept: a postal-address feature (house number before a street word,
// suite or box number, ZIP code after a state; 0.762 / 0.760) and a
// "write to / call / e-mail us at" instruction followed by an address
// (0.764 / 0.759), meant for Privacy contact information as a second label
// — 20 of the 73 train segments that give a postal address are not
// labelled with it; a party mention opening a sentence (0.764 / 0.761);
// fitting each category's relative share (0.763 / 0.763); one offset on
// shape/long (and shape/brief) so long segments may take more labels
// (0.760 / 0.763); and two decision rules for second labels — the beside
// score met by positive weights alone (0.745 on cut 0), or by the cues of
// the clause's best sentence for the category (0.754 / 0.754).

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/internal/rulefile"
	"github.com/privtext/go-privtext/internal/textnorm"
)

type tuneExample struct {
	x      []int32 // active vocabulary entries
	labels []bool  // per category
}

type tuneVocab struct {
	keys []categoryCue // cat unused; in and term set
	cr   *categoryRules
	feat map[string]int
}

func buildTuneVocab(cr *categoryRules) *tuneVocab {
	v := &tuneVocab{cr: &categoryRules{g: cr.g, meta: cr.meta}, feat: map[string]int{}}
	index := map[string]int{}
	addKey := func(c categoryCue) {
		k := c.in + "\x00" + c.term
		if _, ok := index[k]; ok {
			return
		}
		id := len(v.keys)
		index[k] = id
		v.keys = append(v.keys, categoryCue{in: c.in, term: c.term})
		switch c.in {
		case inText:
			v.cr.text.add(termTokens(c.term), id)
		case inHeading:
			v.cr.heading.add(termTokens(c.term), id)
		case inFeature:
			v.feat[c.term] = id
		}
	}
	for _, c := range cr.cues {
		addKey(c)
	}
	var fs []string
	for f := range cr.features {
		fs = append(fs, f)
	}
	sort.Strings(fs)
	for _, f := range fs {
		addKey(categoryCue{in: inFeature, term: f})
	}
	for _, c := range cr.candidates {
		addKey(c)
	}
	// evidence sizes its scratch marks by the cue list: one mark per key.
	v.cr.cues = v.keys
	return v
}

// priors returns the current weight of every vocabulary entry for every
// category of cr.
func (v *tuneVocab) priors(cr *categoryRules) [][]float64 {
	index := map[string]int{}
	for j, k := range v.keys {
		index[k.in+"\x00"+k.term] = j
	}
	p := make([][]float64, len(cr.cats))
	for c := range p {
		p[c] = make([]float64, len(v.keys))
	}
	for _, c := range cr.cues {
		p[c.cat][index[c.in+"\x00"+c.term]] += c.weight
	}
	for _, list := range cr.features {
		for _, c := range list {
			p[c.cat][index[inFeature+"\x00"+c.term]] += c.weight
		}
	}
	return p
}

func loadTuneSplit(t *testing.T, e *Extractor, v *tuneVocab, cats []category, path string) []tuneExample {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = 2
	index := map[string]int{}
	var texts []string
	var labels [][]bool
	catIndex := map[string]int{}
	for i, c := range cats {
		catIndex[c.name] = i
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		i, ok := index[rec[0]]
		if !ok {
			i = len(texts)
			index[rec[0]] = i
			texts = append(texts, rec[0])
			labels = append(labels, make([]bool, len(cats)))
		}
		ci, ok := catIndex[strings.TrimSpace(rec[1])]
		if !ok {
			t.Fatalf("unknown label %q", rec[1])
		}
		labels[i][ci] = true
	}
	out := make([]tuneExample, len(texts))
	for i, text := range texts {
		c := &clause{in: Input{Text: text}, view: textnorm.NewView(text)}
		var res Result
		res.Data, res.Purposes, res.Parties = e.vocab.mentions(c)
		res.Practices = e.practice.practices(c, &res)
		var x []int32
		v.cr.evidence(c, &res, func(id int) {
			x = append(x, int32(id))
		}, func(f string) {
			if id, ok := v.feat[f]; ok {
				x = append(x, int32(id))
			}
		})
		out[i] = tuneExample{x: x, labels: labels[i]}
	}
	return out
}

// fitLogistic fits w (len n) and bias b for one category by full-batch
// gradient descent with Adam on the mean log loss plus lambda/2·|w|².
// Entries with keep[j] false stay at zero (keep nil keeps all).
// The penalty pulls w towards prior (nil: towards zero).
func fitLogistic(data []tuneExample, cat, n int, lambda float64, iters int, keep []bool, prior []float64) ([]float64, float64) {
	w := make([]float64, n+1) // w[n] is the bias
	if prior != nil {
		copy(w, prior)
	}
	m := make([]float64, n+1)
	s := make([]float64, n+1)
	g := make([]float64, n+1)
	const lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
	N := float64(len(data))
	for it := 1; it <= iters; it++ {
		for j := range g {
			g[j] = 0
		}
		for _, ex := range data {
			z := w[n]
			for _, j := range ex.x {
				z += w[j]
			}
			p := 1 / (1 + math.Exp(-z))
			d := p / N
			if ex.labels[cat] {
				d = (p - 1) / N
			}
			for _, j := range ex.x {
				g[j] += d
			}
			g[n] += d
		}
		for j := 0; j < n; j++ {
			if prior != nil {
				g[j] += lambda * (w[j] - prior[j])
			} else {
				g[j] += lambda * w[j]
			}
		}
		for j := range w {
			if keep != nil && j < n && !keep[j] {
				continue
			}
			m[j] = b1*m[j] + (1-b1)*g[j]
			s[j] = b2*s[j] + (1-b2)*g[j]*g[j]
			mh := m[j] / (1 - math.Pow(b1, float64(it)))
			sh := s[j] / (1 - math.Pow(b2, float64(it)))
			w[j] -= lr * mh / (math.Sqrt(sh) + eps)
		}
	}
	return w[:n], w[n]
}

// tunePriors, when set, holds per category the weights of the rule file
// as it stood: the fit then shrinks towards them instead of towards zero,
// so the hand-written weights act as a prior (PRIVTEXT_TUNE_PRIOR=1).
var tunePriors [][]float64

type tuneModel struct {
	w         [][]float64 // per category, per vocabulary entry
	threshold []float64
	beside    []float64 // nil: each category's threshold
}

func (m *tuneModel) scores(ex tuneExample) ([]float64, bool) {
	sc := make([]float64, len(m.w))
	any := false
	for c, w := range m.w {
		for _, j := range ex.x {
			if w[j] != 0 {
				sc[c] += w[j]
				any = true
			}
		}
	}
	return sc, any
}

func (m *tuneModel) rules(cats []category, fallback int) *categoryRules {
	cr := &categoryRules{fallback: fallback}
	for i, c := range cats {
		c.threshold, c.beside, c.relative = m.threshold[i], m.threshold[i], 0
		if m.beside != nil {
			c.beside = m.beside[i]
		}
		cr.cats = append(cr.cats, c)
	}
	return cr
}

type tuneCounts struct{ tp, fp, fn []int }

func evalTune(m *tuneModel, cats []category, fallback int, data []tuneExample) (tuneCounts, float64, float64) {
	cr := m.rules(cats, fallback)
	k := len(cats)
	cnt := tuneCounts{make([]int, k), make([]int, k), make([]int, k)}
	for _, ex := range data {
		sc, any := m.scores(ex)
		pred := make([]bool, k)
		for _, i := range cr.decide(sc, any, nil) {
			pred[i] = true
		}
		for i := range pred {
			switch {
			case pred[i] && ex.labels[i]:
				cnt.tp[i]++
			case pred[i]:
				cnt.fp[i]++
			case ex.labels[i]:
				cnt.fn[i]++
			}
		}
	}
	var tp, fp, fn int
	macro := 0.0
	for i := 0; i < k; i++ {
		tp, fp, fn = tp+cnt.tp[i], fp+cnt.fp[i], fn+cnt.fn[i]
		macro += f1(cnt.tp[i], cnt.fp[i], cnt.fn[i])
	}
	return cnt, f1(tp, fp, fn), macro / float64(k)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(tp, fp, fn int) float64 {
	if tp == 0 {
		return 0
	}
	return 2 * float64(tp) / float64(2*tp+fp+fn)
}

// roundWeights rounds to a grid of step, dropping small weights.
func roundWeights(w []float64, step float64) {
	for j := range w {
		w[j] = math.Round(w[j]/step) * step
		if math.Abs(w[j]) < step/2 {
			w[j] = 0
		}
	}
}

// fitWeights fits every category's weights and its logistic threshold.
func fitWeights(data []tuneExample, cats []category, n int, lambda float64, iters int, step float64) *tuneModel {
	minW := envFloat("PRIVTEXT_TUNE_MIN", 0)
	priors := tunePriors
	m := &tuneModel{}
	for c := range cats {
		var prior []float64
		if priors != nil {
			prior = priors[c]
		}
		w, b := fitLogistic(data, c, n, lambda, iters, nil, prior)
		// Later rounds pull towards the round before
		// (PRIVTEXT_TUNE_ROUNDS=k): the refit-with-the-file-as-prior cycle
		// the file went through, run inside each fold so that
		// cross-validation stays honest.
		for r := 1; r < tuneRounds; r++ {
			w, b = fitLogistic(data, c, n, lambda, iters, nil, w)
		}
		if minW > 0 {
			// Drop the weak cues and refit the rest: a sparse table.
			keep := make([]bool, n)
			for j := range keep {
				keep[j] = math.Abs(w[j]) >= minW
			}
			w, b = fitLogistic(data, c, n, lambda, iters, keep, prior)
		}
		roundWeights(w, step)
		m.w = append(m.w, w)
		m.threshold = append(m.threshold, math.Round(-b/step)*step)
	}
	return m
}

// trainTune fits the weights on data, then sets the thresholds (and, with
// tuneBeside, the beside scores) to maximise micro F1 over out-of-fold
// scores (five contiguous folds), so that they are chosen on scores of
// segments the weights did not see.
func trainTune(data []tuneExample, cats []category, fallback, n int, lambda float64, iters int, step float64) *tuneModel {
	m := fitWeights(data, cats, n, lambda, iters, step)
	// Out-of-fold scores: scored[i] holds the fold model's scores for
	// data[i], shifted from the fold's logistic threshold to the final
	// model's.
	folds := make([]*tuneModel, 5)
	for k := range folds {
		lo, hi := k*len(data)/5, (k+1)*len(data)/5
		var fit []tuneExample
		fit = append(append(fit, data[:lo]...), data[hi:]...)
		folds[k] = fitWeights(fit, cats, n, lambda, iters, step)
	}
	if os.Getenv("PRIVTEXT_TUNE_BAG") != "" {
		// Average the full and the fold models: a steadier table.
		for c := range cats {
			for j := range m.w[c] {
				sum := m.w[c][j]
				for _, fm := range folds {
					sum += fm.w[c][j]
				}
				m.w[c][j] = sum / 6
			}
			roundWeights(m.w[c], step)
		}
	}
	scored := make([][]float64, len(data))
	for k, fm := range folds {
		lo, hi := k*len(data)/5, (k+1)*len(data)/5
		for i := lo; i < hi; i++ {
			sc, _ := fm.scores(data[i])
			for c := range sc {
				sc[c] += m.threshold[c] - fm.threshold[c]
			}
			scored[i] = sc
		}
	}
	eval := func() float64 {
		cr := m.rules(cats, fallback)
		var tp, fp, fn int
		var pred []int
		for i, ex := range data {
			pred = cr.decide(scored[i], len(ex.x) > 0, pred[:0])
			for c, y := range ex.labels {
				switch in := slicesContains(pred, c); {
				case in && y:
					tp++
				case in:
					fp++
				case y:
					fn++
				}
			}
		}
		return f1(tp, fp, fn)
	}
	// search sets *p to the value within ±3 of its current one, on the
	// step grid, that maximises eval.
	search := func(p *float64) {
		base, bestV, bestF := *p, *p, -1.0
		for d := -3.0; d <= 3.0+1e-9; d += step {
			*p = math.Round((base+d)/step) * step
			if f := eval(); f > bestF+1e-12 {
				bestV, bestF = *p, f
			}
		}
		*p = bestV
	}
	for pass := 0; pass < 3; pass++ {
		for c := range cats {
			search(&m.threshold[c])
		}
	}
	if tuneBeside {
		// Then apart: the score to be reported beside a better category.
		m.beside = append([]float64(nil), m.threshold...)
		for pass := 0; pass < 3; pass++ {
			for c := range cats {
				search(&m.threshold[c])
				search(&m.beside[c])
			}
		}
	}
	return m
}

// tuneRounds is the number of fits per category, each but the first
// pulled towards the one before.
var tuneRounds = int(envFloat("PRIVTEXT_TUNE_ROUNDS", 1))

// tuneBeside fits each category's beside score apart from its threshold
// (PRIVTEXT_TUNE_BESIDE=1).
var tuneBeside = os.Getenv("PRIVTEXT_TUNE_BESIDE") != ""

func slicesContains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func TestTuneCategories(t *testing.T) {
	shared := os.Getenv("PRIVTEXT_TUNE")
	if shared == "" {
		t.Skip("set PRIVTEXT_TUNE to the shared directory to refit categories.txt")
	}
	e := Default()
	cr := e.practice.cat
	v := buildTuneVocab(cr)
	n := len(v.keys)
	train := loadTuneSplit(t, e, v, cr.cats, filepath.Join(shared, "datasets", "opp115", "train.csv"))
	t.Logf("vocabulary %d entries, %d train segments", n, len(train))
	if os.Getenv("PRIVTEXT_TUNE_PRIOR") != "" {
		tunePriors = v.priors(cr)
	}
	if path := os.Getenv("PRIVTEXT_TUNE_PRIOR_FILE"); path != "" {
		// The weights of another version of the file (the hand-set first
		// one, testdata/categories_hand.txt): a prior that was not fitted
		// on the folds, so cross-validation stays honest.
		tunePriors = priorsFromFile(t, v, cr, path)
	}
	lambda := envFloat("PRIVTEXT_TUNE_LAMBDA", 0.002)
	iters := int(envFloat("PRIVTEXT_TUNE_ITERS", 400))
	step := envFloat("PRIVTEXT_TUNE_STEP", 0.1)
	if os.Getenv("PRIVTEXT_TUNE_CV") != "" {
		// Five contiguous folds: segments of one policy stay together.
		// With PRIVTEXT_TUNE_PRIOR the estimate is optimistic: the prior
		// (the weights of the file) was itself fitted on every fold.
		if os.Getenv("PRIVTEXT_TUNE_PRIOR") != "" {
			t.Logf("note: PRIVTEXT_TUNE_PRIOR is set, so the held-out folds leak through the prior; unset it for an honest estimate")
		}
		if shift := int(envFloat("PRIVTEXT_TUNE_CV_SHIFT", 0)); shift > 0 {
			// Other contiguous folds (shift tenths of the split
			// later), to see how much a difference owes to the cut.
			k := shift * len(train) / 10 % len(train)
			train = append(append([]tuneExample(nil), train[k:]...), train[:k]...)
		}
		var sum, sumMacro float64
		k := len(cr.cats)
		all := tuneCounts{make([]int, k), make([]int, k), make([]int, k)}
		for fold := 0; fold < 5; fold++ {
			lo, hi := fold*len(train)/5, (fold+1)*len(train)/5
			var fit, held []tuneExample
			fit = append(append(fit, train[:lo]...), train[hi:]...)
			held = train[lo:hi]
			m := trainTune(fit, cr.cats, cr.fallback, n, lambda, iters, step)
			cnt, f, mf := evalTune(m, cr.cats, cr.fallback, held)
			for i := 0; i < k; i++ {
				all.tp[i] += cnt.tp[i]
				all.fp[i] += cnt.fp[i]
				all.fn[i] += cnt.fn[i]
			}
			sum += f
			sumMacro += mf
		}
		t.Logf("lambda %g: 5-fold micro F1 %.3f macro %.3f", lambda, sum/5, sumMacro/5)
		for i, c := range cr.cats {
			t.Logf("  held out %-40s P %.3f R %.3f F1 %.3f", c.name,
				ratio(all.tp[i], all.tp[i]+all.fp[i]), ratio(all.tp[i], all.tp[i]+all.fn[i]), f1(all.tp[i], all.fp[i], all.fn[i]))
		}
	}
	m := trainTune(train, cr.cats, cr.fallback, n, lambda, iters, step)
	cnt, f, mf := evalTune(m, cr.cats, cr.fallback, train)
	t.Logf("train micro F1 %.3f macro %.3f", f, mf)
	for i, c := range cr.cats {
		t.Logf("  %-40s %.3f", c.name, f1(cnt.tp[i], cnt.fp[i], cnt.fn[i]))
	}
	if out := os.Getenv("PRIVTEXT_TUNE_OUT"); out != "" {
		if err := os.WriteFile(out, []byte(tuneTable(m, v, cr)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// priorsFromFile reads the cue weights of a categories.txt at path as
// priors over v; phrases v lacks are dropped.
func priorsFromFile(t *testing.T, v *tuneVocab, cr *categoryRules, path string) [][]float64 {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := rulefile.Parse(filepath.Base(path), data)
	if err != nil {
		t.Fatal(err)
	}
	index := map[string]int{}
	for j, k := range v.keys {
		index[k.in+"\x00"+k.term] = j
	}
	cat := map[string]int{}
	for i, c := range cr.cats {
		cat[c.id] = i
	}
	p := make([][]float64, len(cr.cats))
	for c := range p {
		p[c] = make([]float64, len(v.keys))
	}
	for _, e := range entries {
		id, ok := strings.CutPrefix(e.Label, "cue.")
		ci, known := cat[id]
		if !ok || !known {
			continue
		}
		in := e.Attr("in")
		if in == "" {
			in = inText
		}
		w := 1.0
		if a := e.Attr("weight"); a != "" {
			w, _ = strconv.ParseFloat(a, 64)
		}
		for _, term := range e.Terms {
			if j, ok := index[in+"\x00"+term]; ok {
				p[ci][j] += w
			}
		}
	}
	return p
}

func envFloat(name string, def float64) float64 {
	if s := os.Getenv(name); s != "" {
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return f
		}
	}
	return def
}

// tuneTable renders the fitted model as categories.txt entries: the name
// lines, then per category its cues grouped by source and weight, then the
// candidates no category weighs.
func tuneTable(m *tuneModel, v *tuneVocab, cr *categoryRules) string {
	var b strings.Builder
	fmtW := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	for i, c := range cr.cats {
		fmt.Fprintf(&b, "name.%s: %s {threshold=%s", c.id, c.name, fmtW(math.Round(m.threshold[i]*100)/100))
		if m.beside != nil && m.beside[i] != m.threshold[i] {
			fmt.Fprintf(&b, ", beside=%s", fmtW(math.Round(m.beside[i]*100)/100))
		}
		if i == cr.fallback {
			b.WriteString(", fallback=true")
		}
		b.WriteString("}\n")
	}
	used := make([]bool, len(v.keys))
	for i, c := range cr.cats {
		fmt.Fprintf(&b, "\n# %s\n", c.name)
		type group struct {
			in string
			w  float64
		}
		groups := map[group][]string{}
		var order []group
		for j, w := range m.w[i] {
			if w == 0 {
				continue
			}
			used[j] = true
			w = math.Round(w*100) / 100
			g := group{v.keys[j].in, w}
			if _, ok := groups[g]; !ok {
				order = append(order, g)
			}
			groups[g] = append(groups[g], v.keys[j].term)
		}
		rank := map[string]int{inText: 0, inHeading: 1, inFeature: 2}
		sort.Slice(order, func(a, z int) bool {
			if order[a].in != order[z].in {
				return rank[order[a].in] < rank[order[z].in]
			}
			return order[a].w > order[z].w
		})
		for _, g := range order {
			attrs := "weight=" + fmtW(g.w)
			if g.in != inText {
				attrs += ", in=" + g.in
			}
			writeTerms(&b, "cue."+c.id, groups[g], attrs)
		}
	}
	unused := map[string][]string{}
	for j, k := range v.keys {
		if !used[j] {
			unused[k.in] = append(unused[k.in], k.term)
		}
	}
	if len(unused) > 0 {
		b.WriteString("\n# Candidates no category weighs at present.\n")
		for _, in := range []string{inText, inHeading, inFeature} {
			if len(unused[in]) > 0 {
				writeTerms(&b, "candidate", unused[in], "in="+in)
			}
		}
	}
	return b.String()
}

func writeTerms(b *strings.Builder, label string, terms []string, attrs string) {
	line := label + ":"
	first := true
	for _, term := range terms {
		sep := " | "
		if first {
			sep = " "
			first = false
		}
		if len(line)+len(sep)+len(term) > 100 {
			b.WriteString(line + "\n")
			line = "   "
			sep = " | "
		}
		line += sep + term
	}
	b.WriteString(line + " {" + attrs + "}\n")
}
