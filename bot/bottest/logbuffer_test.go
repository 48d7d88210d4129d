package bottest

import (
	"strings"
	"sync"
	"testing"
)

// TestConcurrentWrites checks that lines written from many goroutines at
// once all arrive whole.
func TestConcurrentWrites(t *testing.T) {
	var b LogBuffer
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				b.Write([]byte("a line of log\n"))
			}
		})
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 1600 {
		t.Fatalf("got %d lines, want 1600", len(lines))
	}
	for i, l := range lines {
		if l != "a line of log" {
			t.Fatalf("line %d: got %q, want %q", i, l, "a line of log")
		}
	}
}
