package qa

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa/english"
)

// TestSpanWordsAsked compares what newSpanFacts reads of a question's word
// through its info (spanWordInfo.asked, rateWordOf) with the plain lookups
// of [ratewords], [versionasked] and [siblingjoins], for every word of the
// lists, the words of the training questions, and their capitalised forms.
func TestSpanWordsAsked(t *testing.T) {
	words := spanWords()
	seen := map[string]bool{}
	var list []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			list = append(list, w)
		}
	}
	for w := range words.info {
		add(w)
	}
	for w := range words.rateWords {
		add(w)
	}
	for w := range words.versionAsked {
		add(w)
	}
	for w := range words.siblingJoins {
		add(w)
	}
	for _, w := range []string{"", "monthly", "Monthly", "version", "per", "week", "versions"} {
		add(w)
	}
	sets := []string{"seeds", "handbook", "clinic", "insure23", "housing22", "office16", "ops19", "product"}
	for _, set := range sets {
		for _, it := range readEval(t, filepath.Join("testdata", set, "train.jsonl")) {
			for _, tk := range tokenize(it.Question, nil) {
				add(tk.text)
				add(strings.ToUpper(tk.text[:min(1, len(tk.text))]) + tk.text[min(1, len(tk.text)):])
			}
		}
	}
	rates, versions, joins := 0, 0, 0
	for _, w := range list {
		in := words.infoOf(w)
		if got, want := words.rateWordOf(w, in), words.rateWords[w]; got != want {
			t.Errorf("rateWordOf(%q): got %q, want %q", w, got, want)
		}
		if got, want := in.asked&askVersion != 0, words.versionAsked[w]; got != want {
			t.Errorf("versionasked of %q: got %v, want %v", w, got, want)
		}
		if got, want := in.asked&askSiblingJoin != 0, words.siblingJoins[w]; got != want {
			t.Errorf("siblingjoins of %q: got %v, want %v", w, got, want)
		}
		if words.siblingJoins[w] {
			joins++
		}
		if words.rateWords[w] != "" {
			rates++
		}
		if words.versionAsked[w] {
			versions++
		}
	}
	if rates == 0 || versions == 0 || joins == 0 || len(list) < 1000 {
		t.Errorf("words checked: got %d (%d rate words, %d version words, %d sibling joins), want at least 1000 with some of each", len(list), rates, versions, joins)
	}
}

// TestSpanFactsJoinsTwo checks spanFacts.joinsTwo and siblings, which
// newSpanFacts reads off each question word's info in its one walk of the
// question: a question joining two things by a word of [siblingjoins]
// asks for both, and only a yes/no question joining none reads
// polar-sibling.
func TestSpanFactsJoinsTwo(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Title: "Plant", Body: "The caustic strength is 2% and the temperature is 75 degrees."}})
	for _, tc := range []struct {
		question           string
		joinsTwo, siblings bool
	}{
		{"what are the caustic strength and temp", true, false},
		{"is it early or late", true, false},
		{"is the caustic strength 2%", false, true},
		{"what is the caustic strength", false, false},
	} {
		q := Parse(tc.question)
		sc := ix.scratch.Get()
		ix.resolve(&q, sc)
		f := newSpanFacts(ix, &q, sc, &sc.span, 1)
		if f.joinsTwo != tc.joinsTwo || f.siblings != tc.siblings {
			t.Errorf("%q: got joinsTwo %v siblings %v, want %v %v", tc.question, f.joinsTwo, f.siblings, tc.joinsTwo, tc.siblings)
		}
		ix.scratch.Put(sc)
	}
}

// TestEndingSlotPlain checks endingSlot, whose filters (endingLengths,
// mayEnding) pass over most of a word's last bytes without hashing them,
// against the plain walk that looks every length up, on every listed
// ending after three letters and on every word of the embedded corpus and
// of the 48 SQuAD articles (when they are beside the repository).
func TestEndingSlotPlain(t *testing.T) {
	l := spanWords()
	plain := func(w string) uint16 {
		for n := min(l.longestEnding, len(w)-3); n > 0; n-- {
			if i, ok := l.endingID[w[len(w)-n:]]; ok {
				return numShapeSlots + uint16(len(l.context)+i)
			}
		}
		return slotLow
	}
	seen := map[string]bool{}
	var list []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			list = append(list, w)
		}
	}
	add("")
	for _, e := range l.endings {
		add(e)
		add("abc" + e)
		add("xy" + e)
	}
	var texts []string
	for _, st := range Build(embedded(t)).sents {
		texts = append(texts, st.text)
	}
	for _, text := range withSquad48(t, texts) {
		for _, tk := range tokenize(text, nil) {
			add(tk.text)
		}
	}
	ended := 0
	for _, w := range list {
		got, want := l.endingSlot(w), plain(w)
		if got != want {
			t.Errorf("endingSlot(%q): got %d, want %d", w, got, want)
		}
		if want != slotLow {
			ended++
		}
	}
	least := 1000 // the embedded corpus alone
	if squad48Docs(t) != nil {
		least = 10000
	}
	if ended == 0 || len(list) < least {
		t.Errorf("words checked: got %d (%d with an ending), want at least %d with some", len(list), ended, least)
	}
	t.Logf("%d words checked, %d with an ending", len(list), ended)
}

// TestSpanFactsKindsReused: newSpanFacts reads the noun senses of the
// question's head into the room the scratch kept from the question before
// (spanWork.kinds), and the facts hold the head's senses alone, or nil for
// a question with no head noun, whatever the question before left there.
func TestSpanFactsKindsReused(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Title: "Band", Body: "She played the piano by the river."}})
	sc := ix.scratch.Get()
	defer ix.scratch.Put(sc)
	for _, tc := range []struct {
		question, head string
	}{
		{"what instrument did she play", "instrument"},
		{"who played the piano", ""},
		{"what river is it", "river"},
		{"what instrument did she play", "instrument"},
	} {
		q := Parse(tc.question)
		ix.resolve(&q, sc)
		f := newSpanFacts(ix, &q, sc, &sc.span, 1)
		var want []uint32
		if tc.head != "" {
			want = english.Load().AppendNounSenses(nil, tc.head)
		}
		if !slices.Equal(f.kinds, want) || (f.kinds == nil) != (want == nil) {
			t.Errorf("%q: got kinds %v, want %v", tc.question, f.kinds, want)
		}
		sc.reset(ix)
	}
}
