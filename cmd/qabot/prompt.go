package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/chzyer/readline"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
)

// promptMark is written before each question the prompt waits for.
const promptMark = "> "

// errInterrupted is returned by a promptInput when the user pressed
// Ctrl-C at the prompt.
var errInterrupted = errors.New("interrupted")

// promptInput is where the prompt reads questions from.
type promptInput interface {
	// readLine shows the prompt and returns the next line: io.EOF at the
	// end of input (Ctrl-D), errInterrupted on Ctrl-C, ctx's error when
	// ctx is done.
	readLine(ctx context.Context) (line, error)
	close()
}

// runPrompt asks question after question at a terminal over one loaded
// index. Answers go to stdout; the greeting, the prompt mark and hints go to
// stderr so that stdout holds only answers. It ends on end of input
// (Ctrl-D), "quit" or "exit" with status 0, and on Ctrl-C with 130.
//
// On a real terminal the line is edited with github.com/chzyer/readline:
// arrow keys, Ctrl-A/E, Ctrl-R to search the history, which is kept in
// the user's state folder across runs. Elsewhere (a test feeding stdin)
// lines are read as they come.
func runPrompt(ctx context.Context, s *askSession, st qa.Stats, e env) (int, error) {
	in := openPromptInput(e)
	defer in.close()
	say := func(format string, args ...any) {
		fmt.Fprintln(e.stderr, s.print.wrap(fmt.Sprintf(format, args...), ""))
	}
	say("qabot: %s loaded. Ask a question, for example: %s", plural(st.Documents, "document"), bot.DefaultExample)
	say("Type quit or press Ctrl-D to leave.")
	for {
		l, err := in.readLine(ctx)
		switch {
		case errors.Is(err, io.EOF):
			fmt.Fprintln(e.stderr)
			return exitOK, nil
		case errors.Is(err, errInterrupted), ctx.Err() != nil:
			fmt.Fprintln(e.stderr)
			return exitInterrupted, nil
		case err != nil:
			return inputError("ask", ctx, err)
		}
		if l.tooLong {
			say("That is far too long for a question. Please ask it in a sentence or two.")
			continue
		}
		q := bot.CleanQuestion(string(l.text))
		switch strings.ToLower(strings.Trim(q, " .!")) {
		case "quit", "exit":
			return exitOK, nil
		case "":
			say("Type a question and press Enter, for example: %s (or quit to leave)", bot.DefaultExample)
			continue
		}
		r := s.ask(ctx, q)
		if ctx.Err() != nil {
			fmt.Fprintln(e.stderr)
			return exitInterrupted, nil
		}
		if err = s.write(e.stdout, q, r); err == nil && !s.asJSON {
			_, err = fmt.Fprintln(e.stdout)
		}
		if err != nil {
			return outputError("ask", err)
		}
	}
}

// openPromptInput returns the line editor on a real terminal and a plain
// line reader otherwise. A line editor that cannot start (no terminal after
// all) falls back to the plain reader.
func openPromptInput(e env) promptInput {
	if e.tty {
		history, err := historyFile(e.getenv)
		if err != nil {
			fmt.Fprintf(e.stderr, "qabot ask: no history this time: %v\n", err)
		}
		if in, err := newLineEditor(e, history); err == nil {
			return in
		}
	}
	return &plainInput{feed: feedLines(e.stdin, maxLineBytes), stderr: e.stderr}
}

// historyFile returns the prompt's history file, $XDG_STATE_HOME/qabot/history
// or else ~/.local/state/qabot/history, creating its folder (private to the
// user). It returns "" with an error when there is no such folder to use.
func historyFile(getenv func(string) string) (string, error) {
	dir := getenv("XDG_STATE_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home := getenv("HOME")
		if home == "" {
			return "", errors.New("neither XDG_STATE_HOME nor HOME is set")
		}
		dir = filepath.Join(home, ".local", "state")
	}
	dir = filepath.Join(dir, "qabot")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	return filepath.Join(dir, "history"), nil
}

// lineEditor reads lines with readline.
type lineEditor struct {
	rl *readline.Instance
}

// historyLimit is the number of questions the history file keeps.
const historyLimit = 1000

func newLineEditor(e env, history string) (*lineEditor, error) {
	rl, err := readline.NewEx(&readline.Config{
		Prompt:            promptMark,
		HistoryFile:       history,
		HistoryLimit:      historyLimit,
		HistorySearchFold: true,
		InterruptPrompt:   "^C",
		Stdin:             io.NopCloser(e.stdin),
		Stdout:            e.stderr,
		Stderr:            e.stderr,
	})
	if err != nil {
		return nil, err
	}
	return &lineEditor{rl: rl}, nil
}

func (le *lineEditor) readLine(ctx context.Context) (line, error) {
	type result struct {
		s   string
		err error
	}
	done := make(chan result, 1)
	go func() {
		s, err := le.rl.Readline()
		done <- result{s, err}
	}()
	select {
	case r := <-done:
		switch {
		case errors.Is(r.err, readline.ErrInterrupt):
			return line{}, errInterrupted
		case r.err != nil:
			return line{}, r.err
		}
		return line{text: []byte(r.s), tooLong: len(r.s) > maxLineBytes}, nil
	case <-ctx.Done():
		le.rl.Close()
		return line{}, ctx.Err()
	}
}

func (le *lineEditor) close() { le.rl.Close() }

// plainInput reads lines as they come, writing the prompt mark before
// each.
type plainInput struct {
	feed   *lineFeed
	stderr io.Writer
}

func (p *plainInput) readLine(ctx context.Context) (line, error) {
	fmt.Fprint(p.stderr, promptMark)
	return p.feed.next(ctx, nil)
}

func (p *plainInput) close() { p.feed.stop() }

// plural writes n and noun, adding an s unless n is 1: "5 documents".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
