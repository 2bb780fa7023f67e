// Command privtext reads privacy policies: it segments them into sections
// and clauses, extracts what they say about data, and indexes, searches,
// compares and diffs them.
//
// Usage:
//
//	privtext <command> [flags] [args]
//
// Run "privtext help" for the list of commands. Embedded corpus policies are
// reachable as "corpus:NAME" wherever a file is expected.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"

	"github.com/privtext/go-privtext/privtext"
)

// command is one subcommand. Each lives in its own file and registers
// itself in init.
type command struct {
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

var commands = map[string]command{}

// env is the command's view of the outside world, swapped out by tests.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// isTerminal reports whether stderr is a terminal (progress display).
	isTerminal bool
}

// errUsage marks errors caused by the command line; main exits 2 for them.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		// The first Ctrl-C cancels ctx and the command stops cleanly; a
		// second one gets the default behaviour and kills the process.
		<-ctx.Done()
		stop()
	}()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, isTerminal: stderrIsTerminal()}
	os.Exit(run(ctx, e, os.Args[1:]))
}

// run executes a command line and returns the exit code.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return 2
	}
	// Help asked for goes to stdout, so that it can be paged or grepped.
	if args[0] == "help" && len(args) > 1 {
		args = []string{args[1], "-h"}
	} else if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(e.stdout)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "privtext: unknown command %q\n\n", args[0])
		usage(e.stderr)
		return 2
	}
	err := cmd.run(ctx, e, args[1:])
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if errors.Is(err, context.Canceled) && ctx.Err() != nil {
		// Interrupted: the command has stopped cleanly; say so, with the
		// shell's conventional status for SIGINT.
		fmt.Fprintf(e.stderr, "privtext %s: interrupted\n", args[0])
		return 130
	}
	fmt.Fprintf(e.stderr, "privtext %s: %v\n", args[0], cliError{err})
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: privtext <command> [flags] [args]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-10s %s\n", name, commands[name].summary)
	}
	fmt.Fprintln(w, "\nRun \"privtext <command> -h\" for a command's flags.")
	fmt.Fprintln(w, "Embedded policies are named corpus:NAME, e.g. corpus:baijinxiu.")
}

// parseFlags parses a command's flags. The flag package would print a bad
// flag's error and the usage itself, and run would print the error again,
// so its output is silenced while parsing: a bad flag becomes a usage error
// (exit 2), printed once by run after the command's usage. -h prints the
// usage to stdout (exit 0).
func parseFlags(e *env, fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.SetOutput(e.stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(e.stdout) // asked for: not an error
		fs.Usage()
		fs.SetOutput(e.stderr)
		return err
	case err != nil:
		fs.Usage()
		return usageErrorf("%v", err)
	}
	return nil
}

// cliError words an error, the library's in particular, for the command
// line; errors.Is and errors.As still reach the original. Analysis errors
// are wrapped where they are made (analyzeSource, analyzeLine), since they
// are printed with a file name or line number before them, and every error
// where run prints it.
type cliError struct{ err error }

func (e cliError) Error() string {
	// The library can only name Options.MaxBytes; here the knob is a flag.
	if se, ok := e.err.(*privtext.SizeError); ok {
		return fmt.Sprintf("input larger than the %d-byte limit (raise it with --max-bytes)", se.Limit)
	}
	// The command already names itself ("privtext analyze: FILE: ...").
	return strings.TrimPrefix(e.err.Error(), "privtext: ")
}

func (e cliError) Unwrap() error { return e.err }

// usageErrorf reports a bad command line.
func usageErrorf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}
