package main

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

func TestCompareFormats(t *testing.T) {
	code, out, stderr := runCmd(t, "", "compare", "--by", "practice", "--level", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(out, "| practice (level 1) | ") || !strings.Contains(out, "explicitly denied") {
		t.Errorf("markdown output:\n%s", out)
	}

	code, out, _ = runCmd(t, "", "compare", "--format", "csv", "corpus:mibee", "corpus:baijinxiu")
	if code != 0 {
		t.Fatalf("csv: exit %d", code)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("csv output: %v", err)
	}
	if len(recs) < 2 || len(recs[0]) != 3 || recs[0][0] != "data" {
		t.Fatalf("csv header %v, %d records", recs[0], len(recs))
	}
	for _, r := range recs[1:] {
		for _, cell := range r[1:] {
			if cell != "yes" && cell != "no" && cell != "" {
				t.Errorf("csv cell %q", cell)
			}
		}
	}

	code, out, _ = runCmd(t, "", "compare", "--format", "json", "--by", "party", "--level", "0")
	if code != 0 {
		t.Fatalf("json: exit %d", code)
	}
	var m struct {
		By      string   `json:"by"`
		Vendors []string `json:"vendors"`
		Rows    []struct {
			Label string `json:"label"`
			Cells []struct {
				State string `json:"state"`
			} `json:"cells"`
		} `json:"rows"`
	}
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatal(err)
	}
	if m.By != "party" || len(m.Vendors) != 5 {
		t.Errorf("json by %q, vendors %v", m.By, m.Vendors)
	}
	for _, r := range m.Rows {
		if len(r.Cells) != 5 {
			t.Errorf("row %s has %d cells", r.Label, len(r.Cells))
		}
	}

	code, out, _ = runCmd(t, "", "compare", "--format", "html", "--by", "sdk", "corpus:baijinxiu")
	if code != 0 || !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.Contains(out, "</html>") {
		t.Errorf("html: exit %d, output starts %.60q", code, out)
	}
}

func TestCompareErrors(t *testing.T) {
	for _, args := range [][]string{
		{"compare", "--by", "colour"},
		{"compare", "--format", "pdf"},
		{"compare", "--level", "-1"},
	} {
		if code, _, _ := runCmd(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, _, _ := runCmd(t, "", "compare", "corpus:nosuch"); code != 2 {
		t.Errorf("unknown corpus policy: exit %d, want 2", code)
	}
}
