package slack

import (
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/qabot/qabot/bot"
)

// The two ways of reaching Slack.
const (
	// ModeSocket is Socket Mode: qabot dials out over a websocket with an
	// app-level token, so no public URL is needed. It is the default.
	ModeSocket = "socket"
	// ModeHTTP is the Events API: Slack posts events, slash commands and
	// button clicks to qabot's listen address, signed with the signing
	// secret. Several replicas can sit behind one load balancer.
	ModeHTTP = "http"
)

// DefaultAPIURL is Slack's Web API base URL.
const DefaultAPIURL = "https://slack.com/api/"

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

// Validate checks an enabled section and reports every problem at once,
// each naming its key and what a valid value looks like. A disabled section
// is not checked. No message ever contains a secret's value.
func (c Config) Validate() error {
	if !c.Enabled {
		return nil
	}
	var errs []error
	bad := func(key, problem string) { errs = append(errs, &FieldError{Key: "slack." + key, Problem: problem}) }

	mode := c.mode()
	if mode != ModeSocket && mode != ModeHTTP {
		bad("mode", fmt.Sprintf("must be %q (Socket Mode, the default) or %q (Events API on listen)", ModeSocket, ModeHTTP))
	}
	if p := tokenProblem(c.BotToken, "xoxb-", "a bot token", "the app's OAuth & Permissions page"); p != "" {
		bad("bot_token", p)
	}
	switch mode {
	case ModeSocket:
		if p := tokenProblem(c.AppToken, "xapp-", "an app-level token with the connections:write scope", "the app's Basic Information page"); p != "" {
			bad("app_token", p)
		}
	case ModeHTTP:
		switch {
		case c.SigningSecret == "":
			bad("signing_secret", "required in http mode: the signing secret from the app's Basic Information page")
		case strings.ContainsFunc(c.SigningSecret, isSpace):
			bad("signing_secret", "must be the signing secret from the app's Basic Information page, with no spaces or line breaks")
		}
		if c.Listen == "" {
			bad("listen", `required in http mode: the address to serve Slack's requests on, such as "127.0.0.1:3000"`)
		} else if _, _, err := net.SplitHostPort(c.Listen); err != nil {
			bad("listen", `must be a host:port address such as "127.0.0.1:3000" or ":3000"`)
		}
	}
	if c.APIURL != "" && bot.CheckURL(c.APIURL, "http", "https") != nil {
		bad("api_url", fmt.Sprintf("must be an http or https URL such as %q", DefaultAPIURL))
	}
	for _, ch := range c.Channels {
		if !isChannelID(ch) {
			bad("channels", fmt.Sprintf("%q is not a channel ID: use the ID (such as C0123456789) shown at the bottom of the channel's details", ch))
		}
	}
	if p := bot.RateLimitProblem(c.RateLimit); p != "" {
		bad("rate_limit", p)
	}
	return errors.Join(errs...)
}

// mode returns the configured mode, socket when unset.
func (c Config) mode() string {
	if c.Mode == "" {
		return ModeSocket
	}
	return strings.ToLower(c.Mode)
}

// apiURL returns the Web API base URL with the trailing slash slack-go
// expects.
func (c Config) apiURL() string { return bot.BaseURL(c.APIURL, DefaultAPIURL) }

// tokenProblem describes what is wrong with a token, or returns "". It
// never quotes the token.
func tokenProblem(tok, prefix, what, where string) string {
	switch {
	case tok == "":
		return fmt.Sprintf("required: %s starting with %q, from %s", what, prefix, where)
	case !strings.HasPrefix(tok, prefix):
		return fmt.Sprintf("must be %s starting with %q, from %s", what, prefix, where)
	case len(tok) <= len(prefix) || strings.ContainsFunc(tok, isSpace):
		return fmt.Sprintf("must be %s starting with %q, with no spaces or line breaks", what, prefix)
	}
	return ""
}

func isSpace(r rune) bool { return r <= ' ' || r == 0x7f }

// isChannelID reports whether s looks like a Slack conversation ID: C, G or
// D followed by upper-case letters and digits.
func isChannelID(s string) bool {
	if len(s) < 2 || !strings.ContainsRune("CGD", rune(s[0])) {
		return false
	}
	for _, r := range s[1:] {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}
