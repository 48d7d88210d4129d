package discord

// discordgo's own log lines ("[DG0] wsapi.go:82 …") go to the standard
// library's log package unless discordgo.Logger, a package variable, is
// set; they would bypass slog and break log.format: json. New sets it,
// once per process, to a function that writes them to the last front's
// logger, at the matching level, with the discordgo source line.

import (
	"context"
	"fmt"
	"log/slog"
	"path"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"
)

var (
	// libraryLog is the logger discordgo's lines go to.
	libraryLog atomic.Pointer[slog.Logger]
	// hookLibraryLog sets discordgo.Logger once.
	hookLibraryLog sync.Once
)

// routeLibraryLog sends discordgo's log lines to logger from now on.
func routeLibraryLog(logger *slog.Logger) {
	libraryLog.Store(logger)
	hookLibraryLog.Do(func() { discordgo.Logger = logLibraryLine })
}

// logLibraryLine is discordgo.Logger. caller counts the frames from
// discordgo's msglog up to the line that logs.
func logLibraryLine(msgL, caller int, format string, a ...any) {
	logger := libraryLog.Load()
	level := libraryLevel(msgL)
	if logger == nil || !logger.Enabled(context.Background(), level) {
		return
	}
	attrs := []any{"source", "discordgo"}
	if _, file, line, ok := runtime.Caller(caller + 1); ok {
		attrs = append(attrs, "at", fmt.Sprintf("%s:%d", path.Base(file), line))
	}
	logger.Log(context.Background(), level, fmt.Sprintf(format, a...), attrs...)
}

// libraryLevel maps a discordgo log level to slog's. discordgo's
// informational lines are about its own machinery: debug here.
func libraryLevel(msgL int) slog.Level {
	switch msgL {
	case discordgo.LogError:
		return slog.LevelError
	case discordgo.LogWarning:
		return slog.LevelWarn
	case discordgo.LogInformational:
		return slog.LevelDebug
	}
	return slog.LevelDebug - 4
}
