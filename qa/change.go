package qa

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Questions about a change or a duration. "How much did imports grow" asks
// for the size of a change, and a sentence that states one uses a verb of
// change ("rose by 37%", "fell 52%"); a sentence that only gives the level
// ("accounted for 62.14%") does not answer. Parse marks such questions by
// their verb; ranking prefers sentences with a verb of change, in any form.
// Likewise "how long" is answered by a number of time units, and "how
// deep" (or "how long") by a number of length units (howPhrase).

//go:embed changewords.txt
var changeWordsText string

// changeWordLists is changewords.txt parsed: the stems of its verbs of
// change and of the units of each quantity. It is built once per process and
// read-only after that.
type changeWordLists struct {
	changeStems map[string]bool
	// unitsOf are the stems of each quantity's units, by quantity.
	unitsOf [numQuantities]map[string]bool
	// formerly are the phrases before the value a statement replaces
	// ("instead of", "up from"), in lower case.
	formerly []string
	// sides maps each word of [lengthsides] to the side of a thing it
	// says a length measures ("tall": "height").
	sides map[string]string
	// speedLinks are the words of [speedlinks], which make a length
	// before a time unit a speed ("per", "an").
	speedLinks map[string]bool
	// areaLinks are the words of [arealinks], which make a length unit
	// after them one of an area or a volume ("square").
	areaLinks map[string]bool
}

// quantity is a kind of quantity a "how" question asks for ("how deep": a
// length), as a bit of a set of them.
type quantity uint8

const (
	quantityTime quantity = 1 << iota
	quantityLength
	quantityWeight
	quantitySpeed
	numQuantities = 4
)

// changeWordsFile is changewords.txt and the code that reads it.
var changeWordsFile = wordFile[*changeWordLists]{name: "changewords.txt", text: changeWordsText, build: buildChangeWords}

// changeWords returns the parsed lists, parsing them on first use.
func changeWords() *changeWordLists { return changeWordsTables.get() }

// changeWordsTables holds the tables changeWords returns.
var changeWordsTables = changeWordsFile.load()

// buildChangeWords reads the sections described in changewords.txt.
func buildChangeWords(s *wordSections) *changeWordLists {
	l := &changeWordLists{changeStems: stemSet(s.words("changeverbs")), formerly: s.lines("formerly"), sides: s.meanings("lengthsides"), speedLinks: s.set("speedlinks"), areaLinks: s.set("arealinks")}
	for i, sec := range [numQuantities]string{"timeunits", "lengthunits", "weightunits", "speedunits"} {
		l.unitsOf[i] = stemSet(s.words(sec))
	}
	return l
}

// measureUnit reports whether st, a stem, is a unit of length, weight or
// speed: of a quantity other than time, whose numbers measure a thing
// (measureAt).
func (l *changeWordLists) measureUnit(st string) bool {
	for _, units := range l.unitsOf[1:] {
		if units[st] {
			return true
		}
	}
	return false
}

// changeStems returns the stems of changewords.txt [changeverbs].
func changeStems() map[string]bool { return changeWords().changeStems }

// quantitiesOf returns, for each term among terms that is a unit of a
// quantity, the quantities it is a unit of.
func quantitiesOf(terms *wordTable) map[int32]quantity {
	out := map[int32]quantity{}
	for i, stems := range changeWords().unitsOf {
		for id := range termsOf(terms, stems) {
			out[id] |= 1 << i
		}
	}
	return out
}

// The dimensions figureQuantity reads besides the sides of
// changewords.txt [lengthsides].
const (
	dimensionSpeed = "speed"
	dimensionArea  = "area"
)

// figureQuantity reads the figure that starts at byte start of text: the
// quantities its unit is of (figureUnit; 0 for a figure of no unit), and
// what it measures, from the words around a length unit: a speed when a
// time unit follows the length unit ("60 kilometres per hour"), an area or
// a volume when a word of [arealinks] comes before it ("7 million square
// kilometres"), else the side of a thing the length measures, by the word
// after the unit ("1.8 metres tall": "height") or the noun before the "of"
// before the figure ("a main span of 1,280 metres": "length"); "" for a
// figure of no length unit or whose words say none of these.
func figureQuantity(text string, start int) (quantity, string) {
	cw := changeWords()
	words, n := figureWords(text, start)
	unit, q := figureUnit(words[:n])
	if q&quantityLength == 0 {
		return q, ""
	}
	if unit > 0 && cw.areaLinks[words[unit-1]] {
		return q, dimensionArea
	}
	if after := unit + 1; after < n {
		if cw.unitsOf[0][stemCached(words[after])] {
			return q, dimensionSpeed // "60 km/hour"
		}
		if cw.speedLinks[words[after]] && after+1 < n && cw.unitsOf[0][stemCached(words[after+1])] {
			return q, dimensionSpeed
		}
		if side := cw.sides[words[after]]; side != "" {
			return q, side
		}
	}
	if noun, of := lastTwoFields(text[:start]); noun != "" && strings.ToLower(of) == "of" {
		return q, cw.sides[strings.ToLower(strings.Trim(noun, ",;:()"))]
	}
	return q, ""
}

// lastTwoFields returns the last two fields of s (runs of characters
// other than white space), "" for each that s lacks.
func lastTwoFields(s string) (second, last string) {
	field := func(s string) (rest, f string) {
		s = strings.TrimRightFunc(s, unicode.IsSpace)
		i := strings.LastIndexFunc(s, unicode.IsSpace)
		if i < 0 {
			return "", s
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		return s[:i], s[i+size:]
	}
	s, last = field(s)
	_, second = field(s)
	return second, last
}

// figureWords returns the first six words (runs of letters, in lower
// case) of text from byte start on, and how many there are: a figure's
// own words ("million"), its unit and the words after.
func figureWords(text string, start int) (words [6]string, n int) {
	for w := range lowerWords(text[start:]) {
		words[n] = w
		if n++; n == len(words) {
			break
		}
	}
	return words, n
}

// figureUnit returns the index among words, the words of a figure
// (figureWords), of its unit, the first of its first three words that is a
// unit of a quantity (changewords.txt [timeunits] ...), and the quantities
// it is a unit of; -1 and 0 when none is.
func figureUnit(words []string) (int, quantity) {
	cw := changeWords()
	for i := range min(len(words), 3) {
		var q quantity
		st := stemCached(words[i])
		for k, units := range cw.unitsOf {
			if units[st] {
				q |= 1 << k
			}
		}
		if q != 0 {
			return i, q
		}
	}
	return -1, 0
}

// onlyOtherDimensions reports whether st, for a question that asks for a
// quantity, holds a figure of a unit of a quantity and each such figure
// is of another dimension: said to measure another one (otherDimension:
// "reach speeds of 60 kilometres per hour" for "how far can a kangaroo
// jump", "a main span of 1,280 metres" for "how tall"), or a length, a
// weight or a speed for a question that asks for a time alone ("a big
// male can stand about 1.8 metres tall" for "how long do kangaroos
// live"). A figure of another quantity said of no dimension may still
// answer ("how high did the song chart": "for five weeks"; "how far
// ahead": "4 weeks"), and a date in figures answers "how long" ("since
// 1994"; "today" is none), so a sentence holding one is not such a
// sentence; nor is one whose figures have no unit.
func onlyOtherDimensions(q *Question, st *sentence) bool {
	other := false
	for i := range st.phrases {
		ph := &st.phrases[i]
		if ph.kind == TypeDate && q.duration && strings.ContainsAny(st.text[ph.start:ph.end], "0123456789") {
			return false
		}
		if ph.kind != TypeNumber {
			continue
		}
		fq, dim := figureQuantity(st.text, int(ph.start))
		if fq == 0 {
			continue
		}
		if q.otherDimension(dim) || q.quantities == quantityTime && fq&quantityTime == 0 {
			other = true
			continue
		}
		return false // the asked quantity, or one the question may mean ("how high did it chart": "for five weeks")
	}
	return other
}

// otherDimension reports whether a figure that measures dim, as
// figureQuantity reads it, measures another dimension than the one q asks
// for: a speed when q asks for none ("how far can a kangaroo jump" against
// "60 kilometres per hour"), an area, or another side of a thing ("how
// tall" against "a main span of 1,280 metres", "how long do kangaroos
// live" against "1.8 metres tall").
func (q *Question) otherDimension(dim string) bool {
	switch dim {
	case "":
		return false
	case dimensionSpeed:
		return q.quantities&quantitySpeed == 0
	case dimensionArea:
		return true
	default:
		return q.quantities&quantityLength == 0 || q.side != "" && dim != q.side
	}
}

// stemSet returns the set of the stems of words.
func stemSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[stem(w)] = true
	}
	return m
}

// termsOf returns the term ids, among terms (an index's stems), of the
// given stems.
func termsOf(terms *wordTable, stems map[string]bool) map[int32]bool {
	out := map[int32]bool{}
	for s := range stems {
		if id, ok := terms.find(s); ok {
			out[int32(id)] = true
		}
	}
	return out
}

// statesChange reports whether a sentence holds a verb of change.
func (ix *Index) statesChange(st *sentence) bool {
	for _, id := range st.terms() {
		if ix.change[id] {
			return true
		}
	}
	return false
}

// replacedFigure reports whether text states that a figure replaces figure
// old: "kept for 180 days instead of 90", "up from 31" (changewords.txt
// [formerly], the figure right after the phrase).
func replacedFigure(text, old string) bool {
	if !mayReplace(text) {
		return false
	}
	low := strings.ToLower(text)
	for _, p := range changeWords().formerly {
		for rest := low; ; {
			i := strings.Index(rest, p+" ")
			if i < 0 {
				break
			}
			rest = rest[i+len(p)+1:]
			w, _, _ := strings.Cut(rest, " ")
			if strings.TrimRight(w, ".,;:)") == old {
				return true
			}
		}
	}
	return false
}

// mayReplace reports whether text may hold one of [formerly]'s words, in
// either case of its first letter: most sentences do not, and they need
// no lower-case copy (replacedFigure) nor a comparison with the winner
// (preferReplacement). Build asks it of every sentence.
func mayReplace(text string) bool {
	return slices.ContainsFunc(changeWords().formerly, func(p string) bool { return len(p) < 2 || containsAt(text, p[1:], len(p)-2) })
}

// containsAt is strings.Contains(s, q), found at the bytes of s equal to
// q[k], a byte of q that English text holds less often than q[0]:
// strings.Contains finds q at its first byte, and the first letters of
// [formerly]'s words come often, as "o" and "n" do, so that it stops at
// most words of a sentence. mayReplace finds them at their last byte ("f"
// of "instead of", "m" of "up from"), answerLine " | " at its bar
// (TestContainsAtPlain).
func containsAt(s, q string, k int) bool {
	c := q[k]
	for i := k; i < len(s); i++ {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return false
		}
		i += j
		if i-k+len(q) <= len(s) && s[i-k:i-k+len(q)] == q {
			return true
		}
	}
	return false
}
