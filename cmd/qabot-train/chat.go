package main

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// chatStyle rewrites a well-formed question the way people type in chat:
// lower case and no question mark always; then, by chance, key words only
// (the little words and the verb "to be" dropped), a contraction ("who is"
// -> "whos"), and a typo in a longer word (two letters swapped, one
// dropped or doubled). The answer stays the same, so the ranker and the
// confidence model learn to read such questions as well as written ones.
func chatStyle(q string, r *rand.Rand) string {
	s := strings.ToLower(strings.TrimSpace(q))
	s = strings.TrimRight(s, "?!. ")
	words := strings.Fields(s)
	if r.Float64() < 0.35 {
		words = keyWords(words)
	}
	if r.Float64() < 0.25 && len(words) > 1 {
		if c, ok := contractions[words[0]+" "+words[1]]; ok {
			words = append([]string{c}, words[2:]...)
		}
	}
	if r.Float64() < 0.4 {
		typo(words, r)
	}
	if len(words) == 0 {
		return s
	}
	return strings.Join(words, " ")
}

// swapName replaces the name title (an article's title, or its first
// word of four letters or more) in question q by other, and reports
// whether q named it.
func swapName(q, title, other string) (string, bool) {
	if other == title || other == "" {
		return q, false
	}
	if strings.Contains(q, title) {
		return strings.Replace(q, title, other, 1), true
	}
	for w := range strings.FieldsSeq(title) {
		if len(w) >= 4 && unicode.IsUpper([]rune(w)[0]) && strings.Contains(q, w) {
			return strings.Replace(q, w, other, 1), true
		}
	}
	return q, false
}

// contractions are what chat makes of a question's first two words.
var contractions = map[string]string{
	"who is": "whos", "what is": "whats", "where is": "wheres", "who was": "whos",
	"what was": "whats", "how is": "hows", "when is": "whens", "what are": "whats",
}

// dropInKeyWords are the words people leave out when they type key words:
// articles, the verb "to be", auxiliaries and a few prepositions. The
// question word stays: "when is the deadline" -> "when deadline".
var dropInKeyWords = map[string]bool{
	"the": true, "a": true, "an": true, "is": true, "was": true, "are": true,
	"were": true, "did": true, "does": true, "do": true, "of": true, "to": true,
	"in": true, "for": true, "by": true, "that": true, "has": true, "have": true,
	"had": true, "be": true, "been": true,
}

// keyWords drops the little words of a question, keeping at least two.
func keyWords(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		if !dropInKeyWords[strings.Trim(w, ",;:")] {
			out = append(out, strings.Trim(w, ",;:"))
		}
	}
	if len(out) < 2 {
		return words
	}
	return out
}

// typo changes one letter of a word of six letters or more: two neighbours
// swapped, one dropped or one doubled.
func typo(words []string, r *rand.Rand) {
	var long []int
	for i, w := range words {
		if utf8.RuneCountInString(w) >= 6 && isLetters(w) {
			long = append(long, i)
		}
	}
	if len(long) == 0 {
		return
	}
	i := long[r.IntN(len(long))]
	w := []rune(words[i])
	p := 1 + r.IntN(len(w)-2) // never the first letter
	switch r.IntN(3) {
	case 0:
		w[p], w[p+1] = w[p+1], w[p]
	case 1:
		w = append(w[:p], w[p+1:]...)
	default:
		w = append(w[:p+1], w[p:]...)
	}
	words[i] = string(w)
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
