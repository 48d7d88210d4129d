package qa

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestSentenceGists checks that Build keeps the sentences' gists for a
// corpus that retells one story, one gistDim vector of length about 1 a
// sentence, and none for unrelated pages, whose "gist" feature is then 0.
func TestSentenceGists(t *testing.T) {
	story, pages := buildFiles(t, retoldStory), buildFiles(t, unrelatedPages)
	if got, want := len(story.gists), gistDim*len(story.sents); got != want {
		t.Fatalf("retold story (retelling %.3f): got %d gist components, want %d", story.retold, got, want)
	}
	for s := range story.sents {
		var norm float64
		for _, x := range story.gists[s*gistDim : (s+1)*gistDim] {
			norm += float64(x) * float64(x)
		}
		if norm /= gistScale * gistScale; norm < 0.98 || norm > 1.02 {
			t.Errorf("retold story, sentence %q: got a gist of squared length %.3f, want 1", story.sents[s].text, norm)
		}
	}
	if pages.gists != nil {
		t.Errorf("unrelated pages (retelling %.3f): got %d gist components, want none", pages.retold, len(pages.gists))
	}
	sc := pages.scratch.Get()
	defer pages.scratch.Put(sc)
	q := Parse("what is a sourdough starter")
	pages.questionGist(&q, sc, 1)
	if got := pages.gistCosine(sc, 0); got != 0 {
		t.Errorf("unrelated pages: got a gist cosine of %.3f, want 0", got)
	}
}

// TestGistCosine checks that the question's gist is nearer the sentence
// that says what it asks, in other words, than a sentence of the same
// story that holds as many of its words.
func TestGistCosine(t *testing.T) {
	ix := buildFiles(t, retoldStory)
	sentence := func(prefix string) int32 { return int32(sentenceHolding(t, ix, prefix)) }
	for _, tc := range []struct {
		question, nearer, farther string
	}{
		// "pay" and "union" in both: the raise and its percentage are
		// what is asked.
		{"how big a raise did the union get", "Their union accepted a pay rise of 6 percent", "Mara Kell, who leads the union"},
		// "harbour" in the farther only: shut for how long.
		{"how long was the harbour shut", "The strike had closed the harbour for nine days", "The union leader, Mara Kell, said the workers would return"},
	} {
		q := Parse(tc.question)
		sc := ix.scratch.Get()
		ix.questionGist(&q, sc, 1)
		near, far := ix.gistCosine(sc, sentence(tc.nearer)), ix.gistCosine(sc, sentence(tc.farther))
		ix.scratch.Put(sc)
		if near <= far {
			t.Errorf("%q: got gist cosines %.3f (%q) and %.3f (%q), want the first higher", tc.question, near, tc.nearer, far, tc.farther)
		}
	}
}

// TestGistRanks checks that on the default corpus, which retells one
// story, the gist puts first the sentence that says what a chat question
// asks in other words (training questions of the seed sets), and that
// without the sentences' gists another sentence is first.
func TestGistRanks(t *testing.T) {
	ix := Build(embedded(t))
	plain := ix.share()
	plain.gists = nil
	for _, tc := range []struct{ question, want string }{
		{"what could steady the markets", "practical cooperation and creative diplomacy"},
		{"did the rare earth tap get turned back on", "resumed the flow of rare-earth minerals"},
		{"who put out the report with the import shares", "Jiangsu Semiconductor Industry Association"},
	} {
		q := Parse(tc.question)
		got, err := ix.Candidates(context.Background(), q)
		if err != nil || len(got) == 0 {
			t.Fatalf("%q: got %d candidates and error %v, want some", tc.question, len(got), err)
		}
		if !strings.Contains(got[0].Sentence, tc.want) {
			t.Errorf("%q: got %q first, want the sentence with %q", tc.question, got[0].Sentence, tc.want)
		}
		without, err := plain.Candidates(context.Background(), q)
		if err != nil || len(without) == 0 {
			t.Fatalf("%q without gists: got %d candidates and error %v, want some", tc.question, len(without), err)
		}
		if strings.Contains(without[0].Sentence, tc.want) {
			t.Errorf("%q without gists: got %q first, want another sentence (the gist decides)", tc.question, without[0].Sentence)
		}
	}
}

// TestQuestionGistWords checks which of the question's words make its
// gist: a word set aside ("besides") or to be resolved by itself only
// (noAlts, the "without alternatives" switch) adds nothing, so that a
// question of only such words has no gist and its "gist" feature is 0.
func TestQuestionGistWords(t *testing.T) {
	ix := buildFiles(t, retoldStory)
	for _, tc := range []struct {
		name         string
		noAlts, excl bool
		wantGist     bool
	}{
		{"plain words", false, false, true},
		{"words without alternatives", true, false, false},
		{"words set aside", false, true, false},
	} {
		q := Parse("how big a raise did the union get")
		for i := range q.words {
			q.words[i].noAlts, q.words[i].exclude = tc.noAlts, tc.excl
		}
		sc := ix.scratch.Get()
		ix.questionGist(&q, sc, 1)
		got, cos := sc.hasGist, ix.gistCosine(sc, 0)
		ix.scratch.Put(sc)
		if got != tc.wantGist {
			t.Errorf("%s: got hasGist %v, want %v", tc.name, got, tc.wantGist)
		}
		if !tc.wantGist && cos != 0 {
			t.Errorf("%s: got a gist cosine of %.3f, want 0", tc.name, cos)
		}
	}
}

// TestGistGate checks that the "gist" feature is 0 for every candidate of
// a question whose own words a candidate holds nearly all of (the words
// decide: keyWordsDecide), and not for one said in other words than its
// answer's, on a corpus that keeps its sentences' gists.
func TestGistGate(t *testing.T) {
	ix := buildFiles(t, retoldStory)
	gist := slices.Index(FeatureNames(), "gist")
	for _, tc := range []struct {
		question string
		wantGist bool
	}{
		// "dock", "workers", "ended" and "strike" are all in "Dock
		// workers at the Port of Elmsworth ended their strike on Tuesday".
		{"when did the dock workers end their strike", false},
		// "big" and "raise" are in no sentence: the pay rise is said in
		// other words.
		{"how big a raise did the union get", true},
	} {
		cands, err := ix.Candidates(context.Background(), Parse(tc.question))
		if err != nil || len(cands) == 0 {
			t.Fatalf("%q: got %d candidates and error %v, want some", tc.question, len(cands), err)
		}
		got := false
		for _, c := range cands {
			got = got || c.Features[gist] != 0
		}
		if got != tc.wantGist {
			t.Errorf("%q: got a gist feature other than 0: %v, want %v", tc.question, got, tc.wantGist)
		}
	}
}

// TestQuestionGistMisspelt checks that a misspelt question word GloVe
// lacks ("harbuor", "anchr") adds to the gist the vector of the corpus
// word the misspelling search takes it for, so that the question's gist
// is the one its right spelling has; a word neither GloVe nor the
// misspelling search knows ("zqxv") adds nothing.
func TestQuestionGistMisspelt(t *testing.T) {
	ix := buildFiles(t, retoldStory)
	gist := func(text string) ([gistDim]float32, bool) {
		q := Parse(text)
		sc := ix.scratch.Get()
		defer ix.scratch.Put(sc)
		ix.questionGist(&q, sc, 1)
		return sc.gist, sc.hasGist
	}
	for _, tc := range []struct{ typed, right string }{
		{"how long was the harbuor shut", "how long was the harbour shut"},
		{"how many ships waited at anchr", "how many ships waited at anchor"},
		{"how long was the harbour shut zqxv", "how long was the harbour shut"},
	} {
		got, gotOK := gist(tc.typed)
		want, wantOK := gist(tc.right)
		if !gotOK || !wantOK || got != want {
			t.Errorf("%q: got the gist %v (%v), want the one of %q, %v (%v)", tc.typed, got[:3], gotOK, tc.right, want[:3], wantOK)
		}
	}
}

// TestCorrection checks the corpus word that correction takes a misspelt
// word for, by the long words' edit distance and the short words' inserted
// or swapped letter, and that it finds none for a word too far from all.
func TestCorrection(t *testing.T) {
	ix := buildFiles(t, retoldStory)
	for _, tc := range []struct {
		typed, want string
		code        weightCode
	}{
		{"harbuor", "harbour", codeTypo1},
		{"anchr", "anchor", codeTypo1},
		{"acepted", "accepted", codeTypo1},
		{"acepteed", "accepted", codeTypo2},
		{"zqxvbn", "", 0},
	} {
		got, id, code, ok := ix.correction(tc.typed)
		wantID, wantOK := ix.wordTerm(tc.want)
		if got != tc.want || ok != wantOK || ok && (id != wantID || code != tc.code) {
			t.Errorf("correction(%q): got %q (term %d, code %d, %v), want %q (term %d, code %d, %v)", tc.typed, got, id, code, ok, tc.want, wantID, tc.code, wantOK)
		}
	}
}

// TestCorrectionOf checks that the question's gist reads the correction
// resolveWord made of a misspelt word (Index.typos) instead of searching
// again, and that what it reads is what correction finds: for a word
// corrected when resolved ("harbuor", "acepteed"), for one the search
// finds nothing for ("zqxvbn"), and for a word remembered with another
// correction than the search's, which it must give back as remembered.
func TestCorrectionOf(t *testing.T) {
	ix := buildFiles(t, retoldStory)
	for _, w := range []string{"harbuor", "acepteed", "zqxvbn"} {
		got, ok := ix.correctionOf(&Parse(w).words[0])
		want, _, _, wantOK := ix.correction(w)
		if got != want || ok != wantOK {
			t.Errorf("correctionOf(%q): got %q, %v, want %q, %v", w, got, ok, want, wantOK)
		}
	}
	ix.typos.put("harbuor", "remembered")
	if got, ok := ix.correctionOf(&Parse("harbuor").words[0]); got != "remembered" || !ok {
		t.Errorf("correctionOf(%q) with a correction remembered: got %q, %v, want %q, true", "harbuor", got, ok, "remembered")
	}
}
