package nlp_test

import (
	"fmt"

	"github.com/privtext/go-privtext/internal/nlp"
)

func ExampleTagger_Tag() {
	tg, err := nlp.Default()
	if err != nil {
		panic(err)
	}
	text := "Please email us to update your email."
	toks, _ := tg.Tag(text)
	for _, t := range toks {
		if t.Text == "email" {
			fmt.Println(t.Start, t.Verb(), t.Noun())
		}
	}
	// Output:
	// 7 true false
	// 31 false true
}
