package discord

import (
	"errors"
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	const secret = "MTA1NjE.GaBcDe.c2VjcmV0"
	valid := Config{Enabled: true, Token: secret, ShardCount: 1}
	for _, tc := range []struct {
		name  string
		edit  func(*Config)
		wants []string // substrings of the error; none: valid
	}{
		{"valid", func(c *Config) {}, nil},
		{"valid with Bot prefix", func(c *Config) { c.Token = "Bot " + secret }, nil},
		{"valid with all set", func(c *Config) {
			c.ApplicationID, c.Guilds, c.ShardID, c.ShardCount = "1056123456789012345", []string{"1", "2"}, 2, 3
			c.APIURL, c.GatewayURL = "http://127.0.0.1:8080/api/v9", "ws://127.0.0.1:8081/"
		}, nil},
		{"shard_count 0 means 1", func(c *Config) { c.ShardCount = 0 }, nil},
		{"rate_limit -1 turns the limit off", func(c *Config) { c.RateLimit = -1 }, nil},
		{"disabled is not checked", func(c *Config) { c.Enabled, c.Token = false, "" }, nil},
		{"missing token", func(c *Config) { c.Token = "" }, []string{"discord.token: required", "three dot-separated base64url parts"}},
		{"unexpanded token", func(c *Config) { c.Token = "${DISCORD_BOT_TOKEN}" }, []string{"discord.token: is an unexpanded", "environment variable"}},
		{"malformed token", func(c *Config) { c.Token = "not-a-token-s3cr3t" }, []string{"discord.token: is not a bot token", "three dot-separated base64url parts", `"Bot "`}},
		{"two-part token", func(c *Config) { c.Token = "abc.def" }, []string{"discord.token", "not a bot token"}},
		{"bad character in token", func(c *Config) { c.Token = "abc.d+f.ghi" }, []string{"discord.token"}},
		{"application_id", func(c *Config) { c.ApplicationID = "my-app" }, []string{`discord.application_id: "my-app" is not numeric`}},
		{"guild", func(c *Config) { c.Guilds = []string{"123", "general"} }, []string{`discord.guilds[1]: "general" is not numeric`}},
		{"shard_count negative", func(c *Config) { c.ShardCount = -1 }, []string{"discord.shard_count: is -1", "1 or more"}},
		{"shard_id too big", func(c *Config) { c.ShardID, c.ShardCount = 3, 3 }, []string{"discord.shard_id: is 3", "0 to shard_count-1"}},
		{"shard_id negative", func(c *Config) { c.ShardID = -1 }, []string{"discord.shard_id"}},
		{"api_url", func(c *Config) { c.APIURL = "discord.com/api" }, []string{`discord.api_url: "discord.com/api"`, "http(s) URL"}},
		{"rate_limit", func(c *Config) { c.RateLimit = -5 }, []string{"discord.rate_limit: is -5", "-1 for no limit"}},
		{"gateway_url", func(c *Config) { c.GatewayURL = "https://gateway.discord.gg" }, []string{`discord.gateway_url: "https://gateway.discord.gg"`, "ws(s) URL"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := valid
			tc.edit(&c)
			err := c.Validate()
			if len(tc.wants) == 0 {
				if err != nil {
					t.Fatalf("got %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalidConfig) {
				t.Fatalf("got %v, want ErrInvalidConfig", err)
			}
			for _, w := range tc.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("got %q, want it to contain %q", err, w)
				}
			}
			for _, s := range []string{"c2VjcmV0", "s3cr3t", "d+f"} {
				if strings.Contains(err.Error(), s) {
					t.Errorf("got %q, which prints the secret", err)
				}
			}
		})
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	err := Config{Enabled: true, ApplicationID: "x", ShardCount: -2}.Validate()
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("got %v, want a joined error", err)
	}
	var keys []string
	for _, e := range j.Unwrap() {
		var fe *FieldError
		if !errors.As(e, &fe) || !strings.HasPrefix(e.Error(), fe.Key+": ") {
			t.Errorf("problem %v is not a FieldError starting with its key", e)
			continue
		}
		keys = append(keys, fe.Key)
	}
	if got, want := strings.Join(keys, ","), "discord.token,discord.application_id,discord.shard_count"; got != want {
		t.Errorf("got keys %s, want %s", got, want)
	}
}

func TestNewRejectsInvalidConfig(t *testing.T) {
	if _, err := New(Config{Enabled: true}, newHandler(&fakeAsker{}), nil, Options{}); !errors.Is(err, ErrInvalidConfig) {
		t.Errorf("New with no token = %v, want ErrInvalidConfig", err)
	}
	if _, err := New(Config{Enabled: true, Token: testToken}, nil, nil, Options{}); !errors.Is(err, ErrInvalidConfig) {
		t.Errorf("New with no handler = %v, want ErrInvalidConfig", err)
	}
}

func TestAuthorizationAddsBotPrefixOnce(t *testing.T) {
	for _, tok := range []string{testToken, "Bot " + testToken, "bot " + testToken, "  " + testToken + "\n"} {
		if got, want := (Config{Token: tok}).authorization(), "Bot "+testToken; got != want {
			t.Errorf("authorization(%q) = %q, want %q", tok, got, want)
		}
	}
}
