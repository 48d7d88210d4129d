package english

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"sync"
)

// The embedded data files (see doc.go for how they are made). They are
// strings so that the tables are read in place and cannot be changed.
var (
	//go:embed data/vectors.bin
	embeddedVectors string
	//go:embed data/nbrs.bin
	embeddedNeighbours string
	//go:embed data/wordnet.bin
	embeddedWordNet string
	//go:embed data/stems.bin
	embeddedStems string
	//go:embed data/phrases.bin
	embeddedPhrases string
)

// Resources answers lookups in the English resources. Its methods are safe
// for concurrent use, and never panic or fail: an unknown word, or any
// string at all, gets ok=false, nil, 0 or false.
type Resources struct {
	vec vectors
	wn  wordnet
	st  stems
	ph  phrases
	err error
}

// load parses the embedded files once.
var load = sync.OnceValue(func() *Resources {
	r, err := parse(embeddedVectors, embeddedNeighbours, embeddedWordNet, embeddedStems, embeddedPhrases, checkStructure)
	if err != nil {
		return &Resources{err: err}
	}
	return r
})

// Load returns the resources embedded in the binary. The first call checks
// the tables' structure (their headers and the sizes of their sections;
// the tests check every entry); it builds no maps, copies nothing and
// reads only the pages a lookup needs, and later calls return the same
// value.
func Load() *Resources { return load() }

// Warm builds now the lookup aids the first lookups would otherwise
// build: the hash indexes of WordNet's words and exception forms and of
// its expressions and their first words, and the prefix index of GloVe's
// words (about 8.7 million instructions, 7.8 of them the hash indexes',
// and the pages of the keys they read). A program may call it once it has
// loaded what it needs before its first lookup; lookups stay safe during
// and after it.
func (r *Resources) Warm() {
	if r.err != nil {
		return
	}
	r.vec.words.warm()
	r.wn.words.warm()
	r.wn.exc.warm()
	if r.ph.set {
		r.ph.t.warm()
		r.ph.firsts.warm()
	}
}

// Err is not nil when the data files could not be read; the lookups then
// answer nothing. For the embedded files, it would mean a broken build.
func (r *Resources) Err() error { return r.err }

// Open reads the data files VectorsFile, NeighboursFile, WordNetFile,
// StemsFile and, when fsys has it, PhrasesFile from fsys (for files made
// by Generate and not embedded).
func Open(fsys fs.FS) (*Resources, error) {
	var data [5]string
	for i, name := range []string{VectorsFile, NeighboursFile, WordNetFile, StemsFile, PhrasesFile} {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			if name == PhrasesFile && errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return nil, fmt.Errorf("english: %w", err)
		}
		if len(b) == 0 {
			return nil, fmt.Errorf("english: %s is empty: %w", name, errFormat)
		}
		data[i] = string(b)
	}
	return parse(data[0], data[1], data[2], data[3], data[4], checkEntries)
}

// parse reads the data files, checked to depth; phrasesFile "" holds no
// expressions.
func parse(vecFile, nbrFile, wnFile, stemsFile, phrasesFile string, depth checkDepth) (*Resources, error) {
	v, err := readVectors(vecFile, nbrFile, depth)
	if err != nil {
		return nil, fmt.Errorf("english: %w", err)
	}
	w, err := readWordNet(wnFile, depth)
	if err != nil {
		return nil, fmt.Errorf("english: %w", err)
	}
	s, err := readStems(stemsFile, w.words.n, v.words.n, depth)
	if err != nil {
		return nil, fmt.Errorf("english: %w", err)
	}
	p, err := readPhrases(phrasesFile, depth)
	if err != nil {
		return nil, fmt.Errorf("english: %w", err)
	}
	return &Resources{vec: v, wn: w, st: s, ph: p}, nil
}
