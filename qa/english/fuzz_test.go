package english

import (
	"slices"
	"testing"
	"testing/fstest"

	snowball "github.com/kljensen/snowball/english"
)

// checkLookups asks every lookup about word and category and checks what
// the answers must satisfy, whatever the strings are. Files that were not
// made by Generate (damaged) are only held to the reader's guarantees: no
// panic, values in range.
func checkLookups(t *testing.T, r *Resources, word, category string, generated bool) {
	t.Helper()
	v, ok := r.Vector(word)
	if ok != (v.Dim() == r.Dim() && v.Dim() > 0) {
		t.Errorf("Vector(%q): ok %v with dimension %d of %d", word, ok, v.Dim(), r.Dim())
	}
	if rank, ok2 := r.Rank(word); ok2 != ok || rank < 0 || rank >= max(1, r.Words()) {
		t.Errorf("Rank(%q) = %d, %v; Vector ok %v, %d words", word, rank, ok2, ok, r.Words())
	}
	w, _ := r.Vector(category)
	if c := Cosine(v, w); c < -1 || c > 1 || (!ok && c != 0) {
		t.Errorf("Cosine(%q, %q) = %v", word, category, c)
	}
	for i, n := range r.Similar(word) {
		if _, ok := r.Vector(n.Word); !ok || n.Cos < 0 || n.Cos > 1 || (generated && n.Word == word) {
			t.Errorf("Similar(%q)[%d] = %+v", word, i, n)
		}
	}
	for _, rel := range r.Related(word) {
		if rel.Kind < Synonym || rel.Kind > Holonym || rel.Sense < 1 || rel.Sense > maxRelSenses || (generated && (rel.Word == "" || rel.Word == word)) {
			t.Errorf("Related(%q) has %+v", word, rel)
		}
	}
	for _, rel := range r.InflectedRelated(word) {
		if rel.Kind < Synonym || rel.Kind > Holonym || rel.Sense < 1 || rel.Sense > maxRelSenses || rel.Word == word {
			t.Errorf("InflectedRelated(%q) has %+v", word, rel)
		}
	}
	for _, l := range r.Lexnames(word) {
		if !slices.Contains(lexnames[:], l) {
			t.Errorf("Lexnames(%q) has %q", word, l)
		}
	}
	r.IsA(word, category)
	if st, ok := r.Stem(word); ok && generated && st != snowball.Stem(word, true) {
		t.Errorf("Stem(%q) = %q, snowball gives %q", word, st, snowball.Stem(word, true))
	}
	if !generated {
		return
	}
	for _, l := range r.Lemmas(word) {
		if r.POS(l) == 0 {
			t.Errorf("Lemmas(%q) has %q, which has no part of speech", word, l)
		}
	}
	if (r.Lemmas(word) == nil) != (r.POS(word) == 0) {
		t.Errorf("Lemmas(%q) = %v but POS = %v", word, r.Lemmas(word), r.POS(word))
	}
}

// FuzzLookups asks the embedded resources about arbitrary strings.
func FuzzLookups(f *testing.F) {
	for _, s := range []string{"talks", "bought", "better", "madrid", "", "\xff", "ss", "cities", "unknownword", "a", "the"} {
		f.Add(s, "city")
	}
	r := Load()
	if r.Err() != nil {
		f.Fatal(r.Err())
	}
	f.Fuzz(func(t *testing.T, word, category string) {
		checkLookups(t, r, word, category, true)
	})
}

// FuzzOpen reads damaged data files: Open fails or gives resources whose
// lookups hold their promises; it never panics.
func FuzzOpen(f *testing.F) {
	files := generateFixture(f, fixtureOptions)
	for i := range files {
		f.Add(i, files[i].Data)
	}
	f.Fuzz(func(t *testing.T, which int, data []byte) {
		fsys := fstest.MapFS{}
		for i, file := range files {
			fsys[file.Name] = &fstest.MapFile{Data: file.Data}
			if i == ((which%len(files))+len(files))%len(files) {
				fsys[file.Name] = &fstest.MapFile{Data: data}
			}
		}
		r, err := Open(fsys)
		if err != nil {
			return
		}
		for _, w := range []string{"talks", "bought", "better", "madrid", "head", "ceo", "zz"} {
			checkLookups(t, r, w, "person", false)
		}
	})
}

// FuzzParseManifest parses arbitrary SOURCES files; what it accepts
// is written back and parsed again to the same manifest.
func FuzzParseManifest(f *testing.F) {
	sum := SHA256(nil)
	f.Add([]byte("# comment\npackage a 1 a.deb " + sum + "\noption words 9\nfile v.bin 3 " + sum + "\n"))
	f.Add([]byte("file v.bin 3 " + sum + "\r\n"))
	f.Add([]byte("package a b\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseManifest(data)
		if err != nil {
			return
		}
		b, err := m.Bytes()
		if err != nil {
			t.Fatalf("Bytes() of a parsed manifest: %v", err)
		}
		again, err := ParseManifest(b)
		if err != nil || !slices.Equal(again.Packages, m.Packages) || !slices.Equal(again.Options, m.Options) || !slices.Equal(again.Files, m.Files) {
			t.Fatalf("ParseManifest(Bytes()) = %+v, %v; want %+v", again, err, m)
		}
	})
}

// FuzzWordNetLines parses arbitrary lines of WordNet's data and index
// files, as the generator reads them: a line is refused or gives words,
// pointers and offsets within their bounds; it never panics.
func FuzzWordNetLines(f *testing.F) {
	f.Add("00000100 40 v 02 buy 0 purchase 0 003 ! 00000200 v 0101 + 00001200 n 0201 $ 00000100 v 0000 01 + 08 00 | obtain by paying")
	f.Add("00000002 15 n 02 United_States 0 america 0 000 | a country")
	f.Add("take_part v 1 1 @ 1 0 00000001")
	f.Add("00000001 41 v 02 take_part 0")
	f.Fuzz(func(t *testing.T, line string) {
		if s, err := parseSynsetLine(line); err == nil {
			if len(s.words) == 0 || int(s.lexfile) >= len(lexnames) {
				t.Errorf("parseSynsetLine(%q) = %+v", line, s)
			}
			for _, p := range s.ptrs {
				if p.src < 0 || p.src > 0xff || p.dst < 0 || p.dst > 0xff || p.target.pos < 0 || p.target.pos >= len(wnPOS) {
					t.Errorf("parseSynsetLine(%q) has pointer %+v", line, p)
				}
			}
		}
		if lemma, offsets, err := parseIndexLine(line); err == nil && (lemma == "" || len(offsets) == 0) {
			t.Errorf("parseIndexLine(%q) = %q, %v", line, lemma, offsets)
		}
	})
}
