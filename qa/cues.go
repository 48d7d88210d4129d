package qa

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// Cues. A question word the answer's sentence does not hold still says
// which words that sentence is likely to hold instead: "founded" is
// answered by sentences with "established", "who wrote" by sentences with
// "author", a when-question by sentences with "century". WordNet and the
// vectors give some of these (alternatives.go); cues are the ones learned
// from data: cmd/qabot-train counts, over the SQuAD training questions,
// how much more often a sentence word is found in the right candidate than
// in the wrong ones when a given question word is missing from both, beyond
// how much more often that sentence word is found in right candidates at
// all. A cue is that lift, as a log-odds ratio, for a pair of stems (the
// question's answer type, "?date", stands for the wh-word).
//
// The features "cue" and "cue-type" (features.go) add up, per question word
// the candidate lacks, its strongest cue among the candidate's words.
// Cues are resolved against an index's terms once per word, with the rest
// of the word (words.go).

//go:embed cues.txt.gz
var cuesGz []byte

// Cues maps a question stem, or "?" and an answer type, to its learned
// cues, strongest first.
type Cues struct {
	by map[string][]Cue
}

// Cue is a stem of an answer sentence and the log-odds lift it brings when
// the question word it belongs to is missing.
type Cue struct {
	Stem  string
	Score float32
}

// NewCues returns cues from a map of question keys to their cues, sorted
// strongest first.
func NewCues(by map[string][]Cue) *Cues {
	c := &Cues{by: make(map[string][]Cue, len(by))}
	for k, v := range by {
		v = slices.Clone(v)
		SortCues(v)
		c.by[k] = v
	}
	return c
}

// SortCues orders cues strongest first, ties by stem.
func SortCues(v []Cue) {
	slices.SortFunc(v, func(a, b Cue) int {
		if a.Score != b.Score {
			return cmp.Compare(b.Score, a.Score)
		}
		return strings.Compare(a.Stem, b.Stem)
	})
}

// TypeKey is the key of the cues of answer type t ("?date").
func TypeKey(t AnswerType) string { return "?" + t.String() }

// Of returns the cues of a question key.
func (c *Cues) Of(key string) []Cue {
	if c == nil {
		return nil
	}
	return c.by[key]
}

// Len is the number of question keys with cues.
func (c *Cues) Len() int {
	if c == nil {
		return 0
	}
	return len(c.by)
}

// ErrCues is returned by ParseCues for a malformed cue file.
var ErrCues = errors.New("bad cue file")

// WriteCues writes c in the committed form: gzip of lines "KEY<TAB>STEM
// SCORE<TAB>STEM SCORE...", keys sorted, after the comment lines of
// header. The output is the same for the same cues.
func WriteCues(w io.Writer, c *Cues, header string) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for l := range strings.SplitSeq(strings.TrimSpace(header), "\n") {
		fmt.Fprintf(bw, "# %s\n", l)
	}
	for _, k := range slices.Sorted(maps.Keys(c.by)) {
		bw.WriteString(k)
		for _, cu := range c.by[k] {
			fmt.Fprintf(bw, "\t%s %s", cu.Stem, strconv.FormatFloat(float64(cu.Score), 'f', 2, 32))
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ParseCues reads cues written by WriteCues.
func ParseCues(data []byte) (*Cues, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCues, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCues, err)
	}
	c := &Cues{by: map[string][]Cue{}}
	for n, line := range strings.Split(string(raw), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		cues := make([]Cue, 0, len(fields)-1)
		for _, f := range fields[1:] {
			stem, score, ok := strings.Cut(f, " ")
			v, err := strconv.ParseFloat(score, 32)
			if !ok || err != nil || stem == "" || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%w: line %d: %q", ErrCues, n+1, f)
			}
			cues = append(cues, Cue{Stem: stem, Score: float32(v)})
		}
		c.by[fields[0]] = cues
	}
	return c, nil
}

// defaultCues returns the committed cues, parsed on first use; none when
// the file is bad (then the answer tests fail).
var defaultCues = sync.OnceValue(func() *Cues {
	c, err := ParseCues(cuesGz)
	releaseEmbedded(cuesGz)
	if err != nil {
		return &Cues{}
	}
	return c
})

// DefaultCues returns the committed cues.
func DefaultCues() *Cues { return defaultCues() }

// cueTable is the index's cues: its own (WithCues), else the committed
// ones.
func (ix *Index) cueTable() *Cues {
	if ix.cues != nil {
		return ix.cues
	}
	return defaultCues()
}

// cueRef is a cue resolved against an index: its term and score.
type cueRef struct {
	id    int32
	score float32
}

// resolveCues appends to out the cues of key that are terms of ix. Its
// callers pass room on their stack, as setLists copies the cues into the
// index's store (or a spill of their own).
func (ix *Index) resolveCues(key string, out []cueRef) []cueRef {
	for _, c := range ix.cueTable().Of(key) {
		if id, ok := ix.stemTerm(c.Stem); ok {
			out = append(out, cueRef{id: id, score: c.Score})
		}
	}
	return out
}

// typeCues returns the resolved cues of answer type t, remembered in the
// index's word cache under their key.
func (ix *Index) typeCues(t AnswerType) []cueRef {
	if t == TypeNone {
		return nil
	}
	key := TypeKey(t)
	return ix.cuesOf(ix.words.get(key, maxWordCache, true, func(wt *wordTerms) {
		var cbuf [cuesRoom]cueRef
		ix.setLists(wt, nil, 0, ix.resolveCues(key, cbuf[:0]), ix.keepsWord(key, true))
	}))
}

// termCue is what the question's cues say of one term: the strongest cue
// of a question word (word is that word) and of the answer type.
type termCue struct {
	word      float32
	typ       float32
	wordIndex int8
}

// markCues records in sc, per term, the strongest cue of the question's
// words (and the word it belongs to) and of its answer type.
//
// It reads qidx in place (qidxAt), with no bound check, as markCue reads
// and writes cueAt and cueSet: every cue's term is a term of the index
// (resolveCues takes it from the index's terms), below the count of terms
// the scratch was made for (newScratch).
func (ix *Index) markCues(q *Question, sc *scratch, found []*wordTerms) {
	qidx := unsafe.Pointer(unsafe.SliceData(sc.qidx))
	for i, wt := range found {
		if wt == nil {
			continue
		}
		for _, r := range ix.cuesOf(wt) {
			if qidxAt(qidx, r.id) != 0 {
				continue
			}
			c := sc.markCue(r.id)
			if r.score > c.word {
				c.word, c.wordIndex = r.score, int8(i)
			}
		}
	}
	for _, r := range ix.typeCues(q.Type) {
		if qidxAt(qidx, r.id) != 0 {
			continue
		}
		c := sc.markCue(r.id)
		c.typ = max(c.typ, r.score)
	}
}

// cueSetAt is the word of the scratch's cueSet that holds term id's bit,
// cueSet's data starting at base, read in place with no bound check: every
// term id of the index is below the count of terms the scratch was made
// for (newScratch), and cueSet has a bit for each.
func cueSetAt(base unsafe.Pointer, id int32) uint64 {
	return *(*uint64)(unsafe.Add(base, 8*(uint32(id)/64)))
}

// markCue returns the cue entry of term id, marked as set. It reads and
// writes the term's entries of cueAt and cueSet in place, with no bound
// check, for an id below the count of terms the scratch was made for
// (markCues), and takes the id as unsigned (ids are never negative), so
// that it divides by 64 in a shift.
func (sc *scratch) markCue(id int32) *termCue {
	u := uintptr(uint32(id))
	atp := (*uint32)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(sc.cueAt)), 4*u))
	at := *atp
	if at == 0 {
		*(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(sc.cueSet)), 8*(u/64))) |= 1 << (u % 64)
		sc.cueIDs = append(sc.cueIDs, id)
		sc.cues = append(sc.cues, termCue{})
		at = uint32(len(sc.cues))
		*atp = at
	}
	return &sc.cues[at-1]
}

// cueEvidence returns, for sentence st, the sum over the question words
// missing from words (a mask of question words) of their strongest cue
// among its terms, and the strongest cue of the answer type.
func (sc *scratch) cueEvidence(st *sentence, words uint32) (cue, typ float64) {
	var best [maxQueryWords]float32
	var set uint32
	// Local copies, and ids as unsigned (they are never negative), which
	// divide by 64 in a shift; cueSet's words are read in place, with no
	// bound check (cueSetAt).
	cueSet, cueAt, cues := unsafe.Pointer(unsafe.SliceData(sc.cueSet)), sc.cueAt, sc.cues
	for _, id := range st.terms() {
		if cueSetAt(cueSet, id)&(1<<(uint32(id)%64)) == 0 {
			continue
		}
		c := &cues[cueAt[id]-1]
		if k := c.wordIndex; c.word > 0 && words&(1<<k) == 0 && c.word > best[k] {
			best[k] = c.word
			set |= 1 << k
		}
		typ = max(typ, float64(c.typ))
	}
	// In the order of the words, as a sum over all of them.
	for ; set != 0; set &= set - 1 {
		cue += float64(best[bits.TrailingZeros32(set)])
	}
	return cue, typ
}
