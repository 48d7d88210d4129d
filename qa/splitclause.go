package qa

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/qabot/qabot/qa/english"
)

// clauseAfterPhrase reports whether the stop of an abbreviation that ends
// before ("U.S.", "p.m.", "Inc."), followed by after (the text after the
// stop and its space, which opens with a capitalised word that is no
// function word), ends a sentence: a clause ends at the stop and another
// opens after it ("One of the most sensitive issues remains TikTok's
// future in the U.S. American law requires its parent to sell …"). The
// stop is taken for a name's ("the U.S. Treasury", "U.S. President Donald
// Trump said", "Washington, D.C. Mayor …") unless both hold:
//
//   - the words after open a clause (opensClause): a capitalised word,
//     then lower-case words among which, within three, a finite verb
//     ("American law requires", "Entries must be …"), where a name goes
//     on capitalised word after capitalised word ("Supreme Court
//     provides");
//   - the words before close one (closesClause): the abbreviation ends a
//     phrase a preposition opened ("in the U.S.", "from 2 p.m."), and the
//     words before that phrase hold more finite verbs than clause openers
//     ("when", "that"), so that the phrase is no part of a subject still
//     waiting for its verb ("Bell's report to the U.S. Navy permitted
//     him …", "when the U.S. Congress directed …").
//
// It reads the parts of speech WordNet gives (qa/english) and the words of
// splitwords.txt; without the English resources it reports false.
func clauseAfterPhrase(before, after string) bool {
	en := english.Load()
	if en.Err() != nil {
		return false
	}
	return opensClause(en, after) && closesClause(en, before)
}

// opensClause reports whether after opens a clause: a capitalised word
// (not an acronym, which goes on a name: "U.S. TV network"), then up to
// clauseLookahead lower-case words, before any mark or capital, one of
// which is a finite verb (finiteVerb, strict: no word that may be a plural
// noun, as "ships" of "U.S. Navy ships" may) with only content words
// before it: a function word before the verb ("McCurdy from the frozen
// ice") puts a phrase after the name, which goes on.
func opensClause(en *english.Resources, after string) bool {
	words := leadingFields(after, clauseLookahead+1)
	if len(words) < 2 || !capitalised(words[0]) {
		return false
	}
	for _, w := range words[1:min(len(words), clauseLookahead+1)] {
		core := strings.TrimRight(w, ",;:.!?)]\"'’”")
		if !lowerWord(core) {
			return false
		}
		if finiteVerb(en, core, true) {
			return true
		}
		if core != w || isStopWord(core) {
			return false
		}
	}
	return false
}

// closesClause reports whether before, a sentence so far that ends in an
// abbreviation, closes a clause: the abbreviation ends a phrase a
// preposition of [phraseprepositions] opened, at most phraseReach words
// back with no mark, finite verb or clause opener between, and the words
// before the preposition hold more finite verbs (finiteVerb, loose; a word
// after a determiner, a preposition or a possessive is a noun) than clause
// openers ([clauseopeners]).
func closesClause(en *english.Resources, before string) bool {
	words := strings.Fields(before)
	if len(words) < 3 {
		return false
	}
	l := splitWords()
	prep := -1
	for i := len(words) - 2; i >= 0 && i >= len(words)-2-phraseReach; i-- {
		w := words[i]
		if strings.ContainsAny(w[len(w)-1:], ",;:!?()[]\"”") {
			return false
		}
		lw := strings.ToLower(w)
		if l.phrasePrepositions[lw] {
			prep = i
			break
		}
		if l.clauseOpeners[lw] || lowerWord(lw) && finiteVerb(en, lw, true) {
			return false
		}
	}
	if prep < 1 {
		return false
	}
	verbs, openers := 0, 0
	for i, w := range words[:prep] {
		core := strings.TrimRight(w, ",;:.!?)]\"'’”")
		switch {
		case l.clauseOpeners[strings.ToLower(core)]:
			openers++
		case i > 0 && lowerWord(core) && finiteVerb(en, core, false) && !nounAfter(words[i-1]):
			verbs++
		}
	}
	return verbs > openers
}

// nounAfter reports whether a word set after prev is a noun rather than a
// verb: prev is a determiner, a preposition or a possessive ("the
// remains", "of attacks", "Bell's report").
func nounAfter(prev string) bool {
	l := splitWords()
	lp := strings.ToLower(prev)
	return l.determiners[lp] || l.phrasePrepositions[lp] || strings.HasSuffix(lp, "'s") || strings.HasSuffix(lp, "’s")
}

// finiteVerb reports whether w, a lower-case word, is a finite verb: a
// form of "be", "have" or "do" or a modal ([finiteverbs]), or a form
// WordNet reads as an inflection of a verb other than its "-ing" form
// ("requires", "resulted", "came"). A strict reading leaves out a form
// that may also be a noun ("ships", "remains").
func finiteVerb(en *english.Resources, w string, strict bool) bool {
	if splitWords().finiteVerbs[w] {
		return true
	}
	if strings.HasSuffix(w, "ing") {
		return false
	}
	pos := en.POS(w)
	if !pos.Has(english.Verb) || strict && pos.Has(english.Noun) {
		return false
	}
	for _, lemma := range en.Lemmas(w) {
		if lemma != w && en.POS(lemma).Has(english.Verb) {
			return true
		}
	}
	return false
}

// capitalised reports whether w is a capitalised word: an upper-case
// letter, then letters with a lower-case one among them ("American", not
// "TV").
func capitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	lower := false
	for _, c := range w[n:] {
		if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' {
			return false
		}
		lower = lower || unicode.IsLower(c)
	}
	return lower
}

// lowerWord reports whether w is a word of lower-case letters (with a
// hyphen or apostrophe inside).
func lowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if !unicode.IsLower(c) && c != '-' && c != '\'' && c != '’' {
			return false
		}
	}
	return true
}

// leadingFields returns the first n words of s as strings.Fields splits
// them, without reading the rest: after an abbreviation s holds the rest
// of the text, and splitting all of it at each stop made Build allocate
// in proportion to a document's length at every abbreviation.
func leadingFields(s string, n int) []string {
	words := make([]string, 0, n)
	for len(words) < n {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		words = append(words, s[:end])
		s = s[end:]
	}
	return words
}
