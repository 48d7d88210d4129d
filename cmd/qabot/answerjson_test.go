package main

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qabot/qabot/bot"
)

// TestAnswerJSON checks that appendAnswerJSON writes an answer byte for
// byte as the batch's json.Encoder does, on answers made of the chat
// sets' questions and answers and of strings and numbers at the edges of
// JSON's rules (quotes, backslashes, controls, HTML's marks, U+2028,
// invalid UTF-8, negative zero, the ends of the 'f' form), and that it
// leaves answers with sources, conflicts, alternatives or a score that
// is not a number to the encoder. It fails when a control byte, U+2028
// or invalid UTF-8 is written as it is, or the exponent keeps its 0
// (checked).
func TestAnswerJSON(t *testing.T) {
	texts := []string{"", "a\"b\\c", "\x00\x01\x1f\x7f", "\b\f\n\r\t", "<a href=\"x\">&amp;</a>", "\u2028x\u2029y",
		"bad \xff\xfe bytes", "é 漢字 😀 — “quoted”", "cut \xe2\x80", "\xc0\xaf", "tab\tand\u00a0nbsp"}
	paths, err := filepath.Glob("../../qa/testdata/*/train.jsonl")
	if err != nil || len(paths) == 0 {
		t.Fatalf("chat sets: got %d files, error %v; want some", len(paths), err)
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			var ex struct {
				ID, Question string
				Answers      []string
			}
			if json.Unmarshal([]byte(line), &ex) == nil {
				texts = append(texts, ex.ID, ex.Question)
				texts = append(texts, ex.Answers...)
			}
		}
	}
	floats := []float64{0, math.Copysign(0, -1), 1, 0.5, -3.25, 1e-6, 9.99e-7, 1e-7, 1e-10, 1.5e-300, 1e20, 1e21,
		1.5e300, -2.5e-8, 123456789.123, 0.1 + 0.2, 1.0 / 3}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func() string { return texts[rng.IntN(len(texts))] }
	float := func() float64 {
		if rng.IntN(2) == 0 {
			return floats[rng.IntN(len(floats))]
		}
		return rng.Float64()
	}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	fast := 0
	for i := range 20000 {
		a := bot.AnswerJSON{ID: pick(), Question: pick(), Answered: i%3 != 0, Answer: pick(), Sentence: pick(),
			Source: pick(), Score: float(), Confidence: float(), SpanConfidence: float(), Title: pick(),
			Publisher: pick(), Date: pick(), Section: pick(), Page: rng.IntN(3) * rng.IntN(1000), Message: pick(), Error: pick()}
		switch i % 50 {
		case 1:
			a.Also = []bot.SourceJSON{{Path: "a.txt"}}
		case 2:
			a.Conflicts = []bot.ConflictJSON{{}}
		case 3:
			a.Alternatives = []bot.AnswerJSON{{Answer: "x"}}
		case 4:
			a.Score = math.NaN()
		case 5:
			a.Confidence = math.Inf(1)
		}
		want.Reset()
		wantErr := enc.Encode(&a)
		got, ok := appendAnswerJSON(nil, &a)
		if !ok {
			if i%50 < 1 || i%50 > 5 {
				t.Errorf("answer %d: got it left to the encoder, want it written (%s)", i, want.Bytes())
			}
			continue
		}
		fast++
		if wantErr != nil || !bytes.Equal(got, want.Bytes()) {
			t.Errorf("answer %d:\ngot  %s\nwant %s (encoding/json, error %v)", i, got, want.Bytes(), wantErr)
		}
	}
	if fast != 18000 {
		t.Errorf("answers written by appendAnswerJSON: got %d of 20000, want the 18,000 with none of those", fast)
	}
}

// FuzzAnswerJSON checks appendAnswerJSON against encoding/json on any
// strings and numbers.
func FuzzAnswerJSON(f *testing.F) {
	f.Add("id1", "when is it open?", "9 a.m.", "\u2028\xff<&>", 0.5, 1e-7, 1e21)
	f.Fuzz(func(t *testing.T, id, question, answer, sentence string, score, conf, span float64) {
		a := bot.AnswerJSON{ID: id, Question: question, Answer: answer, Sentence: sentence, Source: sentence,
			Score: score, Confidence: conf, SpanConfidence: span, Title: answer, Message: question}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		wantErr := enc.Encode(&a)
		if got, ok := appendAnswerJSON(nil, &a); ok && (wantErr != nil || !bytes.Equal(got, want.Bytes())) {
			t.Errorf("got  %s\nwant %s (encoding/json, error %v)", got, want.Bytes(), wantErr)
		}
	})
}
