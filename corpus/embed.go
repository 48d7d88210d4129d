package corpus

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed seeds/*.txt
var seeds embed.FS

// Embedded returns the default corpus compiled into the binary: the five
// seed documents, named by their original file names. Each call parses them
// afresh (well under a millisecond), so callers may keep or modify the
// result.
func Embedded() ([]Document, error) {
	sub, err := fs.Sub(seeds, "seeds")
	if err != nil {
		return nil, fmt.Errorf("embedded seeds: %w", err)
	}
	docs, _, err := LoadFS(sub)
	return docs, err
}
