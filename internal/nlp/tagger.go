// Package nlp gives privtext's rules the one piece of statistical NLP they
// use: part-of-speech tags from prose's averaged-perceptron tagger, with
// byte offsets.
//
// Rules ask for tags only where a word is ambiguous between a data type and
// something else — "email" in "email us" is a verb, in "your email" a noun —
// so tagging runs on a few clauses, never on a whole policy. prose's own
// pipeline is not used as is: its NewDocument loads the tagger model (about
// 200 ms and 100 MB) on every call unless handed a model, its named-entity
// recogniser is slow and mislabels policy vocabulary, and its tokens carry
// no offsets. Here the model is loaded once per process and shared, NER is
// off, and tokens are aligned back to the text.
//
// A Tagger is safe for concurrent use: tagging only reads the model.
package nlp

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// Token is one word of a text with its Penn Treebank tag ("NN", "VB", ...)
// and its byte span in the text given to Tag.
type Token struct {
	Start, End int
	Text       string
	Tag        string
}

// Noun reports whether the tag is a noun tag (NN, NNS, NNP, NNPS).
func (t Token) Noun() bool { return strings.HasPrefix(t.Tag, "NN") }

// Verb reports whether the tag is a verb tag (VB, VBD, VBG, VBN, VBP, VBZ).
func (t Token) Verb() bool { return strings.HasPrefix(t.Tag, "VB") }

// Tagger tags words with their part of speech.
type Tagger struct {
	model *prose.Model
}

// ErrModel reports that prose's embedded tagger model could not be loaded.
var ErrModel = errors.New("nlp: loading the part-of-speech model")

// Default returns the process-wide Tagger, loading prose's model on first
// use.
var Default = sync.OnceValues(load)

func load() (t *Tagger, err error) {
	// prose panics when its embedded assets do not decode; a library
	// returns an error instead.
	defer func() {
		if r := recover(); r != nil {
			t, err = nil, fmt.Errorf("%w: %v", ErrModel, r)
		}
	}()
	doc, err := prose.NewDocument("model", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	return &Tagger{model: doc.Model}, nil
}

// maxTagBytes bounds the text one call tags: rules tag clauses, and a
// clause longer than this is not prose worth tagging.
const maxTagBytes = 16 << 10

// ErrTooLong reports text over the size Tag accepts.
var ErrTooLong = fmt.Errorf("nlp: text over %d bytes", maxTagBytes)

// Tag returns the tagged words of text, each with its span in text. Tokens
// prose produces that are not found verbatim in text (its tokenizer rewrites
// a few characters) are left out, so every span is exact.
func (t *Tagger) Tag(text string) ([]Token, error) {
	if len(text) > maxTagBytes {
		return nil, ErrTooLong
	}
	doc, err := prose.NewDocument(text,
		prose.UsingModel(t.model),
		prose.WithSegmentation(false),
		prose.WithExtraction(false))
	if err != nil {
		return nil, fmt.Errorf("nlp: %w", err)
	}
	toks := doc.Tokens()
	out := make([]Token, 0, len(toks))
	pos := 0
	for _, tok := range toks {
		// Tokens come in text order; look a short way ahead only, so a
		// rewritten token cannot pull the cursor past words still to come.
		window := text[pos:min(len(text), pos+len(tok.Text)+16)]
		i := strings.Index(window, tok.Text)
		if i < 0 || tok.Text == "" {
			continue
		}
		start := pos + i
		pos = start + len(tok.Text)
		out = append(out, Token{Start: start, End: pos, Text: tok.Text, Tag: tok.Tag})
	}
	return out, nil
}

// Window bounds for TagWord: the tagger's features reach two words either
// side, and the words before set the tags it conditions on, so a few words
// of left context and a couple of right context decide as well as the
// whole sentence, at a fraction of the cost.
const (
	windowBefore = 48
	windowAfter  = 24
)

// TagWord tags the word of text that starts at byte offset off, looking
// only at a short window of text around it: rules that need the part of
// speech of one ambiguous word call this rather than Tag. It reports false
// when no token starts at off.
func (t *Tagger) TagWord(text string, off int) (Token, bool) {
	if off < 0 || off >= len(text) {
		return Token{}, false
	}
	from := max(0, off-windowBefore)
	if k := strings.LastIndexAny(text[from:off], ".;:!?\n"); k >= 0 {
		from += k + 1 // the sentence started after that
	} else if from > 0 {
		if k := strings.IndexByte(text[from:off], ' '); k >= 0 {
			from += k + 1 // start on a word boundary
		}
	}
	to := min(len(text), off+windowAfter)
	if to < len(text) {
		if k := strings.LastIndexByte(text[off:to], ' '); k > 0 {
			to = off + k
		}
	}
	toks, err := t.Tag(text[from:to])
	if err != nil {
		return Token{}, false
	}
	for _, tok := range toks {
		if tok.Start+from == off {
			tok.Start += from
			tok.End += from
			return tok, true
		}
	}
	return Token{}, false
}

// At returns the token that covers byte offset off, if any.
func At(tokens []Token, off int) (Token, bool) {
	for _, t := range tokens {
		if t.Start <= off && off < t.End {
			return t, true
		}
		if t.Start > off {
			break
		}
	}
	return Token{}, false
}
