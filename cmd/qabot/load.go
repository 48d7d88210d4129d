package main

import (
	"fmt"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
)

// loadDocuments reads the corpus folder dir, or the embedded corpus when dir
// is "". Files that could not be read are returned as skipped.
func loadDocuments(dir string) ([]corpus.Document, []*corpus.FileError, error) {
	if dir == "" {
		docs, err := corpus.Embedded()
		if err != nil {
			return nil, nil, fmt.Errorf("embedded corpus: %w", err)
		}
		return docs, nil, nil
	}
	return corpus.Load(dir)
}

// buildIndex loads the corpus at dir ("" for the embedded one) and indexes
// it. Skipped files are returned for the caller to report.
func buildIndex(dir string) (*qa.Index, []*corpus.FileError, error) {
	docs, skipped, err := loadDocuments(dir)
	if err != nil {
		return nil, skipped, err
	}
	return qa.Build(docs), skipped, nil
}
