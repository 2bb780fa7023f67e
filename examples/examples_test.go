package examples_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestExamples builds each example and checks that its output says
// something sensible about the embedded corpus.
func TestExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("builds binaries; skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not in PATH")
	}
	tests := []struct {
		dir  string
		args []string
		// check inspects the output; it reports problems with t.Errorf.
		check func(t *testing.T, out string)
	}{
		{"quickstart", nil, func(t *testing.T, out string) {
			m := regexp.MustCompile(`^mibee: ".*", (\d+) sections, (\d+) clauses`).FindStringSubmatch(out)
			if m == nil {
				t.Fatalf("no summary line")
			}
			if n, _ := strconv.Atoi(m[1]); n < 5 {
				t.Errorf("%d sections, want at least 5", n)
			}
			if n, _ := strconv.Atoi(m[2]); n < 50 {
				t.Errorf("%d clauses, want at least 50", n)
			}
			data := section(out, "Data types (first evidence):", "What the policy")
			if strings.Count(data, "\n") < 3 {
				t.Errorf("fewer than 3 data types listed:\n%s", data)
			}
		}},
		{"search", nil, func(t *testing.T, out string) {
			if !regexp.MustCompile(`indexed \d{3,} clauses of 5 policies`).MatchString(out) {
				t.Errorf("no 'indexed N clauses of 5 policies' line")
			}
			imei := section(out, "IMEI:", "data:location")
			for _, vendor := range []string{"baijinxiu", "mibee"} {
				if !strings.Contains(imei, vendor) {
					t.Errorf("IMEI results lack %s:\n%s", vendor, imei)
				}
			}
			if !regexp.MustCompile(`data:location: [1-9]\d* clauses`).MatchString(out) {
				t.Errorf("data:location matched nothing")
			}
		}},
		{"compare", nil, func(t *testing.T, out string) {
			header := "| practice (level 1) | baijinxiu | mibee | mijia-camera | mile-technology | mipmap |"
			if !strings.Contains(out, header) {
				t.Errorf("no practice table header %q", header)
			}
			if !regexp.MustCompile(`(?m)^\| collect \|( ✓[^|]*\|){3,}`).MatchString(out) {
				t.Errorf("collect row does not show at least 3 vendors stating it")
			}
		}},
	}
	bin := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			exe := filepath.Join(bin, tt.dir)
			build := exec.Command(goTool, "build", "-o", exe, "./"+tt.dir)
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("go build ./%s: %v\n%s", tt.dir, err, out)
			}
			cmd := exec.Command(exe, tt.args...)
			cmd.Stderr = os.Stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("%s: %v", tt.dir, err)
			}
			tt.check(t, string(out))
			if t.Failed() {
				t.Logf("output:\n%s", out)
			}
		})
	}
}

// section returns the text between the lines starting with from and to.
func section(out, from, to string) string {
	i := strings.Index(out, from)
	if i < 0 {
		return ""
	}
	rest := out[i:]
	if j := strings.Index(rest[len(from):], to); j >= 0 {
		return rest[:len(from)+j]
	}
	return rest
}
