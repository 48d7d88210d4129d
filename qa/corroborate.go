package qa

import "strings"

// maxAlso bounds the other documents listed as agreeing or conflicting.
const maxAlso = 5

// corroborate lists in a.Also the other documents whose best sentence for
// the question states the same span (or, with no span, matches the same
// question words about as well), and in a.Conflicts those whose best
// sentence gives a different figure where the question asks for a number.
func (ix *Index) corroborate(q *Question, sc *scratch, best cand, a *Answer) {
	bestDoc := ix.sents[best.sent].doc
	// The best candidate of each other document among the top list.
	for _, c := range sc.top[1:] {
		d := ix.sents[c.sent].doc
		if d == bestDoc || sc.docBest[d].score > 0 {
			continue
		}
		sc.docBest[d] = c
		sc.docs = append(sc.docs, d)
	}
	span := strings.ToLower(a.Span)
	bestMask := sc.mask[best.sent]
	for _, d := range sc.docs {
		c := sc.docBest[d]
		if c.score < 0.5*best.score {
			continue
		}
		st := &ix.sents[c.sent]
		if span != "" {
			if strings.Contains(strings.ToLower(st.text), span) {
				if len(a.Also) < maxAlso {
					a.Also = append(a.Also, ix.source(d))
				}
				continue
			}
			if q.Type == TypeNumber && c.score >= 0.6*best.score && len(a.Conflicts) < maxAlso {
				if ph := ix.pickSpan(q, sc, st); ph != nil && ph.kind == TypeNumber {
					a.Conflicts = append(a.Conflicts, Conflict{
						Source:   ix.source(d),
						Span:     st.text[ph.start:ph.end],
						Sentence: st.text,
					})
				}
			}
			continue
		}
		if sc.mask[c.sent]&bestMask == bestMask && c.score >= 0.7*best.score && len(a.Also) < maxAlso {
			a.Also = append(a.Also, ix.source(d))
		}
	}
}
