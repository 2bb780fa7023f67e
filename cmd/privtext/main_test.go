package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadCommandLine checks that every kind of bad command line exits 2
// and that the error is printed once.
func TestBadCommandLine(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"analyze", "--bogus", "corpus:mibee"}, "-bogus"},
		{[]string{"index", "--bogus"}, "-bogus"},
		{[]string{"search", "--bogus", "IMEI"}, "-bogus"},
		{[]string{"search", "IMEI", "--bogus"}, "-bogus"},
		{[]string{"compare", "--bogus"}, "-bogus"},
		{[]string{"diff", "--bogus", "corpus:mibee", "corpus:mipmap"}, "-bogus"},
		{[]string{"eval", "--bogus"}, "-bogus"},
		{[]string{"analyze", "--input", "pdf", "corpus:mibee"}, "--input"},
		{[]string{"analyze", "--max-bytes", "lots", "corpus:mibee"}, "max-bytes"},
		{[]string{"search", "--size", "-1", "IMEI"}, "--size"},
		{[]string{"search", "--from", "-1", "IMEI"}, "--from"},
		{[]string{"search", "--facet", "bogus", "IMEI"}, "--facet"},
		{[]string{"compare", "--by", "bogus"}, "--by"},
		{[]string{"compare", "--level", "-1"}, "--level"},
		{[]string{"compare", "--level", "x"}, "-level"},
		{[]string{"analyze", "--encoding", "klingon", "corpus:mibee"}, "--encoding"},
		{[]string{"index", "--encoding", "klingon"}, "--encoding"},
	}
	for _, tt := range tests {
		code, _, stderr := runCmd(t, "", tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 mentioning %q", tt.args, code, stderr, tt.want)
		}
		// The flag package used to print the error before run did.
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		msg := strings.TrimPrefix(lines[len(lines)-1], "privtext "+tt.args[0]+": usage: ")
		if n := strings.Count(stderr, msg); n != 1 {
			t.Errorf("%v: error %q printed %d times:\n%s", tt.args, msg, n, stderr)
		}
	}
}

// TestMaxBytes checks that every command reading policies takes
// --max-bytes and names it when an input is over the limit, and that index
// leaves no empty index behind when every input fails.
func TestMaxBytes(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, bytes.Repeat([]byte("We collect your e-mail address. "), 100), 0o644)
	db := filepath.Join(dir, "db")
	for _, args := range [][]string{
		{"analyze", "--max-bytes", "100", big},
		{"analyze", "--format", "json", "--max-bytes", "100", big, "corpus:mibee"},
		{"index", "--db", db, "--max-bytes", "100", big},
		{"compare", "--max-bytes", "100", big},
		{"diff", "--max-bytes", "100", big, "corpus:mibee"},
	} {
		code, out, stderr := runCmd(t, "", args...)
		if code != 1 || !strings.Contains(stderr+out, "100-byte limit (raise it with --max-bytes)") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, stderr)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("index of failed inputs left %s behind: %v", db, err)
	}
	if code, _, stderr := runCmd(t, "", "compare", "--max-bytes", "100000", big, "corpus:mibee"); code != 0 {
		t.Errorf("compare under the limit: exit %d: %s", code, stderr)
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"-h"}, {"--help"}, {"help", "analyze"}, {"analyze", "-h"}, {"search", "IMEI", "--help"}, {"eval", "-h"}} {
		code, out, stderr := runCmd(t, "", args...)
		if code != 0 || !strings.Contains(out, "usage: privtext") || stderr != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want usage on stdout", args, code, out, stderr)
		}
	}
	if _, out, _ := runCmd(t, "", "help", "analyze"); !strings.Contains(out, "--jsonl") {
		t.Errorf("help analyze: %q, want analyze's flags", out)
	}
	if code, out, _ := runCmd(t, "", "help", "nosuch"); code != 2 || out != "" {
		t.Errorf("help nosuch: exit %d, stdout %q", code, out)
	}
}

func TestConflictingArguments(t *testing.T) {
	for _, args := range [][]string{
		{"analyze", "-", "-"},
		{"analyze", "--format", "json", "-", "corpus:mibee", "-"},
		{"compare", "-", "-"},
		{"index", "--db", filepath.Join(t.TempDir(), "db"), "-", "-"},
		{"diff", "-", "-"},
		{"analyze", "--jsonl", "corpus:mibee"},
		{"analyze", "--jsonl", "--format", "json"},
		{"analyze", "--jsonl", "--input", "html"},
	} {
		code, _, stderr := runCmd(t, `{"id": 1, "text": "We collect your e-mail address."}`, args...)
		if code != 2 {
			t.Errorf("%v: exit %d, stderr %q; want 2", args, code, stderr)
		}
	}
}

// TestErrorPrefix checks that library errors do not repeat the command's
// "privtext" prefix.
func TestErrorPrefix(t *testing.T) {
	nul := filepath.Join(t.TempDir(), "nul.bin")
	os.WriteFile(nul, []byte("ab\x00cd"), 0o644)
	for _, args := range [][]string{
		{"analyze", nul},
		{"analyze", "--format", "json", nul, "corpus:mibee"},
		{"compare", nul},
		{"search", "--db", filepath.Join(t.TempDir(), "none"), "IMEI"},
	} {
		code, out, stderr := runCmd(t, "", args...)
		if code != 1 || strings.Contains(stderr, ": privtext: ") || strings.Contains(out, `"privtext: `) {
			t.Errorf("%v: exit %d, stderr %q; want one privtext prefix per message (stdout %.200q)", args, code, stderr, out)
		}
	}
	_, out, _ := runCmd(t, "\n{\"id\": 1, \"text\": \"ab\\u0000cd\"}\n", "analyze", "--jsonl")
	if !strings.Contains(out, "binary") || strings.Contains(out, "privtext: ") {
		t.Errorf("--jsonl error line %q: want binary input, without privtext:", out)
	}
}

func TestOutlineHeader(t *testing.T) {
	_, out, _ := runCmd(t, "We collect your e-mail address.\n", "analyze", "-")
	if first, _, _ := strings.Cut(out, "\n"); first != "(untitled)" {
		t.Errorf("header %q, want (untitled)", first)
	}
	_, out, _ = runCmd(t, "", "analyze", "corpus:mibee")
	if first, _, _ := strings.Cut(out, "\n"); first != "miBEE — miBEE Privacy Policy" {
		t.Errorf("header %q", first)
	}
}

// An interrupted command says so and exits 130, as shells expect after
// SIGINT.
func TestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	code := run(ctx, &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}, []string{"analyze", "corpus:mibee"})
	if code != 130 || !strings.Contains(errb.String(), "interrupted") {
		t.Errorf("exit %d, stderr %q; want 130 and interrupted", code, errb.String())
	}
}
