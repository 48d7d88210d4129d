package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/qabot/qabot/bot"
)

const worldCup = "who won the 1954 world cup?"

// TestAskMinConfidence checks that --min-confidence reaches the engine: 0
// answers a question the default abstains on.
func TestAskMinConfidence(t *testing.T) {
	if r := runQabot(t, "", false, "ask", worldCup); r.code != exitNotFound {
		t.Fatalf("default: got exit %d (%q), want %d: the documents do not answer", r.code, r.stdout, exitNotFound)
	}
	r := runQabot(t, "", false, "ask", "--min-confidence", "0", worldCup)
	if r.code != exitOK || !strings.Contains(r.stdout, "“") {
		t.Errorf("--min-confidence 0: got exit %d, %q; want the best sentence", r.code, r.stdout)
	}
	for _, bad := range []string{"-0.1", "1.5", "lots"} {
		r := runQabot(t, "", false, "ask", "--min-confidence", bad, tiktok)
		if r.code != exitUsage || !strings.Contains(r.stderr, "--min-confidence") {
			t.Errorf("--min-confidence %s: got exit %d, %q; want 2 naming the flag", bad, r.code, r.stderr)
		}
	}
	// eval takes it too: every abstention on an unanswerable question
	// turns into a wrong answer at 0.
	file := t.TempDir() + "/e.jsonl"
	writeFile(t, file, `{"id":"1","question":"`+worldCup+`","answers":[],"answerable":false,"kind":"unanswerable"}`+"\n")
	if r := runQabot(t, "", false, "eval", file); !strings.Contains(r.stdout, "overall: 1/1 right") {
		t.Errorf("eval default: got %q, want the abstention right", r.stdout)
	}
	if r := runQabot(t, "", false, "eval", "--min-confidence", "0", file); !strings.Contains(r.stdout, "overall: 0/1 right") {
		t.Errorf("eval --min-confidence 0: got %q, want the forced answer wrong", r.stdout)
	}
}

func TestAskTop(t *testing.T) {
	r := runQabot(t, "", false, "ask", "--top", "3", tiktok)
	if r.code != exitOK {
		t.Fatalf("got exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{"1. September 17\n", "\n2. ", "\n3. ", "   confidence "} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("text: got %q, want %q", r.stdout, want)
		}
	}

	r = runQabot(t, "", false, "ask", "--json", "--top", "3", tiktok)
	var got bot.AnswerJSON
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("--json: %v in %q", err, r.stdout)
	}
	if got.Answer != "September 17" || len(got.Alternatives) != 2 || got.Question != tiktok {
		t.Errorf("--json --top 3: got answer %q with %d alternatives, want September 17 and 2", got.Answer, len(got.Alternatives))
	}
	for _, a := range got.Alternatives {
		if !a.Answered || a.Sentence == "" || a.Sentence == got.Sentence || a.Alternatives != nil {
			t.Errorf("alternative %+v: want another answered sentence, in the same shape", a)
		}
	}

	// Without --top the JSON is as it was: no alternatives.
	r = runQabot(t, "", false, "ask", "--json", tiktok)
	if strings.Contains(r.stdout, "alternatives") {
		t.Errorf("--json without --top: got %q, want no alternatives", r.stdout)
	}
	for _, bad := range []string{"0", "11", "-1"} {
		if r := runQabot(t, "", false, "ask", "--top", bad, tiktok); r.code != exitUsage || !strings.Contains(r.stderr, "from 1 to 10") {
			t.Errorf("--top %s: got exit %d, %q; want 2 and the range", bad, r.code, r.stderr)
		}
	}
}

func TestBatchTopAndSmallTalk(t *testing.T) {
	in := `{"id":"a","question":"when is the TikTok deadline?"}` + "\n" + `{"id":"b","question":"thanks!"}` + "\n" + `{"id":"c","question":"Hello there"}` + "\n"
	r := runQabot(t, in, false, "ask", "--jsonl")
	got := decodeLines(t, r.stdout)
	if r.code != exitOK || len(got) != 3 {
		t.Fatalf("got exit %d, %d lines; want 0 and 3", r.code, len(got))
	}
	if len(got[0].Alternatives) != 0 || strings.Contains(r.stdout, "alternatives") {
		t.Errorf("without --top: got %q, want no alternatives", r.stdout)
	}
	for _, g := range got[1:] {
		if g.Answered || !strings.Contains(g.Message, "for example") || g.Error != "" {
			t.Errorf("line %s: got %+v, want not answered with the help text", g.ID, g)
		}
	}
	r = runQabot(t, in, false, "ask", "--jsonl", "--top", "2")
	got = decodeLines(t, r.stdout)
	if len(got) != 3 || len(got[0].Alternatives) != 1 || got[0].ID != "a" {
		t.Errorf("--top 2: got %+v, want the first line with one alternative", got)
	}
}

func TestAskGreetings(t *testing.T) {
	for _, q := range []string{"hello", "hi there", "thanks", "good morning"} {
		r := runQabot(t, "", false, "ask", q)
		if r.code != exitOK || !strings.Contains(r.stdout, "for example") || strings.Contains(r.stdout, "couldn't find") {
			t.Errorf("%q: got exit %d, %q; want 0 and the help line", q, r.code, r.stdout)
		}
	}
	r := runQabot(t, "hello\n"+tiktok+"\nquit\n", true, "ask")
	if !strings.Contains(r.stdout, "for example") || !strings.Contains(r.stdout, "September 17") {
		t.Errorf("prompt: got %q, want the help line then the answer", r.stdout)
	}
}

// TestPrinterWrapsAndColours checks the terminal layout: lines no wider
// than the terminal, continuation lines indented, colour only when asked.
func TestPrinterWrapsAndColours(t *testing.T) {
	reply := runReply(t, tiktok)
	var b strings.Builder
	if err := (printer{width: 40}).printReply(&b, reply); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) < 6 {
		t.Errorf("width 40: got %d lines, want the sentence wrapped over several:\n%s", len(lines), b.String())
	}
	for _, l := range lines {
		if len([]rune(l)) > 40 {
			t.Errorf("width 40: got a line of %d columns: %q", len([]rune(l)), l)
		}
	}
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, "  ") {
			t.Errorf("width 40: got %q, want every line after the first indented", l)
		}
	}
	if strings.Contains(b.String(), "\x1b[") {
		t.Errorf("no colour asked: got escape sequences in %q", b.String())
	}
	b.Reset()
	if err := (printer{colour: true}).printReply(&b, reply); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), sgrBold+"September 17"+sgrReset) || !strings.Contains(b.String(), sgrDim+"— ") {
		t.Errorf("colour: got %q, want the answer bold and the source dim", b.String())
	}
}

// runReply answers q over the embedded corpus as `qabot ask` does.
func runReply(t *testing.T, q string) bot.Reply {
	t.Helper()
	ix, err := loadIndex("ask", "", snapshotFlags{}, env{}, false)
	if err != nil {
		t.Fatal(err)
	}
	s := askSession{h: newCLIHandler(newLibrary(ix, defaultConfig().Answer.options()), env{})}
	return s.ask(t.Context(), q)
}

func TestEnvColour(t *testing.T) {
	tests := []struct {
		name     string
		terminal bool
		env      map[string]string
		want     bool
	}{
		{"terminal", true, nil, true},
		{"pipe", false, nil, false},
		{"NO_COLOR", true, map[string]string{"NO_COLOR": "1"}, false},
		{"empty NO_COLOR", true, map[string]string{"NO_COLOR": ""}, true},
		{"dumb terminal", true, map[string]string{"TERM": "dumb"}, false},
	}
	for _, tt := range tests {
		e := env{stdoutTerminal: tt.terminal, getenv: mapEnv(tt.env), columns: func() int { return 80 }}
		if got := e.colour(); got != tt.want {
			t.Errorf("%s: got colour %v, want %v", tt.name, got, tt.want)
		}
		if got, want := e.width(), map[bool]int{true: 80, false: 0}[tt.terminal]; got != want {
			t.Errorf("%s: got width %d, want %d", tt.name, got, want)
		}
	}
}
