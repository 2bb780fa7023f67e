// Package rulefile parses the line-oriented files that hold privtext's
// vocabularies and patterns. One format serves every vocabulary:
//
//	# A comment runs from '#' at the start of a line (after blanks).
//	label: term | term | term
//	label: term | term {key=value, key=value}
//	    | more terms for the label above
//
// An entry is a label, a colon, and terms separated by '|'. Attributes in
// braces at the end of the entry are key=value pairs separated by commas;
// values may not contain ',' or '}'. A line that starts with blanks and then
// '|' continues the previous entry. Labels are case-sensitive identifiers
// (letters, digits, '.', '_', '-', '/'); terms are free text and are trimmed.
// A label may appear on several entries; the caller decides whether that
// merges or is an error.
//
// Errors carry the file name and line, and all of a file's errors are
// reported together, in the manner of go/scanner.ErrorList.
package rulefile

import (
	"fmt"
	"sort"
	"strings"
)

// Entry is one label with its terms and attributes.
type Entry struct {
	Label string
	Terms []string
	Attrs map[string]string
	File  string
	Line  int
}

// Attr returns the attribute value for key, or "".
func (e *Entry) Attr(key string) string { return e.Attrs[key] }

// Error is a problem at a position in a rule file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line == 0 { // about the whole file
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// ErrorList is a list of errors, sorted by position.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Unwrap returns every error, so that callers can print them all
// (errors.As to interface{ Unwrap() []error }).
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// Err returns nil for an empty list, the list otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Line < l[j].Line
	})
	return l
}

// Parse reads a rule file. name is used in error positions.
func Parse(name string, data []byte) ([]Entry, error) {
	var (
		entries []Entry
		errs    ErrorList
	)
	for i, line := range strings.Split(string(data), "\n") {
		lineNo := i + 1
		line = strings.TrimRight(line, "\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if strings.HasPrefix(trimmed, "|") && line != trimmed {
			if len(entries) == 0 {
				errs = append(errs, &Error{name, lineNo, "continuation line before any entry"})
				continue
			}
			last := &entries[len(entries)-1]
			terms, attrs, err := parseTerms(trimmed[1:])
			if err != "" {
				errs = append(errs, &Error{name, lineNo, err})
				continue
			}
			last.Terms = append(last.Terms, terms...)
			for k, v := range attrs {
				if last.Attrs == nil {
					last.Attrs = map[string]string{}
				}
				last.Attrs[k] = v
			}
			continue
		}
		colon := strings.IndexByte(trimmed, ':')
		if colon <= 0 {
			errs = append(errs, &Error{name, lineNo, fmt.Sprintf("want \"label: term | term\", got %q", clip(trimmed))})
			continue
		}
		label := strings.TrimSpace(trimmed[:colon])
		if !validLabel(label) {
			errs = append(errs, &Error{name, lineNo, fmt.Sprintf("bad label %q", clip(label))})
			continue
		}
		terms, attrs, err := parseTerms(trimmed[colon+1:])
		if err != "" {
			errs = append(errs, &Error{name, lineNo, err})
			continue
		}
		entries = append(entries, Entry{Label: label, Terms: terms, Attrs: attrs, File: name, Line: lineNo})
	}
	return entries, errs.Err()
}

func parseTerms(s string) ([]string, map[string]string, string) {
	var attrs map[string]string
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "}") {
		open := strings.LastIndexByte(s, '{')
		if open < 0 {
			return nil, nil, "unbalanced '}'"
		}
		attrs = map[string]string{}
		for _, kv := range strings.Split(s[open+1:len(s)-1], ",") {
			kv = strings.TrimSpace(kv)
			if kv == "" {
				continue
			}
			k, v, ok := strings.Cut(kv, "=")
			k = strings.TrimSpace(k)
			if !ok || k == "" {
				return nil, nil, fmt.Sprintf("attribute %q is not key=value", clip(kv))
			}
			attrs[k] = strings.TrimSpace(v)
		}
		s = strings.TrimSpace(s[:open])
	}
	var terms []string
	if s == "" {
		return nil, attrs, ""
	}
	for _, t := range strings.Split(s, "|") {
		t = strings.TrimSpace(t)
		if t == "" {
			return nil, nil, "empty term"
		}
		terms = append(terms, t)
	}
	return terms, attrs, ""
}

func validLabel(s string) bool {
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		case r == '.' || r == '_' || r == '-' || r == '/':
		default:
			return false
		}
	}
	return s != ""
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}
