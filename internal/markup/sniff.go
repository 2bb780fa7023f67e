package markup

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// magic numbers of formats no reader handles, checked in order.
var magics = []struct {
	prefix string
	kind   string
}{
	{"%PDF-", "PDF"},
	{"PK\x03\x04", "ZIP archive or office document"},
	{"PK\x05\x06", "ZIP archive"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"II*\x00", "TIFF image"},
	{"MM\x00*", "TIFF image"},
	{"\x1f\x8b", "gzip archive"},
	{"BZh9", "bzip2 archive"},
	{"7z\xbc\xaf\x27\x1c", "7z archive"},
	{"Rar!\x1a\x07", "RAR archive"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"},
	{"{\\rtf", "RTF document"},
	{"%!PS", "PostScript document"},
	{"\x00\x00\x01\x00", "icon image"},
}

// Sniff picks the format of raw input from its first bytes and its file
// name (which may be ""). It returns ErrUnsupportedFormat, wrapped with the
// detected kind, for PDF, images, archives and office documents; anything
// else is text of some format (decoding errors are textnorm's business).
func Sniff(raw []byte, name string) (Format, error) {
	for _, m := range magics {
		if bytes.HasPrefix(raw, []byte(m.prefix)) {
			kind := m.kind
			if m.prefix == "PK\x03\x04" {
				if ext := strings.ToLower(filepath.Ext(name)); ext != "" && ext != ".zip" {
					kind = strings.ToUpper(ext[1:]) + " document"
				}
			}
			return "", fmt.Errorf("%w: %s", ErrUnsupportedFormat, kind)
		}
	}
	if bytes.HasPrefix(raw, []byte("RIFF")) && len(raw) >= 12 && string(raw[8:12]) == "WEBP" {
		return "", fmt.Errorf("%w: WEBP image", ErrUnsupportedFormat)
	}
	return Detect(name, asciiPrefix(raw, 4096)), nil
}

// asciiPrefix returns up to n bytes of the start of raw as text good enough
// for sniffing: without a UTF-8 BOM, and for UTF-16 with a BOM the low
// bytes of its code units.
func asciiPrefix(raw []byte, n int) string {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		lo := 2
		if raw[0] == 0xFE {
			lo = 3
		}
		var b []byte
		for i := lo; i < len(raw) && len(b) < n; i += 2 {
			b = append(b, raw[i])
		}
		return string(b)
	}
	return string(raw[:min(len(raw), n)])
}

// Detect guesses the format of decoded text from the file name (which may
// be "") and the content. The extension decides when it is known — except
// that an .html file without a single tag is plain text — and otherwise
// the content does: a document that opens with an HTML tag or holds
// several is HTML; one with Markdown headings and other Markdown syntax is
// Markdown; anything else is Text.
func Detect(name, text string) Format {
	head := text[:min(len(text), 4096)]
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp":
		if htmlTags(head) == 0 && !startsHTML(head) {
			return Text
		}
		return HTML
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn":
		return Markdown
	case ".txt", ".text":
		return Text
	}
	if startsHTML(head) || htmlTags(head) >= 3 {
		return HTML
	}
	if markdownScore(head) >= 2 {
		return Markdown
	}
	return Text
}

// startsHTML reports a document that opens (after white space and
// comments) with a doctype or an html, head or body tag.
func startsHTML(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n\ufeff")
	for strings.HasPrefix(s, "<!--") {
		k := strings.Index(s, "-->")
		if k < 0 {
			return false
		}
		s = strings.TrimLeft(s[k+3:], " \t\r\n")
	}
	l := strings.ToLower(s[:min(len(s), 20)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml"} {
		if strings.HasPrefix(l, p) {
			return p != "<?xml" || strings.Contains(strings.ToLower(s[:min(len(s), 1024)]), "<html")
		}
	}
	return false
}

// htmlTags counts tags of common HTML elements in s.
func htmlTags(s string) int {
	k := 0
	eachTagName(s, func(name string, e int) bool {
		if name != "" && e < len(s) && (s[e] == '>' || s[e] == ' ' || s[e] == '/') &&
			(blockTags[strings.ToLower(name)] || inlineTags[strings.ToLower(name)]) {
			k++
		}
		return true
	})
	return k
}

var inlineTags = map[string]bool{"a": true, "b": true, "i": true, "em": true,
	"strong": true, "span": true, "title": true, "meta": true, "head": true,
	"script": true, "style": true, "link": true, "img": true}

// markdownScore counts Markdown signals: ATX headings, links, bold, fences,
// table delimiter rows. A heading is required.
func markdownScore(s string) int {
	headings, other := 0, 0
	for line := range strings.Lines(s) {
		line = strings.TrimRight(line, "\r\n")
		switch {
		case atxLevel(line) > 0 && len(line) > atxLevel(line)+1:
			headings++
		case isFence(line + " "):
			other++
		case strings.Contains(line, "|") && isDelimRow(line):
			other++
		case strings.Contains(line, "](") && strings.Contains(line, "["):
			other++
		case strings.Count(line, "**") >= 2:
			other++
		}
	}
	if headings == 0 {
		return 0
	}
	return headings + other
}
