package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/privtext/go-privtext/privtext"
)

// TestIndexThenSearch indexes a directory of policies and a corpus policy
// on disk, re-indexes them (replacement, not duplication), searches the
// result, and checks the error cases of index.
func TestIndexThenSearch(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	docs := filepath.Join(dir, "docs")
	if err := os.MkdirAll(filepath.Join(docs, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"acme.txt":        "Acme Privacy Policy\n\n1. What we collect\n\nWe collect your email address and the IMEI of your phone.\n\nWe do not sell personal information.\n",
		"sub/globex.md":   "# Globex Privacy Policy\n\n## Sharing\n\nWe share your location with advertising partners.\n",
		"sub/ignored.pdf": "not a policy",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(docs, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := runCmd(t, "", "index", "--db", db, docs, "corpus:mibee")
	if code != 0 || !strings.Contains(stderr, "created") || !strings.Contains(stderr, "indexed 3 policies") {
		t.Fatalf("index: exit %d, stderr %q", code, stderr)
	}
	// Indexing the same policies again replaces them: same clause count.
	first := stderr[strings.LastIndex(stderr, "holds"):]
	code, _, stderr = runCmd(t, "", "index", "--db", db, docs, "corpus:mibee")
	if code != 0 || !strings.Contains(stderr, "updated") || !strings.HasSuffix(stderr, first) {
		t.Fatalf("re-index: exit %d, stderr %q, want it to end %q", code, stderr, first)
	}
	code, out, stderr := runCmd(t, "", "search", "--db", db, "--format", "json", "IMEI")
	if code != 0 {
		t.Fatalf("search: exit %d: %s", code, stderr)
	}
	var res struct {
		Hits []struct {
			Vendor string `json:"vendor"`
			Text   string `json:"text"`
			Start  int    `json:"start"`
			End    int    `json:"end"`
		} `json:"hits"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	var acme bool
	for _, h := range res.Hits {
		if strings.EqualFold(h.Vendor, "acme") {
			acme = true
			if got := files["acme.txt"][h.Start:h.End]; got != h.Text {
				t.Errorf("acme hit span %d:%d = %q, text %q", h.Start, h.End, got, h.Text)
			}
		}
	}
	if !acme {
		t.Errorf("IMEI in the indexed directory: no acme hit in %+v", res.Hits)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCmd(t, "", "index", "--db", empty, "corpus:mipmap"); code != 0 || !strings.Contains(stderr, "created") {
		t.Errorf("index into an empty directory: exit %d, stderr %q", code, stderr)
	}
	if code, _, _ := runCmd(t, "", "index", "--db", db, filepath.Join(dir, "missing.txt")); code != 1 {
		t.Errorf("index of a missing file: exit %d, want 1", code)
	}
	notIndex := t.TempDir()
	if err := os.WriteFile(filepath.Join(notIndex, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCmd(t, "", "index", "--db", notIndex, "corpus:mibee")
	if code != 1 || !strings.Contains(stderr, "corrupt") {
		t.Errorf("index into a non-index directory: exit %d, stderr %q", code, stderr)
	}
}

// Two files of one run that read as the same vendor are both kept, and a
// file that fails does not stop the others (the exit status still says so).
func TestIndexSameVendorAndFailures(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	docs := filepath.Join(dir, "docs")
	if err := os.MkdirAll(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"a.txt":     "Acme Privacy Policy\n\nWe collect your email address.\n",
		"b.txt":     "Acme Privacy Policy\n\nWe collect your precise location.\n",
		"empty.txt": "   \n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(docs, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := runCmd(t, "", "index", "--db", db, docs)
	if code != 1 || !strings.Contains(stderr, "empty.txt") || !strings.Contains(stderr, "1 of 3 policies failed") {
		t.Fatalf("index: exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stderr, "indexed 2 policies (2 clauses); the index holds 2 clauses") ||
		!strings.Contains(stderr, "1 policies shared their vendor name") {
		t.Errorf("stderr %q: want both Acme policies kept", stderr)
	}
	code, out, _ := runCmd(t, "", "search", "--db", db, "--format", "json", "location")
	if code != 0 || !strings.Contains(out, "Acme ("+filepath.Join(docs, "b.txt")+")") {
		t.Errorf("search: exit %d, %s: want the second file filed as Acme (FILE)", code, out)
	}
}

// Ctrl-C at any point of an indexing run leaves an index that opens and
// answers queries: whatever was flushed stays, and nothing is half-written.
func TestIndexCancelledStillOpens(t *testing.T) {
	for _, delay := range []time.Duration{0, 2 * time.Millisecond, 10 * time.Millisecond, 40 * time.Millisecond} {
		db := filepath.Join(t.TempDir(), "db")
		ctx, cancel := context.WithCancel(context.Background())
		timer := time.AfterFunc(delay, cancel)
		var out, errb bytes.Buffer
		code := run(ctx, &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}, []string{"index", "--db", db})
		timer.Stop()
		cancel()
		x, err := privtext.OpenIndex(db)
		if err != nil {
			t.Fatalf("cancelled after %v (exit %d, %q): index does not open: %v", delay, code, errb.String(), err)
		}
		n, err := x.Count()
		if err != nil {
			t.Errorf("cancelled after %v: count: %v", delay, err)
		}
		if _, err := x.Search(context.Background(), privtext.Query{Text: "IMEI"}); err != nil {
			t.Errorf("cancelled after %v: search: %v", delay, err)
		}
		x.Close()
		if code == 0 && n == 0 {
			t.Errorf("cancelled after %v: run succeeded but the index is empty", delay)
		}
	}
}
