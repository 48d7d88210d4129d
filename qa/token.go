package qa

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/qabot/qabot/qa/english"
)

// token is one word of a sentence or question after normalisation.
//
// Text is lower case and canonical: "U.S." and "United States" become "us",
// "%" and "per cent" become "percent", "thirty-two" and "32" become "32",
// "Sept." becomes "september", a possessive "'s" is dropped. Start and End
// are byte offsets of the original text the token covers, as int32: every
// text tokenized is a sentence (maxSentenceBytes), a question
// (maxQuestionBytes), a heading, a folder path or a piece of one, far under
// 2 GiB, and the token is 32 bytes, not the 40 of int offsets, so that the
// tokens the scratch keeps (tokensOf) and copies take a fifth less room.
type token struct {
	text       string
	start, end int32
	// cap is true when the original word starts with an upper-case letter.
	cap bool
	// num is true when text is a number written in digits.
	num bool
	// word is 1 + the index of text in the vocab of the Build that
	// tokenized it, or 0 when unknown (questions, rewritten tokens).
	word int32
}

// maxTokenBytes bounds the length of one word; longer runs are cut so that
// a megabyte without spaces cannot make one giant term.
const maxTokenBytes = 64

// windowTokens is the room, in tokens, of the buffers on the stack that
// the span's edge tests tokenize a window of text into (maxTokenBytes
// around a pick: countedEnd, askedEnd, ordinalStart, wordsStartTokens,
// trimSpan): the words of such a window fit, so that the tokenizer
// seldom grows the slice on the heap, as it did for most windows at 2 and
// 8 tokens (some 1.2 allocations an answer on the 48 SQuAD articles).
const windowTokens = 24

// tokenize appends the tokens of s to out and returns it. It never fails:
// invalid UTF-8 and control bytes act as separators.
func tokenize(s string, out []token) []token {
	return tokenizeWords(s, out, nil)
}

// tokenizeWords is tokenize with the token texts interned in v, so that a
// word repeated across a corpus is allocated once. v may be nil.
func tokenizeWords(s string, out []token, v *vocab) []token {
	var low lowered
	return tokenizeLowered(s, out, v, &low)
}

// tokenizeReusing is tokenize with the lowered words kept in low, which
// the caller may empty (low.buf[:0]) once it keeps no string of the
// tokens: Build's gists (gist.go) tokenize every sentence of a corpus and
// keep none of its words.
func tokenizeReusing(s string, out []token, low *lowered) []token {
	return tokenizeLowered(s, out, nil, low)
}

// tokenizeLowered is tokenizeWords with the lowered words kept in low.
func tokenizeLowered(s string, out []token, v *vocab, low *lowered) []token {
	first := len(out)
	// The word lists, fetched once: a sync.OnceValue call a word would
	// cost a tenth of the tokenizer's time.
	tw := tokenWords()
	out, from := scanWords(s, out, v, tw, low)
	if from < 0 {
		return out // no token mergePhrases would change (TestMergePhrasesPlain)
	}
	// The tokens before from are none mergePhrases changes, so it starts
	// at the one before from: the word a "one" at from may follow
	// (oneAfterNoun), which it reads as the token before.
	return mergePhrases(out, max(first, from-1), v, tw)
}

// scanWords appends the words of s to out, each token as appendWord makes
// it, before mergePhrases joins phrases and number words: tokenizeWords'
// scan. from is where in out the first token it appended that may be one
// mergePhrases changes is (lowered.merge), or -1 when none is, and
// mergePhrases would return the tokens as they are.
func scanWords(s string, out []token, v *vocab, tw *tokenWordLists, low *lowered) (_ []token, from int) {
	low.merge = false
	from = -1
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of any text: no rune to decode.
			switch {
			case c == '%':
				if from < 0 {
					from = len(out) // (a token of no vocab word: taken as one that may merge)
				}
				out = append(out, token{text: "percent", start: int32(i), end: int32(i + 1)})
				low.merge = true
				i++
				continue
			case !isWordByte(c):
				if c == ':' {
					i += shortcodeLen(s, i)
				}
				i++
				continue
			}
		} else if r, w := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += w
			continue
		}
		start, n := i, len(out)
		// A word of ASCII letters and digits ended by an ASCII byte that
		// does not go on inside a word (a space, most often) is read in
		// this one pass: it is what scanWord would find, and plainWord
		// would take with the capitals seen here (TestScanWordsPlain).
		lim := min(len(s), start+maxTokenBytes)
		seen := uint8(0)
		j := i
		for j < lim {
			k := plainBytes[s[j]]
			if k == 0 {
				break
			}
			seen |= k
			j++
		}
		if j == lim || s[j] < utf8.RuneSelf && s[j] != '\'' && s[j] != '.' && s[j] != ',' {
			// appendWord's plain path, written here: a call a word
			// passed seven arguments.
			raw := s[start:j]
			w, word := plainLowered(raw, seen&plainUpper == 0, v, tw, low)
			num := isNumber(w)
			if num {
				low.merge = true // (plainLowered notes the other tokens that may merge)
			}
			out = append(out, token{text: w, start: int32(start), end: int32(j), cap: plainBytes[raw[0]] == plainUpper, num: num, word: word})
			if from < 0 && low.merge {
				from = n
			}
			i = j
			continue
		}
		end := scanWord(s, i)
		out = appendWord(out, s[start:end], start, v, tw, low)
		if from < 0 && low.merge {
			from = n
		}
		i = end
	}
	return out, from
}

// shortcodeLen returns the length, less one, of the emoji shortcode
// starting at s[i], a ':' (GitHub's ":white_check_mark:", ":x:",
// ":warning:", which the page shows as a picture), or 0 when none starts
// there: lower-case letters, digits, '_', '+' and '-' with a letter among
// them, between two colons that no word touches ("10:30:45", "a:b:c" and
// "http://x:" hold none). A shortcode gives no word: the picture is no
// word of the text, and its name's parts ("white", "check", "mark") would
// find its line as words the line does not say.
func shortcodeLen(s string, i int) int {
	if i > 0 && (isWordByte(s[i-1]) || s[i-1] == ':') {
		return 0
	}
	letter := false
	for j := i + 1; j < len(s) && j-i <= maxTokenBytes; j++ {
		c := s[j]
		switch {
		case 'a' <= c && c <= 'z':
			letter = true
		case '0' <= c && c <= '9', c == '_', c == '+', c == '-':
		case c == ':' && letter && j > i+1 && (j+1 == len(s) || !isWordByte(s[j+1]) && s[j+1] != ':'):
			return j - i
		default:
			return 0
		}
	}
	return 0
}

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return isWordByte(byte(r))
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

// isWordByte reports whether the ASCII character c can be part of a word:
// isWordRune for ASCII, a letter or a digit. It reads a table
// (wordBytes), a load where the three ranges took some six instructions,
// in the scanning loops that read every byte of a corpus at Build
// (TestIsWordByte).
func isWordByte(c byte) bool { return wordBytes[c] }

// wordBytes[c] is true for the ASCII letters and digits.
var wordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isApostrophe reports whether r is a straight or curly apostrophe.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// scanWord returns the end of the word starting at i. Inside a word it
// keeps apostrophes before a letter ("don't"), full stops between single
// letters or digits ("U.S.", "47.81"), commas between digit groups
// ("1,000"), and stops at hyphens so that each part of "anti-dumping" is
// its own token.
func scanWord(s string, i int) (end int) {
	start := i
	lim := min(len(s), start+maxTokenBytes)
	letters := 0 // letters since the last '.'
	for i < lim {
		// Most words are ASCII letters and digits: a run of those is
		// passed in one tight loop, without decoding a rune or calling
		// isWordRune (TestScanWordPlain).
		j := i
		for j < lim && isWordByte(s[j]) {
			j++
		}
		letters += j - i
		if i = j; i == lim {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c != '\'' && c != '.' && c != ',' {
				// Any other ASCII byte ends the word (a space, most
				// often): only an apostrophe, a stop or a comma may
				// go on inside one, below.
				break
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			i += w
			letters++
			continue
		}
		next, nw := utf8.DecodeRuneInString(s[i+w:])
		switch {
		case isApostrophe(r) && i+w < len(s) && unicode.IsLetter(next):
			i += w
			continue
		case r == '.' && i+w < len(s) && unicode.IsDigit(next) && i > start && isDigitByte(s[i-1]):
			i += w // decimal point
			continue
		case r == ',' && i > start && isDigitByte(s[i-1]) && threeDigits(s[i+w:]):
			i += w // thousands separator
			continue
		case r == '.' && letters == 1 && i+w < len(s) && unicode.IsLetter(next) && nextIsDot(s[i+w+nw:]):
			i += w // "U.S.": single letters separated by stops
			letters = 0
			continue
		case r == '.' && letters == 1 && i-start > 2 && s[i-2] == '.':
			// The final stop of "U.S." belongs to the abbreviation.
			return i + w
		}
		break
	}
	return i
}

// nextIsDot reports whether s starts with a full stop (the "S." of "U.S.").
func nextIsDot(s string) bool { return len(s) > 0 && s[0] == '.' }

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// threeDigits reports whether s starts with exactly three digits.
func threeDigits(s string) bool {
	if len(s) < 3 || !isDigitByte(s[0]) || !isDigitByte(s[1]) || !isDigitByte(s[2]) {
		return false
	}
	return len(s) == 3 || !isDigitByte(s[3])
}

// appendWord normalises one raw word, which starts at byte start of its
// text, and appends its token(s). The text is interned in v unless v is
// nil; tw are the tokenizer's word lists; low keeps the text's words
// lowered so far.
func appendWord(out []token, raw string, start int, v *vocab, tw *tokenWordLists, low *lowered) []token {
	end := start + len(raw)
	if w, word, ok := plainWord(raw, v, tw, low); ok {
		num := isNumber(w)
		if num {
			low.merge = true // (plainWord notes the other tokens that may merge)
		}
		return append(out, token{text: w, start: int32(start), end: int32(end), cap: 'A' <= raw[0] && raw[0] <= 'Z', num: num, word: word})
	}
	low.merge = true // the rare words past plainWord: taken as ones that may merge
	first, _ := utf8.DecodeRuneInString(raw)
	capital := unicode.IsUpper(first)
	w := foldAccents(strings.ToLower(raw))
	// Drop a possessive or contraction suffix: "china's" -> "china",
	// "who's" -> "who", "doesn't" -> "does" + "not".
	w = strings.ReplaceAll(w, "’", "'")
	w = strings.ReplaceAll(w, "ʼ", "'")
	var extra string
	if w == "o'clock" {
		w = "oclock"
	}
	if j := strings.IndexByte(w, '\''); j > 0 {
		suffix := w[j:]
		w = w[:j]
		switch suffix {
		case "'t":
			if strings.HasSuffix(w, "n") {
				w = strings.TrimSuffix(w, "n")
				extra = "not"
			}
		}
	}
	if strings.IndexByte(w, '.') >= 0 && !isNumber(w) {
		w = strings.ReplaceAll(w, ".", "") // "u.s." -> "us"
	}
	if strings.IndexByte(w, ',') >= 0 {
		w = strings.ReplaceAll(w, ",", "") // "1,000" -> "1000"
	}
	if c, ok := tw.spellings[w]; ok {
		w = c
	}
	if w == "" {
		return out
	}
	var word int32
	if v != nil {
		i := v.add(w)
		w, word = v.words[i].text, i+1
	}
	out = append(out, token{text: w, start: int32(start), end: int32(end), cap: capital, num: isNumber(w), word: word})
	if extra != "" {
		out = append(out, token{text: extra, start: int32(start), end: int32(end)})
	}
	return out
}

// plainWord normalises the common case of appendWord without allocating:
// a word of ASCII letters and digits only, which lower-casing and the
// spellings of tokenwords.txt are all that change. word is as in token. ok is false
// for any other word (accents, apostrophes, dots, commas), which the
// general path handles. tw are the tokenizer's word lists. With v nil, a
// word with capitals is kept in low rather than in a string of its own.
func plainWord(raw string, v *vocab, tw *tokenWordLists, low *lowered) (w string, word int32, ok bool) {
	if len(raw) > len(low.scratch) {
		return "", 0, false
	}
	lower := true // raw is already in lower case
	for i := 0; i < len(raw); i++ {
		switch plainBytes[raw[i]] {
		case plainLower:
		case plainUpper:
			lower = false
		default:
			return "", 0, false
		}
	}
	w, word = plainLowered(raw, lower, v, tw, low)
	return w, word, true
}

// plainLowered is plainWord on a word raw known to be plain, of ASCII
// letters and digits only and at most len(low.scratch) bytes long; lower
// says it has no capital.
func plainLowered(raw string, lower bool, v *vocab, tw *tokenWordLists, low *lowered) (w string, word int32) {
	// A word in lower case, most of them, is read in place; one with
	// capitals is lowered into low's scratch, written whole before it is
	// read, so that no buffer is zeroed a word (TestPlainWordInPlace).
	b := unsafe.Slice(unsafe.StringData(raw), len(raw))
	if !lower {
		b = low.scratch[:len(raw)]
		for i := 0; i < len(raw); i++ {
			c := raw[i]
			if plainBytes[c] == plainUpper {
				c += 'a' - 'A'
			}
			b[i] = c
		}
	}
	// A word the vocab holds is already canonical, unless it is itself a
	// spelling tokenwords.txt rewrites; only new words need the lookup.
	// It notes in low.merge a word mergePhrases may change (mergeClass),
	// read from its vocab entry, or with no vocab from mergeClass's
	// filter (below); a word new to the vocab is classed as it is added,
	// and appendWord notes the numbers.
	if v != nil {
		if i, ok := v.findBytes(b); ok && !v.words[i].rewrites {
			e := &v.words[i]
			if e.class&mergeClasses != 0 {
				low.merge = true
			}
			return e.text, i + 1
		}
	}
	if mayHold(&tw.maySpell, b) {
		if c, ok := tw.spellings[string(b)]; ok {
			low.merge = true
			return c, 0
		}
	}
	if v != nil {
		// The vocab lacks b: a word it holds that rewrites is a key of
		// spellings and returned above. So b is added without the
		// second lookup addBytes would make (TestPlainWordAddsOnce).
		i := v.insert(string(b))
		e := &v.words[i]
		if e.class&mergeClasses != 0 {
			low.merge = true
		}
		return e.text, i + 1
	}
	// With no vocab the token's word is 0, and mergePhrases changes it
	// only when mergeClass's filter may hold it (a phrase's first word or
	// a small number), when it is "one", or when it is a number, which
	// appendWord notes: a sentence of none of them is returned as it is,
	// without a pass of mergePhrases over its tokens (most of those that
	// tokensOf and the span pass tokenize; TestMergePhrasesPlain).
	if mayHold(&tw.mayMerge, b) || string(b) == "one" {
		low.merge = true
	}
	if lower {
		return raw, 0
	}
	return low.keep(b), 0
}

// plainBytes classes the bytes of a word plainWord takes: plainLower for
// a lower-case ASCII letter or a digit, which it keeps, plainUpper for an
// upper-case one, which it lowers, 0 for any other byte, which sends the
// word to appendWord's general path.
var plainBytes = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = plainLower
		case 'A' <= c && c <= 'Z':
			t[c] = plainUpper
		}
	}
	return t
}()

// The classes of plainBytes.
const (
	plainLower = 1
	plainUpper = 2
)

// mergeClasses are the classes of the words mergePhrases may change: the
// first words of phrases, the words of smallNumbers and "one".
const mergeClasses = classMultiFirst | classSmallNumber | classOne

// lowered keeps the lowered words of one text in chunks of at least
// loweredChunk bytes, so that a sentence's capitalised words cost one
// allocation together rather than one each: the features tokenize many
// candidate sentences for each answer. The strings it hands out point into
// the chunks, which is safe because bytes once written never change (as
// in chunkStore). Its zero value is ready to use.
type lowered struct {
	buf []byte
	// merge is set by appendWord and plainWord when a token appended may
	// be one mergePhrases changes: a number, a word of mergeClasses, or,
	// with no vocab, a word mergeClass's filter may hold or "one".
	merge bool
	// scratch holds the word plainWord lowers, its bytes written before
	// they are read: the longest word it takes.
	scratch [2 * maxTokenBytes]byte
}

// loweredChunk is the least size of a chunk of lowered: the capitalised
// words of most sentences fit in one.
const loweredChunk = 32

// keep returns a string of the bytes of b, kept in l.
func (l *lowered) keep(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if cap(l.buf)-len(l.buf) < len(b) {
		l.buf = make([]byte, 0, max(len(b), loweredChunk))
	}
	at := len(l.buf)
	l.buf = append(l.buf, b...)
	return unsafe.String(&l.buf[at], len(b))
}

// isNumber reports whether w is a number written in digits, with an
// optional decimal part ("32", "47.81").
func isNumber(w string) bool {
	if w == "" || !isDigitByte(w[0]) {
		return false
	}
	dot := false
	for i := 0; i < len(w); i++ {
		switch {
		case isDigitByte(w[i]):
		case w[i] == '.' && !dot && i+1 < len(w):
			dot = true
		default:
			return false
		}
	}
	return true
}

//go:embed tokenwords.txt
var tokenWordsText string

// tokenWordLists is tokenwords.txt parsed. It is built once per process
// and read-only after that.
type tokenWordLists struct {
	// spellings maps spellings of one thing to a single form ("usa" ->
	// "us", "whats" -> "what").
	spellings map[string]string
	// phrases maps two-word phrases to one token ("united states" ->
	// "us"); firstWords holds their first words.
	phrases    map[[2]string]string
	firstWords map[string]bool
	// stopWords are the stop words the snowball list lacks (stem.go);
	// snowballStops the snowball list itself, which only defines.go reads
	// (stopStems).
	stopWords, snowballStops map[string]bool
	// onePronoun are the words after which a "one" is a pronoun, not a
	// number (oneAfterNoun).
	onePronoun map[string]bool
	// maySpell may hold the keys of spellings, mayMerge the first words
	// of phrases and the smallNumbers, mayStop the stopWords: most words
	// are in none, and the filters say so without hashing them.
	maySpell, mayMerge, mayStop wordFilter
}

// wordFilter is a one-hash Bloom filter over a small set of words, keyed
// by a word's first and last bytes and its length: a word it does not
// hold is certainly not in the set, so a map lookup is needed only for
// the few words that pass it.
type wordFilter [64]uint64

// wordSet is a set of words with a filter of them, for a small set that
// every word of a question is looked up in: most words are not in it,
// and the filter says so without hashing them.
type wordSet struct {
	words map[string]bool
	may   wordFilter
}

// newWordSet returns the set of the words of m.
func newWordSet(m map[string]bool) wordSet {
	s := wordSet{words: m}
	for w := range m {
		s.may.add(w)
	}
	return s
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	return mayHold(&s.may, w) && s.words[w]
}

// slot is the bit of w in the filter; w is not empty.
func filterSlot[S ~string | ~[]byte](w S) uint32 {
	return (uint32(w[0])<<16 | uint32(w[len(w)-1])<<8 | uint32(len(w)&0xff)) * 2654435761 >> 20
}

// add puts w in the filter.
func (f *wordFilter) add(w string) {
	if w != "" {
		h := filterSlot(w)
		f[h>>6] |= 1 << (h & 63)
	}
}

// mayHold reports whether w may be in the filter's set: false means it is
// not.
func mayHold[S ~string | ~[]byte](f *wordFilter, w S) bool {
	if len(w) == 0 {
		return false
	}
	h := filterSlot(w)
	return f[h>>6]&(1<<(h&63)) != 0
}

// tokenWordsFile is tokenwords.txt and the code that reads it.
var tokenWordsFile = wordFile[*tokenWordLists]{name: "tokenwords.txt", text: tokenWordsText, build: buildTokenWords}

// tokenWords returns the parsed tokenizer word lists, parsing them on
// first use.
func tokenWords() *tokenWordLists { return tokenWordsTables.get() }

// tokenWordsTables holds the tables tokenWords returns.
var tokenWordsTables = tokenWordsFile.load()

// buildTokenWords reads the sections described in tokenwords.txt.
func buildTokenWords(s *wordSections) *tokenWordLists {
	l := &tokenWordLists{
		spellings: map[string]string{}, phrases: map[[2]string]string{}, firstWords: map[string]bool{},
		stopWords: s.set("stopwords"), snowballStops: s.set("snowballstops"), onePronoun: s.set("onepronoun"),
	}
	for from, to := range s.meanings("spellings") {
		if strings.Contains(from, " ") || strings.Contains(to, " ") {
			s.fail("section [spellings]: %q: %q is not one word for one word", from, to)
			continue
		}
		l.spellings[from] = to
	}
	for words, to := range s.meanings("phrases") {
		first, second, ok := strings.Cut(words, " ")
		if !ok || strings.Contains(second, " ") || strings.Contains(to, " ") {
			s.fail("section [phrases]: %q: %q is not two words for one", words, to)
			continue
		}
		l.phrases[[2]string{first, second}] = to
		l.firstWords[first] = true
	}
	for w := range l.spellings {
		l.maySpell.add(w)
	}
	for w := range l.firstWords {
		l.mayMerge.add(w)
	}
	for w := range smallNumbers {
		l.mayMerge.add(w)
	}
	for w := range l.stopWords {
		l.mayStop.add(w)
	}
	return l
}

// mergePhrases rewrites out[first:] in place: two-word phrases of
// tokenwords.txt [phrases] become one token, runs of number words become one number
// ("thirty-two" -> "32", "two hundred" -> "200"), a lone "one" after a
// noun becomes "1" ("stage one", oneAfterNoun), a digit number followed
// by a scale word is multiplied ("3 million" -> "3000000"). v is the
// vocab the tokens were interned in, or nil; tw the tokenizer's word
// lists.
func mergePhrases(out []token, first int, v *vocab, tw *tokenWordLists) []token {
	// A token that stays as it is, most of them, is read in place and
	// moved only once a merge has shortened the run before it: copying
	// each one out and back took a write barrier's move a token while
	// the collector ran (TestMergePhrasesPlain).
	toks := out[first:]
	w := 0
	for r := 0; r < len(toks); {
		multi, small := mergeClass(toks[r].word, toks[r].text, v, tw)
		if r+1 < len(toks) {
			if !multi {
				// Fast path: most words start no phrase.
			} else if m, ok := tw.phrases[[2]string{toks[r].text, toks[r+1].text}]; ok {
				t := toks[r]
				t.text, t.end, t.num, t.word = m, toks[r+1].end, false, 0
				toks[w] = t
				w++
				r += 2
				continue
			}
		}
		if !small && !toks[r].num && toks[r].text != "one" {
			// Fast path: not a number.
		} else if v, n := parseNumberWords(toks[r:]); n > 0 {
			t := toks[r]
			last := toks[r+n-1]
			t.text = strconv.FormatInt(v, 10)
			t.end, t.num, t.word = last.end, true, 0
			toks[w] = t
			w++
			r += n
			continue
		} else if toks[r].text == "one" && w > 0 && oneAfterNoun(toks[w-1], toks[r], toks[r+1:], tw) {
			t := toks[r]
			t.text, t.num, t.word = "1", true, 0
			toks[w] = t
			w++
			r++
			continue
		}
		if w != r {
			toks[w] = toks[r]
		}
		w++
		r++
	}
	return out[:first+w]
}

// mergeClass reports whether a token of text and word (as in token)
// starts a two-word phrase and whether it is in smallNumbers, from its
// vocab entry when it has one.
func mergeClass(word int32, text string, v *vocab, tw *tokenWordLists) (multi, small bool) {
	if word > 0 {
		c := v.words[word-1].class
		return c&classMultiFirst != 0, c&classSmallNumber != 0
	}
	if !mayHold(&tw.mayMerge, text) {
		return false, false
	}
	multi = tw.firstWords[text]
	_, small = smallNumbers[text]
	return multi, small
}

var smallNumbers = map[string]int64{
	"zero": 0, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var scaleWords = map[string]int64{
	"hundred": 100, "thousand": 1000, "million": 1000000,
	"billion": 1000000000, "trillion": 1000000000000,
}

// numberWord reports whether lower-case word w says a number: a number
// word ("four", "million"), a number-like one of phrasewords.txt ("twice",
// "dozens") or an ordinal: of its [ordinals] ("first", "twelfth") or a
// number word and "th" ("fourth", "twentieth").
func numberWord(w string) bool {
	pw := phraseWords()
	if _, ok := smallNumbers[w]; ok || scaleWords[w] > 0 || pw.numberLike[w] || pw.ordinals[w] {
		return true
	}
	base, ok := strings.CutSuffix(w, "th")
	if !ok {
		return false
	}
	if tens, ok := strings.CutSuffix(base, "ie"); ok { // "twentieth"
		base = tens + "y"
	}
	_, ok = smallNumbers[base]
	return ok || scaleWords[base] > 0
}

// parseNumberWords reads a number written in words (or digits followed by a
// scale word) at the start of toks. It returns the value and how many
// tokens it used; n is 0 when toks does not start with one. A lone "one" is
// not read as a number here: it is far more often a pronoun, and
// mergePhrases reads it as 1 only after a noun (oneAfterNoun).
func parseNumberWords(toks []token) (value int64, n int) {
	if toks[0].num {
		return digitsTimesScale(toks)
	}
	const (
		none = iota
		unit
		teen
		tens
		hundred
		scale
	)
	var total, group int64
	last := none
	for n < len(toks) && n < 12 {
		t := toks[n].text
		if n > 0 && toks[n].start-toks[n-1].end > 1 {
			break // "nine, ten": a comma or more between words
		}
		v, small := smallNumbers[t]
		if t == "one" && (n > 0 || n+1 < len(toks) && scaleWords[toks[n+1].text] > 0) {
			v, small = 1, true // not a lone "one", which is a pronoun
		}
		sv, isScale := scaleWords[t]
		switch {
		case small && v >= 1 && v <= 9 && (last == none || last == tens || last == hundred || last == scale):
			group += v
			last = unit
		case small && (v == 0 || v >= 10 && v <= 19) && (last == none || last == hundred || last == scale):
			group += v
			last = teen
		case small && v >= 20 && (last == none || last == hundred || last == scale):
			group += v
			last = tens
		case isScale && sv == 100 && (last == unit || last == teen):
			group *= 100
			last = hundred
		case isScale && sv > 100 && last != none && last != scale:
			if group > math.MaxInt64/sv || total > math.MaxInt64-group*sv {
				return 0, 0
			}
			total += group * sv
			group = 0
			last = scale
		case t == "and" && (last == hundred || last == scale) && n+1 < len(toks) && (smallNumbers[toks[n+1].text] > 0 || toks[n+1].text == "one"):
			// "two hundred and five"
		default:
			if last == none {
				return 0, 0
			}
			return total + group, n
		}
		n++
	}
	if last == none {
		return 0, 0
	}
	return total + group, n
}

// oneAfterNoun reports whether a lone "one" (t), after the token prev and
// before the tokens rest, is the number 1 naming a thing's place in a
// series ("stage one", "week one", "number one hits") rather than a
// pronoun or a verb's object: prev, next to it, is a content word whose
// most frequent WordNet sense is a noun (not an adjective, "nice one",
// "the next one", nor a verb, "win one for"), and
// the word after "one" does not make it a pronoun ("one of", "one
// another", "one that": tokenwords.txt [onepronoun]). Documents and questions are tokenized alike, so
// "stage one" and "Stage 1" become the same terms on both sides.
func oneAfterNoun(prev, t token, rest []token, tw *tokenWordLists) bool {
	if prev.num || t.start-prev.end > 1 || isStopWord(prev.text) {
		return false
	}
	if len(rest) > 0 && rest[0].start-t.end <= 1 && tw.onePronoun[rest[0].text] {
		return false
	}
	en := english.Load()
	if en.Err() != nil {
		return false
	}
	return strings.HasPrefix(en.FirstLexname(prev.text), "noun.")
}

// digitsTimesScale reads a number in digits followed by a scale word ("3
// million"), or returns n = 0.
func digitsTimesScale(toks []token) (value int64, n int) {
	t := toks[0].text
	if len(toks) < 2 || strings.IndexByte(t, '.') >= 0 || len(t) >= 13 {
		return 0, 0
	}
	s, ok := scaleWords[toks[1].text]
	if !ok {
		return 0, 0
	}
	v, err := strconv.ParseInt(t, 10, 64)
	if err != nil || v > math.MaxInt64/s {
		return 0, 0
	}
	return v * s, 2
}

// hasPrefixLower reports whether s, its ASCII letters lowered, opens with
// w, a word in lower case: the tokenizer's lowering of an ASCII word,
// read in place (a speech verb's first word at Build, a question word's
// contraction).
func hasPrefixLower(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}
