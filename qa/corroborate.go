package qa

import (
	"slices"
	"strings"
)

// maxAlso bounds the other documents listed as agreeing or conflicting.
const maxAlso = 5

// corroborate lists in a.Also the other documents whose best sentence for
// the question states the same span (or, with no span, matches the same
// question words about as well), and in a.Conflicts those whose best
// sentence gives a different figure where the question asks for a number.
func (ix *Index) corroborate(q *Question, sc *scratch, best cand, ph *phrase, a *Answer) {
	bestDoc := ix.sents[best.sent].doc
	if ph != nil && ph.value != "" {
		ix.sameValue(sc, bestDoc, ph, a)
	}
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
				if len(a.Also) < maxAlso && !hasSource(a.Also, ix.docs[d].Path) {
					a.Also = append(a.Also, ix.source(d))
				}
				continue
			}
			if q.Type == TypeNumber && c.score >= 0.6*best.score && len(a.Conflicts) < maxAlso && !hasSource(a.Also, ix.docs[d].Path) {
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
		if sc.mask[c.sent]&bestMask == bestMask && c.score >= 0.7*best.score && len(a.Also) < maxAlso && !hasSource(a.Also, ix.docs[d].Path) {
			a.Also = append(a.Also, ix.source(d))
		}
	}
}

// sameValue lists in a.Also the other documents with a sentence that
// holds a phrase of the same kind and value as the answer's span and that
// matches the question, or follows one that does ("September 17" said in
// four articles).
func (ix *Index) sameValue(sc *scratch, bestDoc int32, span *phrase, a *Answer) {
	for _, t := range sc.touched {
		for s := t; s <= t+1 && int(s) < len(ix.sents); s++ {
			st := &ix.sents[s]
			if st.doc != ix.sents[t].doc || st.doc == bestDoc || len(a.Also) >= maxAlso || hasSource(a.Also, ix.docs[st.doc].Path) {
				continue
			}
			for i := range st.phrases {
				if ph := &st.phrases[i]; ph.kind == span.kind && ph.value == span.value {
					a.Also = append(a.Also, ix.source(st.doc))
					break
				}
			}
		}
	}
	slices.SortFunc(a.Also, func(x, y Source) int { return strings.Compare(x.Path, y.Path) })
}

// hasSource reports whether list names the document at path.
func hasSource(list []Source, path string) bool {
	for _, s := range list {
		if s.Path == path {
			return true
		}
	}
	return false
}
