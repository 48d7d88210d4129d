package qa

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestQuestionWordSets checks the filtered sets of questionwords.txt that
// every word of a question is looked up in (wordSet.has) against their
// plain maps, and the filter of the chat spellings (mayChat) against
// theirs, on every listed word and on the words of eight sets' training
// questions, capitalised too.
func TestQuestionWordSets(t *testing.T) {
	qw := questionWords()
	sets := []struct {
		name string
		set  *wordSet
	}{
		{"excluders", &qw.excluders}, {"typecue", &qw.typeCue}, {"lastyear", &qw.lastYear}, {"yearnouns", &qw.yearNouns},
		{"phonewords", &qw.phoneWords}, {"mailwords", &qw.mailWords}, {"storagewords", &qw.storageWords}, {"filewords", &qw.fileWords},
		{"consequenceasks", &qw.consequenceAsks},
	}
	seen := map[string]bool{}
	var list []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			list = append(list, w)
		}
	}
	for _, s := range sets {
		for w := range s.set.words {
			add(w)
		}
	}
	for w := range qw.chatSpellings {
		add(w)
	}
	for _, w := range []string{"", "email", "Email", "last", "year", "yr", "size", "u", "r"} {
		add(w)
	}
	for _, set := range []string{"seeds", "handbook", "clinic", "insure23", "housing22", "office16", "ops19", "product"} {
		for _, it := range readEval(t, filepath.Join("testdata", set, "train.jsonl")) {
			for _, tk := range tokenize(it.Question, nil) {
				add(tk.text)
				add(strings.ToUpper(tk.text[:min(1, len(tk.text))]) + tk.text[min(1, len(tk.text)):])
			}
		}
	}
	held := make([]int, len(sets))
	chats := 0
	for _, w := range list {
		for k, s := range sets {
			if got, want := s.set.has(w), s.set.words[w]; got != want {
				t.Errorf("[%s] has(%q): got %v, want %v", s.name, w, got, want)
			}
			if s.set.words[w] {
				held[k]++
			}
		}
		if _, ok := qw.chatSpellings[w]; ok {
			chats++
			if !mayHold(&qw.mayChat, w) {
				t.Errorf("mayChat of %q: got false, want true (a chat spelling)", w)
			}
		}
	}
	for k, s := range sets {
		if held[k] == 0 {
			t.Errorf("[%s]: got no word of it checked, want some", s.name)
		}
	}
	if chats == 0 || len(list) < 1000 {
		t.Errorf("words checked: got %d (%d chat spellings), want at least 1000 with some", len(list), chats)
	}
}
