package slack

import (
	"errors"

	"github.com/qabot/qabot/bot"
)

// FieldError is a problem with one key of the slack configuration section
// ("slack.bot_token").
type FieldError = bot.FieldError

// ErrAuth is returned by Run when Slack refuses the tokens (auth.test or
// apps.connections.open answers invalid_auth, token_revoked and the like).
var ErrAuth = errors.New("slack refused the token")
