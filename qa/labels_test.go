package qa

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa/eval"
)

// labelCase is one sentence that may show a label fault in a question
// set. For an answerable question, it is a sentence of a document that
// the question's sources do not list which states one of its answers (as
// whole words, normalised as SQuAD normalises answers: eval.WordsIn) and
// holds at least half of the question's content stems: the engine is
// scored wrong, and the trainers learn wrong, when it gives that sentence,
// though it answers. For an unanswerable question, it is a sentence that
// holds all of the question's content stems, which may answer it.
type labelCase struct {
	doc, sentence string
	// answer is the answer the sentence states; "" for an unanswerable
	// question.
	answer string
}

// labelCases returns the label cases of question it on the corpus sc, in
// the order of sc's documents and sentences. A question without a content
// word (junk such as "lol") has none; so has an unanswerable question
// that is junk, not kind "unanswerable".
func labelCases(it eval.Item, sc *setCorpus) []labelCase {
	q := contentStems(it.Question)
	if len(q) == 0 || !it.Answerable && it.Kind != "unanswerable" {
		return nil
	}
	var out []labelCase
	for _, doc := range sc.paths {
		if it.Answerable && eval.SameSource(doc, it.Sources) {
			continue
		}
		for i, s := range sc.sents[doc] {
			held := 0
			for w := range q {
				if sc.stems[doc][i][w] {
					held++
				}
			}
			switch {
			case !it.Answerable && held == len(q):
				out = append(out, labelCase{doc: doc, sentence: s})
			case it.Answerable && 2*held >= len(q):
				if at := slices.IndexFunc(it.Answers, func(a string) bool { return eval.WordsIn(s, a) }); at >= 0 {
					out = append(out, labelCase{doc: doc, sentence: s, answer: it.Answers[at]})
				}
			}
		}
	}
	return out
}

// labelAllowFile lists the label cases judged not to be faults.
const labelAllowFile = "labelcheck.txt"

// Its sections: the answerable questions' cases and the unanswerable
// ones'.
const (
	allowAnswerable   = "answer-elsewhere"
	allowUnanswerable = "unanswerable-held"
)

// labelKey names the label cases of one question in one document, as the
// allow-list does: the set, the question's id and the document's path.
func labelKey(set, id, doc string) string { return set + " " + id + " " + doc }

// labelFaults returns a complaint for each document of a set's half whose
// label cases the allow-list allowed does not hold (by section, the keys
// of labelKey), and marks in seen the allowed keys it met. Unanswerable
// questions are looked at in the train half only: the eval half is read
// for measuring, not for finding what answers its unanswerable questions.
func labelFaults(set, half string, items []eval.Item, sc *setCorpus, allowed map[string]map[string]string, seen map[string]bool) []string {
	var bad []string
	for _, it := range items {
		if !it.Answerable && half != "train" {
			continue
		}
		section := allowAnswerable
		if !it.Answerable {
			section = allowUnanswerable
		}
		cases := labelCases(it, sc)
		for i, c := range cases {
			if i > 0 && cases[i-1].doc == c.doc {
				continue
			}
			key := labelKey(set, it.ID, c.doc)
			if _, ok := allowed[section][key]; ok {
				seen[section+" "+key] = true
				continue
			}
			var lines []string
			for _, d := range cases[i:] {
				switch {
				case d.doc != c.doc:
				case it.Answerable:
					lines = append(lines, fmt.Sprintf("\n\t%q states %q", d.sentence, d.answer))
				default:
					lines = append(lines, fmt.Sprintf("\n\t%q", d.sentence))
				}
			}
			if it.Answerable {
				bad = append(bad, fmt.Sprintf("%s %s %q (sources %q): unlisted %s states an answer in a sentence holding half of the question's words:%s", half, it.ID, it.Question, it.Sources, c.doc, strings.Join(lines, "")))
			} else {
				bad = append(bad, fmt.Sprintf("%s %s %q (unanswerable): %s holds all of the question's words in:%s", half, it.ID, it.Question, c.doc, strings.Join(lines, "")))
			}
		}
	}
	return bad
}

// readLabelAllowList reads the allow-list: by section, each "set id
// document: reason" line's key and reason.
func readLabelAllowList(text string) (map[string]map[string]string, error) {
	s := scanWordSections(text)
	allowed := map[string]map[string]string{}
	for _, section := range []string{allowAnswerable, allowUnanswerable} {
		allowed[section] = s.meanings(section)
		for key := range allowed[section] {
			if len(strings.Fields(key)) != 3 {
				s.fail("section [%s]: %q is not \"set id document\"", section, key)
			}
		}
	}
	return allowed, s.err()
}

// TestQuestionSetsUnlistedAnswers checks the question sets' labels the
// other way from TestQuestionSetsAnswersInSources: no answerable question's
// answer is stated, in a sentence that holds half of its content words, by
// a document its sources do not list, and no unanswerable question of a
// train half has a sentence holding all of its content words; but for the
// cases testdata/labelcheck.txt judged not to be faults, each of which must
// still be a case (checked for the sets whose subtest ran).
func TestQuestionSetsUnlistedAnswers(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", labelAllowFile))
	if err != nil {
		t.Fatal(err)
	}
	allowed, err := readLabelAllowList(string(text))
	if err != nil {
		t.Fatalf("%s: %v", labelAllowFile, err)
	}
	seen := map[string]bool{}
	ran := map[string]bool{} // the sets whose subtest ran: -run may pick a few
	for _, set := range questionSets() {
		t.Run(set.name, func(t *testing.T) {
			ran[set.name] = true
			sc := loadSetCorpus(t, set.corpus)
			for _, half := range []string{"train", "eval"} {
				for _, msg := range labelFaults(set.name, half, readSet(t, set.name, half), sc, allowed, seen) {
					t.Error(msg)
				}
			}
		})
	}
	for section, keys := range allowed {
		for key := range keys {
			if ran[strings.Fields(key)[0]] && !seen[section+" "+key] {
				t.Errorf("%s [%s]: %q is no label case any more: drop it", labelAllowFile, section, key)
			}
		}
	}
}

// TestLabelFaults shows that the label check lists the faults it is there
// to find, and only those.
func TestLabelFaults(t *testing.T) {
	sc := newSetCorpus(map[string][]string{
		"pricing.md": {"The Team plan costs $15 per seat per month."},
		"faq.md":     {"How much is the Team plan? It is $15 per seat.", "Seats cost $150 on the Team plan.", "Small plans are $15 per seat."},
		"visa.md":    {"The traveller pays visa fees.", "Visa rules change often."},
	})
	answerable := eval.Item{ID: "x1", Question: "team plan price", Answers: []string{"$15 per seat"}, Sources: []string{"pricing.md"}, Answerable: true, Kind: "number"}
	unanswerable := eval.Item{ID: "x2", Question: "who pays visa fees", Kind: "unanswerable"}
	for _, c := range []struct {
		name    string
		half    string
		it      eval.Item
		allowed map[string]map[string]string
		want    []string // the documents complained of, in order
	}{
		// faq.md's first sentence states the answer and holds "team"
		// and "plan" of "team plan price"; its second holds them but
		// not the answer's words ("$150"); its third the answer but
		// only "plans".
		{"answer in an unlisted document", "train", answerable, nil, []string{"faq.md"}},
		{"eval halves too", "eval", answerable, nil, []string{"faq.md"}},
		{"source listed", "train", func() eval.Item {
			it := answerable
			it.Sources = []string{"pricing.md", "faq.md"}
			return it
		}(), nil, nil},
		{"fewer than half the words", "train", func() eval.Item {
			it := answerable
			it.Question = "price per month of the team plan in euros"
			return it
		}(), nil, nil},
		{"allowed", "train", answerable, map[string]map[string]string{allowAnswerable: {labelKey("s", "x1", "faq.md"): "reason"}}, nil},
		{"allowed in the other section only", "train", answerable, map[string]map[string]string{allowUnanswerable: {labelKey("s", "x1", "faq.md"): "reason"}}, []string{"faq.md"}},
		{"unanswerable answered", "train", unanswerable, nil, []string{"visa.md"}},
		{"unanswerable allowed", "train", unanswerable, map[string]map[string]string{allowUnanswerable: {labelKey("s", "x2", "visa.md"): "reason"}}, nil},
		{"unanswerable allowed in the other section only", "train", unanswerable, map[string]map[string]string{allowAnswerable: {labelKey("s", "x2", "visa.md"): "reason"}}, []string{"visa.md"}},
		{"unanswerable, a word missing", "train", func() eval.Item {
			it := unanswerable
			it.Question = "who pays visa fees for interns"
			return it
		}(), nil, nil},
		{"unanswerable in an eval half", "eval", unanswerable, nil, nil},
		{"junk", "train", eval.Item{ID: "x3", Question: "visa fees lol", Kind: "junk"}, nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			seen := map[string]bool{}
			var got []string
			for _, msg := range labelFaults("s", c.half, []eval.Item{c.it}, sc, c.allowed, seen) {
				for _, doc := range sc.paths {
					if strings.Contains(msg, ": unlisted "+doc+" ") || strings.Contains(msg, "(unanswerable): "+doc+" ") {
						got = append(got, doc)
					}
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("labelFaults complains of %q, want %q", got, c.want)
			}
		})
	}
}

// TestReadLabelAllowList shows the allow-list's format and its mistakes.
func TestReadLabelAllowList(t *testing.T) {
	for _, c := range []struct {
		name, text string
		wantErr    string // a part of the error; "" for none
	}{
		{"right", "# header\n[answer-elsewhere]\nwiki w001 a.md: why\n[unanswerable-held]\nwiki w002 b.md: why\n", ""},
		{"no reason", "[answer-elsewhere]\nwiki w001 a.md\n[unanswerable-held]\nwiki w002 b.md: why\n", "not a line such as"},
		{"no document", "[answer-elsewhere]\nwiki w001: why\n[unanswerable-held]\nwiki w002 b.md: why\n", `not "set id document"`},
		{"a section missing", "[answer-elsewhere]\nwiki w001 a.md: why\n", "no section [unanswerable-held]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := readLabelAllowList(c.text)
			switch {
			case c.wantErr == "" && err != nil:
				t.Errorf("readLabelAllowList: got %v, want no error", err)
			case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
				t.Errorf("readLabelAllowList: got %v, want an error with %q", err, c.wantErr)
			}
		})
	}
}
