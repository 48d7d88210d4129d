package main

import (
	"bytes"
	"context"
	"maps"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa"
)

// TestSpanTrainingIsDeterministic trains the span model twice on a small
// fixed slice (the town notes' chat training set) and wants the
// same file both times, one the engine accepts, that has learned
// something: its pick on the training lists beats the first candidate.
func TestSpanTrainingIsDeterministic(t *testing.T) {
	o := notesSpanOptions()
	quiet := func(string, ...any) {}
	var runs [2][]byte
	var last *spanCollector
	for i := range runs {
		m, c, err := trainSpan(context.Background(), o, quiet)
		if err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
		var b bytes.Buffer
		if _, err = m.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		runs[i] = b.Bytes()
		last = c
	}
	if !bytes.Equal(runs[0], runs[1]) {
		t.Fatalf("two runs on the same data gave different models (%d and %d bytes)", len(runs[0]), len(runs[1]))
	}
	m, err := qa.ParseSpanModel(runs[0])
	if err != nil {
		t.Fatalf("the engine rejects the trained model: %v", err)
	}
	w := make([]float64, len(last.names))
	for i, n := range last.names {
		w[i] = m.Rank.Weights[n]
	}
	picked, first, lists := 0, 0, 0
	for _, e := range last.examples {
		if e.n == 0 {
			continue
		}
		lists++
		if e.label[argmax(spanScores(e, w, last.nd, last.na))] {
			picked++
		}
		if e.label[0] {
			first++
		}
	}
	if picked <= first || picked < lists/3 {
		t.Errorf("right picks on the training lists: got %d of %d, want more than the first candidate's %d and a third", picked, lists, first)
	}
}

// TestSpanExtension checks the span model's forward step on a small fixed
// slice (the town notes' chat training set): a model trained there, less
// a dense feature and all its class-dense weights, extended twice on the
// same lists gives the same weights both times; every weight the base has
// is unchanged; the feature dropped gets a weight again; and a model that
// lacks nothing is an error.
func TestSpanExtension(t *testing.T) {
	o := notesSpanOptions()
	quiet := func(string, ...any) {}
	full, c, err := trainSpan(context.Background(), o, quiet)
	if err != nil {
		t.Fatal(err)
	}
	const dropped = "fit"
	if full.Rank.Weights[dropped] == 0 {
		t.Fatalf("the trained model has no weight for %q to drop", dropped)
	}
	base := &qa.SpanModel{About: full.About, Rank: qa.Linear{Weights: map[string]float64{}}, Confidence: full.Confidence}
	for n, v := range full.Rank.Weights {
		if n != dropped && !strings.HasSuffix(n, "|"+dropped) {
			base.Rank.Weights[n] = v
		}
	}
	var runs [2]*qa.SpanModel
	for i := range runs {
		m, added, _, err := extendSpan(context.Background(), base, c, o.l2, o.minCount, false, nil, nil, false)
		if err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
		if !slices.Contains(added, dropped) {
			t.Errorf("run %d: added %q, want %q among them", i, added, dropped)
		}
		runs[i] = m
	}
	if !maps.Equal(runs[0].Rank.Weights, runs[1].Rank.Weights) || !maps.Equal(runs[0].Confidence.Weights, runs[1].Confidence.Weights) {
		t.Errorf("two extensions on the same lists gave different weights")
	}
	m := runs[0]
	for n, v := range base.Rank.Weights {
		if m.Rank.Weights[n] != v {
			t.Errorf("rank %s: got %v, want the base's %v", n, m.Rank.Weights[n], v)
		}
	}
	if !maps.Equal(m.Confidence.Weights, base.Confidence.Weights) || m.Confidence.Bias != base.Confidence.Bias || m.Rank.Bias != base.Rank.Bias {
		t.Errorf("the confidence model or a bias changed, want the base's")
	}
	for n := range m.Rank.Weights {
		if _, ok := base.Rank.Weights[n]; !ok && n != dropped && !strings.HasSuffix(n, "|"+dropped) {
			t.Errorf("got a new weight for %s, which the base has (at 0)", n)
		}
	}
	// A confidence input the model lacks is fitted alone.
	noFit := &qa.SpanModel{Rank: full.Rank, Confidence: qa.Linear{Bias: full.Confidence.Bias, Weights: maps.Clone(full.Confidence.Weights)}}
	delete(noFit.Confidence.Weights, dropped)
	m, added, _, err := extendSpan(context.Background(), noFit, c, o.l2, o.minCount, false, nil, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"confidence " + dropped}; !slices.Equal(added, want) {
		t.Errorf("added %q, want %q", added, want)
	}
	if !maps.Equal(m.Rank.Weights, full.Rank.Weights) {
		t.Errorf("fitting a confidence input changed the ranker")
	}
	for n, v := range noFit.Confidence.Weights {
		if m.Confidence.Weights[n] != v {
			t.Errorf("confidence %s: got %v, want the base's %v", n, m.Confidence.Weights[n], v)
		}
	}
	if _, _, _, err := extendSpan(context.Background(), full, c, o.l2, o.minCount, false, nil, nil, false); err == nil {
		t.Errorf("extending a model that lacks nothing: got no error, want one")
	}
}

// TestSpanRefitConfidence checks the forward step's refit of the span
// confidence (qabot-train span --extend --refit-confidence): a model whose
// confidence weights and bias are all 0, and which lacks no ranker
// feature, gets the confidence the full trainer fits on the same lists
// (up to the rounding of the ranker's weights it is ranked by), and its
// ranker is kept as it is.
func TestSpanRefitConfidence(t *testing.T) {
	o := notesSpanOptions()
	full, c, err := trainSpan(context.Background(), o, func(string, ...any) {})
	if err != nil {
		t.Fatal(err)
	}
	zero := &qa.SpanModel{Rank: full.Rank, Confidence: qa.Linear{Weights: map[string]float64{}}}
	for n := range full.Confidence.Weights {
		zero.Confidence.Weights[n] = 0
	}
	m, added, _, err := extendSpan(context.Background(), zero, c, o.l2, o.minCount, true, nil, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"confidence"}; !slices.Equal(added, want) {
		t.Errorf("added %q, want %q", added, want)
	}
	if !maps.Equal(m.Rank.Weights, full.Rank.Weights) || m.Rank.Bias != full.Rank.Bias {
		t.Errorf("refitting the confidence changed the ranker")
	}
	if got, want := m.Confidence.Bias, full.Confidence.Bias; math.Abs(got-want) > 0.05 {
		t.Errorf("confidence bias: got %v, want %v", got, want)
	}
	for n, want := range full.Confidence.Weights {
		if got := m.Confidence.Weights[n]; math.Abs(got-want) > 0.05 {
			t.Errorf("confidence %s: got %v, want %v", n, got, want)
		}
	}
}

// TestSpanNewFeatures checks which features a span model lacks: a dense
// feature without a weight and its class-dense weights, and the indicators
// of a family the model has none of, but not an indicator or a class
// weight left at 0 beside others the model has.
func TestSpanNewFeatures(t *testing.T) {
	names := []string{"fit", "rare", "kind:date|x", "kind:date|y", "new:a|b", "class-dense:who|fit", "class-dense:who|rare"}
	base := &qa.SpanModel{Rank: qa.Linear{Weights: map[string]float64{"fit": 1, "kind:date|x": 2}}}
	got := spanNewFeatures(base, names, 2)
	want := []bool{false, true, false, false, true, false, true}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestSpanWeightsFreedAtTheOptimum checks the span fitter's mask of free
// weights on a small fixed slice (the town notes' chat training set): with
// every other weight fixed at the full fit's, a dense feature with its
// class weights and a family of indicators, freed, come back where the
// full fit put them (its minimum is the freed weights' minimum too, up to
// the fitter's tolerance), and every weight not freed comes back 0.
func TestSpanWeightsFreedAtTheOptimum(t *testing.T) {
	o := notesSpanOptions()
	ctx := context.Background()
	c, err := collectSpans(ctx, o, func(string, ...any) {})
	if err != nil {
		t.Fatal(err)
	}
	dim := len(c.names)
	full, err := fitSpanWeights(ctx, c.examples, c.nd, make([]float64, dim), slices.Repeat([]bool{true}, dim), o.l2, o.minCount)
	if err != nil {
		t.Fatal(err)
	}
	// The family of the first indicator the full fit weighs.
	family := ""
	for k := c.nd; k < qa.SpanClassOffset(0) && family == ""; k++ {
		if full[k] != 0 {
			family, _, _ = strings.Cut(c.names[k], ":")
		}
	}
	const dense = "fit"
	free := make([]bool, dim)
	fixed := slices.Clone(full)
	freed := map[string]int{}
	for k, n := range c.names {
		f, _, _ := strings.Cut(n, ":")
		switch {
		case k < c.nd:
			free[k] = n == dense
		case k < qa.SpanClassOffset(0):
			free[k] = f == family
		default:
			free[k] = strings.HasSuffix(n, "|"+dense)
		}
		if free[k] {
			fixed[k] = 0
			if full[k] != 0 {
				freed[f]++
			}
		}
	}
	if freed[dense] != 1 || freed[family] == 0 || freed["class-dense"] == 0 {
		t.Fatalf("freed weights the full fit set: got %v, want %q, class weights and indicators of a family", freed, dense)
	}
	got, err := fitSpanWeights(ctx, c.examples, c.nd, fixed, free, o.l2, o.minCount)
	if err != nil {
		t.Fatal(err)
	}
	for k, n := range c.names {
		switch {
		case !free[k] && got[k] != 0:
			t.Errorf("%s is fixed: got weight %v, want 0", n, got[k])
		case free[k] && math.Abs(got[k]-full[k]) > 0.01+0.01*math.Abs(full[k]):
			t.Errorf("%s freed at the optimum: got %v, want the full fit's %v", n, got[k], full[k])
		}
	}
}

// TestSpanRefitClasses checks the forward step's refit of one question
// class's own weights (qabot-train span --extend --refit-classes) on a
// small fixed slice (the town notes' chat training set): from a model
// whose weights of that class are all 0, the refit gives the same weights
// twice, moves the class's own weights (its class-kind and other crossed
// indicators and its class-dense weights, whose dense features stay fixed),
// and leaves every other weight, the biases and the confidence as they are.
func TestSpanRefitClasses(t *testing.T) {
	o := notesSpanOptions()
	full, c, err := trainSpan(context.Background(), o, func(string, ...any) {})
	if err != nil {
		t.Fatal(err)
	}
	// The class with the most lists.
	counts := map[int]int{}
	for _, e := range c.examples {
		counts[e.class]++
	}
	top := 0
	for k, n := range counts {
		if n > counts[top] || n == counts[top] && k < top {
			top = k
		}
	}
	class := qa.QuestionClassNames()[top]
	base := &qa.SpanModel{Rank: qa.Linear{Bias: full.Rank.Bias, Weights: map[string]float64{}}, Confidence: full.Confidence}
	for n, v := range full.Rank.Weights {
		if spanWeightClass(n) != class {
			base.Rank.Weights[n] = v
		}
	}
	var runs [2]*qa.SpanModel
	for i := range runs {
		m, _, _, err := extendSpan(context.Background(), base, c, o.l2, o.minCount, false, []string{class}, nil, false)
		if err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
		runs[i] = m
	}
	if !maps.Equal(runs[0].Rank.Weights, runs[1].Rank.Weights) {
		t.Errorf("two refits on the same lists gave different weights")
	}
	m := runs[0]
	var moved, movedDense int
	for n, v := range m.Rank.Weights {
		switch {
		case spanWeightClass(n) == class:
			moved++
			if strings.HasPrefix(n, "class-dense:") {
				movedDense++
			}
		case base.Rank.Weights[n] != v:
			t.Errorf("rank %s: got %v, want the base's %v", n, v, base.Rank.Weights[n])
		}
	}
	for n, v := range base.Rank.Weights {
		if m.Rank.Weights[n] != v {
			t.Errorf("rank %s: got %v, want the base's %v", n, m.Rank.Weights[n], v)
		}
	}
	if moved == 0 || movedDense == 0 {
		t.Errorf("class %s: got %d weights of its own (%d class-dense), want some of each", class, moved, movedDense)
	}
	if !maps.Equal(m.Confidence.Weights, base.Confidence.Weights) || m.Rank.Bias != base.Rank.Bias || m.Confidence.Bias != base.Confidence.Bias {
		t.Errorf("the confidence model or a bias changed, want the base's")
	}
}

func TestSpanWeightClass(t *testing.T) {
	tests := []struct{ name, want string }{
		{"class-kind:key-date|date", "key-date"},
		{"class-dense:who|left-3", "who"},
		{"kind:date", ""},
		{"fit", ""},
		{"class-kind:what", ""},
	}
	for _, tt := range tests {
		if got := spanWeightClass(tt.name); got != tt.want {
			t.Errorf("spanWeightClass(%q): got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSpanAddedFeatures(t *testing.T) {
	added := []string{"class-dense:who|parallel", "parallel", "class-kind:key-date|date", "class-length:key-number|2", "kind-of-asked", "parallel", "class-kind:who|name"}
	for _, tt := range []struct {
		refitted []string
		want     []string
	}{
		{nil, []string{"parallel", "class-kind:key-date|date", "class-length:key-number|2", "kind-of-asked", "class-kind:who|name"}},
		{[]string{"key-date", "key-number"}, []string{"parallel", "kind-of-asked", "class-kind:who|name"}},
	} {
		if got := spanAddedFeatures(added, tt.refitted); !slices.Equal(got, tt.want) {
			t.Errorf("spanAddedFeatures(%q, %q): got %q, want %q", added, tt.refitted, got, tt.want)
		}
	}
}

// notesSpanOptions are the span trainer's options of the tests: the small
// fixed slice of the town notes' chat training set, with the trainer's
// usual penalty and feature count.
func notesSpanOptions() spanOptions {
	data := filepath.Join("..", "..", "qa", "testdata")
	return spanOptions{
		chats:      []string{filepath.Join(data, "notes", "train.jsonl") + ":" + filepath.Join(data, "notes", "corpus")},
		chatWeight: 1, l2: 1e-3, minCount: 2,
	}
}

// TestSplitSpanClasses checks that a question class split from another
// (qa.QuestionClassParent) that the model has no weight of gets a copy of
// its parent's own weights, rank and confidence, and nothing else; that
// the model given is left as it was; and that a class with weights of its
// own is not given them again.
func TestSplitSpanClasses(t *testing.T) {
	base := &qa.SpanModel{About: "base", Rank: qa.Linear{Bias: 0.5, Weights: map[string]float64{
		"fit":                            1,
		"class-kind:key-number|money":    0.25,
		"class-dense:key-number|left-3":  -0.5,
		"class-before:key|<num>":         0.75,
		"class-kind:what|money":          2,
		"class-length:key-number-like|3": 3, // no class of that name
	}}, Confidence: qa.Linear{Bias: -1, Weights: map[string]float64{"agree": 4, "class:key-number": 0.3, "class:key": -0.2}}}
	m, split := splitSpanClasses(base)
	if want := []string{"polar", "polar-number"}; !slices.Equal(split, want) {
		t.Fatalf("split %q, want %q", split, want)
	}
	want := map[string]float64{
		"class-kind:polar-number|money":   0.25,
		"class-dense:polar-number|left-3": -0.5,
		"class-before:polar|<num>":        0.75,
	}
	for n, v := range base.Rank.Weights {
		want[n] = v
	}
	if !maps.Equal(m.Rank.Weights, want) {
		t.Errorf("rank weights: got %v, want %v", m.Rank.Weights, want)
	}
	wantConf := map[string]float64{"agree": 4, "class:key-number": 0.3, "class:key": -0.2, "class:polar-number": 0.3, "class:polar": -0.2}
	if !maps.Equal(m.Confidence.Weights, wantConf) || m.Rank.Bias != 0.5 || m.Confidence.Bias != -1 {
		t.Errorf("confidence: got %v (biases %v, %v), want %v (0.5, -1)", m.Confidence.Weights, m.Rank.Bias, m.Confidence.Bias, wantConf)
	}
	if len(base.Rank.Weights) != 6 || len(base.Confidence.Weights) != 3 {
		t.Errorf("the base model was changed: %v, %v", base.Rank.Weights, base.Confidence.Weights)
	}
	// Once split, never again: the copies are the classes' own weights.
	m.Rank.Weights["class-kind:polar-number|money"] = 9
	again, split := splitSpanClasses(m)
	if len(split) != 0 || again != m {
		t.Errorf("a model with the split classes' weights: split %q again, want none and the model itself", split)
	}
}

// TestSpanExtendOnly checks the forward step restricted to one dense
// feature (qabot-train span --extend --only) on a small fixed slice (the
// town notes' chat training set): from a model that lacks that feature
// alone, it gives the same weights twice, those the forward step gives;
// from a model that lacks another dense feature too, it fits the one named
// and leaves the other without weights, every other weight kept; from the
// full model, it fits the feature's weights afresh, as from the model
// without them; and a name that is no dense feature is an error.
func TestSpanExtendOnly(t *testing.T) {
	o := notesSpanOptions()
	full, c, err := trainSpan(context.Background(), o, func(string, ...any) {})
	if err != nil {
		t.Fatal(err)
	}
	const fitted, other = "fit", "typed"
	of := func(n, feature string) bool { return n == feature || strings.HasSuffix(n, "|"+feature) }
	without := func(features ...string) *qa.SpanModel {
		m := &qa.SpanModel{Rank: qa.Linear{Bias: full.Rank.Bias, Weights: map[string]float64{}}, Confidence: full.Confidence}
		for n, v := range full.Rank.Weights {
			if !slices.ContainsFunc(features, func(f string) bool { return of(n, f) }) {
				m.Rank.Weights[n] = v
			}
		}
		return m
	}
	extend := func(base *qa.SpanModel, only []string) *qa.SpanModel {
		t.Helper()
		m, _, _, err := extendSpan(context.Background(), base, c, o.l2, o.minCount, false, nil, only, false)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	lacks := without(fitted)
	forward := extend(lacks, nil)
	var runs [2]*qa.SpanModel
	for i := range runs {
		runs[i] = extend(lacks, []string{fitted})
		if !maps.Equal(runs[i].Rank.Weights, forward.Rank.Weights) {
			t.Errorf("run %d: fitting %s alone and the forward step gave different weights", i, fitted)
		}
	}
	if forward.Rank.Weights[fitted] == 0 {
		t.Errorf("rank %s: got no weight, want one", fitted)
	}
	lacksBoth := without(fitted, other)
	m := extend(lacksBoth, []string{fitted})
	for n, v := range m.Rank.Weights {
		switch {
		case of(n, other):
			t.Errorf("rank %s: got %v, want no weight for %s (not named by -only)", n, v, other)
		case !of(n, fitted) && lacksBoth.Rank.Weights[n] != v:
			t.Errorf("rank %s: got %v, want the base's %v", n, v, lacksBoth.Rank.Weights[n])
		}
	}
	if m.Rank.Weights[fitted] == 0 {
		t.Errorf("rank %s from a model lacking %s too: got no weight, want one", fitted, other)
	}
	// With -only-shared, the shared weight alone, the class weights of the
	// full model dropped.
	shared, _, _, err := extendSpan(context.Background(), full, c, o.l2, o.minCount, false, nil, []string{fitted}, true)
	if err != nil {
		t.Fatal(err)
	}
	for n, v := range shared.Rank.Weights {
		switch {
		case of(n, fitted) && n != fitted:
			t.Errorf("rank %s with -only-shared: got %v, want no class weight", n, v)
		case !of(n, fitted) && full.Rank.Weights[n] != v:
			t.Errorf("rank %s with -only-shared: got %v, want the full model's %v", n, v, full.Rank.Weights[n])
		}
	}
	if shared.Rank.Weights[fitted] == 0 {
		t.Errorf("rank %s with -only-shared: got no weight, want one", fitted)
	}
	if again := extend(full, []string{fitted}); !maps.Equal(again.Rank.Weights, forward.Rank.Weights) {
		t.Errorf("fitting %s again from the full model and from the model without it gave different weights", fitted)
	}
	if _, _, _, err := extendSpan(context.Background(), full, c, o.l2, o.minCount, false, nil, []string{"no-such-feature"}, false); err == nil {
		t.Errorf("-only of no dense feature: got no error, want one")
	}
}

// TestSpanLabels checks that a span list's labels judge the text the
// answer shows for a candidate: the count "5", shown as "5 working days",
// is the right one, not "5 working", which is nearer to the gold by its
// own words; -label bare and either keep the older labels.
func TestSpanLabels(t *testing.T) {
	cands := []qa.SpanCandidate{
		{Text: "5", Shown: "5 working days"},
		{Text: "5 working", Shown: "5 working"},
		{Text: "refunds", Shown: "refunds"},
	}
	golds := []string{"5 working days"}
	for _, c := range []struct {
		by        spanLabelText
		want      []bool
		wantTexts []string
		wantExact bool
	}{
		{labelShown, []bool{true, false, false}, []string{"5 working days", "5 working", "refunds"}, true},
		{labelBare, []bool{false, true, false}, []string{"5", "5 working", "refunds"}, false},
		{labelEither, []bool{true, true, false}, []string{"5 working days", "5 working", "refunds"}, true},
	} {
		got, texts, exact := spanLabels(cands, golds, c.by)
		if !slices.Equal(got, c.want) || !slices.Equal(texts, c.wantTexts) || exact != c.wantExact {
			t.Errorf("-label %s: got %v %q exact %v, want %v %q exact %v", spanLabelTexts[c.by], got, texts, exact, c.want, c.wantTexts, c.wantExact)
		}
	}
}
