package slack

// Config is the slack section of qabot's configuration.
type Config struct {
	Enabled       bool     `yaml:"enabled"`
	Mode          string   `yaml:"mode"` // "socket" (default) or "http"
	AppToken      string   `yaml:"app_token"`
	BotToken      string   `yaml:"bot_token"`
	SigningSecret string   `yaml:"signing_secret"`
	Listen        string   `yaml:"listen"`
	APIURL        string   `yaml:"api_url"`
	Channels      []string `yaml:"channels"`
	RateLimit     int      `yaml:"rate_limit"`
}
