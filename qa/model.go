package qa

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// The answer model. Two linear models over the features of features.go,
// with weights learned by cmd/qabot-train and committed in model.json:
//
//   - the ranker scores each candidate, score(c) = Σ_i r_i(q) · x_i(c), and
//     the best score wins (a listwise softmax model: P(c is right | the
//     candidates) ∝ exp(score(c))); its weights depend on the question's
//     wording, r_i(q) = r_i + Σ_k u_k(q) · r_{k,i}, where u_k are the
//     wording features (1 when the question asks "who", when it is key
//     words only...) and r_{k,i} are named "<wording>:<feature>";
//   - the confidence model gives the probability that the winner answers,
//     P = σ(b + Σ_j v_j · y_j + Σ_t tree_t(y)), where y are the winner's
//     candidate features, the question features and the winner's margin
//     over the runner-up, and the boosted trees learn the interactions
//     ("a number question whose sentence has no number and lacks the
//     rarest word").
//
// A third model, when the trainer fitted one, gives from the same inputs
// the probability U that the corpus does not answer the question at all
// (its answering paragraph is gone, or it never had one), P(unanswerable)
// = σ(b' + Σ_j v'_j · y_j + Σ_t tree'_t(y)). P(right) is low both when
// another sentence answers and when none does; U tells the second apart.
//
// The index answers when P − k · U (k the part's weight, 0 without it) is
// at least the minimum confidence; the default minimum is the threshold
// the trainer chose for that score on a validation split to maximise
// accuracy. The confidence reported is P itself.

//go:embed model.json
var modelJSON []byte

// Model holds the answer model's learned weights, by feature name.
type Model struct {
	// About says how and on what the model was trained.
	About string `json:"about"`
	// Rank weighs the candidate features, by name, and anew for each
	// wording feature by "<wording>:<feature>"; RankTrees, boosted on top
	// of it, add what a weighted sum cannot.
	Rank      Linear `json:"rank"`
	RankTrees []Tree `json:"rank_trees,omitempty"`
	// Confidence weighs the best candidate's features, the question
	// features and "margin"; ConfidenceTrees, boosted on top of it, add
	// to its log-odds what a weighted sum cannot.
	Confidence      Linear `json:"confidence"`
	ConfidenceTrees []Tree `json:"confidence_trees,omitempty"`
	// Unanswerable, when set, is the model of the probability that the
	// corpus does not answer the question, read with the confidence in
	// the answer decision (decisionScore).
	Unanswerable *Unanswerable `json:"unanswerable,omitempty"`
	// Threshold is the default minimum confidence: the least the answer
	// decision's score (decisionScore) must reach.
	Threshold float64 `json:"threshold"`
	// RetellingSlope is how much a corpus that retells one story lifts
	// the answer decision's score: this slope times the corpus's retelling
	// above RetellingFloor (retellingLift, retelling.go), chosen by the
	// trainer on the answer decisions of its training corpora; 0, or none,
	// lifts no corpus.
	RetellingSlope float64 `json:"retelling_slope,omitempty"`
	// compiled is set by ParseModel.
	compiled *compiled
}

// Linear is a linear model: a bias and a weight per named feature.
type Linear struct {
	Bias    float64            `json:"bias"`
	Weights map[string]float64 `json:"weights"`
}

// Unanswerable is the model of P(unanswerable): a logistic model over the
// confidence model's inputs (Linear, its weights on the raw inputs, the
// standardisation the trainer fitted on folded into them) and boosted
// trees on its log-odds, with Weight, the k the answer decision takes
// U times from the confidence.
type Unanswerable struct {
	Linear Linear  `json:"linear"`
	Trees  []Tree  `json:"trees,omitempty"`
	Weight float64 `json:"weight"`
}

// Tree is a regression tree over the candidate features: nodes in an
// array, node 0 the root.
type Tree struct {
	Nodes []TreeNode `json:"nodes"`
}

// TreeNode is a split (Feature names a candidate feature; a value at most
// Threshold goes to Left, a larger one to Left+1) or, when Feature is "", a
// leaf giving Value.
type TreeNode struct {
	Feature   string  `json:"f,omitempty"`
	Threshold float64 `json:"t,omitempty"`
	Left      int     `json:"l,omitempty"`
	Value     float64 `json:"v,omitempty"`
}

// ErrModel is returned by ParseModel for a model that names features the
// engine does not have, or lacks weights.
var ErrModel = errors.New("bad answer model")

// FeatureNames returns the names of the candidate features, in order.
func FeatureNames() []string { return names(candidateFeatures) }

// QuestionFeatureNames returns the names of the question features the
// confidence model reads beside the candidate features, in order.
func QuestionFeatureNames() []string { return names(questionFeatures) }

// WordingFeatureNames returns the names of the wording features, in order:
// the question features the ranker crosses its weights with (a weight
// named "<wording>:<feature>").
func WordingFeatureNames() []string { return names(wordingFeatures) }

func names(fs []feature) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.name
	}
	return out
}

// ParseModel reads a model written by cmd/qabot-train and checks that every
// weight names a feature of this engine.
func ParseModel(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	c, err := m.compile()
	if err != nil {
		return nil, err
	}
	m.compiled = c
	return &m, nil
}

// compiled is a model with its weights in feature order.
type compiled struct {
	rank []float64 // by candidateFeatures
	// cross holds, for each wording feature, the ranker's weights added
	// when it is 1 (by candidateFeatures), or nil when it has none; cross
	// is nil when no wording feature has any.
	cross     [][]float64
	rankBias  float64
	trees     forest
	conf      []float64 // candidateFeatures, then questionFeatures
	confBias  float64
	confTrees forest
	// unans, unansBias and unansTrees are the P(unanswerable) model, and
	// unansWeight its weight k in the answer decision; unans is nil
	// without one.
	unans       []float64
	unansBias   float64
	unansTrees  forest
	unansWeight float64
	threshold   float64
	// retellSlope is the model's RetellingSlope.
	retellSlope float64
}

func (m *Model) compile() (*compiled, error) {
	c := &compiled{rankBias: m.Rank.Bias, confBias: m.Confidence.Bias, threshold: m.Threshold}
	var err error
	if c.rank, c.cross, err = rankWeightsOf(m.Rank.Weights); err != nil {
		return nil, err
	}
	if c.conf, err = weightsOf("confidence", m.Confidence.Weights, candidateFeatures, questionFeatures); err != nil {
		return nil, err
	}
	for ti, t := range m.RankTrees {
		ct, err := compileTree(t, candidateFeatures)
		if err != nil {
			return nil, fmt.Errorf("%w: tree %d: %w", ErrModel, ti, err)
		}
		c.trees.add(ct)
	}
	for ti, t := range m.ConfidenceTrees {
		ct, err := compileTree(t, candidateFeatures, questionFeatures)
		if err != nil {
			return nil, fmt.Errorf("%w: confidence tree %d: %w", ErrModel, ti, err)
		}
		c.confTrees.add(ct)
	}
	if u := m.Unanswerable; u != nil {
		if c.unans, err = weightsOf("unanswerable", u.Linear.Weights, candidateFeatures, questionFeatures); err != nil {
			return nil, err
		}
		for ti, t := range u.Trees {
			ct, err := compileTree(t, candidateFeatures, questionFeatures)
			if err != nil {
				return nil, fmt.Errorf("%w: unanswerable tree %d: %w", ErrModel, ti, err)
			}
			c.unansTrees.add(ct)
		}
		if math.IsNaN(u.Weight) || u.Weight < 0 || math.IsInf(u.Weight, 0) {
			return nil, fmt.Errorf("%w: unanswerable weight %v is not a weight", ErrModel, u.Weight)
		}
		c.unansBias, c.unansWeight = u.Linear.Bias, u.Weight
	}
	if math.IsNaN(m.Threshold) || m.Threshold < 0 || m.Threshold > 1 {
		return nil, fmt.Errorf("%w: threshold %v is not a probability", ErrModel, m.Threshold)
	}
	if s := m.RetellingSlope; math.IsNaN(s) || s < 0 || math.IsInf(s, 0) {
		return nil, fmt.Errorf("%w: retelling slope %v is not a slope", ErrModel, s)
	}
	c.retellSlope = m.RetellingSlope
	return c, nil
}

// weightsOf lays out named weights in the order of the feature tables; a
// feature without a weight weighs 0, a weight without a feature is an
// error (the model was trained for another engine).
func weightsOf(part string, w map[string]float64, tables ...[]feature) ([]float64, error) {
	var out []float64
	known := map[string]bool{}
	for _, t := range tables {
		for _, f := range t {
			out = append(out, w[f.name])
			known[f.name] = true
		}
	}
	for name, v := range w {
		if !known[name] {
			return nil, fmt.Errorf("%w: %s weight %q names no feature", ErrModel, part, name)
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("%w: %s weight %q is %v", ErrModel, part, name, v)
		}
	}
	return out, nil
}

// rankWeightsOf lays out the ranker's named weights: those of the
// candidate features, then those named "<wording>:<feature>" for each
// wording feature (nil for a wording feature with none, and nil for all
// when none has any).
func rankWeightsOf(w map[string]float64) ([]float64, [][]float64, error) {
	base := map[string]float64{}
	byWording := map[string]map[string]float64{}
	for name, v := range w {
		wording, f, crossed := strings.Cut(name, ":")
		if !crossed {
			base[name] = v
			continue
		}
		if !slices.ContainsFunc(wordingFeatures, func(x feature) bool { return x.name == wording }) {
			return nil, nil, fmt.Errorf("%w: rank weight %q names no wording feature", ErrModel, name)
		}
		if byWording[wording] == nil {
			byWording[wording] = map[string]float64{}
		}
		byWording[wording][f] = v
	}
	rank, err := weightsOf("rank", base, candidateFeatures)
	if err != nil || len(byWording) == 0 {
		return rank, nil, err
	}
	cross := make([][]float64, len(wordingFeatures))
	for k, f := range wordingFeatures {
		if ws := byWording[f.name]; ws != nil {
			if cross[k], err = weightsOf("rank "+f.name, ws, candidateFeatures); err != nil {
				return nil, nil, err
			}
		}
	}
	return rank, cross, nil
}

// rankWeights returns the ranker's weights for a question whose wording
// features have the values wording: the weights of the candidate features,
// plus those of each wording feature times its value. The sum is written
// over buf's array when it has room; c.rank itself is never written.
func (c *compiled) rankWeights(wording, buf []float64) []float64 {
	out, summed := c.rank, false
	for k, w := range c.cross {
		if w == nil || wording[k] == 0 {
			continue
		}
		if !summed {
			out, summed = append(buf[:0], c.rank...), true
		}
		for i, v := range w {
			out[i] += wording[k] * v
		}
	}
	return out
}

// wordingOf appends to out the values of q's wording features, read with
// the scratch's facts (they read f.q only).
func wordingOf(q *Question, f *facts, out []float64) []float64 {
	*f = facts{q: q}
	for _, wf := range wordingFeatures {
		out = append(out, wf.value(f))
	}
	return out
}

// defaultModel is the committed model, parsed and compiled once, on
// first use.
var defaultModel = sync.OnceValues(func() (*compiled, error) {
	m, err := ParseModel(modelJSON)
	releaseEmbedded(modelJSON)
	if err != nil {
		return nil, err
	}
	return m.compiled, nil
})

// DefaultModel returns the committed model.
func DefaultModel() (*Model, error) { return ParseModel(modelJSON) }

// ctree is a tree with its features as indexes of the feature tables it
// reads, laid end to end (feature -1 for a leaf).
type ctree []cnode

type cnode struct {
	feature   int32
	left      int32
	threshold float64 // the leaf's value for a leaf
}

// compileTree checks a tree and resolves its feature names.
func compileTree(t Tree, tables ...[]feature) (ctree, error) {
	if len(t.Nodes) == 0 {
		return nil, errors.New("no nodes")
	}
	index := map[string]int32{}
	for _, table := range tables {
		for _, f := range table {
			index[f.name] = int32(len(index))
		}
	}
	out := make(ctree, len(t.Nodes))
	for i, n := range t.Nodes {
		if n.Feature == "" {
			out[i] = cnode{feature: -1, threshold: n.Value}
			continue
		}
		f, ok := index[n.Feature]
		if !ok {
			return nil, fmt.Errorf("node %d names no feature %q", i, n.Feature)
		}
		// Children come after their parent, so every walk ends.
		if n.Left <= i || n.Left+1 >= len(t.Nodes) {
			return nil, fmt.Errorf("node %d has children %d and %d", i, n.Left, n.Left+1)
		}
		out[i] = cnode{feature: f, left: int32(n.Left), threshold: n.Threshold}
	}
	return out, nil
}

// rankScore is the ranker's score of features x with weights w (the
// question's, rankWeights): the linear part and the trees.
func (c *compiled) rankScore(w, x []float64) float64 {
	return c.rankBias + dot(w, x) + c.trees.sum(x)
}

// confidence is the probability that a candidate with confidence inputs
// x (its features, then the question features) answers.
func (c *compiled) confidence(x []float64) float64 {
	return sigmoid(c.confBias + dot(c.conf, x) + c.confTrees.sum(x))
}

// unanswerable is the probability that the corpus does not answer the
// question, for a best candidate with confidence inputs x; 0 for a model
// without the part.
func (c *compiled) unanswerable(x []float64) float64 {
	if c.unans == nil {
		return 0
	}
	return sigmoid(c.unansBias + dot(c.unans, x) + c.unansTrees.sum(x))
}

// decisionScore is what the answer decision compares with a minimum
// confidence above 0, for a candidate of confidence p whose inputs give
// P(unanswerable) u: p − k · u, k the model's unansWeight (0 without the
// part, so p itself). With no minimum every candidate answers, and the
// callers pass u = 0 (confidence reads no P(unanswerable) then), so the
// score is p: 0 always answers, as without the part. firstAnswer,
// answerFor and Explain all decide by it, and the trainer chooses the
// threshold on it (DecisionScore).
func (c *compiled) decisionScore(p, u float64) float64 {
	return p - c.unansWeight*u
}

// forest is a model part's boosted trees, their nodes laid end to end in
// one array with each child's place in it (compileTree's checks hold for
// each tree there: a node's children follow it within its tree, so every
// walk from a root ends at a leaf), read in place by sum.
type forest struct {
	nodes []cnode
	roots []int32 // each tree's first node in nodes, in the trees' order
	// width is one more than the largest feature a node splits on: the
	// fewest inputs sum reads.
	width int
}

// add appends tree t, as compileTree made it, to the forest.
func (f *forest) add(t ctree) {
	at := int32(len(f.nodes))
	f.roots = append(f.roots, at)
	for _, n := range t {
		if n.feature >= 0 {
			n.left += at
			f.width = max(f.width, int(n.feature)+1)
		}
		f.nodes = append(f.nodes, n)
	}
}

// sum is the boosted trees' part of a score: the sum of their values for
// inputs x, added in the trees' order. It panics when x holds fewer than
// width inputs. Each tree is walked from its root to a leaf, to the left
// child where the node's input is at most its threshold and to the right
// otherwise (a NaN input too), reading the nodes and x in place with no
// bound check: every root and child is a node of the array (add,
// compileTree), and every feature is below width (TestForestPlain checks
// sum against a walk of each tree with bound checks).
func (f *forest) sum(x []float64) float64 {
	if len(f.roots) == 0 {
		// The committed ranker has no trees: no call for its rows.
		return 0
	}
	return f.walk(x)
}

// walk is sum of a forest of one tree or more.
func (f *forest) walk(x []float64) float64 {
	s := 0.0
	if len(x) < f.width {
		panic(fmt.Sprintf("qa: %d inputs for trees reading %d", len(x), f.width))
	}
	nodes, xs := unsafe.Pointer(unsafe.SliceData(f.nodes)), unsafe.Pointer(unsafe.SliceData(x))
	for _, r := range f.roots {
		n := (*cnode)(unsafe.Add(nodes, unsafe.Sizeof(cnode{})*uintptr(uint32(r))))
		for n.feature >= 0 {
			at := n.left
			// Not x > threshold: a NaN input goes right, as in eval.
			if !(*(*float64)(unsafe.Add(xs, 8*uintptr(uint32(n.feature)))) <= n.threshold) {
				at++
			}
			n = (*cnode)(unsafe.Add(nodes, unsafe.Sizeof(cnode{})*uintptr(uint32(at))))
		}
		s += n.threshold
	}
	return s
}

// dot is Σ w_i · x_i, summed in the order of i. It takes eight terms a
// step, still added one by one to the one sum, so that the result is the
// plain loop's to the bit (TestDotPlain), with the loop's increment and
// test once a step, not once a term: the ranker reads a row of 61
// features a candidate (rankScore 12.5M -> 10.2M instructions over 1,000
// cold answers; four terms a step, 11.4M).
func dot(w, x []float64) float64 {
	s := 0.0
	if len(x) == 0 {
		return s
	}
	w = w[:len(x)] // one bounds check for the loop, not one a term
	i := 0
	for ; i+8 <= len(x); i += 8 {
		xs, ws := x[i:i+8:i+8], w[i:i+8:i+8]
		s += ws[0] * xs[0]
		s += ws[1] * xs[1]
		s += ws[2] * xs[2]
		s += ws[3] * xs[3]
		s += ws[4] * xs[4]
		s += ws[5] * xs[5]
		s += ws[6] * xs[6]
		s += ws[7] * xs[7]
	}
	for ; i < len(x); i++ {
		s += w[i] * x[i]
	}
	return s
}

// sigmoid is the logistic function.
func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// RankScore is the ranker's score of candidate features x (in FeatureNames
// order) for a question with question features question (in
// QuestionFeatureNames order; only the wording's are read), as the engine
// computes it: for the trainer. The model must come from ParseModel.
func (m *Model) RankScore(x, question []float64) float64 {
	if m.compiled == nil {
		return 0
	}
	return m.compiled.rankScore(m.compiled.rankWeights(wordingIn(question), nil), x)
}

// wordingIn returns the wording features' values among question features.
func wordingIn(question []float64) []float64 {
	return question[len(rankingFeatures) : len(rankingFeatures)+len(wordingFeatures)]
}

// ConfidenceOf is the confidence model's probability for inputs x: the
// candidate's features, then the question features, as Candidate holds
// them.
func (m *Model) ConfidenceOf(x []float64) float64 {
	if m.compiled == nil {
		return 0
	}
	return m.compiled.confidence(x)
}

// UnanswerableOf is the P(unanswerable) model's probability for inputs x
// (as ConfidenceOf reads them), 0 for a model without one.
func (m *Model) UnanswerableOf(x []float64) float64 {
	if m.compiled == nil {
		return 0
	}
	return m.compiled.unanswerable(x)
}

// DecisionScore is the score the engine's answer decision compares with
// a minimum confidence above 0, for confidence p and P(unanswerable) u:
// for the trainer, which chooses the threshold on it. The model must come
// from ParseModel.
func (m *Model) DecisionScore(p, u float64) float64 {
	if m.compiled == nil {
		return p
	}
	return m.compiled.decisionScore(p, u)
}
