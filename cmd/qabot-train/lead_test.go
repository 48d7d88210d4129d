package main

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa"
)

// leadRows makes n rows of lead inputs whose outcome follows the span's
// log-odds, every seventh row's flipped.
func leadRows(n int) []leadRow {
	names := qa.LeadInputNames()
	span := slices.Index(names, "span")
	rows := make([]leadRow, n)
	for i := range rows {
		x := make([]float64, len(names))
		x[span] = float64(i%21-10) / 4
		rows[i] = leadRow{x: x, right: (x[span] > 0) != (i%7 == 0)}
	}
	return rows
}

// TestFitLeadDeterministic: the lead fit gives the same file bytes twice,
// and it learns that the span's log-odds tell a right lead line.
func TestFitLeadDeterministic(t *testing.T) {
	var files [2]string
	for k := range files {
		lin, err := fitLead(context.Background(), leadRows(300), 1e-3, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if w := lin.Weights["span"]; w <= 0 {
			t.Errorf("fit %d: got span weight %v, want above 0", k, w)
		}
		if _, ok := lin.Weights["margin"]; ok {
			t.Errorf("fit %d: got a weight for margin, an input that is always 0; want none", k)
		}
		m, err := qa.DefaultSpanModel()
		if err != nil {
			t.Fatal(err)
		}
		m.Lead = lin
		var b strings.Builder
		if _, err := m.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		files[k] = b.String()
	}
	if files[0] != files[1] {
		t.Errorf("two fits: got files of %d and %d bytes that differ, want the same bytes", len(files[0]), len(files[1]))
	}
}

// TestLeadSets: the lead model's sets are every train half with its
// corpus folder when it has one, chat.jsonl, and squad-train11's train
// split with its corpus.
func TestLeadSets(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a/train.jsonl", "a/eval.jsonl", "a/corpus/x.md", "b/train.jsonl", "b/eval.jsonl"} {
		p = filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := leadSets(dir, "sq11")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		filepath.Join(dir, "a/train.jsonl") + ":" + filepath.Join(dir, "a/corpus"),
		filepath.Join(dir, "b/train.jsonl"),
		filepath.Join(dir, "chat.jsonl"),
		"sq11/train.jsonl:sq11/corpus",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestLeadBar checks that the fronts' bar is read off held-out
// probabilities as the most worth (right lead lines less wrongLeadCost
// times wrong ones): a wrong line at 0.62 is worth hiding when it hides
// no more than one right line, not when it hides three.
func TestLeadBar(t *testing.T) {
	for _, tt := range []struct {
		name  string
		p     []float64
		right []bool
		want  float64
	}{
		{"every line right", []float64{0.55, 0.7, 0.9}, []bool{true, true, true}, 0.50},
		{"a wrong line hides one right one", []float64{0.55, 0.62, 0.9}, []bool{true, false, true}, 0.63},
		{"a wrong line hides three right ones", []float64{0.52, 0.56, 0.6, 0.62, 0.9}, []bool{true, true, true, false, true}, 0.50},
		{"only wrong lines below 0.75", []float64{0.6, 0.7, 0.75, 0.9}, []bool{false, false, true, true}, 0.71},
	} {
		if got := leadBar(tt.p, tt.right); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: got bar %.2f, want %.2f", tt.name, got, tt.want)
		}
	}
}

// TestFitLeadOnly: with a base model and one input named, the lead fit
// fits that input's weight alone and keeps the base's bias and every
// other weight, those of inputs the rows never set included.
func TestFitLeadOnly(t *testing.T) {
	names := qa.LeadInputNames()
	base := qa.Linear{Bias: -1, Weights: map[string]float64{"sentence": 0.5, "span": 0.1}}
	lin, err := fitLead(context.Background(), leadRows(300), 1e-3, &base, []int{slices.Index(names, "span")})
	if err != nil {
		t.Fatal(err)
	}
	if lin.Bias != -1 || lin.Weights["sentence"] != 0.5 || len(lin.Weights) != 2 {
		t.Errorf("got bias %v and weights %v, want bias -1, sentence 0.5 and span alone fitted", lin.Bias, lin.Weights)
	}
	if w := lin.Weights["span"]; w <= 1 {
		t.Errorf("got span weight %v, want it fitted above 1 (the rows follow the span's log-odds)", w)
	}
	if base.Weights["span"] != 0.1 {
		t.Errorf("the base's span weight became %v, want 0.1 kept", base.Weights["span"])
	}
}
