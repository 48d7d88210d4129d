package main

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"

	"gonum.org/v1/gonum/optimize"
)

// Fitting. Both models are fitted by L-BFGS (gonum/optimize) on features
// standardised to mean 0 and variance 1 over the training rows, with an L2
// penalty; the weights are then mapped back to the raw features, so the
// engine reads raw values. The objective and gradient are summed over fixed
// shards in a fixed order, so the same data gives the same weights on any
// machine and any number of cores.

// scaler standardises features.
type scaler struct {
	mean, std []float64
}

// fitScaler computes the mean and deviation of each column over rows.
func fitScaler(dim int, rows func(yield func(x []float32, w float64))) scaler {
	s := scaler{mean: make([]float64, dim), std: make([]float64, dim)}
	sum2 := make([]float64, dim)
	n := 0.0
	rows(func(x []float32, w float64) {
		for i, v := range x {
			s.mean[i] += w * float64(v)
			sum2[i] += w * float64(v) * float64(v)
		}
		n += w
	})
	for i := range s.mean {
		if n > 0 {
			s.mean[i] /= n
			s.std[i] = math.Sqrt(max(sum2[i]/n-s.mean[i]*s.mean[i], 0))
		}
		if s.std[i] < 1e-9 {
			s.std[i] = 1 // a constant column: its weight stays 0 under L2
		}
	}
	return s
}

// raw maps weights over standardised features back to the raw features:
// w·(x-μ)/σ + b = (w/σ)·x + (b - Σ w μ/σ).
func (s scaler) raw(w []float64, bias float64) ([]float64, float64) {
	out := make([]float64, len(w))
	for i := range w {
		out[i] = w[i] / s.std[i]
		bias -= w[i] * s.mean[i] / s.std[i]
	}
	return out, bias
}

// shards splits n items into fixed contiguous ranges.
func shards(n int) [][2]int {
	const per = 2048
	var out [][2]int
	for lo := 0; lo < n; lo += per {
		out = append(out, [2]int{lo, min(lo+per, n)})
	}
	return out
}

// listLoss is the listwise softmax loss of one list, -log(Σ_right exp(s)) +
// log(Σ_all exp(s)), and calls grad with each candidate's gradient of it.
func listLoss(scores []float64, right []bool, grad func(i int, g float64)) float64 {
	m := slices.Max(scores)
	var all, pos float64
	for i, v := range scores {
		ex := math.Exp(v - m)
		all += ex
		if right[i] {
			pos += ex
		}
	}
	for i, v := range scores {
		ex := math.Exp(v - m)
		g := ex / all
		if right[i] {
			g -= ex / pos
		}
		grad(i, g)
	}
	return math.Log(all) - math.Log(pos)
}

// minimize runs L-BFGS on f, whose value and gradient are sums over
// shards computed in parallel and added in shard order, plus the L2
// penalty l2/2 × |x − centre|². It starts from centre; a nil centre is 0,
// the plain penalty towards 0.
//
// It stops when ctx is done (a SIGINT or SIGTERM), with ctx's error: an
// interrupted run writes nothing.
func minimize(ctx context.Context, dim int, nshards int, part func(shard int, x, grad []float64) float64, l2 float64, centre []float64) ([]float64, error) {
	if centre == nil {
		centre = make([]float64, dim)
	}
	eval := func(x, grad []float64) float64 {
		vals := make([]float64, nshards)
		grads := make([][]float64, nshards)
		var wg sync.WaitGroup
		sem := make(chan struct{}, runtime.GOMAXPROCS(0))
		for s := range nshards {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				grads[s] = make([]float64, dim)
				vals[s] = part(s, x, grads[s])
			}()
		}
		wg.Wait()
		v := 0.0
		if grad != nil {
			clear(grad)
		}
		for s := range nshards {
			v += vals[s]
			if grad != nil {
				for i := range grad {
					grad[i] += grads[s][i]
				}
			}
		}
		// The L2 penalty, on every weight but the last (a bias, when the
		// caller has one, comes last and is not penalised by convention of
		// the callers here: they pass l2 for weights only).
		for i := range dim {
			d := x[i] - centre[i]
			v += 0.5 * l2 * d * d
			if grad != nil {
				grad[i] += l2 * d
			}
		}
		return v
	}
	p := optimize.Problem{
		Func: func(x []float64) float64 { return eval(x, nil) },
		Grad: func(grad, x []float64) { eval(x, grad) },
	}
	res, err := optimize.Minimize(p, slices.Clone(centre), &optimize.Settings{
		GradientThreshold: 1e-6,
		MajorIterations:   400,
		Converger:         &untilDone{ctx: ctx, FunctionConverge: optimize.FunctionConverge{Absolute: 1e-10, Iterations: 100}},
	}, &optimize.LBFGS{})
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if err != nil && res == nil {
		return nil, err
	}
	return res.X, nil
}

// untilDone converges as gonum's default converger does (the values
// above are its defaults), and ends the minimisation when ctx is done.
type untilDone struct {
	ctx context.Context
	optimize.FunctionConverge
}

func (u *untilDone) Converged(loc *optimize.Location) optimize.Status {
	if u.ctx.Err() != nil {
		return optimize.RuntimeLimit
	}
	return u.FunctionConverge.Converged(loc)
}

// rankRows yields each candidate row of the ranker's training lists.
func rankRows(exs []example, nf int) func(yield func(x []float32, w float64)) {
	return func(yield func(x []float32, w float64)) {
		for _, e := range exs {
			for i := range e.n {
				if e.label[i] >= 0 {
					yield(e.feats[i*nf:(i+1)*nf], 1)
				}
			}
		}
	}
}

// rankableLists returns the examples of all that teach the ranker
// (rankable), or an error when none does.
func rankableLists(all []example) ([]example, error) {
	var exs []example
	for _, e := range all {
		if rankable(e) {
			exs = append(exs, e)
		}
	}
	if len(exs) == 0 {
		return nil, fmt.Errorf("no training list has a right candidate")
	}
	return exs, nil
}

// totalWeight is the sum of the examples' weights.
func totalWeight(exs []example) float64 {
	total := 0.0
	for _, e := range exs {
		total += e.weight
	}
	return total
}

// rankable reports whether an example teaches the ranker: a training
// example with a right sentence among its candidates.
func rankable(e example) bool {
	return !e.val && slices.Contains(e.label, 1)
}

// fitRanker fits the listwise softmax ranker: for each list, the loss is
// -log(Σ_right exp(s)) + log(Σ_all exp(s)), s = w·z + Σ_k u_k (w_k·z) over
// standardised candidate features z, where u_k are the question's wording
// features (at wording in its question features; none when wording is
// empty) and w_k the weights crossed with each. It returns the raw
// weights: nf for the candidate features, then nf for each wording
// feature. A crossed block is centred and scaled as the candidate
// features are, so that it is 0 when its wording feature is, then times
// crossScale, so that the L2 penalty draws it towards the uncrossed
// weights 1/crossScale² times as hard as it draws those towards 0.
//
// prior, when not nil, holds raw weights of the nf candidate features to
// start from (a committed ranker's): the fit starts at them and the L2
// penalty draws the standardised weights towards them rather than towards
// 0, so that a refit on other rows (fewer candidates a list) moves the
// committed weights only as far as the new rows ask.
func fitRanker(ctx context.Context, all []example, nf int, wording []int, l2, crossScale float64, prior []float64) ([]float64, error) {
	exs, err := rankableLists(all)
	if err != nil {
		return nil, err
	}
	sc := fitScaler(nf, rankRows(exs, nf))
	dim := nf * (1 + len(wording))
	parts := shards(len(exs))
	total := totalWeight(exs)
	part := func(s int, w, grad []float64) float64 {
		loss := 0.0
		z := make([]float64, nf)
		u := make([]float64, len(wording))
		scores := make([]float64, 0, 64)
		xs := make([]float64, 0, 64*nf)
		for _, e := range exs[parts[s][0]:parts[s][1]] {
			scores, xs = scores[:0], xs[:0]
			var pos []bool
			for k, at := range wording {
				u[k] = crossScale * float64(e.qfeats[at]) // the same on every row
			}
			for i := range e.n {
				if e.label[i] < 0 {
					continue
				}
				for j, v := range e.feats[i*nf : (i+1)*nf] {
					z[j] = (float64(v) - sc.mean[j]) / sc.std[j]
				}
				xs = append(xs, z...)
				score := dotf(w[:nf], z)
				for k, uk := range u {
					if uk != 0 {
						score += uk * dotf(w[(k+1)*nf:(k+2)*nf], z)
					}
				}
				scores = append(scores, score)
				pos = append(pos, e.label[i] == 1)
			}
			k := e.weight / total
			loss += k * listLoss(scores, pos, func(i int, g float64) {
				row := xs[i*nf : (i+1)*nf]
				for j, v := range row {
					grad[j] += k * g * v
				}
				for b, uk := range u {
					if uk != 0 {
						for j, v := range row {
							grad[(b+1)*nf+j] += k * g * uk * v
						}
					}
				}
			})
		}
		return loss
	}
	var centre []float64
	if prior != nil {
		centre = make([]float64, dim)
		for j, v := range prior {
			centre[j] = v * sc.std[j] // raw to standardised: w/σ·(x−μ)
		}
	}
	w, err := minimize(ctx, dim, len(parts), part, l2, centre)
	if err != nil {
		return nil, err
	}
	// Each block back to raw features; their biases are the same for
	// every candidate of a question, so they do not rank.
	raw := make([]float64, 0, dim)
	for b := 0; b < dim; b += nf {
		r, _ := sc.raw(w[b:b+nf], 0)
		if b > 0 {
			for j := range r {
				r[j] *= crossScale
			}
		}
		raw = append(raw, r...)
	}
	return raw, nil
}

// fitLogistic fits P(y=1|x) = σ(b + w·x) on weighted rows, every weight
// and the bias free (fitLogisticFree). It returns raw weights and bias.
func fitLogistic(ctx context.Context, xs [][]float64, ys []bool, ws []float64, l2 float64) ([]float64, float64, error) {
	var all []int
	if len(xs) > 0 {
		for j := range xs[0] {
			all = append(all, j)
		}
	}
	return fitLogisticFree(ctx, xs, ys, ws, nil, 0, all, true, l2)
}

// fitLogisticFree fits the weights of the inputs at free (indexes into
// each row of xs) of P(y=1|x) = σ(b + w·x) on the rows xs with outcomes
// ys and weights ws, the other weights of w and, unless fitBias, the bias
// b kept as they are (w may be nil when every input is free). The free
// inputs are scaled by their deviation; when the bias is fitted they are
// also centred on their mean, a shift the bias takes up (a fixed bias
// could not). The penalty falls on the free weights and on the bias when
// it is fitted: the bias's share is negligible at the l2 used and keeps
// the code simple. It returns the raw weights, in the order of free, and
// the raw bias (b when it is not fitted).
func fitLogisticFree(ctx context.Context, xs [][]float64, ys []bool, ws []float64, w []float64, b float64, free []int, fitBias bool, l2 float64) ([]float64, float64, error) {
	if len(xs) == 0 {
		return nil, 0, fmt.Errorf("no rows to fit")
	}
	nf := len(free)
	sc := fitScaler(nf, func(yield func([]float32, float64)) {
		row := make([]float32, nf)
		for i, x := range xs {
			for k, j := range free {
				row[k] = float32(x[j])
			}
			yield(row, ws[i])
		}
	})
	dim := nf
	if fitBias {
		dim++
	} else {
		clear(sc.mean)
	}
	isFree := make([]bool, len(xs[0]))
	for _, j := range free {
		isFree[j] = true
	}
	// Each row's fixed log-odds, and its free inputs standardised (and a
	// 1 for the bias when it is fitted).
	base := make([]float64, len(xs))
	zs := make([][]float64, len(xs))
	for i, x := range xs {
		base[i] = b
		for j, v := range x {
			if !isFree[j] {
				base[i] += w[j] * v
			}
		}
		zs[i] = make([]float64, dim)
		for k, j := range free {
			zs[i][k] = (x[j] - sc.mean[k]) / sc.std[k]
		}
		if fitBias {
			zs[i][nf] = 1
		}
	}
	total := 0.0
	for _, v := range ws {
		total += v
	}
	parts := shards(len(xs))
	part := func(s int, fw, grad []float64) float64 {
		loss := 0.0
		for i := parts[s][0]; i < parts[s][1]; i++ {
			t := base[i]
			for k, v := range zs[i] {
				t += fw[k] * v
			}
			l, g := logisticTerm(t, ys[i], ws[i]/total)
			loss += l
			for k, v := range zs[i] {
				grad[k] += g * v
			}
		}
		return loss
	}
	fw, err := minimize(ctx, dim, len(parts), part, l2, nil)
	if err != nil {
		return nil, 0, err
	}
	if fitBias {
		b = fw[nf]
	}
	raw, bias := sc.raw(fw[:nf], b)
	return raw, bias, nil
}

func dotf(w, x []float64) float64 {
	s := 0.0
	for i, v := range x {
		s += w[i] * v
	}
	return s
}

// logisticTerm is one row's share of the weighted log loss of a logistic
// model, the row weighing k, at the score t (the log-odds) with outcome y,
// and the loss's derivative by t.
func logisticTerm(t float64, y bool, k float64) (loss, g float64) {
	p := 1 / (1 + math.Exp(-t))
	if y {
		loss = -k * math.Log(max(p, 1e-300))
	} else {
		loss = -k * math.Log(max(1-p, 1e-300))
	}
	return loss, k * (p - b2f(y))
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// auc is the area under the ROC curve of scores for labels: the chance
// that a random positive scores above a random negative.
func auc(scores []float64, labels []bool) float64 {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(scores[a], scores[b]) })
	var pos, neg, sum float64
	for rank, i := range idx {
		if labels[i] {
			pos++
			sum += float64(rank + 1)
		} else {
			neg++
		}
	}
	if pos == 0 || neg == 0 {
		return 0.5
	}
	return (sum - pos*(pos+1)/2) / (pos * neg)
}
