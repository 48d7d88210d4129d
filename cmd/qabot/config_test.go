package main

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// mapEnv is a getenv over a map.
func mapEnv(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestParseConfigValid(t *testing.T) {
	dir := t.TempDir()
	env := mapEnv(map[string]string{
		"QABOT_TOKEN": "s3cr3t-0123456789abcdef",
		"RATE":        "25",
		"PORT":        "9090",
	})
	src := `
corpus:
  dir: ` + dir + `
  watch: false
  debounce: 2s
http:
  listen: 127.0.0.1:${PORT}
  token: ${QABOT_TOKEN}
  rate_limit: ${RATE}
  cors_origins: ["https://a.example"]
log:
  format: json
  level: debug
  questions: false
shutdown_timeout: 3s
`
	cfg, err := parseConfig("c.yaml", []byte(src), env)
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"corpus.dir", cfg.Corpus.Dir, dir},
		{"corpus.watch", cfg.Corpus.Watch, false},
		{"corpus.debounce", cfg.Corpus.Debounce, 2 * time.Second},
		{"http.enabled (default)", cfg.HTTP.Enabled, true},
		{"http.listen", cfg.HTTP.Listen, "127.0.0.1:9090"},
		{"http.token", cfg.HTTP.Token, "s3cr3t-0123456789abcdef"},
		{"http.rate_limit", cfg.HTTP.RateLimit, 25},
		{"http.cors_origins", strings.Join(cfg.HTTP.CORSOrigins, ","), "https://a.example"},
		{"log.format", cfg.Log.Format, "json"},
		{"log.level", cfg.Log.Level, "debug"},
		{"log.questions", cfg.Log.Questions, false},
		{"shutdown_timeout", cfg.ShutdownTimeout, 3 * time.Second},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestParseConfigAlias(t *testing.T) {
	src := "http: &limits\n  rate_limit: 3\n  listen: &addr 127.0.0.1:9999\nslack:\n  listen: *addr\ndiscord: *limits\n"
	_, err := parseConfig("c.yaml", []byte(src), mapEnv(nil))
	if err == nil || !strings.Contains(err.Error(), "unknown key discord.listen") {
		t.Fatalf("got error %v, want unknown key discord.listen (the aliased http section)", err)
	}
	src = "http:\n  rate_limit: &n 3\n  listen: &addr 127.0.0.1:9999\nslack:\n  listen: *addr\n  rate_limit: *n\n"
	cfg, err := parseConfig("c.yaml", []byte(src), mapEnv(nil))
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	if cfg.Slack.Listen != "127.0.0.1:9999" || cfg.Slack.RateLimit != 3 {
		t.Errorf("got slack listen %q rate_limit %d, want the aliased 127.0.0.1:9999 and 3", cfg.Slack.Listen, cfg.Slack.RateLimit)
	}
}

func TestParseConfigEmptyIsDefaults(t *testing.T) {
	for _, src := range []string{"", "# only a comment\n", "---\n"} {
		cfg, err := parseConfig("c.yaml", []byte(src), mapEnv(nil))
		if err != nil {
			t.Fatalf("%q: got error %v, want none", src, err)
		}
		if cfg.HTTP.Listen != "127.0.0.1:8080" || !cfg.HTTP.Enabled || cfg.Corpus.Dir != "" {
			t.Errorf("%q: got %+v, want the defaults", src, cfg)
		}
	}
}

func TestParseConfigProblems(t *testing.T) {
	env := mapEnv(map[string]string{"SET": "yes"})
	tests := []struct {
		name string
		src  string
		want []string // each must appear in the error
	}{
		{"unknown key with suggestion", "slack:\n  enabled: false\n  bot_tokn: x\n",
			[]string{"c.yaml:3: unknown key slack.bot_tokn (did you mean bot_token?)"}},
		{"unknown top-level key", "http:\n  listen: 127.0.0.1:1\nlogg:\n  level: info\n",
			[]string{"c.yaml:3: unknown key logg (did you mean log?)"}},
		{"unknown key far from any", "http:\n  zzzzzzzz: 1\n",
			[]string{"unknown key http.zzzzzzzz (known keys here: enabled, listen, token, cors_origins, rate_limit, trusted_proxies, max_connections)"}},
		{"bad level", "log:\n  level: loud\n",
			[]string{`c.yaml:2: log.level: "loud" is not one of debug, info, warn, error`}},
		{"bad format", "log:\n  format: xml\n",
			[]string{`log.format: "xml" is not one of text, json`}},
		{"bad duration", "shutdown_timeout: 5 minutes\n",
			[]string{`c.yaml:1: shutdown_timeout: "5 minutes" is not a duration; write it like 500ms, 10s or 2m`}},
		{"bare number duration", "corpus:\n  debounce: 500\n",
			[]string{`corpus.debounce: "500" is not a duration`}},
		{"zero shutdown", "shutdown_timeout: 0s\n",
			[]string{"shutdown_timeout: 0s must be more than 0"}},
		{"negative debounce", "corpus:\n  debounce: -1s\n",
			[]string{"corpus.debounce: -1s must not be negative"}},
		{"bad bool", "corpus:\n  watch: sometimes\n",
			[]string{`c.yaml:2: corpus.watch: "sometimes" is not true or false`}},
		{"bad int", "http:\n  rate_limit: lots\n",
			[]string{`http.rate_limit: "lots" is not a whole number`}},
		{"bad int from the environment", "http:\n  rate_limit: ${SET}\n",
			[]string{`http.rate_limit: the value of "${SET}" is not a whole number`}},
		{"list for a string", "http:\n  listen: [a, b]\n",
			[]string{"http.listen: a list is not a single value"}},
		{"string for a list", "http:\n  cors_origins: https://a.example\n",
			[]string{`http.cors_origins: "https://a.example" is not a list of strings`}},
		{"section not a mapping", "http: yes\n",
			[]string{"c.yaml:1: http must be a mapping of keys"}},
		{"bad listen", "http:\n  listen: localhost\n",
			[]string{`c.yaml:2: http.listen: "localhost" is not a host:port address`}},
		{"missing corpus dir", "corpus:\n  dir: /nonexistent/qabot-corpus\n",
			[]string{`c.yaml:2: corpus.dir: "/nonexistent/qabot-corpus" is not a folder that can be read`}},
		{"duplicate key", "log:\n  level: info\n  level: debug\n",
			[]string{"c.yaml:3: log.level is set twice (first on line 2)"}},
		{"not YAML", "http:\n  listen: [\n",
			[]string{"c.yaml: not valid YAML"}},
		{"unset variable", "http:\n  token: ${QABOT_HTTP_TOKEN}\n",
			[]string{"c.yaml:2: http.token: environment variable QABOT_HTTP_TOKEN is not set"}},
		{"unset variable inside text", "http:\n  listen: 127.0.0.1:${PORT}\n",
			[]string{"http.listen: environment variable PORT is not set"}},
		{"unset variable in an enabled slack section", "slack:\n  enabled: true\n  bot_token: ${SLACK_BOT_TOKEN}\n  app_token: xapp-1-abc\n",
			[]string{"c.yaml:3: slack.bot_token: environment variable SLACK_BOT_TOKEN is not set"}},
		{"enabled slack without a token", "slack:\n  enabled: true\n  app_token: xapp-1-abc\n",
			[]string{"slack.bot_token"}},
		{"enabled discord without a token", "discord:\n  enabled: true\n  application_id: \"123456789012345678\"\n",
			[]string{"discord.token"}},
		{"short http token", "http:\n  token: ${SET}\n",
			[]string{"http.token: the token is 3 characters long"}},
		{"no front", "http:\n  enabled: false\n",
			[]string{"no front is enabled"}},
		{"two documents", "http:\n  listen: 127.0.0.1:1\n---\nlog:\n  level: debug\n",
			[]string{"more than one YAML document"}},
		{"alias to a bad section", "base: &b {listen: x}\nhttp: *b\n",
			[]string{"unknown key base", `http.listen: "x" is not a host:port`}},
		{"several problems at once", "log:\n  level: loud\nhttp:\n  lisen: x\n",
			[]string{"2 problems", "c.yaml:2: log.level", "c.yaml:4: unknown key http.lisen (did you mean listen?)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseConfig("c.yaml", []byte(tt.src), env)
			if err == nil {
				t.Fatalf("got no error, want %q", tt.want)
			}
			var ce *ConfigError
			if !errors.As(err, &ce) {
				t.Fatalf("got %T, want *ConfigError", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("got error:\n%v\nwant it to hold %q", err, w)
				}
			}
		})
	}
}

// TestParseConfigUnsetInDisabledSection checks that the example's
// ${SLACK_BOT_TOKEN} does not fail while Slack is disabled.
func TestParseConfigUnsetInDisabledSection(t *testing.T) {
	src := "slack:\n  enabled: false\n  bot_token: ${SLACK_BOT_TOKEN}\ndiscord:\n  token: ${DISCORD_BOT_TOKEN}\n"
	if _, err := parseConfig("c.yaml", []byte(src), mapEnv(nil)); err != nil {
		t.Errorf("got error %v, want none for unset variables in disabled sections", err)
	}
}

func TestParseConfigNeverPrintsSecrets(t *testing.T) {
	const secret = "xoxb-verysecretvalue-123"
	env := mapEnv(map[string]string{"TOK": secret, "ODD": "not a number " + secret})
	srcs := []string{
		"http:\n  token: [" + secret + "]\n",
		"slack:\n  enabled: true\n  bot_token: {a: " + secret + "}\n",
		"slack:\n  enabled: true\n  mode: socket\n  bot_token: ${TOK}\n  app_token: ${TOK}\n",
		"discord:\n  enabled: true\n  token: \"" + secret + " \"\n",
		"http:\n  token: ${ODD}\n",
		"http:\n  rate_limit: ${TOK}\n",
		"corpus:\n  debounce: ${TOK}\n",
	}
	for _, src := range srcs {
		_, err := parseConfig("c.yaml", []byte(src), env)
		if err == nil {
			t.Errorf("%q: got no error, want one", src)
			continue
		}
		if strings.Contains(err.Error(), "verysecret") {
			t.Errorf("%q: got error %q, which holds the secret", src, err)
		}
	}
}

func TestExampleConfigIsValid(t *testing.T) {
	cfg, err := loadConfig(filepath.Join("..", "..", "config.example.yaml"), mapEnv(nil))
	if err != nil {
		t.Fatalf("config.example.yaml: got error %v, want none", err)
	}
	if want := defaultConfig(); cfg.HTTP.Listen != want.HTTP.Listen || cfg.ShutdownTimeout != want.ShutdownTimeout ||
		cfg.Corpus.Debounce != want.Corpus.Debounce || cfg.Log != want.Log || cfg.Answer.MinConfidence != want.Answer.MinConfidence {
		t.Errorf("config.example.yaml: got %+v, want the defaults it documents %+v", cfg, want)
	}
}

func TestExpandVars(t *testing.T) {
	env := mapEnv(map[string]string{"A": "1", "B_2": "two"})
	tests := []struct {
		in, want    string
		wantMissing string
	}{
		{"plain", "plain", ""},
		{"${A}", "1", ""},
		{"x${A}y${B_2}z", "x1ytwoz", ""},
		{"${NOPE}", "", "NOPE"},
		{"$${A}", "${A}", ""},
		{"cost $5", "cost $5", ""},
		{"${not valid}", "${not valid}", ""},
		{"${", "${", ""},
		{"$", "$", ""},
		{"${A", "${A", ""},
	}
	for _, tt := range tests {
		got, missing := expandVars(tt.in, env)
		if got != tt.want || strings.Join(missing, ",") != tt.wantMissing {
			t.Errorf("expandVars(%q): got %q missing %v, want %q missing %q", tt.in, got, missing, tt.want, tt.wantMissing)
		}
	}
}

func TestSuggestion(t *testing.T) {
	known := []string{"enabled", "mode", "app_token", "bot_token", "signing_secret", "listen"}
	tests := []struct{ key, want string }{
		{"bot_tokn", " (did you mean bot_token?)"},
		{"Listen", " (did you mean listen?)"},
		{"enabeld", " (did you mean enabled?)"},
		{"signingsecret", " (did you mean signing_secret?)"},
		{"colour", " (known keys here: enabled, mode, app_token, bot_token, signing_secret, listen)"},
	}
	for _, tt := range tests {
		if got := suggestion(tt.key, known); got != tt.want {
			t.Errorf("suggestion(%q): got %q, want %q", tt.key, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"a", "", 1}, {"", "abc", 3}, {"kitten", "sitting", 3}, {"bot_tokn", "bot_token", 1},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q): got %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestRedactSecret(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"xoxb-1234567890-abcdefghij", "xoxb-…(redacted)"},
		{"xapp-1-A0123-456789abcdef", "xapp-…(redacted)"},
		{"hunter2", "<redacted>"},
		{"abc-d", "<redacted>"},
		{"MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.xyz", "<redacted>"},
	}
	for _, tt := range tests {
		if got := redactSecret(tt.in); got != tt.want {
			t.Errorf("redactSecret(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// runCmd runs qabot in process with args and returns its exit status,
// stdout and stderr.
func runCmd(t *testing.T, getenv func(string) string, args ...string) (int, string, string) {
	t.Helper()
	r := runEnv(t, env{stdin: strings.NewReader(""), getenv: getenv}, args...)
	return r.code, r.stdout, r.stderr
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestConfigCheck(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	writeFile(t, good, `
http:
  token: ${QABOT_TOKEN}
slack:
  enabled: true
  bot_token: ${SLACK_BOT_TOKEN}
  app_token: ${SLACK_APP_TOKEN}
`)
	env := mapEnv(map[string]string{
		"QABOT_TOKEN":     "http-token-0123456789abcdef",
		"SLACK_BOT_TOKEN": "xoxb-1111111111-2222222222-secretpart",
		"SLACK_APP_TOKEN": "xapp-1-A111-222-secretpart",
	})
	code, out, errOut := runCmd(t, env, "config", "check", "--config", good)
	if code != exitOK {
		t.Fatalf("got exit %d (stderr %q), want 0", code, errOut)
	}
	for _, want := range []string{"valid", "token: <redacted>", "bot_token: xoxb-…(redacted)", "app_token: xapp-…(redacted)", "listen: 127.0.0.1:8080", "shutdown_timeout: 10s"} {
		if !strings.Contains(out, want) {
			t.Errorf("got output:\n%s\nwant it to hold %q", out, want)
		}
	}
	if strings.Contains(out+errOut, "secretpart") || strings.Contains(out+errOut, "0123456789abcdef") {
		t.Errorf("got output:\n%s%s\nwhich holds a secret", out, errOut)
	}

	bad := filepath.Join(dir, "bad.yaml")
	writeFile(t, bad, "slack:\n  enabled: true\n  bot_tokn: x\nlog:\n  level: loud\n")
	code, out, errOut = runCmd(t, env, "config", "check", "--config", bad)
	if code != exitUsage {
		t.Fatalf("got exit %d, want 2", code)
	}
	for _, want := range []string{"bad.yaml:3: unknown key slack.bot_tokn (did you mean bot_token?)", `bad.yaml:5: log.level: "loud" is not one of`, "slack.bot_token: required"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("got stderr:\n%s\nwant it to hold %q", errOut, want)
		}
	}
	if out != "" {
		t.Errorf("got stdout %q for an invalid config, want none", out)
	}

	if code, _, errOut := runCmd(t, env, "config", "check", "--config", filepath.Join(dir, "missing.yaml")); code != exitUsage || !strings.Contains(errOut, "missing.yaml") {
		t.Errorf("missing file: got exit %d, stderr %q; want 2 naming the file", code, errOut)
	}
	if code, _, errOut := runCmd(t, env, "config", "lint"); code != exitUsage || !strings.Contains(errOut, "config check") {
		t.Errorf("config lint: got exit %d, stderr %q; want 2 pointing at config check", code, errOut)
	}
	if code, out, _ := runCmd(t, env, "config", "check"); code != exitOK || !strings.Contains(out, "built-in defaults") {
		t.Errorf("config check without --config: got exit %d, out %q; want 0 with the defaults", code, out)
	}
}

// FuzzParseConfig checks that no configuration file, however broken,
// crashes the loader, and that every problem is reported as a
// *ConfigError with at least one message.
func FuzzParseConfig(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzParseConfig.
	getenv := mapEnv(map[string]string{"X": "xoxb-1-2", "Y": "[1]"})
	f.Fuzz(func(t *testing.T, raw []byte) {
		_, err := parseConfig("fuzz.yaml", raw, getenv)
		if err == nil {
			return
		}
		var ce *ConfigError
		if !errors.As(err, &ce) || len(ce.Problems) == 0 {
			t.Fatalf("got %T %v, want a *ConfigError with problems", err, err)
		}
		for _, p := range ce.Problems {
			if p.Msg == "" {
				t.Fatalf("got an empty problem in %v", err)
			}
		}
	})
}

// TestExampleConfigDocumentsEveryKey checks that config.example.yaml sets
// every key of Config, each under a comment saying what it does, so that a
// new setting cannot be added without documenting it.
func TestExampleConfigDocumentsEveryKey(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "config.example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	// documented maps each key to whether a comment explains it: its own,
	// or that of the group of keys on the lines right above it.
	documented := map[string]bool{}
	var walk func(n *yaml.Node, path string)
	walk = func(n *yaml.Node, path string) {
		prevLine, prevCommented := 0, false
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			key := joinKey(path, k.Value)
			commented := k.HeadComment != "" || k.LineComment != "" || v.LineComment != "" ||
				(prevCommented && k.Line == prevLine+1)
			documented[key] = commented
			prevLine, prevCommented = k.Line, commented
			if v.Kind == yaml.MappingNode {
				walk(v, key)
			}
		}
	}
	walk(doc.Content[0], "")

	for _, key := range configKeys(true) {
		commented, ok := documented[key]
		switch {
		case !ok:
			t.Errorf("config.example.yaml: got no %s, want every setting shown", key)
		case !commented && !strings.HasSuffix(key, ".enabled"):
			t.Errorf("config.example.yaml: %s has no comment, want each setting explained", key)
		}
	}
}

// configKeys lists every key of Config, the sections' own keys ("http")
// too when sections is set.
func configKeys(sections bool) []string {
	var keys []string
	var collect func(typ reflect.Type, path string)
	collect = func(typ reflect.Type, path string) {
		for i := 0; i < typ.NumField(); i++ {
			name := yamlName(typ.Field(i))
			if name == "" {
				continue
			}
			key := joinKey(path, name)
			ft := typ.Field(i).Type
			isSection := ft.Kind() == reflect.Struct && ft != durationType
			if sections || !isSection {
				keys = append(keys, key)
			}
			if isSection {
				collect(ft, key)
			}
		}
	}
	collect(reflect.TypeOf(Config{}), "")
	return keys
}
