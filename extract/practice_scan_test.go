package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/internal/textnorm"
)

// scanClauses are the clauses the scan lookups are checked on: the
// corpus's lines and Chinese sentences with asides, lists and several
// sentences per clause.
func scanClauses(t *testing.T) []Input {
	clauses, _ := practiceCorpusLines(t)
	for _, text := range []string{
		"我们不会与星澜以外的任何第三方共享您的手机号码、电子邮箱（除非获得您的同意），但会收集您的设备型号。我们会保存您的订单信息。",
		"指纹信息仅保存在您的设备中，不会上传至我们的服务器；我们会收集您的位置信息，但不会出售。",
		"We and our partners collect your e-mail address (but not your phone number). Advertisers may not sell it; we share it with service providers.",
	} {
		clauses = append(clauses, Input{Text: text, Offset: 1000})
	}
	return clauses
}

// The scan's lookups search hits and mentions by offset instead of reading
// them all; on every clause they must agree with reading them all.
func TestScanLookups(t *testing.T) {
	e := Default()
	for _, in := range scanClauses(t) {
		c := &clause{in: in, view: textnorm.NewView(in.Text)}
		var r Result
		r.Data, r.Purposes, r.Parties = e.vocab.mentions(c)
		s := e.practice.newScan(c)
		off := in.Offset
		n := len(s.toks)
		for i := 0; i <= n; i++ {
			for j := i; j <= n && j <= i+8; j++ {
				var in, across []hit
				for _, o := range s.hits {
					if o.first >= i && o.first < j {
						in = append(in, o)
					}
					if j > i && o.first <= j-1 && o.last >= i {
						across = append(across, o)
					}
				}
				if got := s.hitsIn(i, j); !slices.Equal(got, in) {
					t.Fatalf("%q: hitsIn(%d, %d) = %v, want %v", c.in.Text, i, j, got, in)
				}
				if got := s.hitsAcross(i, j-1); j > i && !slices.Equal(got, across) {
					t.Fatalf("%q: hitsAcross(%d, %d) = %v, want %v", c.in.Text, i, j-1, got, across)
				}
			}
		}
		if n == 0 {
			continue
		}
		for sent := 0; sent <= s.sent[n-1]; sent++ {
			for _, ms := range [][]Mention{r.Data, r.Purposes, r.Parties} {
				var want []Mention
				for _, m := range ms {
					if s.sentenceOf(m.Start-off) == sent {
						want = append(want, m)
					}
				}
				if got := s.sentenceMentions(ms, sent); !slices.Equal(got, want) {
					t.Fatalf("%q: sentence %d mentions %v, want %v", c.in.Text, sent, got, want)
				}
			}
		}
		for k := range s.toks {
			at := s.start[k] + off
			want := slices.ContainsFunc(r.Data, func(m Mention) bool { return m.Start == at })
			if got := startsAt(r.Data, at); got != want {
				t.Fatalf("%q: startsAt(%d) = %v, want %v", c.in.Text, at, got, want)
			}
		}
	}
}

// The mentions of a clause come in text order: the lookups above search
// them.
func TestMentionsInTextOrder(t *testing.T) {
	e := Default()
	for _, in := range scanClauses(t) {
		r := e.Clause(in)
		for _, ms := range [][]Mention{r.Data, r.Purposes, r.Parties} {
			if !slices.IsSortedFunc(ms, byStart) {
				t.Fatalf("%q: mentions out of order: %v", in.Text, ms)
			}
		}
	}
}

func TestCapSentences(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		// the longest sentence allowed, in tokens
		most int
	}{
		{"commas", strings.Repeat("我们收集信息，", 400), sentenceSoftCap + 7},
		{"no punctuation", strings.Repeat("收集", 2000), sentenceHardCap},
		{"english", strings.Repeat("we collect your name, ", 400), sentenceSoftCap + 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := tokenize(textnorm.NewView(tc.text).Text, nil)
			run, sentences := 0, 1
			for i, tok := range toks {
				if run++; run > tc.most {
					t.Fatalf("a sentence of more than %d tokens", tc.most)
				}
				if tok.sntEnd && i < len(toks)-1 {
					run = 0
					sentences++
				}
			}
			if sentences < 2 {
				t.Errorf("%d tokens read as one sentence", len(toks))
			}
		})
	}
	// A sentence under the caps is left whole.
	toks := tokenize(textnorm.NewView(strings.Repeat("我们收集信息，", 80)+"。").Text, nil)
	for _, tok := range toks[:len(toks)-1] {
		if tok.sntEnd {
			t.Fatalf("a sentence of %d tokens was cut", len(toks))
		}
	}
}

// spanInData finds the data mention that holds a span by search: the last
// ones starting at or before it, an aside's enclosing mention included.
func TestSpanInData(t *testing.T) {
	r := &Result{Data: []Mention{{Start: 0, End: 10}, {Start: 2, End: 4}, {Start: 20, End: 25}}}
	for _, tt := range []struct {
		lo, hi int
		want   bool
	}{
		{0, 10, true}, {5, 8, true}, {2, 4, true}, {20, 25, true}, {22, 24, true},
		{9, 12, false}, {12, 15, false}, {24, 26, false}, {30, 31, false},
	} {
		if got := spanInData(r, tt.lo, tt.hi); got != tt.want {
			t.Errorf("spanInData [%d,%d) = %v, want %v", tt.lo, tt.hi, got, tt.want)
		}
	}
	if spanInData(&Result{}, 0, 1) {
		t.Error("spanInData with no mentions")
	}
}
