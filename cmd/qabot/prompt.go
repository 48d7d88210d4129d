package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
)

// promptMark is written before each question the prompt waits for.
const promptMark = "> "

// runPrompt asks question after question at a terminal over one loaded
// index. Answers go to stdout; the greeting, the prompt mark and hints go to
// stderr so that stdout holds only answers. It ends on end of input
// (Ctrl-D), "quit" or "exit" with status 0, and on Ctrl-C with 130.
func runPrompt(ctx context.Context, s *askSession, st qa.Stats, e env) (int, error) {
	feed := feedLines(e.stdin, maxLineBytes)
	defer feed.stop()
	fmt.Fprintf(e.stderr, "qabot: %s loaded. Ask a question, for example: %s\nType quit or press Ctrl-D to leave.\n",
		plural(st.Documents, "document"), bot.DefaultExample)
	for {
		fmt.Fprint(e.stderr, promptMark)
		l, err := feed.next(ctx, nil)
		switch {
		case errors.Is(err, io.EOF):
			fmt.Fprintln(e.stderr)
			return exitOK, nil
		case ctx.Err() != nil:
			fmt.Fprintln(e.stderr)
			return exitInterrupted, nil
		case err != nil:
			return inputError("ask", ctx, err)
		}
		if l.tooLong {
			fmt.Fprintln(e.stderr, "That is far too long for a question. Please ask it in a sentence or two.")
			continue
		}
		q := bot.CleanQuestion(string(l.text))
		switch strings.ToLower(strings.Trim(q, " .!")) {
		case "quit", "exit":
			return exitOK, nil
		case "":
			fmt.Fprintf(e.stderr, "Type a question and press Enter, for example: %s (or quit to leave)\n", bot.DefaultExample)
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

// plural writes n and noun, adding an s unless n is 1: "5 documents".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
