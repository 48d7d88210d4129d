package main

import (
	"fmt"
	"io"
	"log/slog"
)

// newLogger returns the structured logger the log section asks for,
// writing to w. The configuration has been validated, so an unknown format
// or level here is a programming error, reported as an error all the same.
func newLogger(cfg LogConfig, w io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(cfg.Level)); err != nil {
		return nil, fmt.Errorf("log.level %q: %w", cfg.Level, err)
	}
	opts := &slog.HandlerOptions{Level: level, ReplaceAttr: durationText}
	switch cfg.Format {
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	case "text", "":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("log.format %q is not one of text, json", cfg.Format)
}

// durationText writes a duration as text ("1.2ms", "30s"), as the text
// handler does, instead of the JSON handler's integer of nanoseconds.
func durationText(_ []string, a slog.Attr) slog.Attr {
	if a.Value.Kind() == slog.KindDuration {
		a.Value = slog.StringValue(a.Value.Duration().String())
	}
	return a
}
