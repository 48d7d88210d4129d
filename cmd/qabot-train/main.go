// Command qabot-train trains qabot's answer model and measures it.
//
// Usage:
//
//	qabot-train model [flags]                                  train qa/model.json
//	qabot-train measure [--corpus DIR] [--model FILE] FILE.jsonl
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: qabot-train measure|model ...")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "measure":
		err = runMeasure(ctx, os.Args[2:], os.Stdout)
	case "model":
		err = runModel(ctx, os.Args[2:], os.Stdout)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "qabot-train:", err)
		os.Exit(1)
	}
}

// loadIndex builds the index of dir (the embedded seeds when ""), with the
// model in file modelFile when given.
func loadIndex(dir, modelFile string) (*qa.Index, error) {
	var docs []corpus.Document
	var err error
	if dir == "" {
		docs, err = corpus.Embedded()
	} else {
		docs, _, err = corpus.Load(dir)
	}
	if err != nil {
		return nil, err
	}
	ix := qa.Build(docs)
	if modelFile == "" {
		return ix, nil
	}
	data, err := os.ReadFile(modelFile)
	if err != nil {
		return nil, err
	}
	m, err := qa.ParseModel(data)
	if err != nil {
		return nil, err
	}
	return ix.WithModel(m)
}
