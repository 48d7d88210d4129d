package qa

import "sync"

// Questions about a change or a duration. "How much did imports grow" asks
// for the size of a change, and a sentence that states one uses a verb of
// change ("rose by 37%", "fell 52%"); a sentence that only gives the level
// ("accounted for 62.14%") does not answer. Parse marks such questions by
// their verb; ranking prefers sentences with a verb of change, in any form.
// Likewise "how long" is answered by a number of time units.

// changeVerbs are the verbs of change in English, with their irregular
// forms (snowball stems the regular ones together).
var changeVerbs = []string{
	"rise", "rose", "risen", "grow", "grew", "grown", "growth", "increase",
	"climb", "jump", "surge", "soar", "gain", "double", "triple", "expand",
	"fall", "fell", "fallen", "drop", "decline", "decrease", "plunge",
	"plummet", "slump", "sink", "sank", "sunk", "shrink", "shrank",
	"shrunk", "halve", "contract", "slide", "slid", "tumble", "dip", "slip",
	"rebound", "recover", "spike", "slow",
}

// changeStems and unitStems return the stems of changeVerbs and timeUnits,
// computed once and read-only after that.
var (
	changeStems = sync.OnceValue(func() map[string]bool { return stemSet(changeVerbs) })
	unitStems   = sync.OnceValue(func() map[string]bool { return stemSet(timeUnits) })
)

// stemSet returns the set of the stems of words.
func stemSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[stem(w)] = true
	}
	return m
}

// termsOf returns the term ids, among terms, of the given stems.
func termsOf(terms map[string]int32, stems map[string]bool) map[int32]bool {
	out := map[int32]bool{}
	for s := range stems {
		if id, ok := terms[s]; ok {
			out[id] = true
		}
	}
	return out
}

// statesChange reports whether a sentence holds a verb of change.
func (ix *Index) statesChange(st *sentence) bool {
	for _, id := range st.terms {
		if ix.change[id] {
			return true
		}
	}
	return false
}

// timeUnits name a length of time: "how long" is answered by a number of
// them ("a 90-day truce", "for 35 years").
var timeUnits = []string{
	"second", "minute", "hour", "day", "week", "month", "year", "decade",
	"century", "season", "term",
}
