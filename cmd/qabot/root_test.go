package main

import (
	"regexp"
	"runtime"
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}, {"-v"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := runQabot(t, "", false, args...)
			if r.code != exitOK || r.stderr != "" {
				t.Fatalf("got exit %d, stderr %q; want 0 and nothing", r.code, r.stderr)
			}
			for _, re := range []string{`(?m)^qabot \S+$`, `(?m)^commit: \S+`, `(?m)^go: ` + regexp.QuoteMeta(runtime.Version()) + ` ` + runtime.GOOS + `/` + runtime.GOARCH + `$`} {
				if !regexp.MustCompile(re).MatchString(r.stdout) {
					t.Errorf("got %q, want a line matching %s", r.stdout, re)
				}
			}
		})
	}
}

func TestBuildInfoString(t *testing.T) {
	tests := []struct {
		b    buildInfo
		want string
	}{
		{buildInfo{version: "v1.2.3", commit: "abc123", time: "2026-11-01T10:00:00Z", goVer: "go1.26.8"}, "qabot v1.2.3\ncommit: abc123 (2026-11-01T10:00:00Z)\n"},
		{buildInfo{version: "(devel)", commit: "abc123", modified: true, goVer: "go1.26.8"}, "commit: abc123, with uncommitted changes\n"},
		{buildInfo{version: "(devel)", goVer: "go1.26.8"}, "commit: unknown (built without version control information"},
	}
	for _, tt := range tests {
		if got := tt.b.String(); !strings.Contains(got, tt.want) || !strings.Contains(got, "go: go1.26.8 ") {
			t.Errorf("got %q, want it to hold %q and the Go version", got, tt.want)
		}
	}
}

func TestCompletion(t *testing.T) {
	tests := []struct{ shell, want string }{
		{"bash", "complete -o default -F __start_qabot qabot"},
		{"zsh", "#compdef qabot"},
		{"fish", "complete -c qabot"},
		{"powershell", "Register-ArgumentCompleter"},
	}
	for _, tt := range tests {
		r := runQabot(t, "", false, "completion", tt.shell)
		if r.code != exitOK || !strings.Contains(r.stdout, tt.want) {
			t.Errorf("completion %s: got exit %d, %d bytes without %q; want 0 and a script", tt.shell, r.code, len(r.stdout), tt.want)
		}
	}
	// The shell asks the binary for the words that may follow.
	r := runQabot(t, "", false, "__complete", "ask", "--j")
	for _, want := range []string{"--json", "--jsonl"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("__complete ask --j: got %q, want %s offered", r.stdout, want)
		}
	}
	r = runQabot(t, "", false, "__complete", "")
	for _, want := range []string{"ask", "eval", "serve", "config", "version", "completion"} {
		if !regexp.MustCompile(`(?m)^` + want + `\t`).MatchString(r.stdout) {
			t.Errorf("__complete: got %q, want the command %s offered", r.stdout, want)
		}
	}
}

// TestHelpListsEverySubcommand checks that the top-level help names every
// subcommand with a line of its own and writes flags with two dashes.
func TestHelpListsEverySubcommand(t *testing.T) {
	r := runQabot(t, "", false, "--help")
	for _, cmd := range []string{"ask", "eval", "serve", "config", "healthcheck", "version", "completion", "help"} {
		if !regexp.MustCompile(`(?m)^  ` + cmd + ` +\S`).MatchString(r.stdout) {
			t.Errorf("got help %q, want a line for %s", r.stdout, cmd)
		}
	}
	r = runQabot(t, "", false, "ask", "--help")
	for _, flag := range []string{"--corpus DIR", "--json ", "--jsonl "} {
		if !strings.Contains(r.stdout, flag) {
			t.Errorf("ask --help: got %q, want %q", r.stdout, flag)
		}
	}
}

func TestCommandLineForms(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"one-dash long flag", []string{"ask", "-json", tiktok}, exitOK, `"answered":true`, ""},
		{"flag after the question", []string{"ask", tiktok, "--json"}, exitOK, `"answered":true`, ""},
		{"dash dash ends the flags", []string{"ask", "--", "--json"}, exitNotFound, "couldn't find", ""},
		{"mistyped command", []string{"aks", tiktok}, exitUsage, "", `unknown command "aks": use ask, config, docs, eval, feedback, healthcheck, serve or version (did you mean ask?)`},
		{"flag error names the help", []string{"eval", "--show-misses=maybe", "x.jsonl"}, exitUsage, "", "run `qabot eval --help` for the flags"},
		{"config check flag error", []string{"config", "check", "--bogus"}, exitUsage, "", "qabot config check: unknown flag: --bogus: run `qabot config check --help`"},
		{"version takes no argument", []string{"version", "x"}, exitUsage, "", "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runQabot(t, "", false, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stdout, tt.stdout) || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("got exit %d, stdout %q, stderr %q; want %d, %q, %q", r.code, r.stdout, r.stderr, tt.code, tt.stdout, tt.stderr)
			}
		})
	}
}
