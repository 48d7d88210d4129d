package english

// Tests of the two depths of checking: Load checks only the structure of
// the embedded files, so the tests check every entry of them here.

import (
	"slices"
	"testing"
)

// TestEmbeddedEntriesChecked checks every entry of the embedded files, the
// check Load leaves out: a broken build fails here, not in a lookup.
func TestEmbeddedEntriesChecked(t *testing.T) {
	if _, err := parse(embeddedVectors, embeddedNeighbours, embeddedWordNet, embeddedStems, embeddedPhrases, checkEntries); err != nil {
		t.Fatalf("the embedded files fail the check of their entries: %v", err)
	}
}

// TestStructureCheckRejectsCutFiles: the check Load makes still rejects a
// file cut short or of the wrong kind (phrases.bin cut to nothing reads
// as no expressions).
func TestStructureCheckRejectsCutFiles(t *testing.T) {
	files := generateFixture(t, fixtureOptions)
	for i := range files {
		for _, cut := range []int{0, 3, headerSize, len(files[i].Data) / 2, len(files[i].Data) - 1} {
			if files[i].Name == PhrasesFile && cut == 0 {
				continue
			}
			data := [5]string{string(files[0].Data), string(files[1].Data), string(files[2].Data), string(files[3].Data), string(files[4].Data)}
			data[i] = data[i][:cut]
			if _, err := parse(data[0], data[1], data[2], data[3], data[4], checkStructure); err == nil {
				t.Errorf("structure check of %s cut to %d of %d bytes: no error", files[i].Name, cut, len(files[i].Data))
			}
		}
	}
	if _, err := parse(string(files[0].Data), string(files[1].Data), string(files[0].Data), string(files[3].Data), "", checkStructure); err == nil {
		t.Error("structure check of vectors.bin as wordnet.bin: no error")
	}
	if _, err := parse(string(files[0].Data), string(files[1].Data), string(files[2].Data), string(files[3].Data), string(files[3].Data), checkStructure); err == nil {
		t.Error("structure check of stems.bin as phrases.bin: no error")
	}
}

// TestEntryCheckIsDeeper: a neighbour entry naming a row past the last
// word passes the structure check and fails the check of the entries,
// which Open makes.
func TestEntryCheckIsDeeper(t *testing.T) {
	files := generateFixture(t, fixtureOptions)
	nbrs := slices.Clone(files[1].Data)
	f, err := parseFile(string(nbrs), "nbrs", checkEntries)
	if err != nil {
		t.Fatal(err)
	}
	at := -1
	for i, s := range f.sections {
		if s.name == "nbrs" && len(s.data) >= neighbourEntry {
			at = int(u32(string(nbrs[headerSize+i*dirEntrySize+nameSize:]), 0))
		}
	}
	if at < 0 {
		t.Fatal("the fixture has no neighbour entry")
	}
	nbrs[at], nbrs[at+1] = 0xff, 0xff
	vec, wn, st := string(files[0].Data), string(files[2].Data), string(files[3].Data)
	tests := []struct {
		depth   checkDepth
		wantErr bool
	}{
		{checkStructure, false},
		{checkEntries, true},
	}
	for _, tt := range tests {
		_, err := parse(vec, string(nbrs), wn, st, "", tt.depth)
		if got := err != nil; got != tt.wantErr {
			t.Errorf("parse at depth %v of a neighbour entry naming row 65535: error %v, want an error: %v", tt.depth, err, tt.wantErr)
		}
	}
}
