package qa

import (
	_ "embed"
	"slices"
	"strings"

	"github.com/qabot/qabot/qa/english"
)

// The lexicon (lexicon.txt) holds what people type in chat that neither
// WordNet nor the GloVe vectors give: abbreviations ("govt", "approx") and
// two-word verbs ("run out" for "expire"). It is general English, the same
// for every corpus; the format is described at the top of lexicon.txt.

//go:embed lexicon.txt
var lexiconText string

// lexiconData is the parsed lexicon. It is built once per process and
// read-only after that.
type lexiconData struct {
	// abbrevs maps the stem of a word of an abbreviation group to the
	// group's other words.
	abbrevs map[string][]string
	// phrases maps "run out" (the verb's base form, then the particle) to
	// the word it stands for; particles holds the second words.
	phrases   map[string]string
	particles map[string]bool
	// closers are the particles with which two-word verbs close up into a
	// noun ("carryover"), longest first: closedCompound tries them in
	// that order.
	closers []string
	// joiners are the lowercase words an acronym's capitalised run goes
	// on over ("of" in "Bureau of Industry and Security").
	joiners map[string]bool
}

// lexiconFile is lexicon.txt and the code that reads it.
var lexiconFile = wordFile[*lexiconData]{name: "lexicon.txt", text: lexiconText, build: buildLexicon}

// lexicon returns the parsed lexicon, parsing it on first use.
func lexicon() *lexiconData { return lexiconTables.get() }

// lexiconTables holds the tables lexicon returns.
var lexiconTables = lexiconFile.load()

// buildLexicon reads the sections described at the top of lexicon.txt.
func buildLexicon(s *wordSections) *lexiconData {
	lx := &lexiconData{abbrevs: map[string][]string{}, phrases: map[string]string{}, particles: map[string]bool{}}
	for _, line := range s.lines("abbreviations") {
		words := strings.Fields(strings.ToLower(line))
		for i, w := range words {
			st := stem(w)
			for j, o := range words {
				if i != j {
					lx.abbrevs[st] = append(lx.abbrevs[st], o)
				}
			}
		}
	}
	for words, meaning := range s.meanings("phrases") {
		_, particle, ok := strings.Cut(words, " ")
		if !ok || strings.Contains(particle, " ") {
			s.fail("section [phrases]: %q is not a verb and its particle", words)
			continue
		}
		lx.phrases[words] = meaning
		lx.particles[particle] = true
	}
	for _, line := range s.lines("closingparticles") {
		lx.closers = append(lx.closers, strings.Fields(line)...)
	}
	slices.SortStableFunc(lx.closers, func(a, b string) int { return len(b) - len(a) })
	lx.joiners = s.set("acronymjoiners")
	return lx
}

// closedCompound splits w into a word and a particle of a two-word verb
// closed up ("carryover" -> "carry", "callout" -> "call"), the word at
// least minCompoundStem letters; ok is false when w ends in no particle.
func (lx *lexiconData) closedCompound(w string) (word string, ok bool) {
	for _, p := range lx.closers {
		if base, found := strings.CutSuffix(w, p); found && len(base) >= minCompoundStem {
			return base, true
		}
	}
	return "", false
}

// alternatives returns the words of the abbreviation groups of the word
// with stem s.
func (lx *lexiconData) alternatives(s string) []string { return lx.abbrevs[s] }

// phrase returns the word a two-word verb stands for ("ran out" ->
// "expire"), or "".
func (lx *lexiconData) phrase(verb, particle string) string {
	if !lx.particles[particle] {
		return ""
	}
	if m, ok := lx.phrases[verb+" "+particle]; ok {
		return m
	}
	if en := english.Load(); en.Err() == nil {
		for _, l := range en.Lemmas(verb) {
			if m, ok := lx.phrases[l+" "+particle]; ok {
				return m
			}
		}
	}
	return ""
}
