package eval

import (
	"bytes"
	"math"
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
