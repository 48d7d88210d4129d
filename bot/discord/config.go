package discord

// Config is the discord section of qabot's configuration.
type Config struct {
	Enabled       bool     `yaml:"enabled"`
	Token         string   `yaml:"token"`
	ApplicationID string   `yaml:"application_id"`
	Guilds        []string `yaml:"guilds"`
	ShardID       int      `yaml:"shard_id"`
	ShardCount    int      `yaml:"shard_count"`
	APIURL        string   `yaml:"api_url"`
	GatewayURL    string   `yaml:"gateway_url"`
	RateLimit     int      `yaml:"rate_limit"`
}
