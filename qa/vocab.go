package qa

// vocab holds the distinct normalised words of a document, or of a whole
// corpus, while Build runs.
// Each word is stored once, and the token texts share its string, so a
// word repeated across the corpus costs one allocation; what Build learns
// about a word (whether it is a stop word, its term, whether it occurs in
// lower case) is likewise worked out once per word, not once per token.
// A vocab is local to one Build and dropped when Build returns.
type vocab struct {
	ids   map[string]int32 // word -> index in words
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
	return &vocab{ids: make(map[string]int32, n), words: make([]vocabWord, 0, n)}
}

// add returns the index of w, adding it if it is new.
func (v *vocab) add(w string) int32 {
	if i, ok := v.ids[w]; ok {
		return i
	}
	return v.insert(w)
}

// addBytes is add for a word in a scratch buffer: the lookup does not
// allocate, and only a new word is copied into a string.
func (v *vocab) addBytes(b []byte) int32 {
	if i, ok := v.ids[string(b)]; ok {
		return i
	}
	return v.insert(string(b))
}

// insert adds w, known to be new, and returns its index.
func (v *vocab) insert(w string) int32 {
	i := int32(len(v.words))
	term := termNone
	if isStopWord(w) {
		term = termStop
	}
	_, rewrites := tokenWords().spellings[w]
	v.words = append(v.words, vocabWord{text: w, term: term, class: classOf(w), rewrites: rewrites})
	v.ids[w] = i
	return i
}
