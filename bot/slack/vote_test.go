package slack

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
)

func TestEncodeVote(t *testing.T) {
	a := cannedAnswer()
	if got, want := encodeVote("when is the <TikTok> deadline?", a),
		`{"q":"when is the <TikTok> deadline?","s":"The deadline for TikTok was extended to September 17.","src":"002_doc.txt"}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	tests := []struct {
		name               string
		question, sentence string
		path               string
		wantQ, wantS       bool // kept whole
	}{
		{"short", "q?", "S.", "a.txt", true, true},
		{"long sentence", "q?", strings.Repeat("word ", 1000), "a.txt", true, false},
		{"sentence of characters JSON escapes", "q?", strings.Repeat(`"\`, 1500), "a.txt", true, false},
		{"control characters", "q?", strings.Repeat("\x01", 900), "a.txt", true, false},
		{"long question", strings.Repeat("é", 400), "S.", "a.txt", false, true},
		{"long path", "q?", "S.", strings.Repeat("d/", 400) + "x.txt", true, true},
		{"everything long", strings.Repeat("q", 3000), strings.Repeat("s", 3000), strings.Repeat("p", 3000), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := qa.Answer{Sentence: tt.sentence, Source: qa.Source{Path: tt.path}}
			v := encodeVote(tt.question, a)
			if len(v) > maxButtonValue {
				t.Fatalf("got a value of %d bytes, want at most %d", len(v), maxButtonValue)
			}
			got := decodeVote(v, false)
			if (got.Question == tt.question) != tt.wantQ || (got.Sentence == tt.sentence) != tt.wantS {
				t.Errorf("got question whole %v, sentence whole %v; want %v, %v", got.Question == tt.question, got.Sentence == tt.sentence, tt.wantQ, tt.wantS)
			}
			if !strings.HasPrefix(tt.sentence, strings.TrimSuffix(got.Sentence, "…")) || !strings.HasPrefix(tt.question, strings.TrimSuffix(got.Question, "…")) {
				t.Errorf("got %+v, want the start of the question and sentence", got)
			}
		})
	}
}

func TestDecodeVote(t *testing.T) {
	tests := []struct {
		value string
		want  bot.Vote
	}{
		{`{"q":"q?","s":"S.","src":"a.txt"}`, bot.Vote{Helpful: true, Question: "q?", Sentence: "S.", Source: "a.txt"}},
		{"002_doc.txt", bot.Vote{Helpful: true, Source: "002_doc.txt"}}, // a reply from before
		{`{"q":`, bot.Vote{Helpful: true, Source: `{"q":`}},
		{"", bot.Vote{Helpful: true}},
	}
	for _, tt := range tests {
		if got := decodeVote(tt.value, true); got != tt.want {
			t.Errorf("decodeVote(%q): got %+v, want %+v", tt.value, got, tt.want)
		}
	}
}

// FuzzVoteValue encodes arbitrary answers into button values: a value
// always fits Slack's limit and decodes to the start of what was encoded;
// and no value, however odd, crashes decodeVote.
func FuzzVoteValue(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzVoteValue.
	f.Fuzz(func(t *testing.T, question, sentence, path string) {
		v := encodeVote(question, qa.Answer{Sentence: sentence, Source: qa.Source{Path: path}})
		if len(v) > maxButtonValue {
			t.Fatalf("got a value of %d bytes, want at most %d", len(v), maxButtonValue)
		}
		got := decodeVote(v, false)
		if utf8.ValidString(question) && !strings.HasPrefix(question, strings.TrimSuffix(got.Question, "…")) {
			t.Errorf("question %q came back as %q", question, got.Question)
		}
		if utf8.ValidString(sentence) && !strings.HasPrefix(sentence, strings.TrimSuffix(got.Sentence, "…")) {
			t.Errorf("sentence %q came back as %q", sentence, got.Sentence)
		}
		_ = decodeVote(question, true)
	})
}

// memVotes is a bot.FeedbackStore in memory.
type memVotes struct {
	mu    sync.Mutex
	votes []bot.Feedback
}

func (m *memVotes) Add(_ context.Context, f bot.Feedback) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.votes = append(m.votes, f)
	return nil
}

// TestVoteCarriesTheAnswer answers a mention, clicks 👎 on the answer's
// own button and checks that the vote stored holds the question, the
// sentence and the source.
func TestVoteCarriesTheAnswer(t *testing.T) {
	store := &memVotes{}
	hs := start(t, harnessOptions{feedback: store})
	hs.slack.send(eventsEnvelope("env-q", "Ev-q", mention("U1", "C1", "12.0", "", "<@UBOT> when is the TikTok deadline?")))
	answer := hs.slack.waitPosts(1)[0]
	var blocks []struct {
		Type     string `json:"type"`
		Elements []struct {
			ActionID string `json:"action_id"`
			Value    string `json:"value"`
		} `json:"elements"`
	}
	if err := json.Unmarshal([]byte(answer.blocks), &blocks); err != nil {
		t.Fatalf("answer blocks %q: %v", answer.blocks, err)
	}
	value := ""
	for _, b := range blocks {
		for _, e := range b.Elements {
			if e.ActionID == actionNotHelpful {
				value = e.Value
			}
		}
	}
	if value == "" {
		t.Fatalf("got no 👎 button in %s", answer.blocks)
	}
	hs.slack.send(mustJSON(map[string]any{"type": "interactive", "envelope_id": "env-click",
		"payload": clickPayloadWith(actionNotHelpful, "12.1", hs.slack.responseURL("click"), value)}))
	hs.slack.waitPosts(2)
	store.mu.Lock()
	defer store.mu.Unlock()
	want := bot.Feedback{Front: "slack", Helpful: false, Question: "when is the TikTok deadline?",
		Sentence: cannedAnswer().Sentence, Source: cannedAnswer().Source.Path}
	if len(store.votes) != 1 {
		t.Fatalf("got %d votes stored, want 1", len(store.votes))
	}
	got := store.votes[0]
	got.Time = want.Time
	if got != want {
		t.Errorf("got vote %+v, want %+v", got, want)
	}
}
