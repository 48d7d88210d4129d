package discord

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/qabot/qabot/bot"
)

// Config is the discord section of qabot's configuration. Fields tagged
// qabot:"secret" are redacted wherever the configuration is printed.
type Config struct {
	Enabled bool `yaml:"enabled"`
	// Token is the bot token from the Developer Portal's Bot page, with or
	// without its "Bot " prefix.
	Token string `yaml:"token" qabot:"secret"`
	// ApplicationID is the application's ID, used to register /ask. Empty:
	// the ID Discord announces in READY.
	ApplicationID string `yaml:"application_id"`
	// Guilds lists the guild IDs where /ask is registered; empty registers
	// it globally.
	Guilds []string `yaml:"guilds"`
	// ShardID and ShardCount are Discord's sharding pair. A ShardCount of 0
	// means 1 (no sharding).
	ShardID    int `yaml:"shard_id"`
	ShardCount int `yaml:"shard_count"`
	// APIURL is the REST base URL; empty means DefaultAPIURL.
	APIURL string `yaml:"api_url"`
	// GatewayURL, when set, is dialled instead of the URL Discord's
	// /gateway endpoint returns.
	GatewayURL string `yaml:"gateway_url"`
	// RateLimit is the number of questions one user may ask a minute; 0
	// means 10 and a negative value turns the limit off.
	RateLimit int `yaml:"rate_limit"`
}

// DefaultAPIURL is Discord's REST API base URL.
const DefaultAPIURL = "https://discord.com/api/v9/"

// tokenPattern is the shape of a bot token: three base64url parts joined by
// dots (the user ID, a timestamp and an HMAC).
var tokenPattern = regexp.MustCompile(`^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$`)

// snowflakePattern is the shape of a Discord ID.
var snowflakePattern = regexp.MustCompile(`^[0-9]{1,20}$`)

const tokenHint = `a bot token from the Developer Portal's Bot page: three dot-separated base64url parts such as "MTA1NjE….GaBcDe.x1Y2z3…", optionally prefixed with "Bot "`

// Validate checks an enabled section and returns every problem found,
// each naming its key and what a valid value looks like. The token itself
// is never part of a message. A disabled section is not checked.
func (c Config) Validate() error {
	if !c.Enabled {
		return nil
	}
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, &FieldError{Key: "discord." + key, Problem: fmt.Sprintf(format, args...), Err: ErrInvalidConfig})
	}
	switch tok := strings.TrimSpace(c.Token); {
	case tok == "":
		bad("token", "required: %s (for example token: ${DISCORD_BOT_TOKEN})", tokenHint)
	case strings.HasPrefix(tok, "${"):
		bad("token", "is an unexpanded variable reference; set the environment variable it names to %s", tokenHint)
	case !tokenPattern.MatchString(botTokenBody(tok)):
		bad("token", "is not a bot token (%d characters); want %s", len(tok), tokenHint)
	}
	if c.ApplicationID != "" && !snowflakePattern.MatchString(c.ApplicationID) {
		bad("application_id", "%q is not numeric; want the application's ID from the Developer Portal's General Information page, such as \"1056123456789012345\", or leave it empty", c.ApplicationID)
	}
	for i, g := range c.Guilds {
		if !snowflakePattern.MatchString(g) {
			bad(fmt.Sprintf("guilds[%d]", i), "%q is not numeric; want a guild (server) ID such as \"1056123456789012345\" (Developer Mode, right-click the server, Copy Server ID)", g)
		}
	}
	count := c.shardCount()
	if count < 1 {
		bad("shard_count", "is %d; want 1 or more (1: no sharding)", c.ShardCount)
	}
	if c.ShardID < 0 || (count >= 1 && c.ShardID >= count) {
		bad("shard_id", "is %d; want a number from 0 to shard_count-1 (shard_count is %d)", c.ShardID, count)
	}
	if c.APIURL != "" {
		if err := bot.CheckURL(c.APIURL, "http", "https"); err != nil {
			bad("api_url", "%q: %v; want an http(s) URL such as %q", c.APIURL, err, DefaultAPIURL)
		}
	}
	if c.GatewayURL != "" {
		if err := bot.CheckURL(c.GatewayURL, "ws", "wss"); err != nil {
			bad("gateway_url", "%q: %v; want a ws(s) URL such as \"wss://gateway.discord.gg/\", or leave it empty", c.GatewayURL, err)
		}
	}
	if p := bot.RateLimitProblem(c.RateLimit); p != "" {
		bad("rate_limit", "is %d; %s", c.RateLimit, p)
	}
	return errors.Join(errs...)
}

// shardCount is ShardCount with 0 read as 1.
func (c Config) shardCount() int {
	if c.ShardCount == 0 {
		return 1
	}
	return c.ShardCount
}

// apiURL is APIURL with the default filled in and a trailing slash.
func (c Config) apiURL() string { return bot.BaseURL(c.APIURL, DefaultAPIURL) }

// authorization is the token as Discord's Authorization header wants it.
func (c Config) authorization() string {
	return "Bot " + botTokenBody(strings.TrimSpace(c.Token))
}

// botTokenBody strips an optional "Bot " prefix from a token.
func botTokenBody(tok string) string {
	if len(tok) > 4 && strings.EqualFold(tok[:4], "bot ") {
		return strings.TrimSpace(tok[4:])
	}
	return tok
}
