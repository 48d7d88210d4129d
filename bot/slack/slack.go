// Package slack is qabot's Slack front.
package slack

import (
	"context"
	"errors"
	"log/slog"

	"github.com/qabot/qabot/bot"
)

// Front answers questions asked in Slack.
type Front struct{}

// New returns a Slack front. TODO(slack): everything.
func New(cfg Config, h *bot.Handler, logger *slog.Logger) (*Front, error) {
	return nil, errors.New("slack front not built yet")
}

// Run serves until ctx is done.
func (f *Front) Run(ctx context.Context) error { return errors.New("slack front not built yet") }
