package qa

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/qabot/qabot/qa/english"
)

// fixTypeNounsPlain is fixTypeNouns in its first order: the type nouns
// searched for one a typo away, then WordNet asked whether the word is
// one it knows.
func fixTypeNounsPlain(toks []token, keyWords bool) {
	var en *english.Resources
	asked := -typeNounWindow
	for i := range toks {
		w := toks[i].text
		if namesTypeAfter(w) {
			asked = i
		}
		if len(w) < minTypoLetters || toks[i].num || toks[i].cap || !keyWords && i-asked >= typeNounWindow {
			continue
		}
		if _, ok := nounType(w, ""); ok {
			continue
		}
		n := typeNounNear(w)
		if n == "" {
			continue
		}
		if en == nil {
			if en = english.Load(); en.Err() != nil {
				return
			}
		}
		if en.POS(w) == 0 {
			toks[i].text = n
		}
	}
}

// TestFixTypeNounsPlain checks that fixTypeNouns, which asks WordNet
// before searching the type nouns, changes the same tokens to the same
// nouns as the plain order, on every training question of the chat-style
// sets and of squad-train11 with either keyWords, and on questions with
// typed type nouns, some of them English words one edit from a type noun.
func TestFixTypeNounsPlain(t *testing.T) {
	qs := []string{
		"what citty is the port in", "which contry won", "what yeer did it open",
		"what cost does the plan have", "which cast played", "what persn wrote it",
		"how many dayz are left", "what compny runs the lab",
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", "*", "train.jsonl"))
	// squad-train11's questions join when the shared folder is beside the
	// repository; a clean clone without it checks the chat sets' alone.
	if sq := filepath.Join("..", "..", "shared", "eval", "squad-train11", "train.jsonl"); statOK(sq) {
		paths = append(paths, sq)
	}
	for _, p := range paths {
		for _, it := range readEval(t, p) {
			qs = append(qs, it.Question)
		}
	}
	fixed, known := 0, 0
	en := english.Load()
	for _, q := range qs {
		base := tokenize(strings.ToLower(q), nil)
		for _, keyWords := range []bool{false, true} {
			got, want := slices.Clone(base), slices.Clone(base)
			fixTypeNouns(got, keyWords)
			fixTypeNounsPlain(want, keyWords)
			for i := range want {
				if got[i].text != want[i].text {
					t.Errorf("%q (keyWords %v): token %d got %q, want %q", q, keyWords, i, got[i].text, want[i].text)
				}
				if want[i].text != base[i].text {
					fixed++
				} else if len(base[i].text) >= minTypoLetters && typeNounNear(base[i].text) != "" && en.POS(base[i].text) != 0 {
					known++
				}
			}
		}
	}
	t.Logf("%d questions, %d tokens fixed, %d English words one edit from a type noun kept", len(qs), fixed, known)
	if fixed == 0 || known == 0 {
		t.Errorf("fixed %d, kept %d: the test reaches neither a typo fixed nor an English word kept", fixed, known)
	}
}

// allLettersPlain is allLetters by runes alone.
func allLettersPlain(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			continue
		}
		if r < 0x80 || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// TestAllLettersPlain checks allLetters' byte-by-byte start against the
// walk by runes, on words that leave the lower-case letters at each place
// for a letter, a digit, an upper-case letter, a letter of another script
// and a byte that is no UTF-8.
func TestAllLettersPlain(t *testing.T) {
	words := []string{"", "a", "word", "café", "naïve", "é", "日本", "a1", "1a", "Word", "woRd", "wo-rd", "wo rd", "wo\xffrd", "\xff", "wordé1", "éa", "aé", "z{", "`a"}
	for _, w := range words {
		if got, want := allLetters(w), allLettersPlain(w); got != want {
			t.Errorf("allLetters(%q) = %v, want %v", w, got, want)
		}
	}
	for _, other := range []string{"é", "1", "A", "日", "\xff", "-", "z", "{", "`"} {
		for at := 0; at <= 5; at++ {
			w := "abcde"[:at] + other + "abcde"[at:]
			if got, want := allLetters(w), allLettersPlain(w); got != want {
				t.Errorf("allLetters(%q) = %v, want %v", w, got, want)
			}
		}
	}
}

// TestParseInvalidUTF8 checks that parse, which walks a question for
// invalid UTF-8 only when it holds some, still reads each invalid byte as
// a space, and leaves a valid question's text as it is.
func TestParseInvalidUTF8(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"when is the \xffdeadline", "when is the  deadline"},
		{"who \xfe\xffwrote it", "who  wrote it"},
		{"who wrote café notes", "who wrote café notes"},
	} {
		var b questionBufs
		if got := parse(c.in, &b).Text; got != c.want {
			t.Errorf("parse(%q).Text = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestResolveWordCuesInPlace checks that a word met for the first time
// resolves its cues in room on resolveWord's stack, giving the same cues,
// stored or spilled, as resolveCues in a slice of its own: most words of
// the seed questions that have cues then resolve with no allocation (the
// rest allocate for their alternatives, an antonym list for one), where a
// list of cues of their own gave each word one at least.
func TestResolveWordCuesInPlace(t *testing.T) {
	ix := Build(embedded(t))
	words, free := 0, 0
	for _, it := range readEval(t, filepath.Join("testdata", "seed-dev.jsonl")) {
		q := Parse(it.Question)
		for i := range q.words {
			qw := &q.words[i]
			want := ix.resolveCues(qw.stem, nil)
			if len(want) == 0 || qw.noAlts || len(want) > cuesRoom {
				continue
			}
			words++
			for _, keep := range []bool{true, false} {
				var wt wordTerms
				ix.resolveWord(qw, &wt, keep)
				if got := ix.cuesOf(&wt); !slices.Equal(got, want) {
					t.Errorf("%q (keep %v): cues %v, want %v", qw.text, keep, got, want)
				}
			}
			if n := testing.AllocsPerRun(20, func() {
				var wt wordTerms
				ix.resolveWord(qw, &wt, true)
			}); n == 0 {
				free++
			}
		}
	}
	t.Logf("%d words with cues, %d of them resolved with no allocation", words, free)
	if words < 20 || 3*free < 2*words {
		t.Errorf("%d words with cues, %d resolved with no allocation: want 20 words or more, two thirds of them with none", words, free)
	}
}

// statOK reports whether path names a file that can be read.
func statOK(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
