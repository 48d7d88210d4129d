package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

// ErrEmpty is returned when a corpus folder holds no readable document.
var ErrEmpty = errors.New("no .txt, .md or .html documents found")

// FileError reports one file that could not be read or parsed and was
// skipped.
type FileError struct {
	Path string
	Err  error
}

func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *FileError) Unwrap() error { return e.Err }

// Load reads every .txt, .md and .html file below dir. Files that cannot be
// read or parsed are returned as skipped and the rest still load. A missing
// folder, or one with no document, is an error.
func Load(dir string) ([]Document, []*FileError, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("corpus folder %s: %w", dir, err)
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("corpus folder %s: not a folder", dir)
	}
	docs, skipped, err := LoadFS(os.DirFS(dir))
	if err != nil {
		return docs, skipped, fmt.Errorf("corpus folder %s: %w", dir, err)
	}
	return docs, skipped, nil
}

// LoadFS reads every .txt, .md and .html file of fsys, in path order.
func LoadFS(fsys fs.FS) ([]Document, []*FileError, error) {
	var (
		docs    []Document
		skipped []*FileError
	)
	walkErr := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			skipped = append(skipped, &FileError{Path: p, Err: err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !isDocument(p) {
			return nil
		}
		raw, err := fs.ReadFile(fsys, p)
		if err != nil {
			skipped = append(skipped, &FileError{Path: p, Err: err})
			return nil
		}
		doc, err := Parse(p, raw)
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

func isDocument(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".txt", ".md", ".markdown", ".html", ".htm":
		return true
	}
	return false
}

// Parse turns the raw bytes of the file at path p into a Document.
// TODO(corpus): front matter, HTML, metadata and chrome detection.
func Parse(p string, raw []byte) (Document, error) {
	return Document{Path: p, Body: string(raw)}, nil
}
