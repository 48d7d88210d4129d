package qa

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
)

func TestWordClasses(t *testing.T) {
	pw := phraseWords()
	lists := []struct {
		words map[string]bool
		class wordClass
	}{
		{pw.months, classMonth}, {pw.weekdays, classWeekday},
		{pw.relativeUnits, classRelativeUnit}, {pw.relativeDays, classRelativeDay},
		{pw.numberLike, classNumberLike}, {pw.reasonMarkers, classReason},
		{pw.placePrepositions, classPlacePreposition}, {pw.nameConnectors, classNameConnector},
	}
	for _, l := range lists {
		for w := range l.words {
			if classOf(w)&l.class == 0 {
				t.Errorf("classOf(%q) = %b, want bit %b", w, classOf(w), l.class)
			}
		}
	}
	for w := range tokenWords().firstWords {
		if classOf(w)&classMultiFirst == 0 {
			t.Errorf("classOf(%q) lacks classMultiFirst", w)
		}
	}
	for w := range smallNumbers {
		if classOf(w)&classSmallNumber == 0 {
			t.Errorf("classOf(%q) lacks classSmallNumber", w)
		}
	}
	tests := []struct {
		word string
		want wordClass
	}{
		{"may", classMonth},
		{"since", classReason},
		{"twelve", classSmallNumber},
		{"united", classMultiFirst},
		{"tariff", 0},
	}
	for _, tc := range tests {
		if got := classOf(tc.word); got != tc.want {
			t.Errorf("classOf(%q) = %b, want %b", tc.word, got, tc.want)
		}
	}
}

func TestVocab(t *testing.T) {
	v := newVocab(0)
	toks := tokenizeWords("The talks resumed. the US talks", nil, v)
	if got, want := len(toks), 6; got != want {
		t.Fatalf("got %d tokens, want %d", got, want)
	}
	// Repeated words share one entry and one string.
	if toks[1].word == 0 || toks[1].word != toks[5].word {
		t.Errorf("talks: got word %d and %d, want the same non-zero entry", toks[1].word, toks[5].word)
	}
	if got := v.words[toks[1].word-1].text; got != "talks" {
		t.Errorf("entry text: got %q, want %q", got, "talks")
	}
	if v.words[v.add("the")].term != termStop {
		t.Errorf("the: got term %d, want termStop", v.words[v.add("the")].term)
	}
	if v.words[v.add("talks")].term != termNone {
		t.Errorf("talks: got term %d, want termNone before Build indexes it", v.words[v.add("talks")].term)
	}
	// Tokenizing with a vocab gives the same tokens as without.
	plain := tokenize("The talks resumed. the US talks", nil)
	for i := range plain {
		a, b := plain[i], toks[i]
		b.word = 0
		if a != b {
			t.Errorf("token %d: got %+v with a vocab, want %+v", i, b, a)
		}
	}
}

// TestPlainWord checks the allocation-free path of appendWord against the
// general normalisation it stands for.
func TestPlainWord(t *testing.T) {
	for _, raw := range []string{"Tariffs", "USA", "Sept", "abc123", "WHATS", "x"} {
		want := strings.ToLower(raw)
		if c, ok := tokenWords().spellings[want]; ok {
			want = c
		}
		for _, v := range []*vocab{nil, newVocab(0)} {
			got, _, ok := plainWord(raw, v, tokenWords(), new(lowered))
			if !ok || got != want {
				t.Errorf("plainWord(%q) = %q, %v; want %q, true", raw, got, ok, want)
			}
		}
	}
	// A vocab entry spelt like a canonical key still gets rewritten.
	v := newVocab(0)
	v.add("usa")
	if got, _, _ := plainWord("USA", v, tokenWords(), new(lowered)); got != "us" {
		t.Errorf("plainWord(%q) with %q in the vocab = %q, want %q", "USA", "usa", got, "us")
	}
	for _, raw := range []string{"don't", "U.S", "1,000", "Beyoncé"} {
		if _, _, ok := plainWord(raw, nil, tokenWords(), new(lowered)); ok {
			t.Errorf("plainWord(%q) took the plain path, want the general one", raw)
		}
	}
}

// TestVocabFinds checks that a vocab finds every word it was given at
// its index, past the room it was made with (its table grows), finds no
// other word, and that add and addBytes return a known word's index.
func TestVocabFinds(t *testing.T) {
	const n = 5000
	v := newVocab(10)
	words := make([]string, n)
	for i := range words {
		words[i] = "w" + strconv.Itoa(i*7919)
		if got := v.add(words[i]); got != int32(i) {
			t.Fatalf("add(%q): got %d, want %d", words[i], got, i)
		}
	}
	for i, w := range words {
		if got, ok := v.find(w); !ok || got != int32(i) {
			t.Errorf("find(%q): got %d, %v, want %d, true", w, got, ok, i)
		}
		if got, ok := v.findBytes([]byte(w)); !ok || got != int32(i) {
			t.Errorf("findBytes(%q): got %d, %v, want %d, true", w, got, ok, i)
		}
		if got := v.addBytes([]byte(w)); got != int32(i) {
			t.Errorf("addBytes(%q): got %d, want %d", w, got, i)
		}
	}
	for _, w := range []string{"", "w", "w1", "x0", "w-7919"} {
		if i, ok := v.find(w); ok {
			t.Errorf("find(%q): got %d, true, want not found", w, i)
		}
	}
	if len(v.words) != n {
		t.Errorf("words: got %d, want %d", len(v.words), n)
	}
}

// TestVocabCompact checks what a vocab of 50,000 words made with room
// for them costs beyond their texts: 26.4 bytes a word (the 24 of a
// vocabWord and its table's slots), where the vocabWords and a
// map[string]int32 took 43.0. Build holds the vocabs of all its parts at
// its peak.
func TestVocabCompact(t *testing.T) {
	const n = 50000
	words := make([]string, n)
	for i := range words {
		words[i] = "word" + strconv.Itoa(i)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := newVocab(n)
	for _, w := range words {
		v.add(w)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	perWord := float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / n
	runtime.KeepAlive(v)
	if perWord > 34 {
		t.Errorf("a vocab of %d words: got %.1f bytes a word, want at most 34", n, perWord)
	}
}

// TestVocabFindPlain compares vocab.find, idSlots.look written out for
// the vocab, with idSlots.find over the vocab's texts, for every word of
// the squad48 corpus (or generated words without it) and for absent
// words, at each size the vocab grows through (so with the probes that
// wrap around the table and the tags that agree at small sizes); all
// the words held are checked again at each power of two.
func TestVocabFindPlain(t *testing.T) {
	var words []string
	if docs := squad48Docs(t); docs != nil {
		for _, d := range docs {
			for _, tk := range tokenize(d.Body, nil) {
				words = append(words, tk.text)
			}
		}
	}
	for i := range 20000 {
		words = append(words, "g"+strconv.Itoa(i*7919))
	}
	v := newVocab(1)
	check := func(w string) {
		t.Helper()
		got, ok := v.find(w)
		want, wok := v.ids.find(w, v.text)
		if ok != wok || ok && got != int32(want) {
			t.Fatalf("find(%q) with %d words: got %d, %v, want %d, %v", w, len(v.words), got, ok, want, wok)
		}
	}
	absent := 0
	for _, w := range words {
		check(w)
		check(w + "\x00")
		check(strings.ToUpper(w))
		if _, ok := v.find(w); !ok {
			absent++
		}
		v.add(w)
		if n := len(v.words); n&(n-1) == 0 {
			for _, u := range v.words {
				check(u.text)
			}
		}
	}
	if absent != len(v.words) || len(v.words) < 20000 {
		t.Errorf("words added: %d, found absent first: %d", len(v.words), absent)
	}
}

// TestPlainWordAddsOnce checks that tokenizing with a vocab adds each
// word once (plainWord inserts a word its lookup missed without looking
// again): every word of the squad48 corpus (or the test texts), read
// twice and in capitals, is found at its own index, and a second reading
// adds nothing.
func TestPlainWordAddsOnce(t *testing.T) {
	texts := []string{"The usa and the USA, U.S. and us; Whats whats WHATS per cent", "Thirty-two 32 thirty two"}
	for _, d := range squad48Docs(t) {
		texts = append(texts, d.Body)
	}
	v := newVocab(1)
	for _, s := range texts {
		tokenizeWords(s, nil, v)
		tokenizeWords(strings.ToUpper(s), nil, v)
	}
	n := len(v.words)
	for _, s := range texts {
		tokenizeWords(s, nil, v)
	}
	if len(v.words) != n {
		t.Errorf("a second reading added %d words", len(v.words)-n)
	}
	for i, w := range v.words {
		if got, ok := v.find(w.text); !ok || got != int32(i) {
			t.Fatalf("word %d %q: find gives %d, %v", i, w.text, got, ok)
		}
	}
}
