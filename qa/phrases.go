package qa

import (
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
