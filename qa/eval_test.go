package qa

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa/eval"
)

// The evaluation sets as regression floors. Each floor sits a few points
// below what the committed model measured when it was trained (the figure
// in the comment), so that a change that costs accuracy fails here; the
// goals the issues set are higher, and the figures are in the README.

// evalItem is one line of an evaluation file (qa/eval reads them).
type evalItem = eval.Item

// readEval reads an evaluation file or fails the test.
func readEval(t testing.TB, path string) []evalItem {
	t.Helper()
	items, err := eval.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return items
}

// score asks every item with opt and returns the share right, by the one
// definition of a right answer (qa/eval); with -v and QA_MISSES set it
// logs the misses.
func score(t *testing.T, ix *Index, items []evalItem, opt Options) float64 {
	t.Helper()
	right := 0
	for _, it := range items {
		a, err := ix.AnswerWith(context.Background(), Parse(it.Question), opt)
		if err != nil {
			t.Fatalf("Ask(%q): %v", it.Question, err)
		}
		if eval.Right(it, a.Found, a.Sentence) {
			right++
		} else if testing.Verbose() && os.Getenv("QA_MISSES") != "" {
			t.Logf("MISS %s %q want %q: found=%v confidence=%.2f span=%q sentence=%q", it.ID, it.Question, it.Answers, a.Found, a.Confidence, a.Span, a.Sentence)
		}
	}
	return float64(right) / float64(len(items))
}

func embedded(t testing.TB) []corpus.Document {
	t.Helper()
	docs, err := corpus.Embedded()
	if err != nil {
		t.Fatalf("corpus.Embedded: %v", err)
	}
	return docs
}

// trainQuestions returns the documents of the embedded corpus and, when
// they are beside the repository, of the 48 SQuAD articles, with the
// questions of the train halves of sets and every squadEvery-th question
// of SQuAD's training set: real questions to check a fast path against its
// plain form on.
func trainQuestions(t testing.TB, sets []string, squadEvery int) ([]corpus.Document, []string) {
	t.Helper()
	var questions []string
	for _, set := range sets {
		for _, it := range readEval(t, filepath.Join("testdata", set, "train.jsonl")) {
			questions = append(questions, it.Question)
		}
	}
	docs := embedded(t)
	if sq := squad48Docs(t); sq != nil {
		docs = append(docs, sq...)
		for i, it := range readEval(t, filepath.Join(squadTrain, "train.jsonl")) {
			if i%squadEvery == 0 {
				questions = append(questions, it.Question)
			}
		}
	}
	return docs, questions
}

func TestSeedDev(t *testing.T) {
	items := readEval(t, filepath.Join("testdata", "seed-dev.jsonl"))
	loaded, _, err := corpus.Load(filepath.Join("..", "corpus", "seeds"))
	if err != nil {
		t.Fatalf("corpus.Load: %v", err)
	}
	for _, c := range []struct {
		name string
		docs []corpus.Document
	}{
		{"embedded", embedded(t)},
		{"loaded", loaded},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := score(t, Build(c.docs), items, DefaultOptions())
			t.Logf("seed dev: %.1f%% of %d", 100*got, len(items))
			if got < 0.66 { // measured 77.8%
				t.Errorf("seed dev accuracy: got %.1f%%, want >= 66%%", 100*got)
			}
		})
	}
}

func TestSquadTrain11(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "eval", "squad-train11")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("squad-train11 not found beside the repository: %v", err)
	}
	docs, _, err := corpus.Load(filepath.Join(dir, "corpus"))
	if err != nil {
		t.Fatalf("corpus.Load: %v", err)
	}
	items := readEval(t, filepath.Join(dir, "eval.jsonl"))
	got := score(t, Build(docs), items, Options{MinConfidence: 0})
	t.Logf("squad-train11 sentence hits, never abstaining: %.1f%% of %d", 100*got, len(items))
	if got < 0.72 { // measured 73.6%
		t.Errorf("squad-train11 sentence hits: got %.1f%%, want >= 72%%", 100*got)
	}
}

// TestChatSets scores the evaluation halves of the repository's
// chat-style sets (testdata/README.md), never trained on.
func TestChatSets(t *testing.T) {
	for _, c := range []struct {
		set   string
		floor float64 // a few points below the measured figure
	}{
		{"seeds", 0.63},        // 70.2%
		{"seeds-more", 0.53},   // 60.0%
		{"seeds-chat3", 0.30},  // 38.5% (13 questions)
		{"seeds-chat4", 0.38},  // 53.8% (13 questions)
		{"wiki", 0.56},         // 61.4%
		{"notes", 0.50},        // 55.7%
		{"handbook", 0.60},     // 64.9%
		{"product", 0.55},      // 60.3%
		{"school", 0.50},       // 55.1%
		{"clinic", 0.62},       // 68.8%
		{"news-port", 0.55},    // 64.3%
		{"news-merger", 0.38},  // 45.5%
		{"news-drought", 0.50}, // 54.8%
		{"ops", 0.64},          // 69.8%
		{"formats", 0.47},      // 52.7% (PDF and Word files)
		{"wiki2", 0.62},        // 68.6%
		{"tables", 0.58},       // 64.3% (timetables, fares, price lists)
		{"wiki3", 0.50},        // 56.0% (a translation agency's wiki)
		{"seeds-chat5", 0.45},  // 51.4% (37 paraphrase questions)
		{"news-vaccine", 0.44}, // 50.0% (48 questions on a vaccine recall)
		{"news-bridge", 0.39},  // 44.8% (58 questions on a bridge closure)
		{"wiki4", 0.34},        // 40.0% (a mobile-game studio's wiki)
		{"seeds-chat6", 0.56},  // 63.4% (41 questions typed as to a bot)
		{"seeds-chat7", 0.45},  // 52.4% (42 questions in other words than the articles')
		{"seeds-chat8", 0.24},  // 32.4% (34 questions: roles, everyday words, follow-ups)
		{"seeds-chat9", 0.27},  // 32.5% (40 plain everyday questions)
		{"wiki5", 0.50},        // 57.8% (45 questions on a solar installer's wiki)
		{"wiki6", 0.48},        // 54.2% (48 questions on a board-game publisher's wiki)
		{"seeds-chat10", 0.35}, // 41.3% (46 questions typed as chat to a bot)
		{"wiki7", 0.55},        // 60.9% (46 questions on a climbing-gym company's wiki)
		{"wiki8", 0.62},        // 67.4% (43 questions on a vet practice group's wiki)
		{"wiki9", 0.52},        // 60.0% (20 questions on a courier co-op's wiki, PDF and Word files among its pages)
		{"wiki10", 0.56},       // 63.2% (19 questions on a theatre's help centre and wiki, FAQs in HTML and Markdown)
		{"wiki11", 0.70},       // 77.8% (27 questions on a brewery's wiki)
		{"seeds-chat11", 0.50}, // 56.0% (25 questions typed as chat to a bot)
		{"seeds-chat12", 0.44}, // 50.0% (36 questions in everyday words)
		{"seeds-chat13", 0.68}, // 75.0% (28 questions typed as in Slack)
		{"wiki12", 0.63},       // 69.7% (33 questions on a community radio station's wiki)
		{"seeds-chat14", 0.57}, // 63.6% (33 questions in everyday words, split at random)
		{"wiki14", 0.72},       // 78.8% (33 questions on a harbour hotel's staff wiki, split at random)
		{"wikisum", 0.60},      // 65.3% (72 search queries on encyclopaedia summaries, 62.5% by abstaining always)
		{"wikisum2", 0.60},     // 63.9% (72 more such queries on 12 other summaries, 61.1% by abstaining always)
		{"wikisum3", 0.68},     // 75.0% (72 such queries on 12 summaries of a third set, 62.5% by abstaining always)
		{"wikisum4", 0.74},     // 80.6% (72 such queries on 12 summaries of a fourth set, 62.5% by abstaining always)
		{"wikisum5", 0.70},     // 76.4% (72 such queries on 12 summaries of a fifth set, 62.5% by abstaining always; floor below the train half's 76.2%)
		{"wikisum6", 0.71},     // 76.4% (72 such queries on 12 summaries of a sixth set, 62.5% by abstaining always; floor below the train half's 77.4%)
		{"wikisum7", 0.70},     // 72.2% (72 such queries on 12 summaries of a seventh set, 62.5% by abstaining always; floor below the train half's 76.2%)
		{"wikisum8", 0.76},     // 83.3% (72 such queries on 12 summaries of an eighth set, 62.5% by abstaining always; floor below the train half's 82.1%)
		{"wikisum9", 0.72},     // 75.0% (72 such queries on 12 summaries of a ninth set, 62.5% by abstaining always; floor below the train half's 78.0%)
		{"wikisum10", 0.63},    // 76.4% (72 such queries on 12 summaries of a tenth set, 62.5% by abstaining always; floor below the train half's 69.6%)
		{"wikisum11", 0.73},    // 76.4% (72 such queries on 12 summaries of an eleventh set, 62.5% by abstaining always; floor below the train half's 79.2%)
		{"wikisum12", 0.72},    // 84.7% (72 such queries on 12 summaries of a twelfth set, 62.5% by abstaining always; floor below the train half's 78.6%)
		{"wikisum13", 0.72},    // 73.6% (72 such queries on 12 summaries of a thirteenth set, 62.5% by abstaining always; floor below the train half's 78.6%)
		{"wikisum14", 0.70},    // 75.0% (72 such queries on 12 summaries of a fourteenth set, 62.5% by abstaining always; floor below the train half's 76.2%)
		{"wikisum15", 0.72},    // 81.9% (72 such queries on 12 summaries of a fifteenth set, 62.5% by abstaining always; floor below the train half's 78.6%)
		{"wikisum16", 0.68},    // 76.4% (72 such queries on 12 summaries of a sixteenth set, 62.5% by abstaining always; floor below the train half's 74.4%)
		{"wikisum17", 0.69},    // 70.8% (72 such queries on 12 summaries of a seventeenth set, 62.5% by abstaining always; floor below the train half's 75.6%)
		{"wikisum18", 0.66},    // 66.7% (72 such queries on 12 summaries of an eighteenth set, 62.5% by abstaining always; floor below the train half's 72.0%)
	} {
		t.Run(c.set, func(t *testing.T) {
			// A set with no corpus folder asks about the embedded seeds.
			docs := embedded(t)
			if dir := filepath.Join("testdata", c.set, "corpus"); isDir(dir) {
				var err error
				if docs, _, err = corpus.Load(dir); err != nil {
					t.Fatal(err)
				}
			}
			items := readEval(t, filepath.Join("testdata", c.set, "eval.jsonl"))
			got := score(t, Build(docs), items, DefaultOptions())
			t.Logf("%s: %.1f%% of %d", c.set, 100*got, len(items))
			if got < c.floor {
				t.Errorf("%s accuracy: got %.1f%%, want >= %.0f%%", c.set, 100*got, 100*c.floor)
			}
		})
	}
}

// isDir reports whether path is a directory.
func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}
