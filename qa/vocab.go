package qa

import (
	"unsafe"
)

// vocab holds the distinct normalised words of a document, or of a whole
// corpus, while Build runs.
// Each word is stored once, and the token texts share its string, so a
// word repeated across the corpus costs one allocation; what Build learns
// about a word (whether it is a stop word, its term, whether it occurs in
// lower case) is likewise worked out once per word, not once per token.
// A vocab is local to one Build and dropped when Build returns.
//
// Its words are found through an idSlots table of their indexes, hashed
// on the texts the words already hold, not a map[string]int32: a word
// costs 4 bytes of slot at a load of at most three quarters, against the
// 24-byte slot of a map (its string header and index) at seven eighths.
// The vocabs of the parts and the merged one are all held at Build's
// peak: on 48 SQuAD articles some 73,000 words, whose maps took about
// 3 MB of a live heap of 17 MB.
type vocab struct {
	ids   idSlots // finds a word's index in words
	words []vocabWord
}

// vocabWord is one distinct word of the corpus.
type vocabWord struct {
	text string
	// term is the word's term id once Build has indexed it, termStop for
	// a stop word and termNone before.
	term int32
	// lower is true when the word occurs in lower case in the corpus;
	// midCap when it occurs capitalised other than as a sentence's first
	// word.
	lower, midCap bool
	// class is classOf(text).
	class wordClass
	// rewrites is true when text is a spelling tokenwords.txt rewrites: a
	// token written so becomes another word (see plainWord).
	rewrites bool
}

// Values of vocabWord.term that are not term ids.
const (
	termStop int32 = -1
	termNone int32 = -2
)

// newVocab returns an empty vocab with room for about n words.
func newVocab(n int) *vocab {
	v := &vocab{words: make([]vocabWord, 0, n)}
	v.ids.rehash(vocabSlots(n), 0, nil)
	return v
}

// vocabSlots returns the slots of a table for n words: the least power
// of two, at least 64, that n words fill to no more than three quarters.
func vocabSlots(n int) int {
	slots := 64
	for 3*slots < 4*n {
		slots *= 2
	}
	return slots
}

// text returns the text of word i.
func (v *vocab) text(i int) string { return v.words[i].text }

// find returns the index of w. It is idSlots.look written out for the
// vocab: the tokenizer finds every word of a corpus here, and look's
// keyOf, an indirect call to text a probe whose tag agrees, took about a
// sixth of its count (TestVocabFindPlain).
func (v *vocab) find(w string) (int32, bool) {
	slots := v.ids.slots
	if len(slots) == 0 {
		return 0, false
	}
	mask := uint32(len(slots) - 1)
	h := keyHash(v.ids.seed, w)
	tag := uint32(h>>32) &^ mask
	for i := uint32(h) & mask; slots[i] != 0; i = (i + 1) & mask {
		if s := slots[i]; s&^mask == tag {
			if id := int32(s&mask) - 1; v.words[id].text == w {
				return id, true
			}
		}
	}
	return 0, false
}

// findBytes is find for a word in a scratch buffer, which it does not
// keep.
func (v *vocab) findBytes(b []byte) (int32, bool) {
	return v.find(unsafe.String(unsafe.SliceData(b), len(b)))
}

// add returns the index of w, adding it if it is new.
func (v *vocab) add(w string) int32 {
	if i, ok := v.find(w); ok {
		return i
	}
	return v.insert(w)
}

// addBytes is add for a word in a scratch buffer: the lookup does not
// allocate, and only a new word is copied into a string.
func (v *vocab) addBytes(b []byte) int32 {
	if i, ok := v.findBytes(b); ok {
		return i
	}
	return v.insert(string(b))
}

// insert adds w, known to be new, and returns its index.
func (v *vocab) insert(w string) int32 {
	term := termNone
	if isStopWord(w) {
		term = termStop
	}
	_, rewrites := tokenWords().spellings[w]
	return v.append(vocabWord{text: w, term: term, class: classOf(w), rewrites: rewrites})
}

// append adds word, whose text is known to be new, and returns its index.
func (v *vocab) append(word vocabWord) int32 {
	if v.ids.full(len(v.words) + 1) {
		v.ids.rehash(2*len(v.ids.slots), len(v.words), v.text)
	}
	i := len(v.words)
	v.words = append(v.words, word)
	v.ids.insert(i, word.text)
	return int32(i)
}
