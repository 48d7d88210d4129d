package main

// Live corpus reload.
//
// A reload reads the whole corpus folder again, builds a new index beside
// the one being served and publishes it with library.Swap: questions in
// flight finish on the old index, the next ones use the new. A file that
// cannot be read or parsed is skipped and logged; if an earlier load read
// it, its last good version is kept, so breaking a file never loses its
// answers. A reload that fails as a whole (the folder is gone, it holds no
// document) keeps the old index. Either way the result is logged and
// counted, and nothing a user asks fails because of a reload.
//
// Reloads are triggered by SIGHUP and, when corpus.watch is on, by changes
// below the folder, seen with fsnotify. fsnotify watches one folder at a
// time, so every sub-folder is added, and new ones as they appear. Changes
// are debounced: the reload runs once nothing has changed for
// corpus.debounce, so that copying a hundred files reloads once. A folder
// deleted and made again, or swapped by a rename, is found again (see run).

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// indexRecorder is what reloads report to metrics.
type indexRecorder interface {
	SetIndex(documents, sentences, skipped int)
	Reload(ok bool)
}

// reloader loads the corpus into a library, at start-up and on every
// reload. It is safe for concurrent use; reloads run one at a time.
type reloader struct {
	dir string // "" for the embedded corpus
	// store keeps the index snapshots; nil keeps none.
	store  *snapshotStore
	lib    *library
	rec    indexRecorder
	logger *slog.Logger

	// newTicker, when set, makes the ticks that look for a lost corpus
	// folder (tests inject it); time.NewTicker otherwise.
	newTicker func(time.Duration) (<-chan time.Time, func())

	mu sync.Mutex
	// loader loads the index, keeping what the last load read (the last
	// good version of every document); it is made by the first load.
	loader *indexLoader
}

// errReloadEmbedded is returned when a reload is asked of the embedded
// corpus, which cannot change.
var errReloadEmbedded = errors.New("the corpus is embedded in the binary; set corpus.dir to reload from a folder")

// load reads the corpus and swaps the new index in: from the snapshot
// when the files are unchanged since it was saved, else reading only the
// files that changed since the last load. The first load's error is fatal
// to the caller; a later one keeps the index being served.
func (r *reloader) load(reason string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	first := r.lib.Index() == nil
	if !first && r.dir == "" {
		return errReloadEmbedded
	}
	if r.loader == nil {
		r.loader = &indexLoader{dir: r.dir, store: r.store,
			progress: &loadProgress{logger: r.logger, delay: progressDelay, after: time.After}}
	}
	res, err := r.loader.load()
	for _, fe := range res.skipped {
		r.logger.Warn("skipped a file that could not be read", "file", fe.Path, "err", fe.Err)
	}
	if err != nil {
		if !first {
			r.rec.Reload(false)
			r.logger.Error("corpus reload failed; still serving the previous documents", "reason", reason, "err", err)
		}
		return fmt.Errorf("load corpus: %w", err)
	}
	for _, p := range res.kept {
		r.logger.Warn("kept the last good version of a file that could not be read", "file", p)
	}
	if first {
		// A server answers many questions for as long as it runs: the
		// pages of the binary its initialisers and the first build read
		// are handed back, and the English tables' lookup aids built.
		readyToAnswer(true)
	}
	r.lib.Swap(res.ix)
	st := res.ix.Stats()
	r.rec.SetIndex(st.Documents, st.Sentences, len(res.skipped))
	attrs := []any{"documents", st.Documents, "sentences", st.Sentences, "skipped", len(res.skipped),
		"files_read", res.reread, "snapshot", res.snapshot, "took", res.took}
	if res.unusable != "" {
		attrs = append(attrs, "snapshot_unusable", res.unusable)
	}
	if first {
		r.logger.Info("corpus loaded", attrs...)
	} else {
		r.rec.Reload(true)
		r.logger.Info("corpus reloaded", append([]any{"reason", reason}, attrs...)...)
	}
	if res.saveErr != nil {
		r.logger.Warn("could not save the index snapshot; the next start builds the index again", "err", res.saveErr)
	}
	return nil
}

// lostPoll is how often a watch whose corpus folder disappeared looks for
// it again.
const lostPoll = time.Second

// run reloads on every signal from hup and, when watch is set, on changes
// below the corpus folder after debounce, until ctx is done.
//
// When the folder itself is deleted or renamed away (rm -rf dir; mkdir dir,
// or a deployment that swaps it), the watch is closed and the folder is
// looked for every lostPoll; once it is back it is watched afresh and
// reloaded. Until then the last index keeps being served.
func (r *reloader) run(ctx context.Context, hup <-chan os.Signal, watch bool, debounce time.Duration) {
	var (
		events <-chan fsnotify.Event
		errs   <-chan error
		w      *fsnotify.Watcher
		poll   <-chan time.Time // ticks while the folder is gone
		stop   = func() {}
	)
	// startWatch watches the folder afresh; it reports false when the
	// folder is not there.
	startWatch := func() bool {
		if w != nil {
			closeWatcher(w)
			w, events, errs = nil, nil, nil
		}
		if fi, err := os.Stat(r.dir); err != nil || !fi.IsDir() {
			return false
		}
		nw, err := fsnotify.NewWatcher()
		if err != nil {
			r.logger.Error("cannot watch the corpus folder; reload with SIGHUP instead", "err", err)
			return true
		}
		w, events, errs = nw, nw.Events, nw.Errors
		if err := r.watchTree(w, r.dir); errors.Is(err, fs.ErrNotExist) {
			// The folder went between the look and the watch: no event
			// will say so, so it counts as lost.
			closeWatcher(w)
			w, events, errs = nil, nil, nil
			return false
		}
		return true
	}
	lose := func() {
		if poll != nil {
			return
		}
		if w != nil {
			closeWatcher(w)
			w, events, errs = nil, nil, nil
		}
		r.logger.Warn("the corpus folder is gone; still serving the previous documents and looking for it again", "folder", r.dir, "every", lostPoll)
		poll, stop = r.ticker(lostPoll)
	}
	if watch && r.dir != "" && !startWatch() {
		lose()
	}
	defer func() {
		stop()
		if w != nil {
			closeWatcher(w)
		}
	}()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	root := filepath.Clean(r.dir)
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			r.reload("SIGHUP", w)
		case <-poll:
			if !startWatch() {
				continue
			}
			stop()
			poll, stop = nil, func() {}
			r.logger.Info("the corpus folder is back; watching it again", "folder", r.dir)
			r.reload("corpus folder recreated", w)
		case ev, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			if filepath.Clean(ev.Name) == root && (ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename)) {
				lose()
				continue
			}
			if ev.Op == fsnotify.Chmod {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					r.watchTree(w, ev.Name)
				}
			}
			r.logger.Debug("corpus changed", "file", ev.Name, "op", ev.Op.String())
			timer.Reset(debounce)
		case err, ok := <-errs:
			if !ok {
				errs = nil
				continue
			}
			// An overflow means changes were missed: reload to catch up.
			r.logger.Warn("corpus watch error", "err", err)
			timer.Reset(debounce)
		case <-timer.C:
			r.reload("files changed", w)
			if watch && r.dir != "" {
				if _, err := os.Stat(r.dir); err != nil {
					lose() // gone without an event for the folder itself
				}
			}
		}
	}
}

// closeWatcher closes a watcher whose events nobody reads any more: its
// channels are drained while it closes, since fsnotify's Close waits for a
// pending event to be taken.
func closeWatcher(w *fsnotify.Watcher) {
	go func() {
		for range w.Events {
		}
	}()
	go func() {
		for range w.Errors {
		}
	}()
	w.Close()
}

// ticker returns the ticks of the poll for a lost folder and the function
// that stops them: the injected newTicker in tests, time.NewTicker
// otherwise.
func (r *reloader) ticker(d time.Duration) (<-chan time.Time, func()) {
	if r.newTicker != nil {
		return r.newTicker(d)
	}
	t := time.NewTicker(d)
	return t.C, t.Stop
}

// reload runs one reload and, when watching, watches any folder that
// appeared meanwhile.
func (r *reloader) reload(reason string, w *fsnotify.Watcher) {
	if err := r.load(reason); errors.Is(err, errReloadEmbedded) {
		r.logger.Info("nothing to reload", "reason", reason, "why", err)
		return
	}
	if w != nil {
		r.watchTree(w, r.dir)
	}
}

// watchTree adds dir and every folder below it to w. It returns the error
// of dir itself, which is logged too; folders below it that cannot be
// watched are logged and skipped.
func (r *reloader) watchTree(w *fsnotify.Watcher, dir string) error {
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil // a folder that vanished or cannot be read: skip it
		}
		if !d.IsDir() {
			return nil
		}
		if err := w.Add(p); err != nil {
			if p == dir {
				return err
			}
			r.logger.Warn("cannot watch a corpus folder", "folder", p, "err", err)
		}
		return nil
	})
	if err != nil {
		r.logger.Warn("cannot watch the corpus folder", "folder", dir, "err", err)
	}
	return err
}
