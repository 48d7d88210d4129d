package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/qabot/qabot/qa"
)

// fakeRecorder records what reloads report. It is safe for concurrent
// use; tests that run the reload loop read it with reloads.
type fakeRecorder struct {
	mu                            sync.Mutex
	documents, sentences, skipped int
	ok, failed                    int
	// reloaded, when set, receives the outcome of every reload.
	reloaded chan bool
}

func (r *fakeRecorder) SetIndex(documents, sentences, skipped int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.documents, r.sentences, r.skipped = documents, sentences, skipped
}

func (r *fakeRecorder) Reload(ok bool) {
	r.mu.Lock()
	if ok {
		r.ok++
	} else {
		r.failed++
	}
	r.mu.Unlock()
	if r.reloaded != nil {
		r.reloaded <- ok
	}
}

// reloads returns the counts of ok and failed reloads.
func (r *fakeRecorder) reloads() (ok, failed int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.ok, r.failed
}

// newTestReloader returns a reloader, not loaded yet, of a new folder
// holding lighthouse.txt, logging as text to log, and its recorder.
func newTestReloader(t *testing.T, log io.Writer) (r *reloader, rec *fakeRecorder, dir string) {
	t.Helper()
	dir = t.TempDir()
	writeFile(t, filepath.Join(dir, "lighthouse.txt"), lighthouseDoc)
	rec = &fakeRecorder{}
	r = &reloader{dir: dir, lib: &library{opt: qa.DefaultOptions()}, rec: rec, logger: slog.New(slog.NewTextHandler(log, nil))}
	return r, rec, dir
}

func TestReloaderLoad(t *testing.T) {
	sink := &logSink{}
	r, rec, dir := newTestReloader(t, sink)
	lighthouse := filepath.Join(dir, "lighthouse.txt")
	orchard := filepath.Join(dir, "orchard.txt")
	ask := func(q string) string {
		a, err := r.lib.Ask(context.Background(), q)
		if err != nil {
			t.Fatalf("ask %q: %v", q, err)
		}
		return a.Sentence
	}

	steps := []struct {
		name       string
		change     func()
		wantErr    bool
		wantDocs   int
		wantOK     int
		wantFailed int
		question   string
		wantIn     string // in the answer's sentence
	}{
		{"first load", func() {}, false, 1, 0, 0, "Who built the Orvana lighthouse?", "Kessler"},
		{"a file added", func() { writeFile(t, orchard, orchardDoc) }, false, 2, 1, 0, orchardQ, "Verhoef"},
		{"a file broken keeps its last good version", func() {
			os.Remove(orchard)
			if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), orchard); err != nil {
				t.Fatal(err)
			}
		}, false, 2, 2, 0, orchardQ, "Verhoef"},
		{"a file removed", func() { os.Remove(orchard) }, false, 1, 3, 0, "Who built the Orvana lighthouse?", "Kessler"},
		{"the folder emptied keeps the old index", func() { os.Remove(lighthouse) }, true, 1, 3, 1, "Who built the Orvana lighthouse?", "Kessler"},
		{"the folder gone keeps the old index", func() { os.RemoveAll(dir) }, true, 1, 3, 2, "Who built the Orvana lighthouse?", "Kessler"},
	}
	for _, st := range steps {
		st.change()
		err := r.load(st.name)
		if (err != nil) != st.wantErr {
			t.Fatalf("%s: got error %v, want error %v", st.name, err, st.wantErr)
		}
		if got := r.lib.Index().Stats().Documents; got != st.wantDocs {
			t.Errorf("%s: got %d documents served, want %d", st.name, got, st.wantDocs)
		}
		if rec.ok != st.wantOK || rec.failed != st.wantFailed {
			t.Errorf("%s: got %d ok and %d failed reloads, want %d and %d", st.name, rec.ok, rec.failed, st.wantOK, st.wantFailed)
		}
		if got := ask(st.question); !strings.Contains(got, st.wantIn) {
			t.Errorf("%s: %q answered with %q, want it to hold %q", st.name, st.question, got, st.wantIn)
		}
	}
	if !strings.Contains(sink.String(), "kept the last good version") || !strings.Contains(sink.String(), "corpus reload failed") {
		t.Errorf("log:\n%s\nwant the kept file and the failed reload logged", sink.String())
	}
}

func TestReloaderEmbedded(t *testing.T) {
	rec := &fakeRecorder{}
	r := &reloader{lib: &library{opt: qa.DefaultOptions()}, rec: rec, logger: slog.New(slog.DiscardHandler)}
	releases := binaryReleases.Load()
	if err := r.load("start"); err != nil {
		t.Fatalf("first load of the embedded corpus: %v", err)
	}
	// serve answers many questions: its first load hands back the
	// binary's pages (where the system lets it), as ask's batch does.
	want := int64(1)
	if runtime.GOOS != "linux" {
		want = 0
	}
	if got := binaryReleases.Load() - releases; got != want {
		t.Errorf("first load: got %d releases of the binary's pages, want %d", got, want)
	}
	if rec.documents != 5 || rec.sentences == 0 {
		t.Errorf("got %d documents and %d sentences recorded, want 5 and some", rec.documents, rec.sentences)
	}
	first := r.lib.Index()
	if err := r.load("SIGHUP"); !errors.Is(err, errReloadEmbedded) {
		t.Errorf("reload of the embedded corpus: got %v, want errReloadEmbedded", err)
	}
	if r.lib.Index() != first || rec.ok != 0 || rec.failed != 0 {
		t.Errorf("reload of the embedded corpus changed the index or counted a reload")
	}
}

func TestLibraryBeforeLoad(t *testing.T) {
	var lib library
	if _, err := lib.Ask(context.Background(), "anything"); !errors.Is(err, errNotReady) {
		t.Errorf("got %v, want errNotReady", err)
	}
}

// waitDocuments waits until the served index holds want documents.
func waitDocuments(t *testing.T, lib *library, want int) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for time.Now().Before(deadline) {
		if ix := lib.Index(); ix != nil && ix.Stats().Documents == want {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("got %d documents served within %s, want %d", lib.Index().Stats().Documents, waitLimit, want)
}

// TestReloaderDebounce checks that a burst of changes below the watched
// folder, new files in a new sub-folder included, is one reload.
func TestReloaderDebounce(t *testing.T) {
	const (
		debounce = 300 * time.Millisecond
		burst    = 20
	)
	r, rec, dir := newTestReloader(t, io.Discard)
	defer startWatching(t, r, debounce)()

	// The watch starts with run: write a first file until it is seen.
	probe := filepath.Join(dir, "orchard.txt")
	deadline := time.Now().Add(waitLimit)
	for r.lib.Index().Stats().Documents != 2 {
		if time.Now().After(deadline) {
			t.Fatalf("the first new file was not loaded within %s", waitLimit)
		}
		writeFile(t, probe, orchardDoc)
		time.Sleep(2 * debounce)
	}
	time.Sleep(2 * debounce)
	okBefore, _ := rec.reloads()

	for i := range burst {
		writeFile(t, filepath.Join(dir, "burst", fmt.Sprintf("f%02d.txt", i)),
			fmt.Sprintf("The harbour crane number %d was installed in %d.\n", i, 1900+i))
	}
	waitDocuments(t, r.lib, 2+burst)
	time.Sleep(2 * debounce)
	ok, failed := rec.reloads()
	// A machine stalled for longer than the debounce in the middle of the
	// burst may split it in two; never more.
	if n := ok - okBefore; n < 1 || n > 2 || failed != 0 {
		t.Errorf("a burst of %d new files: got %d reloads (%d failed), want 1", burst, n, failed)
	}
}

// TestReloadsNeverFailQuestions asks questions without a pause while the
// corpus is reloaded again and again, with files added, broken and the
// folder emptied: every question is answered, from the old index or the
// new.
func TestReloadsNeverFailQuestions(t *testing.T) {
	r, rec, dir := newTestReloader(t, io.Discard)
	lighthouse := filepath.Join(dir, "lighthouse.txt")
	orchard := filepath.Join(dir, "orchard.txt")
	if err := r.load("start"); err != nil {
		t.Fatal(err)
	}

	const askers = 4
	var (
		wg       sync.WaitGroup
		stop     = make(chan struct{})
		mu       sync.Mutex
		asked    int
		failures []string
	)
	for range askers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				a, err := r.lib.Ask(context.Background(), "Who built the Orvana lighthouse?")
				mu.Lock()
				asked++
				if err != nil || !a.Found || !strings.Contains(a.Sentence, "Kessler") {
					failures = append(failures, fmt.Sprintf("answer %+v, error %v", a, err))
				}
				mu.Unlock()
			}
		}()
	}
	changes := []func(){
		func() { writeFile(t, orchard, orchardDoc) },
		func() { // broken: a link to nowhere
			os.Remove(lighthouse)
			if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), lighthouse); err != nil {
				t.Error(err)
			}
		},
		func() { os.Remove(orchard) },
		func() { os.Remove(lighthouse) }, // the folder emptied: the reload fails
		func() { writeFile(t, lighthouse, lighthouseDoc) },
	}
	for round := range 10 {
		for i, change := range changes {
			change()
			r.load(fmt.Sprintf("round %d change %d", round, i))
		}
	}
	close(stop)
	wg.Wait()
	ok, failed := rec.reloads()
	if ok == 0 || failed == 0 {
		t.Errorf("got %d ok and %d failed reloads, want both kinds exercised", ok, failed)
	}
	if asked == 0 || len(failures) > 0 {
		t.Errorf("got %d of %d questions failed during reloads, want none: %v", len(failures), asked, failures[:min(3, len(failures))])
	}
}

// fakeTicker is a ticker made by the reloader while its folder is gone:
// the test sends the ticks, and stopped closes when the reloader stops it.
type fakeTicker struct {
	ticks   chan time.Time
	stopped chan struct{}
}

// TestReloaderSurvivesItsFolder deletes or swaps the watched folder and
// makes it again: the folder is found again on the next tick of the
// (injected) poll, reloaded, and watched, so that a file added afterwards
// is loaded too. Nothing sleeps: the test waits for the reloader's ticker
// and reloads.
func TestReloaderSurvivesItsFolder(t *testing.T) {
	tests := []struct {
		name string
		gone func(t *testing.T, dir string) // takes the folder away
		back func(t *testing.T, dir string) // brings it back with lighthouse.txt and orchard.txt
	}{
		{
			name: "rm -rf dir; mkdir dir",
			gone: func(t *testing.T, dir string) {
				if err := os.RemoveAll(dir); err != nil {
					t.Fatal(err)
				}
			},
			back: func(t *testing.T, dir string) {
				writeFile(t, filepath.Join(dir, "lighthouse.txt"), lighthouseDoc)
				writeFile(t, filepath.Join(dir, "orchard.txt"), orchardDoc)
			},
		},
		{
			name: "swapped by a rename",
			gone: func(t *testing.T, dir string) {
				if err := os.Rename(dir, dir+".old"); err != nil {
					t.Fatal(err)
				}
			},
			back: func(t *testing.T, dir string) {
				writeFile(t, filepath.Join(dir+".new", "lighthouse.txt"), lighthouseDoc)
				writeFile(t, filepath.Join(dir+".new", "orchard.txt"), orchardDoc)
				if err := os.Rename(dir+".new", dir); err != nil {
					t.Fatal(err)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := t.TempDir()
			dir := filepath.Join(parent, "corpus")
			writeFile(t, filepath.Join(dir, "lighthouse.txt"), lighthouseDoc)
			rec := &fakeRecorder{reloaded: make(chan bool, 100)}
			tickers := make(chan fakeTicker, 4)
			r := &reloader{dir: dir, lib: &library{}, rec: rec, logger: slog.New(slog.DiscardHandler),
				newTicker: func(time.Duration) (<-chan time.Time, func()) {
					ft := fakeTicker{ticks: make(chan time.Time), stopped: make(chan struct{})}
					tickers <- ft
					return ft.ticks, sync.OnceFunc(func() { close(ft.stopped) })
				}}
			defer startWatching(t, r, time.Millisecond)()

			tt.gone(t, dir)
			var ft fakeTicker
			select {
			case ft = <-tickers:
			case <-time.After(waitLimit):
				t.Fatalf("the reloader did not notice its folder was gone within %s", waitLimit)
			}
			tick := func() {
				select {
				case ft.ticks <- time.Now():
				case <-time.After(waitLimit):
					t.Fatalf("the reloader did not take a tick within %s", waitLimit)
				}
			}
			// The folder is still gone: nothing happens. The second tick
			// is taken once the first is handled.
			tick()
			tick()
			if got := r.lib.Index().Stats().Documents; got != 1 {
				t.Errorf("while the folder is gone: got %d documents served, want the previous 1", got)
			}
			// The folder is back. The tick being handled may already see
			// it; otherwise the next one does.
			tt.back(t, dir)
			for found := false; !found; {
				select {
				case ft.ticks <- time.Now():
				case <-ft.stopped:
					found = true
				case <-time.After(waitLimit):
					t.Fatalf("the reloader did not find its folder again within %s", waitLimit)
				}
			}
			waitReload(t, rec, r.lib, 2)
			// The new folder is watched: a file added now is loaded.
			writeFile(t, filepath.Join(dir, "sub", "harbour.txt"), "The harbour crane was installed in 1911 by the port authority.\n")
			waitReload(t, rec, r.lib, 3)
		})
	}
}

// waitReload waits for reloads until the served index holds want
// documents.
func waitReload(t *testing.T, rec *fakeRecorder, lib *library, want int) {
	t.Helper()
	deadline := time.After(waitLimit)
	for lib.Index().Stats().Documents != want {
		select {
		case <-rec.reloaded:
		case <-deadline:
			t.Fatalf("got %d documents served within %s, want %d", lib.Index().Stats().Documents, waitLimit, want)
		}
	}
}

// startWatching loads r and runs its watch with debounce until the
// returned function is called, which waits for it to end.
func startWatching(t *testing.T, r *reloader, debounce time.Duration) (stop func()) {
	t.Helper()
	if err := r.load("start"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		r.run(ctx, nil, true, debounce)
	}()
	return func() {
		cancel()
		<-done
	}
}
