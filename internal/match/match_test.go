package match

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// found is a match as text, for readable test tables.
type found struct {
	Text  string
	Value int
}

func compile(t testing.TB, phrases map[string]int) *Matcher {
	t.Helper()
	var b Builder
	for p, v := range phrases {
		if err := b.Add(p, v); err != nil {
			t.Fatal(err)
		}
	}
	return b.Compile()
}

func findText(m *Matcher, text string) []found {
	var out []found
	for _, x := range m.FindAll(text, nil) {
		out = append(out, found{text[x.Start:x.End], x.Value})
	}
	return out
}

func TestFindAll(t *testing.T) {
	m := compile(t, map[string]int{
		"address":             1,
		"ip address":          2,
		"e-mail address":      3,
		"age":                 4,
		"third party":         5,
		"wi-fi":               6,
		"driver's license":    7,
		"phone number":        8,
		"mobile phone number": 9,
		"位置信息":                10,
		"身份证":                 11,
		"café":                12,
		"android id":          13,
		"party":               14,
	})
	tests := []struct {
		name string
		text string
		want []found
	}{
		{"empty", "", nil},
		{"no phrase", "nothing to see here", nil},
		{"single", "your address.", []found{{"address", 1}}},
		{"longest wins", "your ip address and address", []found{{"ip address", 2}, {"address", 1}}},
		{"whole word only", "storage usage agent", nil},
		{"plural s", "ip addresses", []found{{"ip addresses", 2}}},
		{"plural ies", "third parties", []found{{"third parties", 5}}},
		{"hyphen in text", "third-party", []found{{"third-party", 5}}},
		{"hyphen variants", "e-mail address, email address, e mail address, e - mail address",
			[]found{{"e-mail address", 3}, {"email address", 3}, {"e mail address", 3}, {"e - mail address", 3}}},
		{"joined plural", "wifis and wi-fi", []found{{"wifis", 6}, {"wi-fi", 6}}},
		{"apostrophe", "driver's license", []found{{"driver's license", 7}}},
		{"line break inside", "mobile phone\nnumber", []found{{"mobile phone\nnumber", 9}}},
		{"punctuation breaks", "ip. address", []found{{"address", 1}}},
		{"comma breaks", "mobile phone, number", nil},
		{"prefix only", "mobile phone", nil},
		{"backtrack to shorter", "mobile phone numbers", []found{{"mobile phone numbers", 9}}},
		{"partial longer then shorter", "third party's", []found{{"third party", 5}}},
		{"cjk any position", "我们收集位置信息和身份证号", []found{{"位置信息", 10}, {"身份证", 11}}},
		{"cjk next to latin", "gps位置信息", []found{{"位置信息", 10}}},
		{"non-ascii word", "café", []found{{"café", 12}}},
		{"non-ascii word boundary", "cafés", nil},
		{"underscore", "android_id", []found{{"android_id", 13}}},
		{"digits glue", "age2", nil},
		{"at end", "age", []found{{"age", 4}}},
		{"invalid utf8", "age \xff\xfe address", []found{{"age", 4}, {"address", 1}}},
		{"aside", "mobile (cell) phone number", []found{{"mobile (cell) phone number", 9}}},
		{"quoted aside", `ip ("internet") address`, []found{{`ip ("internet") address`, 2}}},
		{"aside searched", "mobile (third party) phone number", []found{{"mobile (third party) phone number", 9}, {"third party", 5}}},
		{"aside not needed", "ip address (age)", []found{{"ip address", 2}, {"age", 4}}},
		{"aside too long", "ip (a b c d e) address", []found{{"address", 1}}},
		{"aside with comma", "ip (a, b) address", []found{{"address", 1}}},
		{"unclosed aside", "ip (a address", []found{{"address", 1}}},
		{"aside at start", "(age) address", []found{{"age", 4}, {"address", 1}}},
		{"nested parentheses", "mobile (x (age) y) phone number", []found{{"age", 4}, {"phone number", 8}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, findText(m, tt.text)); diff != "" {
				t.Errorf("FindAll(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestPlural(t *testing.T) {
	for w, want := range map[string]string{
		"address": "addresses", "party": "parties", "day": "days", "cookie": "cookies",
		"box": "boxes", "search": "searches", "logs": "", "sms": "", "a": "", "id": "ids",
		"mp3": "", "imei": "imeis",
	} {
		if got := Plural(w); got != want {
			t.Errorf("Plural(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestVariantsAndValues(t *testing.T) {
	var b Builder
	// "cookies" is the plural of "cookie" (value 1) and a phrase as written
	// (value 2): both values are reported, the first flagged as a variant.
	must(t, b.Add("cookie", 1))
	must(t, b.Add("cookies", 2))
	must(t, b.Add("datum", 3))
	must(t, b.Add("datum", 4))      // same phrase twice: both values
	must(t, b.Add("e-mail", 5))     // joined variant "email"...
	must(t, b.AddExact("email", 5)) // ...then written: no longer a variant
	m := b.Compile()
	got := m.FindAll("cookies cookie datums email", nil)
	want := []Match{
		{Start: 0, End: 7, Value: 1, Variant: true}, {Start: 0, End: 7, Value: 2},
		{Start: 8, End: 14, Value: 1},
		{Start: 15, End: 21, Value: 3, Variant: true}, {Start: 15, End: 21, Value: 4, Variant: true},
		{Start: 22, End: 27, Value: 5},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
	if m.Len() != 6 {
		t.Errorf("Len = %d, want 6", m.Len())
	}
}

func TestSets(t *testing.T) {
	var b Builder
	must(t, b.AddTo(0, "ip address", 1))
	must(t, b.AddTo(1, "address", 2))
	must(t, b.AddTo(1, "address book", 3))
	must(t, b.AddTo(3, "ip", 4)) // sets need not be contiguous
	for _, set := range []int{-1, MaxSets} {
		if err := b.AddTo(set, "x", 9); !errors.Is(err, ErrBadSet) {
			t.Errorf("AddTo(%d) = %v, want ErrBadSet", set, err)
		}
	}
	m := b.Compile()
	// Each set is matched on its own: the "address" of set 1 is found
	// inside the "ip address" of set 0.
	got := m.FindAll("ip address book", nil)
	want := []Match{
		{Start: 0, End: 10, Value: 1, Set: 0},
		{Start: 3, End: 15, Value: 3, Set: 1},
		{Start: 0, End: 2, Value: 4, Set: 3},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
}

func TestAddExact(t *testing.T) {
	var b Builder
	must(t, b.AddExact("e-mail", 1))
	m := b.Compile()
	if got := findText(m, "email e-mails e-mail"); !cmp.Equal(got, []found{{"e-mail", 1}}) {
		t.Errorf("got %v", got)
	}
}

func TestEmptyPhrase(t *testing.T) {
	var b Builder
	for _, p := range []string{"", "  ", "--", "!?"} {
		if err := b.Add(p, 1); !errors.Is(err, ErrEmptyPhrase) {
			t.Errorf("Add(%q) = %v, want ErrEmptyPhrase", p, err)
		}
	}
	if got := b.Compile().FindAll("anything", nil); len(got) != 0 {
		t.Errorf("empty matcher found %v", got)
	}
	var zero Builder
	if got := zero.Compile().FindAll("x", nil); got != nil {
		t.Errorf("zero builder found %v", got)
	}
}

func TestConcurrent(t *testing.T) {
	m := compile(t, map[string]int{"ip address": 1, "age": 2})
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if got := m.FindAll("age and ip address", nil); len(got) != 2 {
					t.Errorf("got %v", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzFindAll(f *testing.F) {
	f.Add("ip address and e-mail, 位置信息")
	f.Add("\xff-\x00 third-party's")
	f.Add("a (b) b (\"b\") c ip (b) address")
	m := compile(f, map[string]int{"ip address": 1, "e-mail": 2, "位置信息": 3, "third party": 4, "a b c": 5, "b": 6})
	f.Fuzz(func(t *testing.T, s string) {
		// Matches are in order and do not overlap, except that matches
		// inside an aside nest in the enclosing match.
		var prev Match
		for _, x := range m.FindAll(s, nil) {
			nested := x.Start > prev.Start && x.End < prev.End
			if x.End <= x.Start || x.End > len(s) || x.Start < prev.End && !nested && (x.Start != prev.Start || x.End != prev.End) {
				t.Fatalf("bad match %+v in %q (previous %+v)", x, s, prev)
			}
			if !nested {
				prev = x
			}
		}
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// corpusText returns the seed policies, lower-cased like the matching view.
func corpusText(b *testing.B) string {
	files, _ := filepath.Glob("../../corpus/*.txt")
	if len(files) == 0 {
		b.Skip("no corpus")
	}
	var buf bytes.Buffer
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		buf.Write(data)
	}
	return strings.ToLower(buf.String())
}

func BenchmarkFindAll(b *testing.B) {
	text := corpusText(b)
	var bld Builder
	// A vocabulary of realistic size: 2,000 phrases of 1–3 words.
	words := strings.Fields("personal information device identifier location data phone number email address " +
		"ip mac imei android id cookie browsing history advertising analytics third party service provider " +
		"account password name age gender bank card payment fraud security legal compliance")
	n := 0
	for i, a := range words {
		for j, c := range words {
			must2(b, bld.Add(a+" "+c, n))
			n++
			if (i+j)%3 == 0 {
				must2(b, bld.Add(a+" "+c+" "+words[(i+j)%len(words)], n))
				n++
			}
		}
		must2(b, bld.Add(a, n))
		n++
	}
	m := bld.Compile()
	dst := make([]Match, 0, 4096)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	var found int
	for b.Loop() {
		dst = m.FindAll(text, dst[:0])
		found = len(dst)
	}
	b.ReportMetric(float64(found), "matches")
}

func must2(b *testing.B, err error) {
	if err != nil {
		b.Fatal(err)
	}
}
