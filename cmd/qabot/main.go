// Command qabot answers questions from a corpus of documents with one
// verbatim sentence and the document it came from.
//
// Usage:
//
//	qabot ask [flags] [question]     answer from the terminal (or --jsonl batch)
//	qabot eval [flags] FILE.jsonl    score an evaluation file
//	qabot docs [flags]               list what was loaded from the corpus
//	qabot serve [flags]              run the Slack, Discord and HTTP fronts
//	qabot config check [flags]       validate a configuration
//	qabot feedback [--since 7d]      list the answers people marked wrong
//	qabot version                    the version, commit and Go version
//	qabot completion SHELL           a completion script for bash, zsh, fish
//
// The command line is github.com/spf13/cobra's (root.go); main only wires
// the outside world (env) and signals.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/chzyer/readline"
)

// Exit statuses, as grep has them: 0 answered, 1 not found (or a batch line
// failed), 2 usage or set-up error.
const (
	exitOK       = 0
	exitNotFound = 1
	exitUsage    = 2
	// exitInterrupted is the shell's status for a command stopped by Ctrl-C.
	exitInterrupted = 130
)

// env is what a subcommand may touch of the outside world, so tests can run
// subcommands in process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// isTerminal reports whether stdin is an interactive terminal.
	isTerminal bool
	// stdoutTerminal reports whether stdout is a terminal;
	// stderrTerminal whether stderr is (progress lines go there).
	stdoutTerminal bool
	stderrTerminal bool
	// tty reports whether stdin and stderr are the process's own terminal,
	// where the prompt can edit lines (readline puts it in raw mode).
	tty bool
	// columns returns the terminal's width, or 0 when unknown; nil is 0.
	columns func() int
	getenv  func(string) string
}

// colour reports whether replies may be coloured: stdout is a terminal,
// NO_COLOR (no-color.org) is unset or empty, and TERM is not "dumb".
func (e env) colour() bool {
	return e.stdoutTerminal && e.getenv != nil && e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb"
}

// width is the width to wrap replies to: the terminal's, or 0 (no
// wrapping) when stdout is not a terminal.
func (e env) width() int {
	if !e.stdoutTerminal || e.columns == nil {
		return 0
	}
	return e.columns()
}

// cmdError is a subcommand's failure as the user sees it: run prints
// "qabot CMD: ERR" on stderr and exits with code.
type cmdError struct {
	cmd  string
	code int
	err  error
}

func (e *cmdError) Error() string { return e.cmd + ": " + e.err.Error() }
func (e *cmdError) Unwrap() error { return e.err }

// usagef returns a usage error (exit 2) of subcommand cmd. The message
// should name the fix.
func usagef(cmd, format string, args ...any) error {
	return &cmdError{cmd: cmd, code: exitUsage, err: fmt.Errorf(format, args...)}
}

// inputError turns a failure to read input, or a stop by Ctrl-C, into the
// command's exit: 130 when ctx is done, 2 otherwise.
func inputError(cmd string, ctx context.Context, err error) (int, error) {
	if ctx.Err() != nil {
		return exitInterrupted, &cmdError{cmd: cmd, code: exitInterrupted, err: errors.New("interrupted")}
	}
	return exitUsage, &cmdError{cmd: cmd, code: exitUsage, err: fmt.Errorf("read input: %w", err)}
}

// outputError is a subcommand's failure to write its output; it exits 2.
func outputError(cmd string, err error) (int, error) {
	return exitUsage, &cmdError{cmd: cmd, code: exitUsage, err: fmt.Errorf("write output: %w", err)}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	e := env{
		stdin:          os.Stdin,
		stdout:         os.Stdout,
		stderr:         os.Stderr,
		isTerminal:     stdinIsTerminal(),
		stdoutTerminal: readline.IsTerminal(int(os.Stdout.Fd())),
		stderrTerminal: readline.IsTerminal(int(os.Stderr.Fd())),
		tty:            stdinIsTerminal() && readline.IsTerminal(int(os.Stderr.Fd())),
		columns:        readline.GetScreenWidth,
		getenv:         os.Getenv,
	}
	tuneGC(os.Getenv)
	code := run(ctx, os.Args[1:], e)
	stop()
	os.Exit(code)
}

// run runs the command line args and returns the exit status. Errors are
// printed here, on stderr, as "qabot CMD: ERR".
func run(ctx context.Context, args []string, e env) int {
	code := exitOK
	root := newRootCommand(e, &code)
	root.SetArgs(longFlags(root, args))
	err := root.ExecuteContext(ctx)
	if err == nil {
		return code
	}
	var ce *cmdError
	if errors.As(err, &ce) {
		fmt.Fprintf(e.stderr, "qabot %s: %v\n", ce.cmd, ce.err)
		return ce.code
	}
	fmt.Fprintf(e.stderr, "qabot: %v\n", err)
	if code == exitOK {
		code = exitUsage
	}
	return code
}

// stdinIsTerminal reports whether standard input is a character device
// other than the null device (as in `qabot ask < /dev/null` from cron).
func stdinIsTerminal() bool {
	fi, err := os.Stdin.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}
