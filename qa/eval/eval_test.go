package eval

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestRight(t *testing.T) {
	ans := Item{Answerable: true, Answers: []string{"September 17", "Sept. 17"}}
	unans := Item{Answerable: false}
	for _, tc := range []struct {
		name     string
		it       Item
		answered bool
		sentence string
		want     bool
	}{
		{"holds the answer", ans, true, "The deadline is september  17.", true},
		{"holds another", ans, true, "It ends Sept. 17, 2025.", true},
		{"wrong sentence", ans, true, "The deadline is near.", false},
		{"abstained on an answerable", ans, false, "", false},
		{"abstained on an unanswerable", unans, false, "", true},
		{"answered an unanswerable", unans, true, "Anything.", false},
	} {
		if got := Right(tc.it, tc.answered, tc.sentence); got != tc.want {
			t.Errorf("%s: Right = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestSameSource(t *testing.T) {
	for _, tc := range []struct {
		got  string
		want []string
		ok   bool
	}{
		{"a.txt", []string{"a.txt"}, true},
		{"sub/a.txt", []string{"a.txt"}, true},
		{"sub/a.txt", []string{"other/a.txt"}, false},
		{"b.txt", []string{"a.txt"}, false},
	} {
		if got := SameSource(tc.got, tc.want); got != tc.ok {
			t.Errorf("SameSource(%q, %q) = %v, want %v", tc.got, tc.want, got, tc.ok)
		}
	}
}

func TestSpanScores(t *testing.T) {
	for _, tc := range []struct {
		pred   string
		golds  []string
		em, f1 float64
	}{
		{"September 17", []string{"September 17"}, 1, 1},
		{"the Denver Broncos", []string{"Denver Broncos"}, 1, 1},
		{"Denver", []string{"Denver Broncos"}, 0, 2.0 / 3},
		{"$4 per month", []string{"$4 per month", "$4"}, 1, 1},
		{"", []string{"x"}, 0, 0},
		{"blue", []string{"red", "Blue!"}, 1, 1},
		{"in 1990 and 1991", []string{"1990"}, 0, 0.4},
	} {
		em, f1 := SpanScores(tc.pred, tc.golds)
		if em != tc.em || math.Abs(f1-tc.f1) > 1e-9 {
			t.Errorf("SpanScores(%q, %q) = %v, %.3f; want %v, %.3f", tc.pred, tc.golds, em, f1, tc.em, tc.f1)
		}
	}
}

func TestWordsIn(t *testing.T) {
	for _, tc := range []struct {
		sentence, answer string
		want             bool
	}{
		{"The Team plan costs $15 per seat.", "$15 per seat", true},
		{"The Team plan costs 15 per seat.", "$15 per seat", true},
		{"THE TEAM PLAN COSTS $15  PER SEAT.", "the team plan", true},
		{"The Team plan costs $15 per seat.", "5 per seat", false},
		{"The Team plan costs $15 per seat.", "team plans", false},
		{"Costs rose 4.2% in May.", "4.2%", true},
		{"Costs rose 4.2% in May.", "4", false},
		{"Anything at all.", "—", false},
	} {
		if got := WordsIn(tc.sentence, tc.answer); got != tc.want {
			t.Errorf("WordsIn(%q, %q) = %v, want %v", tc.sentence, tc.answer, got, tc.want)
		}
	}
}

func TestRead(t *testing.T) {
	in := `{"id":"a","question":"when?","answers":["x"],"answerable":true,"kind":"date"}

{"id":"b","question":"q","answers":[],"answerable":false,"paragraph":3}
{"id":"c","question":"q","answers":["x"],"answerable":true,"paragraph":"The x paragraph."}
`
	items, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if len(items) != 3 || items[0].ID != "a" || items[0].Paragraph != -1 || items[1].Paragraph != 3 || items[1].Answerable ||
		items[2].Paragraph != -1 || items[2].ParagraphText != "The x paragraph." {
		t.Errorf("Read = %+v, want items a (no paragraph), b (paragraph 3, unanswerable), c (a paragraph's text)", items)
	}
	if items, err := Read(strings.NewReader(`{"id":"x","question":""}`)); err != nil || len(items) != 1 {
		t.Errorf("Read of an empty question: got %d items, %v; want it kept as junk", len(items), err)
	}
	if _, err := Read(strings.NewReader("{not json\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("Read of bad JSON: got %v, want an error naming line 1", err)
	}
}

// readItemPlain is the reading of one line that Read's one pass
// replaced: the Item's fields and "paragraph" as a raw value, then the
// raw value again, as an index or a text.
func readItemPlain(line string) (Item, error) {
	it := Item{Paragraph: -1}
	var v struct {
		plain
		Paragraph json.RawMessage `json:"paragraph"`
	}
	v.plain = plain(it)
	if err := json.Unmarshal([]byte(line), &v); err != nil {
		return it, err
	}
	it = Item(v.plain)
	if len(v.Paragraph) == 0 || string(v.Paragraph) == "null" {
		return it, nil
	}
	if v.Paragraph[0] == '"' {
		return it, json.Unmarshal(v.Paragraph, &it.ParagraphText)
	}
	return it, json.Unmarshal(v.Paragraph, &it.Paragraph)
}

// TestReadOnePass checks that Read, through Item.UnmarshalJSON too, reads
// each line as readItemPlain does: the table's lines (a paragraph's index,
// text, null, repeated, of the wrong kind) and, when they are beside the
// repository, the SQuAD training files' (indexes and texts).
func TestReadOnePass(t *testing.T) {
	lines := []string{
		`{"id":"a","question":"when?","answers":["x"],"sources":["a.txt"],"answerable":true,"kind":"date"}`,
		`{"id":"b","question":"q","answers":[],"answerable":false,"paragraph":3}`,
		`{"id":"c","question":"q","answers":["x"],"answerable":true,"paragraph":"The x \u00e9 paragraph."}`,
		`{"id":"d","question":"q","paragraph":null}`,
		`{"id":"e","question":"q","paragraph":"text","paragraph":4}`,
		`{"id":"f","question":"q","paragraph":4,"paragraph":"text"}`,
		`{"id":"g","question":"q","paragraph":4,"paragraph":null}`,
		`{"id":"h","question":"q","Paragraph":-2,"ID":"upper"}`,
		`{"id":"i","question":"q","paragraph":1.5}`,
		`{"id":"j","question":"q","paragraph":[1]}`,
		`{"id":"k","question":"q","answers":"x"}`,
		`{"id":"l","question":"q","paragraph":0}`,
	}
	for _, name := range []string{"squad-train/train.jsonl", "squad-train11/train.jsonl"} {
		f, err := os.Open(filepath.Join("..", "..", "..", "shared", "eval", name))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for n := 0; sc.Scan() && n < 5000; n++ {
			lines = append(lines, sc.Text())
		}
		f.Close()
	}
	// The lines that read are read by one Read, in order; each line
	// also on its own, for its error, and through Item.UnmarshalJSON.
	var good []string
	var wants []Item
	for i, l := range lines {
		want, werr := readItemPlain(l)
		if werr == nil {
			good, wants = append(good, l), append(wants, want)
		}
		if i < 16 {
			if _, err := Read(strings.NewReader(l)); (err != nil) != (werr != nil) {
				t.Errorf("Read(%s): got error %v, want %v", l, err, werr)
			}
		}
		it := Item{Paragraph: -1}
		if err := json.Unmarshal([]byte(l), &it); (err != nil) != (werr != nil) || werr == nil && !reflect.DeepEqual(it, want) {
			t.Errorf("Unmarshal(%.80s): got %+v %v, want %+v %v", l, it, err, want, werr)
		}
	}
	items, err := Read(strings.NewReader(strings.Join(good, "\n")))
	if err != nil || len(items) != len(wants) {
		t.Fatalf("Read: got %d items, %v; want %d", len(items), err, len(wants))
	}
	for i := range items {
		if !reflect.DeepEqual(items[i], wants[i]) {
			t.Errorf("Read(%.80s): got %+v, want %+v", good[i], items[i], wants[i])
		}
	}
}
