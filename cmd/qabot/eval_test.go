package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa"
	"github.com/qabot/qabot/qa/eval"
)

// tableRows returns the score table of an eval output as rows of fields,
// by kind.
func tableRows(t *testing.T, out string) map[string]string {
	t.Helper()
	rows := map[string]string{}
	inTable := false
	for _, l := range strings.Split(out, "\n") {
		f := strings.Fields(l)
		if len(f) == 0 {
			inTable = false
			continue
		}
		if f[0] == "kind" {
			inTable = true
			continue
		}
		if inTable {
			rows[f[0]] = strings.Join(f[1:], " ")
		}
	}
	if len(rows) == 0 {
		t.Fatalf("no table in output %q", out)
	}
	return rows
}

func TestEvalTestdata(t *testing.T) {
	// The truth of e4 is deliberately wrong ("1999") and e3 names a source
	// that does not exist, so that misses are certain whatever the engine
	// ranks; the other questions are near copies of their one sentence.
	want := map[string]string{
		"date":   "0/1 0.0% 0/1 1/1 -",
		"junk":   "1/1 100.0% - - 1/1",
		"number": "2/2 100.0% 2/2 1/2 -",
		"who":    "1/1 100.0% 1/1 1/1 -",
		"all":    "4/5 80.0% 3/4 3/4 1/1",
	}
	for _, args := range [][]string{
		{"eval", "testdata/eval.jsonl", "--corpus", "testdata/corpus"},
		{"eval", "--corpus", "testdata/corpus", "testdata/eval.jsonl"},
		{"eval", "--corpus=testdata/corpus", "testdata/eval.jsonl", "--show-misses"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := runQabot(t, "", false, args...)
			if r.code != exitOK {
				t.Fatalf("exit: got %d, want 0; stderr %q", r.code, r.stderr)
			}
			rows := tableRows(t, r.stdout)
			for kind, w := range want {
				if rows[kind] != w {
					t.Errorf("row %s: got %q, want %q", kind, rows[kind], w)
				}
			}
			if len(rows) != len(want) {
				t.Errorf("rows: got %v, want %d", rows, len(want))
			}
			if !strings.Contains(r.stdout, "overall: 4/5 right (80.0%)") {
				t.Errorf("stdout: got %q, want the overall line", r.stdout)
			}
			showMisses := strings.Contains(strings.Join(args, " "), "--show-misses")
			if got := strings.Count(r.stdout, "MISS "); showMisses && got != 1 || !showMisses && got != 0 {
				t.Errorf("misses listed: got %d with --show-misses=%v", got, showMisses)
			}
			if showMisses && (!strings.Contains(r.stdout, "MISS e4 [date] when was the Orvana lighthouse built?") ||
				!strings.Contains(r.stdout, `want: "1999" from lighthouse.md`)) {
				t.Errorf("stdout: got %q, want e4 listed with its truth", r.stdout)
			}
		})
	}
}

func TestEvalBadLines(t *testing.T) {
	r := runQabot(t, "", false, "eval", "testdata/eval-bad.jsonl", "--corpus", "testdata/corpus")
	if r.code != exitNotFound {
		t.Errorf("exit: got %d, want %d (lines left out)", r.code, exitNotFound)
	}
	for _, w := range []string{
		"eval-bad.jsonl:2: not a JSON object",
		`eval-bad.jsonl:3: no "question" field`,
		`eval-bad.jsonl:4: answerable but no "answers" given`,
		"3 lines of testdata/eval-bad.jsonl could not be read",
	} {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("stderr: got %q, want it to contain %q", r.stderr, w)
		}
	}
	if rows := tableRows(t, r.stdout); rows["all"] != "2/2 100.0% 1/1 1/1 1/1" {
		t.Errorf("row all: got %q, want the two good lines scored", rows["all"])
	}
}

func TestEvalStdin(t *testing.T) {
	in := `{"id":"x","question":"zzqx vrrbl qqqj?","answerable":false,"kind":"junk"}`
	r := runQabot(t, in, false, "eval", "-")
	if r.code != exitOK {
		t.Fatalf("exit: got %d, want 0; stderr %q", r.code, r.stderr)
	}
	if rows := tableRows(t, r.stdout); rows["junk"] != "1/1 100.0% - - 1/1" {
		t.Errorf("row junk: got %q, want 1/1 abstained", rows["junk"])
	}
}

// TestScoring pins down the scoring rules with a fake engine.
func TestScoring(t *testing.T) {
	answers := map[string]qa.Answer{
		"case":     {Found: true, Sentence: "It ends on  SEPTEMBER\n17.", Source: qa.Source{Path: "news/a.txt"}},
		"wrong":    {Found: true, Sentence: "It ends in October.", Source: qa.Source{Path: "b.txt"}},
		"answered": {Found: true, Sentence: "Something.", Source: qa.Source{Path: "c.txt"}},
	}
	asker := fakeAsker{ask: func(_ context.Context, q string) (qa.Answer, error) {
		return answers[q], nil
	}}
	tests := []struct {
		c                            evalCase
		right, sentenceHit, sourceHt bool
	}{
		{evalCase{Item: eval.Item{Question: "case", Answers: []string{"september 17"}, Sources: []string{"a.txt"}, Answerable: true}}, true, true, true},
		{evalCase{Item: eval.Item{Question: "case", Answers: []string{"nope", "Sept"}, Sources: []string{"news/a.txt"}, Answerable: true}}, true, true, true},
		{evalCase{Item: eval.Item{Question: "case", Answers: []string{"17"}, Sources: []string{"other/a.txt"}, Answerable: true}}, true, true, false},
		{evalCase{Item: eval.Item{Question: "wrong", Answers: []string{"September 17"}, Sources: []string{"b.txt"}, Answerable: true}}, false, false, true},
		{evalCase{Item: eval.Item{Question: "missing", Answers: []string{"x"}, Answerable: true}}, false, false, false},
		{evalCase{Item: eval.Item{Question: "missing", Answerable: false}}, true, false, false},
		{evalCase{Item: eval.Item{Question: "answered", Answerable: false}}, false, false, false},
		{evalCase{Item: eval.Item{Question: "\x00 \x01", Answerable: false}}, true, false, false},
		{evalCase{Item: eval.Item{Question: strings.Repeat("a", 3000), Answerable: false}}, true, false, false},
	}
	for _, tt := range tests {
		r := scoreCase(context.Background(), asker, tt.c)
		if r.right != tt.right || r.sentenceHit != tt.sentenceHit || r.sourceHit != tt.sourceHt {
			t.Errorf("%q %q: got right %v sentence %v source %v, want %v %v %v", tt.c.Question, tt.c.Answers,
				r.right, r.sentenceHit, r.sourceHit, tt.right, tt.sentenceHit, tt.sourceHt)
		}
	}
}

func TestScoreCasesKeepsOrderAndPrintsMisses(t *testing.T) {
	asker := fakeAsker{ask: func(_ context.Context, q string) (qa.Answer, error) {
		if q == "panic" {
			panic("boom")
		}
		return qa.Answer{Found: true, Span: q, Sentence: "The answer is " + q + ".", Score: 2, Source: qa.Source{Path: q + ".txt"}}, nil
	}}
	var cases []evalCase
	for i := range 50 {
		q := strings.Repeat("q", i+1)
		cases = append(cases, evalCase{Item: eval.Item{ID: q, Question: q, Answers: []string{q}, Sources: []string{q + ".txt"}, Answerable: true, Kind: "k"}})
	}
	cases = append(cases, evalCase{Item: eval.Item{ID: "p", Question: "panic", Answers: []string{"x"}, Answerable: true, Kind: "k"}})
	results := scoreCases(context.Background(), asker, cases)
	for i, r := range results {
		if r.c.ID != cases[i].ID {
			t.Fatalf("result %d: got case %q, want %q", i, r.c.ID, cases[i].ID)
		}
		if want := i < 50; r.right != want {
			t.Errorf("result %d: got right %v, want %v", i, r.right, want)
		}
	}
	if results[50].err == nil {
		t.Errorf("panicking engine: got no error, want one")
	}
	var out bytes.Buffer
	printMisses(&out, results)
	if got := strings.Count(out.String(), "MISS "); got != 1 || !strings.Contains(out.String(), "got:  error: engine panicked") {
		t.Errorf("misses: got %q, want only p with its error", out.String())
	}
}

// TestSpanFiguresAndSpanMisses checks the short-answer table and that a
// right sentence under a wrong lead line is listed as a span miss, with a
// fake engine whose spans are right, wrong, untrusted or missing.
func TestSpanFiguresAndSpanMisses(t *testing.T) {
	answers := map[string]qa.Answer{
		"right":     {Found: true, Span: "September 17", SpanConfidence: 0.9, Sentence: "It ends on September 17."},
		"wrong":     {Found: true, Span: "Madrid", SpanConfidence: 0.9, Sentence: "It ends on September 17 in Madrid."},
		"untrusted": {Found: true, Span: "Madrid", SpanConfidence: 0.1, Sentence: "It ends on September 17 in Madrid."},
		"none":      {Found: true, Sentence: "It ends on September 17."},
	}
	asker := fakeAsker{ask: func(_ context.Context, q string) (qa.Answer, error) { return answers[q], nil }}
	var cases []evalCase
	for _, q := range []string{"right", "wrong", "untrusted", "none"} {
		cases = append(cases, evalCase{Item: eval.Item{ID: q, Question: q, Answers: []string{"September 17"}, Answerable: true, Kind: "date"}})
	}
	cases = append(cases, evalCase{Item: eval.Item{ID: "abstain", Question: "missing", Answerable: false, Kind: "unanswerable"}})
	results := scoreCases(context.Background(), asker, cases)

	var out bytes.Buffer
	if err := printSpans(&out, results); err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, l := range strings.Split(out.String(), "\n") {
		if f := strings.Fields(l); len(f) > 0 && f[0] == "all" {
			all = f
		}
	}
	// Four answerable questions: EM 1 of 4, three spans given, two shown
	// (the untrusted one is not), one shown lead line right.
	want := []string{"all", "4", "25.0", "25.0", "25.0", "25.0", "75.0%", "50.0%", "1/2", "1/2"}
	if strings.Join(all, " ") != strings.Join(want, " ") {
		t.Errorf("span row: got %q, want %q\n%s", all, want, out.String())
	}

	out.Reset()
	printMisses(&out, results)
	got := out.String()
	if n := strings.Count(got, "MISS "); n != 1 || !strings.Contains(got, "SPAN MISS wrong [date]") || !strings.Contains(got, `got:  "Madrid"`) {
		t.Errorf("misses: got %q, want only the span miss of \"wrong\"", got)
	}
}
