// Package eval holds what every evaluation of the engine shares: the
// evaluation file format (DESIGN.md, "Batch interface"), the one definition
// of a right answer, and the SQuAD measures of a short answer. `qabot
// eval`, the trainer (cmd/qabot-train) and the tests all score through it.
package eval

import (
	"bufio"
	"bytes"
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
	v := itemJSON{plain: plain(*it)}
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*it = v.item()
	return nil
}

// plain is an Item without its UnmarshalJSON.
type plain Item

// itemJSON is an Item as a line writes it, read in one pass of
// encoding/json: its fields, and "paragraph" as an index or a text.
type itemJSON struct {
	plain
	Paragraph paragraphJSON `json:"paragraph"`
}

// item returns the Item v reads: its "paragraph", when given, in
// Paragraph or ParagraphText.
func (v *itemJSON) item() Item {
	it := Item(v.plain)
	switch v.Paragraph.kind {
	case paragraphIndex:
		it.Paragraph = v.Paragraph.index
	case paragraphText:
		it.ParagraphText = v.Paragraph.text
	}
	return it
}

// paragraphJSON is the value of "paragraph": a paragraph's index or its
// text, or neither (absent or null). Of repeated keys the last counts.
type paragraphJSON struct {
	kind  uint8 // paragraphNone, paragraphIndex or paragraphText
	index int
	text  string
}

// The kinds of paragraphJSON.
const (
	paragraphNone = iota
	paragraphIndex
	paragraphText
)

// UnmarshalJSON reads a string as a paragraph's text and any other value
// but null as its index.
func (p *paragraphJSON) UnmarshalJSON(b []byte) error {
	*p = paragraphJSON{}
	switch {
	case string(b) == "null":
		return nil
	case b[0] == '"':
		p.kind = paragraphText
		return json.Unmarshal(b, &p.text)
	}
	p.kind = paragraphIndex
	return json.Unmarshal(b, &p.index)
}

// Read reads JSON lines of Items; blank lines are skipped. A line that does
// not parse stops the read with an error naming the line. An empty question
// is kept: junk that the engine must decline. Each line is read in one
// pass (itemJSON), in place.
func Read(r io.Reader) ([]Item, error) {
	var items []Item
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		v := itemJSON{plain: plain{Paragraph: -1}}
		if err := json.Unmarshal(line, &v); err != nil {
			return items, fmt.Errorf("line %d: %w", n, err)
		}
		items = append(items, v.item())
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
