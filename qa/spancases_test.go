package qa

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// spanCase is one line of testdata/spans.jsonl: a question asked of the
// sentence of a corpus that holds the text in sentence, and the span the
// span model must pick there (one of span), or must not (none of not).
// The corpus is a folder of testdata, or the embedded seeds for "".
type spanCase struct {
	Corpus   string   `json:"corpus"`
	Question string   `json:"question"`
	Sentence string   `json:"sentence"`
	Span     []string `json:"span"`
	Not      []string `json:"not"`
}

// TestSpanCases runs the span model on the sentence each case names, so
// that a case tests the span model and not the choice of the sentence.
func TestSpanCases(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "spans.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	indexes := map[string]*Index{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c spanCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("spans.jsonl: %v", err)
		}
		ix := indexes[c.Corpus]
		if ix == nil {
			ix = Build(testCorpus(t, c.Corpus))
			indexes[c.Corpus] = ix
		}
		s := slices.IndexFunc(ix.sents, func(st sentence) bool { return strings.Contains(st.text, c.Sentence) })
		if s < 0 {
			t.Errorf("%q: no sentence of %q holds %q", c.Question, c.Corpus, c.Sentence)
			continue
		}
		got := ix.spanIn(Parse(c.Question), s)
		if len(c.Span) > 0 && !slices.Contains(c.Span, got.text) {
			t.Errorf("%q on %q: got span %q (p=%.2f), want %q", c.Question, ix.sents[s].text, got.text, got.p, c.Span[0])
		}
		if slices.Contains(c.Not, got.text) {
			t.Errorf("%q on %q: got span %q, want anything but %q", c.Question, ix.sents[s].text, got.text, c.Not)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// testCorpus returns the documents of testdata folder dir, or the
// embedded seeds for "".
func testCorpus(t testing.TB, dir string) []corpus.Document {
	t.Helper()
	if dir == "" {
		return embedded(t)
	}
	docs, _, err := corpus.Load(filepath.Join("testdata", dir))
	if err != nil {
		t.Fatalf("corpus.Load(%s): %v", dir, err)
	}
	return docs
}

// spanIn runs the span model for q on sentence s.
func (ix *Index) spanIn(q Question, s int) spanPick {
	sc := ix.scratch.Get()
	defer func() {
		sc.reset(ix)
		ix.scratch.Put(sc)
	}()
	total, _ := ix.resolve(&q, sc)
	return ix.spanFor(&q, sc, int32(s), total)
}

// sentenceSpan is a one-sentence document, a question on it and the short
// answer the span model should pick there.
type sentenceSpan struct{ sentence, question, want string }

// checkSpans builds each case's sentence as a document of its own and
// reports every case whose pick is not the span it wants.
func checkSpans(t *testing.T, cases []sentenceSpan) {
	t.Helper()
	for _, c := range cases {
		ix := Build([]corpus.Document{{Path: "a.md", Body: c.sentence}})
		if got := ix.spanIn(Parse(c.question), 0); got.text != c.want {
			t.Errorf("%q of %q: got span %q, want %q", c.question, c.sentence, got.text, c.want)
		}
	}
}

// sentenceHolding returns the index of ix's first sentence that holds
// text, and stops the test when none does.
func sentenceHolding(t *testing.T, ix *Index, text string) int {
	t.Helper()
	s := slices.IndexFunc(ix.sents, func(st sentence) bool { return strings.Contains(st.text, text) })
	if s < 0 {
		t.Fatalf("no sentence holds %q", text)
	}
	return s
}
