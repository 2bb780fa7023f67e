package markup

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestSniff(t *testing.T) {
	utf16 := func(s string) []byte {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		raw  []byte
		want Format
		kind string // for ErrUnsupportedFormat: text in the error
	}{
		{"policy.pdf", []byte("%PDF-1.7\n..."), "", "PDF"},
		{"", []byte("%PDF-1.4"), "", "PDF"},
		{"policy.docx", []byte("PK\x03\x04...."), "", "DOCX document"},
		{"a.zip", []byte("PK\x03\x04...."), "", "ZIP"},
		{"x.png", []byte("\x89PNG\r\n\x1a\n...."), "", "PNG"},
		{"x", []byte("\xff\xd8\xff\xe0"), "", "JPEG"},
		{"x", []byte("GIF89a..."), "", "GIF"},
		{"x.doc", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), "", "Office"},
		{"x", []byte("RIFF\x00\x00\x00\x00WEBPVP8 "), "", "WEBP"},
		{"x.gz", []byte("\x1f\x8b\x08"), "", "gzip"},
		{"p.html", []byte("<!DOCTYPE html><p>x</p>"), HTML, ""},
		{"p.htm", []byte("Just text\nsaved as html."), Text, ""},
		{"p.md", []byte("whatever"), Markdown, ""},
		{"p.txt", []byte("<html><p>x</p></html>"), Text, ""},
		{"", []byte("\n  <!-- c -->\n<html><body>x</body></html>"), HTML, ""},
		{"", []byte("\xef\xbb\xbf<!doctype html>"), HTML, ""},
		{"", utf16("<html><body><p>x</p></body></html>"), HTML, ""},
		{"", []byte("Intro <p>one</p> <div>two</div> <br> end"), HTML, ""},
		{"", []byte("# Privacy Policy\n\n## Data\n\nWe collect [x](https://x)."), Markdown, ""},
		{"", []byte("# only one heading\nplain text"), Text, ""},
		{"", []byte("Privacy Policy\n1. Data we collect\n* bullets\n"), Text, ""},
		{"", []byte(""), Text, ""},
		{"", gb18030("隐私政策"), Text, ""},
	}
	for _, tt := range tests {
		got, err := Sniff(tt.raw, tt.name)
		if tt.kind != "" {
			if !errors.Is(err, ErrUnsupportedFormat) || !strings.Contains(err.Error(), tt.kind) {
				t.Errorf("Sniff(%.12q, %q) error = %v, want ErrUnsupportedFormat with %q", tt.raw, tt.name, err, tt.kind)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Sniff(%.12q, %q) = %q, %v; want %q", tt.raw, tt.name, got, err, tt.want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"": "", "auto": "", "HTML": HTML, "htm": HTML, "md": Markdown, "Markdown": Markdown, "txt": Text, "text": Text} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil {
		t.Error("ParseFormat(pdf) succeeded")
	}
}

func TestReadFormats(t *testing.T) {
	for _, f := range []Format{Text, "", "pdf"} {
		if _, err := Read(f, "x"); err == nil {
			t.Errorf("Read(%q) succeeded; plain text and unknown formats have no reader", f)
		}
	}
	for _, f := range []Format{HTML, Markdown} {
		if d, err := Read(f, "x"); err != nil || len(d.Blocks) != 1 {
			t.Errorf("Read(%q) = %v, %v; want one block", f, d, err)
		}
	}
}

func gb18030(s string) []byte {
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}
