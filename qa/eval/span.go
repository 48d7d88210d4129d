package eval

import (
	"strings"
	"unicode"
)

// Span measures, as the official SQuAD v1.1 evaluation script does.
// Answers are normalised (lower case, punctuation and the articles "a",
// "an", "the" removed, white space folded) and compared: exact match is 1
// when the normalised prediction equals a normalised gold answer, and F1 is
// the best token-overlap F1 over the gold answers.

// SpanScores returns the exact match and F1 (each 0 or 1 and in [0,1]) of a
// predicted short answer against the gold answers. An empty prediction
// scores 0 against any non-empty gold answer.
func SpanScores(pred string, golds []string) (em, f1 float64) {
	p := normalizeAnswer(pred)
	for _, g := range golds {
		n := normalizeAnswer(g)
		if p == n {
			em = 1
		}
		f1 = max(f1, tokenF1(strings.Fields(p), strings.Fields(n)))
	}
	return em, f1
}

// normalizeAnswer lower-cases s, removes punctuation and the articles, and
// folds white space, as SQuAD's normalize_answer does.
func normalizeAnswer(s string) string {
	s = strings.ToLower(s)
	s = strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSymbol(r) && r < 0x80 {
			return -1
		}
		return r
	}, s)
	words := strings.Fields(s)
	out := words[:0]
	for _, w := range words {
		if w != "a" && w != "an" && w != "the" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// tokenF1 is the F1 of the bag-of-tokens overlap of pred and gold.
func tokenF1(pred, gold []string) float64 {
	if len(pred) == 0 || len(gold) == 0 {
		if len(pred) == len(gold) {
			return 1
		}
		return 0
	}
	count := make(map[string]int, len(gold))
	for _, g := range gold {
		count[g]++
	}
	same := 0
	for _, p := range pred {
		if count[p] > 0 {
			count[p]--
			same++
		}
	}
	if same == 0 {
		return 0
	}
	precision := float64(same) / float64(len(pred))
	recall := float64(same) / float64(len(gold))
	return 2 * precision * recall / (precision + recall)
}
