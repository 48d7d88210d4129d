package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// result is what one in-process run of qabot produced.
type result struct {
	code           int
	stdout, stderr string
}

// runQabot runs qabot in process with args and stdin; terminal says
// whether stdin pretends to be a terminal.
func runQabot(t *testing.T, stdin string, terminal bool, args ...string) result {
	t.Helper()
	return runQabotReader(t, strings.NewReader(stdin), terminal, args...)
}

func runQabotReader(t *testing.T, stdin io.Reader, terminal bool, args ...string) result {
	t.Helper()
	return runEnv(t, env{stdin: stdin, isTerminal: terminal, getenv: mapEnv(nil)}, args...)
}

// runEnv runs qabot in process with args and the stdin, terminal flag
// and getenv of e, and collects its stdout and stderr.
func runEnv(t *testing.T, e env, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	e.stdout, e.stderr = &out, &errOut
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code := run(ctx, args, e)
	return result{code: code, stdout: out.String(), stderr: errOut.String()}
}

// tiktok is the one question whose answer tests may pin down.
const tiktok = "when is the TikTok deadline?"

// junk is a question no document answers.
const junk = "zzqx vrrbl qqqj?"

func TestAskAnswers(t *testing.T) {
	r := runQabot(t, "", false, "ask", tiktok)
	if r.code != exitOK {
		t.Fatalf("exit: got %d, want %d; stderr %q", r.code, exitOK, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if lines[0] != "September 17" {
		t.Errorf("first line: got %q, want the short answer %q (output %q)", lines[0], "September 17", r.stdout)
	}
	var sentence, source string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "“"):
			sentence = l
		case strings.HasPrefix(l, "— "):
			source = l
		}
	}
	if !strings.Contains(sentence, "September 17") {
		t.Errorf("sentence line: got %q, want it to contain %q (output %q)", sentence, "September 17", r.stdout)
	}
	if !strings.Contains(source, ".txt") {
		t.Errorf("source line: got %q, want a .txt file name (output %q)", source, r.stdout)
	}
	if r.stderr != "" {
		t.Errorf("stderr: got %q, want nothing", r.stderr)
	}
}

func TestAskNotFound(t *testing.T) {
	r := runQabot(t, "", false, "ask", junk)
	if r.code != exitNotFound {
		t.Fatalf("exit: got %d, want %d; stdout %q stderr %q", r.code, exitNotFound, r.stdout, r.stderr)
	}
	if n := strings.Count(r.stdout, "\n"); n != 1 {
		t.Errorf("lines: got %d (%q), want 1", n, r.stdout)
	}
	if !strings.Contains(strings.ToLower(r.stdout), "rephras") {
		t.Errorf("stdout: got %q, want a hint to rephrase", r.stdout)
	}
}

func TestAskJSON(t *testing.T) {
	tests := []struct {
		question string
		code     int
		answered bool
	}{
		{tiktok, exitOK, true},
		{junk, exitNotFound, false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			r := runQabot(t, "", false, "ask", "--json", tt.question)
			if r.code != tt.code {
				t.Fatalf("exit: got %d, want %d; stderr %q", r.code, tt.code, r.stderr)
			}
			if n := strings.Count(r.stdout, "\n"); n != 1 {
				t.Errorf("lines: got %d, want 1 JSON object", n)
			}
			var got map[string]any
			if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
				t.Fatalf("stdout %q: got invalid JSON: %v", r.stdout, err)
			}
			for _, k := range []string{"answered", "answer", "sentence", "source", "score", "question"} {
				if _, ok := got[k]; !ok {
					t.Errorf("field %q: missing from %s", k, r.stdout)
				}
			}
			if got["answered"] != tt.answered {
				t.Errorf("answered: got %v, want %v", got["answered"], tt.answered)
			}
			if got["question"] != tt.question {
				t.Errorf("question: got %v, want %q", got["question"], tt.question)
			}
			if tt.answered {
				if s, _ := got["sentence"].(string); !strings.Contains(s, "September 17") {
					t.Errorf("sentence: got %q, want it to contain September 17", s)
				}
				if s, _ := got["source"].(string); !strings.HasSuffix(s, ".txt") {
					t.Errorf("source: got %q, want a .txt file name", s)
				}
			} else if m, _ := got["message"].(string); m == "" {
				t.Errorf("message: got none, want the not-found wording")
			}
		})
	}
}

func TestAskBadQuestionsNeverCrash(t *testing.T) {
	tests := []struct {
		name     string
		question string
		codes    []int
		stderr   string
	}{
		{"invalid UTF-8", "when is the \xff\xfe TikTok deadline?", []int{exitOK, exitNotFound}, ""},
		{"binary bytes", "\x00\x01\x02 TikTok \x7f deadline", []int{exitOK, exitNotFound}, ""},
		{"only control bytes", "\x00\x01\x02\x1b", []int{exitUsage}, "the question is empty"},
		{"only spaces", "   \t ", []int{exitUsage}, "run `qabot ask \"when is the TikTok deadline?\"`"},
		{"1 MB question", strings.Repeat("deadline ", 1<<20/9), []int{exitUsage}, "longer than 2000 characters"},
		{"help", "help", []int{exitOK}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runQabot(t, "", false, "ask", tt.question)
			ok := false
			for _, c := range tt.codes {
				ok = ok || r.code == c
			}
			if !ok {
				t.Errorf("exit: got %d, want one of %v; stderr %q", r.code, tt.codes, r.stderr)
			}
			if !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr: got %q, want it to contain %q", r.stderr, tt.stderr)
			}
			if r.code != exitUsage && r.stdout == "" {
				t.Errorf("stdout: got nothing, want a reply")
			}
			if len(r.stderr) > 1000 {
				t.Errorf("stderr: got %d bytes, want a short message", len(r.stderr))
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	empty := t.TempDir()
	emptyEval := filepath.Join(t.TempDir(), "empty.jsonl")
	if err := os.WriteFile(emptyEval, []byte("\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string // in stderr: the fix
	}{
		{[]string{"ask", "--bogus", "x"}, "run `qabot ask --help` for the flags"},
		{[]string{"ask", "--corpus"}, "flag needs an argument"},
		{[]string{"ask", "--json", "--jsonl"}, "--json and --jsonl do not mix"},
		{[]string{"ask", "--jsonl", "what", "now"}, `drop the question "what now" or drop --jsonl`},
		{[]string{"ask", "--corpus", empty, tiktok}, "give --corpus a folder of .txt, .md, .html, .pdf or .docx files"},
		{[]string{"ask", "--corpus", filepath.Join(empty, "missing"), tiktok}, "give --corpus a folder"},
		{[]string{"eval"}, "qabot eval: missing FILE.jsonl: run `qabot eval qa/testdata/seed-dev.jsonl`"},
		{[]string{"eval", "a.jsonl", "b.jsonl"}, "one FILE.jsonl at a time, got 2 (a.jsonl b.jsonl): run `qabot eval` once for each file"},
		{[]string{"eval", "a.jsonl", empty}, "to answer from the folder " + empty + ", write --corpus " + empty},
		{[]string{"eval", filepath.Join(empty, "nope.jsonl")}, "check the path"},
		{[]string{"eval", emptyEval}, "holds no questions"},
		{[]string{"eval", "--show-misses=maybe", "x.jsonl"}, "run `qabot eval --help`"},
		{[]string{"frobnicate"}, "unknown command"},
		{nil, "Usage:"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runQabot(t, "", false, tt.args...)
			if r.code != exitUsage {
				t.Errorf("exit: got %d, want %d", r.code, exitUsage)
			}
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr: got %q, want it to contain %q", r.stderr, tt.want)
			}
			if r.stdout != "" {
				t.Errorf("stdout: got %q, want nothing", r.stdout)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"ask", "--help"}, "Usage: qabot ask"},
		{[]string{"ask", "-h"}, "-jsonl"},
		{[]string{"ask", "what", "--help"}, "Usage: qabot ask"},
		{[]string{"eval", "--help"}, "-show-misses"},
		{[]string{"eval", "x.jsonl", "-help"}, "Usage: qabot eval"},
		{[]string{"help"}, "qabot ask"},
		{[]string{"help", "eval"}, "Usage: qabot eval"},
		{[]string{"--help"}, "qabot eval"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runQabot(t, "", false, tt.args...)
			if r.code != exitOK {
				t.Errorf("exit: got %d, want 0; stderr %q", r.code, r.stderr)
			}
			if !strings.Contains(r.stdout, tt.want) {
				t.Errorf("stdout: got %q, want it to contain %q", r.stdout, tt.want)
			}
			if r.stderr != "" {
				t.Errorf("stderr: got %q, want nothing", r.stderr)
			}
		})
	}
}

func TestAskCorpusFolder(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"ferry.txt":  "Tickets for the Lindqvist ferry cost 12 euros.\n",
		"ignored.go": "package ignored\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A file the loader cannot read: a link to nowhere.
	if err := os.Symlink(filepath.Join(dir, "gone"), filepath.Join(dir, "broken.txt")); err != nil {
		t.Skipf("symlinks unavailable: %v", err)
	}
	r := runQabot(t, "", false, "ask", "--corpus", dir, "--json", "how much does a ticket for the Lindqvist ferry cost?")
	if r.code != exitOK {
		t.Fatalf("exit: got %d, want 0; stderr %q", r.code, r.stderr)
	}
	var got struct{ Source, Sentence string }
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("stdout %q: %v", r.stdout, err)
	}
	if got.Source != "ferry.txt" {
		t.Errorf("source: got %q, want ferry.txt", got.Source)
	}
	if !strings.Contains(r.stderr, "skipped") || !strings.Contains(r.stderr, "broken.txt") {
		t.Errorf("stderr: got %q, want the skipped broken.txt reported", r.stderr)
	}
}

func TestAskLinesFromStdin(t *testing.T) {
	r := runQabot(t, tiktok+"\n\n   \n"+junk+"\r\n", false, "ask")
	if r.code != exitNotFound {
		t.Errorf("exit: got %d, want %d (one question not answered); stderr %q", r.code, exitNotFound, r.stderr)
	}
	if got := strings.Count(r.stdout, "? "); got != 2 {
		t.Errorf("questions echoed: got %d, want 2 in %q", got, r.stdout)
	}
	if !strings.Contains(r.stdout, "September 17") {
		t.Errorf("stdout: got %q, want the TikTok answer", r.stdout)
	}
	if i, j := strings.Index(r.stdout, "? "+tiktok), strings.Index(r.stdout, "? "+junk); i < 0 || j < i {
		t.Errorf("order: got %q, want the TikTok question first", r.stdout)
	}

	r = runQabot(t, tiktok+"\n", false, "ask", "--json")
	if r.code != exitOK {
		t.Errorf("--json exit: got %d, want 0", r.code)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || got["answered"] != true {
		t.Errorf("--json: got %q (%v), want one answered JSON object", r.stdout, err)
	}

	r = runQabot(t, "\n  \n", false, "ask")
	if r.code != exitUsage || !strings.Contains(r.stderr, "no question") {
		t.Errorf("blank stdin: got exit %d and %q, want %d and a no-question message", r.code, r.stderr, exitUsage)
	}
}

func TestPrompt(t *testing.T) {
	tests := []struct {
		name       string
		stdin      string
		wantOut    []string
		wantErr    []string
		notInOut   []string
		wantAnswer int // replies on stdout
	}{
		{
			name:       "quit",
			stdin:      tiktok + "\n\nhelp\n" + junk + "\nQuit\n" + tiktok + "\n",
			wantOut:    []string{"September 17", "rephras"},
			wantErr:    []string{"document", "> ", "Type a question"},
			wantAnswer: 1,
		},
		{
			name:       "exit",
			stdin:      "exit\n" + tiktok + "\n",
			notInOut:   []string{"September 17"},
			wantAnswer: 0,
		},
		{
			name:       "end of input",
			stdin:      tiktok,
			wantOut:    []string{"September 17"},
			wantAnswer: 1,
		},
		{
			name:     "huge line",
			stdin:    strings.Repeat("x", maxLineBytes+10) + "\n",
			wantErr:  []string{"far too long"},
			notInOut: []string{"x"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runQabot(t, tt.stdin, true, "ask")
			if r.code != exitOK {
				t.Errorf("exit: got %d, want 0; stderr %q", r.code, r.stderr)
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout: got %q, want it to contain %q", r.stdout, w)
				}
			}
			for _, w := range tt.notInOut {
				if strings.Contains(r.stdout, w) {
					t.Errorf("stdout: got %q, want no %q", r.stdout, w)
				}
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr: got %q, want it to contain %q", r.stderr, w)
				}
			}
			if got := strings.Count(r.stdout, "“"); got != tt.wantAnswer {
				t.Errorf("answers: got %d, want %d in %q", got, tt.wantAnswer, r.stdout)
			}
		})
	}
}

// blockingReader never returns, like a terminal nobody types into.
type blockingReader struct{ unblock chan struct{} }

func (b blockingReader) Read([]byte) (int, error) {
	<-b.unblock
	return 0, io.EOF
}

func TestInterruptWhileWaiting(t *testing.T) {
	for _, args := range [][]string{{"ask"}, {"ask", "--jsonl"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			in := blockingReader{unblock: make(chan struct{})}
			defer close(in.unblock)
			ctx, cancel := context.WithCancel(context.Background())
			var out, errOut bytes.Buffer
			e := env{stdin: in, stdout: &out, stderr: &errOut, isTerminal: args[len(args)-1] == "ask", getenv: func(string) string { return "" }}
			done := make(chan int, 1)
			go func() { done <- run(ctx, args, e) }()
			time.Sleep(20 * time.Millisecond)
			cancel()
			select {
			case code := <-done:
				if code != exitInterrupted {
					t.Errorf("exit: got %d, want %d", code, exitInterrupted)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("run did not return within 5s of Ctrl-C")
			}
		})
	}
}

// BenchmarkAskEmbedded measures one `qabot ask` in process: loading and
// indexing the embedded corpus, then answering.
func BenchmarkAskEmbedded(b *testing.B) {
	e := env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	for b.Loop() {
		if code := run(context.Background(), []string{"ask", tiktok}, e); code != exitOK {
			b.Fatalf("exit: got %d, want 0", code)
		}
	}
}
