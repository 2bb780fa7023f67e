package markup

import (
	"strings"
	"testing"
	"time"
)

// checkMapped verifies the Doc invariants and that the map covers src
// exactly: the whole text maps into src, in order.
func checkMapped(t *testing.T, src string, d *Doc) {
	t.Helper()
	if msg := checkDoc(src, d); msg != "" {
		t.Fatalf("%s\nsrc: %.300q\ntext: %.300q", msg, src, d.Text)
	}
	if s, e := d.Map.Span(0, len(d.Text)); s < 0 || e > len(src) || s > e {
		t.Fatalf("whole text maps to [%d,%d) of %d bytes", s, e, len(src))
	}
}

func FuzzReadHTML(f *testing.F) {
	for _, s := range []string{
		"<p>a &amp; b</p>",
		"<ul><li>a<li>b<ol><li>c</ol></ul>",
		"<table><tr><th>h<td>x<tr><td><p>y</table>",
		"<h1>t<br>u</h1><pre>a\n\nb</pre>",
		"<dl><dt>x<dd>y</dl><script>z</script>",
		"plain\n\ntext",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d, err := ReadHTML(src)
		if err != nil {
			t.Fatal(err)
		}
		checkMapped(t, src, d)
	})
}

func FuzzReadMarkdown(f *testing.F) {
	for _, s := range []string{
		"# h\n\n- a\n  - b\n1. c",
		"| a | b |\n|---|---|\n| x | y |",
		"**b** _i_ `c` [l](u) ![i](s) <https://x>",
		"> q\n> r\n\n```\ncode\n```\nSetext\n===",
		"---\ntitle: x\n---\ntext\\\nmore  \nend",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d, err := ReadMarkdown(src)
		if err != nil {
			t.Fatal(err)
		}
		checkMapped(t, src, d)
	})
}

func FuzzSniff(f *testing.F) {
	f.Add([]byte("%PDF-1.4"), "a.pdf")
	f.Add([]byte("<html>"), "")
	f.Add([]byte("\xff\xfe<\x00"), "x.htm")
	f.Fuzz(func(t *testing.T, raw []byte, name string) {
		if _, err := Sniff(raw, name); err != nil && !strings.Contains(err.Error(), ErrUnsupportedFormat.Error()) {
			t.Fatal(err)
		}
		text, m, err := DecodeHTML(raw)
		if err == nil {
			if s, e := m.Span(0, len(text)); s < 0 || e > len(raw) || s > e {
				t.Fatalf("DecodeHTML map [%d,%d) of %d", s, e, len(raw))
			}
		}
	})
}

// TestHostileInput feeds pathological documents to both readers: each must
// finish quickly, without panicking, with a valid Doc.
func TestHostileInput(t *testing.T) {
	scale := 1
	if testing.Short() {
		scale = 10
	}
	nest := func(open, close string, n int, mid string) string {
		return strings.Repeat(open, n) + mid + strings.Repeat(close, n)
	}
	var mdList strings.Builder
	for i := 0; i < 1000/scale; i++ {
		mdList.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	long := strings.Repeat("We collect data. ", 5<<20/17/scale)
	tests := []struct {
		name, src string
		md        bool
	}{
		{"1000 nested lists", nest("<ul><li>x", "</li></ul>", 1000/scale, "deep"), false},
		{"100000 nested divs", nest("<div>", "</div>", 100000/scale, "deep"), false},
		{"unclosed nested divs and spans", strings.Repeat("<div><span>x", 50000/scale) + strings.Repeat("</p></li>", 50000/scale), false},
		{"nested tables", nest("<table><tr><td>", "</td></tr></table>", 5000/scale, "cell"), false},
		{"100000 headings", strings.Repeat("<h2>Heading</h2>", 100000/scale), false},
		{"5 MB line", "<p>" + long + "</p>", false},
		{"5 MB of short paragraphs", strings.Repeat("<p>We collect data.</p>\n", 5<<20/24/scale), false},
		{"many li in deep spans", strings.Repeat("<span>", 5000/scale) + strings.Repeat("<li>x", 5000/scale), false},
		{"md 1000 nested lists", mdList.String(), true},
		{"md 100000 headings", strings.Repeat("# Heading\n", 100000/scale), true},
		{"md 5 MB line", long, true},
		{"md emphasis soup", strings.Repeat("*_`[(", 200000/scale), true},
		{"md many table rows", "|a|b|\n|-|-|\n" + strings.Repeat("|x|y|\n", 100000/scale), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			var (
				d   *Doc
				err error
			)
			if tt.md {
				d, err = ReadMarkdown(tt.src)
			} else {
				d, err = ReadHTML(tt.src)
			}
			if err != nil {
				t.Fatal(err)
			}
			checkMapped(t, tt.src, d)
			if el := time.Since(start); el > 10*time.Second {
				t.Errorf("took %v", el)
			}
			if len(d.Blocks) == 0 {
				t.Error("no blocks")
			}
			for _, b := range d.Blocks {
				if b.Depth > maxListDepth {
					t.Fatalf("depth %d > %d", b.Depth, maxListDepth)
				}
			}
		})
	}
}
