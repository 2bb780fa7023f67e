package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/privtext/go-privtext/internal/rulefile"
)

// TestAPP350DataTypes measures, per APP-350 data type, how well the data
// type mentions alone find the segments annotated with it (any party, any
// modality). It is a development tool, run with PRIVTEXT_EVAL=1; it reads
// ../../shared (the project's shared data) and skips when that is absent.
// Tune on TRAINING, check on VALIDATION.
//
// The crosswalk from APP-350 types to taxonomy ids is the type.* entries of
// rules/app350.txt.
func TestAPP350DataTypes(t *testing.T) {
	if os.Getenv("PRIVTEXT_EVAL") == "" {
		t.Skip("set PRIVTEXT_EVAL=1 to run the APP-350 data type evaluation")
	}
	files, _ := filepath.Glob("../../shared/datasets/app350/annotations/policy_*.yml")
	if len(files) == 0 {
		t.Skip("no ../../shared/datasets/app350")
	}
	data, err := embedded.ReadFile("rules/app350.txt")
	if err != nil {
		t.Skip("no rules/app350.txt crosswalk")
	}
	entries, err := rulefile.Parse("app350.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	cross := map[string]map[string]bool{} // APP-350 type → taxonomy ids
	for _, e := range entries {
		if typ, ok := strings.CutPrefix(e.Label, "type."); ok {
			cross[typ] = map[string]bool{}
			for _, id := range e.Terms {
				cross[typ][id] = true
			}
		}
	}
	type count struct{ tp, fp, fn int }
	stats := map[string]map[string]*count{"TRAINING": {}, "VALIDATION": {}}
	misses := map[string][]string{}
	e := Default()
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var pol struct {
			Type     string `yaml:"policy_type"`
			Segments []struct {
				Text        string `yaml:"segment_text"`
				Annotations []struct {
					Practice string `yaml:"practice"`
				} `yaml:"annotations"`
			} `yaml:"segments"`
		}
		if err := yaml.Unmarshal(raw, &pol); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, seg := range pol.Segments {
			gold := map[string]bool{}
			for _, a := range seg.Annotations {
				typ := strings.TrimSuffix(strings.TrimSuffix(a.Practice, "_1stParty"), "_3rdParty")
				gold[typ] = true
			}
			found := map[string]bool{}
			for _, m := range e.Clause(Input{Text: seg.Text}).Data {
				for typ, ids := range cross {
					if ids[m.Label] {
						found[typ] = true
					}
				}
			}
			for typ := range cross {
				c := stats[pol.Type][typ]
				if c == nil {
					c = &count{}
					stats[pol.Type][typ] = c
				}
				switch {
				case gold[typ] && found[typ]:
					c.tp++
				case found[typ]:
					c.fp++
				case gold[typ]:
					c.fn++
					if pol.Type == "TRAINING" && len(misses[typ]) < 12 {
						misses[typ] = append(misses[typ], vocabClip(seg.Text, 600))
					}
				}
			}
		}
	}
	for _, split := range []string{"TRAINING", "VALIDATION"} {
		var types []string
		for typ := range stats[split] {
			types = append(types, typ)
		}
		sort.Strings(types)
		var all count
		var b strings.Builder
		for _, typ := range types {
			c := stats[split][typ]
			all.tp, all.fp, all.fn = all.tp+c.tp, all.fp+c.fp, all.fn+c.fn
			p, r, f := vocabPRF(c.tp, c.fp, c.fn)
			fmt.Fprintf(&b, "  %-36s P %.2f R %.2f F1 %.2f (tp %d fp %d fn %d)\n", typ, p, r, f, c.tp, c.fp, c.fn)
		}
		p, r, f := vocabPRF(all.tp, all.fp, all.fn)
		t.Logf("%s segments, micro P %.3f R %.3f F1 %.3f\n%s", split, p, r, f, b.String())
	}
	if testing.Verbose() {
		for typ, ms := range misses {
			for _, m := range ms {
				t.Logf("missed %s: %s", typ, m)
			}
		}
	}
}

func vocabPRF(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func vocabClip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}
