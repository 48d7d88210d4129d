package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa"
)

// TestPrintExplanationUnanswerable checks that --explain states the
// answer decision of a model with a P(unanswerable) part (the confidence
// less k times P(unanswerable), plus the corpus's retelling lift when
// there is one, against the minimum) and breaks
// P(unanswerable) into its bias, trees and features' contributions.
func TestPrintExplanationUnanswerable(t *testing.T) {
	best := qa.CandidateExplanation{Sentence: "The fee is $40.", Confidence: 0.43, OwnConfidence: 0.43, Unanswerable: 0.4, Decision: 0.13,
		UnanswerableBias: -0.5, UnanswerableTrees: 0.1,
		UnanswerableTerms: []qa.Contribution{{Feature: "unknown", Doc: "share of unknown words", Value: 0.5, Weight: 0.6}, {Feature: "words", Value: 1, Weight: 0}}}
	var b bytes.Buffer
	if err := printExplanation(&b, qa.Explanation{Best: &best, Threshold: 0.17, UnanswerableWeight: 0.75}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"explain: abstained: the best sentence's confidence 0.430 less 0.75 × P(unanswerable) 0.400 = 0.130 < the minimum 0.170\n",
		"  P(unanswerable) 0.400 = σ(bias -0.500, boosted trees +0.100 and:)\n",
		"    unknown +0.300 = 0.500 × 0.600 share of unknown words\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("got %q, want a line %q", b.String(), want)
		}
	}
	if strings.Contains(b.String(), "    words") {
		t.Errorf("got %q, want no line for a feature that contributes nothing", b.String())
	}
	// A corpus that retells one story lifts the score, and the line says so.
	lifted := best
	lifted.Decision = 0.28
	b.Reset()
	if err := printExplanation(&b, qa.Explanation{Best: &lifted, Threshold: 0.17, UnanswerableWeight: 0.75, Lift: 0.15, Answered: true}); err != nil {
		t.Fatal(err)
	}
	if want := "explain: answered: the best sentence's confidence 0.430 less 0.75 × P(unanswerable) 0.400, plus the corpus's retelling lift 0.150, = 0.280 >= the minimum 0.170\n"; !strings.Contains(b.String(), want) {
		t.Errorf("got %q, want a line %q", b.String(), want)
	}
	// A model without the part prints no P(unanswerable) line.
	best.UnanswerableTerms = nil
	b.Reset()
	if err := printExplanation(&b, qa.Explanation{Best: &best, Threshold: 0.17}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "P(unanswerable)") {
		t.Errorf("got %q, want no P(unanswerable) without the part", b.String())
	}
}

// TestPrintExplanationConfidence checks how --explain states a candidate's
// confidence: σ of its terms, or, for a newer version of the runner-up's
// page, the higher of the two with its own σ beside it (and the lower of
// the two P(unanswerable), with its own), or, lent by
// candidates that give the same value, the sum of theirs with its own.
func TestPrintExplanationConfidence(t *testing.T) {
	tests := []struct {
		name    string
		best    qa.CandidateExplanation
		want    []string
		notWant string
	}{
		{"own", qa.CandidateExplanation{Sentence: "The fee is $40.", Confidence: 0.43, OwnConfidence: 0.43, ConfidenceBias: -1},
			[]string{"answered: the best sentence's confidence 0.430 >= the minimum 0.340", "  confidence 0.430 = σ(bias -1.000 and:)"}, "own confidence"},
		{"revises", qa.CandidateExplanation{Sentence: "The fee is $55.", Confidence: 0.43, OwnConfidence: 0.14, Revises: true, ConfidenceBias: -1},
			[]string{"answered: the best sentence's confidence 0.430 >= the minimum 0.340",
				"  confidence 0.430: the higher of its own and the runner-up's, an older version of it on the same page that it replaces",
				"  own confidence 0.140 = σ(bias -1.000 and:)"}, "confidence 0.430 = σ"},
		{"revises with P(unanswerable)", qa.CandidateExplanation{Sentence: "The fee is $55.", Confidence: 0.43, OwnConfidence: 0.14, Revises: true, ConfidenceBias: -1,
			Unanswerable: 0.1, UnanswerableBias: 0, UnanswerableTerms: []qa.Contribution{{Feature: "words", Value: 1, Weight: 0}}},
			[]string{"  P(unanswerable) 0.100: the lower of its own and the runner-up's",
				"  own P(unanswerable) 0.500 = σ(bias +0.000, boosted trees +0.000 and:)"}, "P(unanswerable) 0.100 = σ"},
		{"agreeing", qa.CandidateExplanation{Sentence: "The fee is $40.", Confidence: 0.64, OwnConfidence: 0.42, ConfidenceBias: -1},
			[]string{"answered: the best sentence's confidence 0.640 >= the minimum 0.340",
				"  confidence 0.640: its own and those of the candidates that give the same value, the answer wrong only when all of them are",
				"  own confidence 0.420 = σ(bias -1.000 and:)"}, "confidence 0.640 = σ"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		best := tt.best
		if err := printExplanation(&b, qa.Explanation{Best: &best, Threshold: 0.34, Answered: true}); err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(b.String(), w+"\n") {
				t.Errorf("%s: got %q, want a line %q", tt.name, b.String(), w)
			}
		}
		if strings.Contains(b.String(), tt.notWant) {
			t.Errorf("%s: got %q, want no %q", tt.name, b.String(), tt.notWant)
		}
	}
}
