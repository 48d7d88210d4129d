package discord

// Config is the discord section of qabot's configuration. Fields tagged
// qabot:"secret" are redacted wherever the configuration is printed.
type Config struct {
	Enabled       bool     `yaml:"enabled"`
	Token         string   `yaml:"token" qabot:"secret"`
	ApplicationID string   `yaml:"application_id"`
	Guilds        []string `yaml:"guilds"`
	ShardID       int      `yaml:"shard_id"`
	ShardCount    int      `yaml:"shard_count"`
	APIURL        string   `yaml:"api_url"`
	GatewayURL    string   `yaml:"gateway_url"`
	RateLimit     int      `yaml:"rate_limit"`
}

// Validate checks an enabled section, naming the key and what a valid value
// looks like. TODO(discord): real checks.
func (c Config) Validate() error { return nil }
