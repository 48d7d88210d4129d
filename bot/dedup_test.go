package bot

import (
	"context"
	"testing"
	"time"
)

func TestDedup(t *testing.T) {
	c := &clock{t: time.Date(2025, 9, 14, 12, 0, 0, 0, time.UTC)}
	d := NewDedup(10*time.Minute, c.now)
	steps := []struct {
		advance time.Duration
		id      string
		want    bool
	}{
		{0, "Ev1", true},
		{0, "Ev1", false},
		{time.Minute, "Ev2", true},
		{time.Minute, "Ev1", false},
		{0, "", true},
		{0, "", true},
		{11 * time.Minute, "Ev1", true},
	}
	for i, s := range steps {
		c.t = c.t.Add(s.advance)
		if got := d.First(context.Background(), s.id); got != s.want {
			t.Errorf("step %d: First(%q): got %v, want %v", i, s.id, got, s.want)
		}
	}
}

func TestDedupForgetsOldIDs(t *testing.T) {
	c := &clock{t: time.Date(2025, 9, 14, 12, 0, 0, 0, time.UTC)}
	d := NewDedup(time.Minute, c.now)
	for i := 0; i < 100; i++ {
		d.First(context.Background(), string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	c.t = c.t.Add(2 * time.Minute)
	d.First(context.Background(), "new")
	if got := len(d.seen); got != 1 {
		t.Errorf("got %d remembered IDs after the TTL, want 1", got)
	}
}

func TestRateLimiterForgetsIdleUsers(t *testing.T) {
	c := &clock{t: time.Date(2025, 9, 14, 12, 0, 0, 0, time.UTC)}
	l := NewRateLimiter(2, time.Minute, c.now)
	for _, u := range []string{"a", "b", "c"} {
		l.Allow(context.Background(), u)
	}
	c.t = c.t.Add(2 * time.Minute)
	l.Allow(context.Background(), "d")
	if got := len(l.events); got != 1 {
		t.Errorf("got %d users remembered after a quiet window, want 1", got)
	}
}
