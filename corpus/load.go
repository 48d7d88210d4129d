package corpus

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// Load reads every .txt, .md, .html, .pdf and .docx file below the folder
// dir, several at a time, and returns the documents sorted by path. Files
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
	root, err := openFolder(dir)
	if err != nil {
		return nil, nil, err
	}
	defer root.Close()
	docs, skipped, err := LoadFS(root.FS())
	if err != nil {
		return docs, skipped, fmt.Errorf("corpus folder %q: %w", dir, err)
	}
	return docs, skipped, nil
}

// LoadFS reads every .txt, .md, .html, .pdf and .docx file of fsys (also
// .markdown, .htm and .xhtml), sorted by path: ScanFS lists them and
// ReadFS reads them, several at a time. A file that fails to read or parse
// is returned in skipped and the rest still load; with no document at all
// the error is ErrEmpty.
func LoadFS(fsys fs.FS) ([]Document, []*FileError, error) {
	l, err := ScanFS(fsys)
	if err != nil {
		return nil, l.Skipped, err
	}
	docs, skipped := ReadFS(fsys, l.Files, ReadOptions{})
	skipped = mergeSkipped(l.Skipped, skipped)
	if len(docs) == 0 {
		return nil, skipped, ErrEmpty
	}
	return docs, skipped, nil
}

// loadFile reads and parses one file, refusing anything that is not a
// regular file (or a link to one inside the root) and anything larger than
// MaxFileSize: the file may have changed since it was listed.
func loadFile(fsys fs.FS, p string) (Document, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return Document{}, unwrapPath(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return Document{}, unwrapPath(err)
	}
	if err := checkFile(info); err != nil {
		return Document{}, err
	}
	raw, err := readAll(f, info.Size())
	if err != nil {
		return Document{}, unwrapPath(err)
	}
	return Parse(p, raw)
}

// readAll reads f, whose size was size when checked, into a buffer of
// that size and one byte more, so that a file read whole takes one
// allocation of its size (io.ReadAll doubles its buffer as it reads, and a
// corpus loads about two and a half times its bytes). It reads at most one
// byte more than MaxFileSize, in case the file grew.
func readAll(f io.Reader, size int64) ([]byte, error) {
	r := io.LimitReader(f, MaxFileSize+1)
	buf := make([]byte, 0, max(0, min(size, MaxFileSize))+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // the file grew: room to go on
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// checkFile refuses a file the loader does not read: a folder (reached
// through a link), anything but a regular file, a file larger than
// MaxFileSize.
func checkFile(info fs.FileInfo) error {
	switch {
	case info.IsDir():
		return errors.New("symbolic link to a folder not followed")
	case !info.Mode().IsRegular():
		return fmt.Errorf("not a regular file (%s)", info.Mode().Type())
	case info.Size() > MaxFileSize:
		return ErrTooLarge
	}
	return nil
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
