package qa

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	snowball "github.com/kljensen/snowball/english"
	"github.com/qabot/qabot/corpus"
)

// TestStatesRule checks the words of a rule or a limit, read without the
// tokenizer.
func TestStatesRule(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"We do not pay for alcohol.", true},
		{"We don't pay for alcohol.", true},
		{"We don’t pay for alcohol.", true},
		{"Spectators NEVER pay.", true},
		{"A workspace has only one owner at a time.", true},
		{"Wine is served at dinner.", false},
		{"The canal shop is open.", false}, // "canal" is not "can"
		{"Nothingness", false},
		{"", false},
	} {
		if got := statesRule(c.text); got != c.want {
			t.Errorf("statesRule(%q): got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestHasAppositionMark checks where defines looks for an apposition.
func TestHasAppositionMark(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"TikTok, the social media platform, has 100 million users.", true},
		{"SMIC, a chipmaker, grew.", true},
		{"Bessent, Greer and He met, the talks began.", true}, // the second comma
		{"Bessent, Greer and He met on Sunday.", false},
		{"No comma at all", false},
		{"Ends with a comma,", false},
	} {
		if got := hasAppositionMark(c.text); got != c.want {
			t.Errorf("hasAppositionMark(%q): got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestStemKeepsHead checks what holdsAt relies on to skip stemming most
// tokens: the stem of every word of the test corpora and the embedded
// documents keeps the word's first byte and is no longer than the word.
func TestStemKeepsHead(t *testing.T) {
	docs := slices.Concat(testCorpora(t, false)...)
	seen := map[string]bool{}
	for _, d := range docs {
		for _, tk := range tokenize(d.Title+"\n"+d.Body, nil) {
			w := tk.text
			if seen[w] {
				continue
			}
			seen[w] = true
			if s := stem(w); s == "" || s[0] != w[0] || len(s) > len(w) {
				t.Errorf("stem(%q): got %q, want a stem that opens with %q and is at most %d bytes", w, s, w[:1], len(w))
			}
		}
	}
	if len(seen) < 1000 {
		t.Errorf("got %d distinct words, want at least 1000", len(seen))
	}
}

// TestNamesAsked checks when a sentence gives a name to the thing a "what"
// or "which" question asks for.
func TestNamesAsked(t *testing.T) {
	for _, c := range []struct {
		q, text string
		want    bool
	}{
		{"Which television station finds its home at Notre Dame?", "The television station, NDtv, grew from one show in 2002.", true},
		{"Which television station finds its home at Notre Dame?", "The outlets include both a radio and television station, and several magazines.", false},
		{"What Prime Minister objected to the name change?", "Prime Minister Winston Churchill objected to the name.", true},
		{"Which river was used in some of the shoots?", "Some scenes were shot on the River Thames.", true},
		// The name the question gives names nothing new.
		{"Which Bond producer would not confirm it?", "The producer Bond was asked.", false},
		// Not a noun there, nor the end of a longer name.
		{"What traditions did the seasonal festivals incorporate?", "Traditionally, Peruvian festivities were held then.", false},
		{"What award did GameSpy give it?", "It won awards from the Game Critics Awards, X-Play and IGN.", false},
		// A name after a comma opens the main clause, it is no apposition.
		{"In which Bond story did the name first appear?", "Despite being an original story, Spectre draws on the books.", false},
		{"Which seminary does the Congregation run?", "Its main seminary, Moreau Seminary, is located on the campus.", true},
		// "What is the name of X" asks for a name of X as "which X" does.
		{"What was the name of the streaming service?", "The streaming service Tidal was launched.", true},
		{"What was the name of the streaming service?", "Jay Z bought the streaming service in 2015.", false},
		// "Who is X" asks who holds the role X.
		{"Who was the president of Yale at the time?", "Yale president Ezra Stiles recounted it in his diary.", true},
		{"Who was the president of Yale at the time?", "The president met Hillary Rodham Clinton at Yale.", false},
		// A name right after a plural starts a list or a clause.
		{"What crops helped the Chinese?", "It was due to the import of new crops China received from the Americas.", false},
		{"What large company moved its headquarters there?", "It attracted biotech companies Corixa and Immunex.", false},
		// No thing asked for.
		{"Who founded the station?", "The station, NDtv, grew.", false},
	} {
		var sc scratch
		q := Parse(c.q)
		if got := sc.namesAskedNoun(&q, c.text, tokenize(c.text, nil)); got != c.want {
			t.Errorf("namesAskedNoun(%q, %q): got %v, want %v", c.q, c.text, got, c.want)
		}
	}
}

// TestMayStemTo checks the filter namesAskedNoun applies before stemming a
// token: only a token that opens with a stem's first byte and is at least
// as long can have that stem.
func TestMayStemTo(t *testing.T) {
	stems := []string{"station", "presid"}
	for _, c := range []struct {
		tok  string
		want bool
	}{
		{"stations", true},
		{"president", true},
		{"presid", true},
		{"sta", false}, // shorter than "station"
		{"yale", false},
		{"tidal", false},
	} {
		if got := mayStemTo(c.tok, stems); got != c.want {
			t.Errorf("mayStemTo(%q, %q): got %v, want %v", c.tok, stems, got, c.want)
		}
		if got := mayStemTo(c.tok, nil); got {
			t.Errorf("mayStemTo(%q, nil): got true, want false", c.tok)
		}
	}
	// Every token may stem to its own stem.
	for _, tk := range tokenize("The streaming service Tidal was launched by Yale's presidents, dying", nil) {
		if !mayStemTo(tk.text, []string{stem(tk.text)}) {
			t.Errorf("mayStemTo(%q, [%q]): got false, want true", tk.text, stem(tk.text))
		}
	}
}

// TestNamers checks the namers Build marks in each sentence
// (appendNamers): the terms of the words a capitalised word follows by " "
// or ", ", which the names-asked feature needs among the asked noun's
// before it tokenizes a candidate.
func TestNamers(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // the namers' stems, in order
	}{
		{"Yale president Ezra Stiles recounted it.", []string{"presid", "ezra"}},
		{"The television station, NDtv, grew.", []string{"station"}},
		{"The station grew from one show in Évian.", nil}, // "in" is no term
		{"The station grew from one show in 2002.", nil},  // a number
		{"The station grew  Fast.", nil},                  // after two spaces
		{"The station grew. Fast.", nil},                  // after a stop
		{"The station grew The show.", nil},               // a stop word
		{"Stations Ezra and Bill aired it.", []string{"station"}},
		{"The stationmaster Ezra aired it.", []string{"stationmast"}},
		{"Yale's president Ezra, and Yale's dean Ezra.", []string{"presid", "dean"}},
		{"The president Ezra met the president Bill.", []string{"presid"}}, // once
		{"He won 40% Of the vote.", nil},                                   // "of" is a stop word
		{"He won 40% Gallup said.", []string{"percent"}},                   // "%" is "percent"
		{"The chief executive Tim resigned.", []string{"ceo"}},             // a phrase of tokenwords.txt
		{"The wills Tom made will Tom keep.", []string{"will"}},            // a stop word, by its stem's term
	} {
		ix := Build([]corpus.Document{{Path: "a.txt", Body: c.text + " Percent and wills."}})
		var got []string
		for _, id := range ix.namersOf(0) {
			got = append(got, ix.stems.word(int(id)))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("namers of %q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNamersKeepNames checks that the names-asked feature's filter, a
// namer of the sentence among the asked noun's terms (namesAfterAsked),
// never rules out a sentence namesAskedNoun finds a name in: on every
// sentence of the embedded corpus and of the 48 SQuAD articles (when they
// are beside the repository), for questions of the train halves and of
// SQuAD's training set; and that it rules out most of the sentences that
// hold the asked noun.
func TestNamersKeepNames(t *testing.T) {
	docs, questions := trainQuestions(t, []string{"seeds", "wiki", "handbook", "news-port"}, 20)
	ix := Build(docs)
	var qs []Question
	for _, text := range questions {
		if q := Parse(text); len(q.askedNoun()) > 0 {
			qs = append(qs, q)
		}
	}
	named, kept, read := 0, 0, 0
	sc := ix.scratch.New()
	for s := range ix.sents {
		st := &ix.sents[s]
		toks := tokenize(st.text, nil)
		for i := range qs {
			q := &qs[i]
			f := facts{ix: ix, q: q, sc: sc, s: int32(s), st: st}
			sc.askedTerms = ix.askedTerms(q, sc.askedTerms[:0])
			if !f.holdsAsked() {
				continue
			}
			read++
			may := f.namesAfterAsked()
			if may {
				kept++
			}
			if sc.namesAskedNoun(q, st.text, toks) {
				named++
				if !may {
					t.Errorf("namesAfterAsked(%q, %q): got false, want true (namesAskedNoun finds a name)", st.text, q.askedNoun())
				}
			}
		}
	}
	t.Logf("%d questions, %d sentences: %d read, %d kept, %d named", len(qs), len(ix.sents), read, kept, named)
	if named == 0 || kept > read/4 {
		t.Errorf("sentences naming a thing asked: %d, kept by the filter: %d of %d; want some named and most ruled out", named, kept, read)
	}
}

// definesText is defines as it read a sentence's text before it read the
// tokens the scratch remembers: the opening tokenized when the text has
// no apposition mark, else the whole text tokenized.
func definesText(sc *scratch, q *Question, text string) bool {
	if !hasAppositionMark(text) {
		text = text[:min(len(text), defineOpening)]
	}
	return sc.definesIn(q, text, tokenize(text, nil))
}

// TestDefinesReadsRememberedTokens: defines, which reads the tokens the
// scratch remembers of a sentence it reads whole, says what tokenizing the
// text it reads says, for what-is and who-is questions over the embedded
// corpus and 48 SQuAD articles, on sentences short and long, with and
// without an apposition.
func TestDefinesReadsRememberedTokens(t *testing.T) {
	docs := embedded(t)
	questions := []string{"what is tiktok", "who is scott bessent", "what is an icp", "who is he lifeng", "what is kettle"}
	if sq := squad48Docs(t); sq != nil {
		docs = append(docs, sq...)
	}
	for _, set := range []string{"seeds", "wiki", "handbook"} {
		for _, it := range readEval(t, filepath.Join("testdata", set, "train.jsonl")) {
			questions = append(questions, it.Question)
		}
	}
	ix := Build(docs)
	sc := ix.scratch.New()
	var long, whole, yes, asked int
	for _, text := range questions {
		q := Parse(text)
		if q.class != qcDefine && q.class != qcWhoIs {
			continue
		}
		if asked++; asked > 12 {
			break
		}
		for s := range ix.sents {
			st := ix.sents[s].text
			got, want := sc.defines(&q, ix, int32(s)), definesText(sc, &q, st)
			if got != want {
				t.Fatalf("defines(%q, %q): got %v, want %v", text, st, got, want)
			}
			if len(st) > defineOpening {
				long++
				if hasAppositionMark(st) {
					whole++
				}
			}
			if got {
				yes++
			}
		}
	}
	if long == 0 || whole == 0 || yes == 0 {
		t.Fatalf("read %d long sentences, %d of them whole, %d defining: want some of each", long, whole, yes)
	}
}

// TestAskedAsGathered checks the names-asked and asked-noun features,
// which read whether the sentence holds the asked noun once a candidate
// (facts.asked, set by gather), against their values as first written
// (holdsAsked read by each, after namesAfterAsked for names-asked): the
// feature table's value funcs and candidateRow's row, on every candidate
// of the seeds' and handbook's training questions; and that some
// candidates hold the asked noun and some are named by it, so that the
// check is not empty.
func TestAskedAsGathered(t *testing.T) {
	at := func(name string) int {
		for i, ft := range candidateFeatures {
			if ft.name == name {
				return i
			}
		}
		t.Fatalf("no feature %q", name)
		return -1
	}
	named, noun := at("names-asked"), at("asked-noun")
	holding, naming, checked := 0, 0, 0
	x := make([]float64, len(candidateFeatures))
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, total float64) {
		for i, c := range sc.top {
			var f facts
			ix.gather(&f, q, sc, c, i, total)
			holds := f.holdsAsked()
			want := [2]float64{
				b2f(f.namesAfterAsked() && holds && sc.namesAskedNoun(q, f.st.text, sc.tokensOf(ix, f.s))),
				b2f(holds),
			}
			candidateRow(&f, x)
			for k, col := range [2]int{named, noun} {
				if got := candidateFeatures[col].value(&f); got != want[k] {
					t.Fatalf("%q: %s of %q: got %v, want %v", text, candidateFeatures[col].name, f.st.text, got, want[k])
				}
				if x[col] != want[k] {
					t.Fatalf("%q: candidateRow's %s of %q: got %v, want %v", text, candidateFeatures[col].name, f.st.text, x[col], want[k])
				}
			}
			checked++
			if holds {
				holding++
			}
			if want[0] == 1 {
				naming++
			}
		}
	})
	t.Logf("%d candidates: %d hold the asked noun, %d named by it", checked, holding, naming)
	if holding < 100 || naming < 10 {
		t.Errorf("candidates holding the asked noun %d, named by it %d: want at least 100 and 10", holding, naming)
	}
}

// TestMayOpenWithOnCorpora checks what defines' early test (mayDefine)
// relies on, on every sentence of the test corpora and the 48 SQuAD
// articles, as defines tokenizes the opening it reads (cut at
// defineOpening bytes) and the whole text: the first content token has its
// stem's term first among the sentence's stored content terms
// (mayOpenWith), when a mark or word follows it that could start a
// description, and every content token an apposition may match has its
// stem's term among them (holdsTerm).
func TestMayOpenWithOnCorpora(t *testing.T) {
	checked, held := 0, 0
	eachCorpusSentence(t, func(ix *Index, s int32, text string) {
		for _, read := range []string{text[:min(len(text), defineOpening)], text} {
			toks := tokenize(read, nil)
			// Every content token of the whole text has its stem's term
			// stored (holdsTerm), and so has every one of the opening
			// before a comma and an article, where an apposition may
			// end: a word cut at the opening's end may not ("United"
			// of "United States", "10" of "10,000"), but no comma and
			// article follow it.
			end := len(toks)
			if len(read) < len(text) {
				end = 0
				for j := 1; j < len(toks); j++ {
					switch toks[j].text {
					case "a", "an", "the":
						if strings.HasPrefix(strings.TrimLeft(read[toks[j-1].end:], " *_\"'’”"), ",") {
							end = j
						}
					}
				}
			}
			for _, tk := range toks[:end] {
				if isStopWord(tk.text) {
					continue
				}
				held++
				if st := stemCached(tk.text); st != "" && !ix.holdsTerm(s, st) {
					t.Fatalf("holdsTerm(%q, %q) = false, but the sentence holds %q", text, st, tk.text)
				}
			}
			first := 0
			for first < len(toks) && isStopWord(toks[first].text) {
				first++
			}
			if first == len(toks) || strings.TrimLeft(read[toks[first].end:], " *_\"'’”") == "" {
				continue
			}
			stem := stemCached(toks[first].text)
			if stem == "" {
				continue
			}
			checked++
			if !ix.mayOpenWith(s, stem) {
				t.Fatalf("mayOpenWith(%q, %q) = false, but the sentence opens with %q", text, stem, toks[first].text)
			}
		}
	})
	if checked < 10000 || held < 100000 {
		t.Fatalf("checked %d openings and %d content tokens, want at least 10,000 and 100,000", checked, held)
	}
}

// TestDefinesEarlyOnCorpora compares defines, with its early test, with
// definesText, which tokenizes every sentence, for the what-is and who-is
// questions of every test set's train half over its corpus, and of
// SQuAD's training set over the 48 articles: the early test never rules
// out a sentence that defines the question's term.
func TestDefinesEarlyOnCorpora(t *testing.T) {
	type set struct {
		docs      []corpus.Document
		questions []string
	}
	var sets []set
	dirs, _ := filepath.Glob(filepath.Join("testdata", "*", "train.jsonl"))
	for _, path := range dirs {
		docs, _, err := corpus.Load(filepath.Join(filepath.Dir(path), "corpus"))
		if err != nil {
			continue // a set of another corpus's questions
		}
		var qs []string
		for _, it := range readEval(t, path) {
			qs = append(qs, it.Question)
		}
		sets = append(sets, set{docs, qs})
	}
	if sq := squad48Docs(t); sq != nil {
		var qs []string
		for _, it := range readEval(t, filepath.Join(squadTrain, "train.jsonl")) {
			qs = append(qs, it.Question)
		}
		sets = append(sets, set{sq, qs})
	}
	var asked, yes, ruled int
	for _, st := range sets {
		ix := Build(st.docs)
		sc := ix.scratch.New()
		n := 0
		for _, text := range st.questions {
			q := Parse(text)
			if q.class != qcDefine && q.class != qcWhoIs {
				continue
			}
			if n++; n > 40 {
				break // SQuAD's many: the first 40 suffice
			}
			asked++
			for s := range ix.sents {
				sent := ix.sents[s].text
				got, want := sc.defines(&q, ix, int32(s)), definesText(sc, &q, sent)
				if got != want {
					t.Fatalf("defines(%q, %q): got %v, want %v", text, sent, got, want)
				}
				if got {
					yes++
				}
				if read, _ := ix.definesReads(int32(s)); len(q.words) > 0 && !ix.mayDefine(int32(s), q.words[0].stem, read) {
					ruled++
				}
			}
		}
	}
	t.Logf("%d questions: %d sentences defining, %d ruled out early", asked, yes, ruled)
	if asked == 0 || yes == 0 || ruled == 0 {
		t.Fatalf("%d questions, %d sentences defining, %d ruled out: want some of each", asked, yes, ruled)
	}
}

// TestDefinesEarly checks defines on sentences its early test reads: one
// that does not open with the question's first word is ruled out unless
// the text it reads has a comma and holds the word, as a content word
// (a stored term) or as a stop word whose stem is the word's ("does" of
// "doe"), which no stored term holds: an apposition may match either.
func TestDefinesEarly(t *testing.T) {
	long := strings.Repeat(" The rest of a long sentence goes on.", 4)
	for _, c := range []struct {
		q, sent string
		want    bool
	}{
		{"what is kettle", "Kettle: the Monday stand-up of the lab." + long, true},
		{"what is kettle", "Kettle is the Monday stand-up.", true},
		{"what is kettle", "A kettle, the pot for tea, boils.", true},
		{"what is kettle", "The pot boils: a tea maker." + long, false},
		{"what is kettle", "The pot is a kettle: a tea maker." + long, false},
		{"what is kettle", "The pot is a kettle: a tea maker, a pot.", false},
		{"what is a doe", "A deer does, the ranger said.", true},
		{"what is a doe", "A deer does so the ranger said.", false},
		{"what is kettle", "The pot holds kettle, a tea maker.", true},
		{"what is kettle", "The pot holds water, a tea maker.", false},
	} {
		ix := Build([]corpus.Document{{Path: "a.md", Title: "A page", Body: c.sent + "\n\nAnother paragraph about doe and kettle words.\n"}})
		q := Parse(c.q)
		s := slices.IndexFunc(ix.sents, func(st sentence) bool { return strings.HasPrefix(c.sent, st.text) })
		if s < 0 {
			t.Fatalf("no sentence of %q", c.sent)
		}
		if got := ix.scratch.New().defines(&q, ix, int32(s)); got != c.want {
			t.Errorf("defines(%q, %q): got %v, want %v", c.q, ix.sents[s].text, got, c.want)
		}
	}
}

// TestSnowballStops checks tokenwords.txt's [snowballstops], which
// stopStems reads, against the snowball English stop list: each word is
// one, and, when the module's source is on this machine, every word of
// its IsStopWord is there.
func TestSnowballStops(t *testing.T) {
	list := tokenWords().snowballStops
	for w := range list {
		if !snowball.IsStopWord(w) {
			t.Errorf("[snowballstops] %q: snowball.IsStopWord is false", w)
		}
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/kljensen/snowball").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "english", "common.go"))
	if err != nil {
		t.Skipf("snowball's source: %v", err)
	}
	body := string(src)
	i := strings.Index(body, "func IsStopWord")
	j := strings.Index(body[max(i, 0):], "return true")
	if i < 0 || j < 0 {
		t.Fatal("no IsStopWord switch in snowball's english/common.go")
	}
	n := 0
	for _, m := range regexp.MustCompile(`"([^"]*)"`).FindAllStringSubmatch(body[i:i+j], -1) {
		n++
		if !list[m[1]] {
			t.Errorf("snowball stop word %q: not in [snowballstops]", m[1])
		}
	}
	if n != len(list) {
		t.Errorf("snowball's list has %d words, [snowballstops] %d", n, len(list))
	}
}
