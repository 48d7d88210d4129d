package main

import (
	"context"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/qabot/qabot/qa"
)

// The span model's forward step (qabot-train span --extend FILE): the
// weights of the span features and confidence inputs a committed span
// model lacks are fitted on the span lists with every weight it has kept
// as it is, so that new features join the model without a full retrain,
// which moves all 16,000 weights and with them answers nothing asked for.

// spanNewFeatures reports, for each of names (qa.SpanFeatureNames), whether
// the span model base lacks it: a dense feature base has no weight for,
// the class-dense weights of such a feature ("class-dense:who|ends-verb"),
// and the indicators of a family none of whose indicators base weighs.
// Base's file leaves out the weights that are 0, so an indicator or a
// class weight of a feature it has is never new: the trainer left it at 0
// (too rare, or a class with too few lists), and so does the step.
func spanNewFeatures(base *qa.SpanModel, names []string, nd int) []bool {
	family := func(n string) string {
		f, _, _ := strings.Cut(n, ":")
		return f
	}
	known := map[string]bool{}
	for n := range base.Rank.Weights {
		known[family(n)] = true
	}
	newDense := map[string]bool{}
	out := make([]bool, len(names))
	for k, n := range names {
		_, has := base.Rank.Weights[n]
		switch {
		case k < nd:
			out[k] = !has
			if !has {
				newDense[n] = true
			}
		case strings.HasPrefix(n, "class-dense:"):
			_, dense, _ := strings.Cut(n, "|")
			out[k] = newDense[dense]
		default:
			out[k] = !has && !known[family(n)]
		}
	}
	return out
}

// extendSpan returns base with weights for the span features and
// confidence inputs it lacks (spanNewFeatures; confidence inputs it has
// no weight for), fitted on the lists of c, each part by its own loss with
// base's weights fixed: the ranker's on the training lists
// (fitSpanWeights), then, on the calibration lists ranked by the
// extended ranker, the confidence's (fitLogisticFree). Every weight base has, and both
// biases, are kept, unless refitConfidence is set: then every confidence
// weight and the confidence's bias are fitted again on those lists, as the
// full trainer fits them, since features added to the ranker since the
// confidence was fitted change which candidates win and how sure the ranker
// is of them. added names the weights fitted.
//
// A question class split from another (qa.QuestionClassParent) that base
// has no weight of starts from the own weights of the class it was split
// from (splitSpanClasses): split names those classes, and with no other
// weight fitted the model answers as base did.
//
// With only set (qabot-train span --extend FILE --only FEATURES), the
// ranker's free weights are instead those of the dense features only
// names, the shared weight and every class's own ("class-dense:key|NAME"),
// fitted afresh with every other weight of base fixed, whether base has
// weights for them or not; the weights of other features base lacks stay
// 0, so that one feature's weights are fitted again alone, the rest of the
// model as it is (onlySpanWeights). With onlyShared too, only their shared
// weights are fitted and their class weights left at 0: one weight for a
// feature on in too few lists of each class to weigh it by class.
func extendSpan(ctx context.Context, base *qa.SpanModel, c *spanCollector, l2 float64, minCount int, refitConfidence bool, refitClasses, only []string, onlyShared bool) (m *qa.SpanModel, added, split []string, err error) {
	base, split = splitSpanClasses(base)
	free := spanNewFeatures(base, c.names, c.nd)
	if len(only) > 0 {
		if free, err = onlySpanWeights(c.names, c.nd, only, onlyShared); err != nil {
			return nil, nil, nil, err
		}
	}
	fixed := make([]float64, len(c.names))
	refit := make([]bool, len(c.names))
	m = cloneSpanModel(base)
	for k, n := range c.names {
		fixed[k] = base.Rank.Weights[n]
		if len(only) > 0 && (free[k] || onlyShared && spanWeightOf(n, c.nd, c.names, only)) {
			// Fitted afresh (or, a class weight with onlyShared, left
			// at 0): the weight base has is no part of the fit.
			fixed[k] = 0
			delete(m.Rank.Weights, n)
		}
		if slices.Contains(refitClasses, spanWeightClass(n)) {
			// A refitted class's own weights move from where they are by
			// what the lists of today add, with every other weight fixed:
			// the fit's free part is that move, and its penalty keeps the
			// weights near the committed ones where the lists say little.
			free[k], refit[k] = true, true
		}
	}
	if slices.Contains(free, true) {
		w, err := fitSpanWeights(ctx, c.examples, c.nd, fixed, free, l2, minCount)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("span ranker: %w", err)
		}
		for k, n := range c.names {
			if !free[k] {
				continue
			}
			v := roundWeight(w[k])
			if refit[k] {
				v = roundWeight(fixed[k] + w[k])
				delete(m.Rank.Weights, n)
			}
			if v != 0 {
				m.Rank.Weights[n] = v
				fixed[k] = v
				added = append(added, n)
			}
		}
	}
	confNames := qa.SpanConfidenceNames()
	var confFree []int
	conf := make([]float64, len(confNames))
	for j, n := range confNames {
		v, ok := base.Confidence.Weights[n]
		conf[j] = v
		if !ok {
			confFree = append(confFree, j)
		}
	}
	if refitConfidence {
		xs, ys, ws := c.calibRows(fixed)
		cw, bias, err := fitLogistic(ctx, xs, ys, ws, l2)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("span confidence: %w", err)
		}
		m.Confidence = qa.Linear{Bias: round(bias), Weights: named(confNames, cw)}
		added = append(added, "confidence")
	} else if len(confFree) > 0 {
		xs, ys, ws := c.calibRows(fixed)
		cw, _, err := fitLogisticFree(ctx, xs, ys, ws, conf, base.Confidence.Bias, confFree, false, l2)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("span confidence: %w", err)
		}
		for k, j := range confFree {
			m.Confidence.Weights[confNames[j]] = round(cw[k])
			added = append(added, "confidence "+confNames[j])
		}
	}
	if len(added) == 0 && len(split) == 0 {
		return nil, nil, nil, fmt.Errorf("the span model has a weight for every feature and confidence input: nothing to extend")
	}
	return m, added, split, nil
}

// onlySpanWeights reports, for each of names (qa.SpanFeatureNames, the
// first nd dense), whether it is a weight of one of the dense features
// only names: the feature's shared weight or, unless shared, a class's
// own ("class-dense:who|NAME"). A name of only that is no dense feature is
// an error.
func onlySpanWeights(names []string, nd int, only []string, shared bool) ([]bool, error) {
	for _, o := range only {
		if !slices.Contains(names[:nd], o) {
			return nil, fmt.Errorf("-only: no dense span feature %q", o)
		}
	}
	out := make([]bool, len(names))
	for k, n := range names {
		out[k] = spanWeightOf(n, nd, names, only) && (k < nd || !shared)
	}
	return out, nil
}

// spanWeightOf reports whether the span weight named n is one of a dense
// feature of only (names' first nd are the dense features): its shared
// weight or a class's own ("class-dense:who|NAME").
func spanWeightOf(n string, nd int, names, only []string) bool {
	if slices.Contains(names[:nd], n) {
		return slices.Contains(only, n)
	}
	if rest, ok := strings.CutPrefix(n, "class-dense:"); ok {
		_, dense, _ := strings.Cut(rest, "|")
		return slices.Contains(only, dense)
	}
	return false
}

// splitSpanClasses returns base with weights for each question class
// split from another (qa.QuestionClassParent) that base has no weight of,
// rank or confidence: a copy of every own weight of the class it was split
// from ("class-kind:key-number|money" gives "class-kind:polar-number|money",
// "class:key-number" "class:polar-number"), so that its questions are
// answered as before until its weights or its parent's are fitted again.
// split names the classes given weights so; base itself is not changed.
func splitSpanClasses(base *qa.SpanModel) (m *qa.SpanModel, split []string) {
	has := map[string]bool{}
	for n := range base.Rank.Weights {
		has[spanWeightClass(n)] = true
	}
	for n := range base.Confidence.Weights {
		if c, ok := strings.CutPrefix(n, "class:"); ok {
			has[c] = true
		}
	}
	m = base
	for _, class := range qa.QuestionClassNames() {
		parent := qa.QuestionClassParent(class)
		if parent == "" || has[class] {
			continue
		}
		if len(split) == 0 {
			m = cloneSpanModel(base)
		}
		split = append(split, class)
		for n, v := range base.Rank.Weights {
			if spanWeightClass(n) == parent {
				family, rest, _ := strings.Cut(n, ":")
				_, col, _ := strings.Cut(rest, "|")
				m.Rank.Weights[family+":"+class+"|"+col] = v
			}
		}
		if v, ok := base.Confidence.Weights["class:"+parent]; ok {
			m.Confidence.Weights["class:"+class] = v
		}
	}
	return m, split
}

// cloneSpanModel returns a copy of m whose weights can be changed without
// changing m's.
func cloneSpanModel(m *qa.SpanModel) *qa.SpanModel {
	return &qa.SpanModel{About: m.About, Rank: qa.Linear{Bias: m.Rank.Bias, Weights: maps.Clone(m.Rank.Weights)},
		Confidence: qa.Linear{Bias: m.Confidence.Bias, Weights: maps.Clone(m.Confidence.Weights)},
		Lead:       qa.Linear{Bias: m.Lead.Bias, Weights: maps.Clone(m.Lead.Weights)}}
}

// spanWeightClass returns the question class (qa.QuestionClass) whose own
// weight the span feature named n is, "class-kind:key-date|date" or
// "class-dense:who|left-3", or "" for a weight of every class.
func spanWeightClass(n string) string {
	family, rest, ok := strings.Cut(n, ":")
	if !ok || !strings.HasPrefix(family, "class-") {
		return ""
	}
	class, _, ok := strings.Cut(rest, "|")
	if !ok {
		return ""
	}
	return class
}

// extendSpanFile reads the span model in file and extends it (extendSpan)
// on the lists of o, noting the step in its About.
func extendSpanFile(ctx context.Context, o spanOptions, file string, refitConfidence bool, refitClasses, only []string, onlyShared bool, logf func(string, ...any)) (*qa.SpanModel, *spanCollector, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	base, err := qa.ParseSpanModel(data)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	c, err := collectSpans(ctx, o, logf)
	if err != nil {
		return nil, nil, err
	}
	m, added, split, err := extendSpan(ctx, base, c, o.l2, o.minCount, refitConfidence, refitClasses, only, onlyShared)
	if err != nil {
		return nil, nil, err
	}
	logf("span model extended with %d weights", len(added))
	for _, class := range split {
		m.About += fmt.Sprintf("; the question class %s given the own weights of %s, the class it was split from, to start from (qabot-train span --extend)", class, qa.QuestionClassParent(class))
	}
	if names := spanAddedFeatures(slices.DeleteFunc(added, func(n string) bool { return n == "confidence" }), refitClasses); len(names) > 0 && len(only) == 0 {
		m.About += fmt.Sprintf("; extended with weights for %s, fitted with the other weights fixed (qabot-train span --extend)", strings.Join(names, ", "))
	}
	if len(only) > 0 {
		what, flag := "the weights", ""
		if onlyShared {
			what, flag = "the shared weights (no class's own)", " --only-shared"
		}
		m.About += fmt.Sprintf("; %s of %s fitted afresh with every other weight fixed (qabot-train span --extend --only%s)", what, strings.Join(only, ", "), flag)
	}
	if len(refitClasses) > 0 {
		m.About += fmt.Sprintf("; the own weights of the question classes %s fitted again with every other weight fixed (qabot-train span --extend --refit-classes)", strings.Join(refitClasses, ", "))
	}
	if refitConfidence {
		m.About += "; its confidence fitted again on the calibration lists ranked by that ranker (qabot-train span --extend --refit-confidence)"
	}
	return m, c, nil
}

// spanAddedFeatures names the features of the weights added (as
// extendSpan lists them) once each, without their class-dense copies and
// without the own weights of the question classes refitted (refitted,
// not added: the model's about line names those classes apart).
func spanAddedFeatures(added, refitted []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range added {
		if strings.HasPrefix(n, "class-dense:") || slices.Contains(refitted, spanWeightClass(n)) {
			continue
		}
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}
