package privtext_test

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/privtext/go-privtext/privtext"
)

// TestAPP350Metadata reads the controller and dates of real policy pages and
// scores them against pages labelled by hand (the header of
// testdata/app350_metadata.txt gives the format): fifty pages the metadata
// rules were written against, thirty held out to check them, and
// twenty-two labelled last as a blind check. It skips
// when the shared corpus is absent, and logs every miss.
//
// Measured when the rules were written (right / scored pages):
//
//	                  controller   updated   effective
//	labelled, before     26/40       43/50      49/50
//	labelled, after      39/40       50/50      50/50
//	held out, before      8/16       20/30      30/30
//	held out, after      12/16       24/30      30/30
//
// The held-out pages then showed two legal forms missing (NV, S.L.U.) and
// date cues ("released on", "last changed", "posted on"), which were added
// (controller 14/16, updated 28/30: no longer a blind check), and one wrong
// label, since mended (118 names its controller under "Data Controller and
// Owner"; the counts above use the mended label). Reading the page footer
// as boilerplate then gave 40/40 and 29/30 (a copyright line, a footer
// "last updated" line), camel-cased brands in names ("eBay Inc.") 15/16,
// "Revised and Effective:" as both dates 30/30, and a comma inside an
// alias's quotes (`"we,"`) 16/16.
//
// Twenty-two fresh pages were then labelled (app350_metadata_fresh.txt) and
// scored once, with no rule changed after: controller 13/14, updated 22/22,
// effective 21/22 (the code of the stop before: 8/14, 20/22, 21/22). The
// misses: a company named only in a copyright line outside <footer>, and
// "Applicable from:" as an effective-date cue.
//
// The test fails below the floors of metadataFloors.
func TestAPP350Metadata(t *testing.T) {
	dir := filepath.Join(app350Dir, "documents")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("APP-350 documents not available at " + dir)
	}
	for _, c := range metadataFloors {
		t.Run(c.file, func(t *testing.T) {
			got := scoreMetadata(t, dir, filepath.Join("testdata", c.file))
			t.Logf("controller %d/%d, updated %d/%d, effective %d/%d",
				got.controller, got.scored, got.updated, got.pages, got.effective, got.pages)
			if got.controller < c.floor.controller || got.updated < c.floor.updated || got.effective < c.floor.effective {
				t.Errorf("below the floor of controller %d, updated %d, effective %d",
					c.floor.controller, c.floor.updated, c.floor.effective)
			}
		})
	}
}

// metadataScore counts the pages a reading got right.
type metadataScore struct {
	pages, scored                  int // pages read; pages with a controller label other than "*"
	controller, updated, effective int // right answers
}

var metadataFloors = []struct {
	file  string
	floor metadataScore
}{
	{"app350_metadata.txt", metadataScore{controller: 38, updated: 48, effective: 49}},
	{"app350_metadata_heldout.txt", metadataScore{controller: 14, updated: 28, effective: 29}},
	{"app350_metadata_fresh.txt", metadataScore{controller: 12, updated: 21, effective: 20}},
}

func scoreMetadata(t *testing.T, dir, labels string) metadataScore {
	f, err := os.Open(labels)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got metadataScore
	sc := bufio.NewScanner(f)
	for line := 0; sc.Scan(); {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "|")
		if len(fields) != 4 {
			t.Fatalf("%s:%d: want 4 fields, have %d", labels, line, len(fields))
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		id, wantController, wantUpdated, wantEffective := fields[0], fields[1], fields[2], fields[3]
		raw, err := os.ReadFile(filepath.Join(dir, id+".html"))
		if err != nil {
			t.Fatal(err)
		}
		p, err := privtext.Analyze(context.Background(), bytes.NewReader(raw), privtext.Options{Format: "html", Name: id + ".html"})
		if err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		got.pages++
		if wantController != "*" {
			got.scored++
			if sameEntity(p.Controller, wantController) {
				got.controller++
			} else {
				t.Logf("%s: controller %q, labelled %q", id, p.Controller, wantController)
			}
		}
		if orNone(p.Updated) == wantUpdated {
			got.updated++
		} else {
			t.Logf("%s: updated %q, labelled %q", id, p.Updated, wantUpdated)
		}
		if orNone(p.Effective) == wantEffective {
			got.effective++
		} else {
			t.Logf("%s: effective %q, labelled %q", id, p.Effective, wantEffective)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return got
}

// sameEntity reports whether got is one of the ";"-separated names of want
// ("-" for none), ignoring case, punctuation and spacing.
func sameEntity(got, want string) bool {
	if want == "-" {
		return got == ""
	}
	for _, w := range strings.Split(want, ";") {
		if got != "" && entityKey(got) == entityKey(w) {
			return true
		}
	}
	return false
}

func entityKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
