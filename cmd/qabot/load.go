package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
)

// loadDocuments reads the corpus folder dir, or the embedded corpus when dir
// is "". Files that could not be read are returned as skipped.
func loadDocuments(dir string) ([]corpus.Document, []*corpus.FileError, error) {
	if dir == "" {
		docs, err := corpus.Embedded()
		if err != nil {
			return nil, nil, fmt.Errorf("embedded corpus: %w", err)
		}
		return docs, nil, nil
	}
	return corpus.Load(dir)
}

// indexLoader loads the index of a corpus folder, again and again (serve
// reloads): from its snapshot while the folder has not changed since it
// was saved; otherwise by reading the files, on every core, reusing the
// documents of the files unchanged since its last load, and building the
// index, which it then saves as the folder's snapshot.
//
// A loader is used by one goroutine at a time.
type indexLoader struct {
	dir string // "" for the embedded corpus
	// store keeps the snapshots; nil keeps none.
	store *snapshotStore
	// progress shows how a long load goes; nil shows nothing.
	progress *loadProgress
	// last is what the last load read, by path: each file as listed and
	// the document made of it.
	last map[string]lastRead
	// tokenized, when set, is called when a build has tokenized the
	// documents (qa.BuildOptions.Tokenized).
	tokenized func()
}

// lastRead is a file as a load listed it, and its document.
type lastRead struct {
	file corpus.File
	doc  corpus.Document
}

// loaded is what one load made.
type loaded struct {
	ix      *qa.Index
	skipped []*corpus.FileError
	// kept are the files that could not be read this time and whose last
	// good version was kept.
	kept []string
	// reread counts the files read this time (not reused).
	reread int
	// snapshot says what became of the snapshot: "read", "saved", "off",
	// or why it could not be saved (saveErr); unusable says why the
	// snapshot there was could not be used ("" when there was none).
	snapshot string
	saveErr  error
	unusable string
	took     time.Duration
}

// load loads the index. Its error is the corpus's (the folder is missing,
// or holds no document); a snapshot that cannot be read or saved is only
// reported in loaded.snapshot.
func (l *indexLoader) load() (loaded, error) {
	start := time.Now()
	if l.dir == "" {
		docs, err := corpus.Embedded()
		if err != nil {
			return loaded{}, fmt.Errorf("embedded corpus: %w", err)
		}
		return loaded{ix: qa.BuildWith(docs, l.buildOptions()), snapshot: "off", took: time.Since(start)}, nil
	}
	listing, err := corpus.Scan(l.dir)
	if err != nil {
		return loaded{}, err
	}
	res := loaded{snapshot: "off"}
	var key string
	if l.store != nil {
		key = l.store.key(l.dir, listing)
		ix, skipped, err := l.store.load(l.dir, key)
		if err == nil {
			l.remember(listing.Files, ix.Documents(), nil)
			res = loaded{ix: ix, skipped: skipped, snapshot: "read", took: time.Since(start)}
			l.progress.finish(l.dir, res)
			return res, nil
		}
		if !errors.Is(err, errNoSnapshot) {
			res.unusable = err.Error()
		}
	}
	l.progress.begin(l.dir, len(listing.Files))
	var reread atomic.Int64
	reuse := func(f corpus.File) (corpus.Document, bool) {
		if r, ok := l.last[f.Path]; ok && r.file.Same(f) {
			return r.doc, true
		}
		reread.Add(1)
		return corpus.Document{}, false
	}
	docs, unread, err := corpus.ReadFiles(l.dir, listing.Files, corpus.ReadOptions{Reuse: reuse, Progress: l.progress.fileRead})
	if err != nil {
		l.progress.stop()
		return loaded{}, err
	}
	res.reread = int(reread.Load())
	res.skipped = append(slices.Clip(listing.Skipped), unread...)
	slices.SortStableFunc(res.skipped, func(a, b *corpus.FileError) int { return strings.Compare(a.Path, b.Path) })
	docs, res.kept = l.keepLastGood(docs, res.skipped)
	if len(docs) == 0 {
		l.progress.stop()
		return loaded{skipped: res.skipped}, fmt.Errorf("corpus folder %q: %w", l.dir, corpus.ErrEmpty)
	}
	l.progress.building(len(docs))
	res.ix = qa.BuildWith(docs, l.buildOptions())
	l.remember(listing.Files, docs, res.kept)
	// An index holding the last good version of a file that cannot be
	// read now is not what a build from the files gives: it is not saved.
	if l.store != nil && len(res.kept) == 0 {
		if err := l.store.save(l.dir, key, res.ix, res.skipped); err != nil {
			res.snapshot, res.saveErr = err.Error(), err
		} else {
			res.snapshot = "saved"
		}
	}
	res.took = time.Since(start)
	l.progress.finish(l.dir, res)
	return res, nil
}

// buildOptions are the options of the loader's builds.
func (l *indexLoader) buildOptions() qa.BuildOptions {
	return qa.BuildOptions{Tokenized: l.tokenized}
}

// keepLastGood adds to docs the last good version of every file skipped
// now, and returns their paths.
func (l *indexLoader) keepLastGood(docs []corpus.Document, skipped []*corpus.FileError) ([]corpus.Document, []string) {
	var kept []string
	for _, fe := range skipped {
		if r, ok := l.last[fe.Path]; ok {
			docs = append(docs, r.doc)
			kept = append(kept, fe.Path)
		}
	}
	if len(kept) > 0 {
		slices.SortFunc(docs, func(a, b corpus.Document) int { return strings.Compare(a.Path, b.Path) })
	}
	return docs, kept
}

// remember records, for the next load, the document made of each file
// listed; a file whose last good version was kept keeps its entry, so
// that it is read again next time.
func (l *indexLoader) remember(files []corpus.File, docs []corpus.Document, kept []string) {
	byPath := make(map[string]corpus.Document, len(docs))
	for _, d := range docs {
		byPath[d.Path] = d
	}
	next := make(map[string]lastRead, len(files))
	for _, f := range files {
		if d, ok := byPath[f.Path]; ok {
			next[f.Path] = lastRead{file: f, doc: d}
		}
	}
	for _, p := range kept {
		next[p] = l.last[p]
	}
	l.last = next
}
