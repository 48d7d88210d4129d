// Package discord is qabot's Discord front.
package discord

import (
	"context"
	"errors"
	"log/slog"

	"github.com/qabot/qabot/bot"
)

// Front answers questions asked in Discord.
type Front struct{}

// New returns a Discord front. TODO(discord): everything.
func New(cfg Config, h *bot.Handler, logger *slog.Logger) (*Front, error) {
	return nil, errors.New("discord front not built yet")
}

// Run serves until ctx is done.
func (f *Front) Run(ctx context.Context) error { return errors.New("discord front not built yet") }
