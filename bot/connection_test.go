package bot

import (
	"log/slog"
	"strings"
	"testing"
)

func TestConnectionLogsChanges(t *testing.T) {
	var b strings.Builder
	c := &Connection{Name: "slack", Logger: slog.New(slog.NewTextHandler(&b, nil)), Attrs: []any{"mode", "socket"}}
	steps := []struct {
		up   bool
		why  string
		want string // the new log line, or ""
	}{
		{false, "starting", ""},
		{true, "", `msg="slack connected" mode=socket`},
		{true, "", ""},
		{false, "websocket read failed", `msg="slack not connected" mode=socket why="websocket read failed"`},
		{false, "connecting", ""},
		{true, "", `msg="slack connected" mode=socket`},
	}
	for i, s := range steps {
		before := b.Len()
		c.Set(s.up, s.why)
		got := strings.TrimSpace(b.String()[before:])
		if (s.want == "") != (got == "") || !strings.Contains(got, s.want) {
			t.Errorf("step %d: got log %q, want %q", i, got, s.want)
		}
		if c.Up() != s.up {
			t.Errorf("step %d: got Up %v, want %v", i, c.Up(), s.up)
		}
	}
	var zero Connection
	zero.Set(true, "")
	if !zero.Up() {
		t.Error("zero Connection: got down after Set(true), want up")
	}
}
