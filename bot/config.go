package bot

// Checks shared by the fronts' configuration sections (bot/slack,
// bot/discord). Each front words its own messages and names its own keys;
// these functions only decide.

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// CheckURL returns nil when raw is an absolute URL with a host and one of
// the given schemes, and otherwise an error saying what is wrong with it.
// The error never quotes raw.
func CheckURL(raw string, schemes ...string) error {
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		return errors.New("not a URL")
	case !slices.Contains(schemes, u.Scheme):
		return fmt.Errorf("scheme %q not allowed", u.Scheme)
	case u.Host == "":
		return errors.New("no host")
	}
	return nil
}

// BaseURL returns raw, or def when raw is empty, ending in a slash, as the
// platforms' client libraries expect of a base URL they append paths to.
func BaseURL(raw, def string) string {
	if raw == "" {
		raw = def
	}
	if !strings.HasSuffix(raw, "/") {
		raw += "/"
	}
	return raw
}

// RateLimitProblem says what is wrong with a front's rate_limit setting, or
// returns "". Config.RateLimit reads 0 as the default and any negative
// value as no limit; the configuration documents -1 for that, so anything
// lower is taken for a mistake.
func RateLimitProblem(n int) string {
	if n < -1 {
		return fmt.Sprintf("must be a number of questions a minute, 0 for the default of %d, or -1 for no limit", DefaultRateLimit)
	}
	return ""
}

// FieldError is a problem with one key of a front's configuration section.
// Key is the full key ("slack.bot_token"); Problem says what a valid value
// looks like and never contains a secret. Err, when set, is the front's
// sentinel the problem falls under, for errors.Is.
type FieldError struct {
	Key     string
	Problem string
	Err     error
}

func (e *FieldError) Error() string { return e.Key + ": " + e.Problem }

// Unwrap returns Err.
func (e *FieldError) Unwrap() error { return e.Err }
