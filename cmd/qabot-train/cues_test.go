package main

import (
	"slices"
	"testing"

	"github.com/qabot/qabot/qa"
)

// TestLearnCues checks the cue learner on hand-made candidates: a word
// that the right sentences of many articles hold when the question word is
// missing becomes a cue; one that only a single article's sentences hold
// (a topic word), a number, and a word the wrong sentences hold as often
// do not; chunks that use refuses are not counted.
func TestLearnCues(t *testing.T) {
	d := &cueData{ids: map[string]int32{}}
	ids := func(ws ...string) []int32 {
		var out []int32
		for _, w := range ws {
			out = append(out, d.id(w))
		}
		slices.Sort(out)
		return out
	}
	for a := range 8 {
		for range 3 {
			d.ex = append(d.ex, cueExample{
				chunk: a % 2, article: a,
				keys: ids("born", "poet"),
				cands: [][]int32{
					ids("birth", "poet", "town", "1850"),  // right
					ids("poet", "wrote", "town", "verse"), // wrong
					ids("poet", "died", "town", "river"),  // wrong
					ids("poet", "travel", "town", "1850"), // wrong
				},
				label: []int8{1, 0, 0, 0},
			})
		}
	}
	// One article's topic word, in its right sentences only.
	d.ex = append(d.ex, cueExample{chunk: 1, article: 9, keys: ids("born"),
		cands: [][]int32{ids("birth", "zanzibar"), ids("river")}, label: []int8{1, 0}})
	o := cueOptions{alpha: 2, minArticles: 5, minScore: 0.1, perKey: 8}
	c := learnCues(d, func(int) bool { return true }, o)
	stems := func(key string) []string {
		var out []string
		for _, cu := range c.Of(key) {
			out = append(out, cu.Stem)
		}
		return out
	}
	if got := stems("born"); !slices.Contains(got, "birth") {
		t.Errorf("cues of born: got %v, want birth among them", got)
	}
	for _, not := range []string{"zanzibar", "1850", "town", "poet"} {
		if got := stems("born"); slices.Contains(got, not) {
			t.Errorf("cues of born: got %v, want no %q", got, not)
		}
	}
	// Half the chunks: four articles, fewer than minArticles.
	half := learnCues(d, func(ci int) bool { return ci == 0 }, o)
	if got := half.Of("born"); len(got) != 0 {
		t.Errorf("cues of born from four articles: got %v, want none", got)
	}
	if got := (&cueFolds{first: 2, half: [2]*qa.Cues{half, c}, all: c}).of(0); got != half {
		t.Error("cueFolds.of(0): want the cues learned on the other parity")
	}
}
