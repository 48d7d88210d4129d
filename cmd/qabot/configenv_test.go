package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/qabot/qabot/qa"
)

// TestConfigLayers checks the order of the layers: the defaults, the
// file, the QABOT_* environment, then the flags, each over the one before,
// and that each value's origin is kept.
func TestConfigLayers(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	file := "corpus:\n  dir: " + dir + "\nhttp:\n  listen: 127.0.0.1:7001\n  rate_limit: 50\nlog:\n  level: debug\n"
	tests := []struct {
		name    string
		env     map[string]string
		flags   []flagSetting
		key     string
		got     func(Config) any
		want    any
		wantOrg string
	}{
		{"the file over the default", nil, nil, "http.listen", func(c Config) any { return c.HTTP.Listen }, "127.0.0.1:7001", "c.yaml:4"},
		{"the environment over the file", map[string]string{"QABOT_HTTP_LISTEN": "127.0.0.1:7002"}, nil,
			"http.listen", func(c Config) any { return c.HTTP.Listen }, "127.0.0.1:7002", "QABOT_HTTP_LISTEN"},
		{"a flag over both", map[string]string{"QABOT_HTTP_LISTEN": "127.0.0.1:7002"},
			[]flagSetting{{key: "http.listen", flag: "--listen", value: "127.0.0.1:7003"}},
			"http.listen", func(c Config) any { return c.HTTP.Listen }, "127.0.0.1:7003", "--listen"},
		{"a default nothing set", nil, nil, "shutdown_timeout", func(c Config) any { return c.ShutdownTimeout }, 10 * time.Second, "default"},
		{"an int", map[string]string{"QABOT_HTTP_RATE_LIMIT": "7"}, nil, "http.rate_limit", func(c Config) any { return c.HTTP.RateLimit }, 7, "QABOT_HTTP_RATE_LIMIT"},
		{"a bool", map[string]string{"QABOT_CORPUS_WATCH": "false"}, nil, "corpus.watch", func(c Config) any { return c.Corpus.Watch }, false, "QABOT_CORPUS_WATCH"},
		{"a duration", map[string]string{"QABOT_SHUTDOWN_TIMEOUT": "3s"}, nil, "shutdown_timeout", func(c Config) any { return c.ShutdownTimeout }, 3 * time.Second, "QABOT_SHUTDOWN_TIMEOUT"},
		{"a float", map[string]string{"QABOT_ANSWER_MIN_CONFIDENCE": "0.25"}, nil, "answer.min_confidence", func(c Config) any { return c.Answer.MinConfidence }, 0.25, "QABOT_ANSWER_MIN_CONFIDENCE"},
		{"a folder", map[string]string{"QABOT_CORPUS_DIR": other}, nil, "corpus.dir", func(c Config) any { return c.Corpus.Dir }, other, "QABOT_CORPUS_DIR"},
		{"a list with commas", map[string]string{"QABOT_HTTP_TRUSTED_PROXIES": "10.0.0.0/8, 192.0.2.7"}, nil,
			"http.trusted_proxies", func(c Config) any { return strings.Join(c.HTTP.TrustedProxies, "|") }, "10.0.0.0/8|192.0.2.7", "QABOT_HTTP_TRUSTED_PROXIES"},
		{"a list in YAML", map[string]string{"QABOT_HTTP_CORS_ORIGINS": `["https://a.example", "https://b.example"]`}, nil,
			"http.cors_origins", func(c Config) any { return strings.Join(c.HTTP.CORSOrigins, "|") }, "https://a.example|https://b.example", "QABOT_HTTP_CORS_ORIGINS"},
		{"a string is never read as YAML", map[string]string{"QABOT_HTTP_TOKEN": "&anchor-[no]-0123456789"}, nil,
			"http.token", func(c Config) any { return c.HTTP.Token }, "&anchor-[no]-0123456789", "QABOT_HTTP_TOKEN"},
		{"an empty variable is unset", map[string]string{"QABOT_HTTP_LISTEN": ""}, nil, "http.listen", func(c Config) any { return c.HTTP.Listen }, "127.0.0.1:7001", "c.yaml:4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, origins, err := resolveConfig(configSource{file: "c.yaml", raw: []byte(file), getenv: mapEnv(tt.env), flags: tt.flags})
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if got := tt.got(cfg); got != tt.want {
				t.Errorf("%s: got %v, want %v", tt.key, got, tt.want)
			}
			if got := origins.of(tt.key); got != tt.wantOrg {
				t.Errorf("%s: got origin %q, want %q", tt.key, got, tt.wantOrg)
			}
		})
	}
}

// TestConfigFromEnvironmentOnly checks that serve can be configured with
// no file at all, and that every key has its variable.
func TestConfigFromEnvironmentOnly(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{
		"QABOT_CORPUS_DIR":         dir,
		"QABOT_HTTP_LISTEN":        "127.0.0.1:9999",
		"QABOT_SLACK_ENABLED":      "true",
		"QABOT_SLACK_BOT_TOKEN":    "xoxb-1-2-secretpart",
		"QABOT_SLACK_APP_TOKEN":    "xapp-1-2-secretpart",
		"QABOT_DISCORD_RATE_LIMIT": "3",
	}
	cfg, origins, err := resolveConfig(configSource{getenv: mapEnv(env)})
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	if cfg.Corpus.Dir != dir || cfg.HTTP.Listen != "127.0.0.1:9999" || !cfg.Slack.Enabled || cfg.Slack.BotToken != "xoxb-1-2-secretpart" || cfg.Discord.RateLimit != 3 {
		t.Errorf("got %+v, want every variable applied", cfg)
	}
	if cfg.HTTP.Enabled {
		t.Errorf("http.enabled: got true with Slack enabled and nothing enabling HTTP, want false")
	}
	for key, want := range map[string]string{"corpus.dir": "QABOT_CORPUS_DIR", "slack.bot_token": "QABOT_SLACK_BOT_TOKEN", "log.level": "default",
		"http.enabled": "default (off: a chat front is enabled)"} {
		if got := origins.of(key); got != want {
			t.Errorf("%s: got origin %q, want %q", key, got, want)
		}
	}
	// Every key of Config has a variable that sets it.
	for _, key := range configKeys(false) {
		name := envName(key)
		if !regexp.MustCompile(`^QABOT_[A-Z0-9_]+$`).MatchString(name) {
			t.Errorf("%s: got variable %q, want QABOT_ and capitals", key, name)
		}
		set := false
		for _, val := range []string{"1", "true", "1s"} { // a value of each kind
			_, origins, _ := resolveConfig(configSource{getenv: mapEnv(map[string]string{name: val})})
			set = set || origins.of(key) == name
		}
		if !set {
			t.Errorf("%s: %s did not set it", key, name)
		}
	}
}

// TestHTTPEnabledDefault checks that enabling a chat front never enables
// the HTTP API as a side effect, and that the API is on with no chat front.
func TestHTTPEnabledDefault(t *testing.T) {
	slackOn := "slack:\n  enabled: true\n  bot_token: xoxb-1-2-3\n  app_token: xapp-1-2-3\n"
	tests := []struct {
		name  string
		file  string
		env   map[string]string
		flags []flagSetting
		want  bool
	}{
		{"nothing set", "", nil, nil, true},
		{"only a listen address", "http:\n  listen: 127.0.0.1:1\n", nil, nil, true},
		{"slack enabled", slackOn, nil, nil, false},
		{"slack enabled by the environment", "", map[string]string{"QABOT_SLACK_ENABLED": "true", "QABOT_SLACK_BOT_TOKEN": "xoxb-1-2-3", "QABOT_SLACK_APP_TOKEN": "xapp-1-2-3"}, nil, false},
		{"slack and http enabled", slackOn + "http:\n  enabled: true\n", nil, nil, true},
		{"slack enabled and --listen", slackOn, nil, []flagSetting{{key: "http.enabled", flag: "--listen", value: "true"}}, true},
		{"slack enabled and QABOT_HTTP_ENABLED", slackOn, map[string]string{"QABOT_HTTP_ENABLED": "true"}, nil, true},
	}
	for _, tt := range tests {
		cfg, _, err := resolveConfig(configSource{file: "c.yaml", raw: []byte(tt.file), getenv: mapEnv(tt.env), flags: tt.flags})
		if err != nil {
			t.Fatalf("%s: got error %v", tt.name, err)
		}
		if cfg.HTTP.Enabled != tt.want {
			t.Errorf("%s: got http.enabled %v, want %v", tt.name, cfg.HTTP.Enabled, tt.want)
		}
	}
}

func TestConfigProblemsNameTheVariable(t *testing.T) {
	const secret = "not-a-bot-token-verysecret"
	env := mapEnv(map[string]string{
		"QABOT_LOG_LEVEL":             "loud",
		"QABOT_HTTP_RATE_LIMIT":       "lots",
		"QABOT_ANSWER_MIN_CONFIDENCE": "2",
		"QABOT_SLACK_ENABLED":         "true",
		"QABOT_SLACK_BOT_TOKEN":       secret,
		"QABOT_SLACK_APP_TOKEN":       "xapp-1-2-3",
	})
	_, _, err := resolveConfig(configSource{file: "c.yaml", raw: []byte("log:\n  level: info\n"), getenv: env})
	if err == nil {
		t.Fatal("got no error, want one")
	}
	for _, want := range []string{
		`  log.level: "loud" is not one of debug, info, warn, error (set by QABOT_LOG_LEVEL)`,
		`  http.rate_limit: "lots" is not a whole number (set by QABOT_HTTP_RATE_LIMIT)`,
		fmt.Sprintf(`  answer.min_confidence: 2 is not a confidence from 0 to 1; the default is %g, and 0 always answers (set by QABOT_ANSWER_MIN_CONFIDENCE)`, qa.DefaultOptions().MinConfidence),
		`(set by QABOT_SLACK_BOT_TOKEN)`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("got:\n%v\nwant it to hold %q", err, want)
		}
	}
	if strings.Contains(err.Error(), "verysecret") || strings.Contains(err.Error(), "c.yaml:2: log.level") {
		t.Errorf("got:\n%v\nwant no secret and no file line for a value the environment gave", err)
	}
}

// TestFillDefaults checks that a 0 meaning "the default" is shown as the
// default itself.
func TestFillDefaults(t *testing.T) {
	src := "http:\n  rate_limit: 0\n  max_connections: 0\ndiscord:\n  shard_count: 0\n  rate_limit: 0\nslack:\n  mode: \"\"\n"
	cfg, err := parseConfig("c.yaml", []byte(src), mapEnv(nil))
	if err != nil {
		t.Fatal(err)
	}
	got := []any{cfg.HTTP.RateLimit, cfg.HTTP.MaxConnections, cfg.Discord.ShardCount, cfg.Discord.RateLimit, cfg.Slack.Mode, cfg.Slack.RateLimit}
	want := []any{600, 1024, 1, 10, "socket", 10}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("value %d: got %v, want %v (all: %v)", i, got[i], want[i], got)
		}
	}
}

func TestConfigCheckShowsOrigins(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/c.yaml"
	writeFile(t, path, "log:\n  level: debug\n")
	env := mapEnv(map[string]string{"QABOT_HTTP_RATE_LIMIT": "99", "QABOT_HTTP_TOKEN": "0123456789abcdef-secret"})
	code, out, errOut := runCmd(t, env, "config", "check", "--config", path, "--corpus", dir, "--listen", "127.0.0.1:7777")
	if code != exitOK {
		t.Fatalf("got exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{
		"level: debug # " + path + ":2",
		"rate_limit: 99 # QABOT_HTTP_RATE_LIMIT",
		"listen: 127.0.0.1:7777 # --listen",
		"dir: " + dir + " # --corpus",
		"token: <redacted> # QABOT_HTTP_TOKEN",
		"shutdown_timeout: 10s # default",
		fmt.Sprintf("min_confidence: %g # default", qa.DefaultOptions().MinConfidence),
		"max_connections: 1024 # default",
		"trusted_proxies: [] # default",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("got:\n%s\nwant a line holding %q", out, want)
		}
	}
	if strings.Contains(out, "abcdef-secret") {
		t.Errorf("got:\n%s\nwhich holds the token", out)
	}
	// With nothing set, the defaults are printed as they are in force.
	_, out, _ = runCmd(t, mapEnv(nil), "config", "check")
	for _, want := range []string{"rate_limit: 600 # default", "rate_limit: 10 # default", "shard_count: 1 # default", "enabled: true # default (on: no chat front is enabled)"} {
		if !strings.Contains(out, want) {
			t.Errorf("defaults: got:\n%s\nwant %q", out, want)
		}
	}
}

// TestServeWithoutFile runs serve configured by flags alone, then by the
// environment alone, as the README shows, and asks each a question.
func TestServeWithoutFile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/ferry.txt", "Tickets for the Lindqvist ferry cost 12 euros.\n")
	tests := []struct {
		name string
		args []string
		env  map[string]string
	}{
		{"flags", []string{"serve", "--corpus", dir, "--listen", "127.0.0.1:0"}, nil},
		{"environment", []string{"serve"}, map[string]string{"QABOT_CORPUS_DIR": dir, "QABOT_HTTP_LISTEN": "127.0.0.1:0", "QABOT_LOG_FORMAT": "json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			sink := &logSink{}
			done := make(chan int, 1)
			go func() { done <- run(ctx, tt.args, env{stdout: io.Discard, stderr: sink, getenv: mapEnv(tt.env)}) }()
			defer func() {
				cancel()
				select {
				case <-done:
				case <-time.After(waitLimit):
					t.Error("serve did not stop")
				}
			}()
			line := sink.waitFor(t, "qabot serving")
			m := regexp.MustCompile(`"?http"?[=:]"?([0-9.:]+)`).FindStringSubmatch(line)
			if m == nil || !strings.Contains(line, dir) {
				t.Fatalf("start-up line %q: want the corpus folder and the HTTP address", line)
			}
			resp, err := http.Get("http://" + m[1] + "/v1/ask?q=how+much+is+a+Lindqvist+ferry+ticket")
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || !strings.Contains(string(body), "ferry.txt") {
				t.Errorf("got %d %s, want the answer from ferry.txt", resp.StatusCode, body)
			}
		})
	}
}

// FuzzConfigEnv checks that no value of a QABOT_* variable crashes the
// loader or leaks into an error when the key is a secret, and that every
// problem is a *ConfigError naming the variable.
func FuzzConfigEnv(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzConfigEnv.
	keys := configKeys(false)
	f.Fuzz(func(t *testing.T, which uint8, val string) {
		key := keys[int(which)%len(keys)]
		name := envName(key)
		_, origins, err := resolveConfig(configSource{getenv: mapEnv(map[string]string{name: val})})
		if err == nil {
			if val != "" && origins.of(key) != name {
				t.Errorf("%s=%q: no error, but the key's origin is %q", name, val, origins.of(key))
			}
			return
		}
		var ce *ConfigError
		if !errors.As(err, &ce) || len(ce.Problems) == 0 {
			t.Fatalf("%s=%q: got %T %v, want a *ConfigError", name, val, err, err)
		}
		secret := strings.Contains(key, "token") || strings.Contains(key, "secret")
		if secret && len(val) > 8 && strings.Contains(err.Error(), val) {
			t.Errorf("%s: got error %q, which holds the secret value", name, err)
		}
	})
}
