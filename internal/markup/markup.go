// Package markup reads the formats a privacy policy is published in — HTML,
// Markdown and plain text — into the one shape the segmenter consumes: an
// analysis text of visible words, a list of layout.Blocks over it, and a
// textnorm.Map from the analysis text back to the reader's input.
//
// # Where it sits
//
// The pipeline is bytes → textnorm.Decode (or DecodeHTML, which also honours
// a <meta charset>) → a reader of this package → internal/segment → extract.
// Sniff picks the reader from the raw bytes and the file name, and rejects
// what no reader can handle (PDF, images, archives, office documents) with
// ErrUnsupportedFormat.
//
// # The analysis text
//
// Doc.Text holds only what a reader of the rendered page sees. Blocks are
// separated by "\n\n"; inside a block, runs of white space collapse to one
// space, a hard line break (<br>, a Markdown line ending in two spaces) is a
// single "\n", and the cells of a table row are separated by "\t". No block
// starts or ends with white space.
//
// # Spans
//
// Every Block satisfies 0 <= Start < End <= len(Text), blocks come in order
// and never overlap, and Text[Start:End] is the block's visible text; Cells
// lie inside their row, and a Marker lies between the previous block and
// its item. Doc.Map
// maps analysis offsets back to the input string: Map.Span(b.Start, b.End)
// is the smallest byte range of the input that holds the block's first and
// last visible characters. For HTML that range runs from the first to the
// last visible byte and may therefore contain tags in between ("a <b>bold</b>
// word"); an entity such as "&amp;" is an indivisible unit, so a span
// starting or ending on it covers the whole entity. For Markdown the removed
// markers (#, *, _, `, link brackets) are likewise inside the range when they
// sit between the first and last visible byte, and outside it otherwise.
//
// # HTML
//
// ReadHTML walks golang.org/x/net/html's tokenizer, which is iterative, so
// neither malformed nor deeply nested input can exhaust the stack; the
// reader's own element stack is capped at maxStack entries. Element roles:
//
//   - h1–h6 are Heading blocks with Level 1–6; <title> (or, failing that,
//     the first h1) becomes Doc.Title and is not part of Text.
//   - p, div, section, article, blockquote, main, pre and the other
//     block-level elements start a Paragraph; <br> is a "\n" inside the
//     block, and two <br> in a row end the block, as they do visually.
//   - li is a ListItem whose Depth counts the enclosing ul/ol/menu
//     (capped at maxListDepth). Text of the same li after a nested block
//     (a second <p>, the tail after a nested list) is a Paragraph, so that
//     one item never looks like two. In an <ol>, the number a browser
//     renders ("3.", "c.", "iv.", honouring start, type and value) is
//     written into Text just before the item and reported as Block.Marker,
//     as a plain-text reader would find it; CSS that hides or restyles the
//     numbers is not seen.
//   - dl/dt/dd: a dt is a label for the dd that follows, so it is a Heading
//     of unknown Level (0); dd is a Paragraph. The segmenter decides how a
//     level-0 heading nests.
//   - Each tr with visible text is one TableRow; Cells are the spans of its
//     td/th (empty cells are empty spans) and Header the cells of the
//     table's header row (a row in thead, or the first row made only of th).
//     The header row itself is a TableRow whose Header equals its Cells.
//     A cell that spans rows (rowspan) stands in each row below it as an
//     empty cell in each column it covers, with its own span in
//     Block.From, until its row group (thead, tbody, tfoot) ends; colspan
//     moves the columns after it.
//     A cell that holds block structure (p, a list, a heading, a nested
//     table) marks a layout table: the row is cut there (the cells before
//     are emitted as a row) and the rest of the row is read as ordinary
//     blocks.
//   - Dropped with their content: script, style, noscript, template, svg,
//     math, iframe, object, canvas, nav, form controls (button, select,
//     textarea, option), elements with the hidden attribute or
//     aria-hidden="true", and cookie banners (an id or class holding
//     "cookie" together with "banner", "consent", "notice" or "popup").
//     <header> and <form> are kept (their nav and controls are not): pages
//     wrap the whole policy in either (a Dropbox-hosted page of APP-350
//     puts it all in a <header>; ASP.NET pages put the body in a <form>).
//     Inline style="display:none" is kept too: collapsed accordion
//     sections of a policy are still the policy.
//   - The page-level footer (one not inside article, main or section) is
//     read, but its blocks are marked Boilerplate: the segmenter makes no
//     section or clause of them, while the document readers still see a
//     copyright line or a "last updated" date there. An element whose id,
//     class or aria-label holds "footer" (<div id="footer">, <nav
//     aria-label="Footer">) counts as a page footer too, except <body> and
//     <html>, whose classes are theme switches ("footer-dark").
//   - Entities are decoded; each entity is one Map unit. NBSP and the other
//     Unicode spaces collapse like ASCII white space. Invalid UTF-8 bytes
//     become U+FFFD.
//   - Input with no block-level tag at all (a plain-text policy saved as
//     .html) keeps its line structure: a line break is "\n" and a blank
//     line ends the block, as inside <pre>.
//   - Link targets (href) are not part of the text; Doc.Links pairs each
//     link's visible text with its href. A link inside a hidden element
//     is dropped with it, and an <a> that opens while another is open
//     closes that one, as a browser's parser does.
//
// # Markdown
//
// ReadMarkdown is a small line parser for the CommonMark/GFM subset policies
// use: ATX (#) and setext (=== / ---) headings, -, *, + and 1. / 1) list items
// nested by indentation, > quotes, blank-line paragraphs, GFM pipe tables
// with their header row, fenced code blocks (dropped), thematic breaks
// (dropped) and YAML front matter (dropped; its title: becomes Doc.Title).
// Indented code blocks and raw HTML are not recognised: policies indent
// prose, and their inline HTML is rare, so both read as text.
// Inline markup is removed from Text: emphasis delimiters that pair up on a
// line, code-span backticks, backslash escapes and autolink brackets. A link
// [text](url) reads "text (url)" so that a policy URL in an SDK list stays
// visible; when the text is the URL itself, or for images, only the text
// (alt text) is kept. A list item's marker ("-", "1.") stays in Text just
// before the item and is reported as Block.Marker. Table rows follow the
// HTML convention: the header row's Header equals its Cells.
//
// # Robustness
//
// Readers never fail and never panic on malformed input (fuzzed); every
// pass is linear in the input — implicit-close searches are bounded, a
// failed search for a closing backtick run is never repeated, brackets are
// paired in one pass — so thousands of nested lists, 100,000 headings or a
// 5 MB line read in well under a second.
package markup

import (
	"errors"
	"strings"

	"github.com/privtext/go-privtext/internal/layout"
	"github.com/privtext/go-privtext/internal/textnorm"
)

// Format names an input format.
type Format string

// The formats this package reads.
const (
	Text     Format = "text"
	HTML     Format = "html"
	Markdown Format = "markdown"
)

// ErrUnsupportedFormat reports input no reader handles: PDF, images,
// archives, office documents. Errors wrap it with the detected kind, e.g.
// "unsupported format: PDF"; test with errors.Is.
var ErrUnsupportedFormat = errors.New("unsupported format")

// ParseFormat reads a format name as a user writes it: "text" (or "txt",
// "plain"), "html" ("htm"), "markdown" ("md"). Case is ignored. The empty
// string and "auto" return "" with no error, meaning "detect".
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return "", nil
	case "text", "txt", "plain":
		return Text, nil
	case "html", "htm", "xhtml":
		return HTML, nil
	case "markdown", "md":
		return Markdown, nil
	}
	return "", errors.New("unknown format " + strconvQuote(s) + ` (want "text", "html" or "markdown")`)
}

func strconvQuote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return `"` + s + `"`
}

// Doc is a reader's output.
type Doc struct {
	// Text is the analysis text: the visible text, blocks separated by
	// "\n\n".
	Text string
	// Map maps Text offsets to offsets in the reader's input string; nil
	// means the identity.
	Map *textnorm.Map
	// Blocks are in order, never overlap, and are spans into Text.
	Blocks []layout.Block
	// Title is the <title>, the first level-1 heading, or Markdown front
	// matter's title; "" when there is none.
	Title string
	// Links are the HTML page's hyperlinks with a visible text and an
	// href, in order: a list entry's "隐私政策" or "Privacy Policy" is
	// often a link whose target appears nowhere in Text. Markdown has
	// none here, since its reader writes a link's URL into Text.
	Links []Link
}

// Link is a hyperlink: the span of its visible text in Doc.Text
// (Text[Start:End], trimmed of white space) and its target as the page
// writes it, entities decoded and surrounding blanks removed; relative
// targets are not resolved.
type Link struct {
	Start, End int
	Href       string
}

// Read dispatches to the reader for f, HTML or Markdown. Plain text has no
// markup to read: the segmenter takes it as it is (segment.Text), and Read
// refuses it so that there is one reading of plain text, not two.
func Read(f Format, src string) (*Doc, error) {
	switch f {
	case HTML:
		return ReadHTML(src)
	case Markdown:
		return ReadMarkdown(src)
	case Text, "":
		return nil, errors.New("markup: plain text needs no reader; segment it directly")
	}
	return nil, errors.New("markup: unknown format " + strconvQuote(string(f)))
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
