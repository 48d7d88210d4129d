package eval

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestSpanRight(t *testing.T) {
	for _, tt := range []struct {
		span  string
		golds []string
		want  bool
	}{
		{"$15 per seat per month", []string{"$15 per seat per month", "$15 per seat"}, true},
		{"two", []string{"two companies"}, true},
		{"the Main Building", []string{"Main Building"}, true},
		{"37%", []string{"52%"}, false},
		{"U.S.", []string{"Madrid"}, false},
		{"Madrid, Spain on Sunday to hold talks over trade", []string{"Madrid"}, false},
		{"", []string{"Madrid"}, false},
	} {
		if got := SpanRight(tt.span, tt.golds); got != tt.want {
			t.Errorf("SpanRight(%q, %q) = %v, want %v", tt.span, tt.golds, got, tt.want)
		}
	}
}

func TestSpanTally(t *testing.T) {
	madrid := Item{Answerable: true, Kind: "where", Answers: []string{"Madrid"}}
	drop := Item{Answerable: true, Kind: "number", Answers: []string{"52%"}}
	var tl SpanTally
	tl.Add(madrid, true, "The talks are in Madrid.", "Madrid", true)            // right, shown
	tl.Add(drop, true, "Prices plunged by 52%.", "37%", true)                   // wrong span, shown
	tl.Add(drop, true, "Prices plunged by 52%.", "52%", false)                  // right span, not shown
	tl.Add(madrid, true, "Elsewhere.", "", false)                               // wrong sentence, no span
	tl.Add(madrid, false, "", "", false)                                        // not answered
	tl.Add(Item{Answerable: false, Kind: "unanswerable"}, true, "x", "x", true) // not counted
	a := tl.All
	if a.Questions != 5 || a.Answered != 4 || a.SentenceRight != 3 || a.Spans != 3 || a.Shown != 2 || a.ShownRight != 1 ||
		a.ShownUnderRight != 2 || a.ShownUnderRightRight != 1 {
		t.Errorf("counts: got %+v, want 5 questions, 4 answered, 3 right sentences, 3 spans, 2 shown, 1 shown right, 2 shown under a right sentence, 1 of them right", a)
	}
	if a.EM != 2 || math.Abs(a.F1-2) > 1e-9 || a.EMRightSentence != 2 {
		t.Errorf("sums: got EM %v F1 %v EM|sentence %v, want 2, 2, 2", a.EM, a.F1, a.EMRightSentence)
	}
	if n := tl.ByKind["number"]; n == nil || n.Questions != 2 || n.EM != 1 {
		t.Errorf("number kind: got %+v, want 2 questions and one exact match", n)
	}
	if _, ok := tl.ByKind["unanswerable"]; ok {
		t.Errorf("unanswerable questions were counted, want them left out")
	}
	var out bytes.Buffer
	if err := tl.Write(&out); err != nil {
		t.Fatal(err)
	}
	// EM over all 5 questions is 40%; the shown spans are 1 of 2 right.
	if lines := strings.Split(strings.TrimSpace(out.String()), "\n"); len(lines) != 4 ||
		!strings.HasPrefix(lines[3], "all") || !strings.Contains(lines[3], " 40.0 ") || !strings.Contains(lines[3], "1/2") {
		t.Errorf("report:\n%s\nwant a header, number, where and an all line with EM 40.0 and 1/2 shown right", out.String())
	}
}

func TestShortAnswers(t *testing.T) {
	for _, tt := range []struct {
		question string
		golds    []string
		want     []string
	}{
		// A row's name and value: the value is the short answer.
		{"starter plan price", []string{"Starter; €29"}, []string{"€29"}},
		// Every cell that repeats none of the question's words counts.
		{"who do i ask about benefits", []string{"Leah Cartwright; HR Advisor; Benefits"},
			[]string{"Leah Cartwright", "HR Advisor"}},
		// A number of the question rules its cell out too.
		{"oncall week of feb 9", []string{"9 February 2026; Aisha Bello"}, []string{"Aisha Bello"}},
		// Every cell repeats the question: the row is all there is.
		{"full day rate", []string{"Full day; Rate"}, []string{"Full day; Rate"}},
		// Prose answers stay as they are.
		{"when is the deadline", []string{"September 17", "mid-September"}, []string{"September 17", "mid-September"}},
	} {
		got := ShortAnswers(tt.question, tt.golds)
		if !slices.Equal(got, tt.want) {
			t.Errorf("ShortAnswers(%q, %q): got %q, want %q", tt.question, tt.golds, got, tt.want)
		}
	}
	// The span under a row's name is right; the name alone is not.
	golds := ShortAnswers("what does lunch on a day trip cost", []string{"Lunch on a day trip; £10"})
	if !SpanRight("£10", golds) || SpanRight("Lunch on a day trip", golds) {
		t.Errorf("SpanRight against %q: got £10 %v and the row's name %v, want true and false", golds,
			SpanRight("£10", golds), SpanRight("Lunch on a day trip", golds))
	}
}
