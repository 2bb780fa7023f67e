package markup

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/privtext/go-privtext/internal/layout"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// checkDoc verifies the span contract of a reader's output against its
// source and returns a description of the first violation, or "".
func checkDoc(src string, d *Doc) string {
	prevEnd, prevSrcEnd := 0, 0
	for i, b := range d.Blocks {
		if b.Start < prevEnd || b.Start > b.End || b.End > len(d.Text) {
			return fmt.Sprintf("block %d: span [%d,%d) out of order or range (previous end %d, text %d)", i, b.Start, b.End, prevEnd, len(d.Text))
		}
		if b.Start == b.End {
			return fmt.Sprintf("block %d: empty", i)
		}
		txt := d.Text[b.Start:b.End]
		if strings.TrimSpace(txt) != txt {
			return fmt.Sprintf("block %d: %q has surrounding white space", i, txt)
		}
		s, e := d.Map.Span(b.Start, b.End)
		if s < prevSrcEnd || s > e || e > len(src) {
			return fmt.Sprintf("block %d: source span [%d,%d) out of order or range (previous %d, source %d)", i, s, e, prevSrcEnd, len(src))
		}
		for _, c := range b.Cells {
			if c.Start < b.Start || c.End > b.End || c.Start > c.End {
				return fmt.Sprintf("block %d: cell %v outside [%d,%d)", i, c, b.Start, b.End)
			}
		}
		for _, c := range b.Header {
			if c.Start < 0 || c.End > len(d.Text) || c.Start > c.End {
				return fmt.Sprintf("block %d: header cell %v out of range", i, c)
			}
		}
		if b.From != nil && len(b.From) != len(b.Cells) {
			return fmt.Sprintf("block %d: %d From spans for %d cells", i, len(b.From), len(b.Cells))
		}
		for k, c := range b.From {
			if c != (layout.Span{}) && (c.Start < 0 || c.End > b.Start || c.Start >= c.End || b.Cells[k].Start != b.Cells[k].End) {
				return fmt.Sprintf("block %d: cell %d spanned from %v, not an earlier cell", i, k, c)
			}
		}
		if b.Marker != (layout.Span{}) && (b.Marker.End > b.Start || b.Marker.Start < prevEnd) {
			return fmt.Sprintf("block %d: marker %v not just before the block", i, b.Marker)
		}
		prevEnd, prevSrcEnd = b.End, e
	}
	prevLink := 0
	for i, l := range d.Links {
		if l.Start < prevLink || l.Start >= l.End || l.End > len(d.Text) {
			return fmt.Sprintf("link %d: span [%d,%d) out of order or range (previous end %d, text %d)", i, l.Start, l.End, prevLink, len(d.Text))
		}
		if txt := d.Text[l.Start:l.End]; strings.TrimSpace(txt) != txt {
			return fmt.Sprintf("link %d: %q has surrounding white space", i, txt)
		}
		if l.Href == "" || strings.TrimSpace(l.Href) != l.Href {
			return fmt.Sprintf("link %d: href %q empty or untrimmed", i, l.Href)
		}
		prevLink = l.End
	}
	return ""
}

// edgeWords returns the first and last words of s made only of ASCII
// letters and digits, which a source span must hold verbatim.
func edgeWords(s string) (first, last string) {
	ws := strings.FieldsFunc(s, func(r rune) bool { return r > unicode.MaxASCII || !isAlnum(byte(r)) })
	if len(ws) == 0 {
		return "", ""
	}
	return ws[0], ws[len(ws)-1]
}

// checkWords verifies that each block's source span holds its first and
// last word (once inline tags and markers are taken out of the span).
func checkWords(t *testing.T, src string, d *Doc) {
	t.Helper()
	for i, b := range d.Blocks {
		s, e := d.Map.Span(b.Start, b.End)
		f, l := edgeWords(d.Text[b.Start:b.End])
		if f == "" {
			continue
		}
		if seg := stripTags(src[s:e]); !strings.Contains(seg, f) || !strings.Contains(seg, l) {
			t.Errorf("block %d %q: source span %q lacks %q or %q", i, d.Text[b.Start:b.End], seg, f, l)
		}
	}
}

// readerCase is one table-test case of a reader: its source and the
// blocks it must produce.
type readerCase struct {
	name string
	src  string
	want []blk
}

// testReader runs table tests through read, checking each Doc's invariants,
// that block spans hold their words, and the blocks themselves.
func testReader(t *testing.T, read func(string) (*Doc, error), tests []readerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := read(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if msg := checkDoc(tt.src, d); msg != "" {
				t.Fatalf("%s\ntext: %q", msg, d.Text)
			}
			checkWords(t, tt.src, d)
			if diff := cmp.Diff(tt.want, describe(d)); diff != "" {
				t.Errorf("blocks (-want +got):\n%s\ntext: %q", diff, d.Text)
			}
		})
	}
}

// stripTags removes <...> runs from an HTML fragment, and Markdown
// emphasis and code markers, so that words split by inline markup join.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<' && i+1 < len(s) && (s[i+1] == '/' || isAlnum(s[i+1])):
			in = true
		case in && c == '>':
			in = false
		case !in && c != '*' && c != '_' && c != '`':
			b.WriteByte(c)
		}
	}
	return b.String()
}

// dump renders a Doc for golden files: one line per block with its kind,
// level, depth, text, cells and mapped source span.
func dump(src string, d *Doc) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "title: %q\n", d.Title)
	for _, b := range d.Blocks {
		s, e := d.Map.Span(b.Start, b.End)
		fmt.Fprintf(&sb, "%s", b.Kind)
		if b.Kind == layout.Heading {
			fmt.Fprintf(&sb, " level=%d", b.Level)
		}
		if b.Kind == layout.ListItem {
			fmt.Fprintf(&sb, " depth=%d", b.Depth)
		}
		if b.Marker != (layout.Span{}) {
			fmt.Fprintf(&sb, " marker=%q", d.Text[b.Marker.Start:b.Marker.End])
		}
		if b.Boilerplate {
			fmt.Fprintf(&sb, " boilerplate")
		}
		fmt.Fprintf(&sb, "\n  text: %q\n", d.Text[b.Start:b.End])
		if len(b.Cells) > 0 {
			fmt.Fprintf(&sb, "  cells: %q\n", spans(d.Text, b.Cells))
			fmt.Fprintf(&sb, "  header: %q\n", spans(d.Text, b.Header))
		}
		seg := src[s:e]
		if len(seg) > 160 {
			seg = seg[:80] + " ... " + seg[len(seg)-75:]
		}
		fmt.Fprintf(&sb, "  src[%d:%d]: %q\n", s, e, seg)
	}
	return sb.String()
}

func spans(text string, ss []layout.Span) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestGolden(t *testing.T) {
	for _, name := range []string{"policy.html", "policy.md"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := Sniff(b, name)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Read(f, string(b))
			if err != nil {
				t.Fatal(err)
			}
			if msg := checkDoc(string(b), d); msg != "" {
				t.Fatal(msg)
			}
			checkWords(t, string(b), d)
			got := dump(string(b), d)
			golden := path + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}
