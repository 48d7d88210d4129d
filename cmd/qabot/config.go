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

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/bot/discord"
	"github.com/qabot/qabot/bot/httpapi"
	"github.com/qabot/qabot/bot/redisstate"
	"github.com/qabot/qabot/bot/slack"
	"github.com/qabot/qabot/qa"
)

// Config is qabot serve's configuration; config.example.yaml documents
// every field. Fields tagged qabot:"secret" are never printed: not in
// errors, not in logs, and redacted by "qabot config check".
type Config struct {
	Corpus          CorpusConfig   `yaml:"corpus"`
	Answer          AnswerConfig   `yaml:"answer"`
	HTTP            httpapi.Config `yaml:"http"`
	Log             LogConfig      `yaml:"log"`
	ShutdownTimeout time.Duration  `yaml:"shutdown_timeout"`
	// DataDir is where qabot keeps what it writes (the feedback file); ""
	// means the user's state folder (see dataDir).
	DataDir string            `yaml:"data_dir"`
	Slack   slack.Config      `yaml:"slack"`
	Discord discord.Config    `yaml:"discord"`
	Redis   redisstate.Config `yaml:"redis"`
}

// CorpusConfig says where the documents are and whether to watch them.
type CorpusConfig struct {
	// Dir is the corpus folder; "" means the embedded corpus.
	Dir string `yaml:"dir"`
	// Watch reloads the folder when a file in it changes.
	Watch bool `yaml:"watch"`
	// Debounce is how long to wait after the last change before reloading.
	Debounce time.Duration `yaml:"debounce"`
	// Snapshot keeps the built index in SnapshotDir, so that the next
	// start over unchanged files reads it instead of building it again.
	Snapshot bool `yaml:"snapshot"`
	// SnapshotDir is the folder of the snapshots; "" means a qabot folder
	// in the user's cache folder (see snapshotDir).
	SnapshotDir string `yaml:"snapshot_dir"`
}

// snapshots returns where the index snapshots of this corpus go, or nil
// when none are kept: snapshots are off, there is no folder for them, or
// the corpus is the embedded one. SnapshotDir must be resolved (see
// snapshotDir).
func (c CorpusConfig) snapshots() *snapshotStore {
	if !c.Snapshot || c.SnapshotDir == "" || c.Dir == "" {
		return nil
	}
	return &snapshotStore{dir: c.SnapshotDir, engine: binaryIdentity()}
}

// AnswerConfig sets how every front answers.
type AnswerConfig struct {
	// MinConfidence is the least confidence an answer needs (0 to 1);
	// below it qabot says the documents do not answer. 0 always answers
	// with the best sentence.
	MinConfidence float64 `yaml:"min_confidence"`
}

// options are the engine options the answer section asks for.
func (a AnswerConfig) options() qa.Options {
	opt := qa.DefaultOptions()
	opt.MinConfidence = a.MinConfidence
	return opt
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
// 127.0.0.1:8080 over the embedded corpus. Every default is written out
// here, none left as a zero that means something else, so that
// `qabot config check` prints the values in force.
func defaultConfig() Config {
	return Config{
		Corpus: CorpusConfig{Watch: true, Debounce: 500 * time.Millisecond, Snapshot: true},
		Answer: AnswerConfig{MinConfidence: qa.DefaultOptions().MinConfidence},
		HTTP: httpapi.Config{Enabled: true, Listen: "127.0.0.1:8080", RateLimit: httpapi.DefaultRateLimit,
			MaxConnections: httpapi.DefaultMaxConnections},
		Log:             LogConfig{Format: "text", Level: "info", Questions: true},
		ShutdownTimeout: 10 * time.Second,
		Slack: slack.Config{Mode: slack.ModeSocket, Listen: "127.0.0.1:3000", APIURL: slack.DefaultAPIURL,
			RateLimit: bot.DefaultRateLimit},
		Discord: discord.Config{ShardCount: 1, APIURL: discord.DefaultAPIURL, RateLimit: bot.DefaultRateLimit},
		Redis:   redisstate.Config{Address: redisstate.DefaultAddress, KeyPrefix: redisstate.DefaultKeyPrefix},
	}
}

// fillDefaults replaces the zeros that stand for a default (a rate limit
// of 0, an empty Slack mode, a shard count of 0) with the default itself.
func (c *Config) fillDefaults() {
	d := defaultConfig()
	orDefault(&c.HTTP.RateLimit, d.HTTP.RateLimit)
	orDefault(&c.HTTP.MaxConnections, d.HTTP.MaxConnections)
	orDefault(&c.Slack.RateLimit, d.Slack.RateLimit)
	orDefault(&c.Slack.Mode, d.Slack.Mode)
	orDefault(&c.Slack.APIURL, d.Slack.APIURL)
	orDefault(&c.Discord.RateLimit, d.Discord.RateLimit)
	orDefault(&c.Discord.ShardCount, d.Discord.ShardCount)
	orDefault(&c.Discord.APIURL, d.Discord.APIURL)
}

// orDefault sets *v to def when it is the zero value.
func orDefault[T comparable](v *T, def T) {
	var zero T
	if *v == zero {
		*v = def
	}
}

// configProblem is one thing wrong with a configuration: where (the line,
// when known), which key, and what is wrong. Msg never holds a secret.
type configProblem struct {
	Line int
	Msg  string
	// Set names the environment variable or flag that gave the value at
	// fault, or is "" when it came from the file.
	Set string
}

// ConfigError lists everything wrong with a configuration, so that a user
// can fix it in one pass. It is returned by resolveConfig.
type ConfigError struct {
	// File is the configuration file, or "" when there is none.
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
		if e.File != "" && p.Set == "" {
			b.WriteString(e.File)
			if p.Line > 0 {
				fmt.Fprintf(&b, ":%d", p.Line)
			}
			b.WriteString(": ")
		}
		b.WriteString(p.Msg)
		if p.Set != "" {
			fmt.Fprintf(&b, " (set by %s)", p.Set)
		}
	}
	return b.String()
}

// configSource says where serve's configuration comes from. Each layer
// overrides the one before: the built-in defaults, the YAML file, the
// QABOT_* environment variables (one for every key: QABOT_CORPUS_DIR for
// corpus.dir), then the command-line flags.
type configSource struct {
	// file names the YAML file in messages; "" when there is none.
	file string
	raw  []byte
	// getenv reads the environment, for ${VAR} references in the file and
	// for the QABOT_* variables.
	getenv func(string) string
	flags  []flagSetting
}

// flagSetting is a key set on the command line.
type flagSetting struct {
	key   string // "http.listen"
	flag  string // "--listen"
	value string
}

// configOrigins maps each key whose value did not come from the defaults
// to where it came from: "config.yaml:12", "QABOT_HTTP_LISTEN", "--listen".
type configOrigins map[string]string

// originDefault is the origin of a value nothing set.
const originDefault = "default"

// of returns the origin of key.
func (o configOrigins) of(key string) string {
	if s, ok := o[key]; ok {
		return s
	}
	return originDefault
}

// loadConfig reads the YAML file at path over the defaults, with the
// QABOT_* environment over it (see resolveConfig).
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
	cfg, _, err := resolveConfig(configSource{file: name, raw: raw, getenv: getenv})
	return cfg, err
}

// resolveConfig builds the configuration src describes, layer over layer,
// expands ${ENV_VAR} references in the file with src.getenv and validates
// the result. It returns where each value came from, and every problem
// found in one *ConfigError.
//
// http.enabled, when nothing sets it, is true only when neither Slack nor
// Discord is enabled: enabling a chat front never opens the HTTP API as a
// side effect, and with no chat front the API is what serve runs.
func resolveConfig(src configSource) (Config, configOrigins, error) {
	cfg := defaultConfig()
	d := &decoder{file: src.file, getenv: src.getenv, lines: map[string]int{}, origins: configOrigins{}}
	if src.getenv == nil {
		d.getenv = func(string) string { return "" }
	}
	if len(src.raw) > 0 {
		if err := d.decodeFile(src.raw, &cfg); err != nil {
			return cfg, d.origins, &ConfigError{File: src.file, Problems: []configProblem{{Msg: yamlSyntax(err)}}}
		}
	}
	root := reflect.ValueOf(&cfg).Elem()
	d.applyEnv(root, "")
	for _, f := range src.flags {
		d.setKey(root, f.key, f.value, f.flag)
	}
	if _, set := d.origins["http.enabled"]; !set {
		cfg.HTTP.Enabled = !cfg.Slack.Enabled && !cfg.Discord.Enabled
		d.origins["http.enabled"] = map[bool]string{
			true:  originDefault + " (on: no chat front is enabled)",
			false: originDefault + " (off: a chat front is enabled)",
		}[cfg.HTTP.Enabled]
	}
	d.dropDisabled(cfg)
	cfg.fillDefaults()
	problems := d.problems
	problems = append(problems, d.validate(cfg)...)
	sort.SliceStable(problems, func(i, j int) bool {
		li, lj := problems[i].Line, problems[j].Line
		return li != 0 && (lj == 0 || li < lj)
	})
	if len(problems) > 0 {
		return cfg, d.origins, &ConfigError{File: src.file, Problems: problems}
	}
	return cfg, d.origins, nil
}

// decodeFile decodes the YAML document raw into cfg. A syntax error is
// returned; every other problem is recorded.
func (d *decoder) decodeFile(raw []byte, cfg *Config) error {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	switch err := dec.Decode(&doc); {
	case errors.Is(err, io.EOF):
		return nil // an empty file: the defaults
	case err != nil:
		return err
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	d.decode(root, reflect.ValueOf(cfg).Elem(), "")
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		d.problems = append(d.problems, configProblem{Line: extra.Line,
			Msg: "the file holds more than one YAML document (a second \"---\"); keep one"})
	}
	return nil
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
		ps = append(ps, d.problem(key, key+": "+msg))
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
	if cfg.Corpus.SnapshotDir != "" {
		if fi, err := os.Stat(cfg.Corpus.SnapshotDir); err == nil && !fi.IsDir() {
			add("corpus.snapshot_dir", fmt.Sprintf("%q is a file; give a folder (it is created when missing)", cfg.Corpus.SnapshotDir))
		}
	}
	if cfg.Answer.MinConfidence < 0 || cfg.Answer.MinConfidence > 1 {
		add("answer.min_confidence", fmt.Sprintf("%g is not a confidence from 0 to 1; the default is %g, and 0 always answers", cfg.Answer.MinConfidence, qa.DefaultOptions().MinConfidence))
	}
	if cfg.DataDir != "" {
		if fi, err := os.Stat(cfg.DataDir); err == nil && !fi.IsDir() {
			add("data_dir", fmt.Sprintf("%q is a file; give a folder (it is created when missing)", cfg.DataDir))
		}
	}
	if !cfg.HTTP.Enabled && !cfg.Slack.Enabled && !cfg.Discord.Enabled {
		ps = append(ps, configProblem{Msg: "no front is enabled: set http.enabled, slack.enabled or discord.enabled to true"})
	}
	if cfg.HTTP.Enabled && cfg.Slack.Enabled && strings.EqualFold(cfg.Slack.Mode, "http") && cfg.Slack.Listen == cfg.HTTP.Listen &&
		!strings.HasSuffix(cfg.Slack.Listen, ":0") { // port 0: each gets a free port of its own
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
		{"redis", cfg.Redis.Enabled, cfg.Redis.Validate},
	}
	for _, s := range sections {
		if !s.enabled {
			continue
		}
		if err := s.check(); err != nil {
			for _, msg := range splitErrors(err) {
				ps = append(ps, d.problem(d.keyOf(msg, s.key), withSection(s.key, msg)))
			}
		}
	}
	return ps
}

// keyOf returns the key a section's message starts with ("slack.bot_token:
// required …"), or else the section's own key.
func (d *decoder) keyOf(msg, section string) string {
	if key, _, ok := strings.Cut(msg, ":"); ok && strings.HasPrefix(key, section+".") {
		return key
	}
	return section
}

// problem is msg about key, placed on the key's line of the file or
// marked with the variable or flag that set it.
func (d *decoder) problem(key, msg string) configProblem {
	p := configProblem{Line: d.lines[key], Msg: msg}
	if o, ok := d.origins[key]; ok && p.Line == 0 {
		p.Set = o // a file's key always has its line
	}
	return p
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
