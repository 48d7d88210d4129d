package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// command describes one subcommand's command line: its name, synopsis and
// flags. Its flags may come before, between or after the positional
// arguments, as in `qabot eval FILE.jsonl --show-misses`.
type command struct {
	name     string
	synopsis string // one line: "qabot eval [flags] FILE.jsonl"
	about    string // a paragraph under the synopsis
	examples string // lines of examples, already indented
	fs       *flag.FlagSet
}

// newCommand returns a command with an empty flag set that reports errors
// to the caller instead of printing them.
func newCommand(name, synopsis, about, examples string) *command {
	fs := flag.NewFlagSet("qabot "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return &command{name: name, synopsis: synopsis, about: about, examples: examples, fs: fs}
}

// errHelpShown is returned by parse when --help was asked for and the
// usage has been printed; the command then exits 0.
var errHelpShown = errors.New("help shown")

// parse parses args, printing the usage to stdout on --help. It returns
// the positional arguments in order. Flags may be interspersed with
// positional arguments; "--" ends the flags, and everything after it is
// positional.
func (c *command) parse(args []string, stdout io.Writer) ([]string, error) {
	pos, err := parseInterspersed(c.fs, args)
	if errors.Is(err, flag.ErrHelp) {
		c.printUsage(stdout)
		return nil, errHelpShown
	}
	if err != nil {
		return nil, usagef(c.name, "%v: run `qabot %s --help` for the flags", err, c.name)
	}
	return pos, nil
}

// parseInterspersed parses flags anywhere in args with fs and returns the
// positional arguments. Go's flag package stops at the first non-flag, so
// it parses again after each positional argument.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" && endedFlags(fs, args[:consumed]) {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// endedFlags reports whether the last element of parsed, "--", ended the
// flags rather than being the value of a flag such as `--corpus --`.
func endedFlags(fs *flag.FlagSet, parsed []string) bool {
	if len(parsed) < 2 {
		return true
	}
	prev := strings.TrimLeft(parsed[len(parsed)-2], "-")
	if prev == "" || strings.Contains(prev, "=") || !strings.HasPrefix(parsed[len(parsed)-2], "-") {
		return true
	}
	f := fs.Lookup(prev)
	if f == nil {
		return true
	}
	bf, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && bf.IsBoolFlag()
}

// printUsage writes the command's help: synopsis, description, flags and
// examples.
func (c *command) printUsage(w io.Writer) {
	fmt.Fprintf(w, "Usage: %s\n\n%s\n\nFlags:\n", c.synopsis, c.about)
	c.fs.SetOutput(w)
	c.fs.PrintDefaults()
	c.fs.SetOutput(io.Discard)
	if c.examples != "" {
		fmt.Fprintf(w, "\nExamples:\n%s", c.examples)
	}
}
