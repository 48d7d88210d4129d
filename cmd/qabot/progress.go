package main

import (
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/qabot/qabot/corpus"
)

// loadProgress shows how a long load goes. A load that ends within delay
// (about a second) shows nothing. One that takes longer shows, on a
// terminal, a progress line on stderr (files read of the total, then the
// documents being indexed, with the time elapsed, drawn by
// github.com/schollz/progressbar) and a last line saying what was loaded;
// elsewhere, a start line and an end line; under serve, the start line
// through slog (the reloader logs the end line of every load).
//
// Its methods may be called on a nil *loadProgress, which shows nothing;
// fileRead is safe for concurrent use.
type loadProgress struct {
	// cmd names the command in plain lines: "qabot ask: ...".
	cmd string
	w   io.Writer
	// terminal is set when w is a terminal: draw a progress line.
	terminal bool
	// logger, when set, takes the start and end lines (serve).
	logger *slog.Logger
	delay  time.Duration
	// after makes the timer of delay; time.After unless a test injects
	// one.
	after func(time.Duration) <-chan time.Time

	mu      sync.Mutex
	dir     string
	files   int
	docs    int
	shown   bool
	bar     *progressbar.ProgressBar
	done    chan struct{}
	read    atomic.Int64
	running bool
}

// progressDelay is how long a load runs before its progress is shown.
const progressDelay = time.Second

// newLoadProgress returns the progress display of command cmd on e's
// stderr.
func newLoadProgress(cmd string, e env) *loadProgress {
	return &loadProgress{cmd: cmd, w: e.stderr, terminal: e.stderrTerminal, delay: progressDelay, after: time.After}
}

// begin starts showing the reading of files files below dir, once delay
// has passed.
func (p *loadProgress) begin(dir string, files int) {
	if p == nil || p.w == nil && p.logger == nil {
		return
	}
	p.mu.Lock()
	p.dir, p.files, p.docs, p.shown, p.running = dir, files, 0, false, true
	p.read.Store(0)
	p.done = make(chan struct{})
	timer, done := p.after(p.delay), p.done
	p.mu.Unlock()
	// A timer that has already fired (tests inject one) shows at once.
	select {
	case <-timer:
		p.show()
		return
	default:
	}
	go func() {
		select {
		case <-timer:
			p.show()
		case <-done:
		}
	}()
}

// show starts the display of a load that has lasted delay.
func (p *loadProgress) show() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.running || p.shown {
		return
	}
	p.shown = true
	switch {
	case p.logger != nil:
		p.logger.Info("loading the corpus; /readyz says 503 until it is loaded", "folder", p.dir, "files", p.files)
	case p.terminal && p.docs == 0:
		p.bar = p.newBar(p.files)
		p.bar.Set(int(p.read.Load()))
	case p.terminal:
		p.bar = p.newBar(-1)
	default:
		fmt.Fprintf(p.w, "qabot %s: loading %s (%s)...\n", p.cmd, p.dir, plural(p.files, "file"))
	}
}

// newBar returns a progress line counting to max, or a spinner when max
// is -1, showing the stage at hand and the time elapsed.
func (p *loadProgress) newBar(max int) *progressbar.ProgressBar {
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetDescription(p.describe()),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetPredictTime(false),
		progressbar.OptionSetWidth(24),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
	}
	if max < 0 {
		opts = append(opts, progressbar.OptionSpinnerType(14), progressbar.OptionSetSpinnerChangeInterval(100*time.Millisecond))
	} else {
		opts = append(opts, progressbar.OptionShowCount())
	}
	return progressbar.NewOptions(max, opts...)
}

// describe is the progress line's description of the stage at hand.
func (p *loadProgress) describe() string {
	if p.docs > 0 {
		return fmt.Sprintf("indexing %s", plural(p.docs, "document"))
	}
	return "reading files"
}

// fileRead counts one file read (or reused).
func (p *loadProgress) fileRead(corpus.File) {
	if p == nil {
		return
	}
	p.read.Add(1)
	p.mu.Lock()
	bar := p.bar
	p.mu.Unlock()
	if bar != nil {
		bar.Add(1)
	}
}

// building says that the files are read and docs documents are being
// indexed.
func (p *loadProgress) building(docs int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.docs = max(docs, 1)
	if p.bar != nil {
		// The files are read: the count gives way to a spinner.
		p.bar.Finish()
		p.bar = p.newBar(-1)
	}
}

// stop ends the display of a load that failed.
func (p *loadProgress) stop() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.end()
}

// end stops the timer and the progress line; p.mu is held.
func (p *loadProgress) end() {
	if p.running {
		close(p.done)
		p.running = false
	}
	if p.bar != nil {
		p.bar.Finish()
		p.bar = nil
	}
}

// finish ends the display with what was loaded from dir: a line when the
// progress was shown (under serve, the reloader logs the end line).
func (p *loadProgress) finish(dir string, res loaded) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.dir = dir
	shown := p.shown
	p.end()
	st := res.ix.Stats()
	if shown && p.logger == nil && p.w != nil {
		fmt.Fprintf(p.w, "qabot %s: indexed %s, %s in %s (snapshot: %s)\n", p.cmd,
			plural(st.Documents, "document"), plural(st.Sentences, "sentence"), res.took.Round(10*time.Millisecond), res.snapshot)
	}
}
