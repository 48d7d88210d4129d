package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeBlocks returns the lines of each fenced code block of README.md.
func readmeBlocks(t *testing.T) [][]string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var (
		blocks [][]string
		cur    []string
		in     bool
	)
	for _, l := range strings.Split(string(raw), "\n") {
		if strings.HasPrefix(l, "```") {
			if in {
				blocks = append(blocks, cur)
				cur = nil
			}
			in = !in
			continue
		}
		if in {
			cur = append(cur, l)
		}
	}
	return blocks
}

// qabotCall finds the qabot command line in a shell line ("qabot ask …",
// "go run ./cmd/qabot eval …", "X=1 qabot serve", "source <(qabot …)")
// and returns its arguments, cut at a pipe, redirection or comment.
var qabotCall = regexp.MustCompile(`(?:^|[\s(])(?:go run \./cmd/)?qabot((?:\s[^|<>#)]*)?)`)

// shellWords splits s as a shell would for these simple lines: on spaces,
// with single or double quotes holding a word together.
func shellWords(s string) []string {
	var (
		words []string
		cur   strings.Builder
		quote rune
		word  bool
	)
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '\'' || r == '"':
			quote, word = r, true
		case r == ' ' || r == '\t':
			if word {
				words = append(words, cur.String())
				cur.Reset()
				word = false
			}
		default:
			cur.WriteRune(r)
			word = true
		}
	}
	if word {
		words = append(words, cur.String())
	}
	return words
}

// TestReadmeCommandLines checks that every qabot command line the README's
// code blocks show names a real subcommand and real flags. In a block of
// `$ ` lines, only those are commands; the rest is their output.
func TestReadmeCommandLines(t *testing.T) {
	n := 0
	for _, block := range readmeBlocks(t) {
		transcript := false
		for _, l := range block {
			transcript = transcript || strings.HasPrefix(l, "$ ")
		}
		for _, l := range block {
			if transcript && !strings.HasPrefix(l, "$ ") {
				continue
			}
			l = strings.TrimPrefix(l, "$ ")
			if strings.HasPrefix(strings.TrimSpace(l), "#") || strings.Contains(l, "docker ") || strings.Contains(l, "install -") {
				continue
			}
			m := qabotCall.FindStringSubmatch(l)
			if m == nil {
				continue
			}
			args := shellWords(m[1])
			n++
			code := exitOK
			root := newRootCommand(env{getenv: mapEnv(nil)}, &code)
			root.InitDefaultCompletionCmd()
			root.InitDefaultHelpCmd()
			args = longFlags(root, args)
			c, rest, err := root.Find(args)
			if err != nil || (c == root && len(args) > 0 && !strings.HasPrefix(args[0], "-")) {
				t.Errorf("README: %q: no such command (%v)", l, err)
				continue
			}
			if err := c.ParseFlags(rest); err != nil {
				t.Errorf("README: %q: %v", l, err)
			}
		}
	}
	if n < 20 {
		t.Errorf("got %d qabot command lines in README.md, want the examples found", n)
	}
}

// TestReadmeTranscripts runs each `$ qabot ask`, `$ qabot eval` and `$ qabot docs`
// example of the README from the repository's root and checks that qabot
// prints what the README shows (and exits as a following `$ echo $?`
// says).
func TestReadmeTranscripts(t *testing.T) {
	blocks := readmeBlocks(t)
	t.Chdir(filepath.Join("..", ".."))
	n := 0
	for _, block := range blocks {
		for i := 0; i < len(block); i++ {
			l := block[i]
			m := regexp.MustCompile(`^\$ qabot ((?:ask|eval|docs) .*)$`).FindStringSubmatch(l)
			if m == nil || strings.ContainsAny(m[1], "|<>") {
				continue
			}
			var want []string
			j := i + 1
			for ; j < len(block) && !strings.HasPrefix(block[j], "$ "); j++ {
				want = append(want, block[j])
			}
			wantCode := -1
			if j+1 < len(block) && block[j] == "$ echo $?" {
				wantCode = map[string]int{"0": 0, "1": 1, "2": 2}[block[j+1]]
			}
			if len(want) == 0 || strings.Contains(strings.Join(want, "\n"), "…") {
				continue // an abridged example
			}
			n++
			r := runQabot(t, "", false, shellWords(m[1])...)
			got := strings.TrimRight(r.stdout+r.stderr, "\n")
			if got != strings.Join(want, "\n") {
				t.Errorf("README: %s\ngot:\n%s\nwant:\n%s", l, got, strings.Join(want, "\n"))
			}
			if wantCode >= 0 && r.code != wantCode {
				t.Errorf("README: %s: got exit %d, want %d", l, r.code, wantCode)
			}
		}
	}
	if n < 3 {
		t.Errorf("got %d transcripts checked, want the README's ask and eval examples", n)
	}
}

// TestReadmeLinks checks that every link of the README leads to a file of
// the repository: no web addresses, nothing above the repository's root.
func TestReadmeLinks(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	// Code is not a link: drop the fenced blocks and the inline spans.
	text := regexp.MustCompile("(?s)```.*?```|`[^`\n]*`").ReplaceAllString(string(raw), "")
	links := regexp.MustCompile(`\]\(([^)]+)\)|<(https?://[^>]+)>`).FindAllStringSubmatch(text, -1)
	if len(links) == 0 {
		t.Fatal("found no link in README.md; want at least the manifest's")
	}
	for _, m := range links {
		target := m[1] + m[2]
		switch {
		case strings.Contains(target, "://"):
			t.Errorf("README links to %s: want links inside the repository only", target)
		case strings.HasPrefix(filepath.Clean(target), ".."):
			t.Errorf("README links to %s, outside the repository", target)
		default:
			if _, err := os.Stat(filepath.Join("..", "..", strings.SplitN(target, "#", 2)[0])); err != nil {
				t.Errorf("README links to %s: %v", target, err)
			}
		}
	}
}
