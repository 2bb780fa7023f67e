package privtext_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/privtext"
)

// The Chinese blind set (testdata/zh_blind, see its README.md) is Chinese
// policies written and labelled by hand by someone who never read the rules
// nor ran the program. Files 05-08 are the held-out half, scored to report,
// not to tune; 25-32 a second held-out half written after three rounds of
// tuning, 37-40 a third, written after four, 45-48 a fourth, written
// after five, 53-56 a fifth, written after six, 57-64 a sixth, written
// after seven, 65-72 a seventh, written after eight, and 73-80 an eighth,
// written after nine. The others (01-04, 09-24, 33-36, 41-44 and 49-72)
// are the tuning half: their mistakes may be read and mended with general
// rules.
//
// The practice score compares (sentence, action, actor, negated) tuples;
// the data score (sentence, action, negated, top-level data type) tuples,
// so that "identifier" matches whatever identifier the labeller chose
// (the labels are finer than any two readers agree on). A sentence is the
// clause holding the label's anchor; practices reported in a clause with
// no anchor are false positives.

// zhLabels is one .labels file.
type zhLabels struct {
	controller, updated, effective string
	emails                         []string
	sdks                           []zhSDK
	practices                      []zhPractice
}

type zhSDK struct{ name, provider, url string }

type zhPractice struct {
	anchor, action, actor string
	negated               bool
	data                  []string
}

func readZHLabels(t *testing.T, path string) zhLabels {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var l zhLabels
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		val = strings.TrimSpace(val)
		if !ok {
			t.Fatalf("%s:%d: no field name", path, n)
		}
		switch key {
		case "controller":
			l.controller = val
		case "updated":
			l.updated = val
		case "effective":
			l.effective = val
		case "email":
			l.emails = append(l.emails, val)
		case "sdk":
			parts := strings.Split(val, " | ")
			if len(parts) != 3 {
				t.Fatalf("%s:%d: an sdk line has three fields", path, n)
			}
			l.sdks = append(l.sdks, zhSDK{parts[0], parts[1], parts[2]})
		case "practice":
			anchor, rest, ok := strings.Cut(val, " => ")
			head, data, ok2 := strings.Cut(rest, " : ")
			words := strings.Fields(head)
			if !ok || !ok2 || len(words) < 2 || len(words) > 3 {
				t.Fatalf("%s:%d: want practice: ANCHOR => action actor [not] : data", path, n)
			}
			p := zhPractice{anchor: anchor, action: words[0], actor: words[1], negated: len(words) == 3}
			if p.negated && words[2] != "not" {
				t.Fatalf("%s:%d: %q is not \"not\"", path, n, words[2])
			}
			if data = strings.TrimSpace(data); data != "-" {
				for _, d := range strings.Split(data, ",") {
					p.data = append(p.data, strings.TrimSpace(d))
				}
			}
			l.practices = append(l.practices, p)
		default:
			t.Fatalf("%s:%d: unknown field %q", path, n, key)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return l
}

// prf counts true and false positives and false negatives.
type prf struct{ tp, fp, fn int }

func (c *prf) add(gold, pred map[string]bool) {
	for k := range gold {
		if pred[k] {
			c.tp++
		} else {
			c.fn++
		}
	}
	for k := range pred {
		if !gold[k] {
			c.fp++
		}
	}
}

func (c *prf) plus(d prf) { c.tp, c.fp, c.fn = c.tp+d.tp, c.fp+d.fp, c.fn+d.fn }

func (c prf) f1() float64 {
	if c.tp == 0 {
		return 0
	}
	return 2 * float64(c.tp) / float64(2*c.tp+c.fp+c.fn)
}

func (c prf) String() string {
	return fmt.Sprintf("F1 %.3f (TP %d FP %d FN %d)", c.f1(), c.tp, c.fp, c.fn)
}

// zhScore is the outcome for one file or a half.
type zhScore struct {
	practice, data, emails, sdkNames prf
	meta, metaOf                     int // controller, updated, effective right / asked
	sdkFields, sdkFieldsOf           int // provider and URL right / asked, over found SDKs
}

func (s *zhScore) plus(o zhScore) {
	s.practice.plus(o.practice)
	s.data.plus(o.data)
	s.emails.plus(o.emails)
	s.sdkNames.plus(o.sdkNames)
	s.meta += o.meta
	s.metaOf += o.metaOf
	s.sdkFields += o.sdkFields
	s.sdkFieldsOf += o.sdkFieldsOf
}

func (s zhScore) String() string {
	return fmt.Sprintf("practices %v\n  data %v\n  metadata %d/%d, e-mails %v\n  SDK names %v, provider and URL %d/%d",
		s.practice, s.data, s.meta, s.metaOf, s.emails, s.sdkNames, s.sdkFields, s.sdkFieldsOf)
}

// scoreZH analyzes one policy and scores it against its labels; mistakes
// are written to w when it is not nil.
func scoreZH(t *testing.T, policyPath string, l zhLabels, w *strings.Builder) zhScore {
	t.Helper()
	raw, err := os.ReadFile(policyPath)
	if err != nil {
		t.Fatal(err)
	}
	p, err := privtext.AnalyzeBytes(context.Background(), raw, privtext.Options{Name: filepath.Base(policyPath)})
	if err != nil {
		t.Fatal(err)
	}
	src := string(raw)
	var s zhScore
	note := func(format string, args ...any) {
		if w != nil {
			fmt.Fprintf(w, "  "+format+"\n", args...)
		}
	}

	// field compares one labelled value, in which none stands for empty.
	field := func(right, of *int, name, gold, got, none string) {
		if gold == none {
			gold = ""
		}
		*of++
		if gold == got {
			*right++
		} else {
			note("%s: got %q, want %q", name, got, gold)
		}
	}
	field(&s.meta, &s.metaOf, "controller", l.controller, p.Controller, "none")
	field(&s.meta, &s.metaOf, "updated", l.updated, p.Updated, "none")
	field(&s.meta, &s.metaOf, "effective", l.effective, p.Effective, "none")
	goldMail, gotMail := map[string]bool{}, map[string]bool{}
	for _, e := range l.emails {
		goldMail[strings.ToLower(e)] = true
	}
	for _, c := range p.Contacts {
		if c.Kind == "email" {
			gotMail[strings.ToLower(c.Value)] = true
		}
	}
	s.emails.add(goldMail, gotMail)

	// SDKs: a record is found when its name equals the label's or one
	// holds the other ("友盟+统计SDK" and "友盟+").
	used := make([]bool, len(p.SDKs))
	for _, g := range l.sdks {
		found := -1
		for i, r := range p.SDKs {
			if !used[i] && r.Name != "" && (r.Name == g.name || strings.Contains(r.Name, g.name) || strings.Contains(g.name, r.Name)) {
				found = i
				break
			}
		}
		if found < 0 {
			s.sdkNames.fn++
			note("SDK missed: %s", g.name)
			continue
		}
		used[found] = true
		s.sdkNames.tp++
		r := p.SDKs[found]
		field(&s.sdkFields, &s.sdkFieldsOf, "SDK "+g.name+" provider", g.provider, r.Provider, "-")
		field(&s.sdkFields, &s.sdkFieldsOf, "SDK "+g.name+" URL", g.url, r.PolicyURL, "-")
	}
	for i, r := range p.SDKs {
		if !used[i] {
			s.sdkNames.fp++
			note("SDK extra: %q", r.Name)
		}
	}

	// Practices, by clause.
	clauseAt := func(off int) int {
		for i, c := range p.Clauses {
			if c.Start <= off && off < c.End {
				return i
			}
		}
		return -1
	}
	keyOf := map[string]string{} // anchor → sentence key
	for _, g := range l.practices {
		if _, ok := keyOf[g.anchor]; ok {
			continue
		}
		if n := strings.Count(src, g.anchor); n != 1 {
			t.Errorf("%s: anchor %q occurs %d times", policyPath, g.anchor, n)
			continue
		}
		if i := clauseAt(strings.Index(src, g.anchor)); i >= 0 {
			keyOf[g.anchor] = p.Clauses[i].ID
		} else {
			keyOf[g.anchor] = "anchor " + g.anchor
		}
	}
	goldP, goldD := map[string]bool{}, map[string]bool{}
	for _, g := range l.practices {
		k := keyOf[g.anchor]
		goldP[zhPracticeKey(k, g.action, g.actor, g.negated)] = true
		for _, d := range g.data {
			goldD[zhDataKey(k, g.action, g.negated, d)] = true
		}
	}
	predP, predD := map[string]bool{}, map[string]bool{}
	for _, c := range p.Clauses {
		for _, pr := range c.Practices {
			predP[zhPracticeKey(c.ID, string(pr.Action), string(pr.Actor), pr.Negated)] = true
			for _, d := range pr.Data {
				predD[zhDataKey(c.ID, string(pr.Action), pr.Negated, d)] = true
			}
		}
	}
	s.practice.add(goldP, predP)
	s.data.add(goldD, predD)
	if w != nil {
		text := map[string]string{}
		for _, c := range p.Clauses {
			text[c.ID] = c.Text
		}
		for _, k := range sortedDiff(goldP, predP) {
			note("practice missed: %s  | %.60s", k, text[strings.SplitN(k, "\t", 2)[0]])
		}
		for _, k := range sortedDiff(predP, goldP) {
			note("practice extra:  %s  | %.60s", k, text[strings.SplitN(k, "\t", 2)[0]])
		}
		for _, k := range sortedDiff(goldD, predD) {
			note("data missed: %s  | %.60s", k, text[strings.SplitN(k, "\t", 2)[0]])
		}
		for _, k := range sortedDiff(predD, goldD) {
			note("data extra:  %s  | %.60s", k, text[strings.SplitN(k, "\t", 2)[0]])
		}
	}
	return s
}

func zhPracticeKey(sentence, action, actor string, negated bool) string {
	return fmt.Sprintf("%s\t%s %s not=%v", sentence, action, actor, negated)
}

// zhDataKey keeps the top level of a data type: "identifier.device.imei"
// and "identifier" are one key.
func zhDataKey(sentence, action string, negated bool, data string) string {
	top, _, _ := strings.Cut(data, ".")
	return fmt.Sprintf("%s\t%s not=%v %s", sentence, action, negated, top)
}

func sortedDiff(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// zhBlindFloors are a little under the scores of each half: practice, data
// and SDK-name F1, and the share of controllers and dates right. At first
// sight, before any rule was written from them, practices and data scored
// 0.626/0.584 on 01-04, 0.586/0.610 on 05-08, 0.635/0.594 on 09-16 (written
// after one round of tuning), 0.648/0.634 on 17-24 (after two),
// 0.647/0.597 on 25-32 (after three, never tuned on), 0.665/0.569 on
// 33-36 and 0.651/0.548 on 37-40 (after three; 0.721/0.624 and 0.690/0.570
// after the fourth, written from the mistakes of 01-24 only), and
// 0.667/0.607 on 41-44 and 0.728/0.628 on 45-48 (after five; 0.675/0.624
// and 0.730/0.652 after the sixth, written from the mistakes of 01-36
// only), and 0.780/0.687 on 49-52 and 0.717/0.657 on 53-56 (after six),
// and 0.745/0.673 on 57-64, a sixth held-out set of eight (SDK names
// 29/65), written while 53-56, held out until then at 0.744/0.665 (SDK
// names 8/31), became tuning data; and 0.687/0.585 on 65-72, a seventh
// held-out set of eight (SDK names 26/66), written while 57-64, held out
// until then at 0.753/0.675 (SDK names 29/65), became tuning data; and
// 0.698/0.554 on 73-80, an eighth held-out set of eight (SDK names 40/65;
// 0.708/0.557 after the first rules of the tenth round, written without
// it), written while 65-72, held out until then at 0.695/0.589 (SDK names
// 26/66), became tuning data. Now the tuning half, 65-72 included, scores
// 0.816/0.725 (SDK names 359/359; 65-72 alone 0.719/0.606, SDK names
// 66/66), 05-08 0.834/0.826, 25-32 0.809/0.749, 37-40 0.816/0.688, 45-48
// 0.809/0.715 and 73-80 0.721/0.565 (see the README).
var zhBlindFloors = map[string]struct{ practice, data, sdk, meta float64 }{
	"tuning":     {0.80, 0.71, 0.98, 1},
	"held-out":   {0.78, 0.80, 0.83, 1},
	"held-out 2": {0.77, 0.72, 0.80, 1},
	"held-out 3": {0.79, 0.65, 0.60, 1},
	"held-out 4": {0.78, 0.67, 0.80, 1},
	"held-out 8": {0.70, 0.54, 0.74, 0.95},
}

// zhHalves are the halves of the blind set, in the order they are reported.
var zhHalves = []string{"tuning", "held-out", "held-out 2", "held-out 3", "held-out 4", "held-out 8"}

// zhBatches gives the half of the files from each number on, up to the next
// entry's: a new batch adds its two halves here.
var zhBatches = []struct{ from, half string }{
	{"01", "tuning"}, {"05", "held-out"}, {"09", "tuning"}, {"25", "held-out 2"}, {"33", "tuning"},
	{"37", "held-out 3"}, {"41", "tuning"}, {"45", "held-out 4"}, {"49", "tuning"}, {"73", "held-out 8"},
}

// zhHalfOf returns the half of the blind-set file named name ("37_…").
func zhHalfOf(name string) string {
	half := zhBatches[0].half
	for _, b := range zhBatches {
		if name >= b.from {
			half = b.half
		}
	}
	return half
}

// TestChineseBlindSet scores the analysis of the Chinese blind set. With
// -v it prints each file's score; PRIVTEXT_ZH_ERRORS=1 also lists the
// mistakes of the tuning half (never of the held-out halves).
func TestChineseBlindSet(t *testing.T) {
	labels, err := filepath.Glob("testdata/zh_blind/*.labels")
	if err != nil || len(labels) == 0 {
		t.Fatalf("no testdata/zh_blind/*.labels (%v)", err)
	}
	halves := map[string]*zhScore{}
	for _, h := range zhHalves {
		halves[h] = &zhScore{}
	}
	for _, lp := range labels {
		base := strings.TrimSuffix(lp, ".labels")
		policies, _ := filepath.Glob(base + ".*")
		policies = slices.DeleteFunc(policies, func(p string) bool { return p == lp })
		if len(policies) != 1 {
			t.Fatalf("%s: want one policy file beside it, have %v", lp, policies)
		}
		half := zhHalfOf(filepath.Base(base))
		var w *strings.Builder
		if half == "tuning" && os.Getenv("PRIVTEXT_ZH_ERRORS") != "" {
			w = &strings.Builder{}
		}
		s := scoreZH(t, policies[0], readZHLabels(t, lp), w)
		halves[half].plus(s)
		t.Logf("%s:\n  %v", filepath.Base(policies[0]), s)
		if w != nil {
			t.Logf("mistakes:\n%s", w)
		}
	}
	for _, half := range zhHalves {
		s := halves[half]
		if s.metaOf == 0 {
			continue // no file of this half
		}
		t.Logf("%s half:\n  %v", half, s)
		floor, ok := zhBlindFloors[half]
		if !ok {
			t.Fatalf("no floors for the %s half", half)
		}
		if f := s.practice.f1(); f < floor.practice {
			t.Errorf("%s half: practice F1 %.3f below floor %.2f", half, f, floor.practice)
		}
		if f := s.data.f1(); f < floor.data {
			t.Errorf("%s half: data F1 %.3f below floor %.2f", half, f, floor.data)
		}
		if f := s.sdkNames.f1(); f < floor.sdk {
			t.Errorf("%s half: SDK name F1 %.3f below floor %.2f", half, f, floor.sdk)
		}
		if got := float64(s.meta) / float64(s.metaOf); got < floor.meta {
			t.Errorf("%s half: controller and dates %d/%d right, below floor %.2f", half, s.meta, s.metaOf, floor.meta)
		}
	}
}
