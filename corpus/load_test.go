package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// failFS is an fs.FS that fails to open the paths in fail, with their
// error, and otherwise serves files.
type failFS struct {
	files fstest.MapFS
	fail  map[string]error
}

func (f failFS) Open(name string) (fs.File, error) {
	if err, ok := f.fail[name]; ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return f.files.Open(name)
}

// bigFS serves one file whose Stat reports a size above MaxFileSize and
// whose Read fails: the loader must not read it.
type bigFS struct{}

func (bigFS) Open(name string) (fs.File, error) {
	switch name {
	case ".":
		return fstest.MapFS{"huge.txt": {Data: []byte("x")}}.Open(".")
	case "huge.txt":
		return bigFile{}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

type bigFile struct{}

func (bigFile) Stat() (fs.FileInfo, error) { return bigInfo{}, nil }
func (bigFile) Read([]byte) (int, error)   { return 0, errors.New("read of a huge file") }
func (bigFile) Close() error               { return nil }

type bigInfo struct{}

func (bigInfo) Name() string       { return "huge.txt" }
func (bigInfo) Size() int64        { return MaxFileSize + 1 }
func (bigInfo) Mode() fs.FileMode  { return 0o444 }
func (bigInfo) ModTime() time.Time { return time.Time{} }
func (bigInfo) IsDir() bool        { return false }
func (bigInfo) Sys() any           { return nil }

const sentence = "Officials met in Madrid on Sunday to discuss trade.\n"

// TestLoadFSSkips checks that bad files are reported with their reason and
// the rest still load.
func TestLoadFSSkips(t *testing.T) {
	files := fstest.MapFS{
		"a.txt":             {Data: []byte(sentence)},
		"sub/b.md":          {Data: []byte("# B\n\n" + sentence)},
		"sub/deeper/c.html": {Data: []byte("<p>" + sentence + "</p>")},
		"latin1.txt":        {Data: []byte("The caf\xe9 opened on Sunday in Madrid.\n")},
		"binary.txt":        {Data: []byte("\x89PNG\r\n\x1a\n\x00\x00")},
		"broken.md":         {Data: []byte("---\ntitle: [x\n---\n" + sentence)},
		"empty.txt":         {Data: nil},
		"secret.txt":        {Data: []byte(sentence)},
		"fifo.txt":          {Mode: fs.ModeNamedPipe},
		"photo.jpg":         {Data: []byte("\xff\xd8\xff")},
		".git/HEAD.txt":     {Data: []byte(sentence)},
		"._a.txt":           {Data: []byte("\x00\x05\x16\x07")},
		"locked/d.txt":      {Data: []byte(sentence)},
	}
	fsys := failFS{files: files, fail: map[string]error{
		"secret.txt": fs.ErrPermission,
		"locked":     fs.ErrPermission,
	}}
	docs, skipped, err := LoadFS(fsys)
	if err != nil {
		t.Fatalf("LoadFS: got error %v, want none", err)
	}
	if got, want := docPaths(docs), "a.txt broken.md latin1.txt sub/b.md sub/deeper/c.html"; got != want {
		t.Errorf("documents: got %s, want %s", got, want)
	}
	wantSkipped := map[string]error{
		"binary.txt": ErrBinary,
		"empty.txt":  ErrNoText,
		"secret.txt": fs.ErrPermission,
		"fifo.txt":   nil,
		"locked":     fs.ErrPermission,
	}
	if len(skipped) != len(wantSkipped) {
		t.Errorf("skipped: got %v, want %d files", skipped, len(wantSkipped))
	}
	for _, s := range skipped {
		want, ok := wantSkipped[s.Path]
		switch {
		case !ok:
			t.Errorf("skipped %s: got skipped (%v), want loaded or ignored", s.Path, s.Err)
		case want != nil && !errors.Is(s, want):
			t.Errorf("skipped %s: got reason %v, want %v", s.Path, s.Err, want)
		case !strings.HasPrefix(s.Error(), s.Path+": "):
			t.Errorf("skipped %s: got message %q, want it to start with the path", s.Path, s.Error())
		}
	}
}

// TestLoadFSTooLarge checks that a huge file is skipped without reading it.
func TestLoadFSTooLarge(t *testing.T) {
	_, skipped, err := LoadFS(bigFS{})
	if !errors.Is(err, ErrEmpty) {
		t.Errorf("error: got %v, want %v", err, ErrEmpty)
	}
	if len(skipped) != 1 || !errors.Is(skipped[0], ErrTooLarge) {
		t.Errorf("skipped: got %v, want huge.txt with %v", skipped, ErrTooLarge)
	}
}

// TestLoadFolders checks the folder errors and the handling of symbolic
// links and unreadable files on a real file system.
func TestLoadFolders(t *testing.T) {
	t.Run("missing folder", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "nope")
		_, _, err := Load(dir)
		if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), dir) {
			t.Errorf("got %v, want a not-exist error naming %s", err, dir)
		}
	})
	t.Run("file given as folder", func(t *testing.T) {
		f := filepath.Join(t.TempDir(), "a.txt")
		writeFile(t, f, sentence)
		if _, _, err := Load(f); !errors.Is(err, ErrNotFolder) {
			t.Errorf("got %v, want %v", err, ErrNotFolder)
		}
	})
	t.Run("empty folder", func(t *testing.T) {
		dir := t.TempDir()
		_, _, err := Load(dir)
		if !errors.Is(err, ErrEmpty) || !strings.Contains(err.Error(), dir) {
			t.Errorf("got %v, want %v naming %s", err, ErrEmpty, dir)
		}
	})
	t.Run("folder without documents", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "photo.jpg"), "\xff\xd8")
		writeFile(t, filepath.Join(dir, ".hidden.txt"), sentence)
		if _, _, err := Load(dir); !errors.Is(err, ErrEmpty) {
			t.Errorf("got %v, want %v", err, ErrEmpty)
		}
	})
	t.Run("links and permissions", func(t *testing.T) {
		dir, outside := t.TempDir(), t.TempDir()
		writeFile(t, filepath.Join(dir, "a.txt"), sentence)
		writeFile(t, filepath.Join(dir, "sub", "b.txt"), sentence)
		writeFile(t, filepath.Join(outside, "secret.txt"), sentence)
		writeFile(t, filepath.Join(dir, "locked.txt"), sentence)
		symlink(t, "a.txt", filepath.Join(dir, "inside.txt"))
		symlink(t, filepath.Join(outside, "secret.txt"), filepath.Join(dir, "escape.txt"))
		symlink(t, dir, filepath.Join(dir, "sub", "loop"))
		if err := os.Chmod(filepath.Join(dir, "locked.txt"), 0); err != nil {
			t.Fatal(err)
		}
		// Running as root, chmod does not stop reading.
		_, readErr := os.ReadFile(filepath.Join(dir, "locked.txt"))

		docs, skipped, err := Load(dir)
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		want := "a.txt inside.txt sub/b.txt"
		if readErr == nil {
			want = "a.txt inside.txt locked.txt sub/b.txt"
		}
		if got := docPaths(docs); got != want {
			t.Errorf("documents: got %s, want %s", got, want)
		}
		reasons := map[string]string{}
		for _, s := range skipped {
			reasons[s.Path] = s.Err.Error()
		}
		if r := reasons["escape.txt"]; !strings.Contains(r, "symbolic link not followed") {
			t.Errorf("escape.txt: got reason %q, want a link leading outside the folder to be skipped", r)
		}
		if r := reasons["sub/loop"]; r != "" {
			t.Errorf("sub/loop: got reason %q, want a linked folder without extension ignored", r)
		}
		if readErr != nil && !strings.Contains(reasons["locked.txt"], "permission denied") {
			t.Errorf("locked.txt: got reason %q, want permission denied", reasons["locked.txt"])
		}
	})
}

// docPaths returns the paths of docs, in order, separated by spaces.
func docPaths(docs []Document) string {
	paths := make([]string, len(docs))
	for i, d := range docs {
		paths[i] = d.Path
	}
	return strings.Join(paths, " ")
}

func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, name string) {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Skipf("symbolic links unavailable: %v", err)
	}
}

// TestReadAll checks that readAll reads a file whole whatever size it was
// given: the size it had when checked, less (the file grew since), more
// (it shrank), or none.
func TestReadAll(t *testing.T) {
	text := strings.Repeat("The quick brown fox. ", 500)
	for _, size := range []int64{int64(len(text)), 0, 10, int64(len(text)) + 100} {
		got, err := readAll(strings.NewReader(text), size)
		if err != nil || string(got) != text {
			t.Errorf("readAll with size %d: got %d bytes, %v; want %d bytes, nil", size, len(got), err, len(text))
		}
	}
}
