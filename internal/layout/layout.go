// Package layout is the contract between format readers (plain text, HTML,
// Markdown) and the segmenter: a reader turns its input into one analysis
// text plus a list of blocks over it, and the segmenter turns blocks into
// sections and clauses without knowing which format they came from.
//
// Offsets are byte offsets into the analysis text. Readers that build the
// analysis text from something else (HTML) also return a textnorm.Map from
// the analysis text back to their input.
package layout

// Kind says what a reader knows about a block.
type Kind uint8

const (
	// Line is a line of plain text whose role the segmenter must infer:
	// heading, list item, paragraph text or the continuation of one.
	Line Kind = iota
	// Paragraph is a block of running text the reader knows is not a
	// heading (an HTML <p>); it may still hold run-on numbered headings.
	Paragraph
	// Heading is a heading the markup declared (<h2>, "## ...").
	Heading
	// ListItem is an item of a bulleted or numbered list, Depth deep.
	ListItem
	// TableRow is a row of a table; Cells holds its cells and Header the
	// header cells of the table, so that a row can be read as "Header: cell".
	TableRow
)

func (k Kind) String() string {
	switch k {
	case Line:
		return "line"
	case Paragraph:
		return "paragraph"
	case Heading:
		return "heading"
	case ListItem:
		return "list-item"
	case TableRow:
		return "table-row"
	}
	return "unknown"
}

// Span is a half-open byte range of the analysis text.
type Span struct{ Start, End int }

// Block is one structural unit of the input.
type Block struct {
	Kind  Kind
	Start int // byte span of the block's text in the analysis text
	End   int
	Level int // heading level 1–6 for Heading; 0 when unknown
	// Depth is the list nesting of a ListItem, 1 = top level; for a
	// Paragraph, that of the list item it continues (a second <p> of an
	// li, an indented Markdown paragraph under an item), 0 outside lists.
	Depth int
	// Marker is the span of a list marker the reader already consumed from
	// the text (e.g. "•", "1)"); zero when none.
	Marker Span
	Cells  []Span // TableRow: the cells, in order
	Header []Span // TableRow: the header cells of its table, if any
	// From holds, for each cell of a TableRow that a cell of an earlier
	// row spans (an HTML rowspan), the span of that earlier cell; the
	// cell itself is an empty span in Cells. Nil when no cell with text
	// spans one of the row's; a zero Span for the cells that are not.
	From []Span
	// Boilerplate marks text the page shows around the policy, such as a
	// page footer: it stays in the analysis text for document-level
	// readers (a copyright line names the owner, a footer may hold the
	// "last updated" date) but is neither a section nor a clause.
	Boilerplate bool
}
