package extract_test

import (
	"fmt"
	"log"

	"github.com/privtext/go-privtext/extract"
)

// Load compiles the embedded rules once and shares the result: every call
// returns the same Extractor, which is safe for concurrent use.
func ExampleLoad() {
	e, err := extract.Load()
	if err != nil {
		log.Fatal(err) // only a defect in the embedded rules
	}
	again, _ := extract.Load()
	fmt.Println(e == again, e == extract.Default())
	r := e.Clause(extract.Input{Text: "We never sell your phone number."})
	for _, p := range r.Practices {
		fmt.Println(p.Action, p.Negated, p.Data)
	}
	// Output:
	// true true
	// sell true [contact.phone]
}
