package privtext_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/extract"
	"github.com/privtext/go-privtext/privtext"
)

// The index benchmarks run over at least benchClauses clauses: the corpus
// policies, analysed, plus — when ../shared is present — synthetic policies
// made of the sentences of the OPP-115 segments and the APP-350 policy
// segments, read from ../shared at run time (never copied), with facts
// extracted clause by clause. The sentence pool is repeated under new
// vendor names until it is large enough.
//
//	go test ./privtext -run '^$' -bench Index -benchtime 1x   # indexing
//	go test ./privtext -run '^$' -bench IndexQuery            # latency

const benchClauses = 100_000

const sharedDatasets = "../../shared/datasets"

var benchCorpus = sync.OnceValues(func() ([]*privtext.Policy, error) {
	var out []*privtext.Policy
	for _, cp := range corpus.All() {
		p, err := privtext.AnalyzeBytes(context.Background(), cp.Text, privtext.Options{Vendor: cp.ID})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", cp.ID, err)
		}
		out = append(out, p)
	}
	sentences, err := datasetSentences()
	if err != nil {
		return nil, err
	}
	if len(sentences) == 0 { // no ../shared: repeat the corpus clauses
		for _, p := range out[:5] {
			for _, c := range p.Clauses {
				sentences = append(sentences, c.Text)
			}
		}
	}
	ex := extract.Default()
	facts := make([]extract.Result, len(sentences))
	for i, s := range sentences {
		facts[i] = ex.Clause(extract.Input{Text: s})
	}
	total := 0
	for _, p := range out {
		total += len(p.Clauses)
	}
	const perPolicy = 200
	for round := 0; total < benchClauses; round++ {
		for start := 0; start < len(sentences) && total < benchClauses; start += perPolicy {
			end := min(start+perPolicy, len(sentences))
			out = append(out, syntheticPolicy(fmt.Sprintf("synthetic-%d-%d", round, start/perPolicy), sentences[start:end], facts[start:end]))
			total += end - start
		}
	}
	return out, nil
})

// syntheticPolicy lays sentences out one per line as a policy.
func syntheticPolicy(vendor string, sentences []string, facts []extract.Result) *privtext.Policy {
	p := &privtext.Policy{Vendor: vendor, Title: vendor, Format: "text"}
	off := 0
	for i, s := range sentences {
		f := facts[i]
		p.Clauses = append(p.Clauses, privtext.Clause{
			ID: fmt.Sprintf("c%d", i+1), Text: s, Start: off, End: off + len(s), Kind: "sentence",
			Data: f.Data, Purposes: f.Purposes, Parties: f.Parties, Practices: f.Practices, Categories: f.Categories,
		})
		off += len(s) + 1
	}
	return p
}

// datasetSentences reads the OPP-115 rows and APP-350 segments and splits
// them into sentences; nil when ../shared is absent.
func datasetSentences() ([]string, error) {
	if _, err := os.Stat(sharedDatasets); err != nil {
		return nil, nil
	}
	seen := map[string]bool{}
	var out []string
	add := func(text string) {
		for _, s := range splitSentences(text) {
			if len(s) >= 20 && !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	for _, name := range []string{"train.csv", "validation.csv"} {
		f, err := os.Open(filepath.Join(sharedDatasets, "opp115", name))
		if err != nil {
			return nil, err
		}
		r := csv.NewReader(f)
		r.FieldsPerRecord = -1
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				f.Close()
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			add(rec[0])
		}
		f.Close()
	}
	dir := filepath.Join(sharedDatasets, "app350", "annotations")
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yml") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var doc struct {
			Segments []struct {
				Text string `yaml:"segment_text"`
			} `yaml:"segments"`
		}
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		for _, s := range doc.Segments {
			add(s.Text)
		}
		return nil
	})
	return out, err
}

// splitSentences cuts text after ". ", "; " and line breaks: rough, but
// these are only benchmark clauses.
func splitSentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for line != "" {
			i := strings.Index(line, ". ")
			if j := strings.Index(line, "; "); j >= 0 && (i < 0 || j < i) {
				i = j
			}
			if i < 0 {
				out = append(out, strings.TrimSpace(line))
				break
			}
			out = append(out, strings.TrimSpace(line[:i+1]))
			line = line[i+2:]
		}
	}
	return out
}

func loadBench(b *testing.B) ([]*privtext.Policy, int, int64) {
	b.Helper()
	policies, err := benchCorpus()
	if err != nil {
		b.Fatal(err)
	}
	clauses, bytes := 0, int64(0)
	for _, p := range policies {
		clauses += len(p.Clauses)
		for _, c := range p.Clauses {
			bytes += int64(len(c.Text))
		}
	}
	return policies, clauses, bytes
}

func benchmarkAdd(b *testing.B, onDisk bool) {
	policies, clauses, size := loadBench(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	var indexed time.Duration
	var diskBytes int64
	for i := 0; i < b.N; i++ {
		var (
			x   *privtext.Index
			err error
			dir = filepath.Join(b.TempDir(), "idx")
		)
		if onDisk {
			x, err = privtext.CreateIndex(dir)
		} else {
			x, err = privtext.NewMemIndex()
		}
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if err := x.Add(context.Background(), policies...); err != nil {
			b.Fatal(err)
		}
		indexed += time.Since(start)
		if n, err := x.Count(); err != nil || n != clauses {
			b.Fatalf("Count = %d, %v; want %d", n, err, clauses)
		}
		if err := x.Close(); err != nil {
			b.Fatal(err)
		}
		if onDisk {
			b.StopTimer()
			diskBytes = dirSize(b, dir)
			b.StartTimer()
		}
	}
	b.ReportMetric(float64(clauses)*float64(b.N)/indexed.Seconds(), "clauses/s")
	b.ReportMetric(float64(clauses), "clauses")
	if onDisk {
		b.ReportMetric(float64(diskBytes)/float64(clauses), "bytes/clause")
	}
}

func BenchmarkIndexAddMem(b *testing.B)  { benchmarkAdd(b, false) }
func BenchmarkIndexAddDisk(b *testing.B) { benchmarkAdd(b, true) }

func dirSize(b *testing.B, dir string) int64 {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			n += info.Size()
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// benchQueries are typical searches: a rare term, a data-type field
// query, free text, a practice filter, a filtered text search and a
// phrase, most with facets.
var benchQueries = []struct {
	name string
	q    privtext.Query
}{
	{"term", privtext.Query{QueryString: "IMEI", Facets: []string{"vendor"}}},
	{"field", privtext.Query{QueryString: "data:location.precise", Facets: []string{"vendor", "data"}}},
	{"text", privtext.Query{Text: "third party advertising", Facets: []string{"party", "purpose"}}},
	{"practice", privtext.Query{QueryString: "+negated:true +action:sell", Facets: []string{"vendor"}}},
	{"filtered", privtext.Query{Data: []string{"identifier"}, Text: "device", Facets: []string{"data"}}},
	{"phrase", privtext.Query{QueryString: `"personal information"`, Size: 20}},
}

// BenchmarkIndexQuery runs each query shape, then the mix, and reports
// latency percentiles.
func BenchmarkIndexQuery(b *testing.B) {
	policies, _, _ := loadBench(b)
	dir := b.TempDir()
	indexes := map[string]*privtext.Index{}
	for _, kind := range []string{"mem", "disk"} {
		var (
			x   *privtext.Index
			err error
		)
		if kind == "mem" {
			x, err = privtext.NewMemIndex()
		} else {
			x, err = privtext.CreateIndex(filepath.Join(dir, "idx"))
		}
		if err == nil {
			err = x.Add(context.Background(), policies...)
		}
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { x.Close() }) // before TempDir's removal
		indexes[kind] = x
	}
	var mix []privtext.Query
	for _, bq := range benchQueries {
		mix = append(mix, bq.q)
	}
	for _, kind := range []string{"mem", "disk"} {
		x := indexes[kind]
		for _, bq := range benchQueries {
			b.Run(kind+"/"+bq.name, func(b *testing.B) { benchmarkQueries(b, x, []privtext.Query{bq.q}) })
		}
		b.Run(kind+"/mix", func(b *testing.B) { benchmarkQueries(b, x, mix) })
	}
}

func benchmarkQueries(b *testing.B, x *privtext.Index, queries []privtext.Query) {
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := x.Search(ctx, queries[i%len(queries)]); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}
