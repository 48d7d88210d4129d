package corpus

import (
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Listing and reading a corpus folder in two steps. Scan lists the files
// Load would read, with their sizes and modification times, without
// reading them: enough to tell whether anything changed since an index
// was built (a snapshot's key). ReadFiles then reads and parses the files
// several at a time, and may reuse the documents of files that did not
// change (a reload).

// File is a document file found in a corpus folder, with what its listing
// says of it.
type File struct {
	// Path is relative to the folder, with forward slashes.
	Path    string
	Size    int64
	ModTime time.Time
	Mode    fs.FileMode
}

// Same reports whether f and o are the same file unchanged, as far as
// their listings tell: same path, size, modification time and mode.
func (f File) Same(o File) bool {
	return f.Path == o.Path && f.Size == o.Size && f.ModTime.Equal(o.ModTime) && f.Mode == o.Mode
}

// Listing is what Scan found below a folder.
type Listing struct {
	// Files are the document files to read, sorted by path.
	Files []File
	// Skipped are the files and folders that cannot be read, each with
	// its reason (too large, not a regular file, no permission), sorted
	// by path.
	Skipped []*FileError
}

// Scan lists the document files below the folder dir that Load reads,
// without reading them. Its folder errors are Load's.
func Scan(dir string) (Listing, error) {
	root, err := openFolder(dir)
	if err != nil {
		return Listing{}, err
	}
	defer root.Close()
	l, err := ScanFS(root.FS())
	if err != nil {
		return l, fmt.Errorf("corpus folder %q: %w", dir, err)
	}
	return l, nil
}

// ReadOptions tune ReadFiles and ReadFS.
type ReadOptions struct {
	// Reuse, when set, is asked first for each file: it returns the
	// document already parsed from a file with the same path, size,
	// modification time and mode (see File.Same), so that an unchanged
	// file is not read again.
	Reuse func(File) (Document, bool)
	// Progress, when set, is called once each file is read, parsed or
	// reused, from several goroutines at once: it must be safe for
	// concurrent use.
	Progress func(File)
	// Workers is how many files are read at once; 0 means one per core.
	Workers int
}

// ReadFiles reads and parses files, listed by Scan below the folder dir,
// several at a time. The documents come back in the order of files; a
// file that cannot be read or parsed now (it changed, or is broken) is
// returned in skipped, in order too. Its folder errors are Load's.
func ReadFiles(dir string, files []File, opt ReadOptions) ([]Document, []*FileError, error) {
	root, err := openFolder(dir)
	if err != nil {
		return nil, nil, err
	}
	defer root.Close()
	docs, skipped := ReadFS(root.FS(), files, opt)
	return docs, skipped, nil
}

// openFolder opens dir as an os.Root, with Load's errors for a missing
// folder or a file.
func openFolder(dir string) (*os.Root, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus folder %q: %w", dir, unwrapPath(err))
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("corpus folder %q: %w", dir, ErrNotFolder)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus folder %q: %w", dir, err)
	}
	return root, nil
}

// ScanFS is Scan on a file system. Names starting with "." (such as .git
// or macOS "._" files) are ignored, as are files of other types and
// folders reached through a link. A file larger than MaxFileSize, or not
// a regular file, is skipped; so is a folder that cannot be listed. The
// error is that of the walk's root only.
func ScanFS(fsys fs.FS) (Listing, error) {
	var l Listing
	walkErr := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			l.Skipped = append(l.Skipped, &FileError{Path: p, Err: unwrapPath(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isDocument(p) {
			return nil
		}
		f, err := statFile(fsys, p, d)
		if err != nil {
			l.Skipped = append(l.Skipped, &FileError{Path: p, Err: err})
			return nil
		}
		l.Files = append(l.Files, f)
		return nil
	})
	if walkErr != nil {
		return Listing{Skipped: l.Skipped}, walkErr
	}
	slices.SortFunc(l.Files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	sortSkipped(l.Skipped)
	return l, nil
}

// statFile describes the document file p, following a link to a file
// inside the root, and refuses what loadFile would refuse without reading
// it: a link that leads outside or to a folder, anything but a regular
// file, a file larger than MaxFileSize.
func statFile(fsys fs.FS, p string, d fs.DirEntry) (File, error) {
	info, err := fs.Stat(fsys, p)
	if err != nil {
		if d.Type()&fs.ModeSymlink != 0 {
			return File{}, fmt.Errorf("symbolic link not followed: %w", unwrapPath(err))
		}
		return File{}, unwrapPath(err)
	}
	if err := checkFile(info); err != nil {
		return File{}, err
	}
	return File{Path: p, Size: info.Size(), ModTime: info.ModTime(), Mode: info.Mode()}, nil
}

// ReadFS is ReadFiles on a file system.
func ReadFS(fsys fs.FS, files []File, opt ReadOptions) ([]Document, []*FileError) {
	type result struct {
		doc Document
		err error
	}
	results := make([]result, len(files))
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, len(files))) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(files); i = int(next.Add(1) - 1) {
				f := files[i]
				if opt.Reuse != nil {
					if doc, ok := opt.Reuse(f); ok {
						results[i].doc = doc
						report(opt.Progress, f)
						continue
					}
				}
				results[i].doc, results[i].err = loadFile(fsys, f.Path)
				report(opt.Progress, f)
			}
		})
	}
	wg.Wait()
	docs := make([]Document, 0, len(files))
	var skipped []*FileError
	for i, r := range results {
		if r.err != nil {
			skipped = append(skipped, &FileError{Path: files[i].Path, Err: r.err})
			continue
		}
		docs = append(docs, r.doc)
	}
	return docs, skipped
}

// report calls progress with f when it is set.
func report(progress func(File), f File) {
	if progress != nil {
		progress(f)
	}
}

// sortSkipped sorts skipped files by path.
func sortSkipped(s []*FileError) {
	slices.SortStableFunc(s, func(a, b *FileError) int { return strings.Compare(a.Path, b.Path) })
}

// mergeSkipped returns the files skipped by a listing and by reading it,
// in path order.
func mergeSkipped(listed, read []*FileError) []*FileError {
	out := append(slices.Clip(listed), read...)
	sortSkipped(out)
	return out
}
