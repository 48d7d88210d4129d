package httpapi

// Config is the http section of qabot's configuration.
type Config struct {
	Enabled     bool     `yaml:"enabled"`
	Listen      string   `yaml:"listen"`
	Token       string   `yaml:"token" qabot:"secret"`
	CORSOrigins []string `yaml:"cors_origins"`
	RateLimit   int      `yaml:"rate_limit"`
}
