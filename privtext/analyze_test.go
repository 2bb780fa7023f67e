package privtext_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/privtext"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func analyze(t testing.TB, text string, opts privtext.Options) *privtext.Policy {
	t.Helper()
	p, err := privtext.AnalyzeBytes(context.Background(), []byte(text), opts)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// checkSpans asserts the span contract on a policy analysed from raw.
func checkSpans(t *testing.T, raw []byte, p *privtext.Policy, exact bool) {
	t.Helper()
	last := 0
	for _, c := range p.Clauses {
		if c.Start < last || c.End <= c.Start || c.End > len(raw) {
			t.Fatalf("clause %s [%d,%d) after %d: out of order", c.ID, c.Start, c.End, last)
		}
		last = c.End
		if exact && string(raw[c.Start:c.End]) != c.Text {
			t.Fatalf("clause %s: input[%d:%d] = %q, Text = %q", c.ID, c.Start, c.End, raw[c.Start:c.End], c.Text)
		}
		mentions := append(append(append([]privtext.Mention{}, c.Data...), c.Purposes...), c.Parties...)
		for _, m := range mentions {
			if m.Start < c.Start || m.End > c.End || m.Start >= m.End {
				t.Fatalf("clause %s: mention %q [%d,%d) outside clause [%d,%d)", c.ID, m.Text, m.Start, m.End, c.Start, c.End)
			}
			if exact && string(raw[m.Start:m.End]) != m.Text {
				t.Fatalf("clause %s: mention input[%d:%d] = %q, Text = %q", c.ID, m.Start, m.End, raw[m.Start:m.End], m.Text)
			}
		}
		for _, pr := range c.Practices {
			if pr.Start < c.Start || pr.End > c.End {
				t.Fatalf("clause %s: practice span [%d,%d) outside clause", c.ID, pr.Start, pr.End)
			}
		}
	}
	for _, s := range p.Sections {
		if s.Start < 0 || s.End > len(raw) || s.Start > s.End {
			t.Fatalf("section %s span [%d,%d) invalid", s.ID, s.Start, s.End)
		}
	}
	for _, ct := range p.Contacts {
		if ct.Start < 0 || ct.End > len(raw) || ct.Start >= ct.End {
			t.Fatalf("contact %q span [%d,%d) invalid", ct.Value, ct.Start, ct.End)
		}
	}
	for _, s := range p.SDKs {
		if s.Start < 0 || s.End > len(raw) || s.Start >= s.End {
			t.Fatalf("sdk %q span [%d,%d) invalid", s.Name, s.Start, s.End)
		}
	}
}

func TestAnalyzeCorpusSpans(t *testing.T) {
	for _, cp := range corpus.All() {
		t.Run(cp.ID, func(t *testing.T) {
			p, err := privtext.AnalyzeBytes(context.Background(), cp.Text, privtext.Options{Name: cp.ID + ".txt"})
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Sections) < 5 || len(p.Clauses) < 50 {
				t.Errorf("%d sections, %d clauses: too few", len(p.Sections), len(p.Clauses))
			}
			if p.Format != "text" || p.Encoding != "utf-8" || p.Size != len(cp.Text) {
				t.Errorf("format %q encoding %q size %d", p.Format, p.Encoding, p.Size)
			}
			checkSpans(t, cp.Text, p, true)
		})
	}
}

func TestAnalyzeErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		opts privtext.Options
		want error
	}{
		{"empty", nil, privtext.Options{}, privtext.ErrEmpty},
		{"whitespace", []byte(" \n\t\r\n "), privtext.Options{}, privtext.ErrEmpty},
		{"bom only", []byte{0xEF, 0xBB, 0xBF, ' '}, privtext.Options{}, privtext.ErrEmpty},
		{"binary", []byte("We collect\x00\x01\x02 data"), privtext.Options{}, privtext.ErrBinary},
		{"undecodable", []byte{'a', 0x80, 0xFF, 0xFE, 0x80}, privtext.Options{}, privtext.ErrUndecodable},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), privtext.Options{}, privtext.ErrUnsupportedFormat},
		{"too large", bytes.Repeat([]byte("a "), 600), privtext.Options{MaxBytes: 1000}, privtext.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := privtext.Analyze(context.Background(), bytes.NewReader(tt.in), tt.opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if p != nil {
				t.Fatal("policy returned with an error")
			}
		})
	}
}

func TestSizeErrorNamesLimit(t *testing.T) {
	_, err := privtext.Analyze(context.Background(), strings.NewReader(strings.Repeat("x", 2000)), privtext.Options{MaxBytes: 1000})
	var se *privtext.SizeError
	if !errors.As(err, &se) || se.Limit != 1000 {
		t.Fatalf("err = %v, want *SizeError with limit 1000", err)
	}
	if !strings.Contains(err.Error(), "1000") || !strings.Contains(err.Error(), "Options.MaxBytes") {
		t.Errorf("message %q does not name the limit and the flag", err)
	}
}

func TestAnalyzeCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	cp, _ := corpus.Get("baijinxiu")
	if _, err := privtext.AnalyzeBytes(ctx, cp.Text, privtext.Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestAnalyzeEncodings(t *testing.T) {
	text := "Privacy Policy\n\n1. What we collect\n\nWe collect your phone number.We do not sell it.\n"
	utf16le := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(text)) {
		utf16le = append(utf16le, byte(u), byte(u>>8))
	}
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte("隐私政策\n\n" + text))
	if err != nil {
		t.Fatal(err)
	}
	crlf := []byte(strings.ReplaceAll(text, "\n", "\r\n"))
	for _, tc := range []struct {
		name string
		raw  []byte
		enc  string
	}{
		{"utf-16le", utf16le, "utf-16le"},
		{"gb18030", gb, "gb18030"},
		{"crlf", crlf, "utf-8"},
		{"bom", append([]byte{0xEF, 0xBB, 0xBF}, text...), "utf-8-bom"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := privtext.AnalyzeBytes(context.Background(), tc.raw, privtext.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if p.Encoding != tc.enc {
				t.Errorf("encoding %q, want %q", p.Encoding, tc.enc)
			}
			var texts []string
			for _, c := range p.Clauses {
				texts = append(texts, c.Text)
			}
			want := []string{"We collect your phone number.", "We do not sell it."}
			if strings.Join(texts, "|") != strings.Join(want, "|") {
				t.Fatalf("clauses %q, want %q", texts, want)
			}
			checkSpans(t, tc.raw, p, tc.enc == "utf-8" || tc.enc == "utf-8-bom")
			// The span of each clause decodes back to the clause text.
			for _, c := range p.Clauses {
				q, err := privtext.AnalyzeBytes(context.Background(), append(bomFor(tc.enc), tc.raw[c.Start:c.End]...), privtext.Options{})
				if err != nil || len(q.Clauses) != 1 || q.Clauses[0].Text != c.Text {
					t.Errorf("span [%d,%d) of %s does not decode to %q", c.Start, c.End, tc.name, c.Text)
				}
			}
		})
	}
}

func bomFor(enc string) []byte {
	if enc == "utf-16le" {
		return []byte{0xFF, 0xFE}
	}
	return nil
}

func TestVendorName(t *testing.T) {
	p := analyze(t, "Acme Privacy Policy\n\nWe collect data.\n", privtext.Options{})
	if p.Vendor == "" {
		t.Errorf("vendor empty for a titled policy")
	}
	p = analyze(t, "This service is run by Omega Widgets Ltd. (\"we\").\n\nWe collect data.\n", privtext.Options{Name: "policy-17.txt"})
	if p.Vendor != "Omega Widgets" {
		t.Errorf("vendor %q, want the controller without its legal form, Omega Widgets", p.Vendor)
	}
	p = analyze(t, "We collect data.\n", privtext.Options{Name: "dir/policy-17.txt"})
	if p.Vendor != "policy-17" {
		t.Errorf("vendor %q, want the file name policy-17", p.Vendor)
	}
	p = analyze(t, "We collect data.\n", privtext.Options{Vendor: "Given"})
	if p.Vendor != "Given" {
		t.Errorf("vendor %q, want Given", p.Vendor)
	}
}

func TestAnalyzeConcurrent(t *testing.T) {
	all := corpus.All()
	done := make(chan error, len(all)*2)
	for range 2 {
		for _, cp := range all {
			go func() {
				_, err := privtext.AnalyzeBytes(context.Background(), cp.Text, privtext.Options{})
				done <- err
			}()
		}
	}
	for range len(all) * 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

func BenchmarkAnalyzeCorpus(b *testing.B) {
	all := corpus.All()
	total := 0
	for _, cp := range all {
		total += len(cp.Text)
	}
	ctx := context.Background()
	// Compile the rules outside the measurement: they are built once per
	// process, not once per policy.
	if _, err := privtext.AnalyzeBytes(ctx, all[0].Text, privtext.Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, cp := range all {
			if _, err := privtext.AnalyzeBytes(ctx, cp.Text, privtext.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkAnalyzeManyClauses measures what a clause costs in transit, apart
// from what it says: 100000 short clauses, 50000 lines of two sentences.
// B/op divided by 100000 is the allocation per clause.
func BenchmarkAnalyzeManyClauses(b *testing.B) {
	text := []byte(strings.Repeat("We collect your email address. We do not sell it.\n", 50_000))
	ctx := context.Background()
	if _, err := privtext.AnalyzeBytes(ctx, []byte("We collect data."), privtext.Options{}); err != nil {
		b.Fatal(err) // compile the rules outside the measurement
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p, err := privtext.AnalyzeBytes(ctx, text, privtext.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(p.Clauses) != 100_000 {
			b.Fatalf("%d clauses, want 100000", len(p.Clauses))
		}
	}
}

// An HTML page in a legacy encoding is decoded by its <meta charset>, not
// guessed: windows-1252 bytes are valid GB18030 too, and would decode to
// the wrong characters.
func TestAnalyzeHTMLMetaCharset(t *testing.T) {
	body := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 Privacy Policy</title></head>" +
		"<body><h1>Caf\xe9 Privacy Policy</h1><p>We collect your e-mail address \x96 and nothing else.</p></body></html>"
	p, err := privtext.AnalyzeBytes(context.Background(), []byte(body), privtext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Encoding != "windows-1252" {
		t.Errorf("encoding %q, want windows-1252", p.Encoding)
	}
	if len(p.Clauses) != 1 || p.Clauses[0].Text != "We collect your e-mail address – and nothing else." {
		t.Fatalf("clauses %+v", p.Clauses)
	}
	c := p.Clauses[0]
	if got := body[c.Start:c.End]; got != "We collect your e-mail address \x96 and nothing else." {
		t.Errorf("span text %q", got)
	}
}

// Odd but valid input goes through the whole pipeline — readers, segmenter
// and every extraction stage — in time and with exact spans. The readers
// have their own, larger, cases; this checks that nothing downstream of
// them is quadratic.
func TestAnalyzePathological(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs; run without -short")
	}
	var nestedMD, nestedHTML strings.Builder
	for i := range 1000 {
		nestedMD.WriteString(strings.Repeat("  ", i) + "- we collect your email address\n")
		nestedHTML.WriteString("<ul><li>we share your device ID")
	}
	for _, tc := range []struct {
		name, format, text string
	}{
		{"5 MB line without punctuation", "", strings.Repeat("we collect your phone number and share it with partners ", 5<<20/56)},
		{"1 MB of one word", "", strings.Repeat("privacy ", 1<<20/8)},
		{"100000 headings", "", strings.Repeat("1. Information We Collect\n", 100_000)},
		{"1000 nested Markdown lists", "markdown", nestedMD.String()},
		{"1000 nested HTML lists", "html", "<html><body>" + nestedHTML.String() + "</body></html>"},
		// Each of these took minutes when a stage rescanned the line or
		// the run for every hit in it.
		{"1 MB line of URLs", "", strings.Repeat("https://example.com/privacy ", 1<<20/28)},
		{"1 MB of words and periods without a space", "", strings.Repeat("info.", 1<<20/5)},
		{"1 MB enumeration", "", "We collect " + strings.Repeat("your name, e-mail address, postal address, device ID, ", 1<<20/56) + "and location."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			p, err := privtext.AnalyzeBytes(context.Background(), []byte(tc.text), privtext.Options{Format: tc.format})
			if err != nil {
				t.Fatal(err)
			}
			// Not a speed test (the benchmarks are): a bound so loose that
			// only quadratic work in some stage can break it.
			if d := time.Since(start); d > time.Minute {
				t.Errorf("took %v", d)
			}
			if len(p.Clauses)+len(p.Sections) == 0 {
				t.Fatal("nothing segmented")
			}
			checkSpans(t, []byte(tc.text), p, tc.format == "")
		})
	}
}

// A legacy Western file is refused rather than misread, and read right
// when the caller names its encoding.
func TestAnalyzeEncodingOption(t *testing.T) {
	raw := []byte("Privacy Policy\n\nWe don\x92t sell your personal information.\n")
	ctx := context.Background()
	if _, err := privtext.AnalyzeBytes(ctx, raw, privtext.Options{}); !errors.Is(err, privtext.ErrUndecodable) {
		t.Fatalf("detected: err = %v, want ErrUndecodable", err)
	}
	p, err := privtext.AnalyzeBytes(ctx, raw, privtext.Options{Encoding: "windows-1252"})
	if err != nil {
		t.Fatal(err)
	}
	if p.Encoding != "windows-1252" {
		t.Errorf("Encoding = %q", p.Encoding)
	}
	var sell *privtext.Clause
	for i, c := range p.Clauses {
		for _, pr := range c.Practices {
			if pr.Action == "sell" && pr.Negated {
				sell = &p.Clauses[i]
			}
		}
	}
	if sell == nil {
		t.Fatalf("no negated sell practice in %+v", p.Clauses)
	}
	if want := "We don’t sell your personal information."; sell.Text != want {
		t.Errorf("clause text %q, want %q", sell.Text, want)
	}
	if got := string(raw[sell.Start:sell.End]); got != "We don\x92t sell your personal information." {
		t.Errorf("clause span holds %q", got)
	}
	for _, tc := range []struct {
		enc  string
		want error
	}{
		{"klingon", privtext.ErrUnknownEncoding},
		{"utf-8", privtext.ErrUndecodable},
		{"iso-2022-jp", privtext.ErrUnknownEncoding}, // stateful
	} {
		if _, err := privtext.AnalyzeBytes(ctx, raw, privtext.Options{Encoding: tc.enc}); !errors.Is(err, tc.want) {
			t.Errorf("Encoding %q: err = %v, want %v", tc.enc, err, tc.want)
		}
	}
}

// A sentence that only lists data continues the practice of the sentence
// before it in its section, and only that one.
func TestAnalyzeContinuation(t *testing.T) {
	text := "Device data\n\nWe do not collect information about your device. This includes its location and its IMEI.\n\nContact\n\nThis includes your e-mail address.\n"
	checkPractices(t, text, []string{
		"We do not collect information about your device.: collect first_party negated=true [device]",
		"This includes its location and its IMEI.: collect first_party negated=true [location identifier.device.imei]",
	})
}

// checkPractices analyses text and compares its clauses' practices, one
// line each ("clause: action actor negated=... [data]"), with want.
func checkPractices(t *testing.T, text string, want []string) {
	t.Helper()
	p := analyze(t, text, privtext.Options{})
	checkSpans(t, []byte(text), p, true)
	var got []string
	for _, c := range p.Clauses {
		for _, pr := range c.Practices {
			got = append(got, fmt.Sprintf("%s: %s %s negated=%v %v", c.Text, pr.Action, pr.Actor, pr.Negated, pr.Data))
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("practices (-want +got):\n%s", diff)
	}
}

func TestAnalyzeLeadIn(t *testing.T) {
	text := "Data\n\nWe collect the following information:\n\n- Your e-mail address. It lets us answer you.\n- Your phone number\n\n" +
		"To turn off location, follow these steps:\n\n- Open your location settings\n\nWe collect:\n\n- Cookies are small text files.\n\nYour location\n"
	// The lead-ins state collection without data; the first sentence of
	// each data item restates it; a step, a definition and the paragraph
	// after the list take nothing.
	checkPractices(t, text, []string{
		"We collect the following information:: collect first_party negated=false []",
		"Your e-mail address.: collect first_party negated=false [contact.email]",
		"Your phone number: collect first_party negated=false [contact.phone]",
		"We collect:: collect first_party negated=false []",
	})
}

// A page footer is boilerplate: not a clause, but the document readers see
// its copyright and "last updated" lines.
func TestAnalyzePageFooter(t *testing.T) {
	text := "<html><body><h1>Privacy Policy</h1><p>We collect your e-mail address.</p>" +
		"<footer><p>Last updated: June 2, 2019</p><p>© 2019 Quiet Owl LLC</p></footer></body></html>"
	p := analyze(t, text, privtext.Options{Format: "html"})
	checkSpans(t, []byte(text), p, true)
	for _, c := range p.Clauses {
		if strings.Contains(c.Text, "Quiet Owl") || strings.Contains(c.Text, "updated") {
			t.Errorf("footer text in clause %s: %q", c.ID, c.Text)
		}
	}
	if p.Controller != "Quiet Owl LLC" || p.Updated != "2019-06-02" {
		t.Errorf("controller %q, updated %q; want Quiet Owl LLC, 2019-06-02", p.Controller, p.Updated)
	}
}
