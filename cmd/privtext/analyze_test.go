package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs a command line and returns its exit code, stdout and stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}
	code := run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func TestUsage(t *testing.T) {
	code, _, stderr := runCmd(t, "")
	if code != 2 || !strings.Contains(stderr, "usage: privtext") || !strings.Contains(stderr, "analyze") {
		t.Fatalf("no args: code %d, stderr %q", code, stderr)
	}
	if code, _, _ := runCmd(t, "", "nosuch"); code != 2 {
		t.Fatalf("unknown command exit %d, want 2", code)
	}
	if code, _, _ := runCmd(t, "", "analyze"); code != 2 {
		t.Fatalf("analyze without file exit %d, want 2", code)
	}
	if code, _, _ := runCmd(t, "", "analyze", "--format", "xml", "corpus:mibee"); code != 2 {
		t.Fatalf("bad --format exit %d, want 2", code)
	}
}

func TestAnalyzeCorpusText(t *testing.T) {
	code, out, stderr := runCmd(t, "", "analyze", "corpus:baijinxiu")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Baijinxiu", "1.1.1 Account registration and sign-in", "What information is collected by us",
		"controller: Beijing Wali Network Technology Co., Ltd\n", "updated: 2020-10-22\n",
		"SDKs (11): Sina Weibo SDK, WeChat SDK, QQ SDK, Baidu Positioning, Zhima Credit, YY SDK, Huawei push, OPPO push, vivo push, Xiaomi push, Mi Pay\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestAnalyzeJSONSchema(t *testing.T) {
	code, out, stderr := runCmd(t, "", "analyze", "--format", "json", "corpus:mibee")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"vendor", "title", "sections", "clauses"} {
		if _, ok := doc[key]; !ok {
			t.Errorf("top level lacks %q", key)
		}
	}
	sec := doc["sections"].([]any)[0].(map[string]any)
	for _, key := range []string{"id", "heading", "level", "parent", "start", "end"} {
		if _, ok := sec[key]; !ok {
			t.Errorf("section lacks %q", key)
		}
	}
	cl := doc["clauses"].([]any)[0].(map[string]any)
	for _, key := range []string{"id", "section", "text", "start", "end", "depth"} {
		if _, ok := cl[key]; !ok {
			t.Errorf("clause lacks %q", key)
		}
	}
}

func TestAnalyzeFileAndStdinErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	binary := filepath.Join(dir, "x.bin")
	os.WriteFile(binary, []byte("ab\x00cd"), 0o644)
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, bytes.Repeat([]byte("word "), 1000), 0o644)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"analyze", empty}, "empty input"},
		{[]string{"analyze", binary}, "binary input"},
		{[]string{"analyze", "--max-bytes", "100", big}, "--max-bytes"},
		{[]string{"analyze", filepath.Join(dir, "missing.txt")}, "no such file"},
		{[]string{"analyze", "corpus:nope"}, "no embedded policy"},
	}
	for _, tt := range tests {
		code, _, stderr := runCmd(t, "", tt.args...)
		if code == 0 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want failure mentioning %q", tt.args, code, stderr, tt.want)
		}
	}
	code, out, _ := runCmd(t, "We collect your e-mail address.\n", "analyze", "-")
	if code != 0 || !strings.Contains(out, "We collect your e-mail address.") {
		t.Errorf("stdin: exit %d, out %q", code, out)
	}
}

func TestAnalyzeJSONLines(t *testing.T) {
	in := `{"id": 1, "text": "We collect your phone number. We do not sell it."}
not json
{"id": "b", "text": ""}
{"id": "c"}
{"id": "d", "text": "Contact us at privacy@example.com."}
`
	code, out, stderr := runCmd(t, in, "analyze", "--jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d output lines, want 5:\n%s", len(lines), out)
	}
	type row struct {
		ID    json.RawMessage `json:"id"`
		Line  int             `json:"line"`
		Error string          `json:"error"`
	}
	var rows []row
	for _, l := range lines {
		var r row
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("bad output line %q: %v", l, err)
		}
		rows = append(rows, r)
	}
	if string(rows[0].ID) != "1" || rows[0].Error != "" {
		t.Errorf("line 1: %+v", rows[0])
	}
	if rows[1].Line != 2 || !strings.Contains(rows[1].Error, "line 2") {
		t.Errorf("bad JSON line not reported with its number: %+v", rows[1])
	}
	if !strings.Contains(rows[2].Error, "empty") || !strings.Contains(rows[3].Error, "text") {
		t.Errorf("empty/missing text not reported: %+v %+v", rows[2], rows[3])
	}
	if string(rows[4].ID) != `"d"` || rows[4].Error != "" {
		t.Errorf("processing did not continue after bad lines: %+v", rows[4])
	}
}

// TestAnalyzeJSONLinesLongLine checks that a line over the limit costs one
// error line, not the rest of the stream, and the shape of both kinds of
// output line.
func TestAnalyzeJSONLinesLongLine(t *testing.T) {
	long := `{"id": 2, "text": "` + strings.Repeat("word ", 1000) + `"}`
	in := `{"id": 1, "text": "Contact us at privacy@example.com."}` + "\n" + long + "\r\n" +
		`{"id": 3, "text": "We collect your phone number."}` + "\n"
	code, out, stderr := runCmd(t, in, "analyze", "--jsonl", "--max-bytes", "100")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rows []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r map[string]any
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("bad output line %q: %v", l, err)
		}
		rows = append(rows, r)
	}
	if len(rows) != 3 {
		t.Fatalf("%d output lines, want 3:\n%s", len(rows), out)
	}
	if e, _ := rows[1]["error"].(string); rows[1]["line"] != 2.0 || !strings.Contains(e, "line 2: larger than") || !strings.Contains(e, "--max-bytes") {
		t.Errorf("long line: %v", rows[1])
	}
	if _, ok := rows[1]["data"]; ok {
		t.Errorf("error line carries result fields: %v", rows[1])
	}
	if rows[2]["id"] != 3.0 || rows[2]["error"] != nil {
		t.Errorf("processing did not go on after the long line: %v", rows[2])
	}
	for _, key := range []string{"categories", "data", "purposes", "parties", "practices", "opp115", "app350"} {
		if _, ok := rows[0][key].([]any); !ok {
			t.Errorf("result line: %q is %v, want a list", key, rows[0][key])
		}
	}
}

// A Windows-1252 file is an error unless --encoding names it.
func TestAnalyzeEncodingFlag(t *testing.T) {
	path := filepath.Join(t.TempDir(), "legacy.txt")
	if err := os.WriteFile(path, []byte("We don\x92t sell your personal information.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCmd(t, "", "analyze", path); code != 1 || !strings.Contains(stderr, "undecodable") {
		t.Errorf("without --encoding: exit %d, stderr %q; want 1 and undecodable", code, stderr)
	}
	code, out, stderr := runCmd(t, "", "analyze", "--encoding", "windows-1252", "--format", "json", path)
	if code != 0 || !strings.Contains(out, `"We don’t sell your personal information."`) || !strings.Contains(out, `"negated": true`) {
		t.Errorf("with --encoding: exit %d, stderr %q, out:\n%.600s", code, stderr, out)
	}
}
