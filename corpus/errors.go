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
	ErrEmpty = errors.New("no .txt, .md, .html, .pdf or .docx documents found")

	// ErrBinary is returned when a file holds NUL bytes or other binary
	// data instead of text.
	ErrBinary = errors.New("binary data, not text")

	// ErrTooLarge is returned when a file is larger than MaxFileSize.
	ErrTooLarge = errors.New("file larger than 20 MB")

	// ErrFrontMatter says a file starts with YAML front matter that is not
	// closed or is not a valid "key: value" mapping. It never stops a file
	// from loading: its message is one of the document's Warnings.
	ErrFrontMatter = errors.New("invalid front matter")

	// ErrNoText is returned when a file holds no text once page chrome is
	// removed.
	ErrNoText = errors.New("no text")

	// ErrEncrypted is returned when a PDF or Word file is protected by a
	// password, or encrypted in a way the reader does not support.
	ErrEncrypted = errors.New("encrypted")

	// ErrNoTextLayer is returned when a PDF has pictures of pages but no
	// text: a scan that was never run through character recognition.
	ErrNoTextLayer = errors.New("no text layer: scanned PDF?")

	// ErrBroken is returned when a PDF or Word file is damaged, truncated
	// or not of its format at all.
	ErrBroken = errors.New("broken file")

	// ErrTooSlow is returned when reading one file takes longer than the
	// loader allows (20 seconds).
	ErrTooSlow = errors.New("took too long to read")

	// ErrUnpackLimit is returned when a compressed file or part would
	// unpack to more than the loader allows: a zip or flate bomb, or an
	// oversized part.
	ErrUnpackLimit = errors.New("unpacks to too much data (a zip bomb?)")

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
