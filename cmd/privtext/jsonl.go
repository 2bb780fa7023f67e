package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/privtext/go-privtext/privtext"
)

// jsonlIn is one input line of analyze --jsonl.
type jsonlIn struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// jsonlOut is one output line: the clause-level facts of the whole text.
// Spans are byte offsets into "text".
type jsonlOut struct {
	ID         json.RawMessage        `json:"id,omitempty"`
	Line       int                    `json:"line,omitempty"`
	Error      string                 `json:"error,omitempty"`
	Categories []string               `json:"categories"`
	Data       []privtext.Mention     `json:"data"`
	Purposes   []privtext.Mention     `json:"purposes"`
	Parties    []privtext.Mention     `json:"parties"`
	Practices  []privtext.Practice    `json:"practices"`
	OPP115     []string               `json:"opp115"`
	APP350     []privtext.APP350Label `json:"app350"`
}

// analyzeJSONLines streams stdin to stdout with a worker per core, keeping
// input order. A bad line yields an error line naming its line number and
// processing continues; cancellation stops after the last whole line.
func analyzeJSONLines(ctx context.Context, e *env, opts privtext.Options) error {
	type line struct {
		n   int
		raw []byte
	}
	w := bufio.NewWriter(e.stdout)
	err := inOrder(ctx,
		func(put func(line) bool) error {
			sc := bufio.NewScanner(e.stdin)
			sc.Buffer(make([]byte, 64*1024), int(maxOr(opts.MaxBytes))+1024)
			n := 0
			for sc.Scan() {
				n++
				if len(sc.Bytes()) > 0 && !put(line{n, slices.Clone(sc.Bytes())}) {
					return nil
				}
			}
			if err := sc.Err(); err != nil {
				return fmt.Errorf("reading stdin: %w", err)
			}
			return nil
		},
		func(ctx context.Context, l line) []byte { return analyzeLine(ctx, l.n, l.raw, opts) },
		func(out []byte) error {
			w.Write(out)
			return w.WriteByte('\n')
		})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

func analyzeLine(ctx context.Context, line int, raw []byte, opts privtext.Options) []byte {
	var in jsonlIn
	out := jsonlOut{Line: line}
	if err := json.Unmarshal(raw, &in); err != nil {
		out.Error = fmt.Sprintf("line %d: %v", line, err)
		return mustJSON(out)
	}
	out.ID = in.ID
	if in.Text == nil {
		out.Error = fmt.Sprintf("line %d: no \"text\" field", line)
		return mustJSON(out)
	}
	opts.Format = "text"
	p, err := privtext.AnalyzeBytes(ctx, []byte(*in.Text), opts)
	if err != nil {
		out.Error = fmt.Sprintf("line %d: %v", line, err)
		return mustJSON(out)
	}
	out.Line = 0
	out.Categories = []string{}
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
	out.OPP115, out.APP350 = p.OPP115, p.APP350
	return mustJSON(out)
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		return []byte(fmt.Sprintf(`{"error":%q}`, err.Error()))
	}
	return b
}
