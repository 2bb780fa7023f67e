package textnorm

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func utf16Bytes(s string, bigEndian bool) []byte {
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestDecode(t *testing.T) {
	gb, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte("隐私政策 Privacy 我们收集"))
	gbRare, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte("我们不会出售您的个人信息，䶮鿏"))
	tests := []struct {
		name string
		in   []byte
		text string
		enc  Encoding
		err  error
	}{
		{"utf8", []byte("We collect “data”."), "We collect “data”.", UTF8, nil},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, "Policy"...), "Policy", UTF8BOM, nil},
		{"utf16le", utf16Bytes("Privacy 政策 😀", false), "Privacy 政策 😀", UTF16LE, nil},
		{"utf16be", utf16Bytes("Privacy 政策", true), "Privacy 政策", UTF16BE, nil},
		{"utf16le without bom", utf16Bytes("We do not sell data.", false)[2:], "We do not sell data.", UTF16LE, nil},
		{"utf16be without bom", utf16Bytes("We do not sell data.", true)[2:], "We do not sell data.", UTF16BE, nil},
		{"nul bytes at random", []byte("ab\x00cd\x00\x00efgh"), "", "", ErrBinary},
		{"gb18030", gb, "隐私政策 Privacy 我们收集", GB18030, nil},
		{"binary", []byte("%PDF\x00\x01"), "", "", ErrBinary},
		{"undecodable", []byte{0x80, 0x80, 0xFF}, "", "", ErrUndecodable},
		// Both read as GB18030 ("don抰", "don鈥檛") but not as Chinese:
		// taking them for GB18030 would lose the negation.
		{"windows-1252", []byte("We don\x92t sell your data."), "", "", ErrUndecodable},
		{"utf8 with a stray byte", []byte("We don’t sell your data.\x92s"), "", "", ErrUndecodable},
		{"gb18030 with rare characters", gbRare, "我们不会出售您的个人信息，䶮鿏", GB18030, nil},
		{"odd utf16", []byte{0xFF, 0xFE, 'a'}, "", "", ErrUndecodable},
		{"lone surrogate", []byte{0xFF, 0xFE, 0x00, 0xD8, 'a', 0}, "", "", ErrUndecodable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Decode(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				var de *DecodeError
				if !errors.As(err, &de) {
					t.Fatalf("err %T is not a *DecodeError", err)
				}
				return
			}
			if d.Text != tt.text || d.Encoding != tt.enc {
				t.Fatalf("Decode = %q %s, want %q %s", d.Text, d.Encoding, tt.text, tt.enc)
			}
			checkRoundTrip(t, tt.in, d)
		})
	}
}

// TestDecodeNotChinese checks that bytes GB18030 would take but that do
// not read as Chinese are reported where they stop being UTF-8.
func TestDecodeNotChinese(t *testing.T) {
	for in, want := range map[string]int{"We don\x92t sell.": 6, "We don’t sell.\x92s": 16, "\x93Hello\x94 world": 0} {
		_, err := Decode([]byte(in))
		var de *DecodeError
		if !errors.As(err, &de) || de.Err != ErrUndecodable {
			t.Errorf("Decode(%q) = %v, want ErrUndecodable", in, err)
			continue
		}
		if de.Offset != want {
			t.Errorf("Decode(%q): offset %d, want %d", in, de.Offset, want)
		}
	}
}

// checkRoundTrip decodes the source bytes that every rune of the text maps
// to and checks they decode to that rune again.
func checkRoundTrip(t *testing.T, raw []byte, d Decoded) {
	t.Helper()
	for i, r := range d.Text {
		n := len(string(r))
		s, e := d.Map.Span(i, i+n)
		if s < 0 || e > len(raw) || s >= e {
			t.Fatalf("rune %q at %d maps to bad span [%d,%d)", r, i, s, e)
		}
		again, err := Decode(append(bom(d.Encoding), raw[s:e]...))
		if d.Encoding == GB18030 {
			// Two GB18030 bytes alone may also be valid UTF-8, and
			// one character alone need not read as Chinese.
			var b []byte
			b, err = simplifiedchinese.GB18030.NewDecoder().Bytes(raw[s:e])
			again.Text = string(b)
		}
		if err != nil || again.Text != string(r) {
			t.Fatalf("rune %q at %d maps to %x, which decodes to %q (%v)", r, i, raw[s:e], again.Text, err)
		}
	}
}

func bom(e Encoding) []byte {
	switch e {
	case UTF16LE:
		return []byte{0xFF, 0xFE}
	case UTF16BE:
		return []byte{0xFE, 0xFF}
	}
	return nil
}

func TestView(t *testing.T) {
	tests := []struct{ in, want string }{
		{"We DON’T Sell “Data”", "we don't sell \"data\""},
		{"e‑mail — phone", "e-mail - phone"},
		{"ＩＭＥＩ　number", "imei number"},
		{"收集。使用", "收集.使用"},
		{"a\u00a0b", "a b"},
		{"Ⅳ", "iv"},
	}
	for _, tt := range tests {
		v := NewView(tt.in)
		if v.Text != tt.want {
			t.Errorf("NewView(%q) = %q, want %q", tt.in, v.Text, tt.want)
		}
	}
}

func TestViewSpans(t *testing.T) {
	src := "We don’t sell “personal data” to ＡＤ partners."
	v := NewView(src)
	for _, word := range []string{"don't", "\"personal data\"", "ad partners", "sell"} {
		i := strings.Index(v.Text, word)
		if i < 0 {
			t.Fatalf("%q not in view %q", word, v.Text)
		}
		s, e := v.Span(i, i+len(word))
		got := NewView(src[s:e]).Text
		if got != word {
			t.Errorf("view %q maps to source %q (folds to %q)", word, src[s:e], got)
		}
	}
	// A span ending inside a folded rune widens to the whole rune.
	i := strings.Index(v.Text, "'")
	if s, e := v.Span(i, i+1); src[s:e] != "’" {
		t.Errorf("apostrophe maps to %q", src[s:e])
	}
}

func TestMapEdges(t *testing.T) {
	var b MapBuilder
	b.Replace(3, 0) // dropped BOM
	b.Copy(4)
	b.Replace(3, 1) // folded rune
	b.Replace(0, 2) // inserted separator
	b.Copy(2)
	m := b.Map()
	tests := []struct{ s, e, ws, we int }{
		{0, 4, 3, 7},
		{0, 0, 3, 0},
		{4, 5, 7, 10},
		{5, 7, 10, 10},
		{7, 9, 10, 12},
		{0, 9, 3, 12},
		{9, 9, 12, 12},
	}
	for _, tt := range tests {
		s, e := m.Span(tt.s, tt.e)
		if tt.s == tt.e && tt.s == 0 {
			if s != 3 {
				t.Errorf("Span(0,0) start = %d, want 3", s)
			}
			continue
		}
		if s != tt.ws || e != tt.we {
			t.Errorf("Span(%d,%d) = [%d,%d), want [%d,%d)", tt.s, tt.e, s, e, tt.ws, tt.we)
		}
	}
	var nilMap *Map
	if s, e := nilMap.Span(2, 5); s != 2 || e != 5 {
		t.Errorf("nil map not identity: %d %d", s, e)
	}
}

func FuzzDecodeView(f *testing.F) {
	f.Add([]byte("We don’t sell “data”. 收集。"))
	f.Add(utf16Bytes("Privacy 政策", false))
	f.Add([]byte{0xEF, 0xBB, 0xBF, 'x'})
	f.Add([]byte{0x81, 0x30, 0x81, 0x30})
	f.Add([]byte("We don\x92t sell."))                // Windows-1252: undecodable
	f.Add([]byte("a\x00b\x00c\x00d\x00e\x00"))        // UTF-16LE without a mark
	f.Add([]byte{0xd2, 0xfe, 0xcb, 0xbd, 0xd5, 0xfe}) // GB18030 Chinese
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := Decode(raw)
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) || de.Offset < 0 || de.Offset > len(raw) {
				t.Fatalf("err = %v, want a *DecodeError inside the input", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("text %q is not UTF-8", d.Text)
		}
		prev := 0
		for i := range d.Text {
			s, _ := d.Map.Span(i, i)
			if s < prev || s > len(raw) {
				t.Fatalf("map not monotonic at %d: %d after %d", i, s, prev)
			}
			prev = s
		}
		v := NewView(d.Text)
		prev = 0
		for i := 0; i <= len(v.Text); i++ {
			s, e := v.Span(i, i)
			if s < prev || e > len(d.Text) || s > len(d.Text) {
				t.Fatalf("view map bad at %d: [%d,%d)", i, s, e)
			}
			prev = s
		}
	})
}

func BenchmarkView(b *testing.B) {
	src := strings.Repeat("We collect your “device identifiers” (IMEI, MAC address) — and we don’t sell them. ", 2000)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		NewView(src)
	}
}

func TestCountFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", " a ", "a b", "a\tb\nc\vd\fe\rf", "a\u00a0b", "a\u0085b", "a\u3000b\u2003c",
		"\xffa \xfe", "é è", "a  b   c    d", "one two three four five six seven",
	} {
		want := len(strings.Fields(s))
		for limit := 0; limit < 8; limit++ {
			if got := CountFields(s, limit); got != min(want, limit+1) {
				t.Errorf("CountFields(%q, %d) = %d, want %d", s, limit, got, min(want, limit+1))
			}
		}
	}
}

// plainRun's word-at-a-time loop stops exactly where the byte loop would,
// for every byte value at every position of the word.
func TestPlainRun(t *testing.T) {
	slow := func(s string, i int) int {
		for i < len(s) && s[i] < 0x80 && !('A' <= s[i] && s[i] <= 'Z') {
			i++
		}
		return i
	}
	for c := range 256 {
		for pos := range 17 {
			b := []byte("abcdefghijklmnopqrstuvwxyz")
			b[pos] = byte(c)
			s := string(b)
			for i := range 9 {
				if got, want := plainRun(s, i), slow(s, i); got != want {
					t.Fatalf("plainRun(%q, %d) = %d, want %d", s, i, got, want)
				}
			}
		}
	}
}
