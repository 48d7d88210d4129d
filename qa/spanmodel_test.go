package qa

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/qabot/qabot/corpus"
)

// TestDefaultSpanModelLoads: the committed span.txt fits this engine's
// features, and the index uses it rather than the stand-in.
func TestDefaultSpanModelLoads(t *testing.T) {
	m, err := DefaultSpanModel()
	if err != nil {
		t.Fatalf("DefaultSpanModel: %v", err)
	}
	if len(m.Rank.Weights) == 0 || len(m.Confidence.Weights) == 0 || len(m.Lead.Weights) == 0 {
		t.Errorf("got %d rank, %d confidence and %d lead weights, want a trained model", len(m.Rank.Weights), len(m.Confidence.Weights), len(m.Lead.Weights))
	}
	// The lead model weighs the span's and the sentence's confidence
	// (lead.go): a file that lost them would show no lead line.
	if m.Lead.Weights["span"] <= 0 || m.Lead.Weights["sentence"] <= 0 {
		t.Errorf("lead weights of span and sentence: got %v and %v, want both above 0", m.Lead.Weights["span"], m.Lead.Weights["sentence"])
	}
	if c := Build(embedded(t)).spanModelOf(); c.confBias == noSpanModelBias {
		t.Errorf("the index uses the stand-in model, want the committed one")
	}
}

// smallSpanModel is a valid span model file of four weights.
const smallSpanModel = "qabot span model 1\nabout a test\nrank-bias 0\nrank left-3 1\nrank class-kind:who|name 2\nconfidence-bias -1\nconfidence probability 3\nlead-bias -2\nlead sentence 0.5\n"

func TestParseSpanModelRejects(t *testing.T) {
	for _, tt := range []struct{ name, data string }{
		{"empty", ""},
		{"json", `{"rank":{"weights":{"left-3":1}}}`},
		{"no about", "qabot span model 1\nrank-bias 0\n"},
		{"cut short", "qabot span model 1\nabout x\nrank-bias 0\nrank left-3 1\n"},
		{"unknown feature", "qabot span model 1\nabout x\nrank-bias 0\nrank no-such-feature 1\nconfidence-bias 0\n"},
		{"out of order", "qabot span model 1\nabout x\nrank-bias 0\nrank right-3 1\nrank left-3 1\nconfidence-bias 0\n"},
		{"twice", "qabot span model 1\nabout x\nrank-bias 0\nrank left-3 1\nrank left-3 1\nconfidence-bias 0\n"},
		{"unknown confidence input", "qabot span model 1\nabout x\nrank-bias 0\nconfidence-bias 0\nconfidence fit 1\nconfidence nope 2\n"},
		{"not a number", "qabot span model 1\nabout x\nrank-bias 0\nrank left-3 one\nconfidence-bias 0\n"},
		{"infinite", "qabot span model 1\nabout x\nrank-bias 1e309\nconfidence-bias 0\n"},
		{"NaN", "qabot span model 1\nabout x\nrank-bias 0\nconfidence-bias NaN\n"},
		{"trailing line", smallSpanModel + "rank left-3 1\n"},
		{"no lead part", "qabot span model 1\nabout x\nrank-bias 0\nconfidence-bias 0\n"},
		{"unknown lead input", "qabot span model 1\nabout x\nrank-bias 0\nconfidence-bias 0\nlead-bias 0\nlead nope 1\n"},
	} {
		if _, err := ParseSpanModel([]byte(tt.data)); !errors.Is(err, ErrModel) {
			t.Errorf("%s: got %v, want ErrModel", tt.name, err)
		}
	}
	m, err := ParseSpanModel([]byte(smallSpanModel))
	if err != nil {
		t.Fatalf("a small valid model: got %v, want it parsed", err)
	}
	// Each weight is laid out at its name's place, every other one is 0.
	names := SpanFeatureNames()
	want := map[string]float64{"left-3": 1, "class-kind:who|name": 2}
	seen := map[string]bool{}
	for i, n := range names {
		if seen[n] {
			t.Errorf("feature name %q is listed twice", n)
		}
		if strings.ContainsAny(n, " \n") {
			t.Errorf("feature name %q holds a space or a line break", n)
		}
		seen[n] = true
		if got := m.compiled.rank[i]; got != want[n] {
			t.Errorf("rank weight %d (%s): got %v, want %v", i, n, got, want[n])
		}
	}
	if !seen["class-kind:who|name"] || !seen["class-dense:who|left-3"] {
		t.Errorf("feature names lack class-kind:who|name or class-dense:who|left-3")
	}
	if m.compiled.confBias != -1 || m.compiled.conf[0] != 3 || m.About != "a test" {
		t.Errorf("confidence: got bias %v, first weight %v, about %q; want -1, 3, \"a test\"", m.compiled.confBias, m.compiled.conf[0], m.About)
	}
	// LeadInputNames()[1] is "sentence".
	if m.compiled.leadBias != -2 || m.compiled.leadW[1] != 0.5 || m.compiled.leadW[0] != 0 || m.Lead.Weights["sentence"] != 0.5 {
		t.Errorf("lead: got bias %v, weights %v, want -2 and [0 0.5 0...]", m.compiled.leadBias, m.compiled.leadW[:2])
	}
}

// TestSpanModelWrittenLoadsTheSame: a model written by WriteTo (as
// cmd/qabot-train span writes span.txt) reads back to the same weights,
// every one to the bit, and writing it again gives the same bytes; the
// committed span.txt is exactly what WriteTo writes of its own weights.
func TestSpanModelWrittenLoadsTheSame(t *testing.T) {
	names := SpanFeatureNames()
	m := &SpanModel{
		About:      "weights of every kind of number",
		Rank:       Linear{Bias: -0.5, Weights: map[string]float64{}},
		Confidence: Linear{Bias: 1e-7, Weights: map[string]float64{"probability": 0.1 + 0.2, "kind:date": -3, "margin": 0}},
		Lead:       Linear{Bias: -1.25, Weights: map[string]float64{"span": 1.0 / 3, "class:when": -2e-9, "kind:list": 7}},
	}
	for i := 0; i < len(names); i += 7 {
		m.Rank.Weights[names[i]] = math.Pi * float64(i-len(names)/2) / 3e5
	}
	m.Rank.Weights[names[len(names)-1]] = math.SmallestNonzeroFloat64
	var b strings.Builder
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	got, err := ParseSpanModel([]byte(b.String()))
	if err != nil {
		t.Fatalf("the written model does not load: %v", err)
	}
	for _, p := range []struct {
		name      string
		got, want Linear
	}{{"rank", got.Rank, m.Rank}, {"confidence", got.Confidence, m.Confidence}, {"lead", got.Lead, m.Lead}} {
		if p.got.Bias != p.want.Bias || len(p.got.Weights) != len(p.want.Weights) {
			t.Errorf("%s: got bias %v and %d weights, want %v and %d", p.name, p.got.Bias, len(p.got.Weights), p.want.Bias, len(p.want.Weights))
		}
		for n, w := range p.want.Weights {
			if g, ok := p.got.Weights[n]; !ok || math.Float64bits(g) != math.Float64bits(w) {
				t.Errorf("%s weight %s: got %v (%v), want %v", p.name, n, g, ok, w)
			}
		}
	}
	if got.About != m.About {
		t.Errorf("about: got %q, want %q", got.About, m.About)
	}
	var again strings.Builder
	if _, err := got.WriteTo(&again); err != nil || again.String() != b.String() {
		t.Errorf("written again: got %d bytes (err %v), want the same %d bytes", again.Len(), err, b.Len())
	}

	def, err := DefaultSpanModel()
	if err != nil {
		t.Fatal(err)
	}
	var committed strings.Builder
	if _, err := def.WriteTo(&committed); err != nil || committed.String() != spanText {
		t.Errorf("span.txt written again from its weights: got %d bytes (err %v), want span.txt's %d bytes", committed.Len(), err, len(spanText))
	}
	c, _, err := readSpanModel(spanText, nil)
	if err != nil || !slices.Equal(c.rank, def.compiled.rank) || !slices.Equal(c.conf, def.compiled.conf) || !slices.Equal(c.leadW, def.compiled.leadW) {
		t.Errorf("span.txt read in place differs from ParseSpanModel (err %v)", err)
	}
}

func TestSpanModelWriteRejects(t *testing.T) {
	for _, tt := range []struct {
		name string
		m    SpanModel
	}{
		{"unknown feature", SpanModel{Rank: Linear{Weights: map[string]float64{"no-such-feature": 1}}}},
		{"unknown input", SpanModel{Confidence: Linear{Weights: map[string]float64{"nope": 1}}}},
		{"NaN", SpanModel{Rank: Linear{Weights: map[string]float64{"left-3": math.NaN()}}}},
		{"infinite bias", SpanModel{Confidence: Linear{Bias: math.Inf(1)}}},
		{"two-line about", SpanModel{About: "one\ntwo"}},
	} {
		var b strings.Builder
		if _, err := tt.m.WriteTo(&b); !errors.Is(err, ErrModel) || b.Len() != 0 {
			t.Errorf("%s: got %v and %d bytes written, want ErrModel and none", tt.name, err, b.Len())
		}
	}
}

// confidenceInputsAt returns the span confidence's inputs for the best
// candidates of sentence s as the trainer computes them, from the span
// model's scores of the candidates.
func confidenceInputsAt(t *testing.T, ix *Index, q Question, s int) []float64 {
	t.Helper()
	l, err := ix.SpanCandidates(context.Background(), q, s)
	if err != nil {
		t.Fatal(err)
	}
	scores := make([]float64, len(l.Candidates))
	for i, c := range l.Candidates {
		scores[i] = c.Score
	}
	return l.ConfidenceInputs(scores)
}

// TestSpanConfidenceInputsMatchAnswering: the confidence inputs the
// trainer computes from a list (SpanList.ConfidenceInputs) are those the
// index computes when it answers, so the trained calibration holds.
func TestSpanConfidenceInputsMatchAnswering(t *testing.T) {
	ix := Build(embedded(t))
	q := Parse("how much did chip prices drop")
	s := -1
	for i := range ix.sents {
		if strings.Contains(ix.sents[i].text, "prices plunged by 52%") {
			s = i
		}
	}
	if s < 0 {
		t.Fatal("no sentence on chip prices")
	}
	m := ix.spanModelOf()
	want := sigmoid(m.confBias + dot(m.conf, confidenceInputsAt(t, ix, q, s)))
	if got := ix.spanIn(q, s); math.Abs(got.p-want) > 1e-9 {
		t.Errorf("span confidence: answering gives %v, the trainer's inputs %v", got.p, want)
	}
}

// TestSpanFeatureReads: a feature that says it reads only where a
// candidate starts (or ends, or its kind, or its length) has the same
// value for every candidate that starts (or ends) there, or has that kind
// or length, so that the model may weigh it once for them all.
func TestSpanFeatureReads(t *testing.T) {
	eachSpanList(t, func(_ string, f *spanFacts) {
		seen := map[[2]int32][]float64{} // (reads, token) -> dense values
		for i := range f.w.cands {
			c := &f.w.cands[i]
			f.features(c)
			for j, d := range spanDense {
				var key [2]int32
				switch d.reads {
				case readsStart:
					key = [2]int32{int32(j)<<3 | 1, c.lo + c.a}
				case readsEnd:
					key = [2]int32{int32(j)<<3 | 2, c.lo + c.b - 1}
				case readsKind:
					key = [2]int32{int32(j)<<3 | 3, int32(c.kind)<<1 | int32(b2f(c.typed >= 0))}
				case readsLength:
					key = [2]int32{int32(j)<<3 | 4, c.b - c.a}
				default:
					continue
				}
				if v, ok := seen[key]; ok && v[0] != f.w.dense[j] {
					t.Fatalf("%s: %q and another candidate at the same edge read %v and %v", d.name, f.ix.sents[c.sent].text[c.start:c.end], f.w.dense[j], v[0])
				}
				seen[key] = []float64{f.w.dense[j]}
			}
		}
	})
}

// eachSpanList runs the span model for a few questions on each of the
// first sentences of the seeds and hands check the candidates and facts.
func eachSpanList(t *testing.T, check func(question string, f *spanFacts)) {
	t.Helper()
	ix := Build(embedded(t))
	for _, question := range []string{"how much did chip prices drop", "who is scott bessent", "when is the tiktok deadline", "what is tiktok"} {
		q := Parse(question)
		for s := range ix.sents[:40] {
			sc := ix.scratch.Get()
			total, _ := ix.resolve(&q, sc)
			check(question, ix.spanSentences(&q, sc, int32(s), total))
			sc.reset(ix)
			ix.scratch.Put(sc)
		}
	}
}

// TestSpanValuesByPart: the function of each part of the features
// (spanFacts.values) sets exactly the dense features and the families that
// say they read that part, and nothing else, so that the model may add up
// a part once for all the candidates that share it (TestSpanFeatureReads)
// and the tables' reads say the truth; and every family's indicator is one
// of its names.
func TestSpanValuesByPart(t *testing.T) {
	const unset = -1
	checked := 0
	eachSpanList(t, func(question string, f *spanFacts) {
		for i := range f.w.cands {
			c := &f.w.cands[i]
			toks := f.sentence(c)
			c.in = stretch(toks, c.a, c.b)
			for r := range numSpanReads {
				var v spanValues
				for j := range v.dense {
					v.dense[j] = math.NaN()
				}
				for k := range v.keys {
					v.keys[k] = familyKey{unset, unset}
				}
				f.values(r, c, toks, &v)
				for j, d := range spanDense {
					if set := !math.IsNaN(v.dense[j]); set != (d.reads == r) {
						t.Fatalf("part %d of %q: dense feature %s set %v, want %v (it reads part %d)", r, question, d.name, set, !set, d.reads)
					}
				}
				for k, fam := range spanFamilies {
					key := v.keys[k]
					if set := key.row != unset; set != (fam.reads == r) {
						t.Fatalf("part %d of %q: family %s set %v, want %v (it reads part %d)", r, question, fam.name, set, !set, fam.reads)
					}
					if fam.reads == r && (key.row < 0 || key.row >= len(fam.rows()) || key.col < 0 || key.col >= len(fam.cols())) {
						t.Fatalf("family %s: got row %d, col %d, want within %d × %d", fam.name, key.row, key.col, len(fam.rows()), len(fam.cols()))
					}
				}
				checked++
			}
		}
	})
	if checked == 0 {
		t.Fatal("no candidates checked")
	}
}

// TestSpanScoreIsTheModelsSum: the score the index gives a candidate (by
// parts, once per start and end) is the model's sum over the features
// SpanCandidates reports.
func TestSpanScoreIsTheModelsSum(t *testing.T) {
	ix := Build(embedded(t))
	m := ix.spanModelOf()
	q := Parse("how much did chip prices drop")
	for s := range ix.sents[:60] {
		l, err := ix.SpanCandidates(context.Background(), q, s)
		if err != nil {
			t.Fatal(err)
		}
		off := SpanClassOffset(l.Class)
		for _, c := range l.Candidates {
			want := m.rankBias
			for j, v := range c.Dense {
				want += m.rank[j] * v
			}
			for k, j := range SpanClassFeatures() {
				want += m.rank[off+k] * c.Dense[j]
			}
			for _, k := range c.Active {
				want += m.rank[k]
			}
			if math.Abs(c.Score-want) > 1e-9*max(1, math.Abs(want)) {
				t.Fatalf("%q: score %v, the model's sum %v", c.Text, c.Score, want)
			}
		}
	}
}

// BenchmarkSpanModel measures what the span model adds to an answer: the
// candidates, features, scores and confidence of the answer's sentence
// (and the one before when it refers back), on the seed questions.
func BenchmarkSpanModel(b *testing.B) {
	var qs []string
	for _, it := range readEval(b, filepath.Join("testdata", "seed-dev.jsonl")) {
		qs = append(qs, it.Question)
	}
	benchSpans(b, Build(embedded(b)), qs)
}

// BenchmarkSpanModelSquad48 is BenchmarkSpanModel on the Wikipedia
// articles and questions of BenchmarkAnswerSquad48, whose sentences are
// longer and whose words are many more.
func BenchmarkSpanModelSquad48(b *testing.B) {
	docs, qs := squad48(b)
	benchSpans(b, Build(docs), qs)
}

// benchSpans runs the span model on the answer sentence of each of the
// questions in turn.
func benchSpans(b *testing.B, ix *Index, questions []string) {
	type job struct {
		q Question
		s int
	}
	var jobs []job
	opt := DefaultOptions()
	opt.MinConfidence = 0
	at := map[string]int{}
	for i := range ix.sents {
		if _, ok := at[ix.sents[i].text]; !ok {
			at[ix.sents[i].text] = i
		}
	}
	for _, question := range questions {
		q := Parse(question)
		a, err := ix.AnswerWith(context.Background(), q, opt)
		if err != nil || !a.Found {
			continue
		}
		if s, ok := at[a.Sentence]; ok {
			jobs = append(jobs, job{q, s})
		}
	}
	if len(jobs) == 0 {
		b.Skip("no answers")
	}
	sc := ix.scratch.Get()
	var spent time.Duration
	b.ReportAllocs()
	i, cands := 0, 0
	for b.Loop() {
		j := &jobs[i%len(jobs)]
		sc.reset(ix)
		total, _ := ix.resolve(&j.q, sc)
		start := time.Now()
		ix.spanFor(&j.q, sc, int32(j.s), total)
		spent += time.Since(start)
		cands += len(sc.span.cands)
		i++
	}
	// ns/op counts the question's resolution too; span-ns the span model
	// alone.
	b.ReportMetric(float64(spent.Nanoseconds())/float64(max(i, 1)), "span-ns")
	b.ReportMetric(float64(cands)/float64(max(i, 1)), "candidates")
}

func TestCloseBrackets(t *testing.T) {
	for _, tt := range []struct {
		text       string
		start, end int
		want       string
	}{
		{"Long stay (P2); €1.50", 0, 13, "Long stay (P2)"},
		{"the ministry (MOFCOM) said", 4, 20, "ministry (MOFCOM)"},
		{"a list [a, b] here", 2, 12, "list [a, b]"},
		// Balanced already, or no closing bracket next: unchanged.
		{"Long stay (P2); €1.50", 0, 14, "Long stay (P2)"},
		{"rates (from May", 0, 15, "rates (from May"},
		{"costs $5) more", 6, 8, "$5"},
	} {
		if got := tt.text[tt.start:closeBrackets(tt.text, tt.start, tt.end)]; got != tt.want {
			t.Errorf("closeBrackets(%q[%d:%d]): got %q, want %q", tt.text, tt.start, tt.end, got, tt.want)
		}
	}
}

// TestSpanLayoutMatchesNames: the offsets the answers read
// (spanFeatureLayout) are where the names the models are compiled by put
// each part of the features.
func TestSpanLayoutMatchesNames(t *testing.T) {
	l, names := spanFeatureLayout(), spanFeatureNames()
	if l.size != len(names) {
		t.Fatalf("layout size %d, want %d names", l.size, len(names))
	}
	for f, fam := range spanFamilies {
		if got, want := names[l.families[f]], fam.name+":"+fam.rows()[0]+"|"+fam.cols()[0]; got != want {
			t.Errorf("family %s starts at %d with %q, want %q", fam.name, l.families[f], got, want)
		}
	}
	if got, want := names[l.classes], "class-dense:"+qClassNames[0]+"|"+spanDense[l.crossed[0]].name; got != want {
		t.Errorf("class-dense weights start at %d with %q, want %q", l.classes, got, want)
	}
	if got, want := names[l.classes-1], spanFamilies[len(spanFamilies)-1].name+":"; !strings.HasPrefix(got, want) {
		t.Errorf("name before the class-dense weights is %q, want one of family %q", got, want)
	}
}

// BenchmarkReadSpanModel reads the committed span.txt in place, as the
// engine does once a process.
func BenchmarkReadSpanModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := readSpanModel(spanText, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestYearOf checks the year a date gives to a question that asks for
// the year.
func TestYearOf(t *testing.T) {
	tests := []struct {
		date, want string
	}{
		{"November 1830", "1830"},
		{"September 9, 2009", "2009"},
		{"the 17 October 1849", "1849"},
		{"1241–1246", "1241–1246"}, // two years: the span as it is
		{"last week", "last week"}, // no year
	}
	for _, tt := range tests {
		text := "It was " + tt.date + "."
		start := len("It was ")
		s, e := yearOf(text, start, start+len(tt.date))
		if got := text[s:e]; got != tt.want {
			t.Errorf("yearOf(%q): got %q, want %q", tt.date, got, tt.want)
		}
	}
}

// TestLifeYear checks the year of a span of years that a question about a
// birth or a death gives.
func TestLifeYear(t *testing.T) {
	tests := []struct {
		question, span, want string
	}{
		{"When was Hume born?", "1711–1776", "1711"},
		{"When did Hume die?", "1711–1776", "1776"},
		{"what year was hume's death", "1711-1776", "1776"},
		{"When was Jonas Bronck born?", "1600–43", "1600"},
		{"When did Jonas Bronck die?", "1600–43", "1600–43"},                  // "43" is no year
		{"When was Hume born and when did he die?", "1711–1776", "1711–1776"}, // both asked
		{"When did the Song dynasty rule?", "960–1279", "960–1279"},           // no birth nor death
		{"When was Hume born?", "1711 – 1776", "1711 – 1776"},                 // spaced: no span of a life
		{"When was Hume born?", "7 May 1711", "7 May 1711"},                   // no span
	}
	for _, tt := range tests {
		text := "David Hume (" + tt.span + ") was a philosopher."
		start := len("David Hume (")
		q := Parse(tt.question)
		s, e := lifeYear(&q, text, start, start+len(tt.span))
		if got := text[s:e]; got != tt.want {
			t.Errorf("lifeYear(%q, %q): got %q, want %q", tt.question, tt.span, got, tt.want)
		}
	}
}

// TestDegreesAndMinus checks that a number picked keeps the degrees after
// it (degreeEnd) and the minus sign before it (minusStart).
func TestDegreesAndMinus(t *testing.T) {
	tests := []struct {
		text, pick, want string
	}{
		{"January averages 35.5 °F in the city.", "35.5", "35.5 °F"},
		{"The record low is −2.8 °C (27.0 °F).", "2.8", "−2.8 °C"},
		{"Wash at 40°C or less.", "40", "40°C"},
		{"Turn it 30° to the left.", "30", "30°"},
		{"Point it 30°East of north.", "30", "30°"},                   // a capital that opens a word is no scale
		{"Days are 17–18 °C in winter.", "17–18", "17–18 °C"},         // a range
		{"Alarms sound above -65 °C.", "65", "-65 °C"},                // a hyphen as the minus
		{"Scores of 10-20 are low.", "20", "20"},                      // a range keeps its second number
		{"The pre-1990 model.", "1990", "1990"},                       // a hyphen inside a word
		{"The 35.5 rating holds.", "35.5", "35.5"},                    // no degrees
		{"It costs 40 ° in the old money.", "old money", "old money"}, // no number
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.pick)
		end := start + len(tt.pick)
		if got := tt.text[minusStart(tt.text, start):degreeEnd(tt.text, end)]; got != tt.want {
			t.Errorf("%q of %q: got %q, want %q", tt.pick, tt.text, got, tt.want)
		}
	}
}

// TestNamingStart checks that a pick opening with a naming verb gives the
// name after it when the question asks a name, and only then.
func TestNamingStart(t *testing.T) {
	tests := []struct {
		question, pick, want string
	}{
		{"What are rare alleles called?", "called mutants", "mutants"},
		{"What is the father of a litter referred as?", "called the sire", "the sire"},
		{"What was the ship named?", "Named Endeavour", "Endeavour"},
		{"What did the staff do?", "called the police", "called the police"}, // no name asked
		{"What are rare alleles called?", "called", "called"},                // nothing follows
		{"What are rare alleles called?", "mutants", "mutants"},              // no naming verb
	}
	for _, tt := range tests {
		text := "They are " + tt.pick + " today."
		start := len("They are ")
		q := Parse(tt.question)
		if got := text[namingStart(&q, text, start, start+len(tt.pick)) : start+len(tt.pick)]; got != tt.want {
			t.Errorf("namingStart(%q, %q): got %q, want %q", tt.question, tt.pick, got, tt.want)
		}
	}
}

// TestAsksYear checks which questions ask for a year by name.
func TestAsksYear(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"what year did the uprising begin", true},
		{"In which year was it founded?", true},
		{"whats year of release", true},
		{"which month and year did gq feature her", false},
		{"what years did she reign", false},
		{"when did the uprising begin", false},
		{"how many times a year", false},
	}
	for _, tt := range tests {
		q := Parse(tt.q)
		if got := q.asksYear(); got != tt.want {
			t.Errorf("asksYear(%q): got %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestAskedWords checks which words of a question name the thing a "what"
// or "which" question asks for.
func TestAskedWords(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"which frontier did the nomads raid?", "frontier"},
		{"what type of music did she play", "music"},
		{"On which social media accounts was it promoted?", "social media account"},
		{"what company provided the piano", "compani"}, // "provided" is no noun
		{"what raises the stakes every time", ""},      // a verb before its object
		{"what is the capital of peru", ""},            // "is" names nothing
		{"how many teams entered the league", ""},      // counted, not asked
		{"when did the bridge open", ""},
	} {
		if got := strings.Join(askedWords(tokenize(c.q, nil)), " "); got != c.want {
			t.Errorf("askedWords(%q): got %q, want %q", c.q, got, c.want)
		}
	}
}

// TestHeadAsked checks what a query of key words opened by a noun and "of"
// asks for (headAsked): the thing that noun names, as after "what" or
// "which"; a query with a question word, a yes/no question or a head
// without "of" asks for nothing so.
func TestHeadAsked(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"host city of the sessions this week", "host citi"},
		{"month of the sweden meeting", "month"},
		{"capital of australia", "capit"},
		{"city for round four", ""},           // "for" ends no head (headOfPhrase)
		{"what is the capital of peru", ""},   // a question word: askedWords reads it
		{"is the price of copper rising", ""}, // yes/no
		{"tiktok deadline", ""},
	} {
		if got := strings.Join(Parse(c.q).asked, " "); got != c.want {
			t.Errorf("Parse(%q).asked: got %q, want %q", c.q, got, c.want)
		}
	}
}

// TestAskedEnd checks the words after a short answer that it takes when
// they name what the question asks for.
func TestAskedEnd(t *testing.T) {
	for _, c := range []struct{ q, before, answer, after, want string }{
		{"what era was he active in", "He worked in the ", "Romantic", " era of music.", "Romantic era"},
		{"what type of antibiotics are these", "These are ", "beta-lactam", " antibiotics.", "beta-lactam antibiotics"},
		{"which embassy was rejected", "The court rejected the ", "Portuguese", " embassy.", "Portuguese embassy"},
		{"which magazine named her", "She was named by ", "Forbes", " magazine in 2009.", "Forbes"}, // a name stands by itself
		{"what kind of service is it", "It is a ", "music streaming", " service.", "music streaming service"},
		{"what kind of service is it", "It is a ", "music streaming", ", a service.", "music streaming"}, // not after one space
		{"what kind of service is it", "It is a ", "music streaming", " platform.", "music streaming"},
		{"when did it open", "It opened in ", "May", " 2001.", "May"},
	} {
		q := Parse(c.q)
		text := c.before + c.answer + c.after
		start := len(c.before)
		if got := text[start:askedEnd(&q, text, start, start+len(c.answer))]; got != c.want {
			t.Errorf("askedEnd(%q, %q): got %q, want %q", c.q, text, got, c.want)
		}
	}
}

// TestModifiesNext checks when the counted word of a "how many" question
// only modifies the noun after it, so that the answer stays the number.
func TestModifiesNext(t *testing.T) {
	for _, c := range []struct {
		q, w, next string
		want       bool
	}{
		{"how many national titles did they win", "national", "titles", true},
		{"how many digital copies were sold", "digital", "copies", true},
		{"how many businesses use the app", "businesses", "use", false}, // "businesses" is no adjective
		{"how many container ships waited", "container", "ships", false},
		{"how many national titles did they win", "national", "teams", false}, // another noun in the sentence
		{"how many new classes opened this year", "new", "classes", true},
		{"how many new members joined this year", "new", "members", false}, // it counts "members"
		{"how many members joined", "members", "joined", false},
	} {
		q := Parse(c.q)
		if got := modifiesNext(&q, c.w, c.next); got != c.want {
			t.Errorf("modifiesNext(%q, %q, %q): got %v, want %v", c.q, c.w, c.next, got, c.want)
		}
	}
}

// TestOutOf checks that a short answer on one side of "N out of M" takes
// the other side.
func TestOutOf(t *testing.T) {
	for _, c := range []struct{ before, answer, after, want string }{
		{"It scored 60 out of ", "100", " on the site.", "60 out of 100"},
		{"It scored ", "60", " out of 100 on the site.", "60 out of 100"},
		{"The critic gave it four out of ", "five stars", ".", "four out of five stars"},
		{"Nine out of ", "ten", " agreed.", "Nine out of ten"},
		{"It ran ", "60", " miles out of town.", "60"},
		{"They walked out of ", "the hall", ".", "the hall"},     // no number before
		{"It scored ", "60 points", " out of 100.", "60 points"}, // the answer is more than the number
	} {
		text := c.before + c.answer + c.after
		s, e := outOf(text, len(c.before), len(c.before)+len(c.answer))
		if got := text[s:e]; got != c.want {
			t.Errorf("outOf(%q, %q): got %q, want %q", text, c.answer, got, c.want)
		}
	}
}

// TestOrdinalStart checks that a name takes the ordinal right before it.
func TestOrdinalStart(t *testing.T) {
	for _, c := range []struct{ before, name, want string }{
		{"He met the fifth ", "Dalai Lama", "fifth Dalai Lama"},
		{"He met the 14th ", "Dalai Lama", "14th Dalai Lama"},
		{"It was her first ", "Grammy Award", "Grammy Award"}, // "first" tells an order of events
		{"He met the fifth, ", "Dalai Lama", "Dalai Lama"},    // not one space before
		{"He met ", "Tenzin Gyatso", "Tenzin Gyatso"},
	} {
		text := c.before + c.name + " in 1990."
		s := ordinalStart(text, len(c.before))
		if got := text[s : len(c.before)+len(c.name)]; got != c.want {
			t.Errorf("ordinalStart(%q): got %q, want %q", text, got, c.want)
		}
	}
}

// TestEdgeWindowsOnStack: the span's edge tests tokenize a window of
// maxTokenBytes into a buffer on the stack (windowTokens) that the words
// of a window in lower case fit, so that they allocate nothing: a
// window of 64 bytes holds some 12 words, more than the 8 the buffers
// held before.
func TestEdgeWindowsOnStack(t *testing.T) {
	const text = "it was said by the men of the old town on the hill that the fifth Dalai Lama came"
	name := strings.Index(text, "Dalai")
	before := text[max(0, name-maxTokenBytes):name]
	if n := len(tokenize(before, nil)); n <= 8 || n > windowTokens {
		t.Fatalf("the window holds %d tokens: want 9 to %d, for the test to tell", n, windowTokens)
	}
	if got := text[ordinalStart(text, name):]; got != "fifth Dalai Lama came" {
		t.Fatalf("ordinalStart: got %q", got)
	}
	for _, c := range []struct {
		name string
		f    func()
	}{
		{"ordinalStart", func() { ordinalStart(text, name) }},
		{"wordsStartTokens", func() { wordsStartTokens(before, name, nil) }},
	} {
		if n := testing.AllocsPerRun(100, c.f); n != 0 {
			t.Errorf("%s over a window of %d bytes: got %v allocations, want 0", c.name, len(before), n)
		}
	}
}

// TestOptionStart checks that an option or a path keeps the mark that
// opens it, and that a mark inside a word ("and/or", "e-mail") or before
// a number is left out.
func TestOptionStart(t *testing.T) {
	for _, c := range []struct{ before, answer, want string }{
		{"use the --", "trace-children=yes", "--trace-children=yes"},
		{"run it with -", "c to check", "-c to check"},
		{"available at ./", "node_modules/full-icu", "./node_modules/full-icu"},
		{"copy it to ../", "lib", "../lib"},
		{"mapping /snap/man to /", "var/cache/man/snap", "/var/cache/man/snap"},
		{"the `--", "check` flag", "--check` flag"},
		{"--", "check", "--check"},
		{"both and/", "or", "or"},
		{"send an e-", "mail", "mail"},
		{"down to -", "5 degrees", "5 degrees"},
		{"the - ", "flag", "flag"},
	} {
		text := c.before + c.answer + " here."
		s := optionStart(text, len(c.before))
		if got := text[s : len(c.before)+len(c.answer)]; got != c.want {
			t.Errorf("optionStart(%q): got %q, want %q", text, got, c.want)
		}
	}
}

// TestNegationStart checks that a short answer takes the negation right
// before it, and that pickText asks for it only for a yes/no question.
func TestNegationStart(t *testing.T) {
	for _, c := range []struct{ before, answer, want string }{
		{"The GRE is not ", "required", "not required"},
		{"Discounts do not ", "stack", "do not stack"},
		{"The club does not ", "cover dental work", "does not cover dental work"},
		{"It has never ", "closed", "never closed"},
		{"The GRE is ", "required", "required"},
		{"The GRE is not, ", "required", "required"}, // not one space before
		{"Nothing ", "stacks", "stacks"},
		// A contraction is two tokens over one word: it must not panic
		// (slice bounds out of range, answering "did the first school year
		// end in august" of squad-train11).
		{"The first school year ran through the summer and didn't ", "end", "didn't end"},
		{"It wasn't ", "closed", "wasn't closed"},
		{"They can't ", "stack", "can't stack"},
		// The verb be after the negation comes with it.
		{"The discount cannot be ", "used on Friday", "cannot be used on Friday"},
		{"Students will not be ", "marked late", "will not be marked late"},
		{"The gate has not been ", "locked", "has not been locked"},
		{"Fees are not ", "refunded", "not refunded"},
		{"It can be ", "used", "used"},
		{"It can't be ", "used", "can't be used"},
	} {
		text := c.before + c.answer + " here."
		s := negationStart(text, len(c.before))
		if got := text[s : len(c.before)+len(c.answer)]; got != c.want {
			t.Errorf("negationStart(%q): got %q, want %q", text, got, c.want)
		}
	}
	checkSpans(t, []sentenceSpan{
		{"The GRE is not required.", "is the gre required", "not required"},
		{"Discounts do not stack.", "can i combine the discounts", "do not stack"},
	})
}

// TestPossessiveEnd checks that a short answer drops the possessive of its
// last word, unless the question asks whose.
func TestPossessiveEnd(t *testing.T) {
	for _, c := range []struct{ q, before, answer, after, want string }{
		{"who beat her for best video", "It went to ", "Taylor Swift's", " video.", "Taylor Swift"},
		{"who else appeared in the video", "It starred ", "Lady Gaga’s", " video.", "Lady Gaga"},
		{"when was the film released", "It was ", "1971's", " best seller.", "1971"},
		{"what government blocked aid", "The delay was ", "Beyoncé's", " fault.", "Beyoncé"},
		{"whose body does he use", "He uses ", "Zelda's", " body.", "Zelda's"}, // asked whose
		{"who owns whatsapp", "It is owned by ", "Felix Brandt's", " team.", "Felix Brandt's team"},
		{"who decided to manage the group", "In 1995 ", "Beyoncé's", " father decided to manage it.", "Beyoncé's father"},
		{"what decided it", "In 1995 ", "Beyoncé's", " father decided it.", "Beyoncé"}, // no who question
		{"who paid for it", "It was the ", "parents'", " money.", "parents'"},          // no 's
		{"what is it", "It is ", "'s", " a mark.", "'s"},                               // nothing before it
	} {
		q := Parse(c.q)
		text := c.before + c.answer + c.after
		start := len(c.before)
		if got := text[start:possessiveEnd(&q, text, start, start+len(c.answer), nil)]; got != c.want {
			t.Errorf("possessiveEnd(%q, %q): got %q, want %q", c.q, text, got, c.want)
		}
	}
}

// TestBoundWhole checks that a pick opening with the last word of a bound
// of several words takes the whole bound, and that no other pick moves.
func TestBoundWhole(t *testing.T) {
	for _, c := range []struct{ before, pick, want string }{
		{"Book online at ", "least 24 hours", "at least 24 hours"},
		{"It costs no more ", "than $5", "no more than $5"},
		{"Members may freeze it for up ", "to three months", "up to three months"},
		{"Members may freeze it for ", "up to three months", "up to three months"}, // whole already
		{"It costs ", "$5 a month", "$5 a month"},
		{"The flight was not the ", "least bit late", "least bit late"}, // no bound before it
		{"Any claim ", "over £250", "over £250"},                        // a bound of one word
		{"Book at ", "least", "least"},                                  // one word: nothing after it
	} {
		text := c.before + c.pick
		s := boundWhole(text, len(c.before))
		if got := text[s:]; got != c.want {
			t.Errorf("boundWhole(%q at %q): got %q, want %q", text, c.pick, got, c.want)
		}
	}
	// pickText applies it: the span model's own pick here is "least 24
	// hours".
	checkSpans(t, []sentenceSpan{{
		question: "excess baggage cost when booked online",
		sentence: "Excess baggage costs £12 per kg when paid at the airport, and £9 per kg when booked online at least 24 hours before departure.",
		want:     "at least 24 hours",
	}})
}

// TestBoundStart checks that a number takes the bound right before it,
// and that pickText asks for it only when the question asks for a limit.
func TestBoundStart(t *testing.T) {
	for _, c := range []struct{ before, answer, want string }{
		{"Members may freeze it for up to ", "three months", "up to three months"},
		{"It must be given at least ", "21 days", "at least 21 days"},
		{"Any claim over ", "£250", "over £250"},
		{"It costs no more than ", "$5", "no more than $5"},
		{"It costs ", "$5", "$5"},
		{"It goes up, to ", "$5", "$5"}, // not one space apart
	} {
		text := c.before + c.answer + " here."
		s := boundStart(text, len(c.before))
		if got := text[s : len(c.before)+len(c.answer)]; got != c.want {
			t.Errorf("boundStart(%q): got %q, want %q", text, got, c.want)
		}
	}
	for _, c := range []struct {
		question string
		want     bool
	}{
		{"how long can i freeze my membership", true},
		{"max grant per farm", true},
		{"research games budget", true},
		{"monthly free beer allowance", true},
		{"over what amount do we claim from the insurer", true},
		{"how many people were evacuated", false},
		{"how much did the bridge cost", false},
	} {
		q := Parse(c.question)
		if got := asksLimit(&q); got != c.want {
			t.Errorf("asksLimit(%q): got %v, want %v", c.question, got, c.want)
		}
	}
}

// TestPartitiveEnd checks that a number picked alone takes a partitive
// of the first or second person after it ("412 of you"), a possessive
// one only with the question's word after it ("Five of our parks"), and
// that a partitive of the third person, or a number that says what it
// counts, stays as it is.
func TestPartitiveEnd(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"412 of you replied, and 94% said they would recommend us to a friend.", "how many people answered the survey", "412 of you"},
		{"Five of our parks have kept their Green Flag Award this year.", "how many of our parks kept a green flag", "Five of our parks"},
		{"Five of our volunteers won a national award this year.", "how many awards were won this year", "Five"},
		{"Our board has twelve members, four of them tenants.", "how many tenants on the board", "four"},
		{"The county launched 16 satellites and 14 of them are in service.", "how many are in service", "14"},
	})
}

// TestRangePairEnd checks that a clock-time range picked as the short
// answer takes a second range joined to it by "and", and that a time
// that is no range does not take the time after it.
func TestRangePairEnd(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"Core hours are 10:00–13:00 and 15:00–17:00 local time, Mon–Fri.", "what are our core hrs", "10:00–13:00 and 15:00–17:00"},
		{"The front desk is staffed 9:00 to 12:30 and 13:30 to 17:00 on weekdays.", "front desk hours", "9:00 to 12:30 and 13:30 to 17:00"},
		{"The ferry leaves the harbour at 09:00 and 17:00 every day.", "what time does the first ferry leave", "09:00"},
	})
}

// TestCountedPair checks that the thing one of two counted items counts,
// picked for a question that does not ask how many, gives the pair
// ("two backend engineers and one SRE"), and that a count asked for, or
// an item with no number, stays as it is.
func TestCountedPair(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"Dana said that we are hiring two backend engineers and one SRE this quarter.", "who are we hiring this quarter", "two backend engineers and one SRE"},
		{"Dana said that we are hiring two backend engineers and one SRE this quarter.", "how many backend engineers are we hiring", "two backend"}, // the model's pick, no pair
		{"Dana said that we are hiring an SRE and a designer this quarter.", "who are we hiring this quarter", "an SRE"},
	})
}

// TestRolePair checks that a phrase naming people by their role, picked
// for a who question, gives the pair of such phrases joined by "and"
// ("the directors and the office manager"), and that a pair whose other
// phrase names no person leaves the pick as it is.
func TestRolePair(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"Company credit cards are held by the directors and the office manager only.", "who has a company credit card", "the directors and the office manager"},
		{"Keys to the store are held by the caretaker and the head teacher.", "who has the store keys", "the caretaker and the head teacher"},
		{"Company credit cards are held by the directors and the board.", "who has a company credit card", "the directors"},
	})
}

// TestCodeListEnd checks that a code picked as the short answer gives
// the list it opens when another code of its shape follows it
// ("B2.14, B2.16 and the blood bank"), and that a code no code of its
// shape follows, or clock times, stay as they are.
func TestCodeListEnd(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"There are eyewash stations in B2.14, B2.16 and the blood bank.", "where are the eyewash stations", "B2.14, B2.16 and the blood bank"},
		{"First aid kits are kept in C1.02, C1.10, C2.04 and the post room.", "where are the first aid kits", "C1.02, C1.10, C2.04 and the post room"},
		{"The defibrillator is in B2.14, next to the blood bank.", "where is the defibrillator", "B2.14"},
	})
	for _, c := range []struct{ word, want string }{
		{"b2.14", "a9.99"},
		{"e3", "a9"},
		{"library", ""},
		{"2026", ""},
		{"9am-5pm", "9aa-9aa"},
		{"a", ""},
		{"", ""},
	} {
		if got := codeShape(c.word); got != c.want {
			t.Errorf("codeShape(%q): got %q, want %q", c.word, got, c.want)
		}
	}
	// A word that is no code, as most picks' first words are, costs no
	// allocation.
	if n := testing.AllocsPerRun(100, func() { codeShape("Library") }); n != 0 {
		t.Errorf("codeShape of a word with no digit: got %v allocations, want 0", n)
	}
}

// TestStatesLimit: a sentence states a rule or a limit when it holds a
// modal verb of permission or obligation or a word naming a limit
// ([rules]), and then a number picked from it keeps its bound whatever
// the question says; a past event's estimate, or a past "could", does
// not, and neither does a bound's own word ("least").
func TestStatesLimit(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"Rabies vaccination for travel costs £65 and must be given at least 21 days before the pet travels.", true},
		{"Students can apply for a bursary of up to $400.", true},
		{"The maximum grant is up to €5,000 a farm.", true},
		{"In Mianyang City, seven schools collapsed, burying at least 1,700 people.", false},
		{"Up to five authorized computers and an unlimited number of iPods could play the files.", false},
		{"More than 200 people attended.", false},
		{"In May 2015, a coalition of more than 60 groups filed complaints.", false},
	} {
		if got := statesLimit(c.sentence); got != c.want {
			t.Errorf("statesLimit(%q): got %v, want %v", c.sentence, got, c.want)
		}
	}
}

// TestStatesLimitPlain: statesLimit's one pass over the letters gives
// what looking up each word of strings.FieldsFunc gives, for every
// sentence of the embedded corpus, the handbook and the 48 SQuAD articles,
// and for texts whose word of a rule stands first, last, alone, after a
// byte that is no UTF-8 or after a letter beyond ASCII.
func TestStatesLimitPlain(t *testing.T) {
	plain := func(text string) bool {
		for _, word := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if spanWords().rules[word] {
				return true
			}
		}
		return false
	}
	texts := []string{"", "must", "must.", "They must", "They must pay", "must pay", "They\xffmust pay", "Théy must",
		"Ümust pay", "mustn't", "1must2", "The budget: £400", "May 2015", "Fees (maximum) apply", "a\u00a0must\u00a0b", "must\xff"}
	docs := append(embedded(t), testCorpus(t, "handbook/corpus")...)
	docs = append(docs, squad48Docs(t)...) // when they are beside the repository
	for _, s := range Build(docs).sents {
		texts = append(texts, s.text)
	}
	states := 0
	for _, text := range texts {
		want := plain(text)
		if got := statesLimit(text); got != want {
			t.Errorf("statesLimit(%q): got %v, want %v", text, got, want)
		}
		if want {
			states++
		}
	}
	if states < 10 {
		t.Fatalf("%d of %d texts state a limit: want some", states, len(texts))
	}
}

// TestSpanAgree: two candidates of a sentence agree when the tokens they
// share are at least half of their tokens together (SQuAD's F1 over
// tokens, spanAgreeShare).
func TestSpanAgree(t *testing.T) {
	for _, tt := range []struct {
		a, b, c, d int32
		want       bool
	}{
		{3, 5, 3, 5, true},   // the same tokens
		{3, 6, 4, 6, true},   // "about $120 million" and "$120 million": 2·2/5
		{3, 4, 3, 6, true},   // one of three: 2·1/4
		{3, 4, 3, 7, false},  // one of four: 2·1/5
		{0, 2, 2, 4, false},  // side by side, nothing shared
		{0, 10, 4, 5, false}, // one token of a clause of ten: 2·1/11
		{4, 5, 0, 10, false}, // the same, the other way round
	} {
		if got := spanAgree(tt.a, tt.b, tt.c, tt.d); got != tt.want {
			t.Errorf("spanAgree(%d, %d, %d, %d) = %v, want %v", tt.a, tt.b, tt.c, tt.d, got, tt.want)
		}
	}
}

// TestSpanConfidenceAgree: near copies of the winner ("about 2,300
// students", "2,300 students" and "about 2,300" beside "School buses for
// about 2,300 students") split the softmax probability but not the
// answer; the agree input gives the winner their share, and with it the
// span confidence trusts these picks (0.7 or more), where with the
// winner's own probability alone it gave the last two 0.55 and 0.58.
func TestSpanConfidenceAgree(t *testing.T) {
	names := SpanConfidenceNames()
	for _, tt := range []struct{ corpus, question, sentence, span string }{
		{"news-bridge", "how many school kids are affected", "School buses for about 2,300 students", "about 2,300 students"},
		{"news-bridge", "how many workers on site", "with about 120 workers on site", "120 workers"},
		{"news-port", "how many workers r on strike", "involves about 2,400 workers", "2,400 workers"},
	} {
		ix := Build(testCorpus(t, tt.corpus))
		q := Parse(tt.question)
		s := slices.IndexFunc(ix.sents, func(st sentence) bool { return strings.Contains(st.text, tt.sentence) })
		if s < 0 {
			t.Fatalf("no sentence of %s holds %q", tt.corpus, tt.sentence)
		}
		in := confidenceInputsAt(t, ix, q, s)
		prob, agree := in[slices.Index(names, "probability")], in[slices.Index(names, "agree")]
		got := ix.spanIn(q, s)
		if got.text != tt.span {
			t.Errorf("%q: got span %q, want %q", tt.question, got.text, tt.span)
		}
		if agree < prob+0.2 || got.p < 0.7 {
			t.Errorf("%q: got agree %.2f over the winner's probability %.2f, span confidence %.2f; want agree more by 0.2 or more and a confidence of 0.7 or more", tt.question, agree, prob, got.p)
		}
	}
}

// TestWordsStartPlain compares wordsStart, which tokenizes the text before
// a pick only when its last written word may give the last word of a
// line (mayEndWithLine), with wordsStartTokens, which always does, for
// the negations and the bounds, at every token of every sentence of the
// test corpora and of squad48 when the corpus is beside the repository,
// and of texts that hold each line in other cases and spellings.
func TestWordsStartPlain(t *testing.T) {
	w := spanWords()
	var texts []string
	for _, lines := range []map[string]bool{w.negations, w.bounds} {
		for line := range lines {
			for _, v := range []string{line, strings.ToUpper(line), strings.ToUpper(line[:1]) + line[1:]} {
				texts = append(texts, "It is "+v+" 40 a day.", v+" allowed", "x"+v+" 5", v+"-5")
			}
		}
	}
	texts = append(texts, "It isn't allowed.", "It didn’t close.", "They CANNOT come.", "It is NOT 5.", "Ça n'est pas 5.")
	for _, docs := range testCorpora(t, true) {
		for _, d := range docs {
			for _, b := range indexBlocks(d) {
				texts = append(texts, blockSentences(nil, b, nil)...)
			}
		}
	}
	found := 0
	for _, text := range texts {
		for _, tk := range tokenize(text, nil) {
			for _, c := range []struct {
				lines map[string]bool
				ends  []string
			}{{w.negations, w.negationEnds}, {w.bounds, w.boundEnds}} {
				got := wordsStart(text, int(tk.start), c.lines, c.ends)
				want := wordsStartTokens(text[max(0, int(tk.start)-maxTokenBytes):tk.start], int(tk.start), c.lines)
				if got != want {
					t.Fatalf("wordsStart(%q, %d): got %d, want %d", text, tk.start, got, want)
				}
				if got != int(tk.start) {
					found++
				}
			}
		}
	}
	if found == 0 {
		t.Error("no line found before any word, want some")
	}
}

// TestDialled checks that a run of groups of figures joined by spaces (a
// phone number) is read as dialled, while a count, a date and figures
// apart are not, and that such a run answers no question of when, what
// time, how long or how many but still answers one for the number.
func TestDialled(t *testing.T) {
	for _, c := range []struct {
		sentence, cand string
		want           bool
	}{
		{"Call Customer Care on 0345 210 7780 from 8am to 6pm.", "0345 210 7780", true},
		{"Call Customer Care on 0345 210 7780 from 8am to 6pm.", "0345", true},
		{"Call Customer Care on 0345 210 7780 from 8am to 6pm.", "Customer Care on 0345 210 7780", true},
		{"Call Customer Care on 0345 210 7780 from 8am to 6pm.", "8am to 6pm", false},
		{"The clinic has 22 spaces and 4 bays.", "22 spaces", false},
		{"Fees went up on 1 February 2026.", "1 February 2026", false},
		{"The team grew from 12, 14 to 20 people.", "12", false},
		{"Facial hair grows for 2–4 years after puberty.", "2–4 years", false},
		{"About 25 000 copies were in circulation.", "25 000 copies", false},
		{"Ring the desk on 07700 900418 at night.", "07700 900418", true},
		{"Ring the desk on 020 7946 0958 at night.", "020 7946 0958", true},
	} {
		withSpanCand(t, c.sentence, "what is it", c.cand, func(ix *Index, f *spanFacts, cd *spanCand) {
			if got := dialled(ix.sents[cd.sent].text, f.sentence(cd), cd.a, cd.b); got != c.want {
				t.Errorf("dialled(%q of %q): got %v, want %v", c.cand, c.sentence, got, c.want)
			}
		})
	}
	const care = "If your question is not here, call Customer Care on 0345 210 7780, Monday to Friday 8am to 6pm and Saturday 9am to 1pm."
	for _, c := range []struct{ sentence, question, want, not string }{
		{care, "customer care opening times saturday", "", "0345"},
		{care, "how many hours is customer care open on saturday", "", "0345"},
		{care, "customer care phone number", "0345 210 7780", ""},
	} {
		ix := Build([]corpus.Document{{Path: "a.md", Body: c.sentence}})
		got := ix.spanIn(Parse(c.question), 0)
		if c.want != "" && got.text != c.want {
			t.Errorf("%q of %q: got span %q, want %q", c.question, c.sentence, got.text, c.want)
		}
		if c.not != "" && strings.Contains(got.text, c.not) {
			t.Errorf("%q of %q: got span %q, want one without %q", c.question, c.sentence, got.text, c.not)
		}
	}
}

// TestPeriodHours checks the length read of the period of time a
// question or a table's header names, which picks the column of a price
// table by its period (periodCellOf).
func TestPeriodHours(t *testing.T) {
	for _, c := range []struct {
		words string
		bare  bool
		want  int
	}{
		{"family car weekly price", false, 168},
		{"tranist van price 1 day", false, 24},
		{"what did a luton van cost for a week in 2025", false, 168},
		{"electric car per day", false, 24},
		{"van hire for three days", false, 72},
		{"min hours to charter the puffin", false, 0}, // how long, no period
		{"family car weekend price", false, 0},
		{"a day or a week", false, -1},
		{"seven days", true, 168},
		{"one day", true, 24},
		{"per hour", true, 1},
		{"week", true, 168},
		{"week", false, 0},
		{"weekend", true, 0},
		{"seats", true, 0},
	} {
		w := strings.Fields(c.words)
		if got := periodHours(len(w), func(i int) string { return w[i] }, c.bare); got != c.want {
			t.Errorf("periodHours(%q, bare %v): got %d, want %d", c.words, c.bare, got, c.want)
		}
	}
}

// TestPaidTakesMoney checks that a question naming a price or an amount
// paid takes the sentence's amount of money, not a count beside it, and
// that a bare "how much", which may weigh or measure, still takes a count.
func TestPaidTakesMoney(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"The mezzanine can be hired for parties of up to 40 people, for a minimum spend of $600.", "min spend to hire the mezzanine", "$600"},
		{"Each satellite weighs 1,000 kilograms and cost $20 million to build.", "how much does each satellite weigh", "1,000 kilograms"},
	})
}

// TestAgeBoundAnswers checks that a how-old question takes the cell of a
// row that bounds an age, not another number of the row, and that a
// sentence with no such bound leaves its numbers free.
func TestAgeBoundAnswers(t *testing.T) {
	const table = "# Railcards\n\n| Card | Price | Discount | Who can buy it |\n|---|---|---|---|\n" +
		"| Senior Card | £28 | 1/3 off | people aged 60 or over |\n| Youth Card | £25 | 1/3 off | people aged 16 to 25 |\n"
	for _, c := range []struct{ body, sentence, question, want string }{
		{table, "Senior Card; £28", "how old do i have to be for the senior card", "people aged 60 or over"},
		{"She was 12 when she joined the choir.", "She was 12", "how old was she when she joined the choir", "12"},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte(c.body), 0o644); err != nil {
			t.Fatal(err)
		}
		docs, _, err := corpus.Load(dir)
		if err != nil {
			t.Fatalf("corpus.Load: %v", err)
		}
		ix := Build(docs)
		s := sentenceHolding(t, ix, c.sentence)
		if got := ix.spanIn(Parse(c.question), s); got.text != c.want {
			t.Errorf("%q of %q: got span %q, want %q", c.question, ix.sents[s].text, got.text, c.want)
		}
	}
}

// TestNumberKindAfterScale checks that a number followed by a scale word
// takes its kind from the word after that ("10.7 billion yuan" is money,
// "2 million years" a length of time), and stays a count without one.
func TestNumberKindAfterScale(t *testing.T) {
	for _, c := range []struct {
		sentence, cand string
		want           spanKind
	}{
		{"Donations reached 10.7 billion yuan by May 14.", "10.7 billion yuan", kindMoney},
		{"The rocks formed over 2 million years.", "2 million years", kindDuration},
		{"The quake left 5 million homeless.", "5 million", kindCount},
		{"Donations reached 10.7 yuan by May 14.", "10.7 yuan", kindMoney},
	} {
		withSpanCand(t, c.sentence, "how much was it", c.cand, func(ix *Index, f *spanFacts, cd *spanCand) {
			if cd.kind != c.want {
				t.Errorf("%q of %q: got kind %s, want %s", c.cand, c.sentence, spanKindNames[cd.kind], spanKindNames[c.want])
			}
		})
	}
}

// withSpanCand builds an index of the one sentence, reads its span
// candidates for question and calls check with the candidate whose text is
// cand; it fails the test when there is none.
func withSpanCand(t *testing.T, sentence, question, cand string, check func(ix *Index, f *spanFacts, cd *spanCand)) {
	t.Helper()
	ix := Build([]corpus.Document{{Path: "a.md", Body: sentence}})
	q := Parse(question)
	sc := ix.scratch.Get()
	defer func() {
		sc.reset(ix)
		ix.scratch.Put(sc)
	}()
	total, _ := ix.resolve(&q, sc)
	f := ix.spanSentences(&q, sc, 0, total)
	for i := range f.w.cands {
		if cd := &f.w.cands[i]; ix.sents[cd.sent].text[cd.start:cd.end] == cand {
			check(ix, f, cd)
			return
		}
	}
	t.Errorf("%q for %q: no candidate %q", sentence, question, cand)
}

// TestOwnSegmentDay checks that a stretch that leaves out its verb and
// opens with a day ("and Saturday 9am to 1pm") answers a question that
// names that day, the days and times of the stretch before it left out
// (ownSegment, canAnswer).
func TestOwnSegmentDay(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"Call the help line on 0345 210 7780, Monday to Friday 8am to 6pm and Saturday 9am to 1pm.", "help line opening times saturday", "Saturday 9am to 1pm"},
		{"The pool is open Monday to Friday 7am to 9pm and Sunday 10am to 4pm.", "pool opening times sunday", "Sunday 10am to 4pm"},
	})
}

// TestOwnSegmentPartitive checks that a stretch opened by a partitive and
// a relative pronoun ("of whom 41 are in the MSc") holds the question's
// words of the stretch before it, so that the gapped stretch after it
// ("and 23 in the PhD") answers the question that names its own word
// (ownSegment, [partitiverelatives]).
func TestOwnSegmentPartitive(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"The department has 64 graduate students, of whom 41 are in the MSc and 23 in the PhD.", "how many phd students", "23"},
		{"The club has 120 members, of whom 70 play on Saturdays and 50 on Sundays.", "how many members play on sundays", "50"},
	})
}

// TestClockTimeWith checks that a clock time asked for goes with its time
// zone and with the day after "on", and that a day goes with the clock
// time before it, while "local time" and the words after a number asked
// by another question are left out (clockTimeEnd, timeZoneEnd,
// timeBeforeDay).
func TestClockTimeWith(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"We declared an incident at 06:20 UTC.", "what time was the incident declared", "06:20 UTC"},
		{"Triage starts every morning at 09:30 Lisbon time.", "what time does triage start", "09:30 Lisbon time"},
		{"Breakfast is served from 08:00 on Sundays.", "what time is breakfast served", "08:00 on Sundays"},
		{"A change must be submitted by 17:00 on the Monday before the meeting.", "when must a change be submitted", "17:00 on the Monday"},
		{"The diplomat was summoned at 2 am local time.", "at what time was the diplomat summoned", "2 am"},
	})
	for _, c := range []struct {
		text string
		end  int
		want string
	}{
		{"at 06:20 UTC.", 8, "at 06:20 UTC"},
		{"at 06:20 GMT on Monday", 8, "at 06:20 GMT"},
		{"at 09:30 Lisbon time.", 8, "at 09:30 Lisbon time"},
		{"at 2 am local time.", 7, "at 2 am"},
		{"at 06:20 BANK staff", 8, "at 06:20"},
		{"at 06:20 every time", 8, "at 06:20"},
	} {
		if got := c.text[:timeZoneEnd(c.text, c.end)]; got != c.want {
			t.Errorf("timeZoneEnd(%q, %d): got %q, want %q", c.text, c.end, got, c.want)
		}
	}
}

// TestMonthlyDay checks that a day asked for goes with the words that
// make it a day of each month, and with the clock time after them
// (monthlyEnd), and that a question of another type keeps its answer.
func TestMonthlyDay(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"The members meet on the second Monday of each month at 19:30.", "when do the members meet", "the second Monday of each month at 19:30"},
		{"The whole lab meets for cake on the last Friday of every month.", "when is cake day", "last Friday of every month"},
		{"The committee meets on the first Tuesday of the month.", "when does the committee meet", "the first Tuesday of the month"},
	})
	ix := Build([]corpus.Document{{Path: "a.md", Body: "The club meets on the first Monday of each month."}})
	q := Parse("who meets on the first monday")
	end := strings.Index(ix.sents[0].text, " of each")
	if got := monthlyEnd(&ix.sents[0], &q, end); got != end {
		t.Errorf("monthlyEnd for a who question: got %d, want %d (unchanged)", got, end)
	}
}

// TestPeriodCellOfPlain checks periodCellOf, which looks for the answer's
// table row before it reads the question's period, against the plain
// order (the period first, then the row), on every row sentence of the
// rental26 corpus for each of its training questions and a few questions
// that name a period: the same cell, and at least one cell found, so that
// the check is not empty.
func TestPeriodCellOfPlain(t *testing.T) {
	docs, _, err := corpus.Load(filepath.Join("testdata", "rental26", "corpus"))
	if err != nil {
		t.Fatalf("corpus.Load: %v", err)
	}
	ix := Build(docs)
	questions := []string{"family car weekly price", "transit van price 1 day", "van hire for three days", "luton van weekend price"}
	for _, it := range readEval(t, filepath.Join("testdata", "rental26", "train.jsonl")) {
		questions = append(questions, it.Question)
	}
	// plain is periodCellOf in its first order.
	plain := func(f *spanFacts) int {
		toks := f.q.toks
		want := periodHours(len(toks), func(i int) string { return toks[i].text }, false)
		if want <= 0 {
			return -1
		}
		rt := f.answerRow()
		if rt == nil {
			return -1
		}
		return f.periodColumnCell(rt, want)
	}
	rows, found := 0, 0
	for _, text := range questions {
		q := Parse(text)
		sc := ix.scratch.Get()
		total, _ := ix.resolve(&q, sc)
		for s := range ix.sents {
			if !ix.sents[s].row && s%7 != 0 {
				continue
			}
			f := ix.spanSentences(&q, sc, int32(s), total)
			got, want := f.periodCellOf(), plain(f)
			if got != want {
				t.Errorf("%q, sentence %d: periodCellOf got %d, want %d", text, s, got, want)
			}
			if ix.sents[s].row {
				rows++
			}
			if want >= 0 {
				found++
			}
		}
		sc.reset(ix)
		ix.scratch.Put(sc)
	}
	t.Logf("%d questions, %d (question, row) pairs, %d cells found", len(questions), rows, found)
	if rows == 0 || found == 0 {
		t.Errorf("%d (question, row) pairs and %d cells found: want some of each", rows, found)
	}
}

// TestRateEachSpans checks that an amount of money alone takes the rate
// after it, "for each" or "each" and the thing it is paid for, and that
// an amount that holds a rate of its own ("an hour") takes no second one
// (rateEachEnd, [eachrates]).
func TestRateEachSpans(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"On-call engineers receive £60 for each week on call.", "What is the on-call pay for a week?", "£60 for each week"},
		{"Early start allowance: £8 for each shift that starts before 05:00.", "How much is the early start allowance?", "£8 for each shift"},
		{"The Cash ISA allowance is £20,000 each tax year.", "isa allowance", "£20,000 each tax year"},
		{"Night premium: £2.40 an hour for every hour worked between 22:00 and 06:00.", "night premium rate", "£2.40 an hour"},
	})
}

// TestShareOffSpans checks that a percentage alone takes the "off" right
// after it that makes it a cut of a price, and not one after a mark
// (shareOffEnd, [shareoffs]).
func TestShareOffSpans(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"Members of the Kestrel Club get 5% off every rental.", "kestrel club discount", "5% off"},
		{"Registered charities get 25% off every spot they book.", "charity discount on ads", "25% off"},
		{"Students pay 30 percent off the list price.", "student discount", "30 percent off"},
		{"Sales grew by 5%, off the back of the new range.", "how much did sales grow", "5%"},
	})
}

// TestHyphenNameEnd checks that a name cut at a hyphen gets the
// lower-case part joined to its last word, and only a part that is no
// verb or adjective.
func TestHyphenNameEnd(t *testing.T) {
	tests := []struct {
		text, pick, want string
	}{
		{"It was led by Chiang Kai-shek in 1928.", "Chiang Kai", "Chiang Kai-shek"},
		{"He met Sun Yat-sen there.", "Sun Yat", "Sun Yat-sen"},
		{"Doctors at John Harvard-affiliated hospitals.", "John Harvard", "John Harvard"}, // an adjective
		{"The Abraham Lincoln-led party won.", "Abraham Lincoln", "Abraham Lincoln"},      // a verb
		{"It was led by Kai-shek then.", "Kai", "Kai"},                                    // one word
		{"He met Sun Yat-Sen there.", "Sun Yat", "Sun Yat"},                               // not lower case
		{"He met Sun Yat-sen-like men.", "Sun Yat", "Sun Yat"},                            // a second hyphen
		{"He met Sun Yat.", "Sun Yat", "Sun Yat"},                                         // no hyphen
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.pick)
		if got := tt.text[start:hyphenNameEnd(tt.text, start, start+len(tt.pick))]; got != tt.want {
			t.Errorf("hyphenNameEnd(%q, %q): got %q, want %q", tt.text, tt.pick, got, tt.want)
		}
	}
}

// TestYearDropEnd checks that a date asked as a month and a day is given
// without its year, and only then.
func TestYearDropEnd(t *testing.T) {
	tests := []struct {
		question, date, want string
	}{
		{"What month and day was Bell's first call?", "June 2, 1875", "June 2"},
		{"On what month and day did she die?", "14 December 1895", "14 December"},
		{"What day and month and year did she die?", "14 December 1895", "14 December 1895"}, // the year asked
		{"When did she die?", "14 December 1895", "14 December 1895"},                        // no month and day asked
		{"What month and day did she die?", "December 1895", "December 1895"},                // no day in it
		{"What month and day did she die?", "June 2", "June 2"},                              // no year
	}
	for _, tt := range tests {
		text := "It was on " + tt.date + " at noon."
		start := len("It was on ")
		q := Parse(tt.question)
		end := start + len(tt.date)
		if q.asksMonthDay() {
			end = yearDropEnd(text, start, end)
		}
		if got := text[start:end]; got != tt.want {
			t.Errorf("%q of %q: got %q, want %q", tt.question, tt.date, got, tt.want)
		}
	}
}

// TestSpanEndStart checks that a date picked for a how-long question keeps
// the "since" or "until" before it, and a when question's does not.
func TestSpanEndStart(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"The Czech Republic has been a member of the European Union since 2004.", "How long has the Czech Republic been a member of the European Union?", "since 2004"},
		{"The rule lasted until 1858, when the government took over.", "How long did the rule last?", "until 1858"},
		{"The rule lasted until 1858, when the government took over.", "When did the rule end?", "1858"},
		{"The Czech Republic joined the European Union in 2004.", "How long has the Czech Republic been a member of the European Union?", "2004"},
	})
}

// TestRangeEnds checks that a date, a clock time or a number picked as
// one end of a range gives the whole range, with the "between" of a range
// joined by "and" unless the question says it, and that a question asking
// one end, a year by name or a birth, or a change from a number to
// another, keeps the one end.
func TestRangeEnds(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"The Renaissance era was from 1400 to 1600.", "When was the Renaissance era?", "1400 to 1600"},
		{"The norms became codified between 1550 and 1900, which is known as the common practice period.", "What time period is the common practice period?", "between 1550 and 1900"},
		{"The norms became codified between 1550 and 1900, which is known as the common practice period.", "Between what years was the common practice period?", "1550 and 1900"},
		{"The trading hut is open on Sunday mornings from 10 a.m. to noon between March and October.", "trading hut hours", "10 a.m. to noon"},
		{"Often the difference is not too big (maybe 1-2 %) but sometimes it can be too big.", "how much worse is the difference", "1-2 %"},
		{"Typically, text such as source code is reduced by 60-70%.", "how much does source code shrink", "60-70%"},
		{"The city also hosted the 1930 and 1939 PGA Championships.", "Which years did the city host the PGA Championships?", "1930 and 1939"}, // several years asked
		{"Core hours are 10:00–13:00 and 15:00–17:00 local time, Mon–Fri.", "what are our core hrs", "10:00–13:00 and 15:00–17:00"},            // rangePairEnd's, not cut at "15"
		{"The Renaissance era was from 1400 to 1600.", "When did the Renaissance era start?", "1400"},                                          // one end asked
		{"The Renaissance era was from 1400 to 1600.", "In what year did the Renaissance era end?", "1600"},                                    // one end asked
		{"Casino revenue rose from $2.5 billion in 2006 to $2.9 billion in 2013.", "How much was casino revenue in 2013?", "$2.9 billion"},     // a year is no end of an amount
	})
}

// TestOtherEndYear checks that a span of years whose question names one
// end gives the other, and stays whole otherwise.
func TestOtherEndYear(t *testing.T) {
	tests := []struct {
		question, span, want string
	}{
		{"The kites were flown from 1907 to what year?", "1907–1912", "1912"},
		{"From what year were the kites flown until 1912?", "1907-1912", "1907"},
		{"When were the kites flown?", "1907–1912", "1907–1912"},                       // no end named
		{"Were the kites flown from 1907 to 1912?", "1907–1912", "1907–1912"},          // both named
		{"The kites were flown from 1907 to what year?", "1907–12", "1907–12"},         // no second year of four figures
		{"The kites were flown from 1907 to what year?", "1907 – 1912", "1907 – 1912"}, // spaces around the dash
	}
	for _, tt := range tests {
		text := "They were flown in " + tt.span + " at the lake."
		start := len("They were flown in ")
		q := Parse(tt.question)
		s, e := otherEndYear(&q, text, start, start+len(tt.span))
		if got := text[s:e]; got != tt.want {
			t.Errorf("%q of %q: got %q, want %q", tt.question, tt.span, got, tt.want)
		}
	}
	// pickText asks it of a date picked.
	checkSpans(t, []sentenceSpan{
		{"The tetrahedral wings were flown in the period 1907–1912.", "The wings were flown from 1907 to what year?", "1912"},
	})
}

// TestPickExtensionsTable checks pickText's table of boundary extensions:
// each entry has a name of its own, some kind and a move, the entries of
// an exclusive group follow one another, and pickExtensionsOf lists for a
// kind the entries whose kinds hold it, in the table's order.
func TestPickExtensionsTable(t *testing.T) {
	names := map[string]bool{}
	closed := map[uint8]bool{} // groups whose run of entries has ended
	var prev uint8
	for i, x := range pickExtensions {
		if x.name == "" || names[x.name] {
			t.Errorf("entry %d: name %q is empty or taken", i, x.name)
		}
		names[x.name] = true
		if x.kinds == 0 || x.move == nil {
			t.Errorf("%s: kinds %b, move nil %v; want some kind and a move", x.name, x.kinds, x.move == nil)
		}
		if x.group == noPickGroup {
			t.Errorf("%s: group is noPickGroup", x.name)
		}
		if x.group != prev {
			closed[prev] = true
			if x.group != 0 && closed[x.group] {
				t.Errorf("%s: group %d continues after other entries", x.name, x.group)
			}
		}
		prev = x.group
	}
	for k := range spanKind(numSpanKinds) {
		var want []string
		for _, x := range pickExtensions {
			if x.kinds&(1<<k) != 0 {
				want = append(want, x.name)
			}
		}
		var got []string
		for _, x := range pickExtensionsOf[k] {
			got = append(got, x.name)
		}
		if !slices.Equal(got, want) {
			t.Errorf("pickExtensionsOf[%s] = %v, want %v", spanKindNames[k], got, want)
		}
	}
}

// TestAskedNameAfter checks that a pick ending on the noun a "what" or
// "which" question asks for gives the name after it, right after the
// noun or after a comma (and that a pick that runs over the noun and a
// name ending it gives the name: askedNameWithin), with the lower-case words a name holds inside;
// and that a question asking the kind ("what type of"), a name of the
// question's own words, a mark other than a comma between, or a noun
// the question does not ask for leave the pick as it is.
func TestAskedNameAfter(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"American Idol was based on the British show Pop Idol created by Simon Fuller.", "What British show was American Idol based on?", "Pop Idol"},
		{"In July 2002 she played alongside Mike Myers in the comedy film, Austin Powers in Goldmember, which topped the box office.", "What film did Beyonce appear in with Mike Myers?", "Austin Powers in Goldmember"},
		{"The French newspaper Libération was criticised by the state press agency for its reporting.", "Which French newspaper was accused of being biased?", "Libération"},
		{"Practical anthropology, the use of anthropological knowledge and technique, has arrived.", "What type of anthropology is used to solve specific problems?", "Practical anthropology"},
	})
	s := func(words ...string) []spanTok {
		var out []spanTok
		for i, w := range words {
			t := spanTok{word: strings.ToLower(strings.Trim(w, ",")), cap: w[0] >= 'A' && w[0] <= 'Z'}
			if i > 0 && strings.HasSuffix(words[i-1], ",") {
				t.gap = gapComma
			}
			if i > 0 && strings.HasPrefix(w, "(") {
				t.gap, t.word = gapOpen, strings.ToLower(strings.Trim(w, "()"))
			}
			out = append(out, t)
		}
		return out
	}
	for _, tt := range []struct {
		question string
		toks     []spanTok
		last     int32 // the token after the pick
		a, b     int32
	}{
		{"what film did she star in", s("the", "comedy", "film,", "Austin", "Powers", "in", "Goldmember,", "which"), 3, 3, 7},
		{"what film did she star in", s("the", "comedy", "film", "Dreamgirls", "in", "2006"), 3, 3, 4},
		{"what film did she star in", s("the", "comedy", "film", "(Dreamgirls)"), 3, 0, 0},     // a bracket between
		{"what film did she star in", s("the", "comedy", "film", "in", "Paris"), 3, 0, 0},      // no capital after it
		{"what film did she star in", s("the", "comedy", "Film", "Dreamgirls"), 3, 0, 0},       // the noun in capitals is a name's
		{"what film did beyonce star in", s("the", "film", "Beyonce", "made"), 2, 0, 0},        // the question's own words
		{"what song did she star in", s("the", "comedy", "film", "Dreamgirls"), 3, 0, 0},       // not the noun asked
		{"what type of film did she star in", s("a", "comedy", "film", "Dreamgirls"), 3, 0, 0}, // the kind asked
	} {
		q := Parse(tt.question)
		if a, b := askedNameAfter(&q, tt.toks, tt.last); a != tt.a || b != tt.b {
			t.Errorf("%q, tokens %d on: got [%d, %d), want [%d, %d)", tt.question, tt.last, a, b, tt.a, tt.b)
		}
	}
	// askedNameWithin: the pick, tokens [first, last), already runs over
	// the noun asked and the name after it.
	for _, tt := range []struct {
		question    string
		toks        []spanTok
		first, last int32
		a, b        int32
	}{
		{"what french composer wrote carmen", s("by", "French", "composer", "Georges", "Bizet"), 1, 5, 3, 5},
		{"what french composer wrote carmen", s("French", "composer", "Georges", "Bizet", "wrote"), 0, 5, 0, 0}, // the name does not end the pick
		{"what french composer wrote carmen", s("by", "French", "composer", "Georges", "Bizet"), 3, 5, 0, 0},    // the noun outside the pick
		{"what french composer wrote carmen", s("the", "French", "conductor", "Georges", "Bizet"), 0, 5, 0, 0},  // not the noun asked
	} {
		q := Parse(tt.question)
		if a, b := askedNameWithin(&q, tt.toks, tt.first, tt.last); a != tt.a || b != tt.b {
			t.Errorf("%q, tokens [%d, %d): got [%d, %d), want [%d, %d)", tt.question, tt.first, tt.last, a, b, tt.a, tt.b)
		}
	}
}

// TestPredicateVerbStart checks pickText's predicateVerbStart: the answer
// to a yes/no question that opens what the sentence says of the
// question's subject keeps the verbs before it when they hold a modal;
// not a copula alone, not when the subject holds no question word ("Rent"
// for the key deposit), nor for a question that does not ask yes or no or
// asks which of two, nor a main verb "has".
func TestPredicateVerbStart(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"Most service charges can be covered by Housing Benefit.", "does housing benefit cover service charges", "can be covered by Housing Benefit"},
		{"Staff parking is in the east yard and it may be used after 6pm.", "can i use staff parking in the evening", "may be used"},
		{"Rent may be paid monthly.", "can i pay the key deposit monthly", "paid monthly"},
		{"Rent may be paid monthly, but the key deposit is paid in full.", "can i pay the key deposit monthly", "paid in full"},
		{"Seat reservations are free.", "do seat reservations cost extra", "free"},
		{"Most service charges can be covered by Housing Benefit.", "how are service charges paid", "covered by Housing Benefit"},
		{"Seat reservations can be made online.", "can seat reservations be made online or by phone", "made online"},
		{"Montana has no sales tax.", "does montana have a sales tax", "no sales tax"},
	})
}

// TestAskedConjunct checks pickText's askedConjunct: a candidate that
// runs across two values, each with the words that say what it is for,
// joined by "and", is shown as the value whose words the question names;
// not for a plain list of values, nor when the question names neither
// side, nor when it names two things joined by "and" or asks for things
// by a plural noun, and so asks for both.
func TestAskedConjunct(t *testing.T) {
	const parking = "Parking costs £3 for an hour and £12 for a whole day."
	const oncall = "On-call pays £40 for each weekday night and £90 for each weekend day."
	for _, tt := range []struct{ sentence, question, cand, want string }{
		{parking, "parking for a whole day", "an hour and £12", "£12"},
		{parking, "parking for a whole day", "Parking costs £3 for an hour and £12", "£12"},
		{parking, "parking for an hour", "£3 for an hour and £12", "£3"},
		{parking, "parking for an hour", "an hour and £12 for a whole day", "£3"},
		{oncall, "on-call pay for a weekend day", "each weekday night and £90", "£90"},
		{parking, "parking price", "£3 for an hour and £12", "£3 for an hour and £12"},                                                                          // neither side named
		{"Tickets cost £60 and £140.", "ticket prices", "£60 and £140", "£60 and £140"},                                                                         // a plain list
		{"Rinse at 2% strength and 75 degrees for 40 minutes.", "rinse strength and temp", "2% strength and 75 degrees", "2% strength and 75 degrees"},          // both asked
		{"She won two golds and two silvers in gymnastics.", "what medals did she win in gymnastics", "two golds and two silvers", "two golds and two silvers"}, // a plural asked
	} {
		ix := Build([]corpus.Document{{Path: "a.md", Body: tt.sentence}})
		l, err := ix.SpanCandidates(context.Background(), Parse(tt.question), 0)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(l.Candidates, func(c SpanCandidate) bool { return c.Text == tt.cand })
		if i < 0 {
			t.Errorf("%q of %q: no candidate %q", tt.question, tt.sentence, tt.cand)
			continue
		}
		if got := l.Candidates[i].Shown; got != tt.want {
			t.Errorf("%q of %q: candidate %q shown as %q, want %q", tt.question, tt.sentence, tt.cand, got, tt.want)
		}
	}
	// The span model's own pick here runs across both fines.
	checkSpans(t, []sentenceSpan{{
		sentence: "Fines rise to $100 for a first offence and $400 for repeat offences.",
		question: "repeat offender fine",
		want:     "$400",
	}})
}

// TestCellConjunct checks pickText's cellConjunct: a table cell of
// several conjuncts gives the one that alone holds the question's words,
// cut at a comma or at a coordinator before a number, a date or a time,
// and never inside a phrase typed at Build.
func TestCellConjunct(t *testing.T) {
	cases := []struct{ header, row, question, want string }{
		{"| Branch | Opening hours |", "| Kelby | Monday to Friday 8am to 6pm, Saturday 9am to 1pm, closed Sunday |",
			"is kelby open on sundays", "closed Sunday"},
		{"| Benefit | What you get |", "| Eye care | A free eye test every two years and £60 towards glasses for screen work |",
			"do i get glasses paid for if i work on a screen", "£60 towards glasses for screen work"},
		// The comma of the date is no cut: "March 5" alone leaves out
		// the year.
		{"| Event | When |", "| Open day | March 5, 2026, in the main hall |",
			"open day date in march", "March 5, 2026"},
	}
	for _, c := range cases {
		ix := buildOne(t, "a.md", "# Table\n\n"+c.header+"\n|---|---|\n"+c.row+"\n")
		s := sentenceHolding(t, ix, strings.Trim(strings.Split(c.row, "|")[2], " "))
		if got := ix.spanIn(Parse(c.question), s); got.text != c.want {
			t.Errorf("%q of %q: got span %q, want %q", c.question, ix.sents[s].text, got.text, c.want)
		}
	}
}

// TestPolarCellOf checks spanFacts.polarCellOf: a yes/no question takes
// the row's only cell of [polarcells]; not a question of another kind,
// nor a row of two such cells.
func TestPolarCellOf(t *testing.T) {
	cases := []struct{ row, question, want string }{
		{"| Caravan or boat | no | none issued |", "can i park my caravan", "no"},
		{"| Caravan or boat | no | none issued |", "what permit for a caravan", ""},
		{"| Caravan or boat | no | yes |", "can i park my caravan", ""},
	}
	for _, c := range cases {
		ix := buildOne(t, "a.md", "# Parking\n\n| Vehicle | Allowed in a bay | Permit |\n|---|---|---|\n"+c.row+"\n")
		s := sentenceHolding(t, ix, "Caravan or boat")
		q := Parse(c.question)
		sc := ix.scratch.Get()
		total, _ := ix.resolve(&q, sc)
		f := ix.spanSentences(&q, sc, int32(s), total)
		got := ""
		if i := f.polarCellOf(); i >= 0 {
			cd := &f.w.cands[i]
			got = ix.sents[cd.sent].text[cd.start:cd.end]
		}
		sc.reset(ix)
		ix.scratch.Put(sc)
		if got != c.want {
			t.Errorf("%q of %q: got polar cell %q, want %q", c.question, c.row, got, c.want)
		}
	}
}

// TestMeasureAnswersNoCount checks that a number of a unit of length,
// weight or speed does not answer a question that counts things or names a
// price (measuredHere, measureAt), and that it still answers a question
// that names its unit or asks for no count, as a number of no unit answers
// a count.
func TestMeasureAnswersNoCount(t *testing.T) {
	for _, c := range []struct {
		sentence, question, cand string
		want                     bool
	}{
		{"The probe covers gate driver chips made at 40-nanometer and above.", "chip firms among the new additions how many", "40", false},
		{"The probe covers gate driver chips made at 40-nanometer and above.", "how many chip firms were listed", "40", false},
		{"The probe covers gate driver chips made at 40-nanometer and above.", "whats the unit price of a gate driver chip", "40", false},
		{"Each parcel weighs 3 kg and ships in 2 boxes.", "how many boxes are shipped", "3 kg", false},
		{"Each parcel weighs 3 kg and ships in 2 boxes.", "how many boxes are shipped", "2 boxes", true},
		{"The trail is 12 km long.", "how many km is the trail", "12 km", true},
		{"Each parcel weighs 3 kg and ships in 2 boxes.", "how much does each parcel weigh", "3 kg", true},
	} {
		withSpanCand(t, c.sentence, c.question, c.cand, func(ix *Index, f *spanFacts, cd *spanCand) {
			if got := f.canAnswer(cd, f.sentence(cd)); got != c.want {
				t.Errorf("%q for %q of %q: canAnswer got %v, want %v", c.cand, c.question, c.sentence, got, c.want)
			}
		})
	}
	checkSpans(t, []sentenceSpan{
		{"The probe lists thirteen firms that make chips at 40-nanometer and above.", "chip firms on the list how many", "thirteen"},
		{"Every fare includes one checked bag of up to 23 kg, except the Lite fare, which includes none.", "checked bag allowance", "up to 23 kg"},
	})
}
