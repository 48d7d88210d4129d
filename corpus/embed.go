package corpus

import (
	"embed"
	"io/fs"
)

//go:embed seeds/*.txt
var seeds embed.FS

// Embedded returns the default corpus compiled into the binary: the five
// seed documents, named by their original file names.
func Embedded() ([]Document, error) {
	sub, err := fs.Sub(seeds, "seeds")
	if err != nil {
		return nil, err
	}
	docs, _, err := LoadFS(sub)
	return docs, err
}
