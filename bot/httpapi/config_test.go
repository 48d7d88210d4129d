package httpapi

import (
	"strings"
	"testing"
)

func TestConfigValidate(t *testing.T) {
	const goodToken = "0123456789abcdef"
	tests := []struct {
		name    string
		cfg     Config
		wantErr string // "" for valid
	}{
		{"defaults", Config{Listen: "127.0.0.1:8080"}, ""},
		{"any free port", Config{Listen: "127.0.0.1:0"}, ""},
		{"no host", Config{Listen: ":8080"}, ""},
		{"ipv6", Config{Listen: "[::1]:8080"}, ""},
		{"empty listen", Config{}, "http.listen: the address is empty"},
		{"no port", Config{Listen: "localhost"}, `http.listen: "localhost" is not a host:port`},
		{"port too big", Config{Listen: "127.0.0.1:70000"}, "port must be a number from 0 to 65535"},
		{"port not a number", Config{Listen: "127.0.0.1:http"}, "port must be a number"},
		{"token ok", Config{Listen: ":1", Token: goodToken}, ""},
		{"token short", Config{Listen: ":1", Token: "hunter2"}, "http.token: the token is 7 characters long; use at least 16"},
		{"token with space", Config{Listen: ":1", Token: goodToken + " x"}, "http.token: the token holds spaces"},
		{"rate limit off", Config{Listen: ":1", RateLimit: -1}, ""},
		{"rate limit below -1", Config{Listen: ":1", RateLimit: -5}, "http.rate_limit: -5 is not a number"},
		{"origin ok", Config{Listen: ":1", CORSOrigins: []string{"https://a.example", "http://localhost:3000", "*"}}, ""},
		{"origin with path", Config{Listen: ":1", CORSOrigins: []string{"https://a.example/app"}}, `http.cors_origins: "https://a.example/app" is not an origin`},
		{"origin no scheme", Config{Listen: ":1", CORSOrigins: []string{"a.example"}}, `"a.example" is not an origin`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("got error %v, want none", err)
			case tt.wantErr != "" && err == nil:
				t.Fatalf("got no error, want %q", tt.wantErr)
			case err != nil && !strings.Contains(err.Error(), tt.wantErr):
				t.Fatalf("got error %q, want it to hold %q", err, tt.wantErr)
			}
			if err != nil && tt.cfg.Token != "" && strings.Contains(err.Error(), tt.cfg.Token) {
				t.Errorf("got error %q, which holds the token", err)
			}
		})
	}
}
