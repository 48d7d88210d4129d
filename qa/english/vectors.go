package english

// Word vectors and their precomputed nearest neighbours.
//
// vectors.bin (kind "vectors") holds the vocabulary: the most frequent words
// of GloVe 6B (lower case, each with at least one letter), sorted bytewise.
//
//	meta          uint32 dim, uint32 number of words n
//	words.off/dat record table of the n words (empty payloads); row i is word i
//	rank          n × uint16: the word's rank in GloVe's frequency order among
//	              the kept words (0 = most frequent)
//	vecs          n × dim int8: the vector of row i, quantised as
//	              round(x / scale), scale ≈ max|x| / 127 over the row
//	scale         n × bfloat16 (the high 16 bits of a float32): the scale
//	              of row i
//
// nbrs.bin (kind "nbrs") holds each word's nearest neighbours among the n:
//
//	nbrs.off      n+1 × uint32: row i's neighbours are entries off[i]..off[i+1]
//	nbrs          entries of 3 bytes: uint16 row, uint8 round(cosine × 255),
//	              best first (ties by row), cosine >= the generator's floor,
//	              words with the same snowball stem left out

import (
	"fmt"
	"iter"
	"math"
)

// Vector is a word's vector as stored: int8 components and their scale. The
// zero Vector has no components; Cosine with it is 0.
type Vector struct {
	q     string // int8 components, one byte each
	scale float32
	norm  float32 // Euclidean norm of the int8 components
}

// Dim is the number of components.
func (v Vector) Dim() int { return len(v.q) }

// At returns component i, dequantised. It panics if i is out of range, as
// indexing a slice does.
func (v Vector) At(i int) float32 { return float32(int8(v.q[i])) * v.scale }

// AppendFloat32 appends the dequantised components to dst and returns it.
func (v Vector) AppendFloat32(dst []float32) []float32 {
	for i := range len(v.q) {
		dst = append(dst, float32(int8(v.q[i]))*v.scale)
	}
	return dst
}

// Cosine returns the cosine similarity of a and b, in [-1, 1], computed on
// the int8 components (the scales cancel out). It is 0 when either vector is
// zero or their dimensions differ.
func Cosine(a, b Vector) float32 {
	if len(a.q) != len(b.q) || a.norm == 0 || b.norm == 0 {
		return 0
	}
	c := float32(dotInt8(a.q, b.q)) / (a.norm * b.norm)
	return max(-1, min(1, c))
}

// dotInt8 is the dot product of two equally long int8 vectors.
func dotInt8[S ~string | ~[]byte](a, b S) int32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 int32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += int32(int8(a[i])) * int32(int8(b[i]))
		s1 += int32(int8(a[i+1])) * int32(int8(b[i+1]))
		s2 += int32(int8(a[i+2])) * int32(int8(b[i+2]))
		s3 += int32(int8(a[i+3])) * int32(int8(b[i+3]))
	}
	for ; i < len(a); i++ {
		s0 += int32(int8(a[i])) * int32(int8(b[i]))
	}
	return s0 + s1 + s2 + s3
}

// Neighbour is a word near another in the vector space.
type Neighbour struct {
	Word string
	Cos  float32
}

// vectors is the reader of vectors.bin and nbrs.bin.
type vectors struct {
	dim    int
	words  records
	rank   string
	vecs   string
	scale  string
	nbrOff string
	nbrs   string
}

// neighbourEntry is the size of one entry of the nbrs section.
const neighbourEntry = 3

func readVectors(vecFile, nbrFile string, depth checkDepth) (vectors, error) {
	f, err := parseFile(vecFile, "vectors", depth)
	if err != nil {
		return vectors{}, err
	}
	var v vectors
	var meta string
	if err := f.read(
		want{"meta", 8, &meta}, want{"rank", 2, &v.rank}, want{"vecs", 1, &v.vecs}, want{"scale", 2, &v.scale},
	); err != nil {
		return vectors{}, err
	}
	if len(meta) != 8 {
		return vectors{}, fmt.Errorf("vectors: meta of %d bytes: %w", len(meta), errFormat)
	}
	v.dim = int(u32(meta, 0))
	n := int(u32(meta, 1))
	if v.words, err = f.records("words"); err != nil {
		return vectors{}, err
	}
	if v.words.n != n || len(v.rank) != 2*n || len(v.scale) != 2*n || v.dim < 1 || len(v.vecs) != n*v.dim {
		return vectors{}, fmt.Errorf("vectors: %d words, %d ranks, %d scales and %d bytes of vectors of dimension %d disagree: %w",
			v.words.n, len(v.rank)/2, len(v.scale)/2, len(v.vecs), v.dim, errFormat)
	}
	g, err := parseFile(nbrFile, "nbrs", depth)
	if err != nil {
		return vectors{}, err
	}
	if err := g.read(want{"nbrs.off", 4, &v.nbrOff}, want{"nbrs", neighbourEntry, &v.nbrs}); err != nil {
		return vectors{}, err
	}
	if len(v.nbrOff) != 4*(n+1) {
		return vectors{}, fmt.Errorf("nbrs: offsets for %d words, want %d: %w", len(v.nbrOff)/4-1, n, errFormat)
	}
	total := uint32(len(v.nbrs) / neighbourEntry)
	if depth == checkStructure {
		if u32(v.nbrOff, 0) != 0 || u32(v.nbrOff, n) != total {
			return vectors{}, fmt.Errorf("nbrs: offsets do not cover the %d entries: %w", total, errFormat)
		}
		return v, nil
	}
	for i := range n {
		lo, hi := u32(v.nbrOff, i), u32(v.nbrOff, i+1)
		if lo > hi || hi > total {
			return vectors{}, fmt.Errorf("nbrs: offsets of row %d out of order: %w", i, errFormat)
		}
	}
	for i := range n {
		if int(u16(v.rank, i)) >= n {
			return vectors{}, fmt.Errorf("vectors: row %d has rank %d of %d: %w", i, u16(v.rank, i), n, errFormat)
		}
	}
	for i := range int(total) {
		if int(u16(v.nbrs[i*neighbourEntry:], 0)) >= n {
			return vectors{}, fmt.Errorf("nbrs: entry %d names row %d of %d: %w", i, u16(v.nbrs[i*neighbourEntry:], 0), n, errFormat)
		}
	}
	return v, nil
}

// row returns the vector of row i.
func (v *vectors) row(i int) Vector {
	q := v.vecs[i*v.dim : (i+1)*v.dim]
	var ss int32
	for j := range len(q) {
		x := int32(int8(q[j]))
		ss += x * x
	}
	return Vector{q: q, scale: bf16(v.scale, i), norm: float32(math.Sqrt(float64(ss)))}
}

// Vector returns the vector of word (lower case), and ok=false when the word
// is not in the vocabulary.
func (r *Resources) Vector(word string) (Vector, bool) {
	i := find(r.vec.words, word)
	if i < 0 {
		return Vector{}, false
	}
	return r.vec.row(i), true
}

// Dim is the dimension of the vectors (100 for the embedded GloVe 6B 100d;
// 0 when the resources failed to load).
func (r *Resources) Dim() int { return r.vec.dim }

// Words is the number of words with a vector.
func (r *Resources) Words() int { return r.vec.words.n }

// Rank returns the word's rank by frequency among the words with a vector
// (0 for "the", the most frequent), and ok=false for an unknown word. Rare
// words have high ranks: it is a prior for how informative a word is.
func (r *Resources) Rank(word string) (int, bool) {
	i := find(r.vec.words, word)
	if i < 0 {
		return 0, false
	}
	return int(u16(r.vec.rank, i)), true
}

// Similar returns the word's precomputed nearest neighbours by cosine, best
// first, or nil for an unknown word. They are at most the generator's
// -neighbours (16) words with a cosine of at least its -min-cos (0.598,
// so that every cosine stored as 0.6 or more is kept);
// words that share the word's snowball stem (inflections: "talk" for
// "talks") are left out. Cos is the cosine rounded to 1/255.
func (r *Resources) Similar(word string) []Neighbour {
	i := find(r.vec.words, word)
	if i < 0 {
		return nil
	}
	lo, hi := int(u32(r.vec.nbrOff, i)), int(u32(r.vec.nbrOff, i+1))
	if lo == hi {
		return nil
	}
	out := make([]Neighbour, hi-lo)
	for k := range out {
		e := r.vec.nbrs[(lo+k)*neighbourEntry:]
		out[k] = Neighbour{Word: r.vec.words.key(int(u16(e, 0))), Cos: float32(e[2]) / 255}
	}
	return out
}

// SimilarAbove yields the word's nearest neighbours, as Similar has them,
// best first, up to the first whose Cos (a float32) is below cos; nothing
// for an unknown word. Each neighbour is read as it is yielded, so a
// caller that stops early ("the six best that are no antonyms") reads no
// more of them and allocates nothing.
func (r *Resources) SimilarAbove(word string, cos float64) iter.Seq[Neighbour] {
	return func(yield func(Neighbour) bool) {
		i := find(r.vec.words, word)
		if i < 0 {
			return
		}
		lo, hi := int(u32(r.vec.nbrOff, i)), int(u32(r.vec.nbrOff, i+1))
		for k := lo; k < hi; k++ {
			e := r.vec.nbrs[k*neighbourEntry:]
			c := float32(e[2]) / 255
			if float64(c) < cos || !yield(Neighbour{Word: r.vec.words.key(int(u16(e, 0))), Cos: c}) {
				return
			}
		}
	}
}
