package qa

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestRegatherAsGathered checks regather, which reads back the sentence
// facts rerank gathered for a candidate's row, against gather run again
// on the candidate, as ownConfidence ran it, for every candidate of the
// seeds' and the handbook's training questions in the ranker's order: the
// same facts, field by field (floats to the bit), and the same question
// features, which ownConfidence reads off them; and that the ranker moved some candidates off
// their rows, so that a read by place would not pass.
func TestRegatherAsGathered(t *testing.T) {
	checked, moved := 0, 0
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, total float64) {
		for i, c := range sc.top {
			var want facts
			ix.gather(&want, q, sc, c, int(c.row), total)
			ix.regather(q, sc, c, total)
			got := sc.facts
			if got.ix != want.ix || got.q != want.q || got.sc != want.sc || got.c != want.c || got.s != want.s ||
				got.st != want.st || got.rank != want.rank || math.Float64bits(got.total) != math.Float64bits(want.total) {
				t.Fatalf("%q: candidate %d (row %d): regather's fields %+v, want %+v", text, i, c.row, got, want)
			}
			if g, w := fmt.Sprintf("%+v", got.sentFacts), fmt.Sprintf("%+v", want.sentFacts); g != w {
				t.Fatalf("%q: candidate %d (row %d): regather's sentence facts\n%s, want\n%s", text, i, c.row, g, w)
			}
			for _, ft := range questionFeatures {
				got.pick, want.pick = i, i
				if g, w := ft.value(&got), ft.value(&want); math.Float64bits(g) != math.Float64bits(w) {
					t.Fatalf("%q: candidate %d: %s got %v, want %v", text, i, ft.name, g, w)
				}
			}
			checked++
			if int(c.row) != i {
				moved++
			}
		}
	})
	if checked < 1000 || moved < 100 {
		t.Errorf("checked %d candidates, %d off their rows, want at least 1000 and 100", checked, moved)
	}
	t.Logf("checked %d candidates, %d off their rows", checked, moved)
}

// TestRowFactsInPlace checks that rerank gathers each row's facts in their
// place (sc.rowFacts[row]) and reads the row's features off them: for
// every candidate of the seeds' and the handbook's training questions,
// gather run again on it gives the facts stored for its row (the sentence
// facts field by field, floats to the bit, and the candidate's sentence,
// rank and question), and candidateRow on those facts gives its row of
// sc.feat to the bit.
func TestRowFactsInPlace(t *testing.T) {
	nf := len(candidateFeatures)
	checked := 0
	x := make([]float64, nf)
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, total float64) {
		if len(sc.rowFacts) != len(sc.top) {
			t.Fatalf("%q: %d row facts for %d candidates", text, len(sc.rowFacts), len(sc.top))
		}
		for i, c := range sc.top {
			var want facts
			ix.gather(&want, q, sc, c, int(c.row), total)
			got := &sc.rowFacts[c.row]
			if got.ix != ix || got.q != q || got.sc != sc || got.s != c.sent || got.st != want.st || got.rank != int(c.row) ||
				math.Float64bits(got.total) != math.Float64bits(want.total) {
				t.Fatalf("%q: candidate %d (row %d): stored sentence %d, rank %d, want %d, %d", text, i, c.row, got.s, got.rank, c.sent, c.row)
			}
			if g, w := fmt.Sprintf("%+v", got.sentFacts), fmt.Sprintf("%+v", want.sentFacts); g != w {
				t.Fatalf("%q: candidate %d (row %d): stored sentence facts\n%s, want\n%s", text, i, c.row, g, w)
			}
			candidateRow(&want, x)
			row := sc.feat[int(c.row)*nf : int(c.row+1)*nf]
			for k := range x {
				if math.Float64bits(row[k]) != math.Float64bits(x[k]) {
					t.Fatalf("%q: candidate %d (row %d): feature %s got %v, want %v", text, i, c.row, candidateFeatures[k].name, row[k], x[k])
				}
			}
			checked++
		}
	})
	if checked < 1000 {
		t.Errorf("checked %d candidates, want at least 1000", checked)
	}
	t.Logf("checked %d candidates", checked)
}

// sentenceRuleTexts returns texts for the sentence rules' plain-loop
// tests: every sentence of the embedded corpus, the handbook and, when
// they are beside the repository, the 48 SQuAD articles, after texts
// whose words start, end or break at an invalid byte, a letter beyond
// ASCII, a digit or a figure that is not a year.
func sentenceRuleTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{"", "five", "Five.", "in 2008", "since 2008", "since 2008 five", "since 2008, twice", "around 2008",
		"since around 2008", "in 1994 and until 2027", "in 1994 and 5th", "2gb", "4th", "in 2008s", "In\xff2008", "since\xff 2008 and ten",
		"Ünd since 2008", "since ٢٠٠٨", "ten٢", "a dozen", "overnight", "a week", "Twenty\u00a0days", "\xffseven", "seven\xff", "37 °C", "degrees",
		"on Monday", "in March", "before the vote", "İstanbul since 2008", "SINCE 2008", "Since AROUND 2008", "sİnce 2008",
		"since cİrca 2008", "In 2019 it opened 12 stores", "since aroundaroundaroundaroundaround 2008", "SINCESINCESINCESINCESINCE 2008"}
	// The repository's own corpora hold enough temperatures, ranges and
	// years that the rules read both ways without the SQuAD articles
	// beside the repository (a clean clone's CI has none).
	docs := embedded(t)
	for _, dir := range []string{"handbook/corpus", "news-vaccine/corpus", "wiki13/corpus", "wiki5/corpus", "wiki6/corpus", "wiki/corpus"} {
		docs = append(docs, testCorpus(t, dir)...)
	}
	docs = append(docs, squad48Docs(t)...)
	for _, s := range Build(docs).sents {
		texts = append(texts, s.text)
	}
	return texts
}

// TestSentenceRulesPlain: the rules of answersCount that read a sentence's
// words give, on every text of sentenceRuleTexts, what they gave reading
// lowerWords' and lowerAlnumWords' iterators word by word in one pass
// (yearsOnly read its figures and number words together): yearsOnly skips
// a text with no digit and looks its number words up last, and the others
// walk the words in a plain loop (anyLowerWord).
func TestSentenceRulesPlain(t *testing.T) {
	yearsPlain := func(text string) bool {
		yearPrep := phraseWords().yearPrepositions
		in := func(w string) bool { return yearPrep[w] && w != "around" && w != "circa" }
		years := 0
		var prev, before string
		for w := range lowerAlnumWords(text) {
			if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
				y, err := strconv.Atoi(w)
				if err != nil || len(w) != 4 || y < minAskedYear || y > maxAskedYear ||
					!in(prev) && !((prev == "around" || prev == "circa") && in(before)) {
					return false
				}
				years++
			} else if numberWord(w) {
				return false
			}
			before, prev = prev, w
		}
		return years > 0
	}
	anyPlain := func(text string, ok func(string) bool) bool {
		for w := range lowerWords(text) {
			if ok(w) {
				return true
			}
		}
		return false
	}
	deg := questionWords().degreeWords
	counts := map[string]int{}
	for _, text := range sentenceRuleTexts(t) {
		for _, r := range []struct {
			name      string
			got, want bool
		}{
			{"yearsOnly", yearsOnly(text), yearsPlain(text)},
			{"holdsNumberWord", holdsNumberWord(text), anyPlain(text, numberWord)},
			{"givesTemperature", givesTemperature(text), strings.ContainsRune(text, '°') || anyPlain(text, func(w string) bool { return deg[w] })},
			{"givesWhen", givesWhen(&sentence{text: text}), givesWhenPlain(text, anyPlain)},
		} {
			if r.got != r.want {
				t.Errorf("%s(%q): got %v, want %v", r.name, text, r.got, r.want)
			}
			if r.want {
				counts[r.name]++
			}
		}
	}
	// Each rule is true of some texts, so that the test reads both ways.
	for _, name := range []string{"yearsOnly", "holdsNumberWord", "givesTemperature", "givesWhen"} {
		if counts[name] < 5 {
			t.Errorf("%s true of %d texts: want at least 5", name, counts[name])
		}
	}
}

// givesWhenPlain is givesWhen of a sentence with no phrases, its words
// read by any.
func givesWhenPlain(text string, any func(string, func(string) bool) bool) bool {
	if strings.ContainsAny(text, "0123456789") {
		return true
	}
	pw, when := phraseWords(), questionWords().whenWords
	return any(text, func(w string) bool {
		return numberWord(w) || when[w] || pw.months[w] || pw.weekdays[strings.TrimSuffix(w, "s")] || pw.relativeDays[w] || pw.relativeUnits[strings.TrimSuffix(w, "s")]
	})
}

// TestMayAnswerAllocates: the answer decision asks mayAnswer of the first
// candidate of every answer; for a who or when question and a sentence
// with a figure its rules read no word and make no allocation (a range
// over lowerWords with a return in answersCount and givesWhen made one
// each at every call: anyLowerWord).
func TestMayAnswerAllocates(t *testing.T) {
	ix := Build(embedded(t))
	s := slices.IndexFunc(ix.sents, func(st sentence) bool { return strings.ContainsAny(st.text, "0123456789") })
	if s < 0 {
		t.Fatal("no sentence of the embedded corpus holds a figure")
	}
	for _, text := range []string{"when was the deadline", "who leads the delegation", "what did the ministry launch"} {
		q := Parse(text)
		if got := testing.AllocsPerRun(20, func() { ix.mayAnswer(&q, int32(s)) }); got != 0 {
			t.Errorf("mayAnswer(%q, %q): got %v allocations, want 0", text, ix.sents[s].text, got)
		}
	}
}
