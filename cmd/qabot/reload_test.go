package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeRecorder records what reloads report.
type fakeRecorder struct {
	documents, sentences, skipped int
	ok, failed                    int
}

func (r *fakeRecorder) SetIndex(documents, sentences, skipped int) {
	r.documents, r.sentences, r.skipped = documents, sentences, skipped
}

func (r *fakeRecorder) Reload(ok bool) {
	if ok {
		r.ok++
	} else {
		r.failed++
	}
}

func TestReloaderLoad(t *testing.T) {
	dir := t.TempDir()
	lighthouse := filepath.Join(dir, "lighthouse.txt")
	orchard := filepath.Join(dir, "orchard.txt")
	writeFile(t, lighthouse, lighthouseDoc)
	rec := &fakeRecorder{}
	sink := &logSink{}
	r := &reloader{dir: dir, lib: &library{}, rec: rec, logger: slog.New(slog.NewTextHandler(sink, nil))}
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
	r := &reloader{lib: &library{}, rec: rec, logger: slog.New(slog.DiscardHandler)}
	if err := r.load("start"); err != nil {
		t.Fatalf("first load of the embedded corpus: %v", err)
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
