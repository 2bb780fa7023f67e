package segment

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/privtext/go-privtext/internal/rulefile"
)

//go:embed rules.txt
var rulesFile []byte

// vocab is the compiled segmentation vocabulary.
type vocab struct {
	abbrev         map[string]bool // lower-case, with final '.'
	terminalAbbrev map[string]bool
	ordinals       map[string]int // "sixth" → 6
	titleWords     []string
	labelStop      map[string]bool
	domainSuffix   map[string]bool
	maxAbbrevLen   int
}

var loadVocab = sync.OnceValue(func() *vocab {
	entries, err := rulefile.Parse("segment/rules.txt", rulesFile)
	if err != nil {
		// The file is embedded and covered by tests: a failure here is a
		// build defect, not an input problem.
		panic(err)
	}
	v := &vocab{abbrev: map[string]bool{}, terminalAbbrev: map[string]bool{}, ordinals: map[string]int{}, labelStop: map[string]bool{}, domainSuffix: map[string]bool{}}
	for _, e := range entries {
		for i, t := range e.Terms {
			t = strings.ToLower(t)
			switch e.Label {
			case "abbreviations":
				v.abbrev[t] = true
			case "terminal_abbreviations":
				v.terminalAbbrev[t] = true
			case "ordinals":
				v.ordinals[t] = i + 1
			case "label_stopwords":
				v.labelStop[t] = true
			case "domain_suffixes":
				v.domainSuffix[t] = true
			case "title_words":
				v.titleWords = append(v.titleWords, t)
			}
			if strings.HasSuffix(t, ".") && len(t) > v.maxAbbrevLen {
				v.maxAbbrevLen = len(t)
			}
		}
	}
	return v
})
