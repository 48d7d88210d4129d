package slack

import (
	"errors"
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	socket := Config{Enabled: true, AppToken: "xapp-1-A1-abc", BotToken: "xoxb-1-abc"}
	httpMode := Config{Enabled: true, Mode: "http", BotToken: "xoxb-1-abc", SigningSecret: "8f742231b10e8888abcd99yyyzzz85a5", Listen: "127.0.0.1:3000"}
	with := func(c Config, edit func(*Config)) Config { edit(&c); return c }

	tests := []struct {
		name string
		cfg  Config
		want []string // substrings of the error, in order; none means valid
	}{
		{"disabled is not checked", Config{Mode: "carrier pigeon"}, nil},
		{"socket mode", socket, nil},
		{"http mode", httpMode, nil},
		{"mode is case-insensitive", with(httpMode, func(c *Config) { c.Mode = "HTTP" }), nil},
		{"allow-listed channels", with(socket, func(c *Config) { c.Channels = []string{"C0123ABC", "G12"} }), nil},
		{"unknown mode", with(socket, func(c *Config) { c.Mode = "webhook" }), []string{`slack.mode: must be "socket" (Socket Mode, the default) or "http"`}},
		{"missing bot token", with(socket, func(c *Config) { c.BotToken = "" }), []string{`slack.bot_token: required: a bot token starting with "xoxb-"`}},
		{"user token as bot token", with(socket, func(c *Config) { c.BotToken = "xoxp-123" }), []string{`slack.bot_token: must be a bot token starting with "xoxb-"`}},
		{"token with a line break", with(socket, func(c *Config) { c.BotToken = "xoxb-123\n" }), []string{`slack.bot_token: must be a bot token starting with "xoxb-", with no spaces`}},
		{"bare prefix", with(socket, func(c *Config) { c.BotToken = "xoxb-" }), []string{`slack.bot_token: must be a bot token`}},
		{"missing app token", with(socket, func(c *Config) { c.AppToken = "" }), []string{`slack.app_token: required: an app-level token with the connections:write scope starting with "xapp-"`}},
		{"bot token as app token", with(socket, func(c *Config) { c.AppToken = "xoxb-1-abc" }), []string{`slack.app_token: must be an app-level token`, `"xapp-"`}},
		{"no app token needed in http mode", with(httpMode, func(c *Config) { c.AppToken = "" }), nil},
		{"http without signing secret", with(httpMode, func(c *Config) { c.SigningSecret = "" }), []string{"slack.signing_secret: required in http mode"}},
		{"http without listen", with(httpMode, func(c *Config) { c.Listen = "" }), []string{"slack.listen: required in http mode"}},
		{"http with a bad listen", with(httpMode, func(c *Config) { c.Listen = "3000" }), []string{`slack.listen: must be a host:port address`}},
		{"api url", with(socket, func(c *Config) { c.APIURL = "slack.example.com/api" }), []string{"slack.api_url: must be an http or https URL"}},
		{"channel name instead of ID", with(socket, func(c *Config) { c.Channels = []string{"#general"} }), []string{`slack.channels: "#general" is not a channel ID`}},
		{"rate limit", with(socket, func(c *Config) { c.RateLimit = -5 }), []string{"slack.rate_limit: must be"}},
		{"several problems at once", Config{Enabled: true, Mode: "http"}, []string{"slack.bot_token", "slack.signing_secret", "slack.listen"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("got %v, want valid", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("got valid, want an error containing %q", tt.want)
			}
			msg, rest := err.Error(), err.Error()
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("got %q, want it to contain %q", msg, w)
				}
				rest = rest[i+len(w):]
			}
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Errorf("got %T, want a *FieldError in the chain", err)
			}
		})
	}
}

func TestValidateNeverPrintsSecrets(t *testing.T) {
	secrets := []string{"xoxp-SECRET-user-token", "xoxb-SECRET-bot-token"}
	cfgs := []Config{
		{Enabled: true, BotToken: secrets[0], AppToken: secrets[1]},
		{Enabled: true, Mode: "http", BotToken: secrets[0], SigningSecret: "SECRET with space", Listen: "x"},
	}
	for _, c := range cfgs {
		err := c.Validate()
		if err == nil {
			t.Fatalf("got valid for %+v, want an error", c.Mode)
		}
		if strings.Contains(err.Error(), "SECRET") {
			t.Errorf("got %q, want no secret value in the message", err)
		}
	}
}

func TestNewRefusesInvalidConfig(t *testing.T) {
	_, err := New(Config{Enabled: true, BotToken: "nope"}, nil, nil, Options{})
	if err == nil || !strings.Contains(err.Error(), "slack.bot_token") {
		t.Errorf("got %v, want the bot_token problem", err)
	}
}

func TestAPIURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", DefaultAPIURL},
		{"https://slack-gov.com/api", "https://slack-gov.com/api/"},
		{"http://127.0.0.1:9/api/", "http://127.0.0.1:9/api/"},
	}
	for _, tt := range tests {
		if got := (Config{APIURL: tt.in}).apiURL(); got != tt.want {
			t.Errorf("apiURL(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}
