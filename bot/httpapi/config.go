package httpapi

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"

	"github.com/qabot/qabot/bot"
)

// Config is the http section of qabot's configuration. Fields tagged
// qabot:"secret" are redacted wherever the configuration is printed.
type Config struct {
	Enabled bool `yaml:"enabled"`
	// Listen is the address to serve on, host:port. Port 0 picks a free
	// port (the start-up log line says which).
	Listen string `yaml:"listen"`
	// Token, when set, is the bearer token /v1/ask requires.
	Token string `yaml:"token" qabot:"secret"`
	// CORSOrigins lists the origins allowed to call the API from a
	// browser; empty sends no CORS headers at all. "*" allows any origin.
	CORSOrigins []string `yaml:"cors_origins"`
	// RateLimit is the number of questions one client may ask a minute:
	// 0 means DefaultRateLimit, a negative value turns it off.
	RateLimit int `yaml:"rate_limit"`
	// TrustedProxies lists the proxies (IP addresses or CIDR ranges such
	// as 10.0.0.0/8) whose X-Forwarded-For header names the client. A
	// request from any other peer is keyed by the peer's address.
	TrustedProxies []string `yaml:"trusted_proxies"`
	// MaxConnections caps the connections open at once: 0 means
	// DefaultMaxConnections, a negative value means no cap. Connections
	// over the cap wait to be accepted.
	MaxConnections int `yaml:"max_connections"`
}

// Defaults of the section.
const (
	// DefaultRateLimit is the questions one client may ask a minute by
	// default: more than a person types or a modest script sends, few
	// enough to slow a flood.
	DefaultRateLimit = 600
	// DefaultMaxConnections is the default cap on open connections: far
	// more than the clients of one replica, far fewer than the process's
	// file handles.
	DefaultMaxConnections = 1024
)

// MinTokenLength is the shortest bearer token accepted.
const MinTokenLength = 16

// Validate checks an enabled section. Each error names the key and what a
// valid value looks like; the token's value is never included.
func (c Config) Validate() error {
	var errs []error
	if err := CheckListen(c.Listen); err != nil {
		errs = append(errs, fmt.Errorf("http.listen: %w", err))
	}
	if c.Token != "" {
		if len(c.Token) < MinTokenLength {
			errs = append(errs, fmt.Errorf("http.token: the token is %d characters long; use at least %d (for example the output of `openssl rand -hex 32`)", len(c.Token), MinTokenLength))
		} else if strings.ContainsFunc(c.Token, func(r rune) bool { return r <= ' ' || r > '~' }) {
			errs = append(errs, errors.New("http.token: the token holds spaces or characters other than printable ASCII, which cannot be sent in an Authorization header"))
		}
	}
	if bot.RateLimitProblem(c.RateLimit) != "" {
		errs = append(errs, fmt.Errorf("http.rate_limit: %d is not a number of questions a minute; use 0 for the default of %d or -1 for no limit", c.RateLimit, DefaultRateLimit))
	}
	if c.MaxConnections < -1 {
		errs = append(errs, fmt.Errorf("http.max_connections: %d is not a number of connections; use 0 for the default of %d or -1 for no cap", c.MaxConnections, DefaultMaxConnections))
	}
	if _, err := parseProxies(c.TrustedProxies); err != nil {
		errs = append(errs, fmt.Errorf("http.trusted_proxies: %w", err))
	}
	for _, o := range c.CORSOrigins {
		if err := checkOrigin(o); err != nil {
			errs = append(errs, fmt.Errorf("http.cors_origins: %w", err))
		}
	}
	return errors.Join(errs...)
}

// CheckListen reports whether addr is a listen address: host:port, with a
// port from 0 to 65535 (0: any free port) and the host optional.
func CheckListen(addr string) error {
	if addr == "" {
		return errors.New(`the address is empty; write it like "127.0.0.1:8080"`)
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf(`%q is not a host:port address like "127.0.0.1:8080"`, addr)
	}
	n, err := strconv.Atoi(port)
	if err != nil || n < 0 || n > 65535 {
		return fmt.Errorf("%q: the port must be a number from 0 to 65535", addr)
	}
	if strings.ContainsAny(host, " /") {
		return fmt.Errorf("%q: the host must be a name or an IP address", addr)
	}
	return nil
}

// checkOrigin reports whether o is "*" or an origin: scheme://host[:port]
// with nothing after it.
func checkOrigin(o string) error {
	if o == "*" {
		return nil
	}
	u, err := url.Parse(o)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return fmt.Errorf(`%q is not an origin like "https://example.com" (scheme and host, no path) or "*"`, o)
	}
	return nil
}
