package main

import (
	"runtime/debug"
	"testing"
)

func TestTuneGC(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	tests := []struct {
		env  map[string]string
		set  bool
		want int // the collector's target afterwards
	}{
		{nil, true, gcPercent},
		{map[string]string{"GOGC": "200"}, false, 100},
	}
	for _, tt := range tests {
		debug.SetGCPercent(100)
		set := tuneGC(mapEnv(tt.env))
		if got := debug.SetGCPercent(100); set != tt.set || got != tt.want {
			t.Errorf("env %v: got set %v, target %d, want %v, %d", tt.env, set, got, tt.set, tt.want)
		}
	}
}
