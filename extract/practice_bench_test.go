package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/internal/textnorm"
)

// practiceCorpusLines splits the embedded policies into non-empty lines, a rough
// stand-in for clauses that needs no segmenter.
func practiceCorpusLines(tb testing.TB) (clauses []Input, bytes int64) {
	tb.Helper()
	for _, p := range corpus.All() {
		off := 0
		for _, line := range strings.SplitAfter(string(p.Text), "\n") {
			if t := strings.TrimSpace(line); t != "" {
				clauses = append(clauses, Input{Text: line, Offset: off})
				bytes += int64(len(line))
			}
			off += len(line)
		}
	}
	if len(clauses) == 0 {
		tb.Fatal("no corpus clauses")
	}
	return clauses, bytes
}

// BenchmarkPracticeStage measures the practice, category and APP-350
// stages over the corpus, without the vocabulary's mention finder (its
// mentions are computed once, outside the timer).
func BenchmarkPracticeStage(b *testing.B) {
	e := Default()
	clauses, n := practiceCorpusLines(b)
	type prepared struct {
		c *clause
		r Result
	}
	prep := make([]prepared, len(clauses))
	for i, in := range clauses {
		c := &clause{in: in, view: textnorm.NewView(in.Text)}
		var r Result
		r.Data, r.Purposes, r.Parties = e.vocab.mentions(c)
		prep[i] = prepared{c, r}
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range prep {
			r := prep[i].r
			r.Practices = e.practice.practices(prep[i].c, &r)
			r.Categories, r.OPP115 = e.practice.categories(prep[i].c, &r)
			r.APP350 = e.practice.app350(prep[i].c, &r)
		}
	}
}

// BenchmarkPracticeLongSentence measures one Chinese clause of 8,000
// triggers with no sentence end. The practice rules read a trigger's
// sentence for its actor, condition and scope; the tokenizer ends a
// sentence past sentenceSoftCap tokens, so the time per byte stays flat
// (0.07 MB/s at 68 KB before the cap, about 0.45 after).
func BenchmarkPracticeLongSentence(b *testing.B) {
	e := Default()
	text := "请" + strings.Repeat("不收集（", 4000) + strings.Repeat("收集", 4000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		e.Clause(Input{Text: text})
	}
}

// BenchmarkPracticeManySentences measures clauses of many sentences, the
// shape of a policy pasted as one paragraph. The rules find a sentence's
// hits and mentions by binary search: reading them all for each trigger
// took 1.2-1.4 s for the 144 KB of short Chinese sentences (zh), 3 s for
// the English and 11-12 s for the long recipients (zh-recipient).
func BenchmarkPracticeManySentences(b *testing.B) {
	e := Default()
	for _, bc := range []struct{ name, unit string }{
		{"zh", "我们会收集您的位置信息。"},
		{"zh-recipient", "我们不会与心语以外的任何第三方共享您的手机号码，"},
		{"en", "We collect your email address and we share it with advertisers. "},
	} {
		b.Run(bc.name, func(b *testing.B) {
			text := strings.Repeat(bc.unit, 4000)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				e.Clause(Input{Text: text})
			}
		})
	}
}

// TestCorpusPracticeSpans runs the whole clause extractor over the corpus
// and checks every practice span against the text it claims.
func TestCorpusPracticeSpans(t *testing.T) {
	e := Default()
	clauses, _ := practiceCorpusLines(t)
	total := 0
	for _, in := range clauses {
		r := e.Clause(in)
		for _, p := range r.Practices {
			s, end := p.Start-in.Offset, p.End-in.Offset
			if s < 0 || end > len(in.Text) || s >= end {
				t.Fatalf("practice span [%d,%d) outside clause at %d (len %d)", p.Start, p.End, in.Offset, len(in.Text))
			}
			if !utf8.ValidString(in.Text[s:end]) {
				t.Errorf("practice span cuts a rune: %q", in.Text[s:end])
			}
			total++
		}
		if len(r.Categories) == 0 {
			t.Errorf("no category for %q", in.Text)
		}
	}
	if total < 100 {
		t.Errorf("only %d practices in the corpus", total)
	}
}

func FuzzPracticeClause(f *testing.F) {
	for _, s := range []string{
		"We will not sell your data unless you consent.",
		"No personal data will be shared; we never transfer it abroad.",
		"services.If you don\u2019t agree, e.g. do not use it.",
		"\u2022 IMEI\u3001MAC\uff1bOAID",
		"",
		"not",
		"... ; ; ::",
		"我们不会向第三方出售您的个人信息。未经您的同意，我们不会将其传输至境外",
		"「不」【未】不会被",
		"我们不会将您的手机号码委托他人处理。合作伙伴无权将共享的个人信息出售的。",
		"插件名称：友盟+，处理的个人信息：设备型号、IP地址\t统计",
		"位置权限：用于查找附近网点。蓝牙权限：",
		"《个人信息保护法》《",
		"您拨打客服热线时，通话将被录音；请在监护人同意后使用。",
		"我们在境内收集和产生的个人信息，存储在境内。不再基于上述信息",
		"我们不会与任何公司共享，但以下情况除外：委托阿里云",
		"关闭后，我们将不再基于上述信息向您推荐。个人信息的共享、转让与公开披露",
		"如发现误收集了儿童的个人信息，会删除；以下情形中处理您的个人信息无需取得您的同意：",
		"我们不会保存您的人脸图像，仅保存核验结果。采用存储加密等措施",
		"相机权限——拍摄证件照；共享方式：SDK本机采集；由腾讯提供，用于核验，会采集人脸",
		"鹿鸣视频",
	} {
		f.Add(s)
	}
	e := Default()
	f.Fuzz(func(t *testing.T, s string) {
		const off = 7
		r := e.Clause(Input{Text: s, Offset: off})
		// The same text as an SDK table row and entry: the collections the
		// header or a field states must point into the text too.
		row := e.Clause(Input{Text: s, Offset: off, Owner: "sdk.x", Label: "SDK名称 | 使用目的 | 收集的个人信息"})
		entry := e.Clause(Input{Text: s, Offset: off, Owner: "sdk.x"})
		// With a product name taken from the text and a clause before it.
		name := s[:len(s)/2]
		named := e.Clause(Input{Text: s, Offset: off, Product: name, Context: []Practice{{Action: ActionCollect, Data: []string{"personal"}}}})
		for _, p := range slices.Concat(r.Practices, row.Practices, entry.Practices, named.Practices) {
			if p.Start < off || p.End > off+len(s) || p.Start > p.End {
				t.Fatalf("span [%d,%d) outside [%d,%d)", p.Start, p.End, off, off+len(s))
			}
		}
		if len(r.Categories) != len(r.OPP115) {
			t.Fatalf("categories %v and names %v differ in length", r.Categories, r.OPP115)
		}
	})
}

func ExampleExtractor_Clause_practices() {
	r := Default().Clause(Input{Text: "We will not share your data with third parties unless you give consent. We never sell it."})
	for _, p := range r.Practices {
		fmt.Printf("%s negated=%v actor=%s condition=%q\n", p.Action, p.Negated, p.Actor, p.Condition)
	}
	// Output:
	// share negated=false actor=first_party condition="consent"
	// sell negated=true actor=first_party condition=""
}

// BenchmarkPracticeLongChainChinese reads one long Chinese sentence of
// many comma-joined parts, each with its own verbs of seeing: the cost per
// byte should not grow with the sentence (privtext cuts clauses at 4 KB,
// direct callers of Clause do not).
func BenchmarkPracticeLongChainChinese(b *testing.B) {
	e := Default()
	text := strings.Repeat("家长可以查看您的订单，无法看到您的位置，", 2000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		e.Clause(Input{Text: text})
	}
}
