// Package eval holds what every evaluation of the engine shares: the
// evaluation file format (DESIGN.md, "Batch interface"), the one definition
// of a right answer, and the SQuAD measures of a short answer. `qabot
// eval`, the trainer (cmd/qabot-train) and the tests all score through it.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
)

// Item is one line of an evaluation or training file.
type Item struct {
	ID         string   `json:"id"`
	Question   string   `json:"question"`
	Answers    []string `json:"answers"`
	Sources    []string `json:"sources"`
	Answerable bool     `json:"answerable"`
	Kind       string   `json:"kind"`
	// Paragraph is, in SQuAD training files, the 0-based index of the
	// paragraph the question was written on within its source (paragraph 0
	// is the first after the title); -1 when the file does not say.
	// ParagraphText is that paragraph's text, when the file gives the text
	// instead (squad-train11/train.jsonl). Both are read from "paragraph".
	Paragraph     int    `json:"-"`
	ParagraphText string `json:"-"`
}

// UnmarshalJSON reads an Item, taking "paragraph" as an index or a text.
func (it *Item) UnmarshalJSON(data []byte) error {
	type plain Item
	var v struct {
		plain
		Paragraph json.RawMessage `json:"paragraph"`
	}
	v.plain = plain(*it)
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*it = Item(v.plain)
	if len(v.Paragraph) == 0 || string(v.Paragraph) == "null" {
		return nil
	}
	if v.Paragraph[0] == '"' {
		return json.Unmarshal(v.Paragraph, &it.ParagraphText)
	}
	return json.Unmarshal(v.Paragraph, &it.Paragraph)
}

// Read reads JSON lines of Items; blank lines are skipped. A line that does
// not parse stops the read with an error naming the line. An empty question
// is kept: junk that the engine must decline.
func Read(r io.Reader) ([]Item, error) {
	var items []Item
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		it := Item{Paragraph: -1}
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			return items, fmt.Errorf("line %d: %w", n, err)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return items, fmt.Errorf("line %d: %w", n+1, err)
	}
	return items, nil
}

// ReadFile reads the evaluation file at name.
func ReadFile(name string) ([]Item, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	items, err := Read(f)
	if err != nil {
		return items, fmt.Errorf("%s: %w", name, err)
	}
	return items, nil
}

// Right is the one definition of a right answer: an answerable question is
// right when the returned sentence contains one of its answers (ignoring
// case and runs of white space); an unanswerable one when the engine
// abstains.
func Right(it Item, answered bool, sentence string) bool {
	if !it.Answerable {
		return !answered
	}
	return answered && SentenceHit(sentence, it.Answers)
}

// SentenceHit reports whether sentence contains one of answers, ignoring
// case and runs of white space.
func SentenceHit(sentence string, answers []string) bool {
	s := foldSpace(sentence)
	for _, a := range answers {
		if a = foldSpace(a); a != "" && strings.Contains(s, a) {
			return true
		}
	}
	return false
}

// SameSource reports whether the returned document path is one of want. A
// wanted bare file name also matches a document of that name in a
// sub-folder.
func SameSource(got string, want []string) bool {
	for _, w := range want {
		if got == w || (!strings.Contains(w, "/") && path.Base(got) == w) {
			return true
		}
	}
	return false
}

// foldSpace lower-cases s and folds runs of white space into one space.
func foldSpace(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}
