package main

import (
	"encoding/json"
	"flag"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

func TestSearchEmbeddedCorpus(t *testing.T) {
	code, out, stderr := runCmd(t, "", "search", "IMEI")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "clauses match \"IMEI\"") || !strings.Contains(out, "**IMEI**") {
		t.Errorf("text output lacks the summary or the highlighted match:\n%s", out)
	}

	code, out, stderr = runCmd(t, "", "search", "--format", "json", "IMEI", "--facet", "vendor", "--size=50")
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, stderr)
	}
	var res struct {
		Total int `json:"total"`
		Hits  []struct {
			Vendor   string  `json:"vendor"`
			ClauseID string  `json:"clause_id"`
			Section  string  `json:"section"`
			Text     string  `json:"text"`
			Start    int     `json:"start"`
			End      int     `json:"end"`
			Score    float64 `json:"score"`
		} `json:"hits"`
		Facets map[string][]struct {
			Term  string `json:"term"`
			Count int    `json:"count"`
		} `json:"facets"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("json output: %v\n%s", err, out)
	}
	vendors := map[string]bool{}
	for _, h := range res.Hits {
		vendors[strings.ToLower(h.Vendor)] = true
		if h.ClauseID == "" || h.End <= h.Start || h.Score <= 0 || !strings.Contains(h.Text, "IMEI") {
			t.Errorf("bad hit %+v", h)
		}
	}
	if !vendors["baijinxiu"] || !vendors["mibee"] {
		t.Errorf("IMEI hits vendors %v, want baijinxiu and mibee", vendors)
	}
	sum := 0
	for _, ft := range res.Facets["vendor"] {
		sum += ft.Count
	}
	if sum != res.Total || res.Total != len(res.Hits) {
		t.Errorf("vendor facet sums to %d, total %d, %d hits", sum, res.Total, len(res.Hits))
	}
}

func TestParseInterspersed(t *testing.T) {
	tests := []struct {
		args       []string
		words      []string
		size       int
		facets     string
		wantErrors bool
	}{
		{[]string{"IMEI"}, []string{"IMEI"}, 10, "", false},
		{[]string{"--size", "3", "a", "b"}, []string{"a", "b"}, 3, "", false},
		{[]string{"a", "--size", "3", "b", "--facet", "vendor"}, []string{"a", "b"}, 3, "vendor", false},
		{[]string{"+negated:true", "-text:fraud", "--facet=data"}, []string{"+negated:true", "-text:fraud"}, 10, "data", false},
		{[]string{"a", "--", "--size", "3"}, []string{"a", "--size", "3"}, 10, "", false},
		{[]string{"a", "--nosuch"}, nil, 10, "", true},
	}
	for _, tt := range tests {
		flags := flag.NewFlagSet("t", flag.ContinueOnError)
		flags.SetOutput(io.Discard)
		size := flags.Int("size", 10, "")
		var facets []string
		flags.Func("facet", "", func(s string) error { facets = append(facets, s); return nil })
		words, err := parseInterspersed(&env{stdout: io.Discard, stderr: io.Discard}, flags, tt.args)
		if (err != nil) != tt.wantErrors {
			t.Errorf("%q: error %v", tt.args, err)
			continue
		}
		if err != nil {
			continue
		}
		if strings.Join(words, "|") != strings.Join(tt.words, "|") || *size != tt.size || strings.Join(facets, ",") != tt.facets {
			t.Errorf("%q: words %q size %d facets %q; want %q %d %q", tt.args, words, *size, facets, tt.words, tt.size, tt.facets)
		}
	}
}

func TestSearchErrors(t *testing.T) {
	if code, _, _ := runCmd(t, "", "search"); code != 2 {
		t.Errorf("search without query: exit %d, want 2", code)
	}
	if code, _, _ := runCmd(t, "", "search", "--format", "xml", "IMEI"); code != 2 {
		t.Errorf("bad --format: exit %d, want 2", code)
	}
	code, _, stderr := runCmd(t, "", "search", "data:")
	if code != 1 || !strings.Contains(stderr, "bad query") {
		t.Errorf("bad query string: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCmd(t, "", "search", "--facet", "colour", "IMEI")
	if code != 2 || !strings.Contains(stderr, "unknown --facet") {
		t.Errorf("bad facet: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCmd(t, "", "search", "--db", filepath.Join(t.TempDir(), "none"), "IMEI")
	if code != 1 || !strings.Contains(stderr, "index not found") {
		t.Errorf("missing --db: exit %d, stderr %q", code, stderr)
	}
}
