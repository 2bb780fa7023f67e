package privtext_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/privtext/go-privtext/internal/markup"
	"github.com/privtext/go-privtext/privtext"
)

// app350Dir is the APP-350 corpus, shared material outside the repository.
const app350Dir = "../../shared/datasets/app350"

// app350Annotations is the part of annotations/policy_N.yml the test uses.
type app350Annotations struct {
	Synthetic bool `yaml:"contains_synthetic"`
	Segments  []struct {
		Sentences []struct {
			Text string `yaml:"sentence_text"`
		} `yaml:"sentences"`
	} `yaml:"segments"`
}

// normalize is the comparison form of sentences and clauses: lower-cased,
// every run of characters that are not letters or digits replaced by one
// space, trimmed. Annotators' text and the published HTML differ in white
// space, quotes, dashes and punctuation spacing; words and their order are
// what must survive.
func normalize(s string) string {
	var b strings.Builder
	pending := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if pending && b.Len() > 0 {
				b.WriteByte(' ')
			}
			pending = false
			b.WriteRune(r)
			continue
		}
		pending = true
	}
	return b.String()
}

// TestAPP350ClauseCoverage analyses every published APP-350 policy as HTML
// and looks for each annotated sentence among the clauses. It reports three
// numbers, for the sentences of the policies not marked contains_synthetic
// (in those the annotators rewrote sentences to negate them, so they are
// not in the HTML):
//
//   - single clause: the normalized sentence is a substring of one
//     normalized clause;
//   - within 3 units: it lies inside the text of at most three consecutive
//     units — clauses and section headings in reading order — joined by
//     spaces. APP-350 split sentences on text flattened from the page, so
//     many of its "sentences" run from a heading into the paragraph below
//     it or from a lead-in across list items; a structure-aware segmenter
//     rightly cuts those;
//   - in order: it is a substring of all units joined, i.e. no word was
//     lost, added or reordered by reading and segmenting.
//
// Measured when written (108 policies, 2,079 sentences): single clause
// 90.2%, within 3 units 97.6%, in order 99.1%. What is lost in order is
// cookie banners and footers the reader drops, list numbers the browser
// renders for <ol> (APP-350's text has them, the page source does not) and
// mojibake. The test fails below 88%, 95% and 98%.
func TestAPP350ClauseCoverage(t *testing.T) {
	docs, _ := filepath.Glob(filepath.Join(app350Dir, "documents", "*.html"))
	if len(docs) == 0 {
		t.Skip("APP-350 not available at " + app350Dir)
	}
	if testing.Short() {
		docs = docs[:min(len(docs), 30)]
	}
	sort.Strings(docs)
	ctx := context.Background()
	var total, single, within3, inOrder, policies int
	for _, path := range docs {
		id := strings.TrimSuffix(filepath.Base(path), ".html")
		y, err := os.ReadFile(filepath.Join(app350Dir, "annotations", "policy_"+id+".yml"))
		if err != nil {
			continue
		}
		var ann app350Annotations
		if err := yaml.Unmarshal(y, &ann); err != nil {
			t.Fatalf("policy_%s.yml: %v", id, err)
		}
		if ann.Synthetic {
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		p, err := privtext.Analyze(ctx, f, privtext.Options{Format: "html", Name: filepath.Base(path)})
		f.Close()
		if errors.Is(err, markup.ErrUnsupportedFormat) {
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		policies++
		// The reading order of the policy: section headings and clauses
		// by input offset (a heading before the clauses it starts).
		type unit struct {
			start   int
			heading bool
			text    string
		}
		var units []unit
		for _, sec := range p.Sections {
			units = append(units, unit{sec.Start, true, strings.TrimSpace(sec.Number + " " + sec.Heading)})
		}
		for _, c := range p.Clauses {
			units = append(units, unit{c.Start, false, c.Text})
		}
		sort.SliceStable(units, func(i, j int) bool {
			if units[i].start != units[j].start {
				return units[i].start < units[j].start
			}
			return units[i].heading && !units[j].heading
		})
		// joined holds the normalized units separated by spaces; ends[i] is
		// where unit i ends in it.
		var (
			joined  strings.Builder
			clauses []string
			ends    = make([]int, len(units))
		)
		for i, u := range units {
			n := normalize(u.text)
			if !u.heading {
				clauses = append(clauses, n)
			}
			if joined.Len() > 0 && n != "" {
				joined.WriteByte(' ')
			}
			joined.WriteString(n)
			ends[i] = joined.Len()
		}
		all := joined.String()
		for _, seg := range ann.Segments {
			for _, s := range seg.Sentences {
				ns := normalize(s.Text)
				if ns == "" {
					continue
				}
				total++
				for _, c := range clauses {
					if strings.Contains(c, ns) {
						single++
						break
					}
				}
				at := strings.Index(all, ns)
				if at < 0 {
					if os.Getenv("PRIVTEXT_DEBUG") != "" {
						t.Logf("lost in %s: %.160q", id, ns)
					}
					continue
				}
				inOrder++
				first := sort.SearchInts(ends, at+1)
				last := sort.SearchInts(ends, at+len(ns))
				if last-first < 3 {
					within3++
				}
			}
		}
	}
	if total == 0 {
		t.Skip("no annotated sentences")
	}
	pct := func(n int) float64 { return 100 * float64(n) / float64(total) }
	t.Logf("APP-350: %d policies, %d sentences: single clause %.2f%%, within 3 units %.2f%%, in order %.2f%%",
		policies, total, pct(single), pct(within3), pct(inOrder))
	if pct(single) < 88 || pct(within3) < 95 || pct(inOrder) < 98 {
		t.Errorf("coverage fell: single clause %.2f%% (want >= 88%%), within 3 units %.2f%% (want >= 95%%), in order %.2f%% (want >= 98%%)",
			pct(single), pct(within3), pct(inOrder))
	}
}
