package english

// The snowball English stems of the vocabulary, tabled: the engine stems
// the WordNet and GloVe words that questions bring (their alternatives
// above all), and the snowball library takes some 13,000 instructions a
// word (it converts every suffix it tries to runes), where a lookup here
// takes a few hundred.
//
// stems.bin (kind "stems"):
//
//	meta     uint32 WordNet words, uint32 GloVe words
//	endings  the replacement endings: for each, a length byte and its bytes
//	         (at most stemEndings of them; the first is "")
//	wn       one byte per word of wordnet.bin's words table, by its index
//	vec      one byte per word of vectors.bin's words table, by its index
//
// A word's byte is cut<<3 | ending: its stem is the word with its last cut
// bytes (at most 15) replaced by endings[ending]. noStem (0xff) marks a
// word whose stem is not written so (none in the embedded table; Stem then
// answers ok=false and the caller stems the word itself). The stems are
// those of snowball's english.Stem(word, true); the table is made from the
// words of the other two files (GenerateStems), and a test checks every
// entry against the library.

import (
	"fmt"

	"github.com/kljensen/snowball/english"
)

// StemsFile is the data file of the stems, beside the three Generate
// makes from the sources.
const StemsFile = "stems.bin"

const (
	// stemEndings is the most replacement endings the table holds.
	stemEndings = 8
	// stemMaxCut is the most bytes a stem drops from its word.
	stemMaxCut = 15
	// noStem is the byte of a word whose stem the table does not hold.
	noStem = 0xff
)

// stems is the reader of stems.bin.
type stems struct {
	endings [stemEndings]string
	n       int // how many endings are set
	wn, vec string
}

// readStems reads stems.bin, whose tables must cover nWN WordNet words and
// nVec GloVe words.
func readStems(data string, nWN, nVec int, depth checkDepth) (stems, error) {
	f, err := parseFile(data, "stems", depth)
	if err != nil {
		return stems{}, err
	}
	var s stems
	var meta, endings string
	if err := f.read(want{"meta", 8, &meta}, want{"endings", 1, &endings}, want{"wn", 1, &s.wn}, want{"vec", 1, &s.vec}); err != nil {
		return stems{}, err
	}
	if len(meta) != 8 || int(u32(meta, 0)) != nWN || int(u32(meta, 1)) != nVec || len(s.wn) != nWN || len(s.vec) != nVec {
		return stems{}, fmt.Errorf("stems: tables of %d and %d words, want %d and %d: %w", len(s.wn), len(s.vec), nWN, nVec, errFormat)
	}
	for len(endings) > 0 {
		k := int(endings[0])
		if s.n == stemEndings || 1+k > len(endings) {
			return stems{}, fmt.Errorf("stems: endings do not parse: %w", errFormat)
		}
		s.endings[s.n] = endings[1 : 1+k]
		s.n++
		endings = endings[1+k:]
	}
	if depth == checkEntries {
		for _, t := range []string{s.wn, s.vec} {
			for i := range len(t) {
				if b := t[i]; b != noStem && int(b&7) >= s.n {
					return stems{}, fmt.Errorf("stems: entry %d names ending %d of %d: %w", i, b&7, s.n, errFormat)
				}
			}
		}
	}
	return s, nil
}

// stem returns the stem of word by its byte b, or ok=false when the table
// does not hold it (or b does not fit the word: never, in a checked table).
func (s *stems) stem(word string, b byte) (string, bool) {
	cut, e := int(b>>3), int(b&7)
	if b == noStem || cut > len(word) || e >= s.n {
		return "", false
	}
	if s.endings[e] == "" {
		return word[:len(word)-cut], true
	}
	return word[:len(word)-cut] + s.endings[e], true
}

// Stem returns the snowball English stem of a word of the vocabulary (a
// WordNet word or a GloVe word), as english.Stem(word, true) of
// github.com/kljensen/snowball gives it, from the table of stems.bin;
// ok=false for any other word. A stem that is the word's first bytes is a
// part of word; any other is allocated.
func (r *Resources) Stem(word string) (stem string, ok bool) {
	if r.err != nil {
		return "", false
	}
	if i := find(r.wn.words, word); i >= 0 {
		return r.st.stem(word, r.st.wn[i])
	}
	if i := find(r.vec.words, word); i >= 0 {
		return r.st.stem(word, r.st.vec[i])
	}
	return "", false
}

// dataFileWords returns the word records of the data files wordnet.bin
// and vectors.bin, in that order: the words GenerateStems and
// GeneratePhrases make their tables for.
func dataFileWords(wnFile, vecFile []byte) ([2]records, error) {
	var words [2]records
	for i, src := range []struct {
		data []byte
		kind string
	}{{wnFile, "wordnet"}, {vecFile, "vectors"}} {
		f, err := parseFile(string(src.data), src.kind, checkStructure)
		if err != nil {
			return words, fmt.Errorf("english: %w", err)
		}
		if words[i], err = f.records("words"); err != nil {
			return words, fmt.Errorf("english: %w", err)
		}
	}
	return words, nil
}

// GenerateStems makes stems.bin for the words of the data files vectors.bin
// and wordnet.bin (the embedded ones, or those Generate just made).
func GenerateStems(vecFile, wnFile []byte) ([]byte, error) {
	words, err := dataFileWords(wnFile, vecFile)
	if err != nil {
		return nil, err
	}
	endings := []string{""}
	var tables [2][]byte
	for i, t := range words {
		tables[i] = make([]byte, t.n)
		for j := range t.n {
			tables[i][j] = stemByte(t.key(j), &endings)
		}
	}
	var eb []byte
	for _, e := range endings {
		eb = append(eb, byte(len(e)))
		eb = append(eb, e...)
	}
	w := fileWriter{kind: "stems"}
	w.add("meta", appendU32(appendU32(nil, uint32(words[0].n)), uint32(words[1].n)))
	w.add("endings", eb)
	w.add("wn", tables[0])
	w.add("vec", tables[1])
	return w.bytes()
}

// stemByte returns the table byte of word's snowball stem, adding its
// ending to endings when there is room, or noStem.
func stemByte(word string, endings *[]string) byte {
	s := english.Stem(word, true)
	k := 0
	for k < len(word) && k < len(s) && word[k] == s[k] {
		k++
	}
	cut, end := len(word)-k, s[k:]
	if cut > stemMaxCut {
		return noStem
	}
	e := 0
	for e < len(*endings) && (*endings)[e] != end {
		e++
	}
	if e == len(*endings) {
		if e == stemEndings || len(end) > 255 {
			return noStem
		}
		*endings = append(*endings, end)
	}
	return byte(cut<<3 | e)
}
