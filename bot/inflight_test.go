package bot

import (
	"sync/atomic"
	"testing"
)

func TestInflightCloseWaitsThenRefuses(t *testing.T) {
	var g Inflight
	release := make(chan struct{})
	var done atomic.Int32
	for range 3 {
		if !g.Go(func() { <-release; done.Add(1) }) {
			t.Fatal("Go before Close reported false")
		}
	}
	closed := make(chan struct{})
	go func() { g.Close(); close(closed) }()
	close(release)
	<-closed
	if n := done.Load(); n != 3 {
		t.Errorf("Close returned with %d of 3 done", n)
	}
	if g.Go(func() { t.Error("ran after Close") }) {
		t.Error("Go after Close reported true")
	}
}
