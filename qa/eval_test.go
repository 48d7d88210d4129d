package qa

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// evalItem is one line of an evaluation file (see DESIGN.md).
type evalItem struct {
	ID         string   `json:"id"`
	Question   string   `json:"question"`
	Answers    []string `json:"answers"`
	Sources    []string `json:"sources"`
	Answerable bool     `json:"answerable"`
	Kind       string   `json:"kind"`
}

// readEval reads a JSON-lines evaluation file.
func readEval(t testing.TB, path string) []evalItem {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	var items []evalItem
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var it evalItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return items
}

// correct scores one answer the way the evaluation tools do.
func correct(it evalItem, a Answer) bool {
	if !it.Answerable {
		return !a.Found
	}
	if !a.Found {
		return false
	}
	low := strings.ToLower(a.Sentence)
	for _, ans := range it.Answers {
		if strings.Contains(low, strings.ToLower(ans)) {
			return true
		}
	}
	return false
}

// score answers every item and returns the share right; with -v it logs
// the misses.
func score(t *testing.T, ix *Index, items []evalItem) float64 {
	t.Helper()
	right := 0
	for _, it := range items {
		a, err := ix.Ask(context.Background(), it.Question)
		if err != nil {
			t.Fatalf("Ask(%q): %v", it.Question, err)
		}
		if correct(it, a) {
			right++
		} else if testing.Verbose() && os.Getenv("QA_MISSES") != "" {
			t.Logf("MISS %s %q want %q: found=%v score=%.2f span=%q sentence=%q", it.ID, it.Question, it.Answers, a.Found, a.Score, a.Span, a.Sentence)
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
			got := score(t, Build(c.docs), items)
			t.Logf("seed dev: %.1f%% of %d", 100*got, len(items))
			if got < 0.90 {
				t.Errorf("seed dev accuracy: got %.1f%%, want >= 90%%", 100*got)
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
	got := score(t, Build(docs), items)
	t.Logf("squad-train11 sentence hits: %.1f%% of %d", 100*got, len(items))
	if got < 0.70 {
		t.Errorf("squad-train11 sentence hits: got %.1f%%, want >= 70%%", 100*got)
	}
}

// TestChat scores chat-style questions on the seed corpus (typos, lower
// case, key words, synonyms, off-topic and on-topic unanswerable, junk),
// written for the engine's own regression testing.
func TestChat(t *testing.T) {
	items := readEval(t, filepath.Join("testdata", "chat.jsonl"))
	got := score(t, Build(embedded(t)), items)
	t.Logf("chat: %.1f%% of %d", 100*got, len(items))
	if got < 0.85 {
		t.Errorf("chat accuracy: got %.1f%%, want >= 85%%", 100*got)
	}
}
