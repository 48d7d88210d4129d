package qa

import (
	"math"
	"strings"
	"sync"

	"github.com/qabot/qabot/qa/english"
)

// A sentence's gist: the direction of its words in GloVe's space.
//
// Where a corpus retells one story (retelling.go), every article names the
// story's people, places and events, and most sentences hold a few of any
// question's words: the question's key words decide little, and a chat
// question says the thing it asks in its own words ("is the tiktok date
// slipping again": "The current deadline ... is expected to be extended
// once again"). The words of the sentence that answers are then near the
// question's words in meaning more often than a rival's are, though few of
// them are the same words or their WordNet or GloVe alternatives.
//
// A text's gist is the sum of the unit GloVe vectors of its content words
// (its tokens that are no stop words and that GloVe has), scaled to length
// 1; the "gist" feature is the cosine of the question's gist and the
// sentence's, for a corpus that retells its story (retelling above
// RetellingFloor, the reading at which the answer decision starts to lift
// its bar), and 0 for a question whose own words a candidate holds nearly
// all of (keyWordsDecide): the words then decide. Build keeps each
// sentence's gist only for such a corpus, gistDim int8 components a
// sentence (gistScale to 1), so that other corpora pay nothing for it; on
// the others the same cosine ranked worse (engine-log, stop 47, rank65).

// gistDim is the number of components of a gist: those of a GloVe vector.
const gistDim = 100

// gistScale is what a gist's int8 components are divided by: a unit
// vector's components lie in [−1, 1].
const gistScale = 127

// addGist adds the unit vector of word to sum when word is a content
// word (no stop word) that GloVe has, and reports whether it did.
func addGist(en *english.Resources, word string, sum *[gistDim]float32) bool {
	if isStopWord(word) {
		return false
	}
	v, ok := en.Vector(word)
	if !ok || v.Dim() != gistDim {
		return false
	}
	var buf [gistDim]float32
	c := v.AppendFloat32(buf[:0])
	var norm float64
	for _, x := range c {
		norm += float64(x) * float64(x)
	}
	if norm == 0 {
		return false
	}
	inv := float32(1 / math.Sqrt(norm))
	for i, x := range c {
		sum[i] += x * inv
	}
	return true
}

// unitGist scales sum to length 1 in place; it leaves a zero sum zero.
func unitGist(sum *[gistDim]float32) {
	var norm float64
	for _, x := range sum {
		norm += float64(x) * float64(x)
	}
	if norm == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(norm))
	for i := range sum {
		sum[i] *= inv
	}
}

// sentenceGists returns the gists of ix's sentences, gistDim int8
// components each (gistScale to 1), or nil when ix's corpus does not
// retell one story (retelling at most RetellingFloor) or the English
// resources are missing. It is called once, at Build, after the
// retelling is read.
func (ix *Index) sentenceGists() []int8 {
	if ix.retold <= RetellingFloor || len(ix.sents) == 0 {
		return nil
	}
	en := english.Load()
	if en.Err() != nil {
		return nil
	}
	// One token buffer and one buffer of lowered words serve every
	// sentence, and the gists are one flat slice, so that Build allocates little more than the gists themselves
	// (TestBuildBytes).
	out := make([]int8, gistDim*len(ix.sents))
	var toks []token
	// A sentence's lowered words are at most its bytes, so that one
	// buffer of maxSentenceBytes holds them all (keep makes another only
	// for a word that would not fit).
	low := lowered{buf: make([]byte, 0, maxSentenceBytes)}
	for i := range ix.sents {
		var sum [gistDim]float32
		n := 0
		low.buf = low.buf[:0] // no word of the sentence before is kept
		toks = tokenizeReusing(ix.sents[i].text, toks[:0], &low)
		for _, tk := range toks {
			if addGist(en, tk.text, &sum) {
				n++
			}
		}
		if n == 0 {
			continue
		}
		unitGist(&sum)
		g := out[i*gistDim : (i+1)*gistDim]
		for k, x := range sum {
			g[k] = int8(math.Round(float64(x * gistScale)))
		}
	}
	return out
}

// questionGist sets sc.gist to the question's gist, and sc.hasGist to
// whether it has one, when ix keeps its sentences' gists and the
// question's own words do not decide (keyWordsDecide): total is the
// question's weight (resolve), the candidates are in sc.top.
func (ix *Index) questionGist(q *Question, sc *scratch, total float64) {
	sc.hasGist = false
	if ix.gists == nil || ix.keyWordsDecide(q, sc, total) {
		return
	}
	en := english.Load()
	if en.Err() != nil {
		return
	}
	// A word the asker set aside says nothing of what is asked, and a
	// word to be resolved by itself only (noAlts) is to be matched as it
	// stands, not by its neighbours in meaning: neither adds to the gist.
	// A misspelt word GloVe lacks ("negotiatior") adds the vector of the
	// corpus word the misspelling search takes it for (correction), as
	// its term stands for it in the ranking: left out, the gist leans on
	// the question's other words, and a rival sentence near those gains
	// on the one that holds the word.
	sc.gist = [gistDim]float32{}
	n := 0
	for _, w := range q.words {
		if w.exclude || w.noAlts {
			continue
		}
		if addGist(en, w.text, &sc.gist) {
			n++
		} else if _, known := ix.wordTerm(w.text); !known {
			if c, ok := ix.correctionOf(&w); ok && addGist(en, c, &sc.gist) {
				n++
			}
		}
	}
	if n == 0 {
		return
	}
	unitGist(&sc.gist)
	sc.hasGist = true
}

// keyWordsDecide reports whether a candidate of sc.top holds at least
// gistExactBar of the question's weight total in the question's own words
// (the "exact" feature's share, gather). The gist is for a question said
// in other words than its answer's: where some sentence holds nearly all
// the question's words as they stand, they decide, and in corpora that
// read above the floor without retelling one story (meeting minutes,
// policy documents) the gist then chose a sentence nearer the question's
// topic over the one that holds its words (engine-log, stop 48).
func (ix *Index) keyWordsDecide(q *Question, sc *scratch, total float64) bool {
	bar := gistExactBar * max(total, 1e-9)
	for _, c := range sc.top {
		m := sc.mask[c.sent] | sc.rangeTerms(q, &ix.sents[c.sent])
		if sc.massOf(m&sc.own) >= bar {
			return true
		}
	}
	return false
}

// gistCosine is the cosine of the question's gist (sc.gist) and sentence
// s's, 0 when either has none.
func (ix *Index) gistCosine(sc *scratch, s int32) float64 {
	if !sc.hasGist {
		return 0
	}
	g := ix.gists[int(s)*gistDim : int(s+1)*gistDim]
	var dot float32
	for k, x := range g {
		dot += float32(x) * sc.gist[k]
	}
	return float64(dot / gistScale)
}

// correctionOf returns the corpus word the misspelling search takes qw,
// a word the corpus lacks, for (correction), reading how qw resolved
// (resolveWord) rather than searching again: a word corrected there
// was remembered (Index.typos), and a word that resolved by a derived
// word or not at all was searched for in vain. Only a word that
// resolved before the search (by its stem, as an acronym, a closed
// compound or a glued number) or whose correction was not remembered
// is searched for here.
func (ix *Index) correctionOf(qw *qword) (string, bool) {
	if own := ix.ownTerms(ix.lookupWord(qw)); len(own) == 0 || own[0].a == codeDerived {
		return "", false
	} else if a := own[0].a; a == codeTypo1 || a == codeTypo2 {
		if c, ok := ix.typos.get(qw.text); ok {
			return c, true
		}
	}
	c, _, _, ok := ix.correction(qw.text)
	return c, ok
}

// typoMemory remembers the corpus word each misspelt question word was
// taken for, at most maxWordCache of them; its zero value is ready to
// use, and it is safe for concurrent use.
type typoMemory struct {
	mu sync.RWMutex
	m  map[string]string
}

// put remembers that w was taken for the corpus word c.
func (t *typoMemory) put(w, c string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.m == nil {
		t.m = map[string]string{}
	}
	if len(t.m) < maxWordCache {
		t.m[strings.Clone(w)] = c
	}
}

// get returns the corpus word w was taken for.
func (t *typoMemory) get(w string) (string, bool) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	c, ok := t.m[w]
	return c, ok
}
