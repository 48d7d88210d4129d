package discord

import (
	"errors"

	"github.com/qabot/qabot/bot"
)

// FieldError is a problem with one key of the discord configuration
// section ("discord.token"); each wraps ErrInvalidConfig.
type FieldError = bot.FieldError

// Sentinel errors of the Discord front. Errors returned by this package wrap
// one of them, so callers can tell them apart with errors.Is.
var (
	// ErrInvalidConfig is returned by Config.Validate and New when the
	// discord section of the configuration is unusable; each problem is a
	// *FieldError wrapping it.
	ErrInvalidConfig = errors.New("invalid discord configuration")

	// ErrGatewayRefused is returned by Front.Run when Discord's gateway
	// refuses the bot for good (a wrong token, a bad shard pair, or
	// intents the application may not use), so retrying would not help.
	ErrGatewayRefused = errors.New("discord gateway refused the bot")

	// ErrAlreadyRunning is returned by Front.Run when it is called a second
	// time; a Front serves once.
	ErrAlreadyRunning = errors.New("discord front already ran")

	// errStopped is returned by the front's HTTP transport for requests
	// made after shutdown began. It never reaches a caller of this package.
	errStopped = errors.New("discord front stopped")
)
