package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
)

// snapshotCorpus writes a small corpus folder: two documents and a file
// that cannot be read (no text).
func snapshotCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "lighthouse.txt"), lighthouseDoc)
	writeFile(t, filepath.Join(dir, "orchard.md"), "# The orchard\n\nThe orchard was planted in 1931 by the Abbot family, who grew apples and pears.\n")
	writeFile(t, filepath.Join(dir, "empty.txt"), "")
	return dir
}

// loadWith loads dir's index with a loader of its own, as a new process
// would, keeping snapshots in store.
func loadWith(t *testing.T, dir string, store *snapshotStore) loaded {
	t.Helper()
	l := &indexLoader{dir: dir, store: store}
	res, err := l.load()
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return res
}

// answerOf asks ix q and returns the sentence, or "".
func answerOf(t *testing.T, ix *qa.Index, q string) string {
	t.Helper()
	a, err := ix.Ask(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return a.Sentence
}

// TestSnapshotStartsUnchangedCorpus checks that the second load of an
// unchanged folder reads the snapshot the first saved, with the same
// answers and the same skipped files, and that every change that makes
// the snapshot untrustworthy makes the next load build and save afresh.
func TestSnapshotStartsUnchangedCorpus(t *testing.T) {
	const q = "who planted the orchard"
	tests := []struct {
		name string
		// change alters the folder, the snapshot or the binary between
		// the first load and the next.
		change func(t *testing.T, dir, snap string, store *snapshotStore)
		// want is what the next load does with the snapshot: "read" it,
		// or why it could not use it (loaded.unusable).
		want string
		// answer is the sentence the next load answers q with.
		answer string
	}{
		{"nothing changed", func(*testing.T, string, string, *snapshotStore) {}, "read", "The orchard was planted in 1931"},
		{"a byte flipped", func(t *testing.T, _, snap string, _ *snapshotStore) {
			raw := readFile(t, snap)
			raw[len(raw)/2] ^= 1
			writeFile(t, snap, string(raw))
		}, "damaged", "The orchard was planted in 1931"},
		{"truncated", func(t *testing.T, _, snap string, _ *snapshotStore) {
			if err := os.Truncate(snap, 100); err != nil {
				t.Fatal(err)
			}
		}, "damaged", "The orchard was planted in 1931"},
		{"not a snapshot", func(t *testing.T, _, snap string, _ *snapshotStore) {
			writeFile(t, snap, "hello")
		}, "damaged", "The orchard was planted in 1931"},
		{"a file touched", func(t *testing.T, dir, _ string, _ *snapshotStore) {
			later := time.Now().Add(time.Minute)
			if err := os.Chtimes(filepath.Join(dir, "lighthouse.txt"), later, later); err != nil {
				t.Fatal(err)
			}
		}, "out of date", "The orchard was planted in 1931"},
		{"a file edited, same size and time", func(t *testing.T, dir, _ string, _ *snapshotStore) {
			p := filepath.Join(dir, "orchard.md")
			info, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, p, strings.Replace(string(readFile(t, p)), "1931", "1932", 1))
			if err := os.Chtimes(p, info.ModTime(), info.ModTime()); err != nil {
				t.Fatal(err)
			}
		}, "read", "The orchard was planted in 1931"}, // what the key cannot see, as make and rsync
		{"a file edited", func(t *testing.T, dir, _ string, _ *snapshotStore) {
			p := filepath.Join(dir, "orchard.md")
			writeFile(t, p, strings.Replace(string(readFile(t, p)), "1931", "1932", 1))
			later := time.Now().Add(time.Minute)
			if err := os.Chtimes(p, later, later); err != nil {
				t.Fatal(err)
			}
		}, "out of date", "The orchard was planted in 1932"},
		{"a file added", func(t *testing.T, dir, _ string, _ *snapshotStore) {
			writeFile(t, filepath.Join(dir, "orchard-history.txt"), "The orchard was planted again in 1950 by the town council after the storm.\n")
		}, "out of date", ""},
		{"a file removed", func(t *testing.T, dir, _ string, _ *snapshotStore) {
			if err := os.Remove(filepath.Join(dir, "orchard.md")); err != nil {
				t.Fatal(err)
			}
		}, "out of date", ""},
		{"another binary", func(_ *testing.T, _, _ string, store *snapshotStore) {
			store.engine = "qabot v9 built elsewhere"
		}, "out of date", "The orchard was planted in 1931"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := snapshotCorpus(t)
			store := &snapshotStore{dir: filepath.Join(t.TempDir(), "cache"), engine: "test binary"}
			first := loadWith(t, dir, store)
			if first.snapshot != "saved" {
				t.Fatalf("first load: got snapshot %q, want saved", first.snapshot)
			}
			snap := store.file(dir)
			tt.change(t, dir, snap, store)
			next := loadWith(t, dir, store)
			if got := next.snapshot + " " + next.unusable; !strings.Contains(got, tt.want) {
				t.Errorf("next load: got snapshot %q, want %q", got, tt.want)
			}
			if tt.answer != "" && !strings.HasPrefix(answerOf(t, next.ix, q), tt.answer) {
				t.Errorf("next load: got answer %q, want %q", answerOf(t, next.ix, q), tt.answer)
			}
			if len(next.skipped) != 1 || next.skipped[0].Path != "empty.txt" || next.skipped[0].Err.Error() != corpus.ErrNoText.Error() {
				t.Errorf("next load: got skipped %v, want empty.txt: %v", next.skipped, corpus.ErrNoText)
			}
			if tt.want == "read" {
				return
			}
			// Rebuilt, the snapshot is saved again and read next time.
			if next.snapshot != "saved" {
				t.Fatalf("a snapshot that cannot be trusted: got %q, want it rebuilt and saved", next.snapshot)
			}
			if again := loadWith(t, dir, store); again.snapshot != "read" {
				t.Errorf("load after the rebuild: got snapshot %q, want read", again.snapshot)
			}
		})
	}
}

// TestSnapshotSameAnswersAsBuild checks that an index read from a
// snapshot answers as the one built from the files.
func TestSnapshotSameAnswersAsBuild(t *testing.T) {
	dir := snapshotCorpus(t)
	store := &snapshotStore{dir: t.TempDir(), engine: "test binary"}
	built := loadWith(t, dir, store)
	read := loadWith(t, dir, store)
	if read.snapshot != "read" {
		t.Fatalf("got snapshot %q, want read", read.snapshot)
	}
	for _, q := range []string{"who planted the orchard", "when was the lighthouse built", "what fruit grew there", "zzqx"} {
		want, _ := built.ix.Ask(context.Background(), q)
		got, _ := read.ix.Ask(context.Background(), q)
		if got.Sentence != want.Sentence || got.Found != want.Found || got.Score != want.Score {
			t.Errorf("%q: got %+v from the snapshot, want %+v as built", q, got, want)
		}
	}
}

// TestSnapshotNotSaved checks that a snapshot folder that cannot be made
// leaves the load working, with the reason, and that no store keeps none.
func TestSnapshotNotSaved(t *testing.T) {
	dir := snapshotCorpus(t)
	blocked := filepath.Join(t.TempDir(), "file")
	writeFile(t, blocked, "not a folder")
	res := loadWith(t, dir, &snapshotStore{dir: filepath.Join(blocked, "cache"), engine: "test binary"})
	if res.ix == nil || res.saveErr == nil || !strings.Contains(res.snapshot, "save index snapshot") {
		t.Errorf("got index %v, snapshot %q, save error %v; want an index and the reason it was not saved", res.ix != nil, res.snapshot, res.saveErr)
	}
	if res := loadWith(t, dir, nil); res.snapshot != "off" || res.saveErr != nil {
		t.Errorf("without a store: got snapshot %q, error %v; want off", res.snapshot, res.saveErr)
	}
}

// TestReloadReadsOnlyChangedFiles checks that a loader's next load reads
// only the files that changed (and the unreadable empty.txt, which has no
// document to keep), keeps the documents of the others, and keeps the last
// good version of a file that broke (without saving that index as the
// snapshot).
func TestReloadReadsOnlyChangedFiles(t *testing.T) {
	dir := snapshotCorpus(t)
	for _, n := range []string{"a", "b", "c", "d"} {
		writeFile(t, filepath.Join(dir, n+".txt"), "Document "+n+" says the harbour opened in the spring of 1880.\n")
	}
	store := &snapshotStore{dir: t.TempDir(), engine: "test binary"}
	l := &indexLoader{dir: dir, store: store}
	first, err := l.load()
	if err != nil {
		t.Fatal(err)
	}
	if first.reread != 7 {
		t.Errorf("first load: read %d files, want 7", first.reread)
	}
	later := time.Now().Add(time.Minute)
	touch := func(name, text string) {
		p := filepath.Join(dir, name)
		writeFile(t, p, text)
		if err := os.Chtimes(p, later, later); err != nil {
			t.Fatal(err)
		}
		later = later.Add(time.Second)
	}
	touch("orchard.md", "# The orchard\n\nThe orchard was planted in 1931 by the Baker family.\n")
	second, err := l.load()
	if err != nil {
		t.Fatal(err)
	}
	if second.reread != 2 || second.snapshot != "saved" {
		t.Errorf("after one edit: read %d files, snapshot %q; want 2 and saved", second.reread, second.snapshot)
	}
	if got := answerOf(t, second.ix, "who planted the orchard"); !strings.Contains(got, "Baker") {
		t.Errorf("after the edit: got %q, want the new text", got)
	}
	before := readFile(t, store.file(dir))
	touch("orchard.md", "")
	third, err := l.load()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(third.kept, " ") != "orchard.md" || third.snapshot == "saved" {
		t.Errorf("a file broken: kept %v, snapshot %q; want orchard.md kept and no snapshot saved", third.kept, third.snapshot)
	}
	if got := answerOf(t, third.ix, "who planted the orchard"); !strings.Contains(got, "Baker") {
		t.Errorf("a file broken: got %q, want its last good version's answer", got)
	}
	if !bytes.Equal(readFile(t, store.file(dir)), before) {
		t.Error("the snapshot was rewritten with a last good version in it")
	}
	// Still broken: read again (not reused), still kept.
	fourth, err := l.load()
	if err != nil {
		t.Fatal(err)
	}
	if fourth.reread != 2 || strings.Join(fourth.kept, " ") != "orchard.md" {
		t.Errorf("still broken: read %d files, kept %v; want orchard.md (and empty.txt) read and kept again", fourth.reread, fourth.kept)
	}
	if err := os.Remove(filepath.Join(dir, "orchard.md")); err != nil {
		t.Fatal(err)
	}
	fifth, err := l.load()
	if err != nil {
		t.Fatal(err)
	}
	if fifth.reread != 1 || len(fifth.kept) != 0 || fifth.ix.Stats().Documents != 5 {
		t.Errorf("a file removed: read %d, kept %v, %d documents; want 1 (empty.txt), none, 5", fifth.reread, fifth.kept, fifth.ix.Stats().Documents)
	}
}

// TestAskUsesSnapshots runs qabot ask twice on a folder: the first run
// saves a snapshot in the user's cache folder, the second answers the
// same from it; --no-snapshot and QABOT_CORPUS_SNAPSHOT=false keep none,
// --snapshot-dir and QABOT_CORPUS_SNAPSHOT_DIR move it.
func TestAskUsesSnapshots(t *testing.T) {
	dir := snapshotCorpus(t)
	tests := []struct {
		name  string
		env   map[string]string
		flags []string
		// where is the snapshot folder below the test's folder, or "".
		where string
	}{
		{"default", nil, nil, "cache/qabot"},
		{"--snapshot-dir", nil, []string{"--snapshot-dir", "{tmp}/snaps"}, "snaps"},
		{"QABOT_CORPUS_SNAPSHOT_DIR", map[string]string{"QABOT_CORPUS_SNAPSHOT_DIR": "{tmp}/env-snaps"}, nil, "env-snaps"},
		{"--no-snapshot", nil, []string{"--no-snapshot"}, ""},
		{"QABOT_CORPUS_SNAPSHOT=false", map[string]string{"QABOT_CORPUS_SNAPSHOT": "false"}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tmp := t.TempDir()
			env := map[string]string{"XDG_CACHE_HOME": filepath.Join(tmp, "cache")}
			for k, v := range tt.env {
				env[k] = strings.ReplaceAll(v, "{tmp}", tmp)
			}
			args := []string{"ask", "--corpus", dir, "--json"}
			for _, f := range tt.flags {
				args = append(args, strings.ReplaceAll(f, "{tmp}", tmp))
			}
			args = append(args, "who planted the orchard")
			run := func() result {
				return runEnv(t, mapEnvStdin(env), args...)
			}
			first := run()
			snaps, _ := filepath.Glob(filepath.Join(tmp, "*", "*.qabot"))
			deeper, _ := filepath.Glob(filepath.Join(tmp, "*", "*", "*.qabot"))
			snaps = append(snaps, deeper...)
			switch {
			case tt.where == "" && len(snaps) > 0:
				t.Errorf("got snapshots %v, want none", snaps)
			case tt.where != "" && (len(snaps) != 1 || filepath.Dir(snaps[0]) != filepath.Join(tmp, tt.where)):
				t.Errorf("got snapshots %v, want one in %s", snaps, filepath.Join(tmp, tt.where))
			}
			second := run()
			if first.code != exitOK || second.stdout != first.stdout || second.stderr != first.stderr {
				t.Errorf("second run: got %d %q %q, want the first's %d %q %q", second.code, second.stdout, second.stderr, first.code, first.stdout, first.stderr)
			}
			if !strings.Contains(second.stderr, "skipped "+filepath.Join(dir, "empty.txt")) {
				t.Errorf("second run: stderr %q, want the skipped file reported again", second.stderr)
			}
		})
	}
}

// mapEnvStdin is an env over the variables m, with empty input.
func mapEnvStdin(m map[string]string) env {
	return env{stdin: strings.NewReader(""), getenv: mapEnv(m)}
}

// TestAskSnapshotFlagErrors checks the user's mistakes with snapshots.
func TestAskSnapshotFlagErrors(t *testing.T) {
	dir := snapshotCorpus(t)
	file := filepath.Join(t.TempDir(), "a-file")
	writeFile(t, file, "x")
	r := runEnv(t, mapEnvStdin(nil), "ask", "--corpus", dir, "--snapshot-dir", file, "orchard")
	if r.code != exitUsage || !strings.Contains(r.stderr, "is a file") {
		t.Errorf("--snapshot-dir FILE: got %d %q, want 2 and that it is a file", r.code, r.stderr)
	}
	r = runEnv(t, mapEnvStdin(map[string]string{"QABOT_CORPUS_SNAPSHOT": "maybe"}), "ask", "--corpus", dir, "orchard")
	if r.code != exitUsage || !strings.Contains(r.stderr, "QABOT_CORPUS_SNAPSHOT") {
		t.Errorf("QABOT_CORPUS_SNAPSHOT=maybe: got %d %q, want 2 naming the variable", r.code, r.stderr)
	}
}

// TestSnapshotDir checks where snapshots go by default.
func TestSnapshotDir(t *testing.T) {
	tests := []struct {
		configured string
		env        map[string]string
		want       string
	}{
		{"/srv/snaps", map[string]string{"HOME": "/home/ann"}, "/srv/snaps"},
		{"", map[string]string{"XDG_CACHE_HOME": "/var/cache/ann", "HOME": "/home/ann"}, "/var/cache/ann/qabot"},
		{"", map[string]string{"XDG_CACHE_HOME": "relative", "HOME": "/home/ann"}, "/home/ann/.cache/qabot"},
		{"", map[string]string{"HOME": "/home/ann"}, "/home/ann/.cache/qabot"},
		{"", nil, ""},
	}
	for _, tt := range tests {
		if got := snapshotDir(tt.configured, mapEnv(tt.env)); got != filepath.FromSlash(tt.want) {
			t.Errorf("snapshotDir(%q, %v): got %q, want %q", tt.configured, tt.env, got, tt.want)
		}
	}
	if got := snapshotDir("", nil); got != "" {
		t.Errorf("snapshotDir with no environment: got %q, want none", got)
	}
}

// TestSnapshotFileNames checks that two folders of one name get snapshot
// files of their own.
func TestSnapshotFileNames(t *testing.T) {
	s := snapshotStore{dir: "/c"}
	a, b := s.file("/x/docs"), s.file("/y/docs")
	if a == b || !strings.HasPrefix(filepath.Base(a), "index-docs-") || filepath.Dir(a) != "/c" {
		t.Errorf("got %s and %s, want two files named after docs in /c", a, b)
	}
}

func readFile(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestServeStartsFromSnapshot starts serve twice on one folder: the first
// builds the index and saves its snapshot, the second starts from it and
// answers the same; a reload after an edit saves it again.
func TestServeStartsFromSnapshot(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "lighthouse.txt"), lighthouseDoc)
	snaps := t.TempDir()
	cfg := fmt.Sprintf("%s\ncorpus:\n  dir: %s\n  watch: false\n  snapshot_dir: %s\n", serveBaseConfig, dir, snaps)
	const q = "Who built the Orvana lighthouse?"

	first := startServe(t, cfg, mapEnv(nil))
	if line := first.log.waitFor(t, `"msg":"corpus loaded"`); !strings.Contains(line, `"snapshot":"saved"`) || !strings.Contains(line, `"files_read":1`) {
		t.Errorf("first start: got %s, want the index built from 1 file and saved", line)
	}
	_, want := first.ask(t, q)
	first.stop()
	first.done <- <-first.done // stopped; kept for the cleanup

	second := startServe(t, cfg, mapEnv(nil))
	if line := second.log.waitFor(t, `"msg":"corpus loaded"`); !strings.Contains(line, `"snapshot":"read"`) || !strings.Contains(line, `"files_read":0`) {
		t.Errorf("second start: got %s, want the index read from the snapshot", line)
	}
	if _, got := second.ask(t, q); got.Sentence != want.Sentence || !got.Answered {
		t.Errorf("second start: got %+v, want %+v", got, want)
	}
	second.stop()
	second.done <- <-second.done
	entries, _ := os.ReadDir(snaps)
	if len(entries) != 1 {
		t.Errorf("snapshot folder: got %d files, want 1", len(entries))
	}
}

// TestConfigCheckShowsSnapshotSettings checks that config check shows
// where snapshots go and what set it: a variable or a flag.
func TestConfigCheckShowsSnapshotSettings(t *testing.T) {
	code, out, errOut := runCmd(t, mapEnv(map[string]string{"QABOT_CORPUS_SNAPSHOT_DIR": "/var/cache/qabot-snaps"}), "config", "check", "--no-snapshot")
	if code != exitOK {
		t.Fatalf("config check: got %d, %s", code, errOut)
	}
	for _, want := range []string{"snapshot: false # --no-snapshot", "snapshot_dir: /var/cache/qabot-snaps # QABOT_CORPUS_SNAPSHOT_DIR"} {
		if !strings.Contains(out, want) {
			t.Errorf("config check: got\n%s\nwant it to hold %q", out, want)
		}
	}
	code, out, _ = runCmd(t, mapEnv(nil), "config", "check", "--snapshot-dir", "/srv/snaps")
	if code != exitOK || !strings.Contains(out, "snapshot_dir: /srv/snaps # --snapshot-dir") || !strings.Contains(out, "snapshot: true # default") {
		t.Errorf("config check --snapshot-dir: got %d\n%s", code, out)
	}
}
