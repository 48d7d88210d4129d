package qa

import (
	"strings"

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
//
// One step follows the library's: its rule that undoubles a final
// consonant once it cuts "-ed" or "-ing" ("hopping" -> "hop") also cuts
// the verbs whose base ends in the double ("adding", "added" -> "ad",
// where "add" stays "add"; "staffed" -> "staf", "staff" -> "staff"), so
// that the verb and its forms were two terms and "additions" (whose
// WordNet derivation is "add") never met "adding" (redoubled).
func stem(w string) string {
	if len(w) <= 2 || isNumber(w) {
		return w
	}
	return redoubled(w, snowballStem(w))
}

// snowballStem returns the snowball English stem of w (longer than two
// bytes, no number): read from the English resources' table for their
// words, else from the library.
func snowballStem(w string) string {
	if s, ok := english.Load().Stem(w); ok {
		return s
	}
	return snowball.Stem(w, true)
}

// undoubled are the final doubles the snowball stemmer undoubles after
// cutting "-ed", "-ing", "-edly" or "-ingly" (Porter2, step 1b).
const undoubled = "bdfgmnprt"

// redoubled returns the stem of word w given its snowball stem s: s with
// its last letter doubled again when the stemmer undoubled it from a verb
// whose base ends in the double, else s. The double is the verb's when w
// goes on from s with s's last letter again, that longer form is a
// WordNet verb and s itself is none: "adding" -> "add" ("ad" is no verb),
// "staffing" -> "staff"; not "hopping" ("hopp" is no word) nor "putting"
// ("put" is a verb: the stem of "putt" is "putt").
func redoubled(w, s string) string {
	n := len(s)
	if n < 2 || n >= len(w) || w[n] != s[n-1] || w[:n] != s || strings.IndexByte(undoubled, s[n-1]) < 0 {
		return s
	}
	en := english.Load()
	if en.Err() != nil || en.POS(s).Has(english.Verb) || !en.POS(w[:n+1]).Has(english.Verb) {
		return s
	}
	return w[:n+1]
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
