package main

import (
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
