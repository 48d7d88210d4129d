package eval

import (
	"fmt"
	"io"
	"slices"
)

// A short answer is judged twice. SpanScores gives SQuAD's exact match and
// F1 of the span against the gold answers, counted over every answerable
// question (a question left without a span scores 0), which is how SQuAD
// reports a reader. A reply also shows its span as a bold lead line only
// when the engine trusts it; SpanRight says whether such a line is right
// enough for a reader who reads nothing else, and SpanTally counts how
// often the lead line is shown and how often it is right.

// MinRightF1 is the least F1 against a gold answer for a span to count as
// right: it may miss or add a word of a short answer ("two" for "two
// companies", "$15 per seat" for "$15 per seat per month"), not name
// something else.
const MinRightF1 = 0.5

// SpanRight reports whether a short answer is right against the gold
// answers: its SQuAD F1 against one of them is at least one half.
func SpanRight(span string, golds []string) bool {
	if span == "" {
		return false
	}
	_, f1 := SpanScores(span, golds)
	return f1 >= MinRightF1
}

// SpanCounts are the span measures of a set of questions.
type SpanCounts struct {
	// Questions counts the answerable questions; Answered those the
	// engine answered, SentenceRight those answered with a right
	// sentence.
	Questions, Answered, SentenceRight int
	// Spans counts the answered questions given a span, Shown those whose
	// span is shown as the lead line, ShownRight the shown spans that are
	// right (SpanRight); ShownUnderRight and ShownUnderRightRight count the
	// same under a right sentence only, where a wrong lead line is the
	// span model's own mistake.
	Spans, Shown, ShownRight, ShownUnderRight, ShownUnderRightRight int
	// EM and F1 are summed over all answerable questions, and over the
	// questions answered with a right sentence (EMRightSentence,
	// F1RightSentence).
	EM, F1, EMRightSentence, F1RightSentence float64
}

// add counts one question.
func (c *SpanCounts) add(it Item, answered bool, sentence, span string, shown bool) {
	c.Questions++
	if !answered {
		return
	}
	c.Answered++
	em, f1 := 0.0, 0.0
	short := ShortAnswers(it.Question, it.Answers)
	if span != "" {
		c.Spans++
		em, f1 = SpanScores(span, short)
	}
	c.EM += em
	c.F1 += f1
	hit := SentenceHit(sentence, it.Answers)
	if hit {
		c.SentenceRight++
		c.EMRightSentence += em
		c.F1RightSentence += f1
	}
	if span != "" && shown {
		right := SpanRight(span, short)
		c.Shown++
		if right {
			c.ShownRight++
		}
		if hit {
			c.ShownUnderRight++
			if right {
				c.ShownUnderRightRight++
			}
		}
	}
}

// SpanTally adds up the span measures of a run, over all questions and per
// kind. The zero value is ready to use.
type SpanTally struct {
	All    SpanCounts
	ByKind map[string]*SpanCounts
}

// Add counts one question: whether the engine answered, its sentence, its
// span ("" for none) and whether the span is shown as the lead line.
// Unanswerable questions have no span to measure and are not counted.
func (t *SpanTally) Add(it Item, answered bool, sentence, span string, shown bool) {
	if !it.Answerable {
		return
	}
	if t.ByKind == nil {
		t.ByKind = map[string]*SpanCounts{}
	}
	k := t.ByKind[it.Kind]
	if k == nil {
		k = &SpanCounts{}
		t.ByKind[it.Kind] = k
	}
	t.All.add(it, answered, sentence, span, shown)
	k.add(it, answered, sentence, span, shown)
}

// Write prints the tally: per kind and in all, the span EM and F1 over the
// answerable questions and over those answered with a right sentence, the
// share of answered questions given a span and shown it, and how many shown
// lead lines are right, over all and under a right sentence.
func (t *SpanTally) Write(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "%-14s %6s %6s %6s %8s %8s %7s %7s %11s %11s\n",
		"span by kind", "n", "EM", "F1", "EM|sent", "F1|sent", "spans", "shown", "lead right", "lead|sent"); err != nil {
		return err
	}
	kinds := make([]string, 0, len(t.ByKind))
	for k := range t.ByKind {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		if err := writeSpanRow(w, k, t.ByKind[k]); err != nil {
			return err
		}
	}
	return writeSpanRow(w, "all", &t.All)
}

func writeSpanRow(w io.Writer, name string, c *SpanCounts) error {
	_, err := fmt.Fprintf(w, "%-14s %6d %6.1f %6.1f %8.1f %8.1f %6.1f%% %6.1f%% %5d/%-5d %5d/%d\n",
		name, c.Questions, percent(c.EM, c.Questions), percent(c.F1, c.Questions),
		percent(c.EMRightSentence, c.SentenceRight), percent(c.F1RightSentence, c.SentenceRight),
		percent(float64(c.Spans), c.Answered), percent(float64(c.Shown), c.Answered), c.ShownRight, c.Shown,
		c.ShownUnderRightRight, c.ShownUnderRight)
	return err
}

// percent is 100·x/n, or 0 when n is 0.
func percent(x float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * x / float64(n)
}
