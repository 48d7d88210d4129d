package main

import (
	"context"
	"errors"
	"sync/atomic"

	"github.com/qabot/qabot/qa"
)

// library holds the index every front answers from, and the options it
// answers with. A reload builds a new index and publishes it with Swap;
// questions in flight keep the one they loaded. It is a bot.TopAsker and
// safe for concurrent use.
type library struct {
	ix atomic.Pointer[qa.Index]
	// opt are the engine's options (the least confidence to answer);
	// set before the library is shared.
	opt qa.Options
}

var errNotReady = errors.New("no index loaded yet")

// newLibrary returns a library serving ix with opt.
func newLibrary(ix *qa.Index, opt qa.Options) *library {
	l := &library{opt: opt}
	l.Swap(ix)
	return l
}

// Ask answers question text from the current index.
func (l *library) Ask(ctx context.Context, question string) (qa.Answer, error) {
	ix := l.ix.Load()
	if ix == nil {
		return qa.Answer{}, errNotReady
	}
	return ix.AskWith(ctx, question, l.opt)
}

// AskTop returns the best n answers to question text, best first.
func (l *library) AskTop(ctx context.Context, question string, n int) ([]qa.Answer, error) {
	ix := l.ix.Load()
	if ix == nil {
		return nil, errNotReady
	}
	opt := l.opt
	opt.Top = n
	return ix.AnswerTop(ctx, qa.Parse(question), opt)
}

// Swap publishes ix as the current index.
func (l *library) Swap(ix *qa.Index) { l.ix.Store(ix) }

// Index returns the current index, or nil before the first load.
func (l *library) Index() *qa.Index { return l.ix.Load() }
