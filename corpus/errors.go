package corpus

import "errors"

// MaxFileSize is the largest file the loader reads, in bytes. Larger files
// are skipped with ErrTooLarge: a corpus document of that size is almost
// certainly a data dump or a mistake, and reading it would hold the whole
// file in memory.
const MaxFileSize = 20 << 20

// The sentinel errors of the package. Callers test for them with errors.Is;
// the loader wraps them with the file or folder concerned.
var (
	// ErrEmpty is returned when a corpus folder holds no readable document.
	ErrEmpty = errors.New("no .txt, .md or .html documents found")

	// ErrBinary is returned when a file holds NUL bytes or other binary
	// data instead of text.
	ErrBinary = errors.New("binary data, not text")

	// ErrTooLarge is returned when a file is larger than MaxFileSize.
	ErrTooLarge = errors.New("file larger than 20 MB")

	// ErrFrontMatter is returned when a file starts with YAML front matter
	// that is not closed or is not a valid "key: value" mapping.
	ErrFrontMatter = errors.New("invalid front matter")

	// ErrNoText is returned when a file holds no text once page chrome is
	// removed.
	ErrNoText = errors.New("no text")

	// ErrNotFolder is returned when the corpus path names a file rather
	// than a folder.
	ErrNotFolder = errors.New("not a folder")
)

// FileError reports one file that could not be read or parsed and was
// skipped. Path is relative to the corpus root, with forward slashes.
type FileError struct {
	Path string
	Err  error
}

// Error returns the path and the reason, for example
// "notes/a.txt: binary data, not text".
func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns the reason, so that errors.Is(err, ErrBinary) works.
func (e *FileError) Unwrap() error { return e.Err }
