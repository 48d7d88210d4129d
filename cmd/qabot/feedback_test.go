package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/qabot/qabot/bot"
)

// writeVotes appends votes to the feedback file in dir.
func writeVotes(t *testing.T, dir string, votes ...bot.Feedback) {
	t.Helper()
	f := bot.NewFeedbackFile(filepath.Join(dir, bot.FeedbackFileName))
	for _, v := range votes {
		if err := f.Add(context.Background(), v); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFeedbackCommand(t *testing.T) {
	dir := t.TempDir()
	now := time.Now().UTC()
	a := bot.Feedback{Front: "slack", Source: "002_doc.txt", Sentence: "The deadline for TikTok was extended to September 17."}
	b := bot.Feedback{Front: "slack", Source: "004_doc.txt", Sentence: "Talks resumed in Madrid."}
	c := bot.Feedback{Front: "slack", Source: "001_doc.txt", Sentence: "Only ever helpful."}
	vote := func(v bot.Feedback, ago time.Duration, helpful bool, q string) bot.Feedback {
		v.Time, v.Helpful, v.Question = now.Add(-ago), helpful, q
		return v
	}
	writeVotes(t, dir,
		vote(a, time.Hour, false, "when is the tiktok deadline?"),
		vote(a, 2*time.Hour, false, "when is the tiktok deadline?"),
		vote(a, 3*time.Hour, false, "tiktok deadline"),
		vote(a, 4*time.Hour, true, "tiktok deadline?"),
		vote(b, 10*24*time.Hour, false, "where were the talks?"),
		vote(c, time.Hour, true, "x?"),
	)
	f, err := os.OpenFile(filepath.Join(dir, bot.FeedbackFileName), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("{not a vote}\n")
	f.Close()
	cfg := filepath.Join(t.TempDir(), "c.yaml")
	writeFile(t, cfg, "data_dir: "+dir+"\n")

	code, out, errOut := runCmd(t, mapEnv(nil), "feedback", "--config", cfg)
	if code != exitOK {
		t.Fatalf("got exit %d (%s), want 0", code, errOut)
	}
	for _, want := range []string{
		"Answers marked wrong ever: 4 votes on 2 answers, most often first.",
		"1. 3 marked wrong, 1 helpful: 002_doc.txt\n   \"The deadline for TikTok was extended to September 17.\"\n   asked: \"when is the tiktok deadline?\" (2), \"tiktok deadline\"\n",
		"2. 1 marked wrong, 0 helpful: 004_doc.txt",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("got:\n%s\nwant it to hold %q", out, want)
		}
	}
	if strings.Contains(out, "001_doc.txt") {
		t.Errorf("got:\n%s\nwant no answer that nobody marked wrong", out)
	}
	if !strings.Contains(errOut, "skipped 1 stored records that are not votes") {
		t.Errorf("got stderr %q, want the unreadable line reported", errOut)
	}

	code, out, _ = runCmd(t, mapEnv(nil), "feedback", "--config", cfg, "--since", "7d", "--json")
	if code != exitOK {
		t.Fatalf("--since 7d --json: got exit %d, want 0", code)
	}
	var got []wrongAnswer
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("--json: got %q, not a JSON array: %v", out, err)
	}
	if len(got) != 1 || got[0].Source != "002_doc.txt" || got[0].Wrong != 3 || got[0].Helpful != 1 ||
		strings.Join(got[0].Questions, "|") != "when is the tiktok deadline?|tiktok deadline" || !got[0].Last.Equal(now.Add(-time.Hour)) {
		t.Errorf("--since 7d: got %+v, want only the TikTok answer, 3 wrong and 1 helpful", got)
	}

	empty := filepath.Join(t.TempDir(), "c.yaml")
	writeFile(t, empty, "data_dir: "+t.TempDir()+"\nlog:\n  questions: false\n")
	code, out, errOut = runCmd(t, mapEnv(nil), "feedback", "--config", empty)
	if code != exitOK || !strings.Contains(out, "No answer was marked wrong ever (0 votes).") || !strings.Contains(errOut, "log.questions is false") {
		t.Errorf("no votes: got exit %d, out %q, err %q; want 0, a plain sentence and a note on log.questions", code, out, errOut)
	}
	code, out, _ = runCmd(t, mapEnv(nil), "feedback", "--config", empty, "--json")
	if code != exitOK || strings.TrimSpace(out) != "[]" {
		t.Errorf("no votes --json: got exit %d, %q; want 0 and []", code, out)
	}

	code, _, errOut = runCmd(t, mapEnv(nil), "feedback", "--config", cfg, "--since", "last tuesday")
	if code != exitUsage || !strings.Contains(errOut, `--since "last tuesday": want an age such as 7d`) {
		t.Errorf("bad --since: got exit %d, %q; want 2 and what to write", code, errOut)
	}
	code, out, _ = runCmd(t, mapEnv(nil), "feedback", "--help")
	if code != exitOK || !strings.Contains(out, "--since") {
		t.Errorf("--help: got exit %d, %q", code, out)
	}
}

func TestFeedbackFromHomeStateFolder(t *testing.T) {
	home := t.TempDir()
	writeVotes(t, filepath.Join(home, ".local", "state", "qabot"),
		bot.Feedback{Time: time.Now().Add(-time.Minute), Front: "slack", Source: "a.txt", Sentence: "S."})
	code, out, errOut := runCmd(t, mapEnv(map[string]string{"HOME": home}), "feedback")
	if code != exitOK || !strings.Contains(out, "1. 1 marked wrong, 0 helpful: a.txt") {
		t.Errorf("got exit %d, %q (%s); want the vote from ~/.local/state/qabot", code, out, errOut)
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in      string
		want    time.Time
		wantErr string
	}{
		{"", time.Time{}, ""},
		{"7d", now.Add(-7 * 24 * time.Hour), ""},
		{"24h", now.Add(-24 * time.Hour), ""},
		{"30m", now.Add(-30 * time.Minute), ""},
		{"2w", now.Add(-14 * 24 * time.Hour), ""},
		{"7D", now.Add(-7 * 24 * time.Hour), ""},
		{"36h30m", now.Add(-36*time.Hour - 30*time.Minute), ""},
		{"2026-11-01", time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), ""},
		{"2026-11-01T08:00:00+01:00", time.Date(2026, 11, 1, 7, 0, 0, 0, time.UTC), ""},
		{"2027-01-01", time.Time{}, "in the future"},
		{"-5h", time.Time{}, "want an age"},
		{"7 days", time.Time{}, "want an age"},
		{"9999999d", time.Time{}, "want an age"},
	}
	for _, tt := range tests {
		got, err := parseSince(tt.in, now)
		switch {
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("parseSince(%q): got %v, %v; want an error holding %q", tt.in, got, err, tt.wantErr)
		case tt.wantErr == "" && (err != nil || !got.Equal(tt.want)):
			t.Errorf("parseSince(%q): got %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

// FuzzParseSince checks that no --since value crashes the parser and that
// an accepted one is never after now.
func FuzzParseSince(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzParseSince.
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseSince(s, now)
		if err == nil && got.After(now) {
			t.Fatalf("parseSince(%q) = %v, after now", s, got)
		}
	})
}

func TestCollectVotesOnce(t *testing.T) {
	at := time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)
	v := bot.Feedback{Time: at, Front: "slack", Question: "q?", Source: "a.txt"}
	w := v
	w.Time = at.Add(time.Nanosecond)
	dirA, dirB := t.TempDir(), t.TempDir()
	writeVotes(t, dirA, v, w)
	writeVotes(t, dirB, v)
	votes, bad, err := collectVotes(context.Background(), time.Time{}, []voteLister{
		fileVotes{filepath.Join(dirA, bot.FeedbackFileName)},
		fileVotes{filepath.Join(dirB, bot.FeedbackFileName)},
		fileVotes{filepath.Join(t.TempDir(), "missing.jsonl")},
	})
	if err != nil || bad != 0 || len(votes) != 2 {
		t.Errorf("got %d votes, %d bad, %v; want 2 (the vote in both places once, and the other)", len(votes), bad, err)
	}
}

func TestFeedbackRedisUnreachable(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "c.yaml")
	writeFile(t, cfg, "data_dir: "+t.TempDir()+"\nredis:\n  enabled: true\n  address: 127.0.0.1:1\n")
	code, out, errOut := runCmd(t, mapEnv(nil), "feedback", "--config", cfg)
	if code != exitUsage || out != "" || !strings.Contains(errOut, "read votes from redis at 127.0.0.1:1") {
		t.Errorf("got exit %d, out %q, err %q; want 2 and an error naming Redis's address", code, out, errOut)
	}
}
