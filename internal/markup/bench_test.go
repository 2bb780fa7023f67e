package markup

import (
	"html"
	"os"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/corpus"
)

// corpusPage renders the embedded corpus as one HTML page or Markdown
// document: short numbered lines become headings, other lines paragraphs.
func corpusPage(md bool) string {
	var b strings.Builder
	for _, p := range corpus.All() {
		for line := range strings.Lines(string(p.Text)) {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			heading := len(line) < 60 && line[0] >= '0' && line[0] <= '9'
			switch {
			case md && heading:
				b.WriteString("## " + line + "\n\n")
			case md:
				b.WriteString(line + "\n\n")
			case heading:
				b.WriteString("<h2>" + html.EscapeString(line) + "</h2>\n")
			default:
				b.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
			}
		}
	}
	return b.String()
}

func BenchmarkReadHTMLCorpus(b *testing.B) {
	src := corpusPage(false)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadHTML(src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadMarkdownCorpus(b *testing.B) {
	src := corpusPage(true)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadMarkdown(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadHTMLAPP350 reads the 250 published APP-350 policies (real
// pages: scripts, styles, navigation and all).
func BenchmarkReadHTMLAPP350(b *testing.B) {
	var docs []string
	n := 0
	for _, path := range app350Docs(b) {
		raw, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		text, _, err := DecodeHTML(raw)
		if err != nil {
			continue
		}
		docs = append(docs, text)
		n += len(text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := ReadHTML(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
