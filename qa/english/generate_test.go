package english

import (
	"bytes"
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// fixtureOptions keep 9 of the fixture's words (the first 13 GloVe tokens
// minus ",", "1990" and "Madrid", and "zebra"; the 19 tokens after it are
// less frequent), up to 3 neighbours a word, and the WordNet lemmas among
// the 31 most frequent tokens (not "capital", the 32nd, nor
// "investigating", which is not a token).
var fixtureOptions = Options{Words: 9, Neighbours: 3, MinCos: 0.5, WordNetWords: 33, Related: 40, Workers: 2}

// generateFixture runs Generate on testdata: a WordNet-format database in
// testdata/wordnet and wink-format vectors in testdata/vectors.json.
func generateFixture(t testing.TB, opt Options) []File {
	t.Helper()
	vec, err := os.Open("testdata/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	defer vec.Close()
	files, err := Generate(context.Background(), Sources{WordNet: os.DirFS("testdata/wordnet"), Vectors: vec}, opt)
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	return files
}

func mapFS(files []File) fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, f := range files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return fsys
}

func openFiles(t testing.TB, files []File) *Resources {
	t.Helper()
	r, err := Open(mapFS(files))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return r
}

func TestGenerateIsDeterministic(t *testing.T) {
	a := generateFixture(t, fixtureOptions)
	opt := fixtureOptions
	opt.Workers = 1 // the neighbours do not depend on the number of workers
	b := generateFixture(t, opt)
	if len(a) != 5 || len(b) != 5 {
		t.Fatalf("got %d and %d files, want 5", len(a), len(b))
	}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("file %d: %s (%d bytes, sha256 %s) and %s (%d bytes, sha256 %s) differ",
				i, a[i].Name, len(a[i].Data), SHA256(a[i].Data), b[i].Name, len(b[i].Data), SHA256(b[i].Data))
		}
	}
	if got, want := []string{a[0].Name, a[1].Name, a[2].Name, a[3].Name}, []string{VectorsFile, NeighboursFile, WordNetFile, StemsFile}; !slices.Equal(got, want) {
		t.Errorf("files %v, want %v", got, want)
	}
}

func TestFixtureVocabulary(t *testing.T) {
	r := openFiles(t, generateFixture(t, fixtureOptions))
	if got := r.Dim(); got != 4 {
		t.Errorf("Dim() = %d, want 4", got)
	}
	if got := r.Words(); got != 9 {
		t.Errorf("Words() = %d, want 9", got)
	}
	tests := []struct {
		word string
		ok   bool
		rank int
	}{
		{"the", true, 0},
		{"talks", true, 1}, // "," is dropped, so talks moves up
		{"acquired", true, 6},
		{"madrid", true, 7},
		{"city", true, 8},
		{",", false, 0},      // punctuation
		{"1990", false, 0},   // no letter
		{"Madrid", false, 0}, // not lower case
		{"zebra", false, 0},  // beyond the 9 most frequent
		{"", false, 0},
	}
	for _, tt := range tests {
		rank, ok := r.Rank(tt.word)
		if ok != tt.ok || rank != tt.rank {
			t.Errorf("Rank(%q) = %d, %v; want %d, %v", tt.word, rank, ok, tt.rank, tt.ok)
		}
		if _, ok := r.Vector(tt.word); ok != tt.ok {
			t.Errorf("Vector(%q) ok = %v, want %v", tt.word, ok, tt.ok)
		}
	}
}

func TestFixtureVectorsReadBack(t *testing.T) {
	r := openFiles(t, generateFixture(t, fixtureOptions))
	tests := []struct {
		word string
		want []float32
	}{
		{"talks", []float32{1.0, 0.9, 0.1, 0.0}},
		{"madrid", []float32{-0.5, 0.3, -0.2, 0.9}},
		{"the", []float32{0.5, -0.5, 0.1, -0.3}},
	}
	for _, tt := range tests {
		v, ok := r.Vector(tt.word)
		if !ok {
			t.Fatalf("Vector(%q) not found", tt.word)
		}
		got := v.AppendFloat32(nil)
		var maxAbs float32
		for _, x := range tt.want {
			maxAbs = max(maxAbs, x, -x)
		}
		for i := range tt.want {
			// int8 quantisation: within half a step of max|x|/127.
			if d := got[i] - tt.want[i]; d > maxAbs/254+1e-6 || d < -maxAbs/254-1e-6 {
				t.Errorf("Vector(%q)[%d] = %v, want %v (quantisation step %v)", tt.word, i, got[i], tt.want[i], maxAbs/127)
			}
			if v.At(i) != got[i] {
				t.Errorf("Vector(%q).At(%d) = %v, AppendFloat32 gave %v", tt.word, i, v.At(i), got[i])
			}
		}
	}
}

func TestFixtureCosineAndNeighbours(t *testing.T) {
	r := openFiles(t, generateFixture(t, fixtureOptions))
	vec := func(w string) Vector {
		v, ok := r.Vector(w)
		if !ok {
			t.Fatalf("Vector(%q) not found", w)
		}
		return v
	}
	if c := Cosine(vec("talks"), vec("negotiations")); c < 0.99 {
		t.Errorf("Cosine(talks, negotiations) = %v, want >= 0.99", c)
	}
	if c := Cosine(vec("talks"), vec("madrid")); c > 0 {
		t.Errorf("Cosine(talks, madrid) = %v, want < 0", c)
	}
	if c := Cosine(vec("city"), vec("city")); c < 0.9999 || c > 1 {
		t.Errorf("Cosine(city, city) = %v, want 1", c)
	}
	if c := Cosine(vec("city"), Vector{}); c != 0 {
		t.Errorf("Cosine(city, zero) = %v, want 0", c)
	}
	tests := []struct {
		word string
		want []string
	}{
		// "talk" shares the stem of "talks" and is left out.
		{"talks", []string{"negotiations"}},
		{"negotiations", []string{"talks", "talk"}},
		{"bought", []string{"acquired", "buy"}},
		{"madrid", []string{"city"}},
		{"zebra", nil},
	}
	for _, tt := range tests {
		got := r.Similar(tt.word)
		var words []string
		for i, n := range got {
			words = append(words, n.Word)
			if c := Cosine(vec(tt.word), vec(n.Word)); c-n.Cos > 1.0/255 || n.Cos-c > 1.0/255 {
				t.Errorf("Similar(%q)[%d] = %s %v, but Cosine = %v", tt.word, i, n.Word, n.Cos, c)
			}
			if i > 0 && got[i-1].Cos < n.Cos {
				t.Errorf("Similar(%q) not best first: %v", tt.word, got)
			}
			if n.Cos < 0.5-1.0/255 {
				t.Errorf("Similar(%q)[%d] = %s %v, below the floor 0.5", tt.word, i, n.Word, n.Cos)
			}
		}
		if !slices.Equal(words, tt.want) {
			t.Errorf("Similar(%q) = %v, want %v", tt.word, words, tt.want)
		}
	}
}

func TestFixtureWordNet(t *testing.T) {
	r := openFiles(t, generateFixture(t, fixtureOptions))
	// Of the 15 noun and 8 other synsets, aardvark's is reached by no
	// kept word.
	if r.wn.synsets != 22 || r.wn.noun != 14 {
		t.Errorf("%d synsets, %d nouns; want 22 and 14", r.wn.synsets, r.wn.noun)
	}
	if got := r.POS("aardvark"); got != 0 {
		t.Errorf("POS(aardvark) = %v, want 0 (not kept)", got)
	}
	lemmas := []struct {
		word string
		want []string
	}{
		{"bought", []string{"buy"}},          // verb.exc
		{"mice", []string{"mouse"}},          // noun.exc
		{"better", []string{"good", "well"}}, // adj.exc and adv.exc
		{"bigger", []string{"big"}},
		{"cities", []string{"city"}},      // noun rule ies -> y
		{"investing", []string{"invest"}}, // verb rule ing -> ""
		{"investigating", nil},            // not kept as a lemma, and the fixture has no "investigate"
		{"capital", nil},                  // not among the 31 most frequent tokens
		{"buys", []string{"buy"}},
		{"purchase", []string{"purchase"}}, // a lemma
		{"largest", []string{"large"}},     // adjective rule est -> ""
		{"zebra", nil},
		{"s", nil},
	}
	for _, tt := range lemmas {
		if got := r.Lemmas(tt.word); !slices.Equal(got, tt.want) {
			t.Errorf("Lemmas(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}

	pos := []struct {
		word string
		want POSMask
	}{
		{"purchase", Noun | Verb},
		{"bought", Verb},
		{"better", Adj | Adv},
		{"large", Adj},
		{"zebra", 0},
		{"capital", 0},
	}
	for _, tt := range pos {
		if got := r.POS(tt.word); got != tt.want {
			t.Errorf("POS(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}

	lex := []struct {
		word string
		want []string
	}{
		{"madrid", []string{"noun.location"}},
		// the verb sense has 12 tags in cntlist.rev, the noun sense 3
		{"purchase", []string{"verb.possession", "noun.possession"}},
		{"head", []string{"noun.location", "noun.person"}},
		{"bought", []string{"verb.possession"}},
		{"purchased", []string{"verb.possession"}}, // a verb form only
		{"purchases", []string{"verb.possession", "noun.possession"}},
		{"zebra", nil},
	}
	for _, tt := range lex {
		if got := r.Lexnames(tt.word); !slices.Equal(got, tt.want) {
			t.Errorf("Lexnames(%q) = %v, want %v", tt.word, got, tt.want)
		}
		first := ""
		if len(tt.want) > 0 {
			first = tt.want[0]
		}
		if got := r.FirstLexname(tt.word); got != first {
			t.Errorf("FirstLexname(%q) = %q, want %q", tt.word, got, first)
		}
	}

	isA := []struct {
		word, category string
		want           bool
	}{
		{"madrid", "city", true}, // instance hypernym
		{"madrid", "entity", true},
		{"ceo", "person", true},  // three levels up
		{"head", "person", true}, // its second sense
		{"probe", "investigation", true},
		{"investigation", "investigation", true}, // the sense itself
		{"city", "person", false},
		{"person", "ceo", false}, // not downwards
		{"buy", "entity", false}, // verbs have no noun senses
		{"mice", "entity", true}, // inflected: its lemma
		{"madrid", "zebra", false},
		{"zebra", "city", false},
	}
	for _, tt := range isA {
		if got := r.IsA(tt.word, tt.category); got != tt.want {
			t.Errorf("IsA(%q, %q) = %v, want %v", tt.word, tt.category, got, tt.want)
		}
	}
}

func TestFixtureRelated(t *testing.T) {
	r := openFiles(t, generateFixture(t, fixtureOptions))
	tests := []struct {
		word string
		want []Relation
	}{
		{"buy", []Relation{
			{"purchase", Synonym, 1}, {"sell", Antonym, 1},
		}},
		{"bought", []Relation{ // its lemma's
			{"purchase", Synonym, 1}, {"sell", Antonym, 1},
		}},
		{"purchase", []Relation{
			// verb sense first (12 tags), then the noun sense; "purchase" itself never
			{"buy", Synonym, 1}, {"entity", Hypernym, 2},
		}},
		// "purchased" is a verb form: the relatives of the noun sense are left out
		{"purchased", []Relation{{"buy", Synonym, 1}}},
		{"invest", []Relation{{"investment", Derivation, 1}}},
		{"investment", []Relation{{"invest", Derivation, 1}, {"entity", Hypernym, 1}}},
		{"large", []Relation{{"big", Synonym, 1}, {"small", Antonym, 1}, {"huge", Similar, 1}}},
		// a place: then the places that hold it, one level up and two
		{"madrid", []Relation{{"city", Hypernym, 1}, {"entity", Hypernym, 1}, {"spain", Holonym, 1}, {"europe", Holonym, 1}}},
		{"spain", []Relation{{"entity", Hypernym, 1}, {"europe", Holonym, 1}}},
		// not a place (noun.act): its part holonym is left out
		{"probe", []Relation{{"investigation", Hypernym, 1}, {"entity", Hypernym, 1}}},
		// capital, a word of the same synset as head, is not kept
		{"city", []Relation{{"entity", Hypernym, 1}, {"madrid", Hyponym, 1}, {"head", Hyponym, 1}}},
		// investigating, a synonym, is not kept
		{"investigation", []Relation{{"entity", Hypernym, 1}, {"probe", Hyponym, 1}}},
		// ceo: synonyms (head; the multi-word chief_executive_officer is
		// left out), then one level up, then two.
		{"ceo", []Relation{{"head", Synonym, 1}, {"executive", Hypernym, 1}, {"person", Hypernym, 1}}},
		{"zebra", nil},
	}
	for _, tt := range tests {
		if got := r.Related(tt.word); !slices.Equal(got, tt.want) {
			t.Errorf("Related(%q) =\n  %v\nwant\n  %v", tt.word, got, tt.want)
		}
	}
}

func TestRelatedCap(t *testing.T) {
	opt := fixtureOptions
	opt.Related = 1
	r := openFiles(t, generateFixture(t, opt))
	if got, want := r.Related("large"), []Relation{{"big", Synonym, 1}}; !slices.Equal(got, want) {
		t.Errorf("Related(large) with -related 1 = %v, want %v", got, want)
	}
}

func TestOpenRejectsDamagedFiles(t *testing.T) {
	files := generateFixture(t, fixtureOptions)
	for i := range files {
		for _, cut := range []int{0, 3, headerSize, len(files[i].Data) / 2, len(files[i].Data) - 1} {
			damaged := slices.Clone(files)
			damaged[i] = File{Name: files[i].Name, Data: files[i].Data[:cut]}
			if _, err := Open(mapFS(damaged)); err == nil {
				t.Errorf("Open with %s cut to %d of %d bytes: no error", files[i].Name, cut, len(files[i].Data))
			}
		}
	}
	// The kinds are checked: a vectors file is not a WordNet file.
	fsys := fstest.MapFS{
		VectorsFile:    {Data: files[0].Data},
		NeighboursFile: {Data: files[1].Data},
		WordNetFile:    {Data: files[0].Data},
		StemsFile:      {Data: files[3].Data},
	}
	if _, err := Open(fsys); err == nil {
		t.Error("Open with vectors.bin as wordnet.bin: no error")
	}
}

func TestGenerateStopsWhenCancelled(t *testing.T) {
	vec, err := os.Open("testdata/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	defer vec.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	files, err := Generate(ctx, Sources{WordNet: os.DirFS("testdata/wordnet"), Vectors: vec}, fixtureOptions)
	if !errors.Is(err, context.Canceled) || files != nil {
		t.Errorf("Generate with a cancelled context = %d files, %v; want context.Canceled", len(files), err)
	}
}

// TestOpenChecksTheTables damages single values inside the tables, which
// Open must refuse rather than let a lookup index out of range.
func TestOpenChecksTheTables(t *testing.T) {
	files := generateFixture(t, fixtureOptions)
	// sectionAt returns where the named section of a data file starts.
	sectionAt := func(data []byte, name string) int {
		for i := range int(u32(string(data[8+nameSize:]), 0)) {
			e := string(data[headerSize+i*dirEntrySize:])
			if strings.TrimRight(e[:nameSize], "\x00") == name {
				return int(u32(e[nameSize:], 0))
			}
		}
		t.Fatalf("no section %s", name)
		return 0
	}
	tests := []struct {
		file, section string
		at            int
		value         byte
	}{
		{WordNetFile, "lex", 0, 30},        // the first (noun) synset in a verb file
		{WordNetFile, "lex", 19, 5},        // the last (adverb) synset in a noun file
		{WordNetFile, "lex", 0, 45},        // no such lexicographer file
		{WordNetFile, "hyp", 2, 0x7f},      // a hypernym past the noun synsets
		{WordNetFile, "meta", 8, 200},      // more noun synsets than synsets
		{NeighboursFile, "nbrs", 1, 0x7f},  // a neighbour past the words
		{NeighboursFile, "nbrs.off", 4, 9}, // offsets out of order
		{VectorsFile, "meta", 0, 5},        // dimension 5, not 4
		{VectorsFile, "rank", 1, 0x7f},     // a rank past the words
		{VectorsFile, "words.dat", 1, 'z'}, // the first word sorted after the second
	}
	for _, tt := range tests {
		damaged := slices.Clone(files)
		for i := range damaged {
			if damaged[i].Name == tt.file {
				data := slices.Clone(damaged[i].Data)
				data[sectionAt(data, tt.section)+tt.at] = tt.value
				damaged[i].Data = data
			}
		}
		if r, err := Open(mapFS(damaged)); err == nil {
			t.Errorf("Open with byte %d of %s in %s set to %d: no error (IsA(madrid, city) = %v)", tt.at, tt.section, tt.file, tt.value, r.IsA("madrid", "city"))
		}
	}
}
