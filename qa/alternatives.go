package qa

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/qabot/qabot/qa/english"
)

// Alternatives. A question word also matches other words that say the same
// thing, each below the word itself and tagged with where it comes from, so
// that the answer model can weigh each source by what it proved worth
// (features.go: "form", "synonym", "related", "vector"):
//
//   - forms: the word's base forms by WordNet's morphy and exception lists
//     ("bought" -> "buy"), the lexicon's abbreviations ("govt" ->
//     "government", lexicon.txt) and, found in the corpus itself, its word
//     family (family.go: "citizen" -> "citizenship");
//   - synonyms: the words of the same WordNet synset, for the word's first
//     few senses ("purchase" for "buy"), and for those of the verb it
//     inflects when it is a noun too ("lead" for "heading");
//   - related: WordNet derivations ("decide" -> "decision"), similar
//     adjectives, hypernyms one level up ("probe" -> "investigation"),
//     hyponyms one level down ("sport" -> "skiing") and, for a place, the
//     places that hold it ("paris" -> "france"), of the first sense;
//   - vectors: the word's nearest GloVe neighbours ("talks" ->
//     "negotiations"), weighed by their cosine.
//
// Alternatives are computed when an index first meets a word, and
// remembered resolved against its terms (words.go), not as words: an index
// asked many questions keeps one compact entry a word.

// altKind says where an alternative of a question word comes from.
type altKind uint8

const (
	altOwn     altKind = iota // the word itself, its stem, acronym or spelling
	altForm                   // a base form, abbreviation or word family
	altSynonym                // a WordNet synonym
	altRelated                // a WordNet derivation, similar adjective or hypernym
	altVector                 // a GloVe neighbour
	altKinds                  // the number of kinds
)

// alt is an alternative of a question word: a word, how much it weighs
// against the word itself (1) and where it comes from.
type alt struct {
	word string
	code weightCode
	kind altKind
}

// weight returns how much the alternative weighs against the word itself.
func (a alt) weight() float64 { return a.code.weight() }

// alternatives returns the alternatives of question word w (normalised,
// lower case), strongest first, gathered from the lexicon and the English
// resources, in buf's array while they fit: a caller that keeps none of
// them passes room on its stack, and they take no allocation.
func alternatives(w string, buf []alt) []alt {
	s := stemCached(w)
	out := buf[:0]
	add := func(word string, code weightCode, kind altKind) {
		if word == w || isStopWord(word) {
			return
		}
		for i := range out {
			if out[i].word == word {
				if code.weight() > out[i].weight() {
					out[i].code, out[i].kind = code, kind
				}
				return
			}
		}
		out = append(out, alt{word: word, code: code, kind: kind})
	}
	for _, a := range lexicon().alternatives(s) {
		add(a, codeForm, altForm)
	}
	if o := otherOrdinal(w); o != "" {
		// "fourth" and "4th" are one word written two ways.
		add(o, codeForm, altForm)
	}
	if o := cardinalOrdinal(w); o != "" {
		// "week 1" (from "week one") is the "first week": a form of
		// the number, as "4th" is of "fourth".
		add(o, codeForm, altForm)
	}
	en := english.Load()
	if en.Err() == nil {
		// The word is read in WordNet once for its lemmas, relatives and
		// inflected relatives.
		lw := en.Look(w)
		var lbuf [8]string
		lemmas := lw.AppendLemmas(lbuf[:0])
		for _, l := range lemmas {
			add(l, codeForm, altForm)
		}
		// The irregular forms of the word's lemmas, which no stem joins
		// ("leading" and "led", "began" and "begun"): WordNet's exception
		// lists read the other way. Only those of a lemma the word
		// inflects, or of a word WordNet knows as no noun: a bare noun
		// that is a verb too is most often asked as the noun ("callout
		// pay" asks for the pay, not for what is "paid").
		var ibuf [8]string
		for _, l := range lemmas {
			if l == w && posCached(en, w)&english.Noun != 0 {
				continue
			}
			for _, f := range en.AppendIrregular(ibuf[:0], l) {
				add(f, codeForm, altForm)
			}
		}
		if len(lemmas) == 0 {
			// WordNet's exception list reads "happier" back as "happy",
			// but the embedded tables keep it only for GloVe's words: a
			// rarer degree of an adjective in -y ("likeliest") is read
			// back here, by the same spelling rule, when WordNet knows
			// the adjective.
			if b := en.YDegreeBase(w); b != "" {
				add(b, codeForm, altForm)
			}
		}
		// The relatives, in room on the stack while they fit.
		var rbuf [64]english.Relation
		related := lw.AppendRelated(rbuf[:0])
		for _, r := range related {
			switch {
			case r.Kind == english.Synonym && r.Sense <= maxSynSense:
				add(r.Word, codeSynonym, altSynonym)
			case (r.Kind == english.Derivation || r.Kind == english.Similar) && r.Sense <= maxSynSense,
				(r.Kind == english.Hypernym || r.Kind == english.Hyponym || r.Kind == english.Holonym) && r.Sense <= maxHyperSense:
				add(r.Word, codeRelated, altRelated)
			}
		}
		for _, r := range lw.AppendInflectedRelated(related[len(related):]) {
			if r.Kind == english.Synonym && r.Sense <= maxSynSense {
				add(r.Word, codeInflected, altSynonym)
			}
		}
		// Words used in the same contexts include opposites ("start" and
		// "end"): a WordNet antonym of the word, or of a synonym of its
		// first sense, is no vector alternative.
		var antonyms []string
		synonyms := 0
		for _, r := range related {
			switch {
			case r.Kind == english.Antonym:
				antonyms = append(antonyms, r.Word)
			case r.Kind == english.Synonym && r.Sense == 1 && synonyms < maxAntonymSources:
				synonyms++
				antonyms = en.AppendAntonyms(antonyms, r.Word)
			}
		}
		n := 0
		// Neighbours come best first, read one at a time: those below
		// minVectorCos and those after the last one kept are not read.
		for nb := range en.SimilarAbove(w, minVectorCos) {
			if slices.Contains(antonyms, nb.Word) {
				continue
			}
			if n == maxVectorAlts {
				break
			}
			if !isStopWord(nb.Word) {
				add(nb.Word, vectorCode(nb.Cos), altVector)
				n++
			}
		}
	}
	slices.SortStableFunc(out, func(a, b alt) int { return cmp.Compare(b.weight(), a.weight()) })
	if len(out) > maxAlts {
		out = out[:maxAlts]
	}
	return out
}

// termOfWord returns the term of the corpus that word w (lower case) is a
// form of: by its surface form, else by its stem (stemmed once per
// process, stemCached).
func (ix *Index) termOfWord(w string) (int32, bool) {
	if id, ok := ix.wordTerm(w); ok {
		return id, true
	}
	id, ok := ix.stemTerm(stemCached(w))
	return id, ok
}

// otherOrdinal returns the other spelling of an ordinal: in figures for
// one in words ("fourth" -> "4th", "twentieth" -> "20th"), in words for
// one in figures ("3rd" -> "third"), or "" when w is no ordinal of one to
// twenty, thirty and so on to ninety (numberWord's ordinals).
func otherOrdinal(w string) string {
	if d := strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }); d > 0 {
		n, err := strconv.Atoi(w[:d])
		if err != nil || w[d:] != ordinalSuffix(n) {
			return ""
		}
		for word := range ordinalWords() {
			if ordinalWords()[word] == n {
				return word
			}
		}
		return ""
	}
	if n, ok := ordinalWords()[w]; ok {
		return strconv.Itoa(n) + ordinalSuffix(n)
	}
	return ""
}

// cardinalOrdinal returns the ordinal word of w, a whole number from one
// to twenty written in digits ("1" -> "first", "12" -> "twelfth"), or ""
// for any other word: a numbered stage, week or step is its ordinal one.
func cardinalOrdinal(w string) string {
	if len(w) > 2 || w == "" || w[0] == '0' {
		return ""
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n >= len(ordinalOf()) {
		return ""
	}
	return ordinalOf()[n]
}

// ordinalOf holds the ordinal words of one to twenty by their numbers
// (ordinalWords inverted; [0] is empty).
var ordinalOf = sync.OnceValue(func() (of [21]string) {
	for w, n := range ordinalWords() {
		if n < len(of) {
			of[n] = w
		}
	}
	return of
})

// ordinalSuffix is the ending of n written as an ordinal in figures ("1st",
// "12th", "22nd").
func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// ordinalWords maps the ordinals written as one word to their numbers:
// [ordinals] of phrasewords.txt as the first twelve say them, the rest a
// number word and "th" ("fourth", "twentieth").
var ordinalWords = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	irregular := map[string]string{"first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight", "ninth": "nine", "twelfth": "twelve"}
	for w, n := range smallNumbers {
		if n == 0 {
			continue
		}
		th := w + "th"
		if tens, ok := strings.CutSuffix(w, "y"); ok {
			th = tens + "ieth"
		}
		m[th] = int(n)
	}
	for o, w := range irregular {
		delete(m, w+"th")
		m[o] = int(smallNumbers[w])
	}
	m["first"] = 1
	return m
})
