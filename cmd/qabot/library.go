package main

import (
	"context"
	"errors"
	"sync/atomic"

	"github.com/qabot/qabot/qa"
)

// library holds the index every front answers from. A reload builds a new
// index and publishes it with Swap; questions in flight keep the one they
// loaded. It is safe for concurrent use.
type library struct {
	ix atomic.Pointer[qa.Index]
}

var errNotReady = errors.New("no index loaded yet")

// Ask answers question text from the current index.
func (l *library) Ask(ctx context.Context, question string) (qa.Answer, error) {
	ix := l.ix.Load()
	if ix == nil {
		return qa.Answer{}, errNotReady
	}
	return ix.Ask(ctx, question)
}

// Swap publishes ix as the current index.
func (l *library) Swap(ix *qa.Index) { l.ix.Store(ix) }

// Index returns the current index, or nil before the first load.
func (l *library) Index() *qa.Index { return l.ix.Load() }
