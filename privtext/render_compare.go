package privtext

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strings"
)

// Renderers of a comparison Matrix. Markdown and HTML are for people, CSV
// for spreadsheets, JSON for programs (it alone keeps every evidence id).

// maxMarkdownIDs bounds the evidence ids listed in a Markdown cell; the
// rest are counted ("+4").
const maxMarkdownIDs = 3

// WriteMarkdown writes the matrix as a GitHub-flavoured Markdown table:
// "✓ c3 c9" when the policy states the label (with evidence clause ids),
// "✗ c4" when it explicitly denies it, blank when it does not mention it.
func (m *Matrix) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "| %s |", mdEscape(m.heading()))
	for _, v := range m.Vendors {
		fmt.Fprintf(&b, " %s |", mdEscape(v))
	}
	b.WriteString("\n|---|")
	for range m.Vendors {
		b.WriteString("---|")
	}
	b.WriteByte('\n')
	for _, r := range m.Rows {
		fmt.Fprintf(&b, "| %s |", mdEscape(r.Label))
		for _, c := range r.Cells {
			fmt.Fprintf(&b, " %s |", mdCell(c))
		}
		b.WriteByte('\n')
	}
	b.WriteString("\n✓ stated (evidence clause ids) · ✗ explicitly denied · blank: not mentioned\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func (m *Matrix) heading() string {
	if m.Level == 0 || m.By == BySDK {
		return string(m.By)
	}
	return fmt.Sprintf("%s (level %d)", m.By, m.Level)
}

func mdCell(c Cell) string {
	var mark string
	switch c.State {
	case Yes:
		// Denials next to a Yes (Cell.Negations) are left to the JSON
		// and HTML renderers: at coarse levels nearly every row has some,
		// and a mark on each would drown the table.
		mark = "✓"
	case ExplicitNo:
		mark = "✗"
	default:
		return ""
	}
	ids := c.Clauses
	more := 0
	if len(ids) > maxMarkdownIDs {
		ids, more = ids[:maxMarkdownIDs], len(ids)-maxMarkdownIDs
	}
	s := mark
	if len(ids) > 0 {
		s += " " + strings.Join(ids, " ")
	}
	if more > 0 {
		s += fmt.Sprintf(" +%d", more)
	}
	return s
}

// mdEscape keeps a value inside its table cell.
func mdEscape(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.Join(strings.Fields(s), " ")
}

// WriteCSV writes one row per label and one column per vendor, cells
// "yes", "no" (explicitly denied) or "" (not mentioned). The first header
// cell names the dimension.
func (m *Matrix) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(append([]string{string(m.By)}, m.Vendors...)); err != nil {
		return err
	}
	for _, r := range m.Rows {
		rec := make([]string, 0, len(r.Cells)+1)
		rec = append(rec, r.Label)
		for _, c := range r.Cells {
			switch c.State {
			case Yes:
				rec = append(rec, "yes")
			case ExplicitNo:
				rec = append(rec, "no")
			default:
				rec = append(rec, "")
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteJSON writes the matrix as indented JSON: by, level, vendors and
// rows of cells {state, clauses, negations}.
func (m *Matrix) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(m)
}

// WriteHTML writes a self-contained HTML page (no scripts, no external
// assets): a heat-map grid with a legend, each cell's evidence clause
// shown on hover and every evidence clause listed when the cell is opened.
func (m *Matrix) WriteHTML(w io.Writer) error {
	type evidence struct{ ID, Text string }
	type cell struct {
		Class, Mark, Title string
		Evidence           []evidence
		Negations          []evidence
	}
	type row struct {
		Parent, Leaf string // "identifier.device." and "imei": the parent is shown dimmed
		Cells        []cell
		Yes          int
	}
	page := struct {
		Title   string
		Vendors []string
		Rows    []row
		Totals  []int
	}{Title: "Privacy policy comparison by " + m.heading(), Vendors: m.Vendors, Totals: make([]int, len(m.Vendors))}
	evidenceOf := func(v int, ids []string) []evidence {
		out := make([]evidence, 0, len(ids))
		for _, id := range ids {
			out = append(out, evidence{ID: id, Text: m.ClauseText(v, id)})
		}
		return out
	}
	for _, r := range m.Rows {
		hr := row{Leaf: r.Label}
		if i := strings.LastIndexAny(r.Label, ".:"); i >= 0 && m.By != BySDK {
			hr.Parent, hr.Leaf = r.Label[:i+1], r.Label[i+1:]
		}
		for v, c := range r.Cells {
			hc := cell{Class: "none", Title: m.Vendors[v] + " does not mention " + r.Label}
			switch c.State {
			case Yes:
				hc.Class, hc.Mark = "yes", "✓"
				if len(c.Clauses) > 1 {
					hc.Class = "yes many"
				}
				if len(c.Negations) > 0 {
					hc.Class += " mixed"
					hc.Mark = "✓⚠"
				}
				hr.Yes++
				page.Totals[v]++
			case ExplicitNo:
				hc.Class, hc.Mark = "no", "✗"
			}
			if c.State != NotMentioned {
				hc.Evidence = evidenceOf(v, c.Clauses)
				hc.Negations = evidenceOf(v, c.Negations)
				verb := "states"
				if c.State == ExplicitNo {
					verb = "explicitly denies"
				}
				hc.Title = fmt.Sprintf("%s %s %s — %d clause(s)", m.Vendors[v], verb, r.Label, len(c.Clauses))
				if len(hc.Evidence) > 0 && hc.Evidence[0].Text != "" {
					hc.Title += "\n" + hc.Evidence[0].ID + ": " + hc.Evidence[0].Text
				}
			}
			hr.Cells = append(hr.Cells, hc)
		}
		page.Rows = append(page.Rows, hr)
	}
	return compareHTML.Execute(w, page)
}

var compareHTML = template.Must(template.New("compare").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{.Title}}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ddd; padding: 4px 8px; vertical-align: top; }
thead th { position: sticky; top: 0; background: #f7f7f7; }
th.label { text-align: left; font-weight: normal; font-family: ui-monospace, monospace; white-space: nowrap; }
td { min-width: 7em; text-align: center; }
td.yes { background: #f6c28b; }
td.yes.many { background: #e8894a; }
td.no { background: #a8d5a2; }
td.none { background: #f3f3f3; color: #aaa; }
td.mixed { outline: 2px dashed #b00; outline-offset: -3px; }
details summary { cursor: pointer; list-style: none; }
details[open] { text-align: left; max-width: 28em; }
details ol { margin: .3em 0; padding-left: 1.6em; font-size: 12px; }
.legend span { display: inline-block; padding: 2px 8px; margin-right: .5em; border: 1px solid #ddd; }
.count { color: #666; font-size: 12px; }
.parent { color: #999; }
tbody tr:hover th, tbody tr:hover td { border-color: #888; }
th.label { position: sticky; left: 0; background: #fff; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p class="legend">
<span style="background:#e8894a">✓ stated, several clauses</span>
<span style="background:#f6c28b">✓ stated</span>
<span style="background:#a8d5a2">✗ explicitly denied</span>
<span style="background:#f3f3f3">not mentioned</span>
<span style="outline:2px dashed #b00">✓⚠ stated and denied</span>
Hover a cell for its first clause; click it for all evidence.
</p>
<table>
<thead><tr><th></th>{{range .Vendors}}<th>{{.}}</th>{{end}}<th class="count">vendors</th></tr></thead>
<tbody>
{{range .Rows}}<tr><th class="label"><span class="parent">{{.Parent}}</span>{{.Leaf}}</th>{{range .Cells}}<td class="{{.Class}}" title="{{.Title}}">{{if .Mark}}<details><summary>{{.Mark}} <span class="count">{{len .Evidence}}</span></summary><ol>{{range .Evidence}}<li><b>{{.ID}}</b> {{.Text}}</li>{{end}}</ol>{{if .Negations}}<p>denied in:</p><ol>{{range .Negations}}<li><b>{{.ID}}</b> {{.Text}}</li>{{end}}</ol>{{end}}</details>{{end}}</td>{{end}}<td class="count">{{.Yes}}</td></tr>
{{end}}</tbody>
<tfoot><tr><th class="label">labels stated</th>{{range .Totals}}<td class="count">{{.}}</td>{{end}}<td></td></tr></tfoot>
</table>
</body>
</html>
`))
