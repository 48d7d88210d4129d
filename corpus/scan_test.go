package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestScanListsWhatLoadReads checks that Scan lists the files Load reads,
// with their sizes and times, and skips what Load skips unread.
func TestScanListsWhatLoadReads(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), sentence)
	writeFile(t, filepath.Join(dir, "sub", "b.md"), "# B\n\n"+sentence)
	writeFile(t, filepath.Join(dir, "empty.txt"), "")
	writeFile(t, filepath.Join(dir, "photo.jpg"), "\xff\xd8")
	writeFile(t, filepath.Join(dir, ".hidden.txt"), sentence)
	huge, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: above the limit without writing 20 MB.
	if err := huge.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	huge.Close()

	l, err := Scan(dir)
	if err != nil {
		t.Fatalf("Scan: %v", err)
	}
	var paths []string
	for _, f := range l.Files {
		paths = append(paths, f.Path)
		info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if err != nil {
			t.Fatal(err)
		}
		if f.Size != info.Size() || !f.ModTime.Equal(info.ModTime()) || f.Mode != info.Mode() {
			t.Errorf("%s: got size %d, time %v, mode %v; want %d, %v, %v", f.Path, f.Size, f.ModTime, f.Mode, info.Size(), info.ModTime(), info.Mode())
		}
	}
	if got, want := fmt.Sprint(paths), "[a.txt empty.txt sub/b.md]"; got != want {
		t.Errorf("files: got %s, want %s", got, want)
	}
	if len(l.Skipped) != 1 || l.Skipped[0].Path != "huge.txt" || !errors.Is(l.Skipped[0], ErrTooLarge) {
		t.Errorf("skipped: got %v, want huge.txt, too large", l.Skipped)
	}
	docs, skipped, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := docPaths(docs), "a.txt sub/b.md"; got != want {
		t.Errorf("Load: got %s, want %s", got, want)
	}
	if got := fmt.Sprint(skipped); got != "[empty.txt: no text huge.txt: file larger than 20 MB]" {
		t.Errorf("Load skipped: got %s, want the empty file and the huge one, in path order", got)
	}
	for _, bad := range []string{filepath.Join(dir, "nope"), filepath.Join(dir, "a.txt")} {
		if _, err := Scan(bad); err == nil {
			t.Errorf("Scan(%s): got no error, want Load's", bad)
		}
	}
}

// TestReadFilesInOrder checks that files read several at a time come back
// in listing order, the same as read one at a time, and that each is
// reported to Progress once.
func TestReadFilesInOrder(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		body := fmt.Sprintf("Document %d says the meeting is on day %d.\n", i, i)
		if i%7 == 3 {
			body = "" // no text: skipped
		}
		writeFile(t, filepath.Join(dir, fmt.Sprintf("d%02d.txt", i)), body)
	}
	l, err := Scan(dir)
	if err != nil {
		t.Fatal(err)
	}
	one, skipOne, err := ReadFiles(dir, l.Files, ReadOptions{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	var reported sync.Map
	var calls atomic.Int32
	many, skipMany, err := ReadFiles(dir, l.Files, ReadOptions{Workers: 8, Progress: func(f File) {
		calls.Add(1)
		reported.Store(f.Path, true)
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(many, one) || fmt.Sprint(skipMany) != fmt.Sprint(skipOne) {
		t.Errorf("read on 8 goroutines: got %d documents and %v, want the %d and %v read on one", len(many), skipMany, len(one), skipOne)
	}
	if len(one) != 34 || len(skipOne) != 6 {
		t.Errorf("got %d documents and %d skipped, want 34 and 6", len(one), len(skipOne))
	}
	for i := 1; i < len(many); i++ {
		if many[i-1].Path >= many[i].Path {
			t.Errorf("documents out of order: %s before %s", many[i-1].Path, many[i].Path)
		}
	}
	if calls.Load() != int32(len(l.Files)) {
		t.Errorf("Progress: got %d calls, want %d", calls.Load(), len(l.Files))
	}
}

// TestReadFilesReusesUnchanged checks that a second read reparses only the
// files whose listing changed, keeps the documents of the others, and
// notices a file removed since the listing.
func TestReadFilesReusesUnchanged(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt", "d.txt"} {
		writeFile(t, filepath.Join(dir, n), "The file "+n+" was written first.\n")
	}
	l1, err := Scan(dir)
	if err != nil {
		t.Fatal(err)
	}
	docs1, _, err := ReadFiles(dir, l1.Files, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// b.txt changes (content and time), c.txt is touched only, d.txt is
	// removed after the listing.
	writeFile(t, filepath.Join(dir, "b.txt"), "The file b.txt was written again, longer.\n")
	later := time.Now().Add(time.Hour)
	for _, n := range []string{"b.txt", "c.txt"} {
		if err := os.Chtimes(filepath.Join(dir, n), later, later); err != nil {
			t.Fatal(err)
		}
	}
	l2, err := Scan(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "d.txt")); err != nil {
		t.Fatal(err)
	}
	old := map[string]File{}
	for _, f := range l1.Files {
		old[f.Path] = f
	}
	var mu sync.Mutex
	var reused []string
	docs2, skipped, err := ReadFiles(dir, l2.Files, ReadOptions{Reuse: func(f File) (Document, bool) {
		if !f.Same(old[f.Path]) {
			return Document{}, false
		}
		mu.Lock()
		defer mu.Unlock()
		reused = append(reused, f.Path)
		for _, d := range docs1 {
			if d.Path == f.Path {
				return d, true
			}
		}
		return Document{}, false
	}})
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(slices.Sorted(slices.Values(reused))); got != "[a.txt d.txt]" {
		t.Errorf("reused: got %s, want [a.txt d.txt] (unchanged since the first listing)", got)
	}
	if got, want := docPaths(docs2), "a.txt b.txt c.txt d.txt"; got != want {
		t.Errorf("documents: got %s, want %s", got, want)
	}
	if docs2[1].Body != "The file b.txt was written again, longer." {
		t.Errorf("b.txt: got %q, want its new text", docs2[1].Body)
	}
	if len(skipped) != 0 {
		t.Errorf("skipped: got %v, want none", skipped)
	}
	// Without reuse, the removed file is skipped as missing.
	_, skipped, err = ReadFiles(dir, l2.Files, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(skipped) != 1 || skipped[0].Path != "d.txt" || !errors.Is(skipped[0], fs.ErrNotExist) {
		t.Errorf("skipped: got %v, want d.txt, not found", skipped)
	}
}

// TestFileSame checks what makes two listings of a file the same.
func TestFileSame(t *testing.T) {
	at := time.Date(2025, 9, 14, 10, 0, 0, 0, time.UTC)
	f := File{Path: "a.md", Size: 10, ModTime: at, Mode: 0o644}
	tests := []struct {
		name string
		o    File
		want bool
	}{
		{"identical", f, true},
		{"same time in another zone", File{Path: "a.md", Size: 10, ModTime: at.In(time.FixedZone("x", 3600)), Mode: 0o644}, true},
		{"other path", File{Path: "b.md", Size: 10, ModTime: at, Mode: 0o644}, false},
		{"other size", File{Path: "a.md", Size: 11, ModTime: at, Mode: 0o644}, false},
		{"other time", File{Path: "a.md", Size: 10, ModTime: at.Add(time.Nanosecond), Mode: 0o644}, false},
		{"other mode", File{Path: "a.md", Size: 10, ModTime: at, Mode: 0o600}, false},
	}
	for _, tt := range tests {
		if got := f.Same(tt.o); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}
