package privtext

import "github.com/privtext/go-privtext/extract"

// The facts types are defined by package extract and re-exported here, so
// that a Policy holds exactly what the rule engine reports.
type (
	Mention     = extract.Mention
	Practice    = extract.Practice
	SDK         = extract.SDK
	Contact     = extract.Contact
	Duration    = extract.Duration
	APP350Label = extract.APP350Label
)

// Policy is one analysed privacy policy. Every Start/End is a byte offset
// into the input given to Analyze (see the package comment for HTML input).
type Policy struct {
	Vendor   string `json:"vendor"`
	Title    string `json:"title"`
	Format   string `json:"format"`   // "text", "html" or "markdown"
	Encoding string `json:"encoding"` // e.g. "utf-8", "gb18030"
	Size     int    `json:"size"`     // input size in bytes

	// Metadata read from the text.
	Controller       string     `json:"controller,omitempty"`
	Product          string     `json:"product,omitempty"`
	Updated          string     `json:"updated,omitempty"`   // ISO 8601: "2021-03-05", or "2021-03" when only the month is given
	Effective        string     `json:"effective,omitempty"` // ISO 8601, as Updated
	Contacts         []Contact  `json:"contacts,omitempty"`
	GoverningLaw     string     `json:"governing_law,omitempty"`
	StorageLocations []Mention  `json:"storage_locations,omitempty"`
	Durations        []Duration `json:"durations,omitempty"`

	Sections []Section `json:"sections"`
	Clauses  []Clause  `json:"clauses"`
	SDKs     []SDK     `json:"sdks,omitempty"`
	Summary  *Summary  `json:"summary,omitempty"`

	// Union of the clauses' crosswalk labels.
	OPP115 []string      `json:"opp115,omitempty"`
	APP350 []APP350Label `json:"app350,omitempty"`
}

// Section is a node of the section tree. The root of the tree is implicit:
// top-level sections have Parent "".
type Section struct {
	ID      string `json:"id"`               // "s1", "s2", ... in document order
	Heading string `json:"heading"`          // heading text, without its number
	Number  string `json:"number,omitempty"` // "1.1", "IV", "(2)", "Sixth" as written
	Level   int    `json:"level"`            // 1 for top level
	Parent  string `json:"parent"`           // id of the enclosing section, "" at top level
	Start   int    `json:"start"`            // from the heading to the end of the section's content
	End     int    `json:"end"`
}

// Clause is one sentence or list item. Clauses never overlap and come in
// document order; for UTF-8 text input, input[Start:End] == Text.
//
// Label is the "Label" of a "Label: text" lead-in ("Device information: we
// collect ..."). The clause that holds the lead-in keeps it in its Text; the
// following sentences of the same paragraph or item carry the same Label,
// since the lead-in governs them too.
type Clause struct {
	ID      string `json:"id"`      // "c1", "c2", ...
	Section string `json:"section"` // id of the enclosing section, "" before the first
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Label   string `json:"label,omitempty"` // "Label" of a "Label: text" lead-in (see above)
	Depth   int    `json:"depth"`           // list depth, 0 for running text
	Kind    string `json:"kind"`            // "sentence", "item", "heading-text", "row"

	Data       []Mention     `json:"data,omitempty"`
	Purposes   []Mention     `json:"purposes,omitempty"`
	Parties    []Mention     `json:"parties,omitempty"`
	Practices  []Practice    `json:"practices,omitempty"`
	Categories []string      `json:"categories,omitempty"`
	OPP115     []string      `json:"opp115,omitempty"`
	APP350     []APP350Label `json:"app350,omitempty"`
}

// Summary gathers, per label, the clauses that evidence it.
type Summary struct {
	Data     []Evidence `json:"data"`
	Purposes []Evidence `json:"purposes"`
	Parties  []Evidence `json:"parties"`
	SDKs     []Evidence `json:"sdks"`
}

// Evidence is a label and the ids of the clauses that mention it.
type Evidence struct {
	Label   string   `json:"label"`
	Clauses []string `json:"clauses"`
}
