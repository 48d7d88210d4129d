package qa

import (
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// FuzzSpan builds an index of one fuzzed document and asks a fuzzed
// question of every sentence: the span model must not fail, every
// candidate must be a non-empty part of its sentence (or of the one
// before), and the answer's span must stand in its sentence with a
// confidence between 0 and 1.
func FuzzSpan(f *testing.F) {
	for _, s := range [][2]string{
		{"Prices plunged by 52%, while imports rose by 37%.", "how much did prices drop"},
		{"Team; $15 per seat per month; up to 25; 100 GB", "how much is the team plan"},
		{"It sold 541,000 copies. It was a hit — “Crazy in Love” (2003), he said", "what sold"},
		{"The Grotto, a Marian place of prayer and reflection, stands behind it.", "what is the grotto"},
		{"\"\"\" ,,, ;;; 4.6.1 v2 $ € 1st —", "how much"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, body, question string) {
		ix := Build([]corpus.Document{{Path: "a.md", Body: body}})
		q := Parse(question)
		for i := range ix.sents {
			l, err := ix.SpanCandidates(context.Background(), q, i)
			if err != nil {
				t.Fatal(err)
			}
			text := ix.sents[i].text
			if i > 0 {
				text = ix.sents[i-1].text + "\n" + text
			}
			for _, c := range l.Candidates {
				if c.Text == "" || !strings.Contains(text, c.Text) {
					t.Fatalf("sentence %q: candidate %q is not part of it", ix.sents[i].text, c.Text)
				}
			}
		}
		opt := DefaultOptions()
		opt.MinConfidence = 0
		a, err := ix.AnswerWith(context.Background(), q, opt)
		if err != nil {
			t.Fatal(err)
		}
		if a.Span != "" && !strings.Contains(a.Sentence, a.Span) && !strings.Contains(body, a.Span) {
			t.Fatalf("span %q stands neither in %q nor in the document", a.Span, a.Sentence)
		}
		if math.IsNaN(a.SpanConfidence) || a.SpanConfidence < 0 || a.SpanConfidence > 1 {
			t.Fatalf("span confidence %v is not a probability", a.SpanConfidence)
		}
	})
}

// FuzzParseSpanModel: any bytes either parse into a model the engine can
// use or give ErrModel; none makes it fail otherwise, and a model that
// parses, written again, reads back to the same weights.
func FuzzParseSpanModel(f *testing.F) {
	f.Add([]byte(smallSpanModel))
	f.Add([]byte("qabot span model 1\nabout x\nrank-bias 0\nrank nope 1\n"))
	f.Add([]byte("qabot span model 1\nabout x\nrank-bias 1e309\n"))
	f.Add([]byte(spanText[:min(len(spanText), 2000)]))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseSpanModel(data)
		if err != nil {
			if !errors.Is(err, ErrModel) {
				t.Fatalf("got %v, want ErrModel", err)
			}
			return
		}
		if len(m.compiled.rank) != len(SpanFeatureNames()) || len(m.compiled.conf) != len(SpanConfidenceNames()) {
			t.Fatalf("parsed model has %d and %d weights, want one per feature and input", len(m.compiled.rank), len(m.compiled.conf))
		}
		var b strings.Builder
		if _, err := m.WriteTo(&b); err != nil {
			t.Fatalf("parsed model does not write: %v", err)
		}
		again, err := ParseSpanModel([]byte(b.String()))
		if err != nil || !slices.Equal(again.compiled.rank, m.compiled.rank) || !slices.Equal(again.compiled.conf, m.compiled.conf) {
			t.Fatalf("written again, the model reads back differently (err %v)", err)
		}
	})
}
