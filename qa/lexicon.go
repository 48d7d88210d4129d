package qa

import (
	_ "embed"
	"slices"
	"sort"
	"strings"
	"sync"
)

// The lexicon (lexicon.txt) joins words that snowball stemming cannot:
// irregular forms ("sold" and "sell"), noun and verb families ("response"
// and "respond"), synonyms ("truce" and "ceasefire") and two-word verbs
// ("run out" for "expire"). It is general English, the same for every
// corpus. A question word gets the other words of its groups as
// alternatives, which match with a weight below the word itself.

//go:embed lexicon.txt
var lexiconText string

// Weights of lexicon matches relative to an exact match (1).
const (
	weightForm    = 0.9
	weightSynonym = 0.6
)

// maxAlts bounds the alternatives one question word brings.
const maxAlts = 16

// alt is an alternative of a question word: a stem and its weight.
type alt struct {
	stem   string
	weight float64
}

// lexiconData is the parsed lexicon. It is built once per process and
// read-only after that.
type lexiconData struct {
	// alts maps a stem to the stems it may stand for.
	alts map[string][]alt
	// lemma maps an irregular form's stem to its base form's stem
	// ("ran" -> "run"), for matching two-word verbs.
	lemma map[string]string
	// phrases maps "run out" (lemma of the verb, then the particle) to the
	// word it stands for.
	phrases map[string]string
}

// lexicon returns the parsed lexicon, parsing it on first use.
var lexicon = sync.OnceValue(func() *lexiconData { return parseLexicon(lexiconText) })

// parseLexicon reads the lexicon format described at the top of
// lexicon.txt.
func parseLexicon(text string) *lexiconData {
	lx := &lexiconData{alts: map[string][]alt{}, lemma: map[string]string{}, phrases: map[string]string{}}
	section := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		switch section {
		case "forms":
			lx.addGroup(strings.Fields(line), weightForm, true)
		case "synonyms":
			lx.addGroup(strings.Fields(line), weightSynonym, false)
		case "phrases":
			words, meaning, ok := strings.Cut(line, ":")
			f := strings.Fields(words)
			if !ok || len(f) != 2 {
				continue
			}
			lx.phrases[stem(f[0])+" "+f[1]] = strings.TrimSpace(meaning)
		}
	}
	lx.addSynonymForms()
	return lx
}

// addSynonymForms gives each word the forms of its synonyms as well: "grow"
// has the synonym "rise", so it also matches "rose".
func (lx *lexiconData) addSynonymForms() {
	keys := make([]string, 0, len(lx.alts))
	for s := range lx.alts {
		keys = append(keys, s)
	}
	sort.Strings(keys) // a fixed order, so that maxAlts cuts the same way every time
	extra := map[string][]alt{}
	for _, s := range keys {
		for _, a := range lx.alts[s] {
			if a.weight >= weightForm {
				continue
			}
			for _, f := range lx.alts[a.stem] {
				if f.weight >= weightForm && f.stem != s {
					extra[s] = append(extra[s], alt{f.stem, a.weight})
				}
			}
		}
	}
	for _, s := range keys {
		for _, a := range extra[s] {
			lx.alts[s] = addAlt(lx.alts[s], a)
		}
	}
}

// addGroup relates every word of a group to every other.
func (lx *lexiconData) addGroup(words []string, weight float64, forms bool) {
	stems := make([]string, 0, len(words))
	for _, w := range words {
		s := stem(strings.ToLower(w))
		if !slices.Contains(stems, s) {
			stems = append(stems, s)
		}
	}
	for i, s := range stems {
		if forms && i > 0 {
			if _, ok := lx.lemma[s]; !ok {
				lx.lemma[s] = stems[0]
			}
		}
		for j, o := range stems {
			if i != j {
				lx.alts[s] = addAlt(lx.alts[s], alt{o, weight})
			}
		}
	}
}

// addAlt adds a to list, keeping the higher weight for a stem listed twice.
func addAlt(list []alt, a alt) []alt {
	for i := range list {
		if list[i].stem == a.stem {
			list[i].weight = max(list[i].weight, a.weight)
			return list
		}
	}
	return append(list, a)
}

// alternatives returns the lexicon alternatives of a stem, strongest
// first, at most maxAlts.
func (lx *lexiconData) alternatives(s string) []alt {
	list := lx.alts[s]
	if len(list) <= maxAlts {
		return list
	}
	return list[:maxAlts]
}

// phrase returns the word a two-word verb stands for ("ran out" ->
// "expire"), or "".
func (lx *lexiconData) phrase(verb, particle string) string {
	s := stem(verb)
	if l, ok := lx.lemma[s]; ok {
		s = l
	}
	return lx.phrases[s+" "+particle]
}
