package qa

import (
	"context"
	"math"
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
// use or give ErrModel; none makes it fail otherwise.
func FuzzParseSpanModel(f *testing.F) {
	f.Add([]byte(`{"rank":{"weights":{"left-3":1,"class-kind:who|name":2}},"confidence":{"bias":-1,"weights":{"probability":3}}}`))
	f.Add([]byte(`{"rank":{"weights":{"nope":1}}}`))
	f.Add([]byte(`{"rank":{"bias":1e309}}`))
	f.Add(spanJSON[:min(len(spanJSON), 400)])
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseSpanModel(data)
		if err != nil {
			return
		}
		if _, err := m.compile(); err != nil {
			t.Fatalf("parsed model does not compile: %v", err)
		}
	})
}
