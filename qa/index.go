package qa

import (
	"context"
	"strings"

	"github.com/qabot/qabot/corpus"
)

// Index is an in-memory index over the sentences of a corpus.
//
// An Index is immutable once Build returns it and is safe for concurrent
// use by any number of goroutines.
type Index struct {
	docs      []corpus.Document
	sentences []sentence
}

type sentence struct {
	doc  int
	text string
}

// Stats counts what an Index holds.
type Stats struct {
	Documents int
	Sentences int
}

// Build indexes docs. TODO(qa): the real pipeline.
func Build(docs []corpus.Document) *Index {
	ix := &Index{docs: docs}
	for i, d := range docs {
		for _, line := range strings.Split(d.Body, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				ix.sentences = append(ix.sentences, sentence{doc: i, text: line})
			}
		}
	}
	return ix
}

// Stats reports the number of documents and sentences in ix.
func (ix *Index) Stats() Stats {
	return Stats{Documents: len(ix.docs), Sentences: len(ix.sentences)}
}

// Question is a parsed question.
type Question struct {
	Text  string
	Terms []string
}

// Parse analyses question text. TODO(qa): stems, answer type.
func Parse(text string) Question {
	return Question{Text: text, Terms: strings.Fields(strings.ToLower(text))}
}

// Answer finds the sentence of ix that best answers q.
func (ix *Index) Answer(ctx context.Context, q Question) (Answer, error) {
	if err := ctx.Err(); err != nil {
		return Answer{}, err
	}
	best, bestScore := -1, 0
	for i, s := range ix.sentences {
		low := strings.ToLower(s.text)
		n := 0
		for _, t := range q.Terms {
			if len(t) > 3 && strings.Contains(low, t) {
				n++
			}
		}
		if n > bestScore {
			best, bestScore = i, n
		}
	}
	if best < 0 {
		return Answer{}, nil
	}
	s := ix.sentences[best]
	d := ix.docs[s.doc]
	return Answer{Found: true, Sentence: s.text, Score: float64(bestScore),
		Source: Source{Path: d.Path, Title: d.Title, Publisher: d.Publisher, Date: d.Date}}, nil
}

// Ask parses text and answers it.
func (ix *Index) Ask(ctx context.Context, text string) (Answer, error) {
	return ix.Answer(ctx, Parse(text))
}
