package main

import (
	"context"
	"errors"
)

// runServe runs every enabled front over one shared index.
// TODO(service): everything.
func runServe(ctx context.Context, args []string, e env) (int, error) {
	return exitUsage, errors.New("serve not built yet")
}

// runConfig handles "qabot config check".
// TODO(service): everything.
func runConfig(ctx context.Context, args []string, e env) (int, error) {
	return exitUsage, errors.New("config check not built yet")
}
