package redisstate

import (
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	good := Config{Enabled: true, Address: DefaultAddress, KeyPrefix: DefaultKeyPrefix}
	tests := []struct {
		name string
		edit func(*Config)
		want []string // each must appear; none means valid
	}{
		{"defaults", func(*Config) {}, nil},
		{"disabled is not checked", func(c *Config) { *c = Config{} }, nil},
		{"host name and password", func(c *Config) { c.Address, c.Password, c.Username = "redis:6379", "s3cret", "qabot" }, nil},
		{"no port", func(c *Config) { c.Address = "redis" }, []string{`redis.address: "redis" is not a host:port address`}},
		{"empty address", func(c *Config) { c.Address = "" }, []string{"redis.address"}},
		{"negative db", func(c *Config) { c.DB = -1 }, []string{"redis.db: is -1"}},
		{"empty prefix", func(c *Config) { c.KeyPrefix = "" }, []string{"redis.key_prefix: is empty"}},
		{"prefix with a space", func(c *Config) { c.KeyPrefix = "qa bot:" }, []string{"redis.key_prefix: must be"}},
		{"prefix too long", func(c *Config) { c.KeyPrefix = strings.Repeat("q", 65) }, []string{"redis.key_prefix: must be at most 64"}},
		{"user with a space", func(c *Config) { c.Username = "qa bot" }, []string{"redis.username"}},
		{"password with a line break", func(c *Config) { c.Password = "s3cret\n" }, []string{"redis.password: holds a line break"}},
		{"every problem at once", func(c *Config) { c.Address, c.DB, c.KeyPrefix = "x", -2, "" },
			[]string{"redis.address", "redis.db", "redis.key_prefix"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := good
			tt.edit(&c)
			err := c.Validate()
			if len(tt.want) == 0 {
				if err != nil {
					t.Errorf("got %v, want valid", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("got valid, want errors holding %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("got %q, want it to hold %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Errorf("got %q, which holds the password", err)
			}
		})
	}
}
