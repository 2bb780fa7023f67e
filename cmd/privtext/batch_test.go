package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/privtext"
)

func TestAnalyzeBatchJSONLines(t *testing.T) {
	dir := t.TempDir()
	for _, cp := range corpus.All() {
		os.WriteFile(filepath.Join(dir, cp.ID+".txt"), cp.Text, 0o644)
	}
	os.MkdirAll(filepath.Join(dir, "sub", ".hidden"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "bad.txt"), []byte("x\x00y"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "ignored.json"), []byte("{}"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", ".hidden", "skipped.txt"), []byte("We collect data."), 0o644)

	code, out, stderr := runCmd(t, "", "analyze", "--format", "json", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (one bad file); stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 6 {
		t.Fatalf("%d lines, want 6 (5 policies + 1 error)", len(lines))
	}
	var names []string
	errs := 0
	for _, l := range lines {
		var row struct {
			File     string `json:"file"`
			Error    string `json:"error"`
			Clauses  []any  `json:"clauses"`
			Sections []any  `json:"sections"`
		}
		if err := json.Unmarshal([]byte(l), &row); err != nil {
			t.Fatal(err)
		}
		names = append(names, filepath.Base(row.File))
		if row.Error != "" {
			errs++
			if !strings.Contains(row.Error, "binary") {
				t.Errorf("error line %q does not say why", row.Error)
			}
		} else if len(row.Clauses) == 0 || len(row.Sections) == 0 {
			t.Errorf("%s: no clauses or sections", row.File)
		}
	}
	if errs != 1 {
		t.Errorf("%d error lines, want 1", errs)
	}
	want := []string{"baijinxiu.txt", "mibee.txt", "mijia-camera.txt", "mile-technology.txt", "mipmap.txt", "bad.txt"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("order %v, want %v (walk order kept)", names, want)
	}
	if !strings.Contains(stderr, "6 files (1 failed)") {
		t.Errorf("no summary line on stderr: %q", stderr)
	}
}

func TestAnalyzeAllCancelled(t *testing.T) {
	sources, err := expandSources(&env{}, []string{"corpus:"}, privtext.DefaultMaxBytes)
	if err != nil || len(sources) != 5 {
		t.Fatalf("expandSources(corpus:) = %d sources, %v", len(sources), err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	e := &env{stdout: &out, stderr: &bytes.Buffer{}}
	n := 0
	_, err = analyzeAll(ctx, e, sources, privtext.Options{}, func(r result) error {
		n++
		out.WriteString(r.src.name + "\n")
		cancel() // Ctrl-C after the first result
		return nil
	})
	if err != context.Canceled {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if n != 1 || strings.Count(out.String(), "\n") != 1 {
		t.Fatalf("%d results emitted after cancellation, want exactly 1", n)
	}
}

func TestExpandSourcesErrors(t *testing.T) {
	if _, err := expandSources(&env{}, []string{"corpus:nope"}, 1); err == nil {
		t.Error("unknown corpus name accepted")
	}
	if _, err := expandSources(&env{}, []string{filepath.Join(t.TempDir(), "missing")}, 1); err == nil {
		t.Error("missing path accepted")
	}
}
