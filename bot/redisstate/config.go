package redisstate

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/qabot/qabot/bot"
)

// Config is the redis section of qabot's configuration. Without it (Enabled
// false) every replica keeps its state in process. Fields tagged
// qabot:"secret" are redacted wherever the configuration is printed; the
// password may only come from an environment variable (source:"env").
type Config struct {
	Enabled bool `yaml:"enabled"`
	// Address is the server's host:port.
	Address string `yaml:"address"`
	// Username is the ACL user; empty for the default user.
	Username string `yaml:"username"`
	// Password is the AUTH password, written as ${ENV_VAR}.
	Password string `yaml:"password" qabot:"secret" source:"env"`
	// DB is the database number selected after connecting.
	DB int `yaml:"db"`
	// TLS connects with TLS, checking the server's certificate against the
	// system's certificate authorities.
	TLS bool `yaml:"tls"`
	// KeyPrefix starts every key qabot writes, so that one Redis can serve
	// other applications, or several qabot deployments.
	KeyPrefix string `yaml:"key_prefix"`
}

// Defaults of the section.
const (
	DefaultAddress   = "127.0.0.1:6379"
	DefaultKeyPrefix = "qabot:"
)

// Timings of the client. A question waits at most opTimeout for Redis
// before it is answered with in-process state (and Redis is taken for
// lost, so the next questions do not wait): well within the 3 seconds
// Slack gives to acknowledge an event, and far above the millisecond
// Redis takes on a healthy network.
const (
	opTimeout   = time.Second
	dialTimeout = time.Second
)

// maxKeyPrefix bounds key_prefix, which starts every key.
const maxKeyPrefix = 64

// Validate checks an enabled section and reports every problem at once,
// each naming its key and what a valid value looks like. A disabled
// section is not checked. No message contains the password.
func (c Config) Validate() error {
	if !c.Enabled {
		return nil
	}
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, &bot.FieldError{Key: "redis." + key, Problem: fmt.Sprintf(format, args...)})
	}
	if _, port, err := net.SplitHostPort(c.Address); err != nil || port == "" {
		bad("address", "%q is not a host:port address; want the Redis server's, such as %q", c.Address, DefaultAddress)
	}
	if strings.ContainsFunc(c.Username, isSpace) {
		bad("username", "must be an ACL user name, with no spaces or line breaks")
	}
	if strings.ContainsFunc(c.Password, isControl) {
		bad("password", "holds a line break or control character; check the environment variable it comes from")
	}
	if c.DB < 0 {
		bad("db", "is %d; want a database number, 0 or more (0 is Redis's default)", c.DB)
	}
	switch {
	case c.KeyPrefix == "":
		bad("key_prefix", "is empty; want a prefix such as %q, so that qabot's keys never collide with another application's", DefaultKeyPrefix)
	case len(c.KeyPrefix) > maxKeyPrefix || strings.ContainsFunc(c.KeyPrefix, isSpace):
		bad("key_prefix", "must be at most %d characters with no spaces, such as %q", maxKeyPrefix, DefaultKeyPrefix)
	}
	return errors.Join(errs...)
}

// options are the go-redis client options for c. Every wait is short and
// nothing is retried inside the client: the Store decides what a failure
// means.
func (c Config) options() *redis.Options {
	o := &redis.Options{
		Addr:                  c.Address,
		Username:              c.Username,
		Password:              c.Password,
		DB:                    c.DB,
		DialTimeout:           dialTimeout,
		DialerRetries:         1,
		ReadTimeout:           opTimeout,
		WriteTimeout:          opTimeout,
		PoolTimeout:           opTimeout,
		ContextTimeoutEnabled: true,
		MaxRetries:            -1,
		DisableIdentity:       true,
	}
	if c.TLS {
		host, _, _ := net.SplitHostPort(c.Address)
		o.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12, ServerName: host}
	}
	return o
}

func isSpace(r rune) bool   { return r <= ' ' || r == 0x7f }
func isControl(r rune) bool { return r < ' ' || r == 0x7f }
