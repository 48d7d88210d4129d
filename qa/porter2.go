package qa

// This file is a byte-level port of the English (Porter2) stemmer of
// github.com/kljensen/snowball v0.10.0, english.Stem(w, true), for words of
// lower-case ASCII letters and digits: nearly every word of an English
// corpus. The library works on a []rune and converts each candidate suffix
// to runes as it goes, which made stemming a large share of Build; this
// port does the same steps in a stack buffer. It follows the library step
// by step, quirks included, and FuzzStemASCII checks that both agree.
// Words with any other character still go to the library.

// stemASCII stems w like english.Stem(w, true). ok is false, and w is
// left to the library, unless w is 3 to 2*maxTokenBytes bytes of 'a'-'z'
// and '0'-'9'.
func stemASCII(w string) (string, bool) {
	var buf [2 * maxTokenBytes]byte
	if len(w) < 3 || len(w) > len(buf) {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return "", false
		}
	}
	if s, ok := specialStems[w]; ok {
		return s, true
	}
	p := porter{b: buf[:copy(buf[:], w)]}
	p.preprocess()
	// Step 0 removes apostrophe suffixes, which these words cannot have.
	p.step1a()
	p.step1b()
	p.step1c()
	p.step2()
	p.step3()
	p.step4()
	p.step5()
	for i, c := range p.b {
		if c == 'Y' {
			p.b[i] = 'y'
		}
	}
	if string(p.b) == w {
		return w, true
	}
	return string(p.b), true
}

// specialStems are the library's exceptions, stemmed as a whole.
var specialStems = map[string]string{
	"skis": "ski", "skies": "sky", "dying": "die", "lying": "lie",
	"tying": "tie", "idly": "idl", "gently": "gentl", "ugly": "ugli",
	"early": "earli", "only": "onli", "singly": "singl", "sky": "sky",
	"news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos",
	"bias": "bias", "andes": "andes", "inning": "inning", "innings": "inning",
	"outing": "outing", "outings": "outing", "canning": "canning",
	"cannings": "canning", "herring": "herring", "herrings": "herring",
	"earring": "earring", "earrings": "earring", "proceed": "proceed",
	"proceeds": "proceed", "proceeded": "proceed", "proceeding": "proceed",
	"exceed": "exceed", "exceeds": "exceed", "exceeded": "exceed",
	"exceeding": "exceed", "succeed": "succeed", "succeeds": "succeed",
	"succeeded": "succeed", "succeeding": "succeed",
}

// porter is a word being stemmed: its bytes ('Y' marks a consonant y)
// and the starts of its regions R1 and R2. No step makes the word longer
// than it was, so b only ever shrinks or regrows within its capacity: it
// stays in the caller's buffer (a stack array) and never reallocates.
type porter struct {
	b      []byte
	r1, r2 int
}

func isVowelByte(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// hasSuffix reports whether the word ends with s, which is not empty.
// Comparing the last byte first rules out most suffixes cheaply.
func (p *porter) hasSuffix(s string) bool {
	n := len(p.b)
	return n >= len(s) && p.b[n-1] == s[len(s)-1] && string(p.b[n-len(s):]) == s
}

// suffixSet is a step's list of suffixes, with each suffix's replacement
// where the step has one. byLast holds, for each final letter, the
// positions of the suffixes ending in it, in list order.
type suffixSet struct {
	suffixes []string
	repl     []string
	byLast   [26][]int
}

// newSuffixSet indexes pairs of suffix and replacement.
func newSuffixSet(pairs [][2]string) *suffixSet {
	s := &suffixSet{}
	for i, p := range pairs {
		s.suffixes = append(s.suffixes, p[0])
		s.repl = append(s.repl, p[1])
		c := p[0][len(p[0])-1] - 'a'
		s.byLast[c] = append(s.byLast[c], i)
	}
	return s
}

// suffixes makes pairs with no replacement.
func suffixes(list ...string) [][2]string {
	pairs := make([][2]string, len(list))
	for i, s := range list {
		pairs[i][0] = s
	}
	return pairs
}

// firstSuffix returns the position in set of the first suffix the word
// ends with, or -1. Like the library it takes the first in list order,
// not the longest; only suffixes ending in the word's last letter can
// match, so only those are tried.
func (p *porter) firstSuffix(set *suffixSet) int {
	n := len(p.b)
	if n == 0 || p.b[n-1] < 'a' || p.b[n-1] > 'z' {
		return -1
	}
	for _, i := range set.byLast[p.b[n-1]-'a'] {
		if p.hasSuffix(set.suffixes[i]) {
			return i
		}
	}
	return -1
}

// suffixAt returns set's suffix at position i, or "" for -1.
func (set *suffixSet) suffixAt(i int) string {
	if i < 0 {
		return ""
	}
	return set.suffixes[i]
}

// cut removes the last n bytes and keeps the regions inside the word.
func (p *porter) cut(n int) {
	p.b = p.b[:len(p.b)-n]
	p.clamp()
}

// replace swaps the last n bytes for repl, which is never longer.
func (p *porter) replace(n int, repl string) {
	k := len(p.b) - n
	p.b = p.b[:k+len(repl)]
	copy(p.b[k:], repl)
	p.clamp()
}

// addE appends an 'e' after a suffix of at least two bytes was cut.
func (p *porter) addE() {
	n := len(p.b)
	p.b = p.b[:n+1]
	p.b[n] = 'e'
}

func (p *porter) clamp() {
	p.r1 = min(p.r1, len(p.b))
	p.r2 = min(p.r2, len(p.b))
}

// vnv returns the position after the first non-vowel that follows a
// vowel at or after start, or the word's length.
func (p *porter) vnv(start int) int {
	for j := start + 1; j < len(p.b); j++ {
		if isVowelByte(p.b[j-1]) && !isVowelByte(p.b[j]) {
			return j + 1
		}
	}
	return len(p.b)
}

// preprocess marks consonant y's and finds R1 and R2.
func (p *porter) preprocess() {
	for i, c := range p.b {
		if c == 'y' && (i == 0 || isVowelByte(p.b[i-1])) {
			p.b[i] = 'Y'
		}
	}
	switch {
	case p.hasPrefix("gener"):
		p.r1 = 5
	case p.hasPrefix("commun"):
		p.r1 = 6
	case p.hasPrefix("arsen"):
		p.r1 = 5
	default:
		p.r1 = p.vnv(0)
	}
	p.r2 = p.vnv(p.r1)
}

func (p *porter) hasPrefix(s string) bool {
	return len(p.b) >= len(s) && string(p.b[:len(s)]) == s
}

// endsShortSyllable reports whether b[:i] ends with a short syllable.
func (p *porter) endsShortSyllable(i int) bool {
	switch {
	case i == 2:
		return isVowelByte(p.b[0]) && !isVowelByte(p.b[1])
	case i >= 3:
		s1, s2, s3 := p.b[i-1], p.b[i-2], p.b[i-3]
		return !isVowelByte(s1) && s1 != 'w' && s1 != 'x' && s1 != 'Y' && isVowelByte(s2) && !isVowelByte(s3)
	}
	return false
}

func (p *porter) isShortWord() bool {
	return p.r1 >= len(p.b) && p.endsShortSyllable(len(p.b))
}

var step1aSuffixes = newSuffixSet(suffixes("sses", "ied", "ies", "us", "ss", "s"))

func (p *porter) step1a() {
	switch s := step1aSuffixes.suffixAt(p.firstSuffix(step1aSuffixes)); s {
	case "sses":
		p.replace(4, "ss")
	case "ies", "ied":
		if len(p.b) > 4 {
			p.replace(3, "i")
		} else {
			p.replace(3, "ie")
		}
	case "s":
		for i := 0; i < len(p.b)-2; i++ {
			if isVowelByte(p.b[i]) {
				p.cut(1)
				return
			}
		}
	}
}

var (
	step1bSuffixes = newSuffixSet(suffixes("eedly", "ingly", "edly", "ing", "eed", "ed"))
	step1bEndings  = newSuffixSet(suffixes("at", "bl", "iz", "bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"))
)

func (p *porter) step1b() {
	s := step1bSuffixes.suffixAt(p.firstSuffix(step1bSuffixes))
	switch s {
	case "":
		return
	case "eed", "eedly":
		if len(s) <= len(p.b)-p.r1 {
			p.replace(len(s), "ee")
		}
		return
	}
	vowel := false
	for _, c := range p.b[:len(p.b)-len(s)] {
		if isVowelByte(c) {
			vowel = true
			break
		}
	}
	if !vowel {
		return
	}
	r1, r2 := p.r1, p.r2
	p.cut(len(s))
	switch e := step1bEndings.suffixAt(p.firstSuffix(step1bEndings)); e {
	case "":
		if p.isShortWord() {
			p.addE()
			p.r1, p.r2 = len(p.b), len(p.b)
			return
		}
	case "at", "bl", "iz":
		p.addE()
	default:
		p.cut(1)
	}
	p.r1 = min(r1, len(p.b))
	p.r2 = min(r2, len(p.b))
}

func (p *porter) step1c() {
	n := len(p.b)
	if n > 2 && (p.b[n-1] == 'y' || p.b[n-1] == 'Y') && !isVowelByte(p.b[n-2]) {
		p.b[n-1] = 'i'
	}
}

// step2Suffixes pairs each step 2 suffix with its replacement; "li" and
// "ogi" have conditions of their own.
var step2Suffixes = newSuffixSet([][2]string{
	{"ational", "ate"}, {"fulness", "ful"}, {"iveness", "ive"}, {"ization", "ize"},
	{"ousness", "ous"}, {"biliti", "ble"}, {"lessli", "less"}, {"tional", "tion"},
	{"alism", "al"}, {"aliti", "al"}, {"ation", "ate"}, {"entli", "ent"},
	{"fulli", "ful"}, {"iviti", "ive"}, {"ousli", "ous"}, {"anci", "ance"},
	{"abli", "able"}, {"alli", "al"}, {"ator", "ate"}, {"enci", "ence"},
	{"izer", "ize"}, {"bli", "ble"}, {"ogi", "og"}, {"li", ""},
})

func (p *porter) step2() {
	i := p.firstSuffix(step2Suffixes)
	if i < 0 {
		return
	}
	s := step2Suffixes.suffixes[i]
	if len(s) > len(p.b)-p.r1 {
		return
	}
	n := len(p.b)
	switch s {
	case "li":
		if n >= 3 {
			switch p.b[n-3] {
			case 'c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't':
				p.cut(2)
			}
		}
	case "ogi":
		if n >= 4 && p.b[n-4] == 'l' {
			p.replace(3, "og")
		}
	default:
		p.replace(len(s), step2Suffixes.repl[i])
	}
}

var step3Suffixes = newSuffixSet([][2]string{
	{"ational", "ate"}, {"tional", "tion"}, {"alize", "al"}, {"icate", "ic"},
	{"ative", ""}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
})

func (p *porter) step3() {
	i := p.firstSuffix(step3Suffixes)
	if i < 0 {
		return
	}
	s := step3Suffixes.suffixes[i]
	if len(s) > len(p.b)-p.r1 {
		return
	}
	if s == "ative" {
		if len(p.b)-p.r2 >= 5 {
			p.cut(5)
		}
		return
	}
	p.replace(len(s), step3Suffixes.repl[i])
}

var step4Suffixes = newSuffixSet(suffixes(
	"ement", "ance", "ence", "able", "ible", "ment",
	"ent", "ant", "ism", "ate", "iti", "ous", "ive",
	"ize", "ion", "al", "er", "ic",
))

func (p *porter) step4() {
	s := step4Suffixes.suffixAt(p.firstSuffix(step4Suffixes))
	if s == "" || len(s) > len(p.b)-p.r2 {
		return
	}
	if s == "ion" {
		if n := len(p.b); n >= 4 && (p.b[n-4] == 's' || p.b[n-4] == 't') {
			p.cut(3)
		}
		return
	}
	p.cut(len(s))
}

func (p *porter) step5() {
	last := len(p.b) - 1
	if p.r1 > last {
		return
	}
	switch {
	case p.b[last] == 'e':
		if p.r2 <= last || !p.endsShortSyllable(last) {
			p.cut(1)
		}
	case p.r2 <= last && p.b[last] == 'l' && last >= 1 && p.b[last-1] == 'l':
		p.cut(1)
	}
}
