package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/corpus"
)

func TestDiffCommand(t *testing.T) {
	cp, _ := corpus.Get("mijia-camera")
	const promise = "We do not sell any personal information to third parties."
	if !strings.Contains(string(cp.Text), promise) {
		t.Fatal("corpus changed: no-sale promise not found in mijia-camera")
	}
	edited := strings.Replace(string(cp.Text), promise, "We may sell personal information to third parties.", 1)
	path := filepath.Join(t.TempDir(), "mijia-v2.txt")
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}

	code, out, stderr := runCmd(t, "", "diff", "corpus:mijia-camera", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "1 edited, 0 added, 0 removed") || !strings.Contains(out, "[-do not-]") || !strings.Contains(out, "{+may+}") {
		t.Errorf("text diff:\n%s", out)
	}

	code, _, _ = runCmd(t, "", "diff", "--format", "json", "corpus:mijia-camera", "-")
	if code != 1 {
		t.Errorf("diff with empty stdin: exit %d, want 1", code)
	}
	code, out, stderr = runCmd(t, edited, "diff", "--format", "json", "corpus:mijia-camera", "-")
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, stderr)
	}
	var d struct {
		Clauses []struct {
			Kind string `json:"kind"`
			Old  struct {
				Text string `json:"text"`
			} `json:"old"`
		} `json:"clauses"`
		Unchanged int `json:"unchanged"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Clauses) != 1 || d.Clauses[0].Kind != "edited" || d.Clauses[0].Old.Text != promise || d.Unchanged < 50 {
		t.Errorf("json diff: %+v", d)
	}
}

func TestDiffUsage(t *testing.T) {
	for _, args := range [][]string{
		{"diff", "corpus:mibee"},
		{"diff", "--format", "html", "corpus:mibee", "corpus:mipmap"},
		{"diff", "-", "-"},
	} {
		if code, _, _ := runCmd(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
