package qa

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"testing"
)

// retoldStory is five articles that tell one story in their own words, as
// a news corpus on one event does; unrelatedPages five pages on five
// things.
var (
	retoldStory = []file{
		{"a.txt", "Harbour Strike Ends\n\nDock workers at the Port of Elmsworth ended their strike on Tuesday after the union accepted a pay rise of 6 percent. The strike had closed the harbour for nine days and left forty ships waiting at anchor. The union leader, Mara Kell, said the workers would return to the docks on Wednesday morning."},
		{"b.txt", "Elmsworth Dockers Return\n\nThe strike at the Port of Elmsworth is over: the dock workers' union accepted a pay rise of 6 percent on Tuesday. Forty ships waited at anchor while the harbour was closed for nine days. Mara Kell, who leads the union, said the dock workers go back on Wednesday."},
		{"c.txt", "Union Accepts Pay Offer\n\nAfter nine days the harbour strike at Elmsworth ended when the union of dock workers accepted the port's offer of a 6 percent pay rise. About forty ships had waited at anchor outside the closed harbour. The workers return to the docks on Wednesday, union leader Mara Kell said."},
		{"d.txt", "Port Reopens After Strike\n\nThe Port of Elmsworth reopens on Wednesday after its dock workers ended a nine-day strike. Their union accepted a pay rise of 6 percent on Tuesday, said Mara Kell, the union leader. Forty ships had waited at anchor while the strike closed the harbour."},
		{"e.txt", "Strike Over At Elmsworth\n\nDock workers of the Port of Elmsworth accepted a 6 percent pay rise on Tuesday and ended the strike that had shut the harbour for nine days. Forty ships were left at anchor during the strike. Union leader Mara Kell said work on the docks resumes on Wednesday morning."},
	}
	unrelatedPages = []file{
		{"a.txt", "Sourdough Bread\n\nA sourdough starter is flour and water fermented by wild yeast and lactic bacteria. Bakers feed the starter daily and use it to leaven a dough that proves slowly overnight."},
		{"b.txt", "Volcanic Islands\n\nVolcanic islands form where magma rises through the ocean floor. Basalt lava builds a shield that breaks the sea surface after thousands of eruptions."},
		{"c.txt", "Chess Openings\n\nThe Sicilian Defence answers the king's pawn with a pawn to the bishop's file. Grandmasters choose it to unbalance the position and play for a win with the black pieces."},
		{"d.txt", "Honey Bees\n\nA colony of honey bees has one queen, thousands of workers and a few hundred drones. Workers forage for nectar and pollen and dance to tell the hive where flowers bloom."},
		{"e.txt", "Tax Returns\n\nThe office sends expense claims to payroll at the end of each month. Receipts older than ninety days are refused, and claims above five hundred pounds need a manager's signature."},
	}
)

// TestRetelling checks the corpus's reading of a story told five times
// against five unrelated pages, and what each does to the answer
// decision's bar (retellingLift): the retold story is read above the
// floor and lifts the score, by at most the minimum; the unrelated pages
// are read near 0 and lift nothing; with no minimum nothing is lifted.
func TestRetelling(t *testing.T) {
	story, pages := buildFiles(t, retoldStory), buildFiles(t, unrelatedPages)
	if got := story.retold; got < 0.3 {
		t.Errorf("retold story: got retelling %.3f, want at least 0.3", got)
	}
	if got := pages.retold; got > 0.05 {
		t.Errorf("unrelated pages: got retelling %.3f, want at most 0.05", got)
	}
	one := buildFiles(t, retoldStory[:1])
	if got := one.retold; got != 0 {
		t.Errorf("one document: got retelling %v, want 0", got)
	}
	for _, c := range []struct {
		name    string
		ix      *Index
		minConf float64
		want    float64
	}{
		{"story at 0.15", story, 0.15, min(0.15, story.model.retellSlope*max(0, story.retold-RetellingFloor))},
		{"story at 0.05", story, 0.05, 0.05},
		{"story at 0", story, 0, 0},
		{"pages at 0.15", pages, 0.15, 0},
	} {
		if got := c.ix.retellingLift(c.minConf); math.Abs(got-c.want) > 1e-12 || (c.want > 0) != (got > 0) {
			t.Errorf("%s: got lift %.4f, want %.4f", c.name, got, c.want)
		}
	}
	if got := story.retellingLift(0.15); got <= 0 {
		t.Errorf("retold story at 0.15: got lift %v, want above 0", got)
	}
}

// TestRetellingOfTheModel checks that the lift's slope is the model's: a
// model without one lifts no corpus, one with a slope lifts the retold
// story by it above RetellingFloor, at most the minimum; a negative slope
// is refused.
func TestRetellingOfTheModel(t *testing.T) {
	story := buildFiles(t, retoldStory)
	dm, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	m := *dm
	for _, c := range []struct {
		name  string
		slope float64
		want  float64
	}{
		{"none", 0, 0},
		{"slope 0.5", 0.5, min(0.15, 0.5*(story.retold-RetellingFloor))},
		{"slope 1", 1, min(0.15, story.retold-RetellingFloor)},
		{"slope 40, capped", 40, 0.15},
	} {
		m.RetellingSlope = c.slope
		data, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		pm, err := ParseModel(data)
		if err != nil {
			t.Fatalf("%s: ParseModel: %v", c.name, err)
		}
		ix, err := story.WithModel(pm)
		if err != nil {
			t.Fatal(err)
		}
		if got := ix.retellingLift(0.15); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%s: got lift %.4f, want %.4f", c.name, got, c.want)
		}
	}
	m.RetellingSlope = -1
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseModel(data); err == nil {
		t.Errorf("slope -1: got no error, want one")
	}
}

// TestRetellingSum checks the mean pairwise cosine worked out from the sum
// of the unit vectors against the pairs themselves.
func TestRetellingSum(t *testing.T) {
	for _, files := range [][]file{retoldStory, unrelatedPages, append(retoldStory[:2:2], unrelatedPages[:3]...)} {
		ix := buildFiles(t, files)
		vecs := make([]map[int32]float64, len(ix.docs))
		for i := range ix.sents {
			s := &ix.sents[i]
			if vecs[s.doc] == nil {
				vecs[s.doc] = map[int32]float64{}
			}
			for _, id := range s.terms() {
				vecs[s.doc][id]++
			}
		}
		for _, v := range vecs {
			norm := 0.0
			for id, c := range v {
				v[id] = (1 + math.Log(c)) * ix.idf[id]
				norm += v[id] * v[id]
			}
			for id := range v {
				v[id] /= math.Sqrt(norm)
			}
		}
		sum, pairs := 0.0, 0
		for i := range vecs {
			for j := i + 1; j < len(vecs); j++ {
				for id, w := range vecs[i] {
					sum += w * vecs[j][id]
				}
				pairs++
			}
		}
		if got, want := ix.retold, sum/float64(pairs); math.Abs(got-want) > 1e-9 {
			t.Errorf("%d documents: got retelling %.6f, want the pairs' mean %.6f", len(files), got, want)
		}
	}
}

// TestRetellingDecision checks that the answer decision weighs the lift:
// Explain's best candidate's decision score is its confidence less k times
// P(unanswerable) plus the lift, the answer's own decision (confidence)
// gives the same score, and a snapshot keeps the reading.
func TestRetellingDecision(t *testing.T) {
	story := buildFiles(t, retoldStory)
	opt := DefaultOptions()
	e, err := story.Explain(context.Background(), Parse("how many ships waited at anchor"), opt)
	if err != nil || e.Best == nil {
		t.Fatalf("Explain: got %+v, %v; want a best candidate", e, err)
	}
	want := story.model.decisionScore(e.Best.Confidence, e.Best.Unanswerable) + story.retellingLift(opt.MinConfidence)
	if e.Lift <= 0 || math.Abs(e.Best.Decision-want) > 1e-12 {
		t.Errorf("got lift %.4f and decision %.4f, want a lift above 0 and decision %.4f", e.Lift, e.Best.Decision, want)
	}
	if first := e.Best.Sentence; first != "" {
		q := Parse("how many ships waited at anchor")
		err := story.withCandidates(context.Background(), &q, nil, func(sc *scratch, total float64) {
			for i := range sc.top {
				if story.sents[sc.top[i].sent].text != first {
					continue
				}
				if _, d, _ := story.confidence(&q, sc, i, total, opt.MinConfidence); math.Abs(d-e.Best.Decision) > 1e-12 {
					t.Errorf("the answer's decision: got %.4f, want Explain's %.4f", d, e.Best.Decision)
				}
				return
			}
			t.Errorf("the answer's candidates lack Explain's best, %q", first)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	back, err := readSnapshotOf(snapshotOf(t, story, "meta"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(back.retold), fmt.Sprint(story.retold); got != want {
		t.Errorf("after a snapshot: got retelling %s, want %s", got, want)
	}
}
