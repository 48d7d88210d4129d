package qa

import (
	"path/filepath"
	"strings"
	"testing"

	snowball "github.com/kljensen/snowball/english"
)

// plainStem is stem without the English resources' table: the library for
// every word.
func plainStem(w string) string {
	if len(w) <= 2 || isNumber(w) {
		return w
	}
	return snowball.Stem(w, true)
}

// TestStemEqualsSnowball: snowballStem, which reads the stems of the
// English resources' words from their table, gives the library's stem for the
// words of the chat-style training questions and every alternative of
// them (the words answering stems), for the words of the embedded corpus,
// and for words of no vocabulary. (qa/english's TestStemsEqualSnowball
// checks the whole table.)
func TestStemEqualsSnowball(t *testing.T) {
	words := map[string]bool{}
	for _, w := range []string{
		"a", "is", "the", "1990", "3.5", "1990s", "17th", "talks", "negotiations", "hoping", "skies",
		"activitty", "anitibiotics", "qwzxv", "naïve", "café", "e-mail", "u.s.", "rock'n'roll", "ppl",
	} {
		words[w] = true
	}
	names, err := filepath.Glob(filepath.Join("testdata", "*", "train.jsonl"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no training sets: %v", err)
	}
	for _, name := range names {
		for _, it := range readEval(t, name) {
			for _, w := range Parse(it.Question).words {
				words[w.text] = true
				for _, a := range alternatives(w.text, nil) {
					words[a.word] = true
				}
			}
		}
	}
	for _, d := range embedded(t) {
		for _, tok := range tokenize(d.Body, nil) {
			words[tok.text] = true
			words[strings.ToLower(tok.text)] = true
		}
	}
	if len(words) < 10000 {
		t.Fatalf("only %d words to check", len(words))
	}
	for w := range words {
		if len(w) <= 2 || isNumber(w) {
			continue
		}
		if got, want := snowballStem(w), plainStem(w); got != want {
			t.Errorf("snowballStem(%q) = %q, want snowball's %q", w, got, want)
		}
	}
}

// TestStemRedoubles: a verb whose base ends in a double the stemmer
// undoubles in its "-ed" and "-ing" forms is one term with them, while
// the words whose undoubled stem is a verb, or whose doubled form is no
// word, keep the library's stem.
func TestStemRedoubles(t *testing.T) {
	tests := []struct{ in, want string }{
		{"add", "add"},
		{"adding", "add"},
		{"added", "add"},
		{"staff", "staff"},
		{"staffed", "staff"},
		{"staffing", "staff"},
		{"stuffed", "stuff"},
		{"ads", "ad"},       // the noun, no form of "add"
		{"hopping", "hop"},  // "hopp" is no word
		{"putting", "put"},  // "put" is a verb itself
		{"planned", "plan"}, // "plann" is no word
		{"running", "run"},
	}
	for _, tc := range tests {
		if got := stem(tc.in); got != tc.want {
			t.Errorf("stem(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
