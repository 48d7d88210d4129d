package eval

import (
	"slices"
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

// cellSep joins the cells of a table row as the index reads it
// ("Team; $15 per seat per month; up to 25").
const cellSep = "; "

// ShortAnswers returns the gold answers a short answer to question is
// measured against. A gold answer that spans cells of a table row ("Team;
// 300": the row's name, then the value asked for) stands for the row, and
// the short answer it asks for is one of its cells that repeat none of the
// question's words ("300" for "how many users can a team plan have"): those
// cells take its place. A gold answer whose every cell repeats the
// question's words is kept as it is, and so is every other gold answer.
func ShortAnswers(question string, golds []string) []string {
	if !slices.ContainsFunc(golds, func(g string) bool { return strings.Contains(g, cellSep) }) {
		return golds
	}
	asked := map[string]bool{}
	for _, w := range strings.Fields(normalizeAnswer(question)) {
		asked[w] = true
	}
	var out []string
	for _, g := range golds {
		n := len(out)
		if strings.Contains(g, cellSep) {
			for _, cell := range strings.Split(g, cellSep) {
				words := strings.Fields(normalizeAnswer(cell))
				if len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return asked[w] }) {
					out = append(out, strings.TrimSpace(cell))
				}
			}
		}
		if len(out) == n {
			out = append(out, g)
		}
	}
	return out
}

// WordsIn reports whether answer, normalised as SpanScores normalises
// answers, stands in sentence, normalised the same way, as whole words
// ("$15 per seat" in "Team costs 15 per seat.", not "5 per seat"). An
// answer that normalises to nothing stands nowhere.
func WordsIn(sentence, answer string) bool {
	a := normalizeAnswer(answer)
	return a != "" && strings.Contains(" "+normalizeAnswer(sentence)+" ", " "+a+" ")
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
