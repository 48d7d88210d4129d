package qa

import (
	"strings"

	"github.com/qabot/qabot/qa/english"
)

// Questions that ask for several things ("what browsers does slotwise
// support", "payment methods", "what are our values") are answered by a
// sentence that lists them ("Chrome, Firefox, Safari and Edge"): the
// feature "lists" (features.go) is on when both hold.

// asksList reports whether a question of type typ with tokens toks asks
// for several things: it names them by a plural noun, right after "what"
// or "which" (past "type of", "kinds of": [kindof] of questionwords.txt) or
// after "what are" and an article or a possessive, or, as a query of key
// words with no question word, as its last word. A typed question ("which
// years", "how many crops") asks for its type instead, and a yes/no
// question ("do they pay for safety boots") for a yes or a no.
func asksList(toks []token, typ AnswerType, asks, polar bool) bool {
	if typ != TypeNone || polar || len(toks) == 0 {
		return false
	}
	if !asks {
		return pluralNoun(toks[len(toks)-1].text)
	}
	i := 0
	for i < len(toks) && !namesTypeAfter(toks[i].text) {
		i++
	}
	if i == len(toks) {
		return false
	}
	i++
	if i < len(toks) && (toks[i].text == "are" || toks[i].text == "r") {
		i++
		if i < len(toks) && (questionWords().articles[toks[i].text] || questionWords().possessives[toks[i].text]) {
			i++
		}
	}
	if i+1 < len(toks) && questionWords().kindOf[toks[i].text] && toks[i+1].text == "of" {
		i += 2
	}
	en := english.Load()
	last := ""
	for n := 0; i < len(toks) && n < maxAskedWords && !isStopWord(toks[i].text); i, n = i+1, n+1 {
		pos := posCached(en, toks[i].text)
		if !pos.Has(english.Noun) || n > 0 && pos.Has(english.Verb) {
			break // "which plan comes with": the verb after the noun
		}
		last = toks[i].text
	}
	return last != "" && pluralNoun(last)
}

// pluralNoun reports whether w is the plural of a noun WordNet knows: it
// ends in "s" and WordNet gives it a base form other than itself that is a
// noun ("browsers" -> browser, "certifications"), not "news" or "series".
func pluralNoun(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	en := english.Load()
	for _, l := range en.Lemmas(w) {
		if l != w && posCached(en, l).Has(english.Noun) {
			return true
		}
	}
	return false
}

// endsListWord reports whether byte c ends a word of a list for
// enumerates: a space, a comma or a stop, a colon or a bracket.
func endsListWord(c byte) bool {
	switch c {
	case ' ', '\t', '\n', ',', '.', ';', ':', '(', ')':
		return true
	}
	return false
}

// enumerates reports whether text lists three things or more: short
// phrases (at most maxListItem words) separated by commas, the last after
// "and" or "or" ("Chrome, Firefox, Safari and Edge", "Visa, Mastercard,
// or American Express"), as listAt reads them in an answer's sentence.
//
// Only a comma counts an item, so a text without one lists nothing and is
// not read word by word: most sentences are.
func enumerates(text string) bool {
	if strings.IndexByte(text, ',') < 0 {
		return false
	}
	items, words := 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ',':
			if words == 0 || words > maxListItem {
				items = 0
			} else {
				items++
			}
			words = 0
			i++
		case c == '.' || c == ';' || c == ':' || c == '(' || c == ')':
			items, words = 0, 0
			i++
		case c == ' ' || c == '\t' || c == '\n':
			i++
		default:
			j := i
			for j < len(text) && !endsListWord(text[j]) {
				j++
			}
			if j < len(text) && text[j] == '.' && j+1 < len(text) && text[j+1] != ' ' {
				// a stop inside a word ("3.3.1", "x.com")
				for j < len(text) && text[j] != ' ' && text[j] != ',' {
					j++
				}
			}
			if w := text[i:j]; w == "and" || w == "or" {
				// "X, Y and Z" or "X, Y, and Z": two items before it.
				if items >= 2 && words == 0 || items >= 1 && words >= 1 && words <= maxListItem {
					return true
				}
				items, words = 0, 0
				i = j
				continue
			}
			words++
			i = j
		}
	}
	return false
}
