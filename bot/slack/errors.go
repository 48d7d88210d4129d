package slack

import "errors"

// FieldError is a problem with one key of the slack configuration section.
// Key is the full key ("slack.bot_token"); Problem says what a valid value
// looks like and never contains a secret.
type FieldError struct {
	Key     string
	Problem string
}

func (e *FieldError) Error() string { return e.Key + ": " + e.Problem }

// Sentinel errors of the Slack front.
var (
	// ErrAuth is returned by Run when Slack refuses the tokens (auth.test or
	// apps.connections.open answers invalid_auth, token_revoked and the like).
	ErrAuth = errors.New("slack refused the token")
	// ErrBadSignature is returned when an http-mode request carries a
	// missing, stale or wrong signature.
	ErrBadSignature = errors.New("request not signed by slack")
)
