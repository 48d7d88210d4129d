package bot

import "sync"

// Inflight tracks the questions a front is answering, so that shutting down
// can stop taking new ones and wait for those already taken. The zero value
// is ready to use; it is safe for concurrent use.
type Inflight struct {
	mu     sync.Mutex
	closed bool
	wg     sync.WaitGroup
}

// Go runs fn in a new goroutine and reports true, or reports false without
// running it once Close has been called.
func (g *Inflight) Go(fn func()) bool {
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return false
	}
	g.wg.Add(1)
	g.mu.Unlock()
	go func() {
		defer g.wg.Done()
		fn()
	}()
	return true
}

// Close refuses new work and waits for the work already started.
func (g *Inflight) Close() {
	g.mu.Lock()
	g.closed = true
	g.mu.Unlock()
	g.wg.Wait()
}
