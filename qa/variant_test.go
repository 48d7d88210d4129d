package qa

import (
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/qabot/qabot/corpus"
)

// TestOSADistance checks the edit distance the misspelling search uses,
// one word measured against several in turn as correct does.
func TestOSADistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"their", "their", 2, 0},
		{"thier", "their", 2, 1}, // two neighbouring letters swapped
		{"goverment", "government", 2, 1},
		{"recieve", "receive", 2, 1},
		{"kitten", "sitting", 3, 3},
		{"kitten", "sitting", 2, 3}, // cut short at max+1
		{"café", "cafe", 1, 1},      // letters, not bytes
		{"abc", "abcdef", 2, 3},     // lengths too far apart
		{"ca", "abc", 3, 3},         // no transposition through an insertion
		{strings.Repeat("a", maxTokenBytes+1), "a", 2, 3},
	}
	var o osa
	for _, tt := range tests {
		if got := osaDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("osaDistance(%q, %q, %d): got %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
		// The reused form gives the same after any earlier measure.
		if o.set(tt.a) {
			if got := o.to(tt.b, tt.max); got != tt.want {
				t.Errorf("osa{%q}.to(%q, %d): got %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
			}
		}
	}
}

// TestOSACutShort checks the reused measure, with its letter-count bound
// and its early stops, against the whole table on random words of a few
// letters (many within two edits of each other): equal up to max, more
// than max beyond.
func TestOSACutShort(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	letters := []rune("abcdeé")
	word := func() string {
		w := make([]rune, 3+r.IntN(6))
		for i := range w {
			w[i] = letters[r.IntN(len(letters))]
		}
		return string(w)
	}
	var o osa
	for range 3000 {
		a := word()
		o.set(a)
		for range 5 {
			b := word()
			if r.IntN(2) == 0 { // a few edits away from a
				rb := []rune(a)
				for range 1 + r.IntN(3) {
					i := r.IntN(len(rb))
					rb[i] = letters[r.IntN(len(letters))]
				}
				b = string(rb)
			}
			full := fullOSA(a, b)
			for max := range 4 {
				got := o.to(b, max)
				if full <= max && got != full || full > max && got <= max {
					t.Fatalf("osa{%q}.to(%q, %d): got %d, want %d (beyond %d: any more)", a, b, max, got, full, max)
				}
			}
		}
	}
}

// fullOSA is the optimal-string-alignment distance by the whole table,
// with no bound and no early stop.
func fullOSA(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// TestSpellBuckets: every corpus word of four letters or more (letters
// only) is in the bucket of its first letter and length, once, with its
// letters' signature, and each bucket is in word order (correct prefers the first of
// equally close and frequent words).
func TestSpellBuckets(t *testing.T) {
	ix := Build(embedded(t))
	want := 0
	for _, w := range ix.surface.words() {
		if len(w) >= 4 && allLetters(w) {
			want++
		}
	}
	got := 0
	for k, bucket := range ix.spell {
		for i, c := range bucket {
			w := ix.surface.word(int(c.word))
			first, _ := utf8.DecodeRuneInString(w)
			if first != k.first || utf8.RuneCountInString(w) != k.n || c.sig != sigOf(w) {
				t.Errorf("bucket %c/%d holds %q (signature %v), want words of that first letter and length with their signatures", k.first, k.n, w, c.sig)
			}
			if i > 0 && bucket[i-1].word >= c.word {
				t.Errorf("bucket %c/%d: %q after %q, want word order", k.first, k.n, w, ix.surface.word(int(bucket[i-1].word)))
			}
		}
		got += len(bucket)
	}
	if got != want || want == 0 {
		t.Errorf("buckets hold %d words, want the corpus's %d words of four letters or more", got, want)
	}
}

// TestCompounds checks that a question word the corpus writes as a run of
// words resolves to the run's content terms: a hyphenated compound closed
// up ("oncall" for "on-call") and a two-word verb closed up ("carryover"
// for "carry over"); words the corpus neither holds nor writes so do not.
func TestCompounds(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "The on-call phone is orange. You can carry over five days. " +
		"Send it by e-mail to the follow-up team. Call-out fees are listed. A state-of-the-art van. The 1990-91 season. " +
		"She sang at the Super Bowl in Santa Clara."}})
	tests := []struct {
		word       string
		wantTerms  []string // stems, in order; none: no match
		wantWeight float64
	}{
		{"oncall", []string{"call"}, weightRunWord},
		{"email", []string{"e", "mail"}, weightRunWord},
		{"followup", []string{"follow"}, weightRunWord}, // "up" is a stop word
		{"stateoftheart", []string{"state", "art"}, weightRunWord},
		{"carryover", []string{"carri"}, weightCompound},
		{"setup", nil, 0},   // "set" is no corpus word
		{"turnout", nil, 0}, // nor "turn"
		{"outage", nil, 0},  // ends in no particle
		{"199091", nil, 0},  // a range of numbers is no compound
		{"superbowl", []string{"super", "bowl"}, weightRunWord}, // two capitalised words closed up
		{"santaclara", []string{"santa", "clara"}, weightRunWord},
		{"sangat", nil, 0}, // not capitalised
	}
	for _, tc := range tests {
		got, weights := ownTermStems(ix, tc.word)
		for i, w := range weights {
			if w != tc.wantWeight {
				t.Errorf("%s: got weight %v for %q, want %v", tc.word, w, got[i], tc.wantWeight)
			}
		}
		if !slices.Equal(got, tc.wantTerms) {
			t.Errorf("%s: got terms %q, want %q", tc.word, got, tc.wantTerms)
		}
	}
}

// TestGluedNumbers checks that a question word of digits glued to an
// ordinal ending, a plural's "s" or a unit, which the corpus lacks,
// resolves to the terms of the number and the unit as the corpus writes
// them apart.
func TestGluedNumbers(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "The deadline is September 17. A 10 kW system costs more. Doors open at 5 pm. It sold 5 units. A 2 Year bond pays more."}})
	for _, tt := range []struct {
		word string
		want []string // the surface words of its terms; none: no match
	}{
		{"17th", []string{"17"}},
		{"10kw", []string{"10", "kw"}},
		{"5pm", []string{"5", "pm"}},
		{"2yr", []string{"2", "year"}}, // a short unit of the lexicon's abbreviations
		{"2yrs", []string{"2", "year"}},
		{"5k", nil},             // a single letter: 5,000, not 5
		{"17s", []string{"17"}}, // a numeral's plural ("429s", "1990s")
		{"17kg", nil},           // a unit the corpus lacks
		{"99th", nil},           // a number the corpus lacks
		{"abc12", nil},          // letters first
	} {
		qw := qword{text: tt.word, stem: stem(tt.word), weight: 1, noAlts: true}
		wt := ix.lookupWord(&qw)
		var want []termRef
		for _, w := range tt.want {
			want = append(want, newTermRef(wordTermOf(ix, w), codeRunWord, altOwn))
		}
		if !slices.Equal(ix.ownTerms(wt), want) {
			t.Errorf("%s: got terms %+v, want %+v (%q)", tt.word, ix.ownTerms(wt), want, tt.want)
		}
	}
}

// TestRunTable checks the compact table of run words: the first terms
// given for a word win, a word too long for its keys is kept all the
// same, and words lists each word once.
func TestRunTable(t *testing.T) {
	var r runTable
	long := strings.Repeat("x", maxKeyLen+1)
	r.add("ustr", []int32{4, 5, 6})
	r.add("oncall", []int32{7})
	r.add("ustr", []int32{1})
	r.add(long, []int32{8, 9})
	r.add(long, []int32{1})
	r.add("empty", nil)
	for _, tc := range []struct {
		word string
		want []int32
		ok   bool
	}{
		{"ustr", []int32{4, 5, 6}, true},
		{"oncall", []int32{7}, true},
		{long, []int32{8, 9}, true},
		{"empty", nil, true},
		{"usta", nil, false},
		{long + "y", nil, false},
	} {
		got, ok := r.get(tc.word)
		if ok != tc.ok || !slices.Equal(got, tc.want) {
			t.Errorf("get(%.10q) = %v, %v, want %v, %v", tc.word, got, ok, tc.want, tc.ok)
		}
	}
	words := r.words()
	slices.Sort(words)
	if want := []string{"empty", "oncall", "ustr", long}; !slices.Equal(words, want) || r.len() != 4 {
		t.Errorf("words = %.12q (len %d), want %.12q", words, r.len(), want)
	}
}

// TestSurfaceTablesAtLoad: an index from Build, from ReadSnapshot or
// shared by WithCues has its misspelling buckets and its figure terms
// before any question, the same whichever way it came, so that no answer
// builds them (and none writes to the index while others read it).
func TestSurfaceTablesAtLoad(t *testing.T) {
	ix := Build(embedded(t))
	read, err := readSnapshotOf(snapshotOf(t, ix, "m"))
	if err != nil {
		t.Fatalf("ReadSnapshot: %v", err)
	}
	fresh := &Index{surface: ix.surface, surfaceIDs: ix.surfaceIDs}
	fresh.surfaceTables(len(ix.idf))
	nfig := 0
	for _, f := range fresh.figures {
		if f {
			nfig++
		}
	}
	if len(fresh.spell) == 0 || nfig == 0 {
		t.Fatalf("surfaceTables on the embedded corpus: %d buckets, %d figure terms, want some of each", len(fresh.spell), nfig)
	}
	for name, got := range map[string]*Index{"Build": ix, "ReadSnapshot": read, "WithCues": ix.WithCues(DefaultCues())} {
		if !reflect.DeepEqual(got.spell, fresh.spell) {
			t.Errorf("%s: spell holds %d buckets, want the %d surfaceTables builds", name, len(got.spell), len(fresh.spell))
		}
		if !slices.Equal(got.figures, fresh.figures) || len(got.figures) != len(ix.idf) {
			t.Errorf("%s: figures differ from surfaceTables's (%d terms, want %d)", name, len(got.figures), len(ix.idf))
		}
	}
}

// TestStopCompounds checks that a hyphenated compound with a stop word and
// a content word in it is indexed closed up (stopCompound), and that a
// question writing it open or hyphenated finds that term for its content
// word (stopCompounds), while a compound of content words only, a number
// range, a run longer than maxCompoundWords and a question writing the
// words in another order do not.
func TestStopCompounds(t *testing.T) {
	for _, tc := range []struct {
		text, want string // want: the compound at the first token; "": none
	}{
		{"out-of-hours line", "out-of-hours"},
		{"on-call rota", "on-call"},
		{"state-of-the-art van", "state-of-the-art"},
		{"anti-dumping duties", ""},   // no stop word
		{"of-the rest", ""},           // no content word
		{"1990-91 season", ""},        // not letters
		{"out-of-the-way-home x", ""}, // five words
		{"out of hours", ""},          // not hyphenated
	} {
		toks := tokenize(tc.text, nil)
		got := ""
		if c, ok := stopCompound(tc.text, toks, 0, nil); ok {
			got = string(c)
		}
		if got != tc.want {
			t.Errorf("stopCompound(%q): got %q, want %q", tc.text, got, tc.want)
		}
	}
	// Build indexes each under its whole hyphenated word (addSentence
	// asks stopCompound at the words a hyphen follows): two words or more,
	// at the start, inside or at the end of a sentence, and every one of
	// squad48 when the corpus is beside the repository.
	docs := []corpus.Document{{Path: "b.txt", Body: "Ask the on-call nurse. Out-of-hours lines are open. The van is state-of-the-art."}}
	if more := squad48Docs(t); more != nil {
		docs = append(docs, more...)
	}
	found := 0
	all := Build(docs)
	for _, st := range all.sents {
		toks := tokenize(st.text, nil)
		for i := range toks {
			if c, ok := stopCompound(st.text, toks, i, nil); ok {
				if _, ok := all.wordTerm(string(c)); !ok {
					t.Errorf("stop compound %q of %q: got no term, want one", c, st.text)
				}
				found++
			}
		}
	}
	if found < 3 {
		t.Errorf("got %d stop compounds, want at least 3", found)
	}
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "The out-of-hours repairs line is 0300 555 0192. " +
		"Opening hours vary by site. Office hours are 9 to 5 on weekdays. " +
		"The repair number is 01632 960 410 during office hours."}})
	for _, tc := range []struct {
		question string
		want     string // the question word given the compound; "": none
	}{
		{"out of hours repair number", "hours"},
		{"out-of-hours repair number", "hours"},
		{"hours out of office", ""},
		{"repair hours", ""},
		// A contraction's two tokens end the question ("did", "not"):
		// no gap after them to read (it panicked, index out of range).
		{"out of hours line didn't", "hours"},
		{"why the repair number isn't", ""},
		{"why the repair line can't", ""},
		{"out of hours isn't", "hours"},
	} {
		q := Parse(tc.question)
		got := ""
		ix.stopCompounds(&q, func(word int, id int32) {
			if w, _ := ix.wordTerm("out-of-hours"); w == id {
				got = q.words[word].text
			}
		})
		if got != tc.want {
			t.Errorf("%q: got the compound for word %q, want %q", tc.question, got, tc.want)
		}
	}
	opt := DefaultOptions()
	opt.MinConfidence = 0
	a, err := ix.AnswerWith(context.Background(), Parse("out of hours repair number"), opt)
	if err != nil || !strings.Contains(a.Sentence, "out-of-hours") {
		t.Errorf("out of hours repair number: got %q, %v, want the out-of-hours sentence", a.Sentence, err)
	}
}

// TestCompoundPairsExact checks that the filter of the compounds' first
// two words (compoundPairs) changes nothing stopCompounds finds: on every
// question set's corpus that writes hyphenated compounds, each train
// question and each compound written open ("out of hours") or
// hyphenated finds the same compounds for the same words as with a
// filter that passes every pair.
func TestCompoundPairsExact(t *testing.T) {
	type call struct {
		word int
		id   int32
	}
	find := func(ix *Index, q *Question, f pairFilter) []call {
		keep := ix.compoundPairs
		defer func() { ix.compoundPairs = keep }()
		ix.compoundPairs = f
		var out []call
		ix.stopCompounds(q, func(word int, id int32) { out = append(out, call{word, id}) })
		return out
	}
	compounds, asked, found, rejected := 0, 0, 0, 0
	for _, set := range questionSets() {
		docs, _, err := corpus.Load(set.corpus)
		if err != nil {
			t.Fatal(err)
		}
		ix := Build(docs)
		if len(ix.compoundPairs) == 0 {
			continue
		}
		all := make(pairFilter, len(ix.compoundPairs))
		for i := range all {
			all[i] = ^uint64(0)
		}
		var questions []string
		for i := range ix.surface.len() {
			if w := ix.surface.word(i); strings.Contains(w, "-") {
				compounds++
				questions = append(questions, strings.ReplaceAll(w, "-", " ")+" policy", w+" policy")
			}
		}
		for _, it := range readSet(t, set.name, "train") {
			questions = append(questions, it.Question)
		}
		for _, text := range questions {
			q := Parse(text)
			got, want := find(ix, &q, ix.compoundPairs), find(ix, &q, all)
			if !slices.Equal(got, want) {
				t.Errorf("%s: %q: got %v, want %v (every pair passed)", set.name, text, got, want)
			}
			asked++
			found += len(want)
			for i := range q.toks[:max(len(q.toks)-1, 0)] {
				b := []byte(q.toks[i].text + "-" + q.toks[i+1].text)
				if !ix.compoundPairs.has(b) {
					rejected++
				}
			}
		}
	}
	if compounds == 0 || found == 0 || rejected == 0 {
		t.Errorf("%d compounds, %d found in %d questions, %d pairs rejected: the test checks nothing", compounds, found, asked, rejected)
	}
	t.Logf("%d compounds; %d questions found %d; %d pairs rejected", compounds, asked, found, rejected)
}

// TestOneEditApart checks oneEditApart against osaDistance on random ASCII
// words of a small alphabet, most of them a few edits from each other,
// and on every pair of the type nouns, which typeNounNear compares
// question words with; and that the type nouns are ASCII, which lets it.
func TestOneEditApart(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = "abcd"[r.IntN(4)]
		}
		return string(b)
	}
	check := func(a, b string) {
		if got, want := oneEditApart(a, b), osaDistance(a, b, 1) <= 1; got != want {
			t.Fatalf("oneEditApart(%q, %q): got %v, want %v", a, b, got, want)
		}
	}
	near := 0
	for range 200000 {
		a := word(r.IntN(7))
		b := []byte(a)
		for range r.IntN(3) {
			switch i := r.IntN(len(b) + 1); r.IntN(4) {
			case 0:
				b = slices.Insert(b, i, "abcd"[r.IntN(4)])
			case 1:
				if i < len(b) {
					b = slices.Delete(b, i, i+1)
				}
			case 2:
				if i < len(b) {
					b[i] = "abcd"[r.IntN(4)]
				}
			default:
				if i+1 < len(b) {
					b[i], b[i+1] = b[i+1], b[i]
				}
			}
		}
		check(a, string(b))
		if oneEditApart(a, string(b)) {
			near++
		}
	}
	if near < 50000 {
		t.Errorf("only %d of the pairs one edit apart: the test checks little", near)
	}
	for _, nouns := range questionWords().nounsByLen {
		for _, a := range nouns {
			if !isASCII(a) {
				t.Errorf("type noun %q is not ASCII", a)
			}
			for _, other := range questionWords().nounsByLen {
				for _, b := range other {
					check(a, b)
					check(a+"x", b)
					check(a[1:], b)
				}
			}
		}
	}
}

// TestGradedForms checks that a question word the corpus lacks finds the
// corpus's other degrees of the adjective it is or inflects, at
// weightGraded ("longest" the corpus's "longer", "tall" its "taller"),
// and that a word the corpus holds, a noun of its own ("owner" for
// "own") and a word that is no adjective find none.
func TestGradedForms(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "No shift may be longer than 13 hours. " +
		"A pallet may be no taller than 2.2 metres. The owner signs the form. The runner arrived."}})
	for _, tt := range []struct {
		word string
		want []string // the corpus words found as other degrees
	}{
		{"longest", []string{"longer"}},
		{"long", []string{"longer"}},
		{"tall", []string{"taller"}},
		{"tallest", []string{"taller"}},
		{"longer", nil}, // the corpus's own word
		{"own", nil},    // "owner" is a noun
		{"run", nil},    // no adjective
	} {
		qw := qword{text: tt.word, stem: stem(tt.word), weight: 1}
		wt := ix.lookupWord(&qw)
		var got, want []int32
		for _, w := range tt.want {
			want = append(want, wordTermOf(ix, w))
		}
		for _, r := range ix.altTerms(wt) {
			if r.a == codeGraded {
				got = append(got, r.id())
				if r.kind != altForm || r.a.weight() != weightGraded {
					t.Errorf("%s: got kind %v weight %v, want %v %v", tt.word, r.kind, r.a.weight(), altForm, weightGraded)
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: got graded terms %v, want %v (%q)", tt.word, got, want, tt.want)
		}
	}
}

// TestHyphenRunPlain compares hyphenRun, which reads the tokens' bounds in
// place, with its definition over the tokens: every text of up to six
// words of one or two letters parted by a hyphen, a space or a hyphen
// between spaces.
func TestHyphenRunPlain(t *testing.T) {
	joined := func(text string, a, b token) bool { return b.start == a.end+1 && text[a.end] == '-' }
	plain := func(text string, toks []token, i int) int {
		if i+1 >= len(toks) || !joined(text, toks[i], toks[i+1]) || i > 0 && joined(text, toks[i-1], toks[i]) {
			return 0
		}
		j := i + 1
		for j < len(toks) && joined(text, toks[j-1], toks[j]) {
			if j == i+maxCompoundWords {
				return 0
			}
			j++
		}
		return j
	}
	seps := []string{"-", " ", " - "}
	words := []string{"a", "on", "9", "call"}
	runs := 0
	var walk func(text string, n int)
	walk = func(text string, n int) {
		toks := tokenize(text, nil)
		for i := range toks {
			got, want := hyphenRun(text, toks, i), plain(text, toks, i)
			if got != want {
				t.Fatalf("hyphenRun(%q, %d): got %d, want %d", text, i, got, want)
			}
			// addSentence asks stopCompound and addCompounds hyphenRun
			// only where a hyphen follows.
			if _, ok := stopCompound(text, toks, i, nil); ok && !hyphenAfter(text, toks, i) {
				t.Fatalf("stopCompound(%q, %d): got a compound where no hyphen follows", text, i)
			}
			if hyphenAfter(text, toks, i) && !mayHyphen(text) {
				t.Fatalf("mayHyphen(%q): got false, want true: a hyphen follows token %d", text, i)
			}
			if got > 0 && !hyphenAfter(text, toks, i) {
				t.Fatalf("hyphenRun(%q, %d): got a run where no hyphen follows", text, i)
			}
			if got > 0 {
				runs++
			}
		}
		if n == 6 {
			return
		}
		for _, s := range seps {
			for _, w := range words {
				walk(text+s+w, n+1)
			}
		}
	}
	for _, w := range words {
		walk(w, 1)
	}
	if runs == 0 {
		t.Error("no run found")
	}
}

// TestIsAllUpperPlain compares isAllUpper, which reads an ASCII word byte
// by byte and stops early, with isAllUpperRunes, its definition over
// runes, on every word of squad48 (when it is beside the repository) and
// every string of up to four of some ASCII and non-ASCII letters, digits
// and marks.
func TestIsAllUpperPlain(t *testing.T) {
	parts := []string{"A", "Z", "a", "z", "É", "é", "Ω", "ß", ".", "1", "-", "'"}
	words := []string{"", "US", "U.S.", "EU", "NATO", "NaTO", "USA", "U.S.A.", "ÉU", "ÉTAT", "Éta"}
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		words = append(words, prefix)
		if n == 0 {
			return
		}
		for _, p := range parts {
			gen(prefix+p, n-1)
		}
	}
	gen("", 4)
	for _, d := range squad48Docs(t) {
		for _, tk := range tokenize(d.Body, nil) {
			words = append(words, d.Body[tk.start:tk.end])
		}
	}
	upper := 0
	for _, w := range words {
		got, want := isAllUpper(w), isAllUpperRunes(w)
		if got != want {
			t.Fatalf("isAllUpper(%q): got %v, want %v", w, got, want)
		}
		if got {
			upper++
		}
	}
	if upper == 0 {
		t.Errorf("no word in capitals: got 0, want some")
	}
}

// TestMayHyphenPlain checks the test Build makes before it looks for
// compounds at the words of a sentence: in no sentence of squad48 (when
// it is beside the repository) and of some texts that mayHyphen rules out
// is a word followed by a hyphen (hyphenAfter), and some that it lets
// through have one. TestHyphenRunPlain checks it on the texts it walks.
func TestMayHyphenPlain(t *testing.T) {
	texts := []string{"on-call staff", "the out-of-hours desk", "a - b", "-x", "x-", "no hyphen here", "1990-91", "e–mail"}
	if docs := squad48Docs(t); docs != nil {
		for _, st := range Build(docs).sents {
			texts = append(texts, st.text)
		}
	}
	hyphens := 0
	for _, text := range texts {
		toks := tokenize(text, nil)
		for i := range toks {
			if hyphenAfter(text, toks, i) {
				hyphens++
				if !mayHyphen(text) {
					t.Fatalf("mayHyphen(%q): got false, want true: a hyphen follows token %d", text, i)
				}
			}
		}
	}
	if hyphens == 0 {
		t.Errorf("no word followed by a hyphen: got 0, want some")
	}
}

// TestCorrectPlain checks the misspelling search, which passes over the
// words their letters' signatures set too far apart, against
// correctIn unsigned, which measures every word: on words one to three random
// edits from corpus words (of the embedded corpus and, when it is beside
// the repository, squad48), many of them within reach of several.
func TestCorrectPlain(t *testing.T) {
	sets := [][]corpus.Document{embedded(t)}
	if docs := squad48Docs(t); docs != nil {
		sets = append(sets, docs)
	}
	r := rand.New(rand.NewPCG(7, 8))
	letters := []rune("abcdeilnorstuéz")
	for _, docs := range sets {
		ix := Build(docs)
		found, tried := 0, 0
		for i := 0; i < ix.surface.len(); i += 3 {
			w := []rune(ix.surface.word(i))
			if len(w) < 5 || !allLetters(string(w)) {
				continue
			}
			for range 1 + r.IntN(3) {
				switch j := 1 + r.IntN(len(w)-1); r.IntN(4) {
				case 0:
					w[j] = letters[r.IntN(len(letters))]
				case 1:
					w = slices.Insert(w, j, letters[r.IntN(len(letters))])
				case 2:
					w = slices.Delete(w, j, j+1)
				default:
					w[j-1], w[j] = w[j], w[j-1]
				}
			}
			word := string(w)
			id, code, ok := ix.correct(word)
			_, wantID, wantCode, wantOK := ix.correctIn(word, false)
			if id != wantID || code != wantCode || ok != wantOK {
				t.Fatalf("correct(%q): got (%d, %d, %v), want (%d, %d, %v) as every word measured", word, id, code, ok, wantID, wantCode, wantOK)
			}
			tried++
			if ok {
				found++
			}
		}
		if found < tried/4 {
			t.Errorf("%d of %d edited words corrected, want a quarter or more for the test to mean something", found, tried)
		}
	}
}

// TestLetterSigApart checks that apart is a lower bound on how far two
// words' letter counts differ, and that it is that sum when no letter
// occurs more than twice, on random words.
func TestLetterSigApart(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	letters := []rune("aabcdeéz-")
	word := func() string {
		w := make([]rune, r.IntN(9))
		for i := range w {
			w[i] = letters[r.IntN(len(letters))]
		}
		return string(w)
	}
	for range 20000 {
		a, b := word(), word()
		var ca, cb [26]int
		for i := range len(a) {
			if 'a' <= a[i] && a[i] <= 'z' {
				ca[a[i]-'a']++
			}
		}
		for i := range len(b) {
			if 'a' <= b[i] && b[i] <= 'z' {
				cb[b[i]-'a']++
			}
		}
		sum, most := 0, 0
		for c := range ca {
			sum += max(ca[c]-cb[c], cb[c]-ca[c])
			most = max(most, ca[c], cb[c])
		}
		got := sigOf(a).apart(sigOf(b))
		if got > sum || most <= 2 && got != sum {
			t.Fatalf("sigOf(%q).apart(sigOf(%q)): got %d, want %d (at most, letters counted)", a, b, got, sum)
		}
	}
}

// TestShortForms checks that a short form typed as one word, without the
// brackets or hyphen the corpus writes it with ("401k" for "401(k)",
// "501c3" for "501(c)(3)", "covid19" for "COVID-19", "wifi" for
// "Wi-Fi"), resolves to the terms of the corpus's words; the question side
// is tokenized as a question is.
func TestShortForms(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "A 401(k) plan is offered. The charity is a 501(c)(3) group. " +
		"It joined the 8(a) program. COVID-19 spread fast. Take vitamin B-12 daily. The Wi-Fi is slow. " +
		"E-commerce grew. See f (x) and (i)(ii) here."}})
	tests := []struct {
		typed string
		want  []string // stems of the terms, in order; none: no match
	}{
		{"401k", []string{"401", "k"}},
		{"501c3", []string{"501", "c", "3"}},
		{"section 8a", []string{"8"}}, // "a" is a stop word
		{"covid19", []string{"covid", "19"}},
		{"b12", []string{"b", "12"}},
		{"wifi", []string{"wi", "fi"}},
		{"ecommerce", []string{"e", "commerc"}},
		{"fx", nil},  // a bracket after a letter and a space joins nothing
		{"iii", nil}, // bracketed parts with no number before them
	}
	for _, tc := range tests {
		toks := tokenize(tc.typed, nil)
		w := toks[len(toks)-1].text
		got, _ := ownTermStems(ix, w)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got terms %q, want %q", tc.typed, got, tc.want)
		}
	}
}

// ownTermStems looks question word w (no alternatives) up in ix and
// returns the stems of the terms it resolves to as its own, in order, and
// the weight of each.
func ownTermStems(ix *Index, w string) (stems []string, weights []float64) {
	qw := qword{text: w, stem: stem(w), weight: 1, noAlts: true}
	words := ix.stems.words()
	for _, r := range ix.ownTerms(ix.lookupWord(&qw)) {
		stems = append(stems, words[r.id()])
		weights = append(weights, r.a.weight())
	}
	return stems, weights
}
