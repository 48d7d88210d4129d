package qa

import (
	"slices"
	"strings"
	"sync"

	"github.com/qabot/qabot/qa/english"
)

// defines reports whether a sentence describes what a "what is X" or
// "who is X" question names, the way glossaries, lists of terms and first sentences
// define a thing. X is the question's content words, matched in order and
// by stem. The sentence
//   - opens with X, after any function words ("The", "An"), and a colon,
//     a semicolon (between a table row's cells), a dash between spaces, a
//     bracket, a comma or a copula ("is", "means": spanwords.txt
//     [copulas]) follows: "Kettle: the Monday stand-up", "An ICP is the
//     installation control point";
//   - or holds X in apposition anywhere, not after a capitalised word of
//     which it ends the name: a comma and an article follow it ("... is
//     TikTok, the social media platform with ...").
//
// It reads sentence s of ix: the tokens of its opening, kept in
// sc.defineToks, or, when it reads the whole sentence, the tokens the
// scratch remembers of it (tokensOf), which the names-asked feature and
// the span model read too.
func (sc *scratch) defines(q *Question, ix *Index, s int32) bool {
	if len(q.words) == 0 || q.words[0].stem == "" {
		return false // holdsAt matches no token
	}
	text, whole := ix.definesReads(s)
	if !ix.mayDefine(s, q.words[0].stem, text) {
		return false
	}
	if whole {
		return sc.definesIn(q, text, sc.tokensOf(ix, s))
	}
	sc.defineToks = tokenize(text, sc.defineToks[:0])
	return sc.definesIn(q, text, sc.defineToks)
}

// definesReads returns the text of sentence s that defines reads, and
// whether it is the whole text. The opening needs only the first words,
// the apposition a comma and an article: a sentence with neither is read
// only to defineOpening bytes.
func (ix *Index) definesReads(s int32) (text string, whole bool) {
	text = ix.sents[s].text
	if len(text) > defineOpening && !hasAppositionMark(text) {
		return text[:defineOpening], false
	}
	return text, true
}

// mayDefine reports whether sentence s, of which defines reads text (its
// opening or its whole), may match a question whose first content word
// has stem stem: whether it may open with it (mayOpenWith), or, when text
// has a comma, hold it in apposition, as a content word, whose term Build
// stored (holdsTerm), or as a stop word of that stem (stopStems), which no
// stored term holds. Most sentences a what-is question reads hold the
// word nowhere, and ruling them out spares tokenizing them.
func (ix *Index) mayDefine(s int32, stem, text string) bool {
	if ix.mayOpenWith(s, stem) {
		return true
	}
	return strings.IndexByte(text, ',') >= 0 && (ix.holdsTerm(s, stem) || stopStems()[stem])
}

// mayOpenWith reports whether sentence s may open with a word of stem
// stem, as defines reads it: whether the stem's term is the sentence's
// first content term. A sentence defines its term by opening with it,
// after any stop words, so the first word matched is the sentence's first
// content word, whose term Build stored first (TestMayOpenWithOnCorpora:
// the first content token of a sentence's opening and of its whole has
// its stem's term there); only an apposition, which needs a comma, may
// match elsewhere, or start with a stop word. Ruling a sentence out so
// spares tokenizing its opening, which most candidates of a what-is
// question would otherwise need.
func (ix *Index) mayOpenWith(s int32, stem string) bool {
	id, ok := ix.stemTerm(stem)
	st := &ix.sents[s]
	return ok && st.nterms > 0 && st.indexed[0] == id
}

// holdsTerm reports whether the term of stem is one of sentence s's
// stored content terms: a content token of its text has the stem only if
// so (TestMayOpenWithOnCorpora: every content token of the whole text,
// and of an opening cut at defineOpening bytes every one before a comma
// and an article, has its stem's term stored).
func (ix *Index) holdsTerm(s int32, stem string) bool {
	id, ok := ix.stemTerm(stem)
	st := &ix.sents[s]
	return ok && slices.Contains(st.indexed[:st.nterms], id)
}

// stopStems returns the stems of the stop words (isStopWord: the snowball
// list and tokenwords.txt's [stopwords]), the stems a token with no
// stored term may have ("does" stems to "doe").
var stopStems = sync.OnceValue(func() map[string]bool {
	tw := tokenWords()
	m := map[string]bool{}
	for _, l := range []map[string]bool{tw.snowballStops, tw.stopWords} {
		for w := range l {
			m[stemCached(w)] = true
		}
	}
	return m
})

// definesIn is defines on text, whose tokens are toks; false for a
// question without words.
func (sc *scratch) definesIn(q *Question, text string, toks []token) bool {
	n := len(q.words)
	if n == 0 {
		return false
	}
	first := 0
	for first < len(toks) && isStopWord(toks[first].text) {
		first++
	}
	for i := first; i+n <= len(toks); i++ {
		if !sc.holdsAt(q, toks, i) {
			continue
		}
		rest := strings.TrimLeft(text[toks[i+n-1].end:], " *_\"'’”")
		if i == first && opensDescription(rest, toks[i+n:]) {
			return true
		}
		// Not the end of a longer name ("the Gull & Kettle, a café").
		if strings.HasPrefix(rest, ",") && i+n < len(toks) && (i == first || !toks[i-1].cap) {
			switch toks[i+n].text {
			case "a", "an", "the":
				return true
			}
		}
	}
	return false
}

// hasAppositionMark reports whether text has a comma followed by an article
// (", a", ", an", ", the"), where an apposition may start.
func hasAppositionMark(text string) bool {
	for i := strings.IndexByte(text, ','); i >= 0; {
		rest := strings.TrimLeft(text[i+1:], " ")
		for _, a := range [...]string{"a ", "an ", "the "} {
			if len(rest) >= len(a) && strings.EqualFold(rest[:len(a)], a) {
				return true
			}
		}
		k := strings.IndexByte(text[i+1:], ',')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// holdsAt reports whether toks from i on are the content words of q, in
// order, by stem. A stem keeps its word's first byte and is never longer
// than it (TestStemKeepsHead), so a token that differs from a word's stem
// there is no match, found without stemming it: most tokens are.
func (sc *scratch) holdsAt(q *Question, toks []token, i int) bool {
	for k, w := range q.words {
		t := toks[i+k].text
		if w.stem == "" || len(t) < len(w.stem) || t[0] != w.stem[0] || stemCached(t) != w.stem {
			return false
		}
	}
	return true
}

// opensDescription reports whether rest, the text after a term that opens
// a sentence, and next, the tokens after it, start a description of the
// term (defines).
func opensDescription(rest string, next []token) bool {
	if rest == "" {
		return false
	}
	switch rest[0] {
	case ':', ';', '(', ',':
		return true
	case '-':
		return strings.HasPrefix(rest, "- ") // not "Kettle-based"
	}
	if strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") {
		return true
	}
	return len(next) > 0 && spanWords().copulas[next[0].text]
}

// statesRule reports whether sentence text holds a word of a rule or a
// limit (questionwords.txt [rulewords]), which answers a yes/no question.
// A contracted "n't" ("doesn't") counts as "not". It runs on every
// candidate of a yes/no question.
func statesRule(text string) bool {
	return holdsWord(text, questionWords().ruleWords, true)
}

// namesAskedNoun reports whether sentence text gives a name to the thing a
// "what" or "which" question asks for (q.asked), or whose name a "what is
// the name of X" question asks for, or who holds the role X of a "who is
// X" question (q.named): a word of the asked noun
// is followed by a capitalised word the question does not hold,
// directly ("Yale president Ezra Stiles") or after a comma ("The television
// station, NDtv, grew ...", "Its main seminary, Moreau Seminary, is ..."),
// the way a sentence names an instance of a kind; a name right after
// the noun follows its singular only. The noun is a noun
// there (not "Traditionally," for "what traditions") and does not end a
// longer name. toks are the tokens of text.
func (sc *scratch) namesAskedNoun(q *Question, text string, toks []token) bool {
	asked := q.askedNoun()
	if len(asked) == 0 {
		return false
	}
	en := english.Load()
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i].text
		if !mayStemTo(t, asked) || !slices.Contains(asked, stemCached(t)) || !posCached(en, t).Has(english.Noun) {
			continue
		}
		// Not the end of a longer name ("the Game Critics Awards, X-Play"
		// for "what award"): a capitalised word before the noun is one of
		// the words that name the thing ("Prime Minister").
		if i > 0 && toks[i].cap && toks[i-1].cap && !slices.Contains(asked, stemCached(toks[i-1].text)) {
			continue
		}
		next := toks[i+1]
		if next.start < toks[i].end {
			continue // two tokens of one word ("didn't")
		}
		gap := text[toks[i].end:next.start]
		if gap != " " && gap != ", " || !next.cap || next.num || isStopWord(next.text) || q.holdsStem(stemCached(next.text)) {
			continue
		}
		if gap == ", " && appositionEnds(text, toks[i+1:]) {
			return true
		}
		// A name right after a plural starts a list or a clause ("biotech
		// companies Corixa, Immunex ...", "the crops China received"), not
		// the name of the one thing asked for.
		if gap == " " {
			if l := en.Lemmas(t); len(l) == 0 || l[0] == t {
				return true
			}
		}
	}
	return false
}

// askedNoun returns the stems of the thing q asks for: Question.asked, or
// else Question.named.
func (q *Question) askedNoun() []string {
	if len(q.asked) == 0 {
		return q.named
	}
	return q.asked
}

// namerTerms finds, for stage 3 of Build, the namers of a part's
// sentences (appendNamers): words is the part's vocab, term the term of
// each of its words, or -1 for a stop word (isStopWord), whose term, when
// its stem is one, stems finds.
type namerTerms struct {
	words []vocabWord
	term  []int32
	stems *wordTable
	// stop remembers the term of each stop word looked up, +1 (0: not yet
	// looked up, -1: none).
	stop []int32
}

// appendNamers appends to dst the namers of a sentence with text and
// tokens toks, each once: the terms of the tokens that a capitalised token,
// neither a number nor a stop word, follows by " " or ", " (not within one
// word, as "didn't"). These are the only tokens namesAskedNoun can find
// a name after ("Yale president Ezra Stiles", "The television station,
// NDtv, ..."), each by its stem, which is its term's: the names-asked
// feature reads a candidate's tokens only when a namer of it is a term of
// the asked noun (Index.namersOf). A stop word counts by the term of its
// stem when the corpus has one ("will" of "wills"). Of the 10,684
// sentences of 48 SQuAD articles, 5,128 have a namer, 2.7 on average:
// 13,625 in all, 53 kB of index.
func (nt *namerTerms) appendNamers(dst []int32, text string, toks []storedToken) []int32 {
	n := len(dst)
	for i := 1; i < len(toks); i++ {
		t, next := &toks[i-1], &toks[i]
		if !next.capital() || next.number() || next.start() < t.end() {
			continue
		}
		if gap := text[t.end():next.start()]; gap != " " && gap != ", " || nt.term[next.word] < 0 {
			continue
		}
		id := nt.termOf(t.word)
		if id >= 0 && !slices.Contains(dst[n:], id) {
			dst = append(dst, id)
		}
	}
	return dst
}

// termOf returns the term of the part's word w, or -1.
func (nt *namerTerms) termOf(w int32) int32 {
	if id := nt.term[w]; id >= 0 {
		return id
	}
	if nt.stop == nil {
		nt.stop = make([]int32, len(nt.term))
	}
	if nt.stop[w] == 0 {
		nt.stop[w] = -1
		if id, ok := nt.stems.find(stemCached(nt.words[w].text)); ok {
			nt.stop[w] = int32(id) + 1
		}
	}
	return max(nt.stop[w]-1, -1)
}

// mayStemTo reports whether the stem of token t can be one of stems: a
// stem keeps its word's first byte and is never longer than it
// (TestStemKeepsHead), so a token whose first byte no stem opens with, or
// shorter than every stem that does, need not be stemmed. Most tokens of a
// sentence are ruled out so.
func mayStemTo(t string, stems []string) bool {
	for _, s := range stems {
		if s != "" && len(t) >= len(s) && t[0] == s[0] {
			return true
		}
	}
	return false
}

// holdsStem reports whether one of q's content words has stem s.
func (q *Question) holdsStem(s string) bool {
	for _, w := range q.words {
		if w.stem == s {
			return true
		}
	}
	return false
}

// appositionEnds reports whether the capitalised words that open toks, a
// name after a comma, close as an apposition does: with a comma, a
// bracket, a semicolon or the end of the sentence ("The television
// station, NDtv, grew"), not with a verb, as the subject of a main clause
// after an opening phrase does ("Despite being an original story, Spectre
// draws on ...").
func appositionEnds(text string, toks []token) bool {
	k := 0
	for k < len(toks) && (toks[k].cap || toks[k].num) && (k == 0 || toks[k].start >= toks[k-1].end) {
		k++
	}
	rest := strings.TrimLeft(text[toks[k-1].end:], " \"'’”")
	return rest == "" || strings.ContainsAny(rest[:1], ",;.()")
}

// holdsWordOf reports whether text holds a word of words.
func holdsWordOf(text string, words map[string]bool) bool {
	return holdsWord(text, words, false)
}

// holdsWord reports whether text holds a word of words, and when nt is
// true a contracted "n't" ("doesn't") as "not" if words has it. It reads
// the ASCII words of text (isWordByte) in place, lowered, without
// tokenizing.
func holdsWord(text string, words map[string]bool, nt bool) bool {
	var buf [16]byte
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j, n := i, 0
		for ; j < len(text) && isWordByte(text[j]); j++ {
			if n < len(buf) {
				buf[n] = text[j] | 0x20 // lower case (digits stay)
			}
			n++
		}
		if n <= len(buf) && words[string(buf[:n])] {
			return true
		}
		if nt && n > 1 && buf[min(n, len(buf))-1] == 'n' && (strings.HasPrefix(text[j:], "'t") || strings.HasPrefix(text[j:], "’t")) {
			return words["not"]
		}
		i = j
	}
	return false
}
