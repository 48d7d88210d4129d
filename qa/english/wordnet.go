package english

// WordNet 3.0: base forms, relatives, hypernym ancestry, lexicographer files
// and parts of speech of single words.
//
// wordnet.bin (kind "wordnet"):
//
//	meta           uint32 words, uint32 synsets, uint32 noun synsets
//	words.off/dat  record table of every single-word lemma (no "_"); payload:
//	               byte POSMask, byte k, k × u24 synset ids (the word's
//	               senses, most frequent first: by SemCor tag count across
//	               parts of speech, then sense number), then the word's
//	               relatives, u24 each: bits 0-16 word index, 17-19 RelKind,
//	               20-23 sense index (0 = the first sense)
//	exc.off/dat    record table of the irregular forms of the exception
//	               lists (noun.exc, verb.exc, adj.exc, adv.exc); payload: u24
//	               entries, bits 0-16 the base word's index, 17-18 its part
//	               of speech (0 noun, 1 verb, 2 adjective, 3 adverb)
//	lex            one byte per synset: its lexicographer file number
//	hyp            one u24 per noun synset: its first hypernym or instance
//	               hypernym, or noHypernym
//	hypx           the other hypernyms of the 2% of noun synsets that have
//	               several: pairs of u24 (synset, hypernym), sorted
//	attr           WordNet's attribute links (the "=" pointers between an
//	               adjective and the noun of the attribute it is a value
//	               of: "tall" and "height"): pairs of u24 word indexes,
//	               both directions, sorted, each once
//
// Synset ids number the noun synsets first (0 to noun synsets-1, by offset
// in data.noun), then verbs, adjectives and adverbs.

import (
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/qabot/qabot/qa/internal/probe"
)

// POSMask is a set of parts of speech.
type POSMask uint8

// The parts of speech of WordNet.
const (
	Noun POSMask = 1 << iota
	Verb
	Adj // adjectives, satellites included
	Adv
)

// Has reports whether m holds every part of speech of p.
func (m POSMask) Has(p POSMask) bool { return m&p == p && p != 0 }

// String lists the parts of speech, e.g. "noun|verb".
func (m POSMask) String() string {
	var parts []string
	for i, name := range posNames {
		if m&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

var posNames = [...]string{"noun", "verb", "adj", "adv"}

// RelKind is the kind of a WordNet relation.
type RelKind uint8

// The kinds of relation Related returns.
const (
	// Synonym: another word of the same synset ("purchase" for "buy").
	Synonym RelKind = iota + 1
	// Hypernym: a word of a synset one or two levels up, instance
	// hypernyms included ("investigation" for "probe", "city" for
	// "madrid").
	Hypernym
	// Hyponym: a word of a synset one level down ("violin" for
	// "bowed stringed instrument").
	Hyponym
	// Derivation: a derivationally related form ("investment" for
	// "invest", "decision" for "decide"), a pertainym ("economy" for
	// "economic") or the verb of a participle adjective.
	Derivation
	// Antonym: a word of opposite meaning ("sell" for "buy").
	Antonym
	// Similar: an adjective of the same cluster ("huge" for "large").
	Similar
	// Holonym: a place that holds a place, one or two levels up by
	// WordNet's part holonyms of locations ("france" for "paris";
	// "illinois", then "usa" for "chicago").
	Holonym
)

func (k RelKind) String() string {
	if int(k) < len(relKindNames) && k != 0 {
		return relKindNames[k]
	}
	return fmt.Sprintf("RelKind(%d)", uint8(k))
}

var relKindNames = [...]string{"", "synonym", "hypernym", "hyponym", "derivation", "antonym", "similar", "holonym"}

// Relation is a WordNet relative of a word: the word, the kind of relation
// and the sense of the asked word it comes from (1 = its most frequent).
type Relation struct {
	Word  string
	Kind  RelKind
	Sense int
}

// lexnames are WordNet's lexicographer files, by number (lexnames(5WN)).
var lexnames = [...]string{
	"adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal",
	"noun.artifact", "noun.attribute", "noun.body", "noun.cognition",
	"noun.communication", "noun.event", "noun.feeling", "noun.food",
	"noun.group", "noun.location", "noun.motive", "noun.object",
	"noun.person", "noun.phenomenon", "noun.plant", "noun.possession",
	"noun.process", "noun.quantity", "noun.relation", "noun.shape",
	"noun.state", "noun.substance", "noun.time", "verb.body", "verb.change",
	"verb.cognition", "verb.communication", "verb.competition",
	"verb.consumption", "verb.contact", "verb.creation", "verb.emotion",
	"verb.motion", "verb.perception", "verb.possession", "verb.social",
	"verb.stative", "verb.weather", "adj.ppl",
}

// Bit fields of the u24 entries.
const (
	wordBits     = 17
	maxWords     = 1 << wordBits
	wordMask     = maxWords - 1
	kindShift    = wordBits
	kindMask     = 7
	senseShift   = 20
	maxRelSenses = 16 // relatives are kept for the first 16 senses
	excPOSShift  = wordBits
	maxSenses    = 255
	maxSynsets   = 1<<24 - 1
	noHypernym   = 1<<24 - 1
	allPOS       = Noun | Verb | Adj | Adv
)

// lexPOS returns the part of speech of a lexicographer file.
func lexPOS(lex byte) POSMask {
	switch {
	case lex == 2:
		return Adv
	case lex >= 3 && lex <= 28:
		return Noun
	case lex >= 29 && lex <= 43:
		return Verb
	}
	return Adj // 0 adj.all, 1 adj.pert, 44 adj.ppl
}

// morphRule is one of morphy's detachment rules: a word ending in suffix
// may be an inflection of the word ending in ending instead.
type morphRule struct{ suffix, ending string }

// morphRules are WordNet's detachment rules (morphy(7WN)), by part of
// speech in the order noun, verb, adjective, adverb.
var morphRules = [4][]morphRule{
	{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
	{},
}

// ruleLast has, for each part of speech of morphRules, bit c-'a' set
// for each lowercase letter c that one of its rules' suffixes ends in:
// bases tries a part's rules only when the word ends in one of them.
var ruleLast = func() (m [len(morphRules)]uint32) {
	for pi, rules := range morphRules {
		for _, r := range rules {
			c := r.suffix[len(r.suffix)-1]
			if c < 'a' || c > 'z' {
				panic("morphRules: a suffix that ends in no lowercase letter")
			}
			m[pi] |= 1 << (c - 'a')
		}
	}
	return m
}()

// wordnet is the reader of wordnet.bin.
type wordnet struct {
	words         records
	exc           records
	lex           string
	hyp, hypx     string
	attr          string
	synsets, noun int
	// extra tells the synsets that have extra hypernyms in hypx; built at
	// the first call of hypernyms (nil: search hypx for every synset).
	extra *extraHypernyms
	// irregular lists the exception forms by their base; built at the
	// first call of AppendIrregular.
	irregular *irregularForms
}

// irregularForms is the exception lists read from the base: a pair for
// each form and base the lists join, the base's word index in the high 32
// bits and the form's exception index in the low ones, sorted.
type irregularForms struct {
	once  sync.Once
	pairs []uint64
}

// build lists the pairs of w's exception table.
func (f *irregularForms) build(w *wordnet) {
	for e := range w.exc.n {
		_, p := w.exc.record(e)
		for j := range len(p) / 3 {
			f.pairs = append(f.pairs, uint64(u24(p, j)&wordMask)<<32|uint64(e))
		}
	}
	slices.Sort(f.pairs)
}

// extraHypernyms is a bit set of the noun synsets that hypx lists: only
// some 2% of them have hypernyms beyond the first, so hypernyms need not
// search hypx for the others. A synset past the end of the set (none, in
// a checked file) is searched for.
type extraHypernyms struct {
	once sync.Once
	has  []uint64
}

// build sets the bits of the synsets hypx lists.
func (e *extraHypernyms) build(w *wordnet) {
	e.has = make([]uint64, (w.noun+63)/64)
	for i := range len(w.hypx) / 6 {
		if s := u24(w.hypx, 2*i); int(s/64) < len(e.has) {
			e.has[s/64] |= 1 << (s % 64)
		}
	}
}

// mayHave reports whether hypx may list synset s: false only for a synset
// the set holds without its bit.
func (e *extraHypernyms) mayHave(s uint32) bool {
	return int(s/64) >= len(e.has) || e.has[s/64]&(1<<(s%64)) != 0
}

func readWordNet(data string, depth checkDepth) (wordnet, error) {
	f, err := parseFile(data, "wordnet", depth)
	if err != nil {
		return wordnet{}, err
	}
	w := wordnet{extra: new(extraHypernyms), irregular: new(irregularForms)}
	var meta string
	if err := f.read(
		want{"meta", 12, &meta}, want{"lex", 1, &w.lex}, want{"hyp", 3, &w.hyp}, want{"hypx", 6, &w.hypx},
		want{"attr", 6, &w.attr},
	); err != nil {
		return wordnet{}, err
	}
	if len(meta) != 12 {
		return wordnet{}, fmt.Errorf("wordnet: meta of %d bytes: %w", len(meta), errFormat)
	}
	nWords, nSyn, nNoun := int(u32(meta, 0)), int(u32(meta, 1)), int(u32(meta, 2))
	w.synsets, w.noun = nSyn, nNoun
	if w.words, err = f.records("words"); err != nil {
		return wordnet{}, err
	}
	if w.exc, err = f.records("exc"); err != nil {
		return wordnet{}, err
	}
	// The two tables morphy searches most, a few times a word: by hash.
	w.words.hash, w.exc.hash = new(hashIndex), new(hashIndex)
	if w.words.n != nWords || nWords > maxWords || len(w.lex) != nSyn || nNoun > nSyn || len(w.hyp) != 3*nNoun {
		return wordnet{}, fmt.Errorf("wordnet: %d words, %d synsets, %d noun synsets and the tables disagree: %w", nWords, nSyn, nNoun, errFormat)
	}
	if depth == checkStructure {
		return w, nil
	}
	for i := range nSyn {
		// Noun synsets, and only they, come first: IsA reads the hypernyms
		// of the synsets whose lexicographer file is a noun's.
		if int(w.lex[i]) >= len(lexnames) || (lexPOS(w.lex[i]) == Noun) != (i < nNoun) {
			return wordnet{}, fmt.Errorf("wordnet: synset %d in lexicographer file %d: %w", i, w.lex[i], errFormat)
		}
	}
	for i := range nNoun {
		if h := u24(w.hyp, i); h != noHypernym && int(h) >= nNoun {
			return wordnet{}, fmt.Errorf("wordnet: hypernym of synset %d is not a noun synset: %w", i, errFormat)
		}
	}
	for i := range len(w.hypx) / 3 {
		if int(u24(w.hypx, i)) >= nNoun || (i%2 == 0 && i >= 2 && u24(w.hypx, i) < u24(w.hypx, i-2)) {
			return wordnet{}, fmt.Errorf("wordnet: extra hypernym %d out of order or not a noun synset: %w", i/2, errFormat)
		}
	}
	for i := range len(w.attr) / 6 {
		if int(u24(w.attr, 2*i)) >= nWords || int(u24(w.attr, 2*i+1)) >= nWords || (i > 0 && attrPair(w.attr, i) <= attrPair(w.attr, i-1)) {
			return wordnet{}, fmt.Errorf("wordnet: attribute link %d out of order or naming no word: %w", i, errFormat)
		}
	}
	for i := range w.words.n {
		_, p := w.words.record(i)
		if len(p) < 2 || len(p) < 2+3*int(p[1]) || (len(p)-2)%3 != 0 {
			return wordnet{}, fmt.Errorf("wordnet: record %d of %d bytes: %w", i, len(p), errFormat)
		}
		for j := range int(p[1]) {
			if int(u24(p[2:], j)) >= nSyn {
				return wordnet{}, fmt.Errorf("wordnet: record %d names synset %d: %w", i, u24(p[2:], j), errFormat)
			}
		}
		rels := p[2+3*int(p[1]):]
		for j := range len(rels) / 3 {
			e := u24(rels, j)
			if int(e&wordMask) >= nWords || relKind(e) == 0 || int(relKind(e)) >= len(relKindNames) || int(e>>senseShift) >= int(p[1]) {
				return wordnet{}, fmt.Errorf("wordnet: record %d has a bad relation: %w", i, errFormat)
			}
		}
	}
	for i := range w.exc.n {
		_, p := w.exc.record(i)
		if len(p)%3 != 0 {
			return wordnet{}, fmt.Errorf("wordnet: exception %d of %d bytes: %w", i, len(p), errFormat)
		}
		for j := range len(p) / 3 {
			if int(u24(p, j)&wordMask) >= nWords {
				return wordnet{}, fmt.Errorf("wordnet: exception %d names word %d: %w", i, u24(p, j)&wordMask, errFormat)
			}
		}
	}
	return w, nil
}

// attrPair returns attribute link i of attr, its two word indexes in one
// number that orders the links as the section does.
func attrPair(attr string, i int) uint64 {
	return uint64(u24(attr, 2*i))<<24 | uint64(u24(attr, 2*i+1))
}

// relKind returns the RelKind of a relation entry.
func relKind(e uint32) RelKind { return RelKind(e >> kindShift & kindMask) }

// entry returns word i's part-of-speech mask, senses (u24 synset ids) and
// relations (u24 entries).
func (w *wordnet) entry(i int) (pos POSMask, senses, rels string) {
	_, p := w.words.record(i)
	n := 2 + 3*int(p[1])
	return POSMask(p[0]), p[2:n], p[n:]
}

// bases calls fn with the index and part of speech of each base form of word
// that WordNet's morphy finds: the irregular forms of the exception lists,
// then the forms the detachment rules give that are lemmas of that part of
// speech (rules are not tried for a part of speech the exception lists
// cover). The word itself is not included.
func (w *wordnet) bases(word string, fn func(i int, pos POSMask)) {
	var covered POSMask
	if e := find(w.exc, word); e >= 0 {
		_, p := w.exc.record(e)
		for j := range len(p) / 3 {
			v := u24(p, j)
			pos := POSMask(1) << (v >> excPOSShift & 3)
			covered |= pos
			fn(int(v&wordMask), pos)
		}
	}
	var buf [80]byte
	// The forms looked up so far, each the word's first n bytes and a
	// rule's ending, with what find gave: rules of different parts of
	// speech, or of one, often give the same form ("boxes": "boxe" by
	// "s" and by "es" -> "e"), and it is looked up once.
	type form struct {
		n      int
		ending string
		i      int
	}
	var looked [8]form
	nlooked := 0
	last := uint32(0) // bit c-'a' of the word's last byte c, a lowercase letter
	if len(word) > 0 && word[len(word)-1]-'a' < 26 {
		last = 1 << (word[len(word)-1] - 'a')
	}
	for pi, rules := range morphRules {
		pos := POSMask(1) << pi
		if ruleLast[pi]&last == 0 || covered&pos != 0 || (pos == Noun && (strings.HasSuffix(word, "ss") || len(word) <= 2)) {
			continue
		}
		for _, r := range rules {
			if !strings.HasSuffix(word, r.suffix) || len(word) == len(r.suffix) {
				continue
			}
			n := len(word) - len(r.suffix)
			if n+len(r.ending) > len(buf) {
				continue
			}
			i, seen := 0, false
			for _, f := range looked[:nlooked] {
				if sameForm(word, f.n, f.ending, n, r.ending) {
					i, seen = f.i, true
					break
				}
			}
			if !seen {
				i = find(w.words, append(append(buf[:0], word[:n]...), r.ending...))
				if nlooked < len(looked) {
					looked[nlooked] = form{n, r.ending, i}
					nlooked++
				}
			}
			if i >= 0 {
				if p, _, _ := w.entry(i); p&pos != 0 {
					fn(i, pos)
				}
			}
		}
	}
}

// sameForm reports whether word's first n1 bytes followed by e1 spell the
// same as its first n2 followed by e2.
func sameForm(word string, n1 int, e1 string, n2 int, e2 string) bool {
	if n1+len(e1) != n2+len(e2) {
		return false
	}
	if n1 > n2 {
		n1, e1, n2, e2 = n2, e2, n1, e1
	}
	// Both share word[:n1]; then e1 stands against word[n1:n2] and e2.
	return e1[:n2-n1] == word[n1:n2] && e1[n2-n1:] == e2
}

// lemma is a record of a word's lemma and the parts of speech it is that
// word's lemma for.
type lemma struct {
	id  int
	pos POSMask
}

// lemmas returns the word's lemmas: the word itself, for all parts of
// speech, when it is a lemma; else its base forms, each for the parts of
// speech of the inflection ("owns" is the verb "own", not the adjective).
// n is how many of ls are set.
func (w *wordnet) lemmas(word string) (ls [4]lemma, n int) {
	l := Word{wn: w, word: word, id: find(w.words, word)}
	if l.id < 0 {
		l.readBases()
	}
	return l.lemmas()
}

// lemmas returns the word's lemmas, as wordnet.lemmas does; the base forms
// are read only when the word is no lemma.
func (l *Word) lemmas() (ls [4]lemma, n int) {
	if l.id >= 0 {
		ls[0] = lemma{l.id, allPOS}
		return ls, 1
	}
	l.eachBase(func(i int, pos POSMask) {
		for k := range ls[:n] {
			if ls[k].id == i {
				ls[k].pos |= pos
				return
			}
		}
		if n < len(ls) {
			ls[n] = lemma{i, pos}
			n++
		}
	})
	return ls, n
}

// Word is what WordNet holds of one word, read once: its own record and
// its base forms. A caller that asks several things of a new word (its
// lemmas, relatives and inflected relatives, as a question word's
// alternatives do) looks the word up once with Look and asks them of the
// Word, which finds the same as the methods of Resources.
type Word struct {
	wn   *wordnet
	word string
	// id is the word's record, -1 when it is no lemma.
	id int
	// bases[:nb] are its base forms in the order wordnet.bases gives them;
	// nb is -1 when they did not fit, and each use reads them again.
	bases [maxBases]wordBase
	nb    int
}

// wordBase is a base form of a Word: its record and the part of speech of
// the inflection.
type wordBase struct {
	id  int32
	pos POSMask
}

// maxBases is the room a Word has for base forms: morphy's rules give at
// most seven, and few words have more than two irregular forms.
const maxBases = 16

// Look reads word (lower case) in WordNet once, for the lemmas, relatives
// and inflected relatives of its Word.
func (r *Resources) Look(word string) Word {
	l := Word{wn: &r.wn, word: word, id: find(r.wn.words, word)}
	l.readBases()
	return l
}

// readBases reads the word's base forms into l.bases.
func (l *Word) readBases() {
	l.wn.bases(l.word, func(i int, pos POSMask) {
		switch {
		case l.nb == len(l.bases):
			l.nb = -1
		case l.nb >= 0:
			l.bases[l.nb] = wordBase{int32(i), pos}
			l.nb++
		}
	})
}

// eachBase calls fn with the index and part of speech of each base form of
// the word, as wordnet.bases does.
func (l *Word) eachBase(fn func(i int, pos POSMask)) {
	if l.nb < 0 {
		l.wn.bases(l.word, fn)
		return
	}
	for _, b := range l.bases[:l.nb] {
		fn(int(b.id), b.pos)
	}
}

// Lemmas returns the WordNet base forms of word (lower case) by morphy with
// the exception lists: "bought" -> [buy], "mice" -> [mouse], "better" ->
// [good well better]. Base forms come first; the word itself is last when it
// is a lemma too. It returns nil when WordNet knows neither the word nor a
// base form of it.
func (r *Resources) Lemmas(word string) []string {
	l := r.Look(word)
	return l.AppendLemmas(nil)
}

// AppendLemmas appends to dst the base forms Resources.Lemmas returns for
// the word, in its order, and returns the extended slice.
func (l *Word) AppendLemmas(dst []string) []string {
	start := len(dst)
	add := func(i int) {
		if k := l.wn.words.key(i); !slices.Contains(dst[start:], k) {
			dst = append(dst, k)
		}
	}
	l.eachBase(func(i int, _ POSMask) { add(i) })
	if l.id >= 0 {
		add(l.id)
	}
	return dst
}

// POS returns the parts of speech WordNet lists for word, as a lemma or as
// an inflection of a lemma of that part of speech ("bought" is a Verb); 0
// when it knows neither.
func (r *Resources) POS(word string) POSMask {
	var m POSMask
	if i := find(r.wn.words, word); i >= 0 {
		m, _, _ = r.wn.entry(i)
	}
	r.wn.bases(word, func(_ int, pos POSMask) { m |= pos })
	return m
}

// Related returns the WordNet relatives of word's senses, most frequent
// sense first and, within a sense, synonyms, antonyms, derivations, similar
// adjectives, hypernyms (one level up, then two), hyponyms, and for a place
// the places that hold it (one level up, then two). Each word
// appears once, with its first relation. Only single words are listed, at
// most 40 a word (the generator's -related), from its first 16 senses. An
// inflected word ("bought") gets the relatives of its lemmas. It returns nil
// when WordNet does not know the word.
func (r *Resources) Related(word string) []Relation {
	l := r.Look(word)
	out := l.AppendRelated(nil)
	if len(out) == 0 {
		return nil
	}
	return out
}

// AppendRelated appends to dst the relatives Resources.Related returns for
// the word, in its order, and returns the extended slice: a caller that
// keeps none of them can give room on its stack, and they take no
// allocation.
func (l *Word) AppendRelated(dst []Relation) []Relation {
	ls, n := l.lemmas()
	w := l.wn
	start := len(dst)
	for _, lm := range ls[:n] {
		_, senses, rels := w.entry(lm.id)
		if dst == nil {
			dst = make([]Relation, 0, len(rels)/3)
		}
		for j := range len(rels) / 3 {
			e := u24(rels, j)
			sense := int(e >> senseShift)
			if !w.hasPOS(u24(senses, sense), lm.pos) {
				continue
			}
			rel := Relation{Word: w.words.key(int(e & wordMask)), Kind: relKind(e), Sense: sense + 1}
			if n == 1 || !slices.ContainsFunc(dst[start:], func(o Relation) bool { return o.Word == rel.Word }) {
				dst = append(dst, rel)
			}
		}
	}
	return dst
}

// AppendAttributes appends to dst the words WordNet's attribute links join
// to word's lemmas, and returns the extended slice: for an adjective the
// nouns of the attributes it is a value of ("height" and "tallness" for
// "tall", "age" for "old", "likelihood" for "likely"), for such a noun its
// adjectives ("tall", "short", "high", "low" for "height"). Each word comes
// once, in the order of the lemmas and then of the word list; an inflected
// word ("taller") gets its lemmas' links.
func (r *Resources) AppendAttributes(dst []string, word string) []string {
	ls, n := r.wn.lemmas(word)
	start := len(dst)
	attr := r.wn.attr
	for _, l := range ls[:n] {
		// The first link of the lemma, by binary search on the pairs.
		lo, hi := 0, len(attr)/6
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			if int(u24(attr, 2*mid)) < l.id {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		for j := lo; j < len(attr)/6 && int(u24(attr, 2*j)) == l.id; j++ {
			if k := r.wn.words.key(int(u24(attr, 2*j+1))); !slices.Contains(dst[start:], k) {
				dst = append(dst, k)
			}
		}
	}
	return dst
}

// AppendAntonyms appends to dst the antonyms of word, the relatives
// Related gives as Antonym in its order, and returns the extended slice:
// for a caller that wants only those, without the list of every relative.
func (r *Resources) AppendAntonyms(dst []string, word string) []string {
	ls, n := r.wn.lemmas(word)
	if n != 1 {
		// Several lemmas: Related lists a word once, with its first
		// relation in any of them, so ask it.
		for _, rel := range r.Related(word) {
			if rel.Kind == Antonym {
				dst = append(dst, rel.Word)
			}
		}
		return dst
	}
	l := ls[0]
	_, senses, rels := r.wn.entry(l.id)
	for j := range len(rels) / 3 {
		e := u24(rels, j)
		if relKind(e) != Antonym || !r.wn.hasPOS(u24(senses, int(e>>senseShift)), l.pos) {
			continue
		}
		dst = append(dst, r.wn.words.key(int(e&wordMask)))
	}
	return dst
}

// InflectedRelated returns the relatives a word has as an inflection of
// another lemma when it is a lemma itself: "heading" is a noun, and also
// the verb "head" inflected ("lead" for "who is heading the talks"), which
// Related, reading the lemma "heading", leaves out. They come in the order
// Related gives, their senses those of the inflection's part of speech,
// numbered within it (1 = the most frequent verb sense of "head"). It
// returns nil for a word that is no lemma (Related gives such a word its
// lemmas' relatives) or no inflection.
func (r *Resources) InflectedRelated(word string) []Relation {
	l := r.Look(word)
	return l.AppendInflectedRelated(nil)
}

// AppendInflectedRelated appends to dst the relatives
// Resources.InflectedRelated returns for the word, in its order, and
// returns the extended slice.
func (l *Word) AppendInflectedRelated(dst []Relation) []Relation {
	if l.id < 0 {
		return dst
	}
	w := l.wn
	start := len(dst)
	l.eachBase(func(i int, pos POSMask) {
		if w.words.key(i) == l.word {
			return
		}
		_, senses, rels := w.entry(i)
		// rank[j] is sense j's place among the senses of pos, from 1; a
		// word with few senses ranks them on the stack.
		var buf [64]int
		rank := buf[:0]
		if k := len(senses) / 3; k <= len(buf) {
			rank = buf[:k]
		} else {
			rank = make([]int, k)
		}
		n := 0
		for j := range rank {
			if w.hasPOS(u24(senses, j), pos) {
				n++
				rank[j] = n
			}
		}
		for j := range len(rels) / 3 {
			e := u24(rels, j)
			sense := int(e >> senseShift)
			if sense >= len(rank) || rank[sense] == 0 {
				continue
			}
			rel := Relation{Word: w.words.key(int(e & wordMask)), Kind: relKind(e), Sense: rank[sense]}
			if rel.Word != l.word && !slices.ContainsFunc(dst[start:], func(o Relation) bool { return o.Word == rel.Word }) {
				dst = append(dst, rel)
			}
		}
	})
	return dst
}

// Lexnames returns the lexicographer files of word's senses ("noun.person",
// "noun.location", "verb.motion", ...), each once, in the order of the
// senses (most frequent first); an inflected word gets those of its lemmas.
// It returns nil when WordNet does not know the word.
func (r *Resources) Lexnames(word string) []string {
	var out []string
	for s := range r.wn.senses(word, allPOS) {
		if name := lexnames[r.wn.lex[s]]; !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// FirstLexname returns the lexicographer file of word's most frequent
// sense, the first that Lexnames lists ("noun.person" for "ceo"), or ""
// when WordNet does not know the word. It makes no list, so a caller that
// asks about every question word allocates nothing.
func (r *Resources) FirstLexname(word string) string {
	for s := range r.wn.senses(word, allPOS) {
		return lexnames[r.wn.lex[s]]
	}
	return ""
}

// senses yields the synsets of word's lemmas, most frequent first, that
// have a part of speech both in pos and in those the lemma is word's lemma
// for.
func (w *wordnet) senses(word string, pos POSMask) iter.Seq[uint32] {
	return func(yield func(uint32) bool) {
		ls, n := w.lemmas(word)
		for _, l := range ls[:n] {
			_, senses, _ := w.entry(l.id)
			for j := range len(senses) / 3 {
				if s := u24(senses, j); w.hasPOS(s, l.pos&pos) && !yield(s) {
					return
				}
			}
		}
	}
}

// hasPOS reports whether synset s has one of the parts of speech in pos.
func (w *wordnet) hasPOS(s uint32, pos POSMask) bool { return lexPOS(w.lex[s])&pos != 0 }

// maxWalk bounds the synsets IsA visits for one sense; WordNet's deepest
// noun has fewer than 20 ancestors, and few have more than one hypernym.
const maxWalk = 128

// IsA reports whether some noun sense of word is, or has among its hypernym
// ancestors (instance hypernyms included, transitively), a synset that has
// category as one of its words: IsA("violin", "instrument"),
// IsA("madrid", "city"), IsA("probe", "investigation"), IsA("ceo",
// "person"). Inflected forms of either word are read as their lemmas.
func (r *Resources) IsA(word, category string) bool {
	var cat [64]uint32
	nc := 0
	for s := range r.wn.senses(category, Noun) {
		if nc == len(cat) {
			break
		}
		cat[nc] = s
		nc++
	}
	if nc == 0 {
		return false
	}
	var seen [maxWalk]uint32
	for s := range r.wn.senses(word, Noun) {
		for _, a := range r.wn.ancestors(s, &seen) {
			if slices.Contains(cat[:nc], a) {
				return true
			}
		}
	}
	return false
}

// ancestors returns synset s and its hypernym ancestors (instance
// hypernyms included), each once and at most maxWalk of them, in the
// order a breadth-first walk meets them, held in seen.
func (w *wordnet) ancestors(s uint32, seen *[maxWalk]uint32) []uint32 {
	// seen[:ns] holds the synsets found, so that shared ancestors are
	// visited once; seen[top:ns] is the queue still to visit.
	// The hypernyms are read as w.hypernyms reads them, written out here
	// without its callback (TestAncestorsAsHypernyms).
	e := w.extra
	if e != nil {
		e.once.Do(func() { e.build(w) })
	}
	seen[0] = s
	top, ns := 0, 1
	for top < ns {
		cur := seen[top]
		top++
		h := u24(w.hyp, int(cur))
		if h == noHypernym {
			continue
		}
		ns = addSeen(seen, ns, h)
		if e != nil && !e.mayHave(cur) {
			continue
		}
		n := len(w.hypx) / 6
		for i := w.firstExtra(cur); i < n && u24(w.hypx, 2*i) == cur; i++ {
			ns = addSeen(seen, ns, u24(w.hypx, 2*i+1))
		}
	}
	return seen[:ns]
}

// addSeen puts synset p in seen[:ns] when it is not there and there is
// room, and returns the new count.
func addSeen(seen *[maxWalk]uint32, ns int, p uint32) int {
	if ns < len(seen) && !slices.Contains(seen[:ns], p) {
		seen[ns] = p
		ns++
	}
	return ns
}

// AppendNounAncestors appends to dst, each once, the synsets of word's noun
// senses and their hypernym ancestors, as IsA walks them, and returns it:
// IsA(word, c) is true exactly when a synset of AppendNounSenses(c) is
// among them. The synsets are opaque numbers, only to compare. A caller
// that asks of one word for many categories (or of many words for ever
// new categories) keeps them, and walks the word's hypernyms once.
func (r *Resources) AppendNounAncestors(dst []uint32, word string) []uint32 {
	return r.appendNounAncestors(dst, word, false)
}

// AppendFirstNounAncestors appends to dst the synset of word's first noun
// sense, the one WordNet lists first as the most frequent, and its
// hypernym ancestors, as AppendNounAncestors walks them, and returns it:
// "fee" gives a kind of cost, "storage" (first "the act of storing") none,
// though a rarer sense of it is "the price charged for storing goods".
func (r *Resources) AppendFirstNounAncestors(dst []uint32, word string) []uint32 {
	return r.appendNounAncestors(dst, word, true)
}

// appendNounAncestors appends to dst, each once, the synsets of word's
// noun senses (its first only, when first is set) and their hypernym
// ancestors.
func (r *Resources) appendNounAncestors(dst []uint32, word string, first bool) []uint32 {
	var seen [maxWalk]uint32
	// held tells the synsets in dst, which the senses' walks meet again
	// and again (every noun's ancestors end in "entity"), while they are
	// few enough to fill at most half of it.
	var held synsetSet
	useHeld := len(dst) < len(held)/2
	if useHeld {
		for _, a := range dst {
			held.add(a)
		}
	}
	for s := range r.wn.senses(word, Noun) {
		for _, a := range r.wn.ancestors(s, &seen) {
			if useHeld && len(dst) < len(held)/2 {
				if held.add(a) {
					dst = append(dst, a)
				}
			} else if !slices.Contains(dst, a) {
				dst = append(dst, a)
			}
		}
		if first {
			break
		}
	}
	return dst
}

// synsetSet is a set of synsets, open-addressed (probe), each held as
// itself + 1 (0 is an empty slot; synsets are below 2^24). It must stay at
// most half full.
type synsetSet [probe.Slots]uint32

// add puts s in the set and reports whether it was new.
func (h *synsetSet) add(s uint32) bool {
	i := probe.Slot((*[probe.Slots]uint32)(h), s+1, 0)
	if h[i] != 0 {
		return false
	}
	h[i] = s + 1
	return true
}

// AppendNounSenses appends to dst the synsets of category's noun senses,
// the first 64 as IsA reads them, and returns it.
func (r *Resources) AppendNounSenses(dst []uint32, category string) []uint32 {
	n := 0
	for s := range r.wn.senses(category, Noun) {
		if n == 64 {
			break
		}
		dst = append(dst, s)
		n++
	}
	return dst
}

// hypernyms calls fn with each hypernym and instance hypernym of noun
// synset s.
func (w *wordnet) hypernyms(s uint32, fn func(uint32)) {
	h := u24(w.hyp, int(s))
	if h == noHypernym {
		return
	}
	fn(h)
	if e := w.extra; e != nil {
		e.once.Do(func() { e.build(w) })
		if !e.mayHave(s) {
			return
		}
	}
	n := len(w.hypx) / 6
	for i := w.firstExtra(s); i < n && u24(w.hypx, 2*i) == s; i++ {
		fn(u24(w.hypx, 2*i+1))
	}
}

// firstExtra returns the first place in hypx whose synset is not below s.
func (w *wordnet) firstExtra(s uint32) int {
	lo, hi := 0, len(w.hypx)/6
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if u24(w.hypx, 2*m) < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// yDegreeEndings are the endings that replace the y of an adjective in
// consonant + y for its comparative and superlative ("happy" -> "happier",
// "happiest"): AppendGraded writes degrees with them and YDegreeBase
// reads them back.
var yDegreeEndings = [...]string{"ier", "iest"}

// AppendIrregular appends to dst the forms of base (a lemma, lower case)
// that WordNet's exception lists read back as it, and returns the extended
// slice: the irregular inflections no rule of spelling gives ("lead" ->
// "led", "meet" -> "met", "child" -> "children"). Lemmas reads them the
// other way. The lists are kept only for GloVe's words.
func (r *Resources) AppendIrregular(dst []string, base string) []string {
	i := find(r.wn.words, base)
	if i < 0 || r.wn.irregular == nil {
		return dst
	}
	f := r.wn.irregular
	f.once.Do(func() { f.build(&r.wn) })
	start := len(dst)
	k := uint64(i) << 32
	j, _ := slices.BinarySearch(f.pairs, k)
	for ; j < len(f.pairs) && f.pairs[j]>>32 == uint64(i); j++ {
		if form := r.wn.exc.key(int(f.pairs[j] & math.MaxUint32)); !slices.Contains(dst[start:], form) {
			dst = append(dst, form)
		}
	}
	return dst
}

// IrregularPOS returns the parts of speech of the base forms WordNet's
// exception lists give word (lower case) as an irregular inflection of:
// Verb for "held", "made" and "went" (verb.exc), Noun for "mice", Adj
// and Adv for "better"; 0 for a word the lists do not hold, as a regular
// inflection ("talked") or a form equal to its base ("cast", "put": morphy
// finds those as the lemma itself, and the lists leave them out). The
// lists do not tell a verb's tenses apart: "held" (past and participle),
// "went" (past), "gone" (participle), "is" and "lying" are all Verb.
func (r *Resources) IrregularPOS(word string) POSMask {
	e := find(r.wn.exc, word)
	if e < 0 {
		return 0
	}
	var m POSMask
	_, p := r.wn.exc.record(e)
	for j := range len(p) / 3 {
		m |= POSMask(1) << (u24(p, j) >> excPOSShift & 3)
	}
	return m
}

// YDegreeBase returns the adjective in consonant + y whose comparative or
// superlative word would be by spelling ("likeliest" -> "likely",
// "heavier" -> "heavy"), when WordNet knows it as an adjective, else "".
// It reads back what AppendGraded writes, for the degrees WordNet's
// exception list has but the embedded tables keep only for GloVe's words.
func (r *Resources) YDegreeBase(word string) string {
	for _, e := range yDegreeEndings {
		// The stem keeps three letters or more, the last a consonant.
		n := len(word) - len(e)
		if n < 3 || !strings.HasSuffix(word, e) || strings.IndexByte("aeiou", word[n-1]) >= 0 {
			continue
		}
		if b := word[:n] + "y"; r.POS(b)&Adj != 0 {
			return b
		}
	}
	return ""
}

// AppendGraded appends to dst the comparative and superlative of adjective
// base ("long" -> "longer", "longest"; "large" -> "larger", "largest";
// "big" -> "bigger", "biggest"; "happy" -> "happier", "happiest") and
// returns the extended slice: the regular spellings that WordNet's morphy
// reads back as the adjective base (by its rules or, for "bigger", its
// exception list) and that are GloVe words, so that a spelling no text
// uses ("biger") is left out. Irregular degrees ("better" for "good") are
// not listed: the exception lists are read from the form, not the base.
// keep, unless nil, is asked first about each spelling, and a spelling it
// refuses is not looked up: a caller that wants only the forms its text
// uses reads no more of the tables than those.
func (r *Resources) AppendGraded(dst []string, base string, keep func(form string) bool) []string {
	n := len(base)
	if n < 2 || n > 40 {
		return dst
	}
	for i := range n {
		if base[i] < 'a' || base[i] > 'z' {
			return dst
		}
	}
	// Only an adjective has degrees: the forms of any other word are not
	// looked up.
	if i := find(r.wn.words, base); i < 0 {
		return dst
	} else if pos, _, _ := r.wn.entry(i); pos&Adj == 0 {
		return dst
	}
	var buf [48]byte
	try := func(stem string, ending string) {
		form := string(append(append(buf[:0], stem...), ending...))
		if slices.Contains(dst, form) || keep != nil && !keep(form) {
			return
		}
		if _, ok := r.Rank(form); !ok {
			return
		}
		// A form WordNet lists as a noun or verb of its own, never as an
		// adjective or adverb, is that word first ("owner", not more
		// "own"; "lighter").
		if i := find(r.wn.words, form); i >= 0 {
			if pos, _, _ := r.wn.entry(i); pos&(Adj|Adv) == 0 {
				return
			}
		}
		ok := false
		r.wn.bases(form, func(i int, pos POSMask) {
			ok = ok || pos == Adj && r.wn.words.key(i) == base
		})
		if ok {
			dst = append(dst, form)
		}
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	last := base[n-1]
	switch {
	case last == 'e':
		try(base, "r")
		try(base, "st")
	case last == 'y' && n > 2 && !vowel(base[n-2]):
		for _, e := range yDegreeEndings {
			try(base[:n-1], e)
		}
	default:
		try(base, "er")
		try(base, "est")
		if n >= 3 && !vowel(last) && vowel(base[n-2]) && !vowel(base[n-3]) && strings.IndexByte("wxy", last) < 0 {
			d := base + base[n-1:]
			try(d, "er")
			try(d, "est")
		}
	}
	return dst
}
