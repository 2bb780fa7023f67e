package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runEvalCmd(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	code := run(context.Background(), e, append([]string{"eval"}, args...))
	return code, out.String(), errb.String()
}

func TestEvalUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-dataset", "foo"}, 2, "-dataset must be opp115 or app350"},
		{[]string{"-split", "test"}, 2, "-split must be train or validation"},
		{[]string{"extra"}, 2, "unexpected argument"},
		{[]string{"-level", "clause"}, 2, "-level must be segment or policy"},
		{[]string{"-level", "policy"}, 2, "-level policy needs -dataset app350"},
		{[]string{"-nosuchflag"}, 2, "flag provided but not defined"},
		{[]string{"-shared", filepath.Join(t.TempDir(), "none")}, 1, "no such file"},
	}
	for _, tt := range tests {
		code, _, stderr := runEvalCmd(tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("eval %v: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
}

func TestEvalOPP115(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "datasets", "opp115", "validation.csv")); err != nil {
		t.Skipf("datasets not available: %v", err)
	}
	code, stdout, stderr := runEvalCmd("-shared", shared, "-errors", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"opp115 validation", "First Party Collection/Use", "micro", "macro", "gold:", "pred:"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}

func TestEvalAPP350Policies(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "datasets", "app350", "annotations")); err != nil {
		t.Skipf("datasets not available: %v", err)
	}
	code, stdout, stderr := runEvalCmd("-shared", shared, "-dataset", "app350", "-level", "policy", "-errors", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"app350 validation, whole policies", "micro", "missed:", "extra:", "62 examples"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}
