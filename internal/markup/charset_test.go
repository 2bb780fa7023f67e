package markup

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/privtext/go-privtext/internal/textnorm"
)

func TestDecodeHTML(t *testing.T) {
	enc := func(e encoding.Encoding, s string) []byte {
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	page := func(decl, body string) string {
		return "<html><head>" + decl + "</head><body><p>" + body + "</p></body></html>"
	}
	tests := []struct {
		name     string
		raw      []byte
		want     string // decoded text
		encoding string
	}{
		{"utf-8", []byte(page(`<meta charset="gbk">`, "隐私")), page(`<meta charset="gbk">`, "隐私"), "utf-8"},
		{"gbk meta", enc(simplifiedchinese.GBK, page(`<meta charset="gbk">`, "我们收集您的信息")), page(`<meta charset="gbk">`, "我们收集您的信息"), "gbk"},
		{"gb2312 http-equiv", enc(simplifiedchinese.GBK, page(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, "隐私政策")),
			page(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, "隐私政策"), "gbk"},
		{"big5", enc(traditionalchinese.Big5, page(`<meta charset=big5>`, "隱私權政策")), page(`<meta charset=big5>`, "隱私權政策"), "big5"},
		{"shift_jis", enc(japanese.ShiftJIS, page(`<meta charset="Shift_JIS">`, "個人情報")), page(`<meta charset="Shift_JIS">`, "個人情報"), "shift_jis"},
		{"latin1", enc(charmap.Windows1252, page(`<meta charset="iso-8859-1">`, "café “données”")), page(`<meta charset="iso-8859-1">`, "café “données”"), "windows-1252"},
		{"undeclared gb18030", enc(simplifiedchinese.GB18030, page("", "隐私政策")), page("", "隐私政策"), "gb18030"},
		{"undeclared latin1 falls back to windows-1252", enc(charmap.Windows1252, page("", "café à la carte")), page("", "café à la carte"), "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := DecodeHTMLEncoding(tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tt.want || string(d.Encoding) != tt.encoding {
				t.Fatalf("got %q (%s), want %q (%s)", d.Text, d.Encoding, tt.want, tt.encoding)
			}
			// The map is exact: every ASCII tag and every decoded
			// character maps back to bytes of the input.
			i := strings.Index(d.Text, "<p>") + 3
			j := strings.Index(d.Text, "</p>")
			s, e := d.Map.Span(i, j)
			if string(tt.raw[s-3:s]) != "<p>" || string(tt.raw[e:e+4]) != "</p>" {
				t.Errorf("span of the body maps to [%d,%d) = %q", s, e, tt.raw[s:e])
			}
			// Each character maps to its own bytes: the span of the last
			// character ends where the body ends.
			k := j - len(string([]rune(d.Text[i:j])[len([]rune(d.Text[i:j]))-1:]))
			if s2, e2 := d.Map.Span(k, j); e2 != e || s2 <= s || e2-s2 > 4 {
				t.Errorf("last character maps to [%d,%d), body [%d,%d)", s2, e2, s, e)
			}
		})
	}
}

func TestDecodeHTMLErrors(t *testing.T) {
	_, _, err := DecodeHTML([]byte("<p>\xff\x00</p>"))
	if !errors.Is(err, textnorm.ErrBinary) {
		t.Errorf("NUL byte: err = %v, want ErrBinary", err)
	}
	// Invalid bytes for the declared charset decode to U+FFFD rather than
	// failing.
	text, m, err := DecodeHTML([]byte(`<meta charset="shift_jis"><p>a` + "\x81" + `</p>`))
	if err != nil || !strings.Contains(text, "a\uFFFD</p>") {
		t.Errorf("got %q, %v", text, err)
	}
	if s, e := m.Span(0, len(text)); s != 0 || e != len(`<meta charset="shift_jis"><p>a`)+1+len("</p>") {
		t.Errorf("whole-text span = [%d,%d)", s, e)
	}
}

func TestDecodeAs(t *testing.T) {
	for _, tc := range []struct {
		raw, name, text string
		err             error
	}{
		{"don\x92t", "windows-1252", "don’t", nil},
		{"caf\xe9", "latin1", "café", nil},
		{"\xef\xbb\xbfdon’t", "windows-1252", "don’t", nil}, // the mark wins
		{"don’t", "utf-8", "don’t", nil},
		{"don\x92t", "utf-8", "", textnorm.ErrUndecodable},
		{"a\x00b", "windows-1252", "", textnorm.ErrBinary},
		{"x", "klingon", "", ErrUnknownEncoding},
		{"x", "iso-2022-jp", "", ErrUnknownEncoding},
	} {
		d, err := DecodeAs([]byte(tc.raw), tc.name)
		if !errors.Is(err, tc.err) || err == nil && d.Text != tc.text {
			t.Errorf("DecodeAs(%q, %q) = %q, %v; want %q, %v", tc.raw, tc.name, d.Text, err, tc.text, tc.err)
		}
	}
}
