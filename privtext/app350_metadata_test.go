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
// rules were written against, thirty held out to check them, twenty-two
// labelled later as a blind check, and thirty labelled last by a reader who
// never ran the program. It skips
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
// Those misses were then mended (a footer <nav>, "applicable from"), so the
// fresh set is no longer blind either. Thirty more pages were labelled by a
// reader who did not run the program (app350_metadata_fresh2.txt) and
// scored once: controller 18/30, updated 27/30, effective 29/30. Its misses
// were a legal form (Estonian O.U), a d-m-y date with hyphens and a Korean
// effective date (시행일), since added (19/30, 28/30, 30/30); and
// names without a legal form or an alias that the labeller read as the
// author ("Ciberdroix respects the privacy of ...", "AccuWeather"), which
// the reader leaves out by design: Controller is a legal entity, and such a
// brand is still the product or the vendor name.
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
	{"app350_metadata_fresh2.txt", metadataScore{controller: 18, updated: 27, effective: 29}},
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

// TestAPP350Product scores the product field against the hand labels of
// testdata/app350_product.txt (its header gives the format): the pages of
// the three metadata sets and of app350_metadata_fresh2.txt, labelled
// without running the program. Pages labelled "*" are not scored. It logs
// every miss and fails below productFloor.
func TestAPP350Product(t *testing.T) {
	dir := filepath.Join(app350Dir, "documents")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("APP-350 documents not available at " + dir)
	}
	raw, err := os.ReadFile(filepath.Join("testdata", "app350_product.txt"))
	if err != nil {
		t.Fatal(err)
	}
	right, scored, named := 0, 0, 0
	for i, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, want, ok := strings.Cut(line, "|")
		if !ok {
			t.Fatalf("app350_product.txt:%d: want id | product", i+1)
		}
		id, want = strings.TrimSpace(id), strings.TrimSpace(want)
		if want == "*" {
			continue
		}
		page, err := os.ReadFile(filepath.Join(dir, id+".html"))
		if err != nil {
			t.Fatal(err)
		}
		p, err := privtext.Analyze(context.Background(), bytes.NewReader(page), privtext.Options{Format: "html", Name: id + ".html"})
		if err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		scored++
		if want != "-" {
			named++
		}
		if sameEntity(p.Product, want) {
			right++
		} else {
			t.Logf("%s: product %q, labelled %q", id, p.Product, want)
		}
	}
	t.Logf("product %d/%d (%d pages name one)", right, scored, named)
	if right < productFloor {
		t.Errorf("product %d right, below the floor of %d", right, productFloor)
	}
}

// productFloor is a little under the product score. Scored once before any
// rule was changed against the labels: 65/125. The misses then led to three
// readers (an alias naming a kind of product, `360 Security (the
// "Software")`; a page title that is nothing but a name the text repeats;
// shorter title phrases in the page title, "CultureAlley - Privacy") and to
// dropping product nouns after a name ("Laserbreak Application"): 73/125.
// About twenty of the remaining misses are company-wide policies titled
// with the company's name ("Adobe Privacy Policy"), which the labeller
// marked as naming no product; dropping a product that is the controller's
// name fixed those but broke as many flagship products named like their
// company (Evernote, Avast, eHarmony), so it was not kept.
const productFloor = 70
