package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/privtext/go-privtext/privtext"
)

// jsonlIn is one input line of analyze --jsonl.
type jsonlIn struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// jsonlOut is one output line: the clause-level facts of the whole text.
// Spans are byte offsets into "text". Lists are [] rather than null when
// empty, so that consumers need not tell the two apart.
type jsonlOut struct {
	ID         json.RawMessage        `json:"id,omitempty"`
	Categories []string               `json:"categories"`
	Data       []privtext.Mention     `json:"data"`
	Purposes   []privtext.Mention     `json:"purposes"`
	Parties    []privtext.Mention     `json:"parties"`
	Practices  []privtext.Practice    `json:"practices"`
	OPP115     []string               `json:"opp115"`
	APP350     []privtext.APP350Label `json:"app350"`
}

// jsonlError is the output line for an input line that failed.
type jsonlError struct {
	ID    json.RawMessage `json:"id,omitempty"`
	Line  int             `json:"line"`
	Error string          `json:"error"`
}

// analyzeJSONLines streams stdin to stdout with a worker per core, keeping
// input order. A bad line yields an error line naming its line number and
// processing continues; cancellation stops after the last whole line.
func analyzeJSONLines(ctx context.Context, e *env, opts privtext.Options) error {
	type line struct {
		n   int
		raw []byte // nil: longer than limit
	}
	// The text's own limit plus room for the id and JSON syntax.
	limit := int(maxOr(opts.MaxBytes)) + 1024
	w := bufio.NewWriter(e.stdout)
	err := inOrder(ctx,
		func(put func(line) bool) error {
			r := bufio.NewReaderSize(e.stdin, 64*1024)
			for n := 1; ; n++ {
				raw, err := readLine(r, limit)
				if (raw == nil || len(raw) > 0) && !put(line{n, raw}) {
					return nil
				}
				if err == io.EOF {
					return nil
				}
				if err != nil {
					return fmt.Errorf("reading stdin: %w", err)
				}
			}
		},
		func(ctx context.Context, l line) []byte {
			if l.raw == nil {
				return mustJSON(jsonlError{Line: l.n, Error: fmt.Sprintf("line %d: larger than the %d-byte limit (raise it with --max-bytes)", l.n, limit)})
			}
			return analyzeLine(ctx, l.n, l.raw, opts)
		},
		func(out []byte) error {
			w.Write(out)
			return w.WriteByte('\n')
		})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// readLine reads one line without its line ending. A line longer than
// limit is consumed to its end and returned as nil, so that one oversized
// line costs an error line rather than the rest of the stream; an empty
// line is returned as empty, not nil.
func readLine(r *bufio.Reader, limit int) ([]byte, error) {
	line := []byte{}
	for {
		chunk, err := r.ReadSlice('\n')
		if line != nil && len(line)+len(chunk) <= limit+2 { // +2: "\r\n"
			line = append(line, chunk...)
		} else {
			line = nil
		}
		if err != bufio.ErrBufferFull {
			if line != nil {
				line = bytes.TrimRight(line, "\r\n")
			}
			return line, err
		}
	}
}

// analyzeLine analyses one input line.
func analyzeLine(ctx context.Context, line int, raw []byte, opts privtext.Options) []byte {
	var in jsonlIn
	fail := func(format string, args ...any) []byte {
		return mustJSON(jsonlError{ID: in.ID, Line: line, Error: fmt.Sprintf("line %d: ", line) + fmt.Sprintf(format, args...)})
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return fail("%v", err)
	}
	if in.Text == nil {
		return fail("no \"text\" field")
	}
	opts.Format = "text"
	p, err := privtext.AnalyzeBytes(ctx, []byte(*in.Text), opts)
	if err != nil {
		return fail("%v", cliError{err})
	}
	out := jsonlOut{ID: in.ID, Categories: []string{}, Data: []privtext.Mention{}, Purposes: []privtext.Mention{},
		Parties: []privtext.Mention{}, Practices: []privtext.Practice{}}
	for _, c := range p.Clauses {
		out.Data = append(out.Data, c.Data...)
		out.Purposes = append(out.Purposes, c.Purposes...)
		out.Parties = append(out.Parties, c.Parties...)
		out.Practices = append(out.Practices, c.Practices...)
		for _, cat := range c.Categories {
			if !slices.Contains(out.Categories, cat) {
				out.Categories = append(out.Categories, cat)
			}
		}
	}
	slices.Sort(out.Categories)
	out.OPP115 = append([]string{}, p.OPP115...)
	out.APP350 = append([]privtext.APP350Label{}, p.APP350...)
	return mustJSON(out)
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		return []byte(fmt.Sprintf(`{"error":%q}`, err.Error()))
	}
	return b
}
