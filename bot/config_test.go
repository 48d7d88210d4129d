package bot

import (
	"strings"
	"testing"
)

func TestCheckURL(t *testing.T) {
	tests := []struct {
		raw     string
		schemes []string
		want    string // substring of the error; "" for nil
	}{
		{"https://slack.com/api/", []string{"http", "https"}, ""},
		{"http://127.0.0.1:9/api", []string{"http", "https"}, ""},
		{"wss://gateway.discord.gg/", []string{"ws", "wss"}, ""},
		{"slack.com/api", []string{"http", "https"}, `scheme "" not allowed`},
		{"https://gateway.discord.gg", []string{"ws", "wss"}, `scheme "https" not allowed`},
		{"https:///api", []string{"http", "https"}, "no host"},
		{"http://[::1", []string{"http"}, "not a URL"},
	}
	for _, tt := range tests {
		err := CheckURL(tt.raw, tt.schemes...)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("CheckURL(%q, %q): got %v, want nil", tt.raw, tt.schemes, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("CheckURL(%q, %q): got %v, want an error containing %q", tt.raw, tt.schemes, err, tt.want)
		}
	}
}

func TestBaseURL(t *testing.T) {
	tests := []struct{ raw, def, want string }{
		{"", "https://slack.com/api/", "https://slack.com/api/"},
		{"https://slack-gov.com/api", "https://slack.com/api/", "https://slack-gov.com/api/"},
		{"http://127.0.0.1:9/api/v9/", "https://discord.com/api/v9/", "http://127.0.0.1:9/api/v9/"},
	}
	for _, tt := range tests {
		if got := BaseURL(tt.raw, tt.def); got != tt.want {
			t.Errorf("BaseURL(%q, %q): got %q, want %q", tt.raw, tt.def, got, tt.want)
		}
	}
}

func TestRateLimitProblem(t *testing.T) {
	tests := []struct {
		n    int
		want bool
	}{{0, false}, {10, false}, {-1, false}, {-2, true}, {-100, true}}
	for _, tt := range tests {
		got := RateLimitProblem(tt.n)
		if (got != "") != tt.want {
			t.Errorf("RateLimitProblem(%d): got %q, want a problem: %v", tt.n, got, tt.want)
		}
		if got != "" && !strings.Contains(got, "-1 for no limit") {
			t.Errorf("RateLimitProblem(%d): got %q, want it to say how to turn the limit off", tt.n, got)
		}
	}
}
