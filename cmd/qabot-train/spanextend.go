package main

import (
	"context"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/qabot/qabot/qa"
	"github.com/qabot/qabot/qa/eval"
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
// (fitSpanExtension), then, on the calibration lists ranked by the
// extended ranker, the confidence's. Every weight base has, and both
// biases, are kept. added names the weights fitted.
func extendSpan(ctx context.Context, base *qa.SpanModel, c *spanCollector, l2 float64, minCount int) (m *qa.SpanModel, added []string, err error) {
	free := spanNewFeatures(base, c.names, c.nd)
	fixed := make([]float64, len(c.names))
	for k, n := range c.names {
		fixed[k] = base.Rank.Weights[n]
	}
	m = &qa.SpanModel{About: base.About, Rank: qa.Linear{Bias: base.Rank.Bias, Weights: maps.Clone(base.Rank.Weights)},
		Confidence: qa.Linear{Bias: base.Confidence.Bias, Weights: maps.Clone(base.Confidence.Weights)}}
	if slices.Contains(free, true) {
		w, err := fitSpanExtension(ctx, c.examples, c.nd, fixed, free, l2, minCount)
		if err != nil {
			return nil, nil, fmt.Errorf("span ranker: %w", err)
		}
		for k, n := range c.names {
			if !free[k] {
				continue
			}
			if v := roundWeight(w[k]); v != 0 {
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
	if len(confFree) > 0 {
		var xs [][]float64
		var ys []bool
		var ws []float64
		for _, e := range c.examples {
			if !e.calib || e.n == 0 {
				continue
			}
			scores := spanScores(e, fixed, c.nd, c.na)
			xs = append(xs, confidenceInputs(e, scores, c.nd))
			ys = append(ys, eval.SpanRight(e.texts[argmax(scores)], e.golds))
			ws = append(ws, e.weight)
		}
		cw, err := fitLogisticExtension(ctx, xs, ys, ws, base.Confidence.Bias, conf, confFree, l2)
		if err != nil {
			return nil, nil, fmt.Errorf("span confidence: %w", err)
		}
		for k, j := range confFree {
			m.Confidence.Weights[confNames[j]] = round(cw[k])
			added = append(added, "confidence "+confNames[j])
		}
	}
	if len(added) == 0 {
		return nil, nil, fmt.Errorf("the span model has a weight for every feature and confidence input: nothing to extend")
	}
	return m, added, nil
}

// fitSpanExtension fits the span weights marked free (over all dim
// features, as fitSpanRanker) by the ranker's listwise loss on the
// training lists, each candidate's score being its score by the raw
// weights fixed plus the free weights times its features, standardised
// for the dense ones and their class-dense weights as fitSpanRanker does.
// A free indicator on in fewer than minCount training lists, and the free
// class-dense weights of a class with fewer lists, stay 0. It returns raw
// weights over all dim features, 0 for those not free.
func fitSpanExtension(ctx context.Context, all []spanExample, nd int, fixed []float64, free []bool, l2 float64, minCount int) ([]float64, error) {
	exs := rankerLists(all)
	if len(exs) == 0 {
		return nil, fmt.Errorf("no training list has a right candidate")
	}
	dim := len(fixed)
	na := len(exs[0].active) / exs[0].n
	counts := make([]int, dim)
	classes := make([]int, len(qa.QuestionClassNames()))
	for _, e := range exs {
		classes[e.class]++
		seen := map[int32]bool{}
		for _, k := range e.active {
			if !seen[k] {
				seen[k] = true
				counts[k]++
			}
		}
	}
	// The free weights get a place among the fitted ones: the free dense
	// features (dense lists them, and at[j] is where feature j stands in
	// dense), the indicators seen often enough, and per class the
	// class-dense weights of free dense features.
	place := make([]int, dim)
	for k := range place {
		place[k] = -1
	}
	kept := 0
	var dense []int
	at := make([]int, nd)
	for j := range nd {
		at[j] = -1
		if free[j] {
			at[j], place[j] = len(dense), kept
			dense = append(dense, j)
			kept++
		}
	}
	for k := nd; k < qa.SpanClassOffset(0); k++ {
		if free[k] && counts[k] >= minCount {
			place[k] = kept
			kept++
		}
	}
	crossed := qa.SpanClassFeatures()
	type cross struct{ p, d int } // a class weight's place, its feature's place in dense
	byClass := make([][]cross, len(classes))
	for c, n := range classes {
		for k, j := range crossed {
			if i := qa.SpanClassOffset(c) + k; free[i] && n >= minCount && at[j] >= 0 {
				place[i] = kept
				byClass[c] = append(byClass[c], cross{kept, at[j]})
				kept++
			}
		}
	}
	if kept == 0 {
		return nil, fmt.Errorf("no free span feature is on in %d training lists", minCount)
	}
	sc := fitScaler(nd, func(yield func(x []float32, w float64)) {
		for _, e := range exs {
			for i := range e.n {
				yield(e.dense[i*nd:(i+1)*nd], 1)
			}
		}
	})
	// The fixed part of every score, once.
	base := make([][]float64, len(exs))
	for i, e := range exs {
		base[i] = spanScores(e, fixed, nd, na)
	}
	parts := shards(len(exs))
	total := 0.0
	for _, e := range exs {
		total += e.weight
	}
	nf := len(dense)
	part := func(s int, w, grad []float64) float64 {
		loss := 0.0
		var scores, zs []float64
		for i := parts[s][0]; i < parts[s][1]; i++ {
			e := exs[i]
			cs := byClass[e.class]
			scores, zs = scores[:0], zs[:0]
			for r := range e.n {
				v := base[i][r]
				for d, j := range dense {
					z := (float64(e.dense[r*nd+j]) - sc.mean[j]) / sc.std[j]
					zs = append(zs, z)
					v += w[d] * z
				}
				for _, c := range cs {
					v += w[c.p] * zs[r*nf+c.d]
				}
				for _, k := range e.active[r*na : (r+1)*na] {
					if p := place[k]; p >= 0 {
						v += w[p]
					}
				}
				scores = append(scores, v)
			}
			k := e.weight / total
			loss += k * listLoss(scores, e.label, func(r int, g float64) {
				for d := range nf {
					grad[d] += k * g * zs[r*nf+d]
				}
				for _, c := range cs {
					grad[c.p] += k * g * zs[r*nf+c.d]
				}
				for _, a := range e.active[r*na : (r+1)*na] {
					if p := place[a]; p >= 0 {
						grad[p] += k * g
					}
				}
			})
		}
		return loss
	}
	w, err := minimize(ctx, kept, len(parts), part, l2)
	if err != nil {
		return nil, err
	}
	out := make([]float64, dim)
	for k := range dim {
		p := place[k]
		switch {
		case p < 0:
		case k < nd:
			out[k] = w[p] / sc.std[k]
		case k >= qa.SpanClassOffset(0):
			out[k] = w[p] / sc.std[crossed[(k-qa.SpanClassOffset(0))%len(crossed)]]
		default:
			out[k] = w[p]
		}
	}
	return out, nil
}

// fitLogisticExtension fits the logistic weights at free (indexes of
// the inputs), with bias and the other weights of w fixed, on the rows xs
// with outcomes ys and weights ws, the free inputs scaled. It
// returns the raw weights, in the order of free.
func fitLogisticExtension(ctx context.Context, xs [][]float64, ys []bool, ws []float64, bias float64, w []float64, free []int, l2 float64) ([]float64, error) {
	if len(xs) == 0 {
		return nil, fmt.Errorf("no rows to fit")
	}
	sc := fitScaler(len(free), func(yield func([]float32, float64)) {
		row := make([]float32, len(free))
		for i, x := range xs {
			for k, j := range free {
				row[k] = float32(x[j])
			}
			yield(row, ws[i])
		}
	})
	isFree := map[int]bool{}
	for _, j := range free {
		isFree[j] = true
	}
	base := make([]float64, len(xs))
	for i, x := range xs {
		base[i] = bias
		for j, v := range x {
			if !isFree[j] {
				base[i] += w[j] * v
			}
		}
	}
	total := 0.0
	for _, v := range ws {
		total += v
	}
	parts := shards(len(xs))
	part := func(s int, fw, grad []float64) float64 {
		loss := 0.0
		z := make([]float64, len(free))
		for i := parts[s][0]; i < parts[s][1]; i++ {
			t := base[i]
			for k, j := range free {
				z[k] = xs[i][j] / sc.std[k]
				t += fw[k] * z[k]
			}
			l, g := logisticTerm(t, ys[i], ws[i]/total)
			loss += l
			for d, v := range z {
				grad[d] += g * v
			}
		}
		return loss
	}
	fw, err := minimize(ctx, len(free), len(parts), part, l2)
	if err != nil {
		return nil, err
	}
	// The free inputs are scaled by their deviation but not shifted by
	// their mean, which would move the fixed bias.
	raw := make([]float64, len(free))
	for k := range free {
		raw[k] = fw[k] / sc.std[k]
	}
	return raw, nil
}

// extendSpanFile reads the span model in file and extends it (extendSpan)
// on the lists of o, noting the step in its About.
func extendSpanFile(ctx context.Context, o spanOptions, file string, logf func(string, ...any)) (*qa.SpanModel, *spanCollector, error) {
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
	m, added, err := extendSpan(ctx, base, c, o.l2, o.minCount)
	if err != nil {
		return nil, nil, err
	}
	logf("span model extended with %d weights", len(added))
	m.About += fmt.Sprintf("; extended with weights for %s, fitted with the other weights fixed (qabot-train span --extend)", strings.Join(spanAddedFeatures(added), ", "))
	return m, c, nil
}

// spanAddedFeatures names the features of the weights added (as
// extendSpan lists them) once each, without their class-dense copies.
func spanAddedFeatures(added []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range added {
		if strings.HasPrefix(n, "class-dense:") {
			continue
		}
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}
