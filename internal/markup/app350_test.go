package markup

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/internal/eval"
)

// app350Dir is the APP-350 corpus, shared material outside the repository.
const app350Dir = "../../../shared/datasets/app350"

func app350Docs(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(app350Dir, "documents", "*.html"))
	if len(files) == 0 {
		tb.Skip("APP-350 documents not available at " + app350Dir)
	}
	sort.Strings(files)
	return files
}

// errPlainText marks a page that holds plain text: the segmenter reads it,
// not this package.
var errPlainText = errors.New("plain text")

// readPolicy runs a file through Sniff, DecodeHTML and the chosen reader,
// the way a caller of this package would.
func readPolicy(raw []byte, name string) (*Doc, string, error) {
	f, err := Sniff(raw, name)
	if err != nil {
		return nil, "", err
	}
	if f == Text {
		return nil, "", errPlainText
	}
	text, _, err := DecodeHTML(raw)
	if err != nil {
		return nil, "", err
	}
	d, err := Read(f, text)
	return d, text, err
}

func TestAPP350Documents(t *testing.T) {
	files := app350Docs(t)
	read, pdf, plain := 0, 0, 0
	for _, path := range files {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, text, err := readPolicy(raw, filepath.Base(path))
		if errors.Is(err, ErrUnsupportedFormat) && strings.HasPrefix(string(raw), "%PDF") {
			pdf++
			continue
		}
		if errors.Is(err, errPlainText) {
			plain++
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if msg := checkDoc(text, d); msg != "" {
			t.Errorf("%s: %s", path, msg)
		}
		if len(d.Blocks) == 0 {
			t.Errorf("%s: no blocks", path)
		}
		read++
	}
	t.Logf("read %d documents, %d plain text left to the segmenter, %d PDF rejected", read, plain, pdf)
}

// TestAPP350SentenceBlocks measures how the annotated sentences of APP-350
// survive reading, in two ways:
//
//   - inside one block: the sentence is a substring of a single block
//     (after normSentence). This is the ceiling for clause coverage. It
//     cannot reach 100%: the annotators split sentences on text flattened
//     from the page, so many of their "sentences" run from a heading into
//     the paragraph under it, or from a lead-in ("we collect:") across the
//     items of the list that follows.
//   - in order: the sentence is a substring of all blocks joined by
//     spaces, i.e. no word was lost, added or reordered.
//
// Policies marked contains_synthetic are skipped: their annotators
// rewrote sentences (to negate them), so those are not in the HTML.
func TestAPP350SentenceBlocks(t *testing.T) {
	annotated, err := eval.LoadAPP350(app350Dir, "")
	if err != nil {
		t.Skip("APP-350 not available at " + app350Dir)
	}
	total, inBlock, inOrder := 0, 0, 0
	for _, p := range annotated {
		if p.Synthetic {
			continue
		}
		path := eval.APP350Document(app350Dir, p.ID)
		raw, _ := os.ReadFile(path)
		d, _, err := readPolicy(raw, filepath.Base(path))
		if err != nil {
			continue
		}
		blocks := make([]string, len(d.Blocks))
		for i, b := range d.Blocks {
			blocks[i] = eval.Words(d.Text[b.Start:b.End])
		}
		all := strings.Join(blocks, " ")
		for _, sentence := range p.Sentences {
			ns := eval.Words(sentence)
			if ns == "" {
				continue
			}
			total++
			if strings.Contains(all, ns) {
				inOrder++
			} else if os.Getenv("MARKUP_DEBUG") != "" {
				t.Logf("lost in %d: %.200q", p.ID, ns)
			}
			for _, b := range blocks {
				if strings.Contains(b, ns) {
					inBlock++
					break
				}
			}
		}
	}
	if total == 0 {
		t.Skip("no annotated sentences")
	}
	pb, po := float64(inBlock)/float64(total), float64(inOrder)/float64(total)
	t.Logf("APP-350 sentences (%d): inside one block %.2f%%, in order %.2f%%", total, 100*pb, 100*po)
	if pb < 0.88 || po < 0.98 {
		t.Errorf("coverage fell: inside one block %.2f%% (want >= 88%%), in order %.2f%% (want >= 98%%)", 100*pb, 100*po)
	}
}
