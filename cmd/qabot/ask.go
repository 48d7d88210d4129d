package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
)

// runAsk answers one question. TODO(cli): flags, prompt, --json, --jsonl.
func runAsk(ctx context.Context, args []string, e env) (int, error) {
	docs, err := corpus.Embedded()
	if err != nil {
		return exitUsage, err
	}
	ix := qa.Build(docs)
	a, err := ix.Ask(ctx, strings.Join(args, " "))
	if err != nil {
		return exitUsage, err
	}
	if !a.Found {
		fmt.Fprintln(e.stdout, "The documents do not answer that. Try rephrasing.")
		return exitNotFound, nil
	}
	fmt.Fprintf(e.stdout, "%s\n%s\n", a.Sentence, a.Source.Path)
	return exitOK, nil
}

// runEval scores an evaluation file. TODO(cli): everything.
func runEval(ctx context.Context, args []string, e env) (int, error) {
	return exitUsage, fmt.Errorf("eval not built yet")
}
