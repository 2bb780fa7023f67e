package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/internal/textnorm"
)

// vocabCorpusClauses splits the seed policies on blank lines, a stand-in for the
// segmenter.
func vocabCorpusClauses(tb testing.TB) (clauses []string, size int) {
	files, _ := filepath.Glob("../corpus/*.txt")
	if len(files) == 0 {
		tb.Skip("no corpus")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range strings.Split(string(data), "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				clauses = append(clauses, p)
				size += len(p)
			}
		}
	}
	return clauses, size
}

func BenchmarkClauseVocabulary(b *testing.B) {
	clauses, size := vocabCorpusClauses(b)
	e := Default()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var mentions int
	for b.Loop() {
		mentions = 0
		for _, c := range clauses {
			r := e.Clause(Input{Text: c})
			mentions += len(r.Data) + len(r.Purposes) + len(r.Parties)
		}
	}
	b.ReportMetric(float64(mentions)/float64(len(clauses)), "mentions/clause")
}

// BenchmarkVocabularyMentions measures the vocabulary stage alone, without
// the practice and category stages that Clause also runs.
func BenchmarkVocabularyMentions(b *testing.B) {
	clauses, size := vocabCorpusClauses(b)
	e := Default()
	cs := make([]*clause, len(clauses))
	for i, c := range clauses {
		cs[i] = &clause{in: Input{Text: c}, view: textnorm.NewView(c)}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var mentions int
	for b.Loop() {
		mentions = 0
		for _, c := range cs {
			d, p, r := e.vocab.mentions(c)
			mentions += len(d) + len(p) + len(r)
		}
	}
	b.ReportMetric(float64(mentions)/float64(len(clauses)), "mentions/clause")
}

// BenchmarkCompileVocabulary measures building the vocabulary from the
// embedded files, the cost New pays once.
func BenchmarkCompileVocabulary(b *testing.B) {
	b.ReportAllocs()
	var forms int
	for b.Loop() {
		v, err := compileVocabulary(&loader{extra: map[string][]RuleFile{}})
		if err != nil {
			b.Fatal(err)
		}
		forms = v.matcher.Len()
	}
	b.ReportMetric(float64(forms), "forms")
}

func FuzzExpandTerm(f *testing.F) {
	for _, s := range []string{"improve~ [our/the] (service/product)", "a (b", "[x/y] z~", "((", "~", "a/b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, term string) {
		forms, err := expandTerm(term)
		if err != nil {
			return
		}
		if len(forms) == 0 || len(forms) > maxExpansions {
			t.Fatalf("expandTerm(%q) gave %d forms", term, len(forms))
		}
		for _, f := range forms {
			if f == "" || f != strings.Join(strings.Fields(f), " ") {
				t.Fatalf("expandTerm(%q) gave form %q", term, f)
			}
		}
	})
}

// FuzzVocabularySpans checks on arbitrary text that mention spans point at
// their text.
func FuzzVocabularySpans(f *testing.F) {
	for _, s := range []string{"IP address and ＩＭＥＩ", "“e‑mail” 位置信息 third‑party", "\xff\xfe such as: GPS"} {
		f.Add(s)
	}
	e := Default()
	f.Fuzz(func(t *testing.T, text string) {
		r := e.Clause(Input{Text: text, Offset: 3})
		for _, ms := range [][]Mention{r.Data, r.Purposes, r.Parties} {
			for _, m := range ms {
				if m.Start < 3 || m.End > len(text)+3 || m.Start > m.End || text[m.Start-3:m.End-3] != m.Text {
					t.Fatalf("bad mention %+v in %q", m, text)
				}
			}
		}
	})
}
