package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// tmuxServer is a tmux server of the test's own (its own socket), in which
// the real binary runs at a real terminal.
type tmuxServer struct {
	t      *testing.T
	tmux   string
	socket string
}

// newTmux starts the server, which is killed when the test ends. The test is skipped when tmux is absent
// (.ci/run installs it).
func newTmux(t *testing.T) *tmuxServer {
	t.Helper()
	path, err := exec.LookPath("tmux")
	if err != nil {
		t.Skip("tmux is not installed (apt-get install tmux; .ci/run does)")
	}
	s := &tmuxServer{t: t, tmux: path, socket: fmt.Sprintf("qabot-test-%d-%d", os.Getpid(), time.Now().UnixNano())}
	t.Cleanup(func() { exec.Command(path, "-L", s.socket, "kill-server").Run() })
	// A session that outlives the others keeps the server up between them.
	s.start("keep", "cat")
	return s
}

// run runs a tmux command and returns its output.
func (s *tmuxServer) run(args ...string) string {
	s.t.Helper()
	out, err := exec.Command(s.tmux, append([]string{"-L", s.socket, "-f", os.DevNull}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// start opens a session named name, 72 columns wide, running argv.
func (s *tmuxServer) start(name string, argv ...string) {
	s.t.Helper()
	s.run(append([]string{"new-session", "-d", "-s", name, "-x", "72", "-y", "40"}, argv...)...)
}

// screen returns the pane's whole scrollback: joined returns the lines the
// terminal wrapped as one, escapes keeps the colour sequences.
func (s *tmuxServer) screen(name string, joined, escapes bool) string {
	s.t.Helper()
	args := []string{"capture-pane", "-p", "-t", name, "-S", "-"}
	if joined {
		args = append(args, "-J")
	}
	if escapes {
		args = append(args, "-e")
	}
	return s.run(args...)
}

// waitFor polls the pane until cond holds of its text, for at most
// waitLimit.
func (s *tmuxServer) waitFor(name, what string, cond func(screen string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		sc := s.screen(name, true, false)
		if cond(sc) {
			return sc
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waiting for %s; the screen:\n%s", what, sc)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (s *tmuxServer) waitCount(name, text string, n int) string {
	s.t.Helper()
	return s.waitFor(name, fmt.Sprintf("%d × %q", n, text), func(sc string) bool { return strings.Count(sc, text) >= n })
}

// keys types keys into the pane (tmux key names such as Enter, Up, C-r).
func (s *tmuxServer) keys(name string, keys ...string) {
	s.t.Helper()
	s.run(append([]string{"send-keys", "-t", name}, keys...)...)
}

// lastLine is the pane's last non-empty line.
func lastLine(screen string) string {
	lines := strings.Split(strings.TrimRight(screen, "\n "), "\n")
	return strings.TrimRight(lines[len(lines)-1], " ")
}

// TestPromptInTmux drives `qabot ask` at a real terminal: arrow keys walk
// the history, Ctrl-R searches it, it is kept in $XDG_STATE_HOME/qabot
// for the next run, long sentences wrap to the terminal's width with the
// lines indented, and the answer is coloured unless NO_COLOR is set.
func TestPromptInTmux(t *testing.T) {
	tm := newTmux(t)
	bin := buildQabot(t)
	state := t.TempDir()
	run := func(name string, env ...string) {
		argv := append([]string{"env", "-u", "NO_COLOR", "XDG_STATE_HOME=" + state, "TERM=tmux-256color"}, env...)
		tm.start(name, append(argv, bin, "ask")...)
		tm.waitFor(name, "the greeting", func(sc string) bool { return strings.Contains(sc, "Type quit or press Ctrl-D") })
	}

	run("one")
	tm.keys("one", "when is the TikTok deadline?", "Enter")
	tm.waitCount("one", "September 17", 2) // the short answer and the sentence
	tm.keys("one", "who leads the Chinese delegation?", "Enter")
	tm.waitCount("one", "He Lifeng", 1)

	// Up twice: the first question again, as typed.
	tm.keys("one", "Up", "Up")
	tm.waitFor("one", "the first question recalled", func(sc string) bool {
		return lastLine(sc) == "> when is the TikTok deadline?"
	})
	tm.keys("one", "Enter")
	tm.waitCount("one", "September 17", 4)

	// Ctrl-R finds the second question by a word of it; Enter asks it.
	before := strings.Count(tm.screen("one", true, false), "He Lifeng")
	tm.keys("one", "C-r")
	tm.keys("one", "-l", "Chinese")
	tm.waitFor("one", "the search showing the question", func(sc string) bool {
		lines := strings.Split(strings.TrimRight(sc, "\n "), "\n")
		n := len(lines)
		return n > 2 && strings.Contains(lines[n-1], "i-search: Chinese") && lines[n-2] == "> who leads the Chinese delegation?"
	})
	tm.keys("one", "Enter")
	tm.waitCount("one", "He Lifeng", before+1)

	// The sentence is wrapped by qabot (so the lines the terminal did not
	// wrap stay apart), every line fits, and the lines below the first
	// are indented.
	sc := tm.screen("one", true, false)
	for _, l := range strings.Split(sc, "\n") {
		if n := utf8.RuneCountInString(strings.TrimRight(l, " ")); n > 72 {
			t.Errorf("got a line of %d columns in a 72-column terminal: %q", n, l)
		}
	}
	if !strings.Contains(sc, "\nSeptember 17\n  “") || !strings.Contains(sc, "\n  — ") {
		t.Errorf("got the answer laid out as:\n%s\nwant the sentence and source indented", sc)
	}
	if esc := tm.screen("one", false, true); !strings.Contains(esc, "\x1b[1mSeptember 17") {
		t.Errorf("got no bold answer in:\n%q", esc)
	}

	tm.keys("one", "C-d")
	hist := filepath.Join(state, "qabot", "history")
	deadline := time.Now().Add(waitLimit)
	for {
		b, _ := os.ReadFile(hist)
		if strings.Contains(string(b), "when is the TikTok deadline?") && strings.Contains(string(b), "who leads the Chinese delegation?") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("history file %s: got %q, want both questions", hist, b)
		}
		time.Sleep(20 * time.Millisecond)
	}

	// A new run recalls the last question from the file, and NO_COLOR
	// turns the colours off.
	run("two", "NO_COLOR=1")
	tm.keys("two", "Up")
	tm.waitFor("two", "the last question of the first run", func(sc string) bool {
		return lastLine(sc) == "> who leads the Chinese delegation?"
	})
	tm.keys("two", "Enter")
	tm.waitCount("two", "He Lifeng", 1)
	if esc := tm.screen("two", false, true); strings.Contains(esc, "\x1b[1m") {
		t.Errorf("NO_COLOR=1: got bold text in:\n%q", esc)
	}
	tm.keys("two", "quit", "Enter")
}
