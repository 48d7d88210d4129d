package bot

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestParseFeedback(t *testing.T) {
	tests := []struct {
		raw     string
		want    Feedback
		wantErr string
	}{
		{`{"time":"2026-01-02T03:04:05Z","front":"slack","helpful":true,"question":"q?","sentence":"S.","source":"a.txt"}`,
			Feedback{Time: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Front: "slack", Helpful: true, Question: "q?", Sentence: "S.", Source: "a.txt"}, ""},
		{`{"time":"2026-01-02T03:04:05Z","front":"slack","extra":1}`,
			Feedback{Time: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Front: "slack"}, ""},
		{`{"front":"slack"}`, Feedback{}, "no time"},
		{`{"time":"2026-01-02T03:04:05Z"}`, Feedback{}, "no front"},
		{`[1]`, Feedback{}, "not a feedback record"},
		{`{"time":"yesterday","front":"slack"}`, Feedback{}, "not a feedback record"},
		{``, Feedback{}, "not a feedback record"},
	}
	for _, tt := range tests {
		got, err := ParseFeedback([]byte(tt.raw))
		switch {
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("ParseFeedback(%s): got error %v, want one holding %q", tt.raw, err, tt.wantErr)
		case tt.wantErr == "" && (err != nil || !got.Time.Equal(tt.want.Time) || got.Front != tt.want.Front ||
			got.Helpful != tt.want.Helpful || got.Question != tt.want.Question || got.Sentence != tt.want.Sentence || got.Source != tt.want.Source):
			t.Errorf("ParseFeedback(%s): got %+v, %v; want %+v", tt.raw, got, err, tt.want)
		}
	}
}

func TestFeedbackFileAppends(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state", "qabot")
	f := NewFeedbackFile(filepath.Join(dir, FeedbackFileName))
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f.Add(context.Background(), Feedback{Time: at.Add(time.Duration(i) * time.Second), Front: "slack", Question: "q\nwith a newline"}); err != nil {
				t.Errorf("Add: %v", err)
			}
		}()
	}
	wg.Wait()
	raw, err := os.ReadFile(f.Path())
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	if len(lines) != 20 {
		t.Fatalf("got %d lines, want 20 (one per vote):\n%s", len(lines), raw)
	}
	for i, l := range lines {
		if _, err := ParseFeedback([]byte(l)); err != nil {
			t.Errorf("line %d %q: %v", i+1, l, err)
		}
	}
	for path, want := range map[string]os.FileMode{f.Path(): 0o600, dir: 0o700} {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != want {
			t.Errorf("%s: got mode %v, want %v (it holds people's questions)", path, got, want)
		}
	}
}

func TestFeedbackFileUnwritable(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	f := NewFeedbackFile(filepath.Join(blocker, FeedbackFileName))
	if err := f.Add(context.Background(), Feedback{Time: time.Now(), Front: "slack"}); err == nil {
		t.Errorf("got no error for a data folder that is a file, want one")
	}
}
