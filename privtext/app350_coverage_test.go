package privtext_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/internal/eval"
	"github.com/privtext/go-privtext/internal/markup"
	"github.com/privtext/go-privtext/privtext"
)

// app350Dir is the APP-350 corpus, shared material outside the repository.
const app350Dir = "../../shared/datasets/app350"

// TestAPP350ClauseCoverage analyses every published APP-350 policy as HTML
// and looks for each annotated sentence among the clauses. It reports four
// numbers, for the sentences of the policies not marked contains_synthetic
// (in those the annotators rewrote sentences to negate them, so they are
// not in the HTML):
//
//   - single clause: the normalized sentence is a substring of one
//     normalized clause;
//   - kept whole: it is a substring of the units (clauses and section
//     headings in reading order) joined, and every cut the segmenter made
//     inside it falls on a block-level tag of the page — a heading, a
//     paragraph, a list item, a table row. APP-350 split sentences on text
//     flattened from the page, so many of its "sentences" run from an <h3>
//     into the paragraph below it, or from a lead-in ("We collect the
//     following:") across the <li> items after it. A structure-aware
//     segmenter must cut those (headings start sections, list items are
//     clauses); what it must not do is cut a sentence inside a block;
//   - within 3 units: it lies inside at most three consecutive units;
//   - in order: it is a substring of all units joined, i.e. no word was
//     lost, added or reordered by reading and segmenting.
//
// Measured when written (108 policies, 2,079 sentences): single clause
// 90.2%, kept whole 99.1%, within 3 units 97.6%, in order 99.1%. Of the
// sentences not in a single clause, about half start with a heading (<h*>
// or <dt>) and most of the rest run from a lead-in across list items or
// paragraphs; none is cut inside a block. What is lost in order is cookie
// banners and footers the reader drops, list numbers the browser renders
// for <ol> (APP-350's text has them, the page source does not) and
// mojibake. The test fails below 88%, 95%, 95% and 98%.
//
// Set PRIVTEXT_DEBUG=lost, split or cut to log the sentences that are not
// in order, not in a single clause, or cut inside a block.
func TestAPP350ClauseCoverage(t *testing.T) {
	annotated, err := eval.LoadAPP350(app350Dir, "")
	if err != nil {
		t.Skip("APP-350 not available at " + app350Dir)
	}
	if testing.Short() {
		annotated = annotated[:min(len(annotated), 60)]
	}
	debug := os.Getenv("PRIVTEXT_DEBUG")
	var total, single, whole, within3, inOrder, policies int
	for _, ann := range annotated {
		if ann.Synthetic {
			continue
		}
		raw, err := os.ReadFile(eval.APP350Document(app350Dir, ann.ID))
		if err != nil {
			t.Fatal(err)
		}
		p, err := privtext.Analyze(context.Background(), bytes.NewReader(raw), privtext.Options{Format: "html", Name: strconv.Itoa(ann.ID) + ".html"})
		if errors.Is(err, markup.ErrUnsupportedFormat) {
			continue
		}
		if err != nil {
			t.Errorf("policy %d: %v", ann.ID, err)
			continue
		}
		policies++
		r := newReadingOrder(raw, p)
		for _, sentence := range ann.Sentences {
			ns := eval.Words(sentence)
			if ns == "" {
				continue
			}
			total++
			inOne := r.inOneClause(ns)
			if inOne {
				single++
			}
			first, last, ok := r.locate(ns)
			if !ok {
				if debug == "lost" {
					t.Logf("lost in %d: %.160q", ann.ID, ns)
				}
				continue
			}
			inOrder++
			if last-first < 3 {
				within3++
			}
			switch {
			case inOne || r.cutOnlyAtBlocks(first, last):
				whole++
			case debug == "cut":
				t.Logf("cut inside a block in %d: %.200q", ann.ID, sentence)
			}
			if !inOne && debug == "split" {
				t.Logf("split in %d: %s", ann.ID, r.describe(first, last))
			}
		}
	}
	if total == 0 {
		t.Skip("no annotated sentences")
	}
	pct := func(n int) float64 { return 100 * float64(n) / float64(total) }
	t.Logf("APP-350: %d policies, %d sentences: single clause %.2f%%, kept whole %.2f%%, within 3 units %.2f%%, in order %.2f%%",
		policies, total, pct(single), pct(whole), pct(within3), pct(inOrder))
	if pct(single) < 88 || pct(whole) < 95 || pct(within3) < 95 || pct(inOrder) < 98 {
		t.Errorf("coverage fell: single clause %.2f%% (want >= 88%%), kept whole %.2f%% (want >= 95%%), within 3 units %.2f%% (want >= 95%%), in order %.2f%% (want >= 98%%)",
			pct(single), pct(whole), pct(within3), pct(inOrder))
	}
}

// readingOrder is a policy's section headings and clauses ("units") by
// input offset, a heading before the clauses it starts, in the comparison
// form of eval.Words.
type readingOrder struct {
	raw     []byte
	units   []unit
	clauses []string // the clauses' comparison forms
	all     string   // every unit's comparison form, joined by spaces
	ends    []int    // ends[i] is where unit i ends in all
}

type unit struct {
	start, end int
	heading    bool
	text       string
}

func newReadingOrder(raw []byte, p *privtext.Policy) *readingOrder {
	r := &readingOrder{raw: raw}
	for _, sec := range p.Sections {
		// A section's span runs from its heading to the end of its
		// content; the heading's own end is not recorded, so it is taken
		// as its start.
		r.units = append(r.units, unit{start: sec.Start, end: sec.Start, heading: true, text: strings.TrimSpace(sec.Number + " " + sec.Heading)})
	}
	for _, c := range p.Clauses {
		r.units = append(r.units, unit{start: c.Start, end: c.End, text: c.Text})
	}
	sort.SliceStable(r.units, func(i, j int) bool {
		if r.units[i].start != r.units[j].start {
			return r.units[i].start < r.units[j].start
		}
		return r.units[i].heading && !r.units[j].heading
	})
	var joined strings.Builder
	r.ends = make([]int, len(r.units))
	for i, u := range r.units {
		n := eval.Words(u.text)
		if !u.heading {
			r.clauses = append(r.clauses, n)
		}
		if joined.Len() > 0 && n != "" {
			joined.WriteByte(' ')
		}
		joined.WriteString(n)
		r.ends[i] = joined.Len()
	}
	r.all = joined.String()
	return r
}

// inOneClause reports whether the sentence lies inside one clause.
func (r *readingOrder) inOneClause(sentence string) bool {
	for _, c := range r.clauses {
		if strings.Contains(c, sentence) {
			return true
		}
	}
	return false
}

// locate returns the first and last units the sentence runs through, or
// false when it is not in the reading order at all.
func (r *readingOrder) locate(sentence string) (first, last int, ok bool) {
	at := strings.Index(r.all, sentence)
	if at < 0 {
		return 0, 0, false
	}
	return sort.SearchInts(r.ends, at+1), sort.SearchInts(r.ends, at+len(sentence)), true
}

// cutOnlyAtBlocks reports whether every cut between units first..last
// falls where the page itself breaks the text, at a block-level tag
// (heading, paragraph, list item, table row, ...).
func (r *readingOrder) cutOnlyAtBlocks(first, last int) bool {
	for k := first; k < last && k+1 < len(r.units); k++ {
		if !blockTagBetween(r.raw, r.units[k].end, r.units[k+1].start) {
			return false
		}
	}
	return true
}

// describe lists units first..last, H for a heading and C for a clause.
func (r *readingOrder) describe(first, last int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d units", last-first+1)
	for k := first; k <= last && k < len(r.units); k++ {
		kind := "C"
		if r.units[k].heading {
			kind = "H"
		}
		fmt.Fprintf(&b, "\n      %s %.120q", kind, r.units[k].text)
	}
	return b.String()
}

// blockTags are the HTML elements that break text into separate blocks.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "table": true, "tr": true, "td": true,
	"th": true, "section": true, "article": true, "blockquote": true, "hr": true, "header": true, "footer": true,
}

// blockTagBetween reports whether raw[a:b] holds an opening or closing
// block-level tag: the page author put the text on either side in
// different blocks.
func blockTagBetween(raw []byte, a, b int) bool {
	if a < 0 || b > len(raw) || a >= b {
		return false
	}
	seg := raw[a:b]
	for {
		i := bytes.IndexByte(seg, '<')
		if i < 0 {
			return false
		}
		seg = seg[i+1:]
		seg = bytes.TrimPrefix(seg, []byte("/"))
		n := 0
		for n < len(seg) && (seg[n]|0x20 >= 'a' && seg[n]|0x20 <= 'z' || seg[n] >= '1' && seg[n] <= '6') {
			n++
		}
		if blockTags[strings.ToLower(string(seg[:n]))] {
			return true
		}
	}
}
