package slack

// Config is the slack section of qabot's configuration. Fields tagged
// qabot:"secret" are redacted wherever the configuration is printed.
type Config struct {
	Enabled       bool     `yaml:"enabled"`
	Mode          string   `yaml:"mode"` // "socket" (default) or "http"
	AppToken      string   `yaml:"app_token" qabot:"secret"`
	BotToken      string   `yaml:"bot_token" qabot:"secret"`
	SigningSecret string   `yaml:"signing_secret" qabot:"secret"`
	Listen        string   `yaml:"listen"`
	APIURL        string   `yaml:"api_url"`
	Channels      []string `yaml:"channels"`
	RateLimit     int      `yaml:"rate_limit"`
}

// Validate checks an enabled section, naming the key and what a valid value
// looks like. TODO(slack): real checks.
func (c Config) Validate() error { return nil }
