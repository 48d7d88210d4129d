package main

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
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

// TestLoadThenRelease checks that loading runs at loadGCPercent, that the
// collector's target is restored after it, and that the loading's garbage
// is collected and its pages returned (a forced collection) before the
// command answers, and that the binary's read-only pages are handed back
// before and after loading (on Linux) when the command answers many
// questions, and not for one.
func TestLoadThenRelease(t *testing.T) {
	old := debug.SetGCPercent(gcPercent)
	defer debug.SetGCPercent(old)
	for _, tt := range []struct {
		many     bool
		releases int64
	}{{true, 2}, {false, 0}} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		during := 0
		releases := binaryReleases.Load()
		if _, err := loadThenRelease(func() (loaded, error) {
			during = debug.SetGCPercent(loadGCPercent)
			return loaded{}, nil
		}, tt.many); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		if got := debug.SetGCPercent(gcPercent); during != loadGCPercent || got != gcPercent {
			t.Errorf("many %v: target while loading %d, after %d, want %d, %d", tt.many, during, got, loadGCPercent, gcPercent)
		}
		if after.NumForcedGC <= before.NumForcedGC {
			t.Errorf("many %v: forced collections %d after loading, want more than %d", tt.many, after.NumForcedGC, before.NumForcedGC)
		}
		want := tt.releases
		if runtime.GOOS != "linux" {
			want = 0
		}
		if got := binaryReleases.Load() - releases; got != want {
			t.Errorf("many %v: the binary's pages handed back %d times, want %d", tt.many, got, want)
		}
	}
}

// TestLoadIndexReleasesAfterTokenizing checks that a command answering
// many questions hands the binary's pages back once more while it builds,
// when the build has tokenized the documents (releaseTokenizer), and that
// one answering one question does not (on Linux).
func TestLoadIndexReleasesAfterTokenizing(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("The harbour opened in 1872. It holds forty boats."), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		many     bool
		releases int64
	}{{true, 3}, {false, 0}} {
		releases := binaryReleases.Load()
		if _, err := loadIndex("ask", dir, snapshotFlags{off: true}, env{stderr: io.Discard, getenv: func(string) string { return "" }}, tt.many); err != nil {
			t.Fatal(err)
		}
		want := tt.releases
		if runtime.GOOS != "linux" {
			want = 0
		}
		if got := binaryReleases.Load() - releases; got != want {
			t.Errorf("many %v: the binary's pages handed back %d times, want %d", tt.many, got, want)
		}
	}
}
