package qa

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sync"
)

// The answer model. Two linear models over the features of features.go,
// with weights learned by cmd/qabot-train and committed in model.json:
//
//   - the ranker scores each candidate, score(c) = Σ_i r_i · x_i(c), and the
//     best score wins (a listwise softmax model: P(c is right | the
//     candidates) ∝ exp(score(c)));
//   - the confidence model gives the probability that the winner answers,
//     P = σ(b + Σ_j v_j · y_j), where y are the winner's candidate features,
//     the question features and the winner's margin over the runner-up.
//
// The index answers when P is at least the minimum confidence; the default
// minimum is the threshold the trainer chose on a validation split to
// maximise accuracy.

//go:embed model.json
var modelJSON []byte

// Model holds the answer model's learned weights, by feature name.
type Model struct {
	// About says how and on what the model was trained.
	About string `json:"about"`
	// Rank weighs the candidate features.
	Rank Linear `json:"rank"`
	// Confidence weighs the best candidate's features, the question
	// features and "margin".
	Confidence Linear `json:"confidence"`
	// Threshold is the default minimum confidence.
	Threshold float64 `json:"threshold"`
}

// Linear is a linear model: a bias and a weight per named feature.
type Linear struct {
	Bias    float64            `json:"bias"`
	Weights map[string]float64 `json:"weights"`
}

// ErrModel is returned by ParseModel for a model that names features the
// engine does not have, or lacks weights.
var ErrModel = errors.New("bad answer model")

// FeatureNames returns the names of the candidate features, in order.
func FeatureNames() []string { return names(candidateFeatures) }

// QuestionFeatureNames returns the names of the question features the
// confidence model reads beside the candidate features, in order.
func QuestionFeatureNames() []string { return names(questionFeatures) }

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
	if _, err := m.compile(); err != nil {
		return nil, err
	}
	return &m, nil
}

// compiled is a model with its weights in feature order.
type compiled struct {
	rank      []float64 // by candidateFeatures
	rankBias  float64
	conf      []float64 // candidateFeatures, then questionFeatures
	confBias  float64
	threshold float64
}

func (m *Model) compile() (*compiled, error) {
	c := &compiled{rankBias: m.Rank.Bias, confBias: m.Confidence.Bias, threshold: m.Threshold}
	var err error
	if c.rank, err = weightsOf("rank", m.Rank.Weights, candidateFeatures); err != nil {
		return nil, err
	}
	if c.conf, err = weightsOf("confidence", m.Confidence.Weights, candidateFeatures, questionFeatures); err != nil {
		return nil, err
	}
	if math.IsNaN(m.Threshold) || m.Threshold < 0 || m.Threshold > 1 {
		return nil, fmt.Errorf("%w: threshold %v is not a probability", ErrModel, m.Threshold)
	}
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

// defaultModel is the committed model, parsed on first use.
var defaultModel = sync.OnceValues(func() (*compiled, error) {
	m, err := ParseModel(modelJSON)
	if err != nil {
		return nil, err
	}
	return m.compile()
})

// DefaultModel returns the committed model.
func DefaultModel() (*Model, error) { return ParseModel(modelJSON) }

// dot is Σ w_i · x_i.
func dot(w, x []float64) float64 {
	s := 0.0
	for i, v := range x {
		s += w[i] * v
	}
	return s
}

// sigmoid is the logistic function.
func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
