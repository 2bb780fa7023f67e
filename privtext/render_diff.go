package privtext

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteText writes the diff for people: a summary line, the sections added
// or removed, the clause changes
// with git-style word diffs ("[-will not-]{+may+}"), then the fact changes
// with their evidence on both sides.
func (d *PolicyDiff) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "--- %s\n+++ %s\n", d.Old, d.New)
	counts := map[string]int{}
	for _, c := range d.Clauses {
		counts[c.Kind]++
	}
	fmt.Fprintf(&b, "clauses: %d edited, %d added, %d removed; %d unchanged (%d moved)\n",
		counts[Edited], counts[Added], counts[Removed], d.Unchanged, d.Moved)
	for _, sc := range d.Sections {
		fmt.Fprintf(&b, "%s section %s\n", sc.Kind, sc.Path)
	}
	for _, c := range d.Clauses {
		b.WriteByte('\n')
		switch c.Kind {
		case Edited:
			fmt.Fprintf(&b, "edited %s → %s (similarity %.2f)%s\n  ", c.Old.ID, c.New.ID, c.Similarity, inSection(c.New))
			for _, wc := range c.Words {
				switch wc.Op {
				case "-":
					fmt.Fprintf(&b, "[-%s-]", strings.TrimRight(wc.Text, " \t\r\n"))
					b.WriteString(trailingSpace(wc.Text))
				case "+":
					fmt.Fprintf(&b, "{+%s+}", strings.TrimRight(wc.Text, " \t\r\n"))
					b.WriteString(trailingSpace(wc.Text))
				default:
					b.WriteString(wc.Text)
				}
			}
			b.WriteByte('\n')
		case Added:
			fmt.Fprintf(&b, "added %s%s\n  + %s\n", c.New.ID, inSection(c.New), oneLine(c.New.Text))
		case Removed:
			fmt.Fprintf(&b, "removed %s%s\n  - %s\n", c.Old.ID, inSection(c.Old), oneLine(c.Old.Text))
		}
	}
	if len(d.Facts) > 0 {
		b.WriteString("\nfacts:\n")
		for _, f := range d.Facts {
			fmt.Fprintf(&b, "  %-8s %-8s %-32s %s → %s\n", f.Kind, f.Dimension, f.Label,
				stateWithEvidence(f.Old, f.OldClauses), stateWithEvidence(f.New, f.NewClauses))
		}
	} else {
		b.WriteString("\nfacts: no change\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the diff as indented JSON.
func (d *PolicyDiff) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(d)
}

func inSection(c *ClauseRef) string {
	if c.Section == "" {
		return ""
	}
	return " in " + c.Section
}

func stateWithEvidence(s State, ids []string) string {
	if len(ids) == 0 {
		return s.String()
	}
	return fmt.Sprintf("%s (%s)", s, strings.Join(ids, " "))
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func trailingSpace(s string) string { return s[len(strings.TrimRight(s, " \t\r\n")):] }
