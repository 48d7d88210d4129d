package corpus

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
)

// Load reads every .txt, .md, .html, .pdf and .docx file below the folder
// dir. Files
// that cannot be read or parsed are returned as skipped, each with its
// reason, and the rest still load.
//
// A missing folder is an error naming it (errors.Is(err, fs.ErrNotExist)
// holds); so is a file given as the folder (ErrNotFolder) and a folder
// holding no document (ErrEmpty). The folder is opened as an os.Root:
// symbolic links to files inside it are followed, links that lead outside it
// are skipped with a reason, and linked folders are not entered (so a link
// cycle cannot trap the walk).
func Load(dir string) ([]Document, []*FileError, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("corpus folder %q: %w", dir, unwrapPath(err))
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("corpus folder %q: %w", dir, ErrNotFolder)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("corpus folder %q: %w", dir, err)
	}
	defer root.Close()
	docs, skipped, err := LoadFS(root.FS())
	if err != nil {
		return docs, skipped, fmt.Errorf("corpus folder %q: %w", dir, err)
	}
	return docs, skipped, nil
}

// LoadFS reads every .txt, .md, .html, .pdf and .docx file of fsys (also
// .markdown, .htm and .xhtml), sorted by path. Names starting with "." (such as .git or
// macOS "._" files) are ignored, as are files of other types. Files larger
// than MaxFileSize are skipped unread. A file that fails to read or parse is
// returned in skipped and the walk goes on; with no document at all the
// error is ErrEmpty.
func LoadFS(fsys fs.FS) ([]Document, []*FileError, error) {
	var (
		docs    []Document
		skipped []*FileError
	)
	walkErr := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			skipped = append(skipped, &FileError{Path: p, Err: err})
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
		doc, err := loadFile(fsys, p, d)
		if err != nil {
			skipped = append(skipped, &FileError{Path: p, Err: err})
			return nil
		}
		docs = append(docs, doc)
		return nil
	})
	if walkErr != nil {
		return nil, skipped, walkErr
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].Path < docs[j].Path })
	if len(docs) == 0 {
		return nil, skipped, ErrEmpty
	}
	return docs, skipped, nil
}

// loadFile reads and parses one file, refusing anything that is not a
// regular file (or a link to one inside the root) and anything larger than
// MaxFileSize.
func loadFile(fsys fs.FS, p string, d fs.DirEntry) (Document, error) {
	link := d.Type()&fs.ModeSymlink != 0
	f, err := fsys.Open(p)
	if err != nil {
		if link {
			return Document{}, fmt.Errorf("symbolic link not followed: %w", unwrapPath(err))
		}
		return Document{}, unwrapPath(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return Document{}, unwrapPath(err)
	}
	switch {
	case info.IsDir():
		return Document{}, errors.New("symbolic link to a folder not followed")
	case !info.Mode().IsRegular():
		return Document{}, fmt.Errorf("not a regular file (%s)", info.Mode().Type())
	case info.Size() > MaxFileSize:
		return Document{}, ErrTooLarge
	}
	// Read at most one byte more than allowed, in case the file grew.
	raw, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return Document{}, unwrapPath(err)
	}
	return Parse(p, raw)
}

// unwrapPath drops the operation and path of an *fs.PathError, which the
// FileError already names, keeping the reason ("permission denied").
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// isDocument reports whether the file name has a corpus extension.
func isDocument(p string) bool {
	_, ok := formatOfName(p)
	return ok
}
