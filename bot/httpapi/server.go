package httpapi

import (
	"log/slog"
	"net"
	"net/http"
	"time"

	"golang.org/x/net/netutil"
)

// Server timeouts. A question is answered in milliseconds; these only bound
// slow or stalled clients. An idle keep-alive connection holds one of the
// http.max_connections places, so it is closed after IdleTimeout.
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 10 * time.Second
	WriteTimeout      = 30 * time.Second
	IdleTimeout       = 30 * time.Second
)

// LimitListener caps the connections ln has open at once at max (0:
// DefaultMaxConnections; negative: no cap). A connection over the cap
// waits in the kernel's backlog until one closes, so one client holding
// thousands of keep-alive connections cannot take every file handle.
func LimitListener(ln net.Listener, max int) net.Listener {
	switch {
	case max < 0:
		return ln
	case max == 0:
		max = DefaultMaxConnections
	}
	return netutil.LimitListener(ln, max)
}

// NewServer returns an http.Server for h with every timeout set. Errors of
// the server itself (a bad TLS handshake, a panic in a handler) go to
// logger at warn level.
func NewServer(h http.Handler, logger *slog.Logger) *http.Server {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
}
