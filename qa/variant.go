package qa

import (
	"cmp"
	"hash/maphash"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/qabot/qabot/qa/english"
)

// Variants of one thing match each other through three general mechanisms,
// none of them a list of words from a particular corpus:
//
//   - normalisation in the tokenizer (the spellings and phrases of
//     tokenwords.txt, and the number parser in token.go): "U.S." = "US" =
//     "United States", "%" = "percent", "thirty-two" = "32";
//   - acronyms learnt from the corpus: "USTR" matches the terms of a run of
//     capitalised words whose initials spell it ("US Trade Representative");
//   - compounds closed up: "oncall" matches the corpus's "on-call", and
//     "carryover" its "carry over" (a two-word verb closed up, words.go);
//   - derived forms: a question word the corpus lacks whose stem starts a
//     corpus word ("inflation" -> "inflationary");
//   - misspellings: a question word the corpus lacks matches the corpus
//     words within a small Damerau–Levenshtein distance, with a weight below
//     an exact match.

// spellKey buckets corpus words by first letter and length.
type spellKey struct {
	first rune
	n     int
}

// spellWord is a corpus word (by its id in Index.surface, its place in
// word order) and its letters' signature (letterSig), in a spelling
// bucket: 12 bytes, not a string's 16 and more. The misspelling search
// reads the signature first, and the word's text and term
// (Index.surfaceIDs) only when the signature lets it be close enough.
type spellWord struct {
	word int32
	sig  letterSig
}

// letterSig is the signature of a word's letters a to z: bit c of once is
// set when the word holds letter 'a'+c once or more, bit c of twice when
// twice or more. Other bytes are not in it.
type letterSig struct {
	once, twice uint32
}

// sigOf returns the signature of w's letters.
func sigOf(w string) letterSig {
	var once, twice uint32
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'a' <= c && c <= 'z' {
			bit := uint32(1) << (c - 'a')
			twice |= once & bit
			once |= bit
		}
	}
	return letterSig{once, twice}
}

// apart returns a lower bound on the sum, over the letters a to z, of how
// much two words' counts of the letter differ, from their signatures s and
// t: a letter one word holds at least once (or twice) and the other not
// adds one for each such threshold, and the counts differ by at least the
// thresholds between them. osa.to's bound on the same sum tells words too
// far apart without their table, so apart(...) > 2·max tells them without
// reading their text.
func (s letterSig) apart(t letterSig) int {
	return bits.OnesCount64(uint64(s.once^t.once) | uint64(s.twice^t.twice)<<32)
}

// buildSpell buckets the corpus words of at least four letters (letters
// only) by first letter and length, each bucket in word order. Only
// misspelt question words need these, but most batches of questions hold
// one, and building them takes longer than answering a question: Build
// and ReadSnapshot build them (surfaceTables), not the first misspelt
// question. The buckets are slices of
// one array, made to size, in order of their keys. The words are placed
// by counting, not sorted: one pass counts each bucket's words, the next
// puts each word at its bucket's next place, which keeps word order.
func (ix *Index) buildSpell() {
	n := ix.surface.len()
	// keys[i] is word i's bucket, or -1 for a word left out.
	keys := make([]int32, n)
	at := map[spellKey]int32{}
	var ks []spellKey
	var counts []int
	total := 0
	for i := range n {
		keys[i] = -1
		w := ix.surface.word(i)
		if len(w) < 4 || !allLetters(w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		k := spellKey{r, utf8.RuneCountInString(w)}
		b, ok := at[k]
		if !ok {
			b = int32(len(ks))
			at[k] = b
			ks = append(ks, k)
			counts = append(counts, 0)
		}
		keys[i] = b
		counts[b]++
		total++
	}
	// The buckets take their places in the array in key order.
	order := make([]int32, len(ks))
	for b := range order {
		order[b] = int32(b)
	}
	slices.SortFunc(order, func(a, b int32) int {
		return cmp.Or(cmp.Compare(ks[a].first, ks[b].first), cmp.Compare(ks[a].n, ks[b].n))
	})
	next := make([]int, len(ks))
	start := 0
	for _, b := range order {
		next[b] = start
		start += counts[b]
	}
	words := make([]spellWord, total)
	for i, b := range keys {
		if b < 0 {
			continue
		}
		words[next[b]] = spellWord{int32(i), sigOf(ix.surface.word(i))}
		next[b]++
	}
	ix.spell = make(map[spellKey][]spellWord, len(ks))
	for b, k := range ks {
		end := next[b]
		ix.spell[k] = words[end-counts[b] : end : end]
	}
}

// allLetters reports whether w is made of lower-case letters only (any
// script), the words worth a misspelling search.
func allLetters(w string) bool {
	// Most words are lower-case ASCII: read byte by byte until the first
	// other byte, and by runes from there.
	i := 0
	for i < len(w) && 'a' <= w[i] && w[i] <= 'z' {
		i++
	}
	if i == len(w) {
		return true
	}
	for _, r := range w[i:] {
		if r >= 'a' && r <= 'z' {
			continue
		}
		if r < 0x80 || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// correct finds the corpus word closest to w, a word the corpus lacks. It
// allows one edit for words of 5 to 7 letters and two from 8 letters on,
// keeps the first letter, and prefers the more frequent word on a tie. ok
// is false when nothing is close enough.
func (ix *Index) correct(w string) (id int32, weight weightCode, ok bool) {
	_, id, weight, ok = ix.correctIn(w, true)
	return id, weight, ok
}

// correctIn is correct that also returns the corpus word taken for w (its
// surface form) beside its term, passing over the words whose letters'
// signatures set them too far apart when signed is set, and measuring
// every word of the buckets when not (TestCorrectPlain compares the two).
func (ix *Index) correctIn(w string, signed bool) (word string, id int32, weight weightCode, ok bool) {
	n := utf8.RuneCountInString(w)
	if n < 5 || !allLetters(w) {
		return "", 0, 0, false
	}
	maxD := 1
	if n >= 8 {
		maxD = 2
	}
	first, _ := utf8.DecodeRuneInString(w)
	best, bestWord, bestD, bestDF := int32(-1), int32(-1), maxD+1, int32(-1)
	var o osa
	if !o.set(w) {
		return "", 0, 0, false
	}
	// The words whose letters alone set them too far apart (osa.to's
	// bound, read off the signatures) are passed over unread.
	sig := sigOf(w)
	for l := n - maxD; l <= n+maxD; l++ {
		for _, c := range ix.spell[spellKey{first, l}] {
			if signed && sig.apart(c.sig) > 2*maxD {
				continue
			}
			d := o.to(ix.surface.word(int(c.word)), maxD)
			if d > maxD {
				continue
			}
			id := ix.surfaceIDs[c.word]
			df := ix.df(id)
			if d < bestD || (d == bestD && df > bestDF) {
				best, bestWord, bestD, bestDF = id, c.word, d, df
			}
		}
	}
	if best < 0 {
		return "", 0, 0, false
	}
	if bestD == 1 {
		return ix.surface.word(int(bestWord)), best, codeTypo1, true
	}
	return ix.surface.word(int(bestWord)), best, codeTypo2, true
}

// osa measures the optimal-string-alignment edit distance (insertions,
// deletions, substitutions and adjacent transpositions) from one word to
// many: the word's letters are read once, and the rows are reused from one
// call to the next. Words longer than maxTokenBytes never reach it.
//
// Most words measured differ in more letters than max edits can mend: an
// edit changes the count of at most two letters by one each (a
// transposition none), so a and b are more than max edits apart when
// their counts of ASCII letters differ by more than 2·max in all. That
// bound, counted as b is read, spares those words the table.
type osa struct {
	a    [maxTokenBytes]rune
	la   int
	b    [maxTokenBytes]rune
	rows [3][maxTokenBytes + 1]int32
	// count is how many times each ASCII character occurs in a, ascii
	// how many of a's letters are ASCII.
	count [utf8.RuneSelf]int8
	ascii int
}

// set makes a the word measured from; it reports false when a is too long.
func (o *osa) set(a string) bool {
	o.la, o.ascii, o.count = 0, 0, [utf8.RuneSelf]int8{}
	for _, r := range a {
		if o.la == maxTokenBytes {
			return false
		}
		o.a[o.la] = r
		o.la++
		if r < utf8.RuneSelf {
			o.count[r]++
			o.ascii++
		}
	}
	return true
}

// to returns the distance from the word to b, cut short at max+1 once it
// must exceed max.
func (o *osa) to(b string, max int) int {
	lb := 0
	// left counts a's ASCII letters that b has not matched yet, extra b's
	// ASCII letters beyond a's.
	count, left, extra := o.count, o.ascii, 0
	for _, r := range b {
		if lb == maxTokenBytes {
			return max + 1
		}
		o.b[lb] = r
		lb++
		if r < utf8.RuneSelf {
			if count[r] > 0 {
				count[r]--
				left--
			} else {
				extra++
			}
		}
	}
	la, ra, rb := o.la, &o.a, &o.b
	if d := la - lb; d > max || -d > max || left+extra > 2*max {
		return max + 1
	}
	prev2, prev, cur := &o.rows[0], &o.rows[1], &o.rows[2]
	for j := 0; j <= lb; j++ {
		prev[j] = int32(j)
	}
	m := int32(max)
	for i := 1; i <= la; i++ {
		cur[0] = int32(i)
		rowMin := cur[0]
		for j := 1; j <= lb; j++ {
			cost := int32(1)
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > m {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return int(prev[lb])
}

// osaDistance is the optimal-string-alignment edit distance between a and
// b, cut short once it must exceed max (see osa).
func osaDistance(a, b string, max int) int {
	var o osa
	if !o.set(a) {
		return max + 1
	}
	return o.to(b, max)
}

// addRunWords records in runs the words a sentence writes as a run of
// words, mapped to the terms of the run's content words: the acronyms of
// capitalised runs, the hyphenated compounds closed up (addCompounds)
// and the bracketed short forms of numbers closed up (addBracketed). A
// word that is itself a content word of the corpus so far (isTerm.has) is
// left out, and the first run to spell one wins.
func addRunWords(runs map[string][]int32, text string, toks []token, cpos []int, terms []int32, isTerm *metBefore) {
	addAcronyms(runs, text, toks, cpos, terms, isTerm)
	addCompounds(runs, text, toks, cpos, terms, isTerm)
	addBracketed(runs, text, toks, cpos, terms, isTerm)
	addClosedNames(runs, text, toks, cpos, terms, isTerm)
}

// addClosedNames records each pair of capitalised content words with one
// space between them, closed up ("Super Bowl" -> "superbowl", "Play
// Station" -> "playstation"): people write a name's two words as one as
// often as apart.
func addClosedNames(runs map[string][]int32, text string, toks []token, cpos []int, terms []int32, isTerm *metBefore) {
	var buf [64]byte
	for i := 0; i+1 < len(toks); i++ {
		a, b := &toks[i], &toks[i+1] // in place: two tokens a word copied were a fifth of Build's count here
		if !a.cap || !b.cap || cpos[i] < 0 || cpos[i+1] < 0 || b.start != a.end+1 || text[a.end] != ' ' ||
			!allLetters(a.text) || !allLetters(b.text) {
			continue
		}
		w := append(append(buf[:0], a.text...), b.text...)
		if isTerm.has(w) {
			continue
		}
		if _, ok := runs[string(w)]; !ok {
			runs[string(w)] = []int32{terms[cpos[i]], terms[cpos[i+1]]}
		}
	}
}

// addCompounds records each run of two to maxCompoundWords words joined
// by hyphens (hyphenRun) with at least one content word, closed up ("on-call" -> "oncall",
// "e-mail" -> "email"): people type a compound closed as often as
// documents hyphenate it.
func addCompounds(runs map[string][]int32, text string, toks []token, cpos []int, terms []int32, isTerm *metBefore) {
	if !mayHyphen(text) {
		return // no two words of it are joined by a hyphen
	}
	var buf [64]byte
	for i := 0; i+1 < len(toks); i++ {
		if !hyphenAfter(text, toks, i) {
			continue // most words, asked here without a call to hyphenRun
		}
		j := hyphenRun(text, toks, i)
		if j == 0 {
			continue // not the start of a run, or longer than maxCompoundWords
		}
		closeRun(runs, toks[i:j], cpos[i:j], terms, isTerm, buf[:0])
	}
}

// closeRun records the words toks, written as one word with brackets or
// hyphens between them, closed up, under the terms of their content words
// (cpos, terms), unless they hold no letter (a range of numbers,
// "1990-91"), the corpus writes the closed word anyway (isTerm), or runs
// has it already. b is room for the word.
func closeRun(runs map[string][]int32, toks []token, cpos []int, terms []int32, isTerm *metBefore, b []byte) {
	letters := false
	for k := range toks {
		b = append(b, toks[k].text...)
		letters = letters || hasLetter(toks[k].text)
	}
	if !letters || isTerm.has(b) {
		return
	}
	if _, ok := runs[string(b)]; ok {
		return
	}
	var ids []int32
	for k := range toks {
		if cpos[k] >= 0 {
			ids = append(ids, terms[cpos[k]])
		}
	}
	if len(ids) > 0 {
		runs[string(b)] = ids
	}
}

// addBracketed records each number followed at once by one to
// maxCompoundWords-1 short bracketed parts, closed up ("401(k)" ->
// "401k", "501(c)(3)" -> "501c3", "8(a)" -> "8a"): people type such a
// short form without its brackets. A part is at most maxBracketPart
// bytes of letters or digits between "(" and ")", each right after the
// one before; a run with no letter is none (closeRun).
func addBracketed(runs map[string][]int32, text string, toks []token, cpos []int, terms []int32, isTerm *metBefore) {
	if strings.IndexByte(text, '(') < 0 {
		return
	}
	var buf [64]byte
	for i := 0; i+1 < len(toks); i++ {
		at := int(toks[i].end) // where the next part's "(" must stand
		if at >= len(text) || text[at] != '(' || !allDigits(toks[i].text) {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i < maxCompoundWords && at < len(text) && text[at] == '(' {
			t := &toks[j]
			if int(t.start) != at+1 || int(t.end) >= len(text) || text[t.end] != ')' || t.end-t.start > maxBracketPart {
				break
			}
			at = int(t.end) + 1
			j++
		}
		if j > i+1 {
			closeRun(runs, toks[i:j], cpos[i:j], terms, isTerm, buf[:0])
			i = j - 1
		}
	}
}

// hyphenRun returns the end (the index past its last word) of the whole
// run of two to maxCompoundWords words joined by hyphens that opens at
// toks[i], or 0 when toks[i] opens none: no hyphen follows it, one comes
// before it (it is inside a run), or the run is longer.
//
// It reads the tokens' bounds in place (hyphenAfter): a test given the
// two tokens by value copied both, twice a word of every sentence.
func hyphenRun(text string, toks []token, i int) int {
	if !hyphenAfter(text, toks, i) || i > 0 && hyphenAfter(text, toks, i-1) {
		return 0
	}
	j := i + 1
	for hyphenAfter(text, toks, j-1) {
		if j == i+maxCompoundWords {
			return 0
		}
		j++
	}
	return j
}

// stopCompound returns the run of two to four words that opens at toks[i]
// joined by hyphens, as one word with its hyphens ("out-of-hours"), in b's
// array, when it is a whole run (no hyphen before or after it) of letters
// with a stop word and a content word in it: the compounds whose stop words
// tell them from their content words alone.
func stopCompound(text string, toks []token, i int, b []byte) ([]byte, bool) {
	j := hyphenRun(text, toks, i)
	if j == 0 {
		return nil, false
	}
	stop, content := false, false
	for k := i; k < j; k++ {
		if !allLetters(toks[k].text) {
			return nil, false
		}
		if isStopWord(toks[k].text) {
			stop = true
		} else {
			content = true
		}
		if k > i {
			b = append(b, '-')
		}
		b = append(b, toks[k].text...)
	}
	return b, stop && content
}

// stopCompounds calls fn with the question word and the term of each run
// of two to maxCompoundWords question tokens, joined by one space or one
// hyphen each, that the corpus indexes as one hyphenated word
// (stopCompound: "out of hours" -> "out-of-hours"); the word is the run's
// last content word. Only the runs whose first two words open one of the
// corpus's compounds (compoundPairs) are looked up.
func (ix *Index) stopCompounds(q *Question, fn func(word int, id int32)) {
	if len(ix.compoundPairs) == 0 {
		return
	}
	toks := q.toks
	// What each token is, read once when a run first needs it, not once
	// for each run it is in.
	const (
		isKnown = 1 << iota
		isLetters
		isStop
	)
	var kindBuf [32]uint8
	kinds := kindBuf[:0]
	if len(toks) > len(kindBuf) {
		kinds = make([]uint8, 0, len(toks))
	}
	kinds = kinds[:len(toks)]
	kindOf := func(j int) uint8 {
		if kinds[j] == 0 {
			k := uint8(isKnown)
			if allLetters(toks[j].text) {
				k |= isLetters
			}
			if isStopWord(toks[j].text) {
				k |= isStop
			}
			kinds[j] = k
		}
		return kinds[j]
	}
	// A contraction's two tokens ("didn't": "did", "not") share the
	// contraction's place, which may end the question: the gap is read
	// only where one character parts the tokens.
	joined := func(j int) bool {
		end := toks[j-1].end
		if toks[j].start != end+1 || int(end) >= len(q.Text) {
			return false
		}
		gap := q.Text[end]
		return gap == ' ' || gap == '-'
	}
	var buf [64]byte
	for i := range toks {
		if i+1 == len(toks) || !joined(i+1) {
			continue
		}
		b := append(append(append(buf[:0], toks[i].text...), '-'), toks[i+1].text...)
		if !ix.compoundPairs.has(b) {
			continue // no compound of the corpus opens with these two words
		}
		b = buf[:0]
		stop, content := false, false
		for j := i; j < len(toks) && j < i+maxCompoundWords; j++ {
			t := toks[j]
			if j > i && !joined(j) || kindOf(j)&isLetters == 0 {
				break
			}
			if j > i {
				b = append(b, '-')
			}
			b = append(b, t.text...)
			if kinds[j]&isStop != 0 {
				stop = true
			} else {
				content = true
			}
			if j == i || !stop || !content {
				continue
			}
			id, ok := ix.wordTerm(string(b))
			if !ok {
				continue
			}
			for k := j; k >= i; k-- {
				if w := slices.IndexFunc(q.words, func(qw qword) bool { return qw.text == toks[k].text }); w >= 0 {
					fn(w, id)
					break
				}
			}
		}
	}
}

// pairFilter is a set of hashed words, one bit a hash, that may hold
// words it was not given but holds every word it was: compoundPairs, the
// first two words of the corpus's hyphenated compounds ("out-of" for
// "out-of-hours"). Nil holds nothing.
type pairFilter []uint64

// compoundPairBits is how many bits pairFilter gives each word it holds:
// about one word in compoundPairBits that it was not given passes it.
const compoundPairBits = 16

// markCompoundPairs sets ix.compoundPairs from the corpus's words with a
// hyphen, the compounds indexed whole (stopCompound): the words up to
// their second hyphen, if any.
func (ix *Index) markCompoundPairs() {
	var pairs []string
	for i := range ix.surface.len() {
		w := ix.surface.word(i)
		h := strings.IndexByte(w, '-')
		if h < 0 {
			continue
		}
		if h2 := strings.IndexByte(w[h+1:], '-'); h2 >= 0 {
			w = w[:h+1+h2]
		}
		pairs = append(pairs, w)
	}
	ix.compoundPairs = nil
	if len(pairs) == 0 {
		return
	}
	n := 1
	for 64*n < compoundPairBits*len(pairs) {
		n *= 2
	}
	ix.compoundPairs = make(pairFilter, n)
	for _, w := range pairs {
		h := maphash.String(pairSeed, w) & uint64(64*n-1)
		ix.compoundPairs[h/64] |= 1 << (h % 64)
	}
}

// has reports whether w may be in f: false when it was never added.
func (f pairFilter) has(w []byte) bool {
	h := maphash.Bytes(pairSeed, w) & uint64(64*len(f)-1)
	return f[h/64]&(1<<(h%64)) != 0
}

// pairSeed seeds the hashes of pairFilter (hash/maphash): compoundPairs
// is made again with the word tables in every process and never saved, so
// any seed serves.
var pairSeed = maphash.MakeSeed()

// hasLetter reports whether w has a letter.
func hasLetter(w string) bool { return strings.IndexFunc(w, unicode.IsLetter) >= 0 }

// mayHyphen reports whether text holds a hyphen, without which hyphenAfter
// is false at each of its tokens: Build asks it before it looks for
// compounds at every word of a sentence (TestMayHyphenPlain).
func mayHyphen(text string) bool { return strings.IndexByte(text, '-') >= 0 }

// hyphenAfter reports whether toks[i] and the next token of text are
// joined by a hyphen alone ("on-call"): false when toks[i] is the last.
func hyphenAfter(text string, toks []token, i int) bool {
	return i+1 < len(toks) && joinedByHyphen(text, int(toks[i].end), int(toks[i+1].start))
}

// joinedByHyphen reports whether a word that ends at byte end of text and
// the next, which starts at start, are joined by a hyphen alone.
func joinedByHyphen(text string, end, start int) bool {
	return start == end+1 && text[end] == '-'
}

// addAcronyms records, for each run of two to five capitalised content
// words in a sentence, the acronym their initials spell ("US Trade
// Representative" -> "ustr"; an all-capitals short word contributes all
// its letters), in runs. A run goes on over one lowercase joining word
// (lexicon.txt [acronymjoiners]: "of", "and") between capitalised words,
// and spells its acronym both without the joiners' initials ("Bureau of
// Industry and Security" -> "bis") and with them ("Department of Defense"
// -> "dod").
func addAcronyms(acronyms map[string][]int32, text string, toks []token, cpos []int, terms []int32, isTerm *metBefore) {
	joiners := lexicon().joiners
	var skip, with [64]byte
	var ids [maxAcronymWords]int32
	for i := 0; i < len(toks); i++ {
		if !toks[i].cap || cpos[i] < 0 {
			continue
		}
		b, bo := skip[:0], with[:0]
		n, joined := 0, false
		for j := i; j < len(toks) && n < maxAcronymWords; j++ {
			t := toks[j]
			// The joiners' map is asked last: most words that end a run
			// are followed by no capitalised content word.
			if !t.cap && j > i && j+1 < len(toks) && toks[j+1].cap && cpos[j+1] >= 0 && joiners[t.text] &&
				!breaks(gapBetween(text, toks[j-1], t)) && !breaks(gapBetween(text, t, toks[j+1])) {
				r, _ := utf8.DecodeRuneInString(t.text)
				bo = utf8.AppendRune(bo, r)
				joined = true
				continue
			}
			if !t.cap || cpos[j] < 0 || j > i && breaks(gapBetween(text, toks[j-1], t)) {
				break
			}
			if isAllUpper(text[t.start:t.end]) {
				b, bo = append(b, t.text...), append(bo, t.text...)
			} else {
				r, _ := utf8.DecodeRuneInString(t.text)
				b, bo = utf8.AppendRune(b, r), utf8.AppendRune(bo, r)
			}
			ids[n] = terms[cpos[j]]
			n++
			if n < 2 {
				continue
			}
			for _, a := range [][]byte{b, bo} {
				if len(a) < 3 || isTerm.has(a) {
					continue
				}
				if _, ok := acronyms[string(a)]; !ok {
					acronyms[string(a)] = slices.Clone(ids[:n])
				}
				if !joined {
					break // the same letters
				}
			}
		}
	}
}

// gapBetween classifies the text between tokens a and b of text: none for
// two tokens of one word ("were" and "not" of "weren't").
func gapBetween(text string, a, b token) uint8 {
	if a.end >= b.start {
		return gapNone
	}
	return gapClass(text[a.end:b.start])
}

// isAllUpper reports whether a short source word is written in capitals
// ("US", "U.S.", "EU"): at most three letters, all upper case; such a
// word gives all its letters to an acronym. addAcronyms asks it of each
// capitalised word of a run at each word the run may open from, so an
// ASCII word is read byte by byte and given up at its first lower-case
// letter or its fourth letter, where no later byte can change the answer
// (TestIsAllUpperPlain).
func isAllUpper(raw string) bool {
	letters := 0
	for i := 0; i < len(raw); i++ {
		switch c := raw[i]; {
		case c >= utf8.RuneSelf:
			return isAllUpperRunes(raw)
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			if letters++; letters > 3 {
				return false
			}
		}
	}
	return letters > 0
}

// isAllUpperRunes is isAllUpper over the runes of raw, for a word beyond
// ASCII.
func isAllUpperRunes(raw string) bool {
	letters := 0
	for _, r := range raw {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0 && letters <= 3
}

// derived finds the most frequent corpus word that starts with stem, a
// stem of at least minDerivedStem letters the corpus lacks ("inflat"
// matches "inflationary"), or of minClippedStem when the question's word
// is no English word at all, a clipped form typed in chat ("vuln" and
// "vulns" match "vulnerability"; a word English knows, "take" or "sign",
// is no clipping of "taken" or "signal"). ix.surface holds the corpus
// words in order.
func (ix *Index) derived(stem, word string) (int32, bool) {
	if len(stem) < minClippedStem || len(stem) < minDerivedStem && !unknownWord(word) || !allLetters(stem) {
		return 0, false
	}
	best, bestDF := int32(-1), int32(-1)
	lo, hi := ix.surface.prefixed(stem)
	for _, id := range ix.surfaceIDs[lo:hi] {
		if df := ix.df(id); df > bestDF {
			best, bestDF = id, df
		}
	}
	return best, best >= 0
}

// unknownWord reports whether English knows nothing of word: no vector
// of GloVe's and no WordNet entry.
func unknownWord(word string) bool {
	en := english.Load()
	if _, ok := en.Rank(word); ok {
		return false
	}
	return en.POS(word) == 0
}

// correction corrects w, a question word the corpus lacks, when it can
// be taken for a misspelling, and returns the corpus word taken for it
// (its surface form) beside that word's term, which resolveWord
// remembers for the question's gist (Index.typos, questionGist).
func (ix *Index) correction(w string) (string, int32, weightCode, bool) {
	n := utf8.RuneCountInString(w)
	switch {
	case n >= minTypoLetters:
		return ix.correctIn(w, true)
	case n == minTypoLetters-1 && len(w) == n && allLetters(w):
		return ix.correctShort(w)
	}
	return "", 0, 0, false
}

// correctShort finds the corpus word that w (ASCII letters) becomes with
// one letter inserted or two neighbouring letters swapped.
func (ix *Index) correctShort(w string) (string, int32, weightCode, bool) {
	buf := make([]byte, 0, len(w)+1)
	for i := 0; i <= len(w); i++ {
		for c := byte('a'); c <= 'z'; c++ {
			buf = append(append(append(buf[:0], w[:i]...), c), w[i:]...)
			if id, ok := ix.wordTerm(string(buf)); ok {
				return string(buf), id, codeTypo1, true
			}
		}
	}
	for i := 0; i+1 < len(w); i++ {
		buf = append(buf[:0], w...)
		buf[i], buf[i+1] = buf[i+1], buf[i]
		if id, ok := ix.wordTerm(string(buf)); ok {
			return string(buf), id, codeTypo1, true
		}
	}
	return "", 0, 0, false
}

// runTable maps the words a corpus writes as runs of words to their
// terms (Index.runWords: "ustr" to those of "US Trade Representative"): the
// words in a keyTable and, by word id, their terms end to end in one
// array, so that some 19,000 run words of 48 SQuAD articles cost about
// 0.6 MB and a handful of objects for the collector, not 1.05 MB and
// 39,000 in a map of strings to slices. Words longer than a keyTable
// keeps go in a map. Its zero value is ready to use; it is read-only once
// its index is built.
type runTable struct {
	keys keyTable
	// at[id]:at[id+1] are where word id's terms are in ids.
	at  []uint32
	ids []int32
	// long holds the words too long for keys.
	long map[string][]int32
}

// get returns the terms of run word w.
func (r *runTable) get(w string) ([]int32, bool) {
	if len(w) > maxKeyLen {
		ids, ok := r.long[w]
		return ids, ok
	}
	id, ok := r.keys.find(w)
	if !ok {
		return nil, false
	}
	lo, hi := r.at[id], r.at[id+1]
	return r.ids[lo:hi:hi], true
}

// add adds run word w with terms ids, unless it holds w already.
func (r *runTable) add(w string, ids []int32) {
	if len(w) > maxKeyLen || r.keys.len() >= maxKeyID-1 {
		if _, ok := r.long[w]; !ok {
			if r.long == nil {
				r.long = map[string][]int32{}
			}
			r.long[w] = ids
		}
		return
	}
	if _, ok := r.keys.find(w); ok {
		return
	}
	if len(r.at) == 0 {
		r.at = append(r.at, 0)
	}
	r.keys.add(w)
	r.ids = append(r.ids, ids...)
	r.at = append(r.at, uint32(len(r.ids)))
}

// len returns the number of run words.
func (r *runTable) len() int { return r.keys.len() + len(r.long) }

// words returns the run words, in no order.
func (r *runTable) words() []string {
	out := make([]string, 0, r.len())
	for id := range r.keys.len() {
		out = append(out, r.keys.key(id))
	}
	for w := range r.long {
		out = append(out, w)
	}
	return out
}
