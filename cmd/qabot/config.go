package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/qabot/qabot/bot/discord"
	"github.com/qabot/qabot/bot/httpapi"
	"github.com/qabot/qabot/bot/slack"
)

// Config is qabot serve's configuration; config.example.yaml documents
// every field. Fields tagged qabot:"secret" are never printed: not in
// errors, not in logs, and redacted by "qabot config check".
type Config struct {
	Corpus          CorpusConfig   `yaml:"corpus"`
	HTTP            httpapi.Config `yaml:"http"`
	Log             LogConfig      `yaml:"log"`
	ShutdownTimeout time.Duration  `yaml:"shutdown_timeout"`
	Slack           slack.Config   `yaml:"slack"`
	Discord         discord.Config `yaml:"discord"`
}

// CorpusConfig says where the documents are and whether to watch them.
type CorpusConfig struct {
	// Dir is the corpus folder; "" means the embedded corpus.
	Dir string `yaml:"dir"`
	// Watch reloads the folder when a file in it changes.
	Watch bool `yaml:"watch"`
	// Debounce is how long to wait after the last change before reloading.
	Debounce time.Duration `yaml:"debounce"`
}

// LogConfig sets up logging.
type LogConfig struct {
	Format    string `yaml:"format"` // text or json
	Level     string `yaml:"level"`  // debug, info, warn, error
	Questions bool   `yaml:"questions"`
}

// The accepted values of log.format and log.level.
var (
	logFormats = []string{"text", "json"}
	logLevels  = []string{"debug", "info", "warn", "error"}
)

// defaultConfig is the configuration with no file at all: the HTTP API on
// 127.0.0.1:8080 over the embedded corpus.
func defaultConfig() Config {
	return Config{
		Corpus:          CorpusConfig{Watch: true, Debounce: 500 * time.Millisecond},
		HTTP:            httpapi.Config{Enabled: true, Listen: "127.0.0.1:8080"},
		Log:             LogConfig{Format: "text", Level: "info", Questions: true},
		ShutdownTimeout: 10 * time.Second,
		Slack:           slack.Config{Mode: slack.ModeSocket, Listen: "127.0.0.1:3000", APIURL: slack.DefaultAPIURL},
		Discord:         discord.Config{ShardCount: 1, APIURL: discord.DefaultAPIURL},
	}
}

// configProblem is one thing wrong with a configuration: where (the line,
// when known), which key, and what is wrong. Msg never holds a secret.
type configProblem struct {
	Line int
	Msg  string
}

// ConfigError lists everything wrong with a configuration file, so that a
// user can fix it in one pass. It is returned by loadConfig.
type ConfigError struct {
	File     string
	Problems []configProblem
}

func (e *ConfigError) Error() string {
	var b strings.Builder
	if len(e.Problems) == 1 {
		fmt.Fprintf(&b, "invalid configuration: ")
	} else {
		fmt.Fprintf(&b, "invalid configuration (%d problems):\n", len(e.Problems))
	}
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		if len(e.Problems) > 1 {
			b.WriteString("  ")
		}
		b.WriteString(e.File)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Line)
		}
		b.WriteString(": ")
		b.WriteString(p.Msg)
	}
	return b.String()
}

// loadConfig reads the YAML file at path over the defaults, expands
// ${ENV_VAR} references with getenv and validates the result. Every problem
// found is reported in one *ConfigError.
func loadConfig(path string, getenv func(string) string) (Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("read config: %w", err)
	}
	return parseConfig(path, raw, getenv)
}

// parseConfig is loadConfig on the bytes of a file; name is used in
// messages.
func parseConfig(name string, raw []byte, getenv func(string) string) (Config, error) {
	cfg := defaultConfig()
	d := &decoder{getenv: getenv, lines: map[string]int{}}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	switch err := dec.Decode(&doc); {
	case errors.Is(err, io.EOF):
		// An empty file: the defaults.
	case err != nil:
		return cfg, &ConfigError{File: name, Problems: []configProblem{{Msg: yamlSyntax(err)}}}
	default:
		root := &doc
		if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
			root = root.Content[0]
		}
		d.decode(root, reflect.ValueOf(&cfg).Elem(), "")
		var extra yaml.Node
		if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
			d.problems = append(d.problems, configProblem{Line: extra.Line,
				Msg: "the file holds more than one YAML document (a second \"---\"); keep one"})
		}
	}
	d.dropDisabled(cfg)
	problems := d.problems
	problems = append(problems, d.validate(cfg)...)
	sort.SliceStable(problems, func(i, j int) bool {
		li, lj := problems[i].Line, problems[j].Line
		return li != 0 && (lj == 0 || li < lj)
	})
	if len(problems) > 0 {
		return cfg, &ConfigError{File: name, Problems: problems}
	}
	return cfg, nil
}

// yamlSyntax rewords a yaml.v3 syntax error without its "yaml: " prefix.
func yamlSyntax(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	return "not valid YAML: " + msg
}

// validate checks the values that decoding alone cannot: enumerations,
// addresses, durations' ranges and every enabled front's own section.
func (d *decoder) validate(cfg Config) []configProblem {
	var ps []configProblem
	add := func(key, msg string) {
		ps = append(ps, configProblem{Line: d.lines[key], Msg: key + ": " + msg})
	}
	if !slices.Contains(logFormats, cfg.Log.Format) {
		add("log.format", fmt.Sprintf("%q is not one of %s", cfg.Log.Format, strings.Join(logFormats, ", ")))
	}
	if !slices.Contains(logLevels, cfg.Log.Level) {
		add("log.level", fmt.Sprintf("%q is not one of %s", cfg.Log.Level, strings.Join(logLevels, ", ")))
	}
	if cfg.ShutdownTimeout <= 0 {
		add("shutdown_timeout", fmt.Sprintf("%s must be more than 0, for example 10s", cfg.ShutdownTimeout))
	}
	if cfg.Corpus.Debounce < 0 {
		add("corpus.debounce", fmt.Sprintf("%s must not be negative, for example 500ms", cfg.Corpus.Debounce))
	}
	if cfg.Corpus.Dir != "" {
		if fi, err := os.Stat(cfg.Corpus.Dir); err != nil {
			add("corpus.dir", fmt.Sprintf("%q is not a folder that can be read (%v)", cfg.Corpus.Dir, errors.Unwrap(err)))
		} else if !fi.IsDir() {
			add("corpus.dir", fmt.Sprintf("%q is a file; give the folder holding the documents", cfg.Corpus.Dir))
		}
	}
	if !cfg.HTTP.Enabled && !cfg.Slack.Enabled && !cfg.Discord.Enabled {
		ps = append(ps, configProblem{Msg: "no front is enabled: set http.enabled, slack.enabled or discord.enabled to true"})
	}
	if cfg.HTTP.Enabled && cfg.Slack.Enabled && strings.EqualFold(cfg.Slack.Mode, "http") && cfg.Slack.Listen == cfg.HTTP.Listen {
		add("slack.listen", fmt.Sprintf("%q is also http.listen; give the Slack events endpoint an address of its own", cfg.Slack.Listen))
	}
	sections := []struct {
		key     string
		enabled bool
		check   func() error
	}{
		{"http", cfg.HTTP.Enabled, cfg.HTTP.Validate},
		{"slack", cfg.Slack.Enabled, cfg.Slack.Validate},
		{"discord", cfg.Discord.Enabled, cfg.Discord.Validate},
	}
	for _, s := range sections {
		if !s.enabled {
			continue
		}
		if err := s.check(); err != nil {
			for _, msg := range splitErrors(err) {
				ps = append(ps, configProblem{Line: d.lineOf(msg, s.key), Msg: withSection(s.key, msg)})
			}
		}
	}
	return ps
}

// lineOf returns the line of the key a section's message starts with
// ("slack.bot_token: required …"), or else the section's own line.
func (d *decoder) lineOf(msg, section string) int {
	if key, _, ok := strings.Cut(msg, ":"); ok {
		if line, ok := d.lines[key]; ok {
			return line
		}
	}
	return d.lines[section]
}

// splitErrors unpacks an errors.Join into its messages.
func splitErrors(err error) []string {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []string
		for _, e := range j.Unwrap() {
			out = append(out, splitErrors(e)...)
		}
		return out
	}
	return []string{err.Error()}
}

// withSection prefixes msg with the section's name unless it already names
// a key of that section.
func withSection(section, msg string) string {
	if strings.HasPrefix(msg, section+".") || strings.HasPrefix(msg, section+":") {
		return msg
	}
	return section + ": " + msg
}
