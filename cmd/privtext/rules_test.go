package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRulesFlag(t *testing.T) {
	dir := t.TempDir()
	sdk := filepath.Join(dir, "parties.txt")
	os.WriteFile(sdk, []byte("sdk.zorblet: Zorblet SDK | Zorblet {kind=analytics}\n"), 0o644)
	named := filepath.Join(dir, "mine.txt")
	os.WriteFile(named, []byte("biometric.gait: gait pattern | walking pattern\n"), 0o644)
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("no colon here\n"), 0o644)
	policy := filepath.Join(dir, "p.txt")
	os.WriteFile(policy, []byte("We use the Zorblet SDK to collect your gait pattern.\n"), 0o644)

	code, out, stderr := runCmd(t, "", "analyze", "--format", "json", "--rules", sdk, "--rules", "datatypes.txt="+named, policy)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var p struct {
		Clauses []struct {
			Data    []struct{ Label string }
			Parties []struct{ Label string }
		}
	}
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, c := range p.Clauses {
		for _, m := range c.Data {
			labels = append(labels, m.Label)
		}
		for _, m := range c.Parties {
			labels = append(labels, m.Label)
		}
	}
	got := strings.Join(labels, " ")
	if !strings.Contains(got, "biometric.gait") || !strings.Contains(got, "sdk.zorblet") {
		t.Errorf("labels %q lack the user's biometric.gait and sdk.zorblet", got)
	}

	for _, args := range [][]string{
		{"analyze", "--rules", filepath.Join(dir, "nosuch.txt"), policy},
		{"analyze", "--rules", "unknown.txt=" + named, policy},
		{"compare", "--rules", "datatypes.txt=" + bad, policy},
	} {
		if code, _, stderr := runCmd(t, "", args...); code == 0 || stderr == "" {
			t.Errorf("%q: exit %d, stderr %q; want an error", args, code, stderr)
		}
	}
	// Every error is printed, each naming the user's file.
	twoBad := filepath.Join(dir, "twobad.txt")
	os.WriteFile(twoBad, []byte("no colon here\ncontact.fax: fax {colour=red}\n"), 0o644)
	_, _, stderr = runCmd(t, "", "analyze", "--rules", "datatypes.txt="+twoBad, policy)
	if !strings.Contains(stderr, twoBad+":1: ") || !strings.Contains(stderr, twoBad+":2: ") {
		t.Errorf("stderr %q: want both errors of %s", stderr, twoBad)
	}
}
