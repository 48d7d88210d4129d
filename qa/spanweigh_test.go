package qa

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// spanWeighQuestions are questions of every kind the span features treat
// apart: numbers (parallel, direction, counts), dates and times (range
// side), people (unknown words, voice), definitions, yes or no, lists.
var spanWeighQuestions = []string{
	"how much did chip prices drop", "who is scott bessent", "when is the tiktok deadline", "what is tiktok",
	"how many days of annual leave do staff get", "what time does the freight desk open on saturday",
	"who got welcomed by the minister", "when did the works start", "is the cholera vaccine a needle",
	"what years did inspectors note clogged drains", "how much is the team plan per month", "who approves expenses",
	"what does dtp stand for", "which company bought the studio",
}

// eachSpanFacts runs the span model for each of spanWeighQuestions on
// every sentence of the seeds and hands check the facts, with every
// candidate's running sums set.
func eachSpanFacts(t *testing.T, check func(question string, f *spanFacts)) {
	t.Helper()
	ix := Build(embedded(t))
	for _, question := range spanWeighQuestions {
		q := Parse(question)
		for s := range ix.sents {
			sc := ix.scratch.Get()
			total, _ := ix.resolve(&q, sc)
			f := ix.spanSentences(&q, sc, int32(s), total)
			for i := range f.w.cands {
				c := &f.w.cands[i]
				stretchInto(&c.in, f.sentence(c), c.a, c.b)
			}
			check(question, f)
			sc.reset(ix)
			ix.scratch.Put(sc)
		}
	}
}

// parallelOverAll is parallel comparing c with every candidate of the
// list that is of running text and of c's answer type, found anew: the
// reference for spanFacts.parallels.
func (f *spanFacts) parallelOverAll(c *spanCand, s []spanTok) float64 {
	t := c.kind.answerType()
	if c.cell >= 0 || t != f.q.Type || t != TypeNumber && t != TypeDate && t != TypeTime {
		return 0
	}
	var all []parallelCand
	for i := range f.w.cands {
		if r := &f.w.cands[i]; r.cell < 0 && r.kind.answerType() == t {
			all = append(all, f.parallelOf(r))
		}
	}
	return f.parallelAmong(c, s, all)
}

// TestSpanParallelsMatchAllCandidates: parallel, which compares a
// candidate only with the candidates of the question's type found once
// per question (parallels), gives what comparing it with every candidate
// gives.
func TestSpanParallelsMatchAllCandidates(t *testing.T) {
	nonzero := 0
	eachSpanFacts(t, func(question string, f *spanFacts) {
		for i := range f.w.cands {
			c := &f.w.cands[i]
			s := f.sentence(c)
			got, want := f.parallel(c, s), f.parallelOverAll(c, s)
			if got != want {
				t.Fatalf("%q, %q: parallel %v, over every candidate %v", question, f.ix.sents[c.sent].text[c.start:c.end], got, want)
			}
			if got != 0 {
				nonzero++
			}
		}
	})
	if nonzero == 0 {
		t.Fatal("parallel was 0 for every candidate: the test checks nothing")
	}
}

// weigh is the score of the features that read r at their values in v:
// the dense ones in order, then the indicators. The model scores a
// candidate by the funcs generated from the values funcs (spanscore.go),
// which add the same terms in the same order, leaving out the terms of a
// value 0 (w·0 leaves a sum as it is, to the bit); weigh is their
// reference (TestSpanWholeScoreValues).
func (f *spanFacts) weigh(r spanReads, v *spanValues) float64 {
	score := 0.0
	for _, j := range f.parts.dense[r] {
		score += f.w.wq[j] * v.dense[j]
	}
	rank := f.model.rank
	for _, fam := range f.parts.families[r] {
		k := v.keys[fam.family]
		score += rank[fam.at+k.row*fam.cols+k.col]
	}
	return score
}

// voiceOfPlain is voiceOf reading the voice of the sentence's verb anew
// for each candidate, as it did before sentenceVoice was remembered with
// the verb (spanFacts.verbVoice): the reference for it.
func (f *spanFacts) voiceOfPlain(c *spanCand, s []spanTok) float64 {
	v := int32(-1)
	for i := range s {
		if int(s[i].qword) == f.verb {
			v = int32(i)
			break
		}
	}
	if v < 0 || c.a <= v && c.b > v {
		return 0
	}
	passive := spanWords().passive
	sv := 1
	if p := v - 1; p >= 0 && (passive[s[p].word] || strings.HasSuffix(s[p].word, "ly") && p > 0 && passive[s[p-1].word]) {
		sv = -1
	}
	if n := v + 1; int(n) < len(s) && s[n].word == "by" && !breaks(s[n].gap) {
		sv = -1
	}
	if sv == f.voice {
		return 0
	}
	if c.b <= v {
		return -1
	}
	return 1
}

// TestVoiceOfPlain compares voiceOf, which reads the voice of a sentence's
// verb once per sentence, with voiceOfPlain, for every candidate of every
// sentence of the embedded corpus for the span questions that have a
// voice, and for questions whose verb is passive or active.
func TestVoiceOfPlain(t *testing.T) {
	checked, nonzero := 0, 0
	check := func(question string, f *spanFacts) {
		if f.voice == 0 {
			return
		}
		for i := range f.w.cands {
			c := &f.w.cands[i]
			toks := f.sentence(c)
			got, want := f.voiceOf(c, toks), f.voiceOfPlain(c, toks)
			if got != want {
				t.Fatalf("%q, %q: voiceOf got %v, want %v", question, f.ix.sents[c.sent].text[c.start:c.end], got, want)
			}
			checked++
			if got != 0 {
				nonzero++
			}
		}
	}
	eachSpanFacts(t, check)
	// Sentences whose verb is passive, after an adverb or with its agent,
	// and active, each after a sentence it refers to.
	ix := Build([]corpus.Document{{Path: "a.md", Body: "The Vestal was an opera of 1807 in Paris. It was directed by Spontini in the Salle Montansier.\n\n" +
		"The letter reached Rome in May. It was quickly written by Anna Berg in Vienna.\n\n" +
		"The old bridge stood for a century. Engineers built the new bridge over the river in 1920.\n\n" +
		"The operas of that season drew crowds. Operas directed by Lully opened the season at court.\n\n" +
		"Gluck directed the first opera in Vienna. It was later directed by Spontini in Paris."}})
	for _, question := range []string{"who directed the opera", "who wrote the letter", "who built the new bridge", "who was directed by spontini", "what did engineers build", "who got written to", "which operas were directed by lully"} {
		q := Parse(question)
		for s := range ix.sents {
			sc := ix.scratch.Get()
			total, _ := ix.resolve(&q, sc)
			check(question, ix.spanSentences(&q, sc, int32(s), total))
			sc.reset(ix)
			ix.scratch.Put(sc)
		}
	}
	t.Logf("%d candidates, %d with a voice", checked, nonzero)
	if checked < 1000 || nonzero < 50 { // measured 21,705 and 106
		t.Errorf("checked %d candidates (%d with a voice), want at least 1000 (50)", checked, nonzero)
	}
}

// canAnswerPlain is canAnswer testing the rules of barsKind for each
// candidate, not reading them of f.barred: the reference for it.
func (f *spanFacts) canAnswerPlain(c *spanCand, s []spanTok) bool {
	if f.barsKind(c.kind) {
		return false
	}
	barred := f.barred
	f.barred = 0
	defer func() { f.barred = barred }()
	return f.canAnswer(c, s)
}

// TestCanAnswerOnlyKinds compares canAnswer, which reads no rule but
// barsKind's when spanSentences found none may apply (spanFacts.onlyKinds),
// with canAnswer reading every rule, on every candidate of every sentence
// of the embedded corpus for the span questions; and checks that each
// fact a rule of kindlessRules first reads, set alone, makes onlyKindsBar
// false.
func TestCanAnswerOnlyKinds(t *testing.T) {
	checked, only := 0, 0
	eachSpanFacts(t, func(question string, f *spanFacts) {
		if got, want := f.onlyKinds, f.onlyKindsBar(); got != want {
			t.Fatalf("%q: onlyKinds got %v, want %v", question, got, want)
		}
		for i := range f.w.cands {
			c := &f.w.cands[i]
			toks := f.sentence(c)
			got := f.canAnswer(c, toks)
			onlyKinds := f.onlyKinds
			f.onlyKinds = false
			want := f.canAnswer(c, toks)
			f.onlyKinds = onlyKinds
			if got != want {
				t.Fatalf("%q, %q: canAnswer got %v, want %v", question, f.ix.sents[c.sent].text[c.start:c.end], got, want)
			}
			checked++
			if onlyKinds {
				only++
			}
		}
	})
	t.Logf("%d candidates, %d read by kind alone", checked, only)
	if checked < 1000 || only < 100 || only == checked {
		t.Errorf("checked %d candidates (%d read by kind alone), want at least 1000 (100, not all)", checked, only)
	}
	q := Parse("how many staff")
	for _, tc := range []struct {
		fact string
		set  func(f *spanFacts)
	}{
		{"headerCell", func(f *spanFacts) { f.headerCell = 0 }},
		{"fitsHere", func(f *spanFacts) { f.fitsHere = true }},
		{"identifier", func(f *spanFacts) { f.identifier = true }},
		{"dialledHere", func(f *spanFacts) { f.dialledHere = true }},
		{"moneyCol", func(f *spanFacts) { f.moneyCol = 0 }},
		{"ageHere", func(f *spanFacts) { f.ageHere = true }},
		{"paid and moneyHere", func(f *spanFacts) { f.paid, f.moneyHere = true, true }},
		{"rateOnly", func(f *spanFacts) { f.rateOnly = true }},
		{"countOwn", func(f *spanFacts) { f.countOwn = true }},
		{"measured", func(f *spanFacts) { f.measured = true }},
		{"ownHi", func(f *spanFacts) { f.ownLo, f.ownHi = 2, 5 }},
		{"negations", func(f *spanFacts) { f.negations = 1 }},
		{"titled", func(f *spanFacts) { f.titled = 0 }},
		{"dir", func(f *spanFacts) { f.dir = -1 }},
	} {
		f := &spanFacts{q: &q, headerCell: -1, moneyCol: -1, titled: -1}
		if !f.onlyKindsBar() {
			t.Fatalf("onlyKindsBar of no fact set: got false, want true")
		}
		tc.set(f)
		if f.onlyKindsBar() {
			t.Errorf("onlyKindsBar with %s set: got true, want false", tc.fact)
		}
	}
}

// TestCanAnswerPlain compares canAnswer, which reads the rules of
// barsKind of a bit set once a question (spanFacts.barred), with
// canAnswerPlain on every candidate of every sentence of the embedded
// corpus for the span questions, which ask for every type.
func TestCanAnswerPlain(t *testing.T) {
	checked, barred := 0, 0
	eachSpanFacts(t, func(question string, f *spanFacts) {
		for i := range f.w.cands {
			c := &f.w.cands[i]
			toks := f.sentence(c)
			got, want := f.canAnswer(c, toks), f.canAnswerPlain(c, toks)
			if got != want {
				t.Fatalf("%q, %q (%s): canAnswer got %v, want %v", question, f.ix.sents[c.sent].text[c.start:c.end], spanKindNames[c.kind], got, want)
			}
			checked++
			if f.barsKind(c.kind) {
				barred++
			}
		}
	})
	t.Logf("%d candidates, %d barred by kind", checked, barred)
	if checked < 1000 || barred < 100 {
		t.Errorf("checked %d candidates (%d barred by kind), want at least 1000 (100)", checked, barred)
	}
	// barredKinds against barsKind kind by kind, for the training
	// questions of sets that ask for rates, versions, counts and times.
	ix := Build(embedded(t))
	questions, sets := 0, 0
	for _, set := range []string{"seeds", "handbook", "clinic", "insure23", "housing22", "office16", "ops19", "product", "leisure16", "oss18"} {
		for _, it := range readEval(t, filepath.Join("testdata", set, "train.jsonl")) {
			q := Parse(it.Question)
			sc := ix.scratch.Get()
			total, _ := ix.resolve(&q, sc)
			f := newSpanFacts(ix, &q, sc, &sc.span, total)
			for k := range numSpanKinds {
				if got, want := f.barredKinds()&(1<<k) != 0, f.barsKind(k); got != want {
					t.Errorf("%q: barredKinds' %s got %v, want %v", it.Question, spanKindNames[k], got, want)
				}
			}
			if f.barred != 0 {
				sets++
			}
			questions++
			sc.reset(ix)
			ix.scratch.Put(sc)
		}
	}
	t.Logf("%d questions, %d barring a kind", questions, sets)
	if questions < 1000 || sets < 100 {
		t.Errorf("checked %d questions (%d barring a kind), want at least 1000 (100)", questions, sets)
	}
}

// TestContrastMatchesPlain: contrast, which passes over the words of one
// conjunct whose term the other does not hold (its filter of the other's
// terms), counts what walking the other conjunct for each word counts,
// for every pair of candidates of every sentence of the seeds.
func TestContrastMatchesPlain(t *testing.T) {
	nonzero := 0
	eachSpanFacts(t, func(question string, f *spanFacts) {
		for i := range f.w.cands {
			c := &f.w.cands[i]
			s := f.sentence(c)
			a0, a1 := conjunctOf(s, c.a, c.b)
			x := [4]int32{a0, a1, c.a, c.b}
			for j := range f.w.cands {
				r := &f.w.cands[j]
				if j == i || r.lo != c.lo {
					continue
				}
				b0, b1 := conjunctOf(s, r.a, r.b)
				y := [4]int32{b0, b1, r.a, r.b}
				got, want := contrast(s, x, y), contrastFiltered(s, x, y, false)
				if got != want {
					t.Fatalf("%q, %q against %q: contrast %d, plain %d", question,
						f.ix.sents[c.sent].text[c.start:c.end], f.ix.sents[r.sent].text[r.start:r.end], got, want)
				}
				if got != 0 {
					nonzero++
				}
			}
		}
	})
	if nonzero == 0 {
		t.Fatal("contrast was 0 for every pair: the test checks nothing")
	}
}

// TestFindCandMatchesWalk: findCand, which searches the sorted first
// candidates of a sentence by halves, finds the candidate a walk of the
// whole list finds, for every candidate's tokens and for pairs no
// candidate has, with the sorted part as spanCandidates leaves it.
func TestFindCandMatchesWalk(t *testing.T) {
	walk := func(cs []spanCand, a, b int32) int {
		for i := range cs {
			if cs[i].a == a && cs[i].b == b {
				return i
			}
		}
		return -1
	}
	found := 0
	eachSpanFacts(t, func(question string, f *spanFacts) {
		cs := f.w.cands
		if len(cs) == 0 || cs[0].prev {
			return
		}
		// The sorted part: the run in order of (a, b) from the first
		// candidate, as spanCandidates' first loop leaves it.
		sorted := 1
		for sorted < len(cs) && !cs[sorted].prev && (cs[sorted-1].a < cs[sorted].a || cs[sorted-1].a == cs[sorted].a && cs[sorted-1].b < cs[sorted].b) {
			sorted++
		}
		for a := int32(0); a <= cs[0].n; a++ {
			for b := a + 1; b <= cs[0].n+1; b++ {
				got, want := findCand(cs, sorted, a, b), walk(cs, a, b)
				if got != want {
					t.Fatalf("%q, tokens [%d, %d): findCand %d, walk %d", question, a, b, got, want)
				}
				if got >= 0 {
					found++
				}
			}
		}
	})
	if found == 0 {
		t.Fatal("findCand found no candidate: the test checks nothing")
	}
}
