package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
)

// fakeAsker is a hand-written bot.Asker.
type fakeAsker struct {
	ask func(ctx context.Context, question string) (qa.Answer, error)
}

func (f fakeAsker) Ask(ctx context.Context, question string) (qa.Answer, error) {
	return f.ask(ctx, question)
}

// decodeLines decodes each line of out as bot.AnswerJSON.
func decodeLines(t *testing.T, out string) []bot.AnswerJSON {
	t.Helper()
	var got []bot.AnswerJSON
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var a bot.AnswerJSON
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("output line %d %q: got invalid JSON: %v", i+1, l, err)
		}
		got = append(got, a)
	}
	return got
}

func TestBatchEmbedded(t *testing.T) {
	longContext := strings.Repeat("padding ", 200<<10/8) // 200 KiB: over bufio.Scanner's 64 KiB
	huge := `{"id":"huge","question":"` + strings.Repeat("y", maxLineBytes) + `"}`
	in := strings.Join([]string{
		`{"id":"q1","question":"when is the TikTok deadline?"}`,
		`not json`,
		``,
		`{"id":"q4"}`,
		`{"id":"q5","question":5}`,
		`{"id":6,"question":"zzqx vrrbl qqqj?"}`,
		huge,
		`{"id":"q8","context":"` + longContext + `","question":"when is the TikTok deadline?"}`,
		`{"id":"q9","question":"   "}`,
		`{"id":"q10","question":"when is the TikTok deadline?"`,
		"\xff\xfe{\x00",
		`{"question":"when is the TikTok deadline?","id":"q12"}` + "\r",
	}, "\n") + "\n"
	r := runQabot(t, in, false, "ask", "--jsonl")
	if r.code != exitNotFound {
		t.Errorf("exit: got %d, want %d (some lines failed)", r.code, exitNotFound)
	}
	if !strings.Contains(r.stderr, "8 of 12 lines failed") {
		t.Errorf("stderr: got %q, want a count of failed lines", r.stderr)
	}
	got := decodeLines(t, r.stdout)
	want := []struct {
		id       string
		answered bool
		err      string
	}{
		{"q1", true, ""},
		{"", false, "line 2: not a JSON object"},
		{"", false, "line 3: blank line"},
		{"q4", false, `line 4: no "question" field`},
		{"q5", false, `line 5: "question" must be a string`},
		{"6", false, ""},
		{"huge", false, "line 7: line longer than"},
		{"q8", true, ""},
		{"q9", false, "line 9: the question is empty"},
		{"q10", false, "line 10: invalid JSON"},
		{"", false, "line 11: not a JSON object"},
		{"q12", true, ""},
	}
	if len(got) != len(want) {
		t.Fatalf("output lines: got %d, want %d (one per input line)", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.ID != w.id || g.Answered != w.answered || !strings.HasPrefix(g.Error, w.err) || (w.err == "") != (g.Error == "") {
			t.Errorf("line %d: got id %q answered %v error %q, want id %q answered %v error %q…",
				i+1, g.ID, g.Answered, g.Error, w.id, w.answered, w.err)
		}
		if w.answered && (!strings.Contains(g.Sentence, "September 17") || !strings.HasSuffix(g.Source, ".txt")) {
			t.Errorf("line %d: got sentence %q source %q, want the TikTok deadline from a .txt file", i+1, g.Sentence, g.Source)
		}
	}
}

func TestBatchAllGood(t *testing.T) {
	in := `{"id":"a","question":"when is the TikTok deadline?"}` + "\n" + `{"id":"b","question":"zzqx vrrbl qqqj?"}`
	r := runQabot(t, in, false, "ask", "--jsonl")
	if r.code != exitOK {
		t.Errorf("exit: got %d, want 0 (not answering is not a failure); stderr %q", r.code, r.stderr)
	}
	got := decodeLines(t, r.stdout)
	if len(got) != 2 || got[0].ID != "a" || got[1].ID != "b" || !got[0].Answered || got[1].Answered {
		t.Errorf("got %+v, want a answered then b not answered", got)
	}
}

func TestBatchEngineFailures(t *testing.T) {
	asker := fakeAsker{ask: func(ctx context.Context, q string) (qa.Answer, error) {
		switch q {
		case "boom":
			panic("index out of range")
		case "fail":
			return qa.Answer{}, errors.New("disk on fire")
		}
		return qa.Answer{Found: true, Span: "blue", Sentence: "The sky is " + q + ".", Score: 1.23456,
			Source: qa.Source{Path: "sky.txt"}}, nil
	}}
	in := `{"id":"1","question":"blue"}` + "\n" + `{"id":"2","question":"boom"}` + "\n" +
		`{"id":"3","question":"fail"}` + "\n" + `{"id":"4","question":"  grey  "}` + "\n"
	var out, errOut bytes.Buffer
	e := env{stdin: strings.NewReader(in), stdout: &out, stderr: &errOut}
	code, err := runBatch(context.Background(), asker, 1, nil, e)
	if err != nil || code != exitNotFound {
		t.Errorf("runBatch: got %d, %v; want %d, nil", code, err, exitNotFound)
	}
	got := decodeLines(t, out.String())
	if len(got) != 4 {
		t.Fatalf("output lines: got %d, want 4", len(got))
	}
	if got[0].Sentence != "The sky is blue." || got[0].Score != 1.235 || got[0].Answer != "blue" {
		t.Errorf("line 1: got %+v, want the fake's answer with score 1.235", got[0])
	}
	for i := 1; i <= 2; i++ {
		if got[i].ID != fmt.Sprint(i+1) || !strings.Contains(got[i].Error, "internal error") {
			t.Errorf("line %d: got %+v, want an internal error with its id", i+1, got[i])
		}
	}
	if got[3].Sentence != "The sky is grey." {
		t.Errorf("line 4: got sentence %q, want the cleaned question %q asked", got[3].Sentence, "grey")
	}
	if !strings.Contains(errOut.String(), "disk on fire") || !strings.Contains(errOut.String(), "panicked") {
		t.Errorf("stderr: got %q, want both engine failures explained", errOut.String())
	}
	if strings.Contains(out.String(), "disk on fire") {
		t.Errorf("stdout: got %q, want internal errors kept out of the answers", out.String())
	}
}

func TestParseBatchLine(t *testing.T) {
	tests := []struct {
		line     string
		id, q    string
		err      error
		errMatch string
	}{
		{`{"id":"a","question":"when?"}`, "a", "when?", nil, ""},
		{"\xef\xbb\xbf" + `{"id":"bom","question":"q"}`, "bom", "q", nil, ""},
		{`  {"question":" spaced\tout  ","id":12.5}  `, "12.5", "spaced out", nil, ""},
		{`{"id":null,"question":"q","answers":["x"]}`, "", "q", nil, ""},
		{`{"id":"a","question":"bad \u0000 byte"}`, "a", "bad byte", nil, ""},
		{``, "", "", errBlankLine, ""},
		{"\t \r", "", "", errBlankLine, ""},
		{`["id","question"]`, "", "", errNotObject, ""},
		{`"question"`, "", "", errNotObject, ""},
		{`{"id":"a"}`, "a", "", errNoQuestion, ""},
		{`{"id":"a","question":null}`, "a", "", errNoQuestion, ""},
		{`{"id":"a","question":["x"]}`, "a", "", errQuestionNotString, ""},
		{`{"id":true,"question":"q"}`, "", "", errIDType, ""},
		{`{"id":{"x":1},"question":"q"}`, "", "", errIDType, ""},
		{`{"id":"a","question":""}`, "a", "", errEmptyQuestion, ""},
		{`{"id":"a","question":"` + strings.Repeat("é", bot.DefaultMaxRunes+1) + `"}`, "a", "", errQuestionTooLong, ""},
		{`{"id":"trunc","question":"when`, "trunc", "", nil, "invalid JSON"},
		{`{"x":[1,{"y":2}],"id":"late","question":`, "late", "", nil, "invalid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			id, q, err := parseBatchLine([]byte(tt.line))
			if id != tt.id || q != tt.q {
				t.Errorf("got id %q question %q, want id %q question %q", id, q, tt.id, tt.q)
			}
			switch {
			case tt.err != nil && !errors.Is(err, tt.err):
				t.Errorf("error: got %v, want %v", err, tt.err)
			case tt.errMatch != "" && (err == nil || !strings.Contains(err.Error(), tt.errMatch)):
				t.Errorf("error: got %v, want one containing %q", err, tt.errMatch)
			case tt.err == nil && tt.errMatch == "" && err != nil:
				t.Errorf("error: got %v, want none", err)
			}
		})
	}
}

// TestParseBatchLineOnePass checks that the typed pass reads every line as
// decodeBatchLine does, error and all: good lines, lines it leaves to
// decodeBatchLine, and repeated keys of each kind, where the last counts.
func TestParseBatchLineOnePass(t *testing.T) {
	lines := []string{
		`{"id": "5733bc38d058e614000b6188", "question": "What is resistance to antibiotics a cause of?", "answers": ["evolution"], "sources": ["Antibiotics.txt"], "answerable": true, "kind": "squad", "paragraph": 0}`,
		`{"id":"a","question":"when?"}`,
		`{"question":" spaced\tout  ","id":12.5}`,
		`{"id":-3e2,"question":"q"}`,
		`{"id":null,"question":"q","answers":["x"]}`,
		`{"ID":"upper","Question":"case?"}`,
		`{"id":"\u00e9t\u00e9","question":"caf\u00e9 \ud83d\ude00?"}`,
		"{\"id\":\"bad\xffutf\",\"question\":\"bad \xfe byte\"}",
		`{"id":"a","question":"bad \u0000 byte"}`,
		`{"id":"a","id":null,"question":"q"}`,
		`{"id":"a","id":7,"question":"q"}`,
		`{"id":true,"id":"a","question":"q"}`,
		`{"id":"a","id":true,"question":"q"}`,
		`{"id":"a","question":"q","question":null}`,
		`{"id":"a","question":null,"question":"q"}`,
		`{"id":"a","question":5,"question":"q"}`,
		`{"id":"a","question":"q","question":5}`,
		`{"id":"a","question":5,"question":null}`,
		`{"id":[1],"question":5}`,
		`{"question":5,"id":false}`,
		`{"id":"a"}`,
		`{"id":"a","question":["x"]}`,
		`{"id":"a","question":""}`,
		`{"id":"a","question":"` + strings.Repeat("é", bot.DefaultMaxRunes+1) + `"}`,
		`{"id":"trunc","question":"when`,
		`{"id":"a","question":"q"} {"id":"b"}`,
		`{"id":"a","question":"q",}`,
	}
	for _, l := range lines {
		id, q, err := parseBatchLine([]byte(l))
		wid, wq, werr := decodeBatchLine([]byte(l))
		if id != wid || q != wq || fmt.Sprint(err) != fmt.Sprint(werr) {
			t.Errorf("%s: got %q %q %v, want %q %q %v", l, id, q, err, wid, wq, werr)
		}
	}
}

// TestParseBatchLineAllocs checks that an evaluation file's line is read
// by the typed pass, not decodeBatchLine: it allocates less.
func TestParseBatchLineAllocs(t *testing.T) {
	line := []byte(`{"id": "5733bc38d058e614000b6188", "question": "What is resistance to antibiotics a cause of?", "answers": ["evolution"], "sources": ["Antibiotics.txt"], "answerable": true, "kind": "squad", "paragraph": 0}`)
	got := testing.AllocsPerRun(100, func() { parseBatchLine(line) })
	want := testing.AllocsPerRun(100, func() { decodeBatchLine(line) })
	if got >= want {
		t.Errorf("allocations a line: got %v, want fewer than decodeBatchLine's %v", got, want)
	}
}

func TestIDFromPrefix(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"id":"abc","question":"x`, "abc"},
		{`{"question":"x","id":42}`, "42"},
		{`{"a":{"id":"inner"},"id":"outer"`, "outer"},
		{`{"a":{"id":"inner"}`, ""},
		{`{"question":"never ends`, ""},
		{`[{"id":"x"}]`, ""},
		{`{"id":false}`, ""},
		{`garbage`, ""},
	}
	for _, tt := range tests {
		if got := idFromPrefix([]byte(tt.in)); got != tt.want {
			t.Errorf("idFromPrefix(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzParseBatchLine checks that no input line crashes the parser and that
// an accepted question is clean, valid UTF-8 and within the length limit.
func FuzzParseBatchLine(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		id, q, err := parseBatchLine(b)
		_ = idFromPrefix(b)
		// The typed pass reads an object's line as decodeBatchLine does.
		if o, oerr := objectLine(b); oerr == nil {
			wid, wq, werr := decodeBatchLine(o)
			if id != wid || q != wq || fmt.Sprint(err) != fmt.Sprint(werr) {
				t.Errorf("%q: got %q %q %v, want decodeBatchLine's %q %q %v", b, id, q, err, wid, wq, werr)
			}
		}
		if err != nil {
			if q != "" {
				t.Errorf("got question %q with error %v, want none", q, err)
			}
			return
		}
		if q == "" || !utf8.ValidString(q) || q != bot.CleanQuestion(q) {
			t.Errorf("question: got %q, want non-empty, valid, clean", q)
		}
		if n := utf8.RuneCountInString(q); n > bot.DefaultMaxRunes {
			t.Errorf("question: got %d runes, want at most %d", n, bot.DefaultMaxRunes)
		}
		// Writing the parsed line out again and reading it back gives the
		// same id and question.
		again, err := json.Marshal(map[string]string{"id": id, "question": q})
		if err != nil {
			t.Fatal(err)
		}
		id2, q2, err := parseBatchLine(again)
		if err != nil || q2 != q || (id2 != id && utf8.ValidString(id)) {
			t.Errorf("round trip of %s: got %q %q %v, want %q %q", again, id2, q2, err, id, q)
		}
	})
}

// notifyWriter passes each write on as a string.
type notifyWriter struct{ c chan string }

func (w notifyWriter) Write(p []byte) (int, error) {
	w.c <- string(p)
	return len(p), nil
}

// TestBatchAnswersEachLineAtOnce checks that a program feeding questions
// one at a time gets each answer before it sends the next question.
func TestBatchAnswersEachLineAtOnce(t *testing.T) {
	asker := fakeAsker{ask: func(_ context.Context, q string) (qa.Answer, error) {
		return qa.Answer{Found: true, Sentence: q + ".", Source: qa.Source{Path: "a.txt"}}, nil
	}}
	pr, pw := io.Pipe()
	out := notifyWriter{c: make(chan string, 10)}
	e := env{stdin: pr, stdout: out, stderr: io.Discard}
	done := make(chan int, 1)
	go func() {
		code, _ := runBatch(context.Background(), asker, 1, nil, e)
		done <- code
	}()
	for i := range 3 {
		fmt.Fprintf(pw, `{"id":"%d","question":"q%d"}`+"\n", i, i)
		select {
		case got := <-out.c:
			if want := fmt.Sprintf(`"id":"%d"`, i); !strings.Contains(got, want) {
				t.Errorf("answer %d: got %q, want it to contain %s", i, got, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("answer %d: none within 5s while the input waits", i)
		}
	}
	pw.Close()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit: got %d, want 0", code)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("runBatch did not end within 5s of the end of input")
	}
}

// TestBatchAnswersInParallelInOrder checks that the batch asks several
// lines at once (the first question is held until three others have been
// asked) and still writes the answers in input order.
func TestBatchAnswersInParallelInOrder(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	asked := make(chan string, 64)
	release := make(chan struct{})
	asker := fakeAsker{ask: func(_ context.Context, q string) (qa.Answer, error) {
		asked <- q
		if q == "q0" {
			<-release
		}
		return qa.Answer{Found: true, Sentence: q + ".", Source: qa.Source{Path: "a.txt"}}, nil
	}}
	var in strings.Builder
	for i := range 20 {
		fmt.Fprintf(&in, `{"id":"%d","question":"q%d"}`+"\n", i, i)
	}
	var out bytes.Buffer
	done := make(chan int, 1)
	go func() {
		code, _ := runBatch(context.Background(), asker, 1, nil, env{stdin: strings.NewReader(in.String()), stdout: &out, stderr: io.Discard})
		done <- code
	}()
	seen := map[string]bool{}
	for len(seen) < 4 {
		select {
		case q := <-asked:
			seen[q] = true
		case <-time.After(5 * time.Second):
			t.Fatalf("asked %v while q0 was being answered, want 3 more lines asked meanwhile", seen)
		}
	}
	close(release)
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit: got %d, want 0", code)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("runBatch did not end within 5s")
	}
	got := decodeLines(t, out.String())
	if len(got) != 20 {
		t.Fatalf("output lines: got %d, want 20", len(got))
	}
	for i, a := range got {
		if a.ID != fmt.Sprint(i) || a.Sentence != fmt.Sprintf("q%d.", i) {
			t.Errorf("output line %d: got id %q sentence %q, want %d and q%d.", i+1, a.ID, a.Sentence, i, i)
		}
	}
}

// TestBatchStopsOnInterrupt checks that a batch stopped by Ctrl-C while
// lines are in flight exits 130 without writing their answers.
func TestBatchStopsOnInterrupt(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	asker := fakeAsker{ask: func(ctx context.Context, q string) (qa.Answer, error) {
		if q == "q2" {
			cancel()
		}
		if err := ctx.Err(); err != nil {
			return qa.Answer{}, err
		}
		return qa.Answer{Found: true, Sentence: q + ".", Source: qa.Source{Path: "a.txt"}}, nil
	}}
	in := `{"id":"0","question":"q0"}` + "\n" + `{"id":"1","question":"q1"}` + "\n" + `{"id":"2","question":"q2"}` + "\n" + `{"id":"3","question":"q3"}` + "\n"
	var out bytes.Buffer
	code, err := runBatch(ctx, asker, 1, nil, env{stdin: strings.NewReader(in), stdout: &out, stderr: io.Discard})
	if code != exitInterrupted || err == nil {
		t.Errorf("runBatch: got %d, %v; want %d and an error", code, err, exitInterrupted)
	}
	if out.Len() == 0 {
		return
	}
	for _, a := range decodeLines(t, out.String()) {
		if a.ID == "2" || a.ID == "3" || a.Error != "" {
			t.Errorf("got %+v written after the interrupt, want only answers asked before it", a)
		}
	}
}

// TestBatchOutputCutsAtInterrupt checks that the batch writes every line
// up to the first one an interruption stopped, and none after it, even
// when a later line was answered first: the output never has a gap.
func TestBatchOutputCutsAtInterrupt(t *testing.T) {
	var out bytes.Buffer
	o := newBatchOutput(json.NewEncoder(&out), io.Discard, 8)
	answer := func(seq int, err error) batchAnswer {
		return batchAnswer{batchJob: batchJob{seq: seq, l: line{n: seq + 1}}, out: bot.AnswerJSON{ID: fmt.Sprint(seq)}, err: err}
	}
	// Answers arrive out of order: line 3 before the interrupted line 2.
	for _, a := range []batchAnswer{answer(0, nil), answer(3, nil), answer(2, context.Canceled), answer(1, nil), answer(4, nil)} {
		if err := o.put(a); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, a := range decodeLines(t, out.String()) {
		got = append(got, a.ID)
	}
	if want := []string{"0", "1"}; !slices.Equal(got, want) {
		t.Errorf("written ids: got %q, want %q", got, want)
	}
}

// TestBatchOutputInOrder checks that answers arriving in any order within
// the lines in flight are written in input order, as the ring of waiting
// answers wraps round, and that writing one allocates nothing beyond the
// encoder's own.
func TestBatchOutputInOrder(t *testing.T) {
	var out bytes.Buffer
	o := newBatchOutput(json.NewEncoder(&out), io.Discard, 3)
	for _, seq := range []int{2, 1, 0, 3, 5, 4, 8, 6, 7} {
		a := batchAnswer{batchJob: batchJob{seq: seq, l: line{n: seq + 1}}, out: bot.AnswerJSON{ID: fmt.Sprint(seq)}}
		if err := o.put(a); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, a := range decodeLines(t, out.String()) {
		got = append(got, a.ID)
	}
	if want := []string{"0", "1", "2", "3", "4", "5", "6", "7", "8"}; !slices.Equal(got, want) {
		t.Errorf("written ids: got %q, want %q", got, want)
	}
	if o.written != 9 || slices.Contains(o.ready, true) {
		t.Errorf("after all: written %d, ready %v; want 9 and none", o.written, o.ready)
	}

	enc := json.NewEncoder(io.Discard)
	a := bot.AnswerJSON{ID: "1", Answered: true, Answer: "September 17", Sentence: "They met on September 17."}
	encoding := testing.AllocsPerRun(100, func() { enc.Encode(&a) })
	o = newBatchOutput(enc, io.Discard, 4)
	seq := 0
	putting := testing.AllocsPerRun(100, func() {
		o.put(batchAnswer{batchJob: batchJob{seq: seq}, out: a})
		seq++
	})
	if putting > encoding {
		t.Errorf("put allocates %.1f times an answer, want at most the encoder's %.1f", putting, encoding)
	}
}

// countWriter counts the writes it is given.
type countWriter struct{ n atomic.Int64 }

func (w *countWriter) Write(p []byte) (int, error) {
	w.n.Add(1)
	return len(p), nil
}

// TestBatchWritesFew checks that a batch read from a file writes its
// answers in few writes: the lines read ahead (feedLinesAhead) and the
// answers waiting are taken before the output is flushed. Flushing
// whenever the reading goroutine had not yet handed the next line over
// wrote some 5,000 times for the 9,982 lines of the sq48 batch; this test
// fails so (checked: the lines not read ahead, and the answers waiting
// not taken first).
func TestBatchWritesFew(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	asker := fakeAsker{ask: func(_ context.Context, q string) (qa.Answer, error) {
		for start := time.Now(); time.Since(start) < 20*time.Microsecond; {
		}
		return qa.Answer{Found: true, Sentence: q + ".", Source: qa.Source{Path: "a.txt"}}, nil
	}}
	const lines = 2000
	var in strings.Builder
	for i := range lines {
		fmt.Fprintf(&in, `{"id":"%d","question":"q%d"}`+"\n", i, i)
	}
	var out countWriter
	code, err := runBatch(context.Background(), asker, 1, nil, env{stdin: strings.NewReader(in.String()), stdout: &out, stderr: io.Discard})
	if code != exitOK || err != nil {
		t.Fatalf("got exit %d, error %v; want 0, none", code, err)
	}
	if n := out.n.Load(); n > lines/6 {
		t.Errorf("writes: got %d for %d lines, want at most %d", n, lines, lines/6)
	}
}

// TestBatchReleases checks that a batch hands back the binary's pages
// after every batchReleaseLines lines (runBatch's release), and never
// when it is given none. It fails with the call left out (0 releases) or
// made at every line.
func TestBatchReleases(t *testing.T) {
	asker := fakeAsker{ask: func(_ context.Context, q string) (qa.Answer, error) {
		return qa.Answer{Found: true, Sentence: q + ".", Source: qa.Source{Path: "a.txt"}}, nil
	}}
	for _, tt := range []struct{ lines, want int }{
		{1, 0},
		{batchReleaseLines - 1, 0},
		{batchReleaseLines, 1},
		{2*batchReleaseLines + 1, 2},
	} {
		var in strings.Builder
		for i := range tt.lines {
			fmt.Fprintf(&in, `{"id":"%d","question":"q%d"}`+"\n", i, i)
		}
		releases := 0
		release := func() int { releases++; return 1 }
		var out bytes.Buffer
		code, err := runBatch(context.Background(), asker, 1, release, env{stdin: strings.NewReader(in.String()), stdout: &out, stderr: io.Discard})
		if code != exitOK || err != nil {
			t.Fatalf("%d lines: got exit %d, error %v; want 0, none", tt.lines, code, err)
		}
		if got := strings.Count(out.String(), "\n"); got != tt.lines || releases != tt.want {
			t.Errorf("%d lines: got %d output lines and %d releases, want %d and %d", tt.lines, got, releases, tt.lines, tt.want)
		}
	}
}
