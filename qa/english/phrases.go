package english

// WordNet's multi-word expressions ("take part", "look into", "time off"),
// which wordnet.bin leaves out (it keeps single words), tabled with the
// single words of their synsets ("participate", "investigate", "leave"):
// a question's two-word phrase then finds a sentence's one-word synonym.
//
// phrases.bin (kind "phrases"):
//
//	phrases  a record table (table.go): key the expression's words
//	         separated by one space ("take part"), payload its synonyms,
//	         separated by one space ("participate partake"), then "|" and
//	         its hypernyms the same way ("act move")
//	firsts   a record table of the words of vectors.bin and wordnet.bin
//	         that are or inflect the first word of a key ("took"), payload
//	         those first words, separated by one space ("take"): most
//	         words start no expression, and a question's words are looked
//	         up here, with no lemmatising, before any expression is
//
// An expression is kept when it has two or three words, each a word of
// vectors.bin (a word of common English), its own spelling is lower case
// (no name: "United States" is left out), and it has a synonym or a
// hypernym: a single word of one of its first phraseSenses senses (a
// synonym), or of the synsets one level above them (a hypernym), lower
// case, that wordnet.bin knows and that is none of the expression's words.
// Each list comes in the order of the parts of speech (noun, verb,
// adjective, adverb), then of the senses, then of the synset's words, at
// most maxPhraseSynonyms words. The table is made from WordNet's index
// and data files and the two data files above (GeneratePhrases), with no
// other source.

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// PhrasesFile is the data file of WordNet's multi-word expressions.
const PhrasesFile = "phrases.bin"

const (
	// phraseSenses is how many of an expression's senses, most frequent
	// first, give it synonyms.
	phraseSenses = 2
	// maxPhraseSynonyms bounds an expression's synonyms.
	maxPhraseSynonyms = 6
	// maxPhraseWords is the most words of an expression kept.
	maxPhraseWords = 3
)

// phrases is the reader of phrases.bin; its zero value holds none.
type phrases struct {
	t, firsts records
	set       bool
}

// readPhrases reads phrases.bin; data "" reads as no expressions.
func readPhrases(data string, depth checkDepth) (phrases, error) {
	if data == "" {
		return phrases{}, nil
	}
	f, err := parseFile(data, "phrases", depth)
	if err != nil {
		return phrases{}, err
	}
	t, err := f.records("phrases")
	if err != nil {
		return phrases{}, err
	}
	firsts, err := f.records("firsts")
	if err != nil {
		return phrases{}, err
	}
	// Both are asked of many times a question: found by hash.
	t.hash, firsts.hash = new(hashIndex), new(hashIndex)
	return phrases{t: t, firsts: firsts, set: true}, nil
}

// PhraseRelatives returns the single-word synonyms and hypernyms of
// WordNet's multi-word expression phrase, its lemmas separated by one
// space ("take part" -> "participate partake", "act move"), each list
// separated by one space, or "" when WordNet has no such expression or the
// table keeps none of its words.
func (r *Resources) PhraseRelatives(phrase string) (synonyms, hypernyms string) {
	if !r.ph.set || phrase == "" || len(phrase) > 255 {
		return "", ""
	}
	return r.ph.relatives(find(r.ph.t, phrase))
}

// PhraseRelativesOf is PhraseRelatives of phrase given as bytes, which it
// does not keep: a caller builds the phrase in a stack buffer.
func (r *Resources) PhraseRelativesOf(phrase []byte) (synonyms, hypernyms string) {
	if !r.ph.set || len(phrase) == 0 || len(phrase) > 255 {
		return "", ""
	}
	return r.ph.relatives(find(r.ph.t, phrase))
}

// PhraseStarts returns the lemmas of word ("took" -> "take"), itself
// included when it is one, that start a multi-word expression of
// PhraseRelatives, separated by one space, or "" when none does.
func (r *Resources) PhraseStarts(word string) string {
	if !r.ph.set || word == "" || len(word) > 255 {
		return ""
	}
	i := find(r.ph.firsts, word)
	if i < 0 {
		return ""
	}
	_, payload := r.ph.firsts.record(i)
	return payload
}

// relatives splits the payload of record i (-1: none) in two.
func (p *phrases) relatives(i int) (synonyms, hypernyms string) {
	if i < 0 {
		return "", ""
	}
	_, payload := p.t.record(i)
	synonyms, hypernyms, _ = strings.Cut(payload, "|")
	return synonyms, hypernyms
}

// GeneratePhrases makes phrases.bin from WordNet's files in fsys (index.POS
// and data.POS, as in the wordnet-base package's usr/share/wordnet) and the
// data files vectors.bin and wordnet.bin (the embedded ones, or those
// Generate just made). The same inputs give the same bytes.
func GeneratePhrases(fsys fs.FS, vecFile, wnFile []byte) ([]byte, error) {
	words, err := dataFileWords(wnFile, vecFile)
	if err != nil {
		return nil, err
	}
	wnWords, vecWords := words[0], words[1]
	type entry struct {
		key        string
		syns, hyps []string
	}
	byKey := map[string]*entry{}
	for _, p := range wnPOS {
		// The synsets of this part of speech, by offset: their words as
		// written (case kept).
		synsets := map[uint32][]string{}
		hypernyms := map[uint32][]uint32{} // offsets of the same part of speech
		if err := eachLine(fsys, "data."+p.file, func(n int, line string) error {
			l, err := parseSynsetLine(line)
			if err != nil {
				return err
			}
			synsets[l.offset] = l.words
			for _, pt := range l.ptrs {
				if pt.sym == "@" && posIndex(l.typ) == pt.target.pos {
					hypernyms[l.offset] = append(hypernyms[l.offset], pt.target.offset)
				}
			}
			return nil
		}); err != nil {
			return nil, fmt.Errorf("english: %w", err)
		}
		if err := eachLine(fsys, "index."+p.file, func(n int, line string) error {
			lemma, offsets, err := parseIndexLine(line)
			if err != nil {
				return err
			}
			parts := strings.Split(lemma, "_")
			if len(parts) < 2 || len(parts) > maxPhraseWords {
				return nil
			}
			for _, w := range parts {
				if find(vecWords, w) < 0 {
					return nil
				}
			}
			key := strings.Join(parts, " ")
			single := func(ws []string, out []string) []string {
				for _, w := range ws {
					if strings.ContainsAny(w, "_-") || strings.ToLower(w) != w || slices.Contains(parts, w) || find(wnWords, w) < 0 {
						continue
					}
					out = append(out, w)
				}
				return out
			}
			var syns, hyps []string
			for _, off := range offsets[:min(len(offsets), phraseSenses)] {
				ws, ok := synsets[off]
				if !ok {
					return fmt.Errorf("%q names synset %08d, which data.%s lacks", lemma, off, p.file)
				}
				// A name ("United_States") is no phrase of common English.
				if !slices.Contains(ws, lemma) {
					continue
				}
				syns = single(ws, syns)
				for _, h := range hypernyms[off] {
					hyps = single(synsets[h], hyps)
				}
			}
			if len(syns)+len(hyps) == 0 {
				return nil
			}
			e := byKey[key]
			if e == nil {
				e = &entry{key: key}
				byKey[key] = e
			}
			for _, w := range syns {
				if len(e.syns) < maxPhraseSynonyms && !slices.Contains(e.syns, w) {
					e.syns = append(e.syns, w)
				}
			}
			for _, w := range hyps {
				if len(e.hyps) < maxPhraseSynonyms && !slices.Contains(e.hyps, w) && !slices.Contains(syns, w) {
					e.hyps = append(e.hyps, w)
				}
			}
			return nil
		}); err != nil {
			return nil, fmt.Errorf("english: %w", err)
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var rw, fw recordsWriter
	firsts := map[string]bool{}
	for _, k := range keys {
		if err := rw.add(k, []byte(strings.Join(byKey[k].syns, " ")+"|"+strings.Join(byKey[k].hyps, " "))); err != nil {
			return nil, fmt.Errorf("english: %w", err)
		}
		first, _, _ := strings.Cut(k, " ")
		firsts[first] = true
	}
	// Every word of either file that is or inflects a first word, by the
	// lemmas Look gives.
	wn, err := readWordNet(string(wnFile), checkStructure)
	if err != nil {
		return nil, fmt.Errorf("english: %w", err)
	}
	r := &Resources{wn: wn}
	forms := map[string][]string{}
	for _, t := range []records{vecWords, wnWords} {
		for i := range t.n {
			w := t.key(i)
			if _, done := forms[w]; done {
				continue
			}
			l := r.Look(w)
			var heads []string
			for _, b := range append(l.AppendLemmas(nil), w) {
				if firsts[b] && !slices.Contains(heads, b) {
					heads = append(heads, b)
				}
			}
			forms[w] = heads
		}
	}
	formKeys := make([]string, 0, len(forms))
	for w, heads := range forms {
		if len(heads) > 0 {
			formKeys = append(formKeys, w)
		}
	}
	slices.Sort(formKeys)
	for _, w := range formKeys {
		if err := fw.add(w, []byte(strings.Join(forms[w], " "))); err != nil {
			return nil, fmt.Errorf("english: %w", err)
		}
	}
	w := fileWriter{kind: "phrases"}
	w.addRecords("phrases", &rw)
	w.addRecords("firsts", &fw)
	return w.bytes()
}
