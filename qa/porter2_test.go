package qa

import (
	"testing"

	"github.com/kljensen/snowball/english"
)

// stemSuffixes are the endings the stemmer's steps look for, to build
// test words that reach every branch.
var stemSuffixes = []string{
	"", "e", "y", "s", "ly", "sses", "ied", "ies", "us", "ss",
	"eedly", "ingly", "edly", "ing", "eed", "ed", "at", "bl", "iz", "bb", "tt",
	"ational", "fulness", "iveness", "ization", "ousness", "biliti", "lessli",
	"tional", "alism", "aliti", "ation", "entli", "fulli", "iviti", "ousli",
	"anci", "abli", "alli", "ator", "enci", "izer", "bli", "logi", "ogi", "li",
	"alize", "icate", "ative", "iciti", "ical", "ful", "ness", "ement", "ance",
	"ence", "able", "ible", "ment", "ent", "ant", "ism", "ate", "iti", "ous",
	"ive", "ize", "sion", "tion", "ion", "al", "er", "ic", "ll", "le",
}

// TestStemASCIIMatchesLibrary compares the byte-level stemmer with the
// snowball library on every word of up to four letters over an alphabet
// that mixes vowels, y and the consonants the rules name, and on stems
// followed by every suffix the rules look for.
func TestStemASCIIMatchesLibrary(t *testing.T) {
	const alphabet = "aeiouybcdglnrstwx"
	var words []string
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		if len(prefix) >= 3 {
			words = append(words, prefix)
		}
		if n == 0 {
			return
		}
		for i := 0; i < len(alphabet); i++ {
			gen(prefix+alphabet[i:i+1], n-1)
		}
	}
	gen("", 4)
	bases := []string{
		"", "a", "y", "by", "sky", "gener", "commun", "arsen", "hop", "hopp",
		"agre", "fl", "tri", "cri", "happ", "nation", "condit", "rel", "fals",
		"invest", "negoti", "sens", "formal", "elect", "ey", "sayy", "lux",
		"snow", "play", "generous", "communic", "2k", "covid19",
	}
	for _, b := range bases {
		for _, s := range stemSuffixes {
			words = append(words, b+s)
			for _, s2 := range []string{"s", "ly", "ed", "ing", "ness"} {
				words = append(words, b+s+s2)
			}
		}
	}
	words = append(words, "skies", "dying", "proceeding", "exceeds", "news")
	for _, w := range words {
		if len(w) < 3 {
			continue // stem keeps short words as they are
		}
		got, ok := stemASCII(w)
		if !ok {
			t.Fatalf("stemASCII(%q) declined a lower-case ASCII word", w)
		}
		if want := english.Stem(w, true); got != want {
			t.Errorf("stemASCII(%q) = %q, want %q (snowball)", w, got, want)
		}
	}
}

func TestStemASCIIDeclines(t *testing.T) {
	for _, w := range []string{"", "ab", "Caps", "naïve", "don't", "a-b", "1.5"} {
		if got, ok := stemASCII(w); ok {
			t.Errorf("stemASCII(%q) = %q, true; want false", w, got)
		}
	}
}

// FuzzStemASCII maps arbitrary bytes to lower-case letters and digits and
// checks that the byte-level stemmer agrees with the snowball library.
func FuzzStemASCII(f *testing.F) {
	for _, s := range []string{"generalization", "hopping", "skies", "communication", "yelling", "agreed"} {
		f.Add([]byte(s))
	}
	const alphabet = "abcdefghijklmnopqrstuvwxyzaeiouy0123"
	f.Fuzz(func(t *testing.T, raw []byte) {
		b := make([]byte, len(raw))
		for i, c := range raw {
			b[i] = alphabet[int(c)%len(alphabet)]
		}
		w := string(b)
		got, ok := stemASCII(w)
		if !ok {
			return
		}
		if want := english.Stem(w, true); got != want {
			t.Fatalf("stemASCII(%q) = %q, want %q (snowball)", w, got, want)
		}
	})
}
