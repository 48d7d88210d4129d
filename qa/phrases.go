package qa

import (
	"slices"
	"strings"

	"github.com/qabot/qabot/qa/english"
)

// WordNet's multi-word expressions in a question. A question's "take part"
// is WordNet's one expression, whose synonym "participate" a sentence may
// hold for it; the question's words "take" and "part" find neither. The
// question's tokens are read for the expressions of two or three words
// that the English resources table (english.PhraseRelatives: "take part",
// "time off", "birth control pill"), the first word by its lemmas too
// ("took part"), the last as a regular plural too ("birth control
// pills"). The expression's synonyms and hypernyms then count as
// alternatives of its rarest word by the corpus's idf (resolve and
// phraseHead, rank.go): a synonym as a WordNet synonym, a hypernym as a
// WordNet relative (alternatives.go), each weighed as the word's own
// alternatives of that kind are.

// qphrase is a WordNet expression of a question: its question words, one
// of which takes its single-word relatives as alternatives, and those
// relatives as PhraseRelatives gives them.
type qphrase struct {
	words               uint32 // bit i: Question.words[i]
	synonyms, hypernyms string
}

// maxPhraseKey bounds the bytes of an expression looked up.
const maxPhraseKey = 64

// findPhrases returns the WordNet expressions of toks whose words include
// one of words (not set aside), appended to dst: at most one a starting
// token, the longest first, and none starting inside another. A token
// that starts no expression by its own spelling or its lemmas (most do
// not: english.PhraseStarts) is passed over with no other lookup. Each
// key is built once up to its last word, which is then written in place
// as the token and as its singular (made only when the token is no last
// word and ends in "s"), so that a lookup copies one word.
func findPhrases(dst []qphrase, toks []token, words []qword) []qphrase {
	en := english.Load()
	if en.Err() != nil {
		return dst
	}
	var buf [maxPhraseKey]byte
	for i := 0; i+1 < len(toks); i++ {
		starts := en.PhraseStarts(toks[i].text)
		if starts == "" {
			continue
		}
		found := 0
		for n := 3; n >= 2 && found == 0; n-- {
			if i+n > len(toks) {
				continue
			}
			end := toks[i+n-1].text
			sing, singDone := "", false
			rest := starts
			for nf := 0; rest != "" && nf < maxPhraseFirsts && found == 0; nf++ {
				var f string
				f, rest, _ = strings.Cut(rest, " ")
				p := copy(buf[:], f)
				for _, t := range toks[i+1 : i+n-1] {
					p += copy(buf[p:], " ")
					p += copy(buf[p:], t.text)
				}
				p += copy(buf[p:], " ")
				l := end
				for last := 0; last < 2; last++ {
					if last == 1 {
						// The token as a regular plural, once a
						// lookup of it is needed: every plural
						// singular reads ends in "s" after three
						// bytes or more.
						if !singDone {
							singDone = true
							if len(end) > 3 && end[len(end)-1] == 's' {
								sing = singular(end)
							}
						}
						if sing == "" {
							break
						}
						l = sing
					}
					k := p + copy(buf[p:], l)
					if k == len(buf) {
						continue // too long to be one
					}
					syn, hyp := en.PhraseRelativesOf(buf[:k])
					if syn == "" && hyp == "" {
						continue
					}
					if m := expressionWords(toks[i:i+n], words); m != 0 {
						dst = append(dst, qphrase{words: m, synonyms: syn, hypernyms: hyp})
						found = n
					}
					break
				}
			}
		}
		if found > 0 {
			i += found - 1
		}
	}
	return dst
}

// maxPhraseFirsts bounds the first words of an expression that one
// question token is looked up as (english.PhraseStarts: the token and its
// lemmas).
const maxPhraseFirsts = 8

// expressionWords returns the mask of words (bit k: words[k]) that toks are,
// leaving out words set aside.
func expressionWords(toks []token, words []qword) uint32 {
	var m uint32
	for _, t := range toks {
		s := stemCached(t.text)
		for k := range words {
			if words[k].stem == s && !words[k].exclude && k < 32 {
				m |= 1 << k
			}
		}
	}
	return m
}

// One word written three ways. People write a compound closed
// ("crackdown", "ceasefire"), open ("crack down", "cease fire") or
// hyphenated ("cease-fire") as it comes, and WordNet keeps each under one
// spelling: "cease-fire" and "well-known" hyphenated, "crackdown" and
// "takeover" closed, "crack down" and "take over" as expressions whose
// derivations are the closed nouns. findCompounds reads a question's
// pairs of words written open or hyphenated as the WordNet word of their
// hyphenated or closed spelling, and gives it to the question as one more
// expression (qphrase): the closed spelling itself and the word's
// synonyms as synonyms, its derivations, similar adjectives and
// hypernyms as relatives, weighed as WordNet's own of those kinds are.
// (A closed question word WordNet lacks, read the other way as its
// hyphenated word or open expression, "ceasefire" as "cease-fire", moved
// nothing measured and was left out: docs/engine-log.md, stop 45.)

// maxCompoundFirsts bounds the spellings of a compound's first word
// findCompounds tries: as written and by its lemmas that open a WordNet
// expression with the second word.
const maxCompoundFirsts = 4

// findCompounds appends to dst the question's compounds written open or
// hyphenated: two tokens of letters parted by one space or one hyphen (a
// whole hyphenated run of two, not a part of a longer one), the first no
// stop word, whose hyphenated spelling ("cease-fire") or closed one
// ("crackdown") is a WordNet word. A second word that is a stop word
// ("crack down", "rank in") is read so only when the open pair, the first
// word by its lemmas too, is a WordNet expression (english.PhraseRelatives)
// or the question hyphenates it ("built-in"): an open "rank in" is no
// "rankin", an open "tall is" no "tallis". Two content words written open
// are read so only when their closed spelling is a GloVe word.
func findCompounds(dst []qphrase, text string, toks []token, words []qword) []qphrase {
	en := english.Load()
	if en.Err() != nil {
		return dst
	}
	var buf [maxPhraseKey]byte
	for i := 0; i+1 < len(toks); i++ {
		a, b := &toks[i], &toks[i+1]
		if b.start != a.end+1 || int(a.end) >= len(text) {
			continue
		}
		gap := text[a.end]
		if gap != ' ' && gap != '-' || len(a.text)+len(b.text)+1 > len(buf) ||
			!allLetters(a.text) || !allLetters(b.text) || isStopWord(a.text) {
			continue
		}
		if gap == '-' && (i > 0 && hyphenAfter(text, toks, i-1) || hyphenAfter(text, toks, i+1)) {
			continue // a part of a longer hyphenated run ("state-of-the-art")
		}
		// The first word as written; before a stop word, by its lemmas
		// that open a WordNet expression with it ("took over" is the
		// verb "take over", whose noun is "takeover"), and as written
		// only behind a hyphen ("built-in").
		var fbuf [maxCompoundFirsts]string
		firsts := fbuf[:0]
		stop := isStopWord(b.text)
		if !stop || gap == '-' {
			firsts = append(firsts, a.text)
		}
		if stop {
			for rest := en.PhraseStarts(a.text); rest != "" && len(firsts) < len(fbuf); {
				var f string
				f, rest, _ = strings.Cut(rest, " ")
				k := copy(buf[:], f)
				k += copy(buf[k:], " ")
				k += copy(buf[k:], b.text)
				if syn, hyp := en.PhraseRelativesOf(buf[:k]); (syn != "" || hyp != "") && !slices.Contains(firsts, f) {
					firsts = append(firsts, f)
				}
			}
		}
		if gap == ' ' && !stop {
			// Two content words written open are looked up only when
			// their closed spelling is a common word (GloVe's): people
			// write "cease fire" for the "ceasefire" they also write,
			// rarely "well known" for "well-known", and most pairs of a
			// question are two words.
			k := copy(buf[:], a.text)
			k += copy(buf[k:], b.text)
			if _, ok := en.Rank(string(buf[:k])); !ok {
				continue
			}
		}
		var syn, rel []string
		for f := range len(firsts) * 2 {
			first, closed := firsts[f/2], f%2 == 1
			k := copy(buf[:], first)
			if !closed {
				k += copy(buf[k:], "-")
			}
			k += copy(buf[k:], b.text)
			lw := en.Look(string(buf[:k]))
			var lbuf [4]string
			if len(lw.AppendLemmas(lbuf[:0])) == 0 {
				continue
			}
			if closed {
				syn = append(syn, string(buf[:k]))
			}
			var rbuf [64]english.Relation
			for _, r := range lw.AppendRelated(rbuf[:0]) {
				if r.Word == a.text || r.Word == b.text {
					continue
				}
				switch {
				case r.Kind == english.Synonym && r.Sense <= maxSynSense:
					syn = append(syn, r.Word)
				case (r.Kind == english.Derivation || r.Kind == english.Similar) && r.Sense <= maxSynSense,
					r.Kind == english.Hypernym && r.Sense <= maxHyperSense:
					rel = append(rel, r.Word)
				}
			}
		}
		if len(syn) == 0 && len(rel) == 0 {
			continue
		}
		m := expressionWords(toks[i:i+2], words)
		if m == 0 {
			continue // both words set aside
		}
		dst = append(dst, qphrase{words: m, synonyms: strings.Join(syn, " "), hypernyms: strings.Join(rel, " ")})
	}
	return dst
}
