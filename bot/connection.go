package bot

import (
	"log/slog"
	"sync/atomic"
)

// Connection is whether a chat front is connected to its platform now, as
// readiness reports it, with each change logged: "slack connected" at
// info, "slack not connected" with why at warn. It is safe for concurrent
// use; the zero Connection is down and discards its log lines.
type Connection struct {
	up atomic.Bool
	// Name starts each log line: "slack", "discord".
	Name string
	// Logger receives the changes; nil discards them.
	Logger *slog.Logger
	// Attrs are added to each line (the mode, the shard).
	Attrs []any
}

// Up reports whether the front is connected.
func (c *Connection) Up() bool { return c.up.Load() }

// Set records the state, logging it when it changed; why says what took
// the connection down.
func (c *Connection) Set(up bool, why string) {
	if c.up.Swap(up) == up || c.Logger == nil {
		return
	}
	if up {
		c.Logger.Info(c.Name+" connected", c.Attrs...)
		return
	}
	c.Logger.Warn(c.Name+" not connected", append(append([]any{}, c.Attrs...), "why", why)...)
}
