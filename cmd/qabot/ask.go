package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
)

const askAbout = `Answers a question from the documents with the short answer, the verbatim
sentence that says it and its source. Exits 0 when answered, 1 when the
documents do not answer (or, in batch mode, when a line failed), 2 on a usage
or set-up error.

With no question: on a terminal, opens a prompt to ask again and again
(quit, exit or Ctrl-D to leave); otherwise answers each non-empty line of
standard input. --jsonl is the batch interface: one {"id","question"} JSON
object a line in, one answer object a line out, in the same order.`

const askExamples = `  qabot ask "when is the TikTok deadline?"
  qabot ask --json who led the Chinese delegation
  qabot ask --corpus ./docs --jsonl < questions.jsonl > predictions.jsonl
  qabot ask                      (a prompt)`

// askExample is the question offered when the user gave none that works.
const askExample = `qabot ask "` + bot.DefaultExample + `"`

// askOptions are the flags of `qabot ask`.
type askOptions struct {
	dir    string
	asJSON bool
	jsonl  bool
}

func newAskCommand(e env, code *int) *cobra.Command {
	var o askOptions
	c := &cobra.Command{
		Use:     "ask [flags] [question]",
		Short:   "answer a question (no question on a terminal: a prompt)",
		Long:    askAbout,
		Example: askExamples,
		Args:    cobra.ArbitraryArgs,
	}
	c.RunE = exits(code, func(ctx context.Context, pos []string) (int, error) { return runAsk(ctx, o, pos, e) })
	f := c.Flags()
	f.StringVar(&o.dir, "corpus", "", "answer from the .txt, .md and .html files below `DIR` instead of the embedded corpus")
	f.BoolVar(&o.asJSON, "json", false, "print each answer as one JSON object")
	f.BoolVar(&o.jsonl, "jsonl", false, `batch mode: read {"id","question"} JSON lines on stdin, write one JSON answer line each`)
	return c
}

// runAsk is `qabot ask`: one question from the command line, a prompt, the
// lines of standard input, or the --jsonl batch interface.
func runAsk(ctx context.Context, o askOptions, pos []string, e env) (int, error) {
	if o.jsonl && o.asJSON {
		return exitUsage, usagef("ask", "--json and --jsonl do not mix: use --jsonl for a batch on stdin, --json for one question")
	}
	if o.jsonl && len(pos) > 0 {
		return exitUsage, usagef("ask", "--jsonl reads questions from stdin: drop the question %q or drop --jsonl", strings.Join(pos, " "))
	}
	question := strings.Join(pos, " ")
	if len(pos) > 0 {
		switch err := checkQuestion(&question); {
		case errors.Is(err, errEmptyQuestion):
			return exitUsage, usagef("ask", "%v: run `%s`", err, askExample)
		case err != nil:
			return exitUsage, usagef("ask", "%v", err)
		}
	}

	ix, err := loadIndex("ask", o.dir, e)
	if err != nil {
		return exitUsage, err
	}
	switch {
	case o.jsonl:
		return runBatch(ctx, ix, e)
	case len(pos) > 0:
		return askOnce(ctx, newCLIHandler(ix, e), question, o.asJSON, e)
	case e.isTerminal:
		return runPrompt(ctx, newCLIHandler(ix, e), ix.Stats(), o.asJSON, e)
	default:
		return askLines(ctx, newCLIHandler(ix, e), o.asJSON, e)
	}
}

// loadIndex builds the index of the corpus folder dir, or of the embedded
// corpus when dir is "", reporting skipped files on stderr.
func loadIndex(cmd, dir string, e env) (*qa.Index, error) {
	ix, skipped, err := buildIndex(dir)
	for _, s := range skipped {
		fmt.Fprintf(e.stderr, "qabot %s: skipped %s: %v\n", cmd, filepath.Join(dir, filepath.FromSlash(s.Path)), s.Err)
	}
	if err != nil {
		return nil, usagef(cmd, "%v: give --corpus a folder of .txt, .md or .html files, or leave it out for the embedded corpus", err)
	}
	return ix, nil
}

// newCLIHandler returns the platform-neutral handler for the terminal: no
// rate limit, engine errors logged to stderr.
func newCLIHandler(ix *qa.Index, e env) *bot.Handler {
	logger := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	return bot.NewHandler(ix, bot.Config{Front: "cli", RateLimit: -1, Logger: logger})
}

// askOnce answers the question from the command line.
func askOnce(ctx context.Context, h *bot.Handler, question string, asJSON bool, e env) (int, error) {
	r := h.Handle(ctx, bot.Request{User: "cli", Text: question})
	if ctx.Err() != nil {
		return inputError("ask", ctx, ctx.Err())
	}
	var err error
	switch {
	case asJSON:
		err = writeJSON(e.stdout, replyJSON(question, r))
	case r.Outcome == bot.OutcomeRefused || r.Outcome == bot.OutcomeError:
		_, err = fmt.Fprintf(e.stderr, "qabot ask: %s\n", r.Text)
	default:
		err = printReply(e.stdout, r)
	}
	if err != nil {
		return outputError("ask", err)
	}
	return outcomeCode(r.Outcome), nil
}

// outcomeCode is the exit status for one reply.
func outcomeCode(o bot.Outcome) int {
	switch o {
	case bot.OutcomeAnswered, bot.OutcomeHelp:
		return exitOK
	case bot.OutcomeNotFound:
		return exitNotFound
	}
	return exitUsage
}

// askLines answers each non-empty line of standard input (stdin not a
// terminal, no question, no --jsonl). It exits 0 when every line was
// answered and 1 otherwise.
func askLines(ctx context.Context, h *bot.Handler, asJSON bool, e env) (int, error) {
	feed := feedLines(e.stdin, maxLineBytes)
	defer feed.stop()
	asked, missed := 0, 0
	for {
		l, err := feed.next(ctx, nil)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return inputError("ask", ctx, err)
		}
		if l.tooLong {
			fmt.Fprintf(e.stderr, "qabot ask: line %d: %v\n", l.n, errLineTooLong)
			asked++
			missed++
			continue
		}
		q := string(l.text)
		if strings.TrimSpace(q) == "" {
			continue
		}
		q = bot.CleanQuestion(q)
		r := h.Handle(ctx, bot.Request{User: "cli", Text: q})
		if ctx.Err() != nil {
			return inputError("ask", ctx, ctx.Err())
		}
		if asJSON {
			err = writeJSON(e.stdout, replyJSON(q, r))
		} else {
			sep := "\n"
			if asked == 0 {
				sep = ""
			}
			if _, err = fmt.Fprintf(e.stdout, "%s? %s\n", sep, q); err == nil {
				err = printReply(e.stdout, r)
			}
		}
		if err != nil {
			return outputError("ask", err)
		}
		asked++
		if r.Outcome != bot.OutcomeAnswered {
			missed++
		}
	}
	if asked == 0 {
		return exitUsage, usagef("ask", "no question on the command line or standard input: run `%s`", askExample)
	}
	if missed > 0 {
		return exitNotFound, nil
	}
	return exitOK, nil
}
