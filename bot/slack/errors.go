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

// ErrAuth is returned by Run when Slack refuses the tokens (auth.test or
// apps.connections.open answers invalid_auth, token_revoked and the like).
var ErrAuth = errors.New("slack refused the token")
