package qa

import (
	snowball "github.com/kljensen/snowball/english"

	"github.com/qabot/qabot/qa/english"
)

// stem returns the index term of a normalised token: its snowball English
// stem, or the token itself for numbers and short words. Stemming is done
// once per distinct word at Build (see Index.surface); questions look their
// words up there first and stem only words the corpus does not hold. The
// stem of a word of the English resources (WordNet's and GloVe's, as most
// words are, and all the alternatives of a question's words) is read from
// their table (english.Stem: a lookup, where the library takes some 13,000
// instructions a word); the library stems the others.
func stem(w string) string {
	if len(w) <= 2 || isNumber(w) {
		return w
	}
	if s, ok := english.Load().Stem(w); ok {
		return s
	}
	return snowball.Stem(w, true)
}

// isStopWord reports whether w carries no content for retrieval: the
// snowball English stop list plus a few words that questions are built of
// (tokenwords.txt [stopwords]).
func isStopWord(w string) bool {
	if snowball.IsStopWord(w) {
		return w != "us" // "us" is the canonical form of "U.S."
	}
	// Most words asked about are content words: the filter rules out
	// nearly all of them without hashing them (isStopWord is asked of
	// every token of an answer's sentence, and of the question's words).
	tw := tokenWords()
	return mayHold(&tw.mayStop, w) && tw.stopWords[w]
}

// stems remembers the stems of the words stemmed so far by stemCached, up
// to stemCacheWords words.
var stems stemMemo

const stemCacheWords = 1 << 17

// stemCached is stem with a process-wide memory, for the words questions
// and their alternatives bring: each distinct word is stemmed once.
func stemCached(w string) string {
	return stems.get(w, stemCacheWords, func() string { return stem(w) })
}
