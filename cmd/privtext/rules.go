package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/privtext/go-privtext/extract"
	"github.com/privtext/go-privtext/privtext"
)

// ruleFiles is the repeatable --rules flag: rule files that extend the
// embedded ones. "FILE" extends the embedded file of the same base name
// (my/parties.txt extends parties.txt); "NAME=FILE" names it explicitly
// (parties.txt=extra-sdks.txt).
type ruleFiles []extract.RuleFile

func addRulesFlag(fs *flag.FlagSet) *ruleFiles {
	r := new(ruleFiles)
	fs.Var(r, "rules", "extend the embedded rules with `FILE` (repeatable): a file named like an\n"+
		"embedded one (datatypes.txt, parties.txt, ...) or NAME=FILE; see extract/rules/README.md")
	return r
}

func (r *ruleFiles) String() string {
	var names []string
	for _, f := range *r {
		names = append(names, f.Name)
	}
	return strings.Join(names, ",")
}

func (r *ruleFiles) Set(v string) error {
	name, path, ok := strings.Cut(v, "=")
	if !ok {
		name, path = filepath.Base(v), v
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	*r = append(*r, extract.RuleFile{Name: name, Data: data, Source: path})
	return nil
}

// apply compiles the rules into opts.Extractor; without --rules, opts is
// unchanged and the embedded rules are used.
func (r *ruleFiles) apply(opts privtext.Options) (privtext.Options, error) {
	if len(*r) == 0 {
		return opts, nil
	}
	ex, err := extract.New(extract.Options{Rules: *r})
	if err != nil {
		return opts, fmt.Errorf("--rules: %w", allErrors{err})
	}
	opts.Extractor = ex
	return opts, nil
}

// allErrors prints every error of a list (the rule compiler collects them,
// like go/scanner), one per line, where the list itself prints the first.
type allErrors struct{ err error }

func (a allErrors) Error() string {
	list, ok := a.err.(interface{ Unwrap() []error })
	if !ok {
		return a.err.Error()
	}
	var b strings.Builder
	for i, e := range list.Unwrap() {
		if i > 0 {
			b.WriteString("\n\t")
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

func (a allErrors) Unwrap() error { return a.err }
