package main

import (
	"bytes"
	"fmt"
	"os"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/qabot/qabot/bot/discord"
	"github.com/qabot/qabot/bot/httpapi"
	"github.com/qabot/qabot/bot/slack"
)

// Config is qabot serve's configuration; config.example.yaml documents
// every field.
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
	Dir      string        `yaml:"dir"`
	Watch    bool          `yaml:"watch"`
	Debounce time.Duration `yaml:"debounce"`
}

// LogConfig sets up logging.
type LogConfig struct {
	Format    string `yaml:"format"` // text or json
	Level     string `yaml:"level"`  // debug, info, warn, error
	Questions bool   `yaml:"questions"`
}

// defaultConfig is the configuration with no file at all: the HTTP API on
// 127.0.0.1:8080 over the embedded corpus.
func defaultConfig() Config {
	return Config{
		Corpus:          CorpusConfig{Watch: true, Debounce: 500 * time.Millisecond},
		HTTP:            httpapi.Config{Enabled: true, Listen: "127.0.0.1:8080"},
		Log:             LogConfig{Format: "text", Level: "info", Questions: true},
		ShutdownTimeout: 10 * time.Second,
	}
}

// loadConfig reads the YAML file at path over the defaults.
// TODO(service): env expansion, strict validation, redaction.
func loadConfig(path string, getenv func(string) string) (Config, error) {
	cfg := defaultConfig()
	raw, err := os.ReadFile(path)
	if err != nil {
		return cfg, fmt.Errorf("read config: %w", err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil {
		return cfg, fmt.Errorf("config %s: %w", path, err)
	}
	return cfg, nil
}
