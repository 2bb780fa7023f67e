package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The -update flag rewrites golden files; it is defined by whichever test
// file of the package initialises first.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata")
	}
}

func vocabUpdate() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestVocabularyGolden records every data type, purpose and party mention
// of the seed policies (split on blank lines) in testdata/vocab_<name>.golden,
// one per line: span, kind, label, text. Review changes to these files by
// hand: they are where a rule change shows its effect on real policies.
func TestVocabularyGolden(t *testing.T) {
	files, _ := filepath.Glob("../corpus/*.txt")
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	e := Default()
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := string(data)
			type line struct {
				start int
				text  string
			}
			var lines []line
			offset := 0
			for _, para := range strings.SplitAfter(doc, "\n\n") {
				r := e.Clause(Input{Text: para, Offset: offset})
				for _, group := range []struct {
					kind string
					ms   []Mention
				}{{"data", r.Data}, {"purpose", r.Purposes}, {"party", r.Parties}} {
					for _, m := range group.ms {
						if doc[m.Start:m.End] != m.Text {
							t.Errorf("span %d:%d is %q, mention text %q", m.Start, m.End, doc[m.Start:m.End], m.Text)
						}
						lines = append(lines, line{m.Start, fmt.Sprintf("%d:%d\t%s\t%s\t%q\n", m.Start, m.End, group.kind, m.Label, m.Text)})
					}
				}
				offset += len(para)
			}
			sort.SliceStable(lines, func(i, j int) bool { return lines[i].start < lines[j].start })
			var b strings.Builder
			for _, l := range lines {
				b.WriteString(l.text)
			}
			golden := filepath.Join("testdata", "vocab_"+name+".golden")
			if vocabUpdate() {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if diff := cmp.Diff(string(want), b.String()); diff != "" {
				t.Errorf("mentions differ from %s (-want +got):\n%s", golden, diff)
			}
		})
	}
}
