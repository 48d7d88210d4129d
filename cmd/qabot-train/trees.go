package main

import (
	"math"
	"slices"

	"github.com/qabot/qabot/qa"
)

// Boosted trees on top of the linear models. The linear score (the
// ranker's, or the confidence model's log-odds) is the starting point;
// each round fits a small regression tree to the gradient of the loss
// (Newton steps: a leaf's value is -ΣG / (ΣH + λ)), so the trees learn the
// interactions a weighted sum cannot ("a date near the question's words
// matters for when-questions"). The ranker's loss is the listwise softmax
// over each question's candidates, the confidence model's the logistic
// loss of each question's winner. Splits are found on histograms of each
// feature over at most maxBins quantile bins, computed once; the same data
// gives the same trees.

const (
	maxBins     = 64
	treeLambda  = 1.0  // L2 on leaf values
	minLeafHess = 20.0 // the least hessian weight a leaf may hold
)

// boostOptions are the shape of the ensemble.
type boostOptions struct {
	trees int
	depth int
	rate  float64
}

// treeData is the training rows of the trees, binned.
type treeData struct {
	nf    int
	rows  int
	names []string    // the features' names, for export
	bins  [][]uint8   // per feature, per row
	cuts  [][]float32 // per feature: the upper bound of each bin but the last
	// lists are the rows of each question (listwise loss), nil for the
	// logistic loss, where each row is its own.
	lists [][2]int
	// target is, per row, its share of the list's right rows (listwise)
	// or 1 for right and 0 for wrong (logistic); weight is per list or
	// per row, normalised to a mean of 1.
	target []float64
	weight []float64
	base   []float64 // per row: the linear score
}

// newTreeData bins the rankable training examples' rows; linear is the
// linear ranker's score of a candidate's features x for question features
// q (rankScorer).
func newTreeData(exs []example, nf, nq int, linear func(x, q []float32) float64) *treeData {
	td := &treeData{nf: nf, names: qa.FeatureNames()}
	var xs []float32
	for _, e := range exs {
		if !rankable(e) {
			continue
		}
		lo := td.rows
		npos := 0
		for i := range e.n {
			if e.label[i] == 1 {
				npos++
			}
		}
		for i := range e.n {
			if e.label[i] < 0 {
				continue
			}
			x := e.feats[i*nf : (i+1)*nf]
			xs = append(xs, x...)
			t := 0.0
			if e.label[i] == 1 {
				t = 1 / float64(npos)
			}
			td.target = append(td.target, t)
			td.base = append(td.base, linear(x, e.qfeats[i*nq:(i+1)*nq]))
			td.rows++
		}
		td.lists = append(td.lists, [2]int{lo, td.rows})
		td.weight = append(td.weight, e.weight)
	}
	td.finish(xs)
	return td
}

// newLogisticTreeData bins the confidence model's training rows: inputs
// xs named by names, whether each is right, its weight, and the linear
// model's log-odds.
func newLogisticTreeData(xs [][]float64, ys []bool, ws, base []float64, names []string) *treeData {
	td := &treeData{nf: len(names), rows: len(xs), names: names, base: base, weight: slices.Clone(ws)}
	flat := make([]float32, 0, len(xs)*len(names))
	for i, x := range xs {
		for _, v := range x {
			flat = append(flat, float32(v))
		}
		td.target = append(td.target, b2f(ys[i]))
	}
	td.finish(flat)
	return td
}

// finish scales the weights to a mean of 1 and cuts each feature of the
// rows xs (row-major) into quantile bins.
func (td *treeData) finish(xs []float32) {
	total := 0.0
	for _, w := range td.weight {
		total += w
	}
	for i, w := range td.weight {
		td.weight[i] = w * float64(len(td.weight)) / total
	}
	nf := td.nf
	td.bins = make([][]uint8, nf)
	td.cuts = make([][]float32, nf)
	for j := range nf {
		col := make([]float32, td.rows)
		for r := range td.rows {
			col[r] = xs[r*nf+j]
		}
		sorted := slices.Clone(col)
		slices.Sort(sorted)
		var cuts []float32
		for b := 1; b < maxBins; b++ {
			c := sorted[b*len(sorted)/maxBins]
			if len(cuts) == 0 || c > cuts[len(cuts)-1] {
				cuts = append(cuts, c)
			}
		}
		// A value v falls in the first bin whose cut is >= v.
		td.cuts[j] = cuts
		td.bins[j] = make([]uint8, td.rows)
		for r, v := range col {
			b, _ := slices.BinarySearch(cuts, v)
			td.bins[j][r] = uint8(b)
		}
	}
}

// gradients sets g and h to the loss's gradient and hessian at score.
func (td *treeData) gradients(score, g, h []float64) {
	if td.lists == nil {
		for r := range td.rows {
			p := 1 / (1 + math.Exp(-score[r]))
			g[r] = td.weight[r] * (p - td.target[r])
			h[r] = td.weight[r] * max(p*(1-p), 1e-6)
		}
		return
	}
	for li, l := range td.lists {
		m := math.Inf(-1)
		for r := l[0]; r < l[1]; r++ {
			m = max(m, score[r])
		}
		sum := 0.0
		for r := l[0]; r < l[1]; r++ {
			sum += math.Exp(score[r] - m)
		}
		w := td.weight[li]
		for r := l[0]; r < l[1]; r++ {
			p := math.Exp(score[r]-m) / sum
			g[r] = w * (p - td.target[r])
			h[r] = w * max(p*(1-p), 1e-6)
		}
	}
}

// boost fits the trees.
func boost(td *treeData, o boostOptions) []qa.Tree {
	score := slices.Clone(td.base)
	g := make([]float64, td.rows)
	h := make([]float64, td.rows)
	var trees []qa.Tree
	for range o.trees {
		td.gradients(score, g, h)
		t := td.growTree(g, h, o)
		for r := range td.rows {
			score[r] += t.value(td, r)
		}
		trees = append(trees, t.export(td))
	}
	return trees
}

// tree is a tree being grown: nodes in breadth-first order.
type tree struct {
	nodes []treeNode
}

type treeNode struct {
	feature int // -1 for a leaf
	bin     uint8
	left    int // the right child is left+1
	value   float64
}

// value is the tree's output for row r.
func (t *tree) value(td *treeData, r int) float64 {
	n := 0
	for t.nodes[n].feature >= 0 {
		nd := &t.nodes[n]
		if td.bins[nd.feature][r] <= nd.bin {
			n = nd.left
		} else {
			n = nd.left + 1
		}
	}
	return t.nodes[n].value
}

// growTree fits one tree to gradients g and hessians h, level by level.
func (td *treeData) growTree(g, h []float64, o boostOptions) *tree {
	t := &tree{nodes: []treeNode{{feature: -1}}}
	node := make([]int32, td.rows) // the node each row is in
	level := []int{0}
	for depth := 0; depth <= o.depth; depth++ {
		// Gradient sums per node.
		type sums struct{ g, h float64 }
		tot := make(map[int]sums, len(level))
		for r := range td.rows {
			s := tot[int(node[r])]
			s.g += g[r]
			s.h += h[r]
			tot[int(node[r])] = s
		}
		var next []int
		for _, n := range level {
			s := tot[n]
			leaf := -s.g / (s.h + treeLambda) * o.rate
			if depth == o.depth || s.h < 2*minLeafHess {
				t.nodes[n].value = leaf
				continue
			}
			f, b, gain := td.bestSplit(n, node, g, h, s.g, s.h)
			if f < 0 || gain <= 1e-9 {
				t.nodes[n].value = leaf
				continue
			}
			left := len(t.nodes)
			t.nodes[n] = treeNode{feature: f, bin: b, left: left}
			t.nodes = append(t.nodes, treeNode{feature: -1}, treeNode{feature: -1})
			next = append(next, left, left+1)
		}
		if len(next) == 0 {
			break
		}
		for r := range td.rows {
			nd := &t.nodes[node[r]]
			if nd.feature < 0 {
				continue
			}
			if td.bins[nd.feature][r] <= nd.bin {
				node[r] = int32(nd.left)
			} else {
				node[r] = int32(nd.left + 1)
			}
		}
		level = next
	}
	return t
}

// bestSplit finds the split of node n with the largest gain.
func (td *treeData) bestSplit(n int, node []int32, g, h []float64, G, H float64) (feature int, bin uint8, gain float64) {
	feature = -1
	parent := G * G / (H + treeLambda)
	var hg, hh [maxBins]float64
	for f := range td.nf {
		clear(hg[:])
		clear(hh[:])
		col := td.bins[f]
		for r := range td.rows {
			if int(node[r]) == n {
				hg[col[r]] += g[r]
				hh[col[r]] += h[r]
			}
		}
		var gl, hl float64
		for b := 0; b < len(td.cuts[f]); b++ {
			gl += hg[b]
			hl += hh[b]
			gr, hr := G-gl, H-hl
			if hl < minLeafHess || hr < minLeafHess {
				continue
			}
			if v := gl*gl/(hl+treeLambda) + gr*gr/(hr+treeLambda) - parent; v > gain {
				feature, bin, gain = f, uint8(b), v
			}
		}
	}
	return feature, bin, gain
}

// export turns a grown tree into the engine's form: splits on raw feature
// values (x <= the bin's cut goes left).
func (t *tree) export(td *treeData) qa.Tree {
	out := qa.Tree{Nodes: make([]qa.TreeNode, len(t.nodes))}
	for i, nd := range t.nodes {
		if nd.feature < 0 {
			out.Nodes[i] = qa.TreeNode{Value: round(nd.value)}
			continue
		}
		out.Nodes[i] = qa.TreeNode{Feature: td.names[nd.feature], Threshold: float64(td.cuts[nd.feature][nd.bin]), Left: nd.left}
	}
	return out
}
