package qa

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/qabot/qabot/qa/english"
)

// defines reports whether sentence text describes what a "what is X" or
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
// The tokens are kept in sc.defineToks.
func (sc *scratch) defines(q *Question, text string) bool {
	n := len(q.words)
	if n == 0 {
		return false
	}
	// The opening needs only the first words, the apposition a comma and
	// an article: a sentence with neither is not tokenized.
	if !hasAppositionMark(text) {
		text = text[:min(len(text), defineOpening)]
	}
	sc.defineToks = tokenize(text, sc.defineToks[:0])
	toks := sc.defineToks
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
// A contracted "n't" ("doesn't") counts as "not". It reads the ASCII words
// of text (isWordByte) in place, lowered, without tokenizing:
// it runs on every candidate of a yes/no question.
func statesRule(text string) bool {
	rule := questionWords().ruleWords
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
		if n <= len(buf) && rule[string(buf[:n])] {
			return true
		}
		if n > 1 && buf[min(n, len(buf))-1] == 'n' && (strings.HasPrefix(text[j:], "'t") || strings.HasPrefix(text[j:], "’t")) {
			return rule["not"]
		}
		i = j
	}
	return false
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

// mayNameAfter reports whether text may hold a word followed by a
// capitalised one, as namesAskedNoun needs ("Yale president Ezra Stiles",
// "The television station, NDtv, ..."): a space, not text's first byte
// nor after another space, then a capital letter or a byte of a letter
// beyond ASCII (whose case it does not read). A capitalised token opens
// with such a letter (appendWord) and follows a word's token by " " or
// ", ", whose last byte is no space. It reads the text's bytes, where
// namesAskedNoun needs its tokens: a sentence without such a word, over a
// third of those of 48 SQuAD articles, is not tokenized.
func mayNameAfter(text string) bool {
	for i := 1; i+1 < len(text); i++ {
		if text[i] != ' ' || text[i-1] == ' ' {
			continue
		}
		if c := text[i+1]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// mayNameAsked reports whether text may hold what namesAskedNoun looks
// for, a token that may stem to one of asked (mayStemTo) followed by " "
// or ", " and a capitalised word, without tokenizing it. It visits only
// the places where " " or ", " comes before a capital (an ASCII one or a
// byte beyond ASCII, whose case it does not read) and reads the word that
// ends there as the tokenizer would: a word of ASCII letters and digits
// after a byte that ends words (scanWord) is its token in lower case
// (plainWord), whose first byte and length say whether it may stem to one
// of asked, and then its stem and parts of speech whether it does; a
// word that opens with a digit stays a number, merged or not, and "%" is
// "percent". It answers true, as a token there may, where the word ends
// with or follows another byte (accents, an apostrophe, "U.S."), where it
// is longer than a token, and for any text when a spelling or a phrase of
// tokenwords.txt gives a word whose stem is one of asked (mayRewriteTo:
// "per cent" is "percent") or when the asked stems do not all open with
// a letter.
// Of the candidates whose words namesAskedNoun would read (holdsAsked and
// mayNameAfter), some nine in ten on the 48 SQuAD articles are ruled out
// without tokenizing them.
func mayNameAsked(text string, asked []string) bool {
	for _, s := range asked {
		if s == "" || s[0] < 'a' || s[0] > 'z' {
			return true
		}
	}
	if tokenWords().mayRewriteTo(asked) {
		return true
	}
	for e := 1; e+1 < len(text); e++ {
		switch {
		case text[e] == ' ' && isCapitalByte(text[e+1]):
		case text[e] == ',' && e+2 < len(text) && text[e+1] == ' ' && isCapitalByte(text[e+2]):
		default:
			continue
		}
		c := text[e-1]
		switch {
		case c == '%':
			if mayStemTo("percent", asked) {
				return true
			}
			continue
		case c == '.' || c == '\'' || c >= utf8.RuneSelf:
			return true // the end of a word of the general path
		case !isWordByte(c):
			continue // no token ends here
		}
		start, end := wordStart(text, e-1), e
		if text[start:e] == "s" {
			// A possessive ("China's President"): appendWord's token is
			// the word before the apostrophe, and ends here.
			if a := apostropheBefore(text, start); a > 0 && isWordByte(text[a-1]) {
				start, end = wordStart(text, a-1), a
			}
		}
		if start > 0 && (text[start-1] >= utf8.RuneSelf || strings.IndexByte(".,'", text[start-1]) >= 0) {
			return true // a word of the general path, or part of a number
		}
		raw := text[start:end]
		if len(raw) > maxTokenBytes {
			return true
		}
		if isDigitByte(raw[0]) {
			continue
		}
		for _, s := range asked {
			if len(raw) >= len(s) && lowerByte(raw[0]) == s[0] {
				if askedNounWord(raw, asked) {
					return true
				}
				break
			}
		}
	}
	return false
}

// wordStart returns where the run of ASCII letters and digits of text
// that holds byte i starts.
func wordStart(text string, i int) int {
	for i > 0 && isWordByte(text[i-1]) {
		i--
	}
	return i
}

// apostropheBefore returns where the straight or curly apostrophe that
// ends right before byte i of text starts, or -1.
func apostropheBefore(text string, i int) int {
	switch {
	case i >= 1 && text[i-1] == '\'':
		return i - 1
	case i >= 3 && text[i-3:i] == "’":
		return i - 3
	}
	return -1
}

// isCapitalByte reports whether c opens a capitalised word as far as
// mayNameAsked reads: an ASCII capital, or a byte of a letter beyond ASCII.
func isCapitalByte(c byte) bool { return 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf }

// askedNounWord reports whether raw, a word of ASCII letters and digits,
// is in lower case a noun whose stem is one of asked: the token
// namesAskedNoun looks for.
func askedNounWord(raw string, asked []string) bool {
	w := raw
	for j := range len(raw) {
		if 'A' <= raw[j] && raw[j] <= 'Z' {
			w = strings.ToLower(raw)
			break
		}
	}
	return slices.Contains(asked, stemCached(w)) && posCached(english.Load(), w).Has(english.Noun)
}

// lowerByte is ASCII byte c in lower case.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
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
