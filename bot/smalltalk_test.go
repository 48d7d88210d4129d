package bot

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa"
)

func TestSmalltalkFileParses(t *testing.T) {
	st, err := parseSmalltalk(smalltalkData)
	if err != nil {
		t.Fatalf("smalltalk.txt: %v", err)
	}
	if len(st.help) < 5 || len(st.greet) < 10 || len(st.filler) < 10 {
		t.Errorf("got %d help phrases, %d greet and %d filler words; want the whole file read", len(st.help), len(st.greet), len(st.filler))
	}
	for w := range st.greet {
		if st.filler[w] {
			t.Errorf("%q is both greet and filler", w)
		}
	}
	for _, q := range []string{"what", "when", "who", "where", "why", "how", "which", "deadline", "tiktok"} {
		if st.greet[q] || st.filler[q] {
			t.Errorf("%q is listed; question and topic words must stay out", q)
		}
	}
}

func TestParseSmalltalkErrors(t *testing.T) {
	tests := []struct{ data, want string }{
		{"greet hi\ngreet hi\n", `greet "hi" is listed twice`},
		{"wave hi\n", `unknown kind "wave"`},
		{"greet good morning\n", "greet needs one word"},
		{"filler\n", "filler needs one word"},
		{"help " + strings.Repeat("please ", 10) + "\n", "longer than 64 bytes"},
	}
	for _, tt := range tests {
		if _, err := parseSmalltalk(tt.data); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want an error holding %q", tt.data, err, tt.want)
		}
	}
}

func TestIsHelpSmallTalk(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"hello", true},
		{"Hello!", true},
		{"hi there", true},
		{"Hi there :)", true},
		{"hey qabot", true},
		{"good morning", true},
		{"Good morning, everyone!", true},
		{"thanks", true},
		{"Thanks a lot!", true},
		{"thank you so much", true},
		{"thx", true},
		{"cheers, bye", true},
		{"thanks for the help", true},
		{"???", true},
		{"gm everyone", true},
		{"good night", true},
		{"k cool whatever", true},
		{"okay ta v much", true},
		{"good morning doc", true},
		{"test", true},
		{"test 1 2", true},
		{"testing 1 2 3", true},
		{"hold on", true},
		{"first!", true},
		{"test results", false},
		{"first aid kit", false},
		{"hold on to my booking", false},
		{"123", false},
		{"night shift pay", false},
		{"doc", false},
		{"good", false},
		{"there", false},
		{"hi, when is the TikTok deadline?", false},
		{"thanks, who leads the talks?", false},
		{"what is a good morning routine", false},
		{"hello world program", false},
	}
	for _, tt := range tests {
		if got := IsHelp(tt.in); got != tt.want {
			t.Errorf("IsHelp(%q): got %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestHandlerGreetings checks that small talk gets the help text and never
// reaches the engine.
func TestHandlerGreetings(t *testing.T) {
	asked := 0
	h := NewHandler(&fakeAsker{ask: func(context.Context, string) (qa.Answer, error) {
		asked++
		return qa.Answer{}, nil
	}}, Config{RateLimit: -1})
	for _, q := range []string{"hello", "hi there", "thanks", "good morning"} {
		r := h.Handle(context.Background(), Request{Text: q})
		if r.Outcome != OutcomeHelp || r.Text != h.Help() {
			t.Errorf("%q: got %s %q, want the help text", q, r.Outcome, r.Text)
		}
	}
	if asked != 0 {
		t.Errorf("engine asked %d times, want never for small talk", asked)
	}
}

// topFake is a TopAsker over fixed answers.
type topFake struct {
	fakeAsker
	answers []qa.Answer
	gotN    int
}

func (f *topFake) AskTop(_ context.Context, _ string, n int) ([]qa.Answer, error) {
	f.gotN = n
	return f.answers[:min(n, len(f.answers))], nil
}

func TestHandlerTop(t *testing.T) {
	found := func(s string) qa.Answer { return qa.Answer{Found: true, Sentence: s, Confidence: 0.5} }
	tests := []struct {
		name    string
		answers []qa.Answer
		top     int
		outcome Outcome
		alts    int
		wantN   int
	}{
		{"one", []qa.Answer{found("a"), found("b")}, 1, OutcomeAnswered, 0, 0},
		{"three", []qa.Answer{found("a"), found("b"), found("c")}, 3, OutcomeAnswered, 2, 3},
		{"not found alternatives left out", []qa.Answer{found("a"), {Score: 1}, found("c")}, 3, OutcomeAnswered, 1, 3},
		{"best not found", []qa.Answer{{Score: 0.4}}, 3, OutcomeNotFound, 0, 3},
		{"capped at MaxTop", []qa.Answer{found("a")}, 99, OutcomeAnswered, 0, MaxTop},
	}
	for _, tt := range tests {
		f := &topFake{fakeAsker: fakeAsker{ask: func(context.Context, string) (qa.Answer, error) { return tt.answers[0], nil }}, answers: tt.answers}
		r := NewHandler(f, Config{RateLimit: -1}).Handle(context.Background(), Request{Text: "q?", Top: tt.top})
		if r.Outcome != tt.outcome || len(r.Alternatives) != tt.alts || f.gotN != tt.wantN {
			t.Errorf("%s: got %s, %d alternatives, AskTop(%d); want %s, %d, AskTop(%d)", tt.name, r.Outcome, len(r.Alternatives), f.gotN, tt.outcome, tt.alts, tt.wantN)
		}
		if tt.outcome == OutcomeNotFound && r.Answer.Score != 0.4 {
			t.Errorf("%s: got the abstention's score %v, want 0.4 kept", tt.name, r.Answer.Score)
		}
		j := ReplyJSON(r)
		if len(j.Alternatives) != tt.alts {
			t.Errorf("%s: got %d alternatives in JSON, want %d", tt.name, len(j.Alternatives), tt.alts)
		}
	}
}

func TestSafeAskTopRecoversPanics(t *testing.T) {
	f := &topFake{answers: nil}
	f.fakeAsker.ask = func(context.Context, string) (qa.Answer, error) { panic("boom") }
	if _, err := SafeAskTop(context.Background(), &f.fakeAsker, "q", 1); err == nil || !strings.Contains(err.Error(), "panicked") {
		t.Errorf("got %v, want the panic as an error", err)
	}
	if as, err := SafeAskTop(context.Background(), f, "q", 3); err != nil || len(as) != 1 || as[0].Found {
		t.Errorf("got %v, %v; want one empty answer when AskTop gives none", as, err)
	}
}

// TestAsciiHelp checks that isHelp, which reads a text in ASCII itself
// (asciiHelp), says what isHelpPlain says: for the questions of the chat
// sets, the help phrases and small talk in many forms, and texts outside
// ASCII; and that it decides the questions in ASCII itself. It fails
// when asciiHelp decides a word too early, or takes a filler word for a
// greet word (checked).
func TestAsciiHelp(t *testing.T) {
	st := loadSmalltalk()
	var texts []string
	paths, err := filepath.Glob("../qa/testdata/*/train.jsonl")
	if err != nil || len(paths) < 2 {
		t.Fatalf("question files: got %d, error %v; want several", len(paths), err)
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			var ex struct{ Question string }
			if json.Unmarshal([]byte(line), &ex) == nil && ex.Question != "" {
				texts = append(texts, ex.Question)
			}
		}
	}
	questions := len(texts)
	for _, set := range []map[string]bool{st.help, st.greet, st.filler} {
		for w := range set {
			texts = append(texts, w, strings.ToUpper(w)+"!", w+" please", "Hi, "+w+"?", w+" what is the fee",
				"thanks "+w+" so much "+w+" ok", w+"é", "é "+w, w+"'s hours", w+" "+strings.Repeat("x", 40))
		}
	}
	texts = append(texts, "", "???", "hello there thanks a lot good morning everyone", "what can you do",
		"What can you do?", "how do i use this thing now", "Straße hours", "open on Sunday at 9", "hours\u00a0sunday",
		strings.Repeat("Supercalifragilistic", 3)+" thanks hello there", "hello "+strings.Repeat("A", 40))
	decided := 0
	for i, text := range texts {
		got, want := st.isHelp(text), st.isHelpPlain(text)
		if got != want {
			t.Errorf("isHelp(%q): got %v, want %v (isHelpPlain)", text, got, want)
		}
		if _, ok := st.asciiHelp(text); i < questions && ok {
			decided++
		}
	}
	if decided < questions*9/10 {
		t.Errorf("questions decided by asciiHelp: got %d of %d, want nine in ten", decided, questions)
	}
}
