package rulefile

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	src := "# comment\n\nidentifier.device.imei: IMEI | international mobile equipment identity\n" +
		"    | IMEI number\r\n" +
		"sdk.umeng: Umeng | Youmeng {kind=analytics, owner=Alibaba}\n" +
		"parent: {name=Parent}\n"
	got, err := Parse("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{Label: "identifier.device.imei", Terms: []string{"IMEI", "international mobile equipment identity", "IMEI number"}, File: "x.txt", Line: 3},
		{Label: "sdk.umeng", Terms: []string{"Umeng", "Youmeng"}, Attrs: map[string]string{"kind": "analytics", "owner": "Alibaba"}, File: "x.txt", Line: 5},
		{Label: "parent", Attrs: map[string]string{"name": "Parent"}, File: "x.txt", Line: 6},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse (-want +got):\n%s", diff)
	}
}

func TestParseErrors(t *testing.T) {
	src := "  | orphan\nno colon here\nbad label!: x\nok: a | | b\nattrs: a {novalue}\nfine: x\n"
	_, err := Parse("bad.txt", []byte(src))
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("err = %v, want ErrorList", err)
	}
	var lines []int
	for _, e := range list {
		lines = append(lines, e.Line)
		if !strings.HasPrefix(e.Error(), "bad.txt:") {
			t.Errorf("error %q lacks the file position", e)
		}
	}
	if diff := cmp.Diff([]int{1, 2, 3, 4, 5}, lines); diff != "" {
		t.Errorf("error lines (-want +got):\n%s", diff)
	}
	if !strings.Contains(err.Error(), "and 4 more errors") {
		t.Errorf("summary %q does not count the other errors", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("a: b | c {k=v}\n  | d\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := Parse("f", data)
		if err != nil {
			return
		}
		for _, e := range entries {
			if !validLabel(e.Label) {
				t.Fatalf("invalid label %q accepted", e.Label)
			}
		}
	})
}
