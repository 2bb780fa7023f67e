package nlp

import (
	"strings"
	"sync"
	"testing"
)

func tagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// The reason the package exists: the same word as verb and as noun.
func TestTagVerbOrNoun(t *testing.T) {
	tg := tagger(t)
	for _, tc := range []struct {
		text, word string
		verb       bool
	}{
		{"Please email us with any questions.", "email", true},
		{"We collect your email and phone number.", "email", false},
		{"You can contact us at any time.", "contact", true},
		{"We store your contact details.", "contact", false},
		{"We will address your request within 30 days.", "address", true},
		{"We collect your postal address.", "address", false},
	} {
		toks, err := tg.Tag(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		off := strings.Index(tc.text, tc.word)
		tok, ok := At(toks, off)
		if !ok {
			t.Fatalf("%q: no token at %q", tc.text, tc.word)
		}
		if tok.Verb() != tc.verb || tok.Noun() == tc.verb {
			t.Errorf("%q: %q tagged %s, want verb=%v", tc.text, tc.word, tok.Tag, tc.verb)
		}
	}
}

func TestTagSpans(t *testing.T) {
	tg := tagger(t)
	for _, text := range []string{
		"We don't sell data; we'll never do so (really).",
		"“Curly” quotes — and dashes… e-mail: privacy@example.com, see https://example.com/p?q=1.",
		"我们收集您的手机号码。 Mixed text, 123.45 units!",
		"",
		"   ",
	} {
		toks, err := tg.Tag(text)
		if err != nil {
			t.Fatal(err)
		}
		last := 0
		for _, tok := range toks {
			if tok.Start < last || tok.End > len(text) || text[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: bad span %+v", text, tok)
			}
			last = tok.End
		}
	}
}

func TestTagTooLong(t *testing.T) {
	if _, err := tagger(t).Tag(strings.Repeat("word ", maxTagBytes)); err != ErrTooLong {
		t.Errorf("err = %v, want ErrTooLong", err)
	}
}

func TestTagConcurrent(t *testing.T) {
	tg := tagger(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if _, err := tg.Tag("Please email us about your email address."); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkTag(b *testing.B) {
	tg := tagger(b)
	text := "If you email us, we collect your email address and the contents of your message to answer you."
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tg.Tag(text); err != nil {
			b.Fatal(err)
		}
	}
}

func TestTagWord(t *testing.T) {
	tg := tagger(t)
	long := strings.Repeat("Some preamble text goes here and on. ", 5)
	for _, tc := range []struct {
		text, word string
		verb       bool
	}{
		{long + "If you have questions, please email us at any time and we will answer.", "email", true},
		{long + "We collect your email and phone number when you register an account.", "email", false},
		{"You may contact us.", "contact", true},
		{"Your contact list is never uploaded.", "contact", false},
	} {
		off := strings.LastIndex(tc.text, tc.word)
		tok, ok := tg.TagWord(tc.text, off)
		if !ok {
			t.Fatalf("%q: no token at %d", tc.text, off)
		}
		if tok.Start != off || tc.text[tok.Start:tok.End] != tc.word {
			t.Errorf("%q: token %+v not at the word", tc.text, tok)
		}
		if tok.Verb() != tc.verb {
			t.Errorf("%q: %q tagged %s, want verb=%v", tc.text, tc.word, tok.Tag, tc.verb)
		}
	}
	if _, ok := tg.TagWord("abc", 7); ok {
		t.Error("TagWord past the end reported a token")
	}
}

func BenchmarkTagWord(b *testing.B) {
	tg := tagger(b)
	text := "If you email us, we collect your email address and the contents of your message to answer you."
	off := strings.Index(text, "email address")
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := tg.TagWord(text, off); !ok {
			b.Fatal("no token")
		}
	}
}
