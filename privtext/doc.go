// Package privtext reads privacy policies the way a privacy lawyer or a
// compliance engineer would, at machine speed.
//
// Analyze takes a policy — plain text, HTML or Markdown, in UTF-8, UTF-16
// with a byte-order mark, or GB18030 Chinese (an HTML page may also declare
// another charset in a <meta> tag; undeclared bytes that are not UTF-8 and
// do not read as Chinese are an error, never a guess that could turn "don’t"
// into "don鈥檛"; Options.Encoding names any other encoding) — and returns a
// Policy:
//
//   - a section tree (numbered headings such as "1.1", "IV.", "(2)" and
//     "Sixth,", question headings, short title lines, and headings buried in
//     run-on paragraphs), and clauses: one per sentence or list item, with
//     its section, list depth and "Label:" lead-in;
//   - for each clause, the data types, purposes and parties it mentions, the
//     practices it states (who collects, uses, shares, sells, stores,
//     transfers abroad or deletes what, for whom, why, on what condition —
//     and whether the policy says it does NOT), and its OPP-115 categories
//     and APP-350 practices. A clause is read with its neighbours where the
//     text says so: "This includes your location" continues the practice
//     of the sentence before, and the items of a list under "We collect
//     the following:" state that collection for their data;
//   - for the document, the controller, product, dates, contacts, governing
//     law, storage locations, retention periods and response deadlines, the
//     SDK disclosure list, and a summary of everything with its evidence.
//
// # Spans
//
// Every Section, Clause, Mention, Practice, SDK, Contact and Duration
// carries Start and End: a half-open byte range of the input given to
// Analyze. For UTF-8 plain text, input[Start:End] is exactly the clause or
// mention text. For other encodings the range covers the bytes that decode
// to the text. For HTML and Markdown the range runs from the first to the
// last byte of the visible text in the original markup, so it may enclose
// tags or emphasis markers; the Text fields hold the visible text.
//
// # Errors
//
// Analyze never panics on bad input. Empty or white-space input wraps
// ErrEmpty; NUL bytes ErrBinary; bytes in no supported encoding
// ErrUndecodable; PDF, images and archives ErrUnsupportedFormat; input over
// Options.MaxBytes (default 20 MB) is a *SizeError wrapping ErrTooLarge.
// Test with errors.Is.
//
// # Index, Compare, Diff
//
// Policies become useful side by side. An Index (CreateIndex on disk,
// NewMemIndex in memory, OpenIndex to reopen) holds one bleve document per
// clause; Index.Add files policies under their vendor (adding a vendor again
// replaces its clauses) and Index.Search takes a Query — free text plus
// filters on vendors, data types (with their ancestors, so "identifier.device"
// finds IMEI clauses), purposes, parties, SDKs, categories and negation, or a
// bleve query string — and returns scored hits with section paths, spans,
// highlighted fragments and facets.
//
// Compare builds vendor-by-fact matrices (data, purpose, party, SDK,
// practice) at any level of the taxonomies. A cell tells "states it" from
// "states it does NOT" from "does not mention it", and lists the clauses that
// are its evidence; a Matrix renders as Markdown, CSV, JSON or a
// self-contained HTML heat map.
//
// Diff aligns the clauses of two versions of one policy: moved clauses are
// not changes, edited clauses carry word-level edits, and the facts that
// appear, disappear or flip polarity ("will not sell" becoming "may sell")
// are reported with their evidence on both sides.
//
// # Rules
//
// The vocabularies and patterns behind extraction are data files embedded
// in package extract (see its rules/README.md). Build an Extractor with
// extract.New to add your own terms or SDKs and pass it in
// Options.Extractor.
//
// # Concurrency
//
// Analyze and the compiled rules are safe for concurrent use; a Policy is a
// plain value, safe to read from many goroutines once returned. An Index is
// safe for concurrent use (searches run in parallel with Add). Comparison,
// Matrix and PolicyDiff are values: build them once, then read them freely.
package privtext
