package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa/english"
)

// TestFindPhrases checks which of WordNet's multi-word expressions a
// question is read for: of two or three words side by side, the first and
// the last by their lemmas too, and only with a question word among them.
func TestFindPhrases(t *testing.T) {
	for _, tt := range []struct {
		question string
		synonym  string // among the synonyms or hypernyms of the one expression found, "" for none
		words    []string
	}{
		{"who took part in the relay", "participate", []string{"took", "part"}},
		{"how long do i get for time off", "period", []string{"time"}}, // "off" is a stop word
		{"can antibiotics stop birth control pills working", "contraceptive", []string{"birth", "control", "pills"}},
		{"cant get hold of the on call vet", "reach", []string{"hold"}},
		{"what part did she take", "", nil}, // not side by side
		{"who took the part", "", nil},      // "the" between
		{"how do i do it", "", nil},         // stop words only
		{"what is the price of a flat", "", nil},
	} {
		q := Parse(tt.question)
		if tt.synonym == "" {
			if len(q.phrases) != 0 {
				t.Errorf("%q: got phrases %+v, want none", tt.question, q.phrases)
			}
			continue
		}
		if len(q.phrases) != 1 {
			t.Errorf("%q: got phrases %+v, want one", tt.question, q.phrases)
			continue
		}
		p := q.phrases[0]
		if !strings.Contains(" "+p.synonyms+" "+p.hypernyms+" ", " "+tt.synonym+" ") {
			t.Errorf("%q: got synonyms %q and hypernyms %q, want %q among them", tt.question, p.synonyms, p.hypernyms, tt.synonym)
		}
		if got := coveredWords(q, p); strings.Join(got, " ") != strings.Join(tt.words, " ") {
			t.Errorf("%q: got the words %q, want %q", tt.question, got, tt.words)
		}
	}
}

// TestPhraseResolves checks that a question's expression resolves to the
// corpus's term for its synonym, weighed as a WordNet synonym of the
// expression's rarest word, more than the question's words alone make of
// it (nothing, or a GloVe neighbour's weight).
func TestPhraseResolves(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "Cragwell started in 2014. Crews return within two days. If the vet cannot be reached, ring the nurse. Contraceptive pills may fail. Staff leave for a period of rest."}})
	for _, tt := range []struct{ q, synonym string }{
		{"when did cragwell get going", "started"},
		{"how quickly do crews come back", "return"},
		{"cant get hold of the vet", "reached"},
		{"do birth control pills fail", "contraceptive"},
		{"how long is time off", "period"},
	} {
		id := wordTermOf(ix, tt.synonym)
		q := Parse(tt.q)
		with := termWeight(ix, q, id)
		q.phrases = nil
		without := termWeight(ix, q, id)
		if with <= without {
			t.Errorf("%q: got %s weighed %.3f, want more than %.3f without the expression", tt.q, tt.synonym, with, without)
		}
	}
}

// TestFindPhrasesPlain holds findPhrases, which builds a key up to its last
// word once and writes the last word and its singular in place, to the
// plain walk that builds each key whole, over the sentences of the
// embedded corpus and of squad48 read as questions: the same expressions
// with the same words, and some found by three words and by a singular.
func TestFindPhrasesPlain(t *testing.T) {
	three, singulars := 0, 0
	plain := func(toks []token, words []qword) []qphrase {
		en := english.Load()
		var dst []qphrase
		for i := 0; i+1 < len(toks); i++ {
			firsts := strings.Fields(en.PhraseStarts(toks[i].text))
			firsts = firsts[:min(len(firsts), maxPhraseFirsts)]
			found := 0
			for n := 3; n >= 2 && found == 0; n-- {
				if i+n > len(toks) {
					continue
				}
				var mid []string
				for _, tk := range toks[i+1 : i+n-1] {
					mid = append(mid, tk.text)
				}
				lasts := []string{toks[i+n-1].text}
				if s := singular(lasts[0]); s != "" {
					lasts = append(lasts, s)
				}
			firsts:
				for _, f := range firsts {
					for li, l := range lasts {
						key := strings.Join(append(append([]string{f}, mid...), l), " ")
						if len(key) >= maxPhraseKey {
							continue
						}
						syn, hyp := en.PhraseRelatives(key)
						if syn == "" && hyp == "" {
							continue
						}
						if m := expressionWords(toks[i:i+n], words); m != 0 {
							dst = append(dst, qphrase{words: m, synonyms: syn, hypernyms: hyp})
							found = n
							if n == 3 {
								three++
							}
							if li == 1 {
								singulars++
							}
							break firsts
						}
						break
					}
				}
			}
			if found > 0 {
				i += found - 1
			}
		}
		return dst
	}
	// Texts with an expression of three words and one found by its
	// singular, which the embedded corpus lacks, beside its sentences
	// (and squad48's when it is beside the repository).
	texts := []string{
		"She took part in the talks and asked about birth control pills.",
		"The ministers took time off after the talks.",
	}
	for _, st := range Build(embedded(t)).sents {
		texts = append(texts, st.text)
	}
	texts = withSquad48(t, texts)
	expressions := 0
	for _, text := range texts {
		toks := tokenize(text, nil)
		words := Parse(text).words
		got, want := findPhrases(nil, toks, words), plain(toks, words)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: findPhrases got %+v, want %+v", text, got, want)
		}
		expressions += len(got)
	}
	t.Logf("%d texts, %d expressions, %d of three words, %d by a singular", len(texts), expressions, three, singulars)
	if expressions == 0 || three == 0 || singulars == 0 {
		t.Errorf("found %d expressions, %d of three words and %d by a singular, want some of each", expressions, three, singulars)
	}
}

// TestFindCompounds checks which of a question's pairs of words are read
// as the WordNet word of their hyphenated or closed spelling
// (findCompounds): written open or hyphenated, the first word as written
// or by its lemma, a stop word second only in a WordNet expression or
// behind a hyphen; and which relatives the compound gives.
func TestFindCompounds(t *testing.T) {
	for _, tt := range []struct {
		question string
		synonym  string // among the synonyms or hypernyms of a compound found, "" for none
		words    []string
	}{
		{"is the cease fire holding", "truce", []string{"cease", "fire"}},           // WordNet's "cease-fire", written open
		{"did the cease-fire hold", "armistice", []string{"cease", "fire"}},         // and hyphenated
		{"when did china crack down on chip firms", "crackdown", []string{"crack"}}, // the expression's noun, closed
		{"is it a well-known place", "familiar", []string{"well", "known"}},         // a similar adjective of "well-known"
		{"is the place well known", "", nil},                                        // open, and "wellknown" is no common word: two words
		{"how tall is the tower", "", nil},                                          // "tall is" is no "tallis": a stop word second, open, no expression
		{"what rank in the league", "", nil},                                        // nor "rank in" a "rankin"
		{"the state-of-the-art lab", "", nil},                                       // a part of a longer hyphenated run
		{"is the fire cease holding", "", nil},
	} {
		q := Parse(tt.question)
		ps := findCompounds(nil, q.Text, q.toks, q.words)
		if tt.synonym == "" {
			if len(ps) != 0 {
				t.Errorf("%q: got compounds %+v, want none", tt.question, ps)
			}
			continue
		}
		i := slices.IndexFunc(ps, func(p qphrase) bool {
			return strings.Contains(" "+p.synonyms+" "+p.hypernyms+" ", " "+tt.synonym+" ")
		})
		if i < 0 {
			t.Errorf("%q: got compounds %+v, want %q among the relatives of one", tt.question, ps, tt.synonym)
			continue
		}
		if got := coveredWords(q, ps[i]); strings.Join(got, " ") != strings.Join(tt.words, " ") {
			t.Errorf("%q: got the words %q, want %q", tt.question, got, tt.words)
		}
	}
}

// TestCompoundResolves checks that a question's compound written open
// finds a sentence's synonym of the WordNet word it spells, and its closed
// spelling, weighed more than the question's words alone make of them.
func TestCompoundResolves(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "The truce held for a week. Beijing began the suppression of chip imports. Fire crews cracked the door."}})
	for _, tt := range []struct{ q, word string }{
		{"is the cease fire holding", "truce"},
		{"did the cease-fire hold", "truce"},
		{"when did beijing crack down on chips", "suppression"}, // a hypernym of the closed "crackdown"
	} {
		id := wordTermOf(ix, tt.word)
		q := Parse(tt.q)
		with := termWeight(ix, q, id)
		q.phrases = findPhrases(nil, q.toks, q.words)
		without := termWeight(ix, q, id)
		if with <= without {
			t.Errorf("%q: got %s weighed %.3f, want more than %.3f without the compound", tt.q, tt.word, with, without)
		}
	}
}

// coveredWords returns the question's words that phrase p covers, in order.
func coveredWords(q Question, p qphrase) []string {
	var got []string
	for k, w := range q.words {
		if p.words&(1<<k) != 0 {
			got = append(got, w.text)
		}
	}
	return got
}

// termWeight returns the weight that resolving question q gives the
// index's term id, or 0 when q does not reach it.
func termWeight(ix *Index, q Question, id int32) float64 {
	sc := ix.scratch.Get()
	defer ix.scratch.Put(sc)
	defer sc.reset(ix)
	ix.resolve(&q, sc)
	for _, qt := range sc.terms {
		if qt.id == id {
			return qt.w
		}
	}
	return 0
}
