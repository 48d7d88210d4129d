package main

import (
	"bytes"
	"fmt"
	"log/slog"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// fired is a timer that has gone off; never one that never does.
func fired(time.Duration) <-chan time.Time {
	c := make(chan time.Time)
	close(c)
	return c
}

func never(time.Duration) <-chan time.Time { return nil }

// TestLoadProgress checks what a load shows: nothing when it ends within
// the delay; past it, a progress line on a terminal, a start and an end
// line elsewhere, and a start line in serve's log.
func TestLoadProgress(t *testing.T) {
	dir := snapshotCorpus(t)
	tests := []struct {
		name     string
		terminal bool
		logged   bool
		after    func(time.Duration) <-chan time.Time
		// want are patterns the output must match, in order; none means
		// no output at all.
		want []string
	}{
		{"quick load", false, false, never, nil},
		{"quick load on a terminal", true, false, never, nil},
		{"long load", false, false, fired, []string{
			`^qabot ask: loading .+ \(3 files\)\.\.\.\n`,
			`qabot ask: indexed 2 documents, \d+ sentences in [0-9.]+m?s \(snapshot: off\)\n$`,
		}},
		{"long load on a terminal", true, false, fired, []string{
			`reading files`, `\(\d/3\)`, `\[\d+s\]`, `indexing 2 documents`,
			`qabot ask: indexed 2 documents, \d+ sentences in [0-9.]+m?s \(snapshot: off\)\n$`,
		}},
		{"long load under serve", false, true, fired, []string{`msg="loading the corpus; /readyz says 503 until it is loaded" folder=.+ files=3\n$`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			p := &loadProgress{cmd: "ask", delay: time.Second, after: tt.after}
			if tt.logged {
				p.logger = slog.New(slog.NewTextHandler(&out, nil))
			} else {
				p.w, p.terminal = &out, tt.terminal
			}
			l := &indexLoader{dir: dir, progress: p}
			if _, err := l.load(); err != nil {
				t.Fatal(err)
			}
			got := out.String()
			if len(tt.want) == 0 && got != "" {
				t.Errorf("got %q, want nothing", got)
			}
			rest := got
			for _, pat := range tt.want {
				loc := regexp.MustCompile(pat).FindStringIndex(rest)
				if loc == nil {
					t.Errorf("got %q, want it to match %s (after what came before)", got, pat)
					break
				}
				rest = rest[loc[1]:]
			}
		})
	}
}

// TestLoadProgressFailedLoad checks that a load that fails ends its
// progress without an end line.
func TestLoadProgressFailedLoad(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "empty.txt"), "")
	var out bytes.Buffer
	p := &loadProgress{cmd: "ask", w: &out, delay: time.Second, after: fired}
	l := &indexLoader{dir: dir, progress: p}
	if _, err := l.load(); err == nil {
		t.Fatal("load of a folder with no document: got no error")
	}
	if got := out.String(); !strings.HasPrefix(got, "qabot ask: loading") || strings.Contains(got, "indexed") {
		t.Errorf("got %q, want the start line only", got)
	}
}

// TestLoadProgressReadConcurrently checks that files read on several
// goroutines are all counted.
func TestLoadProgressReadConcurrently(t *testing.T) {
	dir := t.TempDir()
	for i := range 60 {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("d%02d.txt", i)), fmt.Sprintf("Document %d says the ferry left at %d o'clock.\n", i, i%12+1))
	}
	var out bytes.Buffer
	p := &loadProgress{cmd: "eval", w: &out, terminal: true, delay: time.Second, after: fired}
	l := &indexLoader{dir: dir, progress: p}
	if _, err := l.load(); err != nil {
		t.Fatal(err)
	}
	if got := p.read.Load(); got != 60 {
		t.Errorf("files counted: got %d, want 60", got)
	}
	if !regexp.MustCompile(`\(\d+/60\)`).MatchString(out.String()) {
		t.Errorf("got %q, want a bar of 60 files", out.String())
	}
}
