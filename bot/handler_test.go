package bot

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/qabot/qabot/qa"
)

// fakeAsker is a hand-written Asker whose behaviour each test sets.
type fakeAsker struct {
	ask   func(ctx context.Context, q string) (qa.Answer, error)
	mu    sync.Mutex
	calls []string
}

func (f *fakeAsker) Ask(ctx context.Context, q string) (qa.Answer, error) {
	f.mu.Lock()
	f.calls = append(f.calls, q)
	f.mu.Unlock()
	return f.ask(ctx, q)
}

// fakeRecorder collects observations.
type fakeRecorder struct {
	mu       sync.Mutex
	outcomes []Outcome
	feedback []bool
}

func (r *fakeRecorder) Question(front string, o Outcome, _ time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.outcomes = append(r.outcomes, o)
}

func (r *fakeRecorder) Feedback(front string, helpful bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.feedback = append(r.feedback, helpful)
}

// clock is a settable fake time source.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

var deadline = qa.Answer{Found: true, Span: "September 17", SpanConfidence: 0.9, Sentence: "The deadline is September 17.",
	Source: qa.Source{Path: "a.txt", Title: "Talks"}}

func TestHandleOutcomes(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		answer  qa.Answer
		err     error
		panics  bool
		want    Outcome
		wantSub string // in Reply.Text
		asked   bool
	}{
		{name: "answered", text: "when is the deadline?", answer: deadline, want: OutcomeAnswered, asked: true},
		{name: "not found", text: "how do I reset my vpn password", want: OutcomeNotFound, wantSub: "couldn't find", asked: true},
		{name: "bare mention", text: "   ", want: OutcomeHelp, wantSub: "for example"},
		{name: "help", text: "Help!", want: OutcomeHelp, wantSub: DefaultExample},
		{name: "too long", text: strings.Repeat("a", DefaultMaxRunes+1), want: OutcomeRefused, wantSub: "2,000"},
		{name: "engine error", text: "when?", err: errors.New("index exploded at /secret/path"), want: OutcomeError, wantSub: "Sorry", asked: true},
		{name: "engine panic", text: "when?", panics: true, want: OutcomeError, wantSub: "Sorry", asked: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asker := &fakeAsker{ask: func(context.Context, string) (qa.Answer, error) {
				if tt.panics {
					panic("boom")
				}
				return tt.answer, tt.err
			}}
			rec := &fakeRecorder{}
			h := NewHandler(asker, Config{Front: "test", Recorder: rec})
			r := h.Handle(context.Background(), Request{User: "u1", Text: tt.text})
			if r.Outcome != tt.want {
				t.Fatalf("got outcome %q, want %q", r.Outcome, tt.want)
			}
			if !strings.Contains(r.Text, tt.wantSub) {
				t.Errorf("got text %q, want it to contain %q", r.Text, tt.wantSub)
			}
			if strings.Contains(r.Text, "secret") {
				t.Errorf("got text %q: internal error details leaked to the user", r.Text)
			}
			if got := len(asker.calls) > 0; got != tt.asked {
				t.Errorf("got engine asked %v, want %v", got, tt.asked)
			}
			if len(rec.outcomes) != 1 || rec.outcomes[0] != tt.want {
				t.Errorf("got recorded outcomes %v, want [%s]", rec.outcomes, tt.want)
			}
			if tt.want == OutcomeAnswered && r.Answer.Span != "September 17" {
				t.Errorf("got span %q, want %q", r.Answer.Span, "September 17")
			}
		})
	}
}

func TestHandleRateLimit(t *testing.T) {
	c := &clock{t: time.Date(2025, 9, 14, 12, 0, 0, 0, time.UTC)}
	asker := &fakeAsker{ask: func(context.Context, string) (qa.Answer, error) { return deadline, nil }}
	h := NewHandler(asker, Config{RateLimit: 3, Now: c.now})
	ask := func(user string) Outcome {
		return h.Handle(context.Background(), Request{User: user, Text: "when is the deadline"}).Outcome
	}
	for i := 0; i < 3; i++ {
		if got := ask("alice"); got != OutcomeAnswered {
			t.Fatalf("question %d: got %q, want %q", i+1, got, OutcomeAnswered)
		}
	}
	if got := ask("alice"); got != OutcomeRateLimited {
		t.Fatalf("4th question in a minute: got %q, want %q", got, OutcomeRateLimited)
	}
	if got := ask("bob"); got != OutcomeAnswered {
		t.Errorf("another user: got %q, want %q", got, OutcomeAnswered)
	}
	if got := h.Handle(context.Background(), Request{User: "alice", Text: "help"}).Outcome; got != OutcomeHelp {
		t.Errorf("help while limited: got %q, want %q", got, OutcomeHelp)
	}
	c.t = c.t.Add(61 * time.Second)
	if got := ask("alice"); got != OutcomeAnswered {
		t.Errorf("after a minute: got %q, want %q", got, OutcomeAnswered)
	}
	if n := len(asker.calls); n != 5 {
		t.Errorf("got %d engine calls, want 5 (refused questions never reach the engine)", n)
	}
}

func TestHandleRateLimitOff(t *testing.T) {
	asker := &fakeAsker{ask: func(context.Context, string) (qa.Answer, error) { return deadline, nil }}
	h := NewHandler(asker, Config{RateLimit: -1})
	for i := 0; i < 50; i++ {
		if got := h.Handle(context.Background(), Request{User: "u", Text: "q?"}).Outcome; got != OutcomeAnswered {
			t.Fatalf("question %d with the limit off: got %q, want %q", i+1, got, OutcomeAnswered)
		}
	}
}

func TestHandleCleansQuestion(t *testing.T) {
	asker := &fakeAsker{ask: func(context.Context, string) (qa.Answer, error) { return deadline, nil }}
	h := NewHandler(asker, Config{})
	h.Handle(context.Background(), Request{User: "u", Text: "  when\x00 is\n\tthe \xffdeadline?  "})
	if got, want := asker.calls[0], "when is the deadline?"; got != want {
		t.Errorf("got engine question %q, want %q", got, want)
	}
}

// fakeFeedbackStore keeps votes in memory, or fails with err.
type fakeFeedbackStore struct {
	mu    sync.Mutex
	votes []Feedback
	err   error
}

func (s *fakeFeedbackStore) Add(_ context.Context, f Feedback) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return s.err
	}
	s.votes = append(s.votes, f)
	return nil
}

func TestFeedback(t *testing.T) {
	at := time.Date(2026, 3, 4, 5, 6, 7, 0, time.FixedZone("CET", 3600))
	vote := Vote{Helpful: false, Question: "  when is the\n deadline?", Sentence: "The deadline is September 17.", Source: "a.txt"}
	want := Feedback{Time: at.UTC(), Front: "slack", Helpful: false, Question: "when is the deadline?",
		Sentence: "The deadline is September 17.", Source: "a.txt"}
	tests := []struct {
		name         string
		logQuestions bool
		storeErr     error
		wantStored   []Feedback
		wantLog      string
	}{
		{"stored", true, nil, []Feedback{want}, "stored=true"},
		{"questions not logged: never stored", false, nil, nil, "stored=false"},
		{"store failing: counted and logged", true, errors.New("disk full"), nil, "feedback not stored"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &fakeRecorder{}
			store := &fakeFeedbackStore{err: tt.storeErr}
			var logs strings.Builder
			h := NewHandler(&fakeAsker{}, Config{Front: "slack", Recorder: rec, Feedback: store, LogQuestions: tt.logQuestions,
				Now: (&clock{t: at}).now, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
			h.Feedback(context.Background(), vote)
			if len(store.votes) != len(tt.wantStored) || (len(tt.wantStored) == 1 && store.votes[0] != tt.wantStored[0]) {
				t.Errorf("got stored %+v, want %+v", store.votes, tt.wantStored)
			}
			if len(rec.feedback) != 1 || rec.feedback[0] {
				t.Errorf("got metrics %v, want [false] whatever the store did", rec.feedback)
			}
			if !strings.Contains(logs.String(), tt.wantLog) {
				t.Errorf("got log %q, want it to hold %q", logs.String(), tt.wantLog)
			}
			if !tt.logQuestions && strings.Contains(logs.String(), "deadline?") {
				t.Errorf("got log %q with log.questions off, want no question text", logs.String())
			}
		})
	}
}

func TestFeedbackWithoutStore(t *testing.T) {
	rec := &fakeRecorder{}
	h := NewHandler(&fakeAsker{}, Config{Recorder: rec, LogQuestions: true})
	h.Feedback(context.Background(), Vote{Helpful: true})
	h.Feedback(context.Background(), Vote{Helpful: false})
	if len(rec.feedback) != 2 || !rec.feedback[0] || rec.feedback[1] {
		t.Errorf("got feedback %v, want [true false]", rec.feedback)
	}
}

// countingLimiter is a Limiter that allows the first n questions in all.
type countingLimiter struct {
	mu   sync.Mutex
	n    int
	keys []string
}

func (l *countingLimiter) Allow(_ context.Context, key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.keys = append(l.keys, key)
	return len(l.keys) <= l.n
}

func TestHandleUsesConfiguredLimiter(t *testing.T) {
	asker := &fakeAsker{ask: func(context.Context, string) (qa.Answer, error) { return deadline, nil }}
	tests := []struct {
		name      string
		rateLimit int
		want      []Outcome
		wantKeys  int
	}{
		{"the limiter decides", 0, []Outcome{OutcomeAnswered, OutcomeRateLimited, OutcomeRateLimited}, 3},
		{"no limit: the limiter is not asked", -1, []Outcome{OutcomeAnswered, OutcomeAnswered, OutcomeAnswered}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &countingLimiter{n: 1}
			h := NewHandler(asker, Config{RateLimit: tt.rateLimit, Limiter: l})
			for i, want := range tt.want {
				if got := h.Handle(context.Background(), Request{User: "u1", Text: "when?"}).Outcome; got != want {
					t.Errorf("question %d: got %q, want %q", i+1, got, want)
				}
			}
			if len(l.keys) != tt.wantKeys {
				t.Errorf("got the limiter asked %d times, want %d", len(l.keys), tt.wantKeys)
			}
		})
	}
}

// TestIsClean checks that CleanQuestion, which gives back a clean
// question as it is (isClean), gives what cleanQuestion, reading it rune
// by rune, gives: for every text of one to three bytes from a set of
// bytes that matter (the ends of ASCII, spaces, controls, a byte outside
// ASCII), and for such bytes put at the ends and inside a question. It
// fails when isClean lets a space at an end or a control byte through
// (checked).
func TestIsClean(t *testing.T) {
	bytes := []string{"", "a", "?", " ", "  ", "\t", "\n", "\x00", "\x1f", "\x7f", "~", "\x80", "é", "\xff", "\u00a0"}
	var texts []string
	for _, a := range bytes {
		for _, b := range bytes {
			for _, c := range bytes {
				texts = append(texts, a+b+c, a+"when is the library open"+b+"on sunday"+c)
			}
		}
	}
	clean := 0
	for _, text := range texts {
		if got, want := CleanQuestion(text), cleanQuestion(text); got != want {
			t.Errorf("CleanQuestion(%q): got %q, want %q (cleanQuestion)", text, got, want)
		}
		if isClean(text) {
			clean++
		}
	}
	if clean < 100 {
		t.Errorf("clean texts: got %d of %d, want at least 100", clean, len(texts))
	}
}

func TestCleanQuestion(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  hello  ", "hello"},
		{"a\n\nb\tc", "a b c"},
		{"bad \xff\xfe bytes", "bad bytes"},
		{"bell\x07 ring", "bell ring"},
		{"Sánchez — “quoted”", "Sánchez — “quoted”"},
	}
	for _, tt := range tests {
		if got := CleanQuestion(tt.in); got != tt.want {
			t.Errorf("CleanQuestion(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsHelpAndIsQuestion(t *testing.T) {
	tests := []struct {
		in               string
		help, isQuestion bool
	}{
		{"", true, false},
		{"help", true, false},
		{"HELP?", true, false},
		{"help me!", true, false},
		{"can you help?", true, true},
		{"who are you", true, true},
		{"when is the tiktok deadline", false, true},
		{"the deadline is friday?", false, true},
		{"lunch at noon", false, false},
		{"why?", false, false},
		{"thanks everyone for coming", false, false},
	}
	for _, tt := range tests {
		if got := IsHelp(tt.in); got != tt.help {
			t.Errorf("IsHelp(%q): got %v, want %v", tt.in, got, tt.help)
		}
		if got := IsQuestion(tt.in); got != tt.isQuestion {
			t.Errorf("IsQuestion(%q): got %v, want %v", tt.in, got, tt.isQuestion)
		}
	}
}
