package qa

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestCuesRoundTrip checks that written cues read back the same, sorted
// strongest first, and that the bytes are the same for the same cues.
func TestCuesRoundTrip(t *testing.T) {
	by := map[string][]Cue{
		"found": {{"establish", 1.2}, {"creat", 2.5}},
		"?date": {{"centuri", 0.75}},
	}
	var a, b bytes.Buffer
	if err := WriteCues(&a, NewCues(by), "test cues\nsecond line"); err != nil {
		t.Fatal(err)
	}
	if err := WriteCues(&b, NewCues(by), "test cues\nsecond line"); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the same cues differ")
	}
	c, err := ParseCues(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.Of("found"), []Cue{{"creat", 2.5}, {"establish", 1.2}}; !slices.Equal(got, want) {
		t.Errorf("Of(found): got %v, want %v", got, want)
	}
	if got, want := c.Of(TypeKey(TypeDate)), []Cue{{"centuri", 0.75}}; !slices.Equal(got, want) {
		t.Errorf("Of(?date): got %v, want %v", got, want)
	}
	if c.Len() != 2 {
		t.Errorf("Len: got %d, want 2", c.Len())
	}
}

// TestParseCuesErrors checks that malformed files are refused with
// ErrCues.
func TestParseCuesErrors(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return b.Bytes()
	}
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"not gzip", []byte("found\testablish 1.2\n")},
		{"no score", gz("found\testablish\n")},
		{"bad score", gz("found\testablish x\n")},
		{"empty stem", gz("found\t 1.0\n")},
		{"not a number", gz("found\testablish NaN\n")},
	} {
		if _, err := ParseCues(tt.data); !errors.Is(err, ErrCues) {
			t.Errorf("%s: got %v, want ErrCues", tt.name, err)
		}
	}
	if c, err := ParseCues(gz("")); err != nil || c.Len() != 0 {
		t.Errorf("an empty file: got %v cues, %v; want none and no error", c.Len(), err)
	}
}

// TestCueFeatures checks the features "cue" and "cue-type" with cues given
// to the index: a sentence holding the cue of a question word it lacks, or
// of the answer type, gets the cue's score; one without gets 0; a word the
// sentence holds itself adds nothing.
func TestCueFeatures(t *testing.T) {
	cues := NewCues(map[string][]Cue{
		"found":           {{"charter", 1.5}},
		TypeKey(TypeDate): {{"centuri", 0.8}},
	})
	docs := []corpus.Document{{Path: "a.txt", Body: "The abbey received its charter in the 12th century from monks.\n" +
		"The abbey was founded by monks from the north.\n" +
		"The abbey stands by the river and monks live there."}}
	ix := Build(docs).WithCues(cues)
	cands, err := ix.Candidates(context.Background(), Parse("when was the abbey founded"))
	if err != nil {
		t.Fatal(err)
	}
	cue, typ := slices.Index(FeatureNames(), "cue"), slices.Index(FeatureNames(), "cue-type")
	want := map[string][2]float64{
		"charter":    {1.5, 0.8},
		"founded by": {0, 0},
		"stands":     {0, 0},
	}
	for marker, w := range want {
		i := slices.IndexFunc(cands, func(c Candidate) bool { return strings.Contains(c.Sentence, marker) })
		if i < 0 {
			t.Fatalf("no candidate holds %q", marker)
		}
		got := [2]float64{cands[i].Features[cue], cands[i].Features[typ]}
		if got[0] < w[0]-1e-6 || got[0] > w[0]+1e-6 || got[1] < w[1]-1e-6 || got[1] > w[1]+1e-6 {
			t.Errorf("%q: got cue %v, cue-type %v; want %v, %v", marker, got[0], got[1], w[0], w[1])
		}
	}
	// Without cues, no candidate has any.
	plain, err := Build(docs).WithCues(NewCues(nil)).Candidates(context.Background(), Parse("when was the abbey founded"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range plain {
		if c.Features[cue] != 0 || c.Features[typ] != 0 {
			t.Errorf("%q without cues: got cue %v, cue-type %v; want 0", c.Sentence, c.Features[cue], c.Features[typ])
		}
	}
}

// FuzzParseCues checks that any bytes read as cues or fail with ErrCues,
// and that cues read back the same once written.
func FuzzParseCues(f *testing.F) {
	f.Add(cuesGz)
	var b bytes.Buffer
	_ = WriteCues(&b, NewCues(map[string][]Cue{"a": {{"b", 1}}}), "h")
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseCues(data)
		if err != nil {
			if !errors.Is(err, ErrCues) {
				t.Fatalf("got %v, want ErrCues", err)
			}
			return
		}
		var out bytes.Buffer
		if err := WriteCues(&out, c, ""); err != nil {
			t.Fatal(err)
		}
		again, err := ParseCues(out.Bytes())
		if err != nil {
			t.Fatalf("reading back: %v", err)
		}
		if again.Len() != c.Len() {
			t.Fatalf("read back %d keys, want %d", again.Len(), c.Len())
		}
	})
}

// TestCommittedCues checks that the committed cues load and hold cues
// that general English expects, learned from the SQuAD training questions.
func TestCommittedCues(t *testing.T) {
	c := DefaultCues()
	if c.Len() < 500 {
		t.Fatalf("committed cues: got %d keys, want hundreds", c.Len())
	}
	for _, tt := range []struct{ key, cue string }{
		{"born", "birth"},
		{"kill", "assassin"},
		{"start", "began"},
		{TypeKey(TypeReason), "due"},
		{TypeKey(TypeDate), "ago"},
	} {
		if !slices.ContainsFunc(c.Of(tt.key), func(cu Cue) bool { return cu.Stem == tt.cue && cu.Score > 0 }) {
			t.Errorf("cues of %q: got %v, want %q among them", tt.key, c.Of(tt.key), tt.cue)
		}
	}
}
