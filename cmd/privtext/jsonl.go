package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"sync"

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
	type job struct {
		line int
		raw  []byte
		out  chan []byte
	}
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job, workers*4)
	order := make(chan job, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- analyzeLine(ctx, j.line, j.raw, opts)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		sc := bufio.NewScanner(e.stdin)
		sc.Buffer(make([]byte, 64*1024), int(maxOr(opts.MaxBytes))+1024)
		line := 0
		for sc.Scan() {
			line++
			if len(sc.Bytes()) == 0 {
				continue
			}
			j := job{line: line, raw: slices.Clone(sc.Bytes()), out: make(chan []byte, 1)}
			select {
			case jobs <- j:
			case <-ctx.Done():
				readErr <- ctx.Err()
				return
			}
			order <- j
		}
		readErr <- sc.Err()
	}()
	w := bufio.NewWriter(e.stdout)
	for j := range order {
		out := <-j.out
		if ctx.Err() != nil {
			continue // drain; write no line after cancellation
		}
		w.Write(out)
		w.WriteByte('\n')
	}
	wg.Wait()
	if err := w.Flush(); err != nil {
		return err
	}
	if err := <-readErr; err != nil {
		return fmt.Errorf("reading stdin: %w", err)
	}
	return ctx.Err()
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
