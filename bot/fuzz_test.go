package bot

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/qabot/qabot/qa"
)

// FuzzHandle feeds arbitrary text through CleanQuestion and Handle: the
// handler must never panic, always give one outcome, and only ever pass the
// engine valid, trimmed UTF-8.
func FuzzHandle(f *testing.F) {
	for _, s := range []string{"", "help", "when is the TikTok deadline?", "\xff\xfe", "<!everyone> hi", strings.Repeat("é", 2100)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		asker := &fakeAsker{ask: func(_ context.Context, q string) (qa.Answer, error) {
			if !utf8.ValidString(q) || q != strings.TrimSpace(q) {
				t.Errorf("engine got %q, want valid trimmed UTF-8", q)
			}
			return qa.Answer{}, nil
		}}
		h := NewHandler(asker, Config{RateLimit: -1})
		r := h.Handle(context.Background(), Request{User: "u", Text: s})
		if r.Outcome == "" || r.Text == "" {
			t.Errorf("Handle(%q): got outcome %q text %q, want both set", s, r.Outcome, r.Text)
		}
	})
}

// FuzzIsHelp checks that deciding whether a message is small talk never
// panics and does not hang on punctuation around the words: "hello",
// "hello!" and " hello? " are decided alike.
func FuzzIsHelp(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzIsHelp.
	f.Fuzz(func(t *testing.T, s string) {
		got := IsHelp(s)
		for _, v := range []string{s + "!", " " + s + "? ", "(" + s + ")"} {
			if IsHelp(v) != got {
				t.Errorf("IsHelp(%q) = %v but IsHelp(%q) = %v; want punctuation around the words not to matter", s, got, v, !got)
			}
		}
	})
}

// FuzzParseFeedback reads arbitrary bytes as a stored vote: it must never
// panic, and a record it accepts has a time and a front and survives a
// round trip through JSON.
func FuzzParseFeedback(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzParseFeedback.
	f.Fuzz(func(t *testing.T, raw []byte) {
		rec, err := ParseFeedback(raw)
		if err != nil {
			return
		}
		if rec.Time.IsZero() || rec.Front == "" {
			t.Fatalf("ParseFeedback(%q): got %+v, want a time and a front", raw, rec)
		}
		again, err := json.Marshal(rec)
		if err != nil {
			t.Fatalf("ParseFeedback(%q): got %+v, which does not encode: %v", raw, rec, err)
		}
		back, err := ParseFeedback(again)
		if err != nil || !back.Time.Equal(rec.Time) || back.Front != rec.Front || back.Question != rec.Question {
			t.Fatalf("round trip of %+v: got %+v, %v", rec, back, err)
		}
	})
}
