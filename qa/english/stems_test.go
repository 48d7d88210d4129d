package english

import (
	"bytes"
	"testing"

	"github.com/kljensen/snowball/english"
)

// TestStemsEqualSnowball checks the embedded table against the library for
// every word of the vocabulary, WordNet's and GloVe's: Stem must give what
// english.Stem(word, true) gives, and hold every word (noStem nowhere).
func TestStemsEqualSnowball(t *testing.T) {
	r := loadEmbedded(t)
	n := 0
	for _, tab := range []records{r.wn.words, r.vec.words} {
		for i := range tab.n {
			w := tab.key(i)
			want := english.Stem(w, true)
			got, ok := r.Stem(w)
			if !ok || got != want {
				t.Errorf("Stem(%q) = %q, %v; snowball gives %q", w, got, ok, want)
			}
			n++
		}
	}
	if n != 36403+50000 {
		t.Errorf("checked %d words, want the 86,403 of WordNet and GloVe", n)
	}
}

// TestStemsFileIsRegenerated: the embedded stems.bin is the file
// GenerateStems makes from the embedded vectors.bin and wordnet.bin
// (go run ./cmd/qabot-train english-stems).
func TestStemsFileIsRegenerated(t *testing.T) {
	got, err := GenerateStems([]byte(embeddedVectors), []byte(embeddedWordNet))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, []byte(embeddedStems)) {
		t.Errorf("GenerateStems of the embedded files (%d bytes, sha256 %s) differs from data/stems.bin (%d bytes, sha256 %s): run go run ./cmd/qabot-train english-stems",
			len(got), SHA256(got), len(embeddedStems), SHA256([]byte(embeddedStems)))
	}
}

func TestStem(t *testing.T) {
	r := loadEmbedded(t)
	tests := []struct {
		word, want string
		ok         bool
	}{
		{"talks", "talk", true},          // a WordNet word (and GloVe's)
		{"negotiations", "negoti", true}, // a GloVe word that is no WordNet lemma
		{"happiness", "happi", true},
		{"hoping", "hope", true}, // an e added back
		{"generously", "generous", true},
		{"skies", "sky", true}, // one of snowball's special words
		{"the", "the", true},   // stop words are stemmed too
		{"qwzxv", "", false},
		{"", "", false},
		{"Talks", "", false}, // words are looked up as given
	}
	for _, tt := range tests {
		if got, ok := r.Stem(tt.word); got != tt.want || ok != tt.ok {
			t.Errorf("Stem(%q) = %q, %v; want %q, %v", tt.word, got, ok, tt.want, tt.ok)
		}
		if tt.ok && english.Stem(tt.word, true) != tt.want {
			t.Errorf("the test's stem of %q is not snowball's %q", tt.word, english.Stem(tt.word, true))
		}
	}
}

// TestStemByte: a stem is written as the bytes cut from the word and an
// ending; a stem the table cannot write so gets noStem.
func TestStemByte(t *testing.T) {
	endings := []string{""}
	tests := []struct {
		word   string
		cut    int
		ending string
	}{
		{"talks", 1, ""},
		{"hoping", 3, "e"},     // hope: an e added back
		{"happiness", 4, ""},   // happi
		{"happy", 1, "i"},      // happi: y turned to i
		{"generations", 4, ""}, // generat
		{"skies", 3, "y"},      // sky, a special word
	}
	for _, tt := range tests {
		got := stemByte(tt.word, &endings)
		s := english.Stem(tt.word, true)
		if got == noStem {
			t.Errorf("stemByte(%q) = noStem", tt.word)
			continue
		}
		cut, e := int(got>>3), int(got&7)
		if cut != tt.cut || endings[e] != tt.ending {
			t.Errorf("stemByte(%q) cuts %d bytes and adds %q, want %d and %q", tt.word, cut, endings[e], tt.cut, tt.ending)
		}
		if back := tt.word[:len(tt.word)-cut] + endings[e]; back != s {
			t.Errorf("stemByte(%q) = %#x, which reads back as %q; snowball gives %q", tt.word, got, back, s)
		}
	}
	full := []string{"", "a", "b", "c", "d", "f", "g", "h"}
	if got := stemByte("hoping", &full); got != noStem {
		t.Errorf("stemByte with no room for an ending = %#x, want noStem", got)
	}
}

// TestStemsReaderChecks: a table that does not cover the words, and, at
// the depth Open checks, an entry naming an ending the file lacks, are
// rejected; a byte that does not fit the word is never read past it.
func TestStemsReaderChecks(t *testing.T) {
	files := generateFixture(t, fixtureOptions)
	vec, wn, st := string(files[0].Data), string(files[2].Data), files[3].Data
	r, err := parse(vec, string(files[1].Data), wn, string(st), "", checkEntries)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := readStems(string(st), r.wn.words.n+1, r.vec.words.n, checkStructure); err == nil {
		t.Error("readStems for one WordNet word more: no error")
	}
	f, err := parseFile(string(st), "stems", checkEntries)
	if err != nil {
		t.Fatal(err)
	}
	bad := bytes.Clone(st)
	for i, s := range f.sections {
		if s.name == "vec" && len(s.data) > 0 {
			bad[int(u32(string(bad[headerSize+i*dirEntrySize+nameSize:]), 0))] = 7 // ending 7
		}
	}
	if _, err := readStems(string(bad), r.wn.words.n, r.vec.words.n, checkStructure); err != nil {
		t.Errorf("structure check of an entry naming ending 7: %v, want no error", err)
	}
	if _, err := readStems(string(bad), r.wn.words.n, r.vec.words.n, checkEntries); err == nil {
		t.Error("entry check of an entry naming ending 7: no error")
	}
	s := stems{endings: [stemEndings]string{"", "e"}, n: 2}
	for _, tt := range []struct {
		word string
		b    byte
		want string
		ok   bool
	}{
		{"hoping", 3<<3 | 1, "hope", true},
		{"go", 3 << 3, "", false}, // cuts more than the word
		{"go", 2, "", false},      // an ending the table lacks
		{"go", noStem, "", false},
		{"go", 2 << 3, "", true},
	} {
		if got, ok := s.stem(tt.word, tt.b); got != tt.want || ok != tt.ok {
			t.Errorf("stem(%q, %#x) = %q, %v; want %q, %v", tt.word, tt.b, got, ok, tt.want, tt.ok)
		}
	}
}
