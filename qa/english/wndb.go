package english

// The generator's reading of the WordNet 3.0 database files (wndb(5WN),
// as Debian's wordnet-base installs them in /usr/share/wordnet) and the
// writing of wordnet.bin (format at the top of wordnet.go).
//
// Files read: data.{noun,verb,adj,adv} (synsets: lexicographer file, words,
// pointers), index.{noun,verb,adj,adv} (each lemma's synsets in sense
// order), {noun,verb,adj,adv}.exc (irregular forms) and cntlist.rev (SemCor
// tag counts of senses, to order one word's senses across parts of speech).

import (
	"bufio"
	"cmp"
	"fmt"
	"io/fs"
	"math"
	"slices"
	"strconv"
	"strings"
)

// wnPOS are WordNet's part-of-speech file names and letters, in the order
// of POSMask bits.
var wnPOS = [4]struct {
	file   string
	letter byte
}{{"noun", 'n'}, {"verb", 'v'}, {"adj", 'a'}, {"adv", 'r'}}

// posIndex returns the POSMask bit number of a WordNet part-of-speech
// letter (satellites 's' count as adjectives), or -1.
func posIndex(c byte) int {
	switch c {
	case 'n':
		return 0
	case 'v':
		return 1
	case 'a', 's':
		return 2
	case 'r':
		return 3
	}
	return -1
}

type synKey struct {
	pos    int
	offset uint32
}

type wnSynset struct {
	pos     int
	lexfile uint8
	words   []string // lower case, adjective markers removed
	ptrs    []wnPtr
}

// wnPtr is a pointer of a synset; src and dst are 1-based word numbers of
// a lexical pointer, 0 for a semantic one.
type wnPtr struct {
	sym      string
	target   synKey
	src, dst int
}

type wnSense struct {
	synset int
	pos    int
	num    int // 1-based sense number within the part of speech
	count  int // SemCor tag count
}

type wnLemma struct {
	pos    POSMask
	senses []wnSense
}

type wnExc struct {
	base string
	pos  int
}

// wnDB is the parsed database.
type wnDB struct {
	synsets []wnSynset
	ids     map[synKey]int
	nNoun   int
	lemmas  map[string]*wnLemma // single-word lemmas only
	exc     map[string][]wnExc
	keep    func(lemma string) bool
}

// readWordNetDB reads the database files from fsys, keeping the
// single-word lemmas that keep accepts (with the exception-list entries
// whose base forms are kept).
func readWordNetDB(fsys fs.FS, keep func(lemma string) bool) (*wnDB, error) {
	db := &wnDB{ids: map[synKey]int{}, lemmas: map[string]*wnLemma{}, exc: map[string][]wnExc{}, keep: keep}
	for pi, p := range wnPOS {
		if err := eachLine(fsys, "data."+p.file, func(n int, line string) error {
			return db.addSynset(pi, line)
		}); err != nil {
			return nil, err
		}
		if pi == 0 {
			db.nNoun = len(db.synsets)
		}
	}
	for i, s := range db.synsets {
		for _, pt := range s.ptrs {
			if _, ok := db.ids[pt.target]; !ok {
				return nil, fmt.Errorf("wordnet: synset %d points to %c %08d, which no data file holds", i, wnPOS[pt.target.pos].letter, pt.target.offset)
			}
		}
	}
	counts := map[string]int{}
	if err := eachLine(fsys, "cntlist.rev", func(n int, line string) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return fmt.Errorf("want sense_key sense_number tag_cnt")
		}
		lemma, typ, ok := strings.Cut(f[0], "%")
		num, err1 := strconv.Atoi(f[1])
		cnt, err2 := strconv.Atoi(f[2])
		if !ok || len(typ) == 0 || posIndex(typeLetter(typ[0])) < 0 || err1 != nil || err2 != nil {
			return fmt.Errorf("bad sense count %q", line)
		}
		counts[senseCountKey(lemma, posIndex(typeLetter(typ[0])), num)] = cnt
		return nil
	}); err != nil {
		return nil, err
	}
	for pi, p := range wnPOS {
		if err := eachLine(fsys, "index."+p.file, func(n int, line string) error {
			return db.addIndex(pi, line, counts)
		}); err != nil {
			return nil, err
		}
	}
	for _, l := range db.lemmas {
		slices.SortStableFunc(l.senses, func(a, b wnSense) int {
			return cmp.Or(cmp.Compare(b.count, a.count), cmp.Compare(a.num, b.num), cmp.Compare(a.pos, b.pos))
		})
	}
	for pi, p := range wnPOS {
		if err := eachLine(fsys, p.file+".exc", func(n int, line string) error {
			f := strings.Fields(line)
			if len(f) < 2 {
				return fmt.Errorf("want an inflected form and its base forms")
			}
			if strings.Contains(f[0], "_") {
				return nil
			}
			for _, b := range f[1:] {
				if l := db.lemmas[b]; l != nil && l.pos&(1<<pi) != 0 && !slices.Contains(db.exc[f[0]], wnExc{b, pi}) {
					db.exc[f[0]] = append(db.exc[f[0]], wnExc{b, pi})
				}
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	return db, nil
}

// typeLetter maps a sense key's ss_type digit to a part-of-speech letter.
func typeLetter(d byte) byte {
	if d < '1' || d > '5' {
		return 0
	}
	return "nvars"[d-'1']
}

func senseCountKey(lemma string, pos, num int) string {
	return lemma + "\x00" + strconv.Itoa(pos) + "\x00" + strconv.Itoa(num)
}

// eachLine calls fn with each line of the named file that is not part of
// its licence header (lines starting with a space).
func eachLine(fsys fs.FS, name string, fn func(n int, line string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("wordnet: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if err := fn(n, line); err != nil {
			return fmt.Errorf("wordnet: %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("wordnet: %s: %w", name, err)
	}
	return nil
}

// synsetLine is one line of data.POS, parsed: the offset, the
// lexicographer file, the synset type letter, the words as written (case
// kept, adjective markers removed) and the pointers.
type synsetLine struct {
	offset  uint32
	lexfile uint8
	typ     byte
	words   []string
	ptrs    []wnPtr
}

// parseSynsetLine parses one line of data.POS:
// offset lex_filenum ss_type w_cnt word lex_id ... p_cnt [ptr...] ... | gloss
func parseSynsetLine(line string) (synsetLine, error) {
	if i := strings.Index(line, " | "); i >= 0 {
		line = line[:i]
	}
	f := strings.Fields(line)
	if len(f) < 4 {
		return synsetLine{}, fmt.Errorf("short synset line")
	}
	off, err := strconv.ParseUint(f[0], 10, 32)
	if err != nil {
		return synsetLine{}, fmt.Errorf("bad offset %q", f[0])
	}
	lex, err := strconv.ParseUint(f[1], 10, 8)
	if err != nil || int(lex) >= len(lexnames) {
		return synsetLine{}, fmt.Errorf("bad lexicographer file %q", f[1])
	}
	nw, err := strconv.ParseUint(f[3], 16, 8)
	if err != nil || nw == 0 || len(f) < 4+2*int(nw)+1 {
		return synsetLine{}, fmt.Errorf("bad word count %q", f[3])
	}
	s := synsetLine{offset: uint32(off), lexfile: uint8(lex), typ: f[2][0]}
	for i := range int(nw) {
		w := f[4+2*i]
		if j := strings.IndexByte(w, '('); j > 0 && strings.HasSuffix(w, ")") {
			w = w[:j] // adjective position markers: (a), (p), (ip)
		}
		s.words = append(s.words, w)
	}
	rest := f[4+2*int(nw):]
	np, err := strconv.Atoi(rest[0])
	if err != nil || np < 0 || len(rest) < 1+4*np {
		return synsetLine{}, fmt.Errorf("bad pointer count %q", rest[0])
	}
	for i := range np {
		p := rest[1+4*i : 5+4*i]
		toff, err := strconv.ParseUint(p[1], 10, 32)
		tpos := posIndex(p[2][0])
		sd, err2 := strconv.ParseUint(p[3], 16, 16)
		if err != nil || tpos < 0 || len(p[2]) != 1 || err2 != nil || len(p[3]) != 4 {
			return synsetLine{}, fmt.Errorf("bad pointer %q", strings.Join(p, " "))
		}
		s.ptrs = append(s.ptrs, wnPtr{sym: p[0], target: synKey{tpos, uint32(toff)}, src: int(sd >> 8), dst: int(sd & 0xff)})
	}
	return s, nil
}

// addSynset adds one line of data.POS, its words in lower case.
func (db *wnDB) addSynset(pos int, line string) error {
	l, err := parseSynsetLine(line)
	if err != nil {
		return err
	}
	if posIndex(l.typ) != pos {
		return fmt.Errorf("synset type %q in the %s file", l.typ, wnPOS[pos].file)
	}
	s := wnSynset{pos: pos, lexfile: l.lexfile, ptrs: l.ptrs, words: l.words}
	for i, w := range s.words {
		s.words[i] = strings.ToLower(w)
	}
	key := synKey{pos, l.offset}
	if _, dup := db.ids[key]; dup {
		return fmt.Errorf("synset %08d twice", l.offset)
	}
	if len(db.synsets) >= maxSynsets {
		return fmt.Errorf("more than %d synsets", maxSynsets)
	}
	db.ids[key] = len(db.synsets)
	db.synsets = append(db.synsets, s)
	return nil
}

// parseIndexLine parses one line of index.POS, giving the lemma and its
// synsets' offsets in sense order:
// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
func parseIndexLine(line string) (lemma string, offsets []uint32, err error) {
	f := strings.Fields(line)
	if len(f) < 6 {
		return "", nil, fmt.Errorf("short index line")
	}
	lemma = f[0]
	nsyn, err1 := strconv.Atoi(f[2])
	nptr, err2 := strconv.Atoi(f[3])
	if err1 != nil || err2 != nil || nsyn < 1 || nptr < 0 || len(f) != 4+nptr+2+nsyn {
		return "", nil, fmt.Errorf("bad counts in index line of %q", lemma)
	}
	for _, o := range f[len(f)-nsyn:] {
		off, err := strconv.ParseUint(o, 10, 32)
		if err != nil {
			return "", nil, fmt.Errorf("bad offset %q", o)
		}
		offsets = append(offsets, uint32(off))
	}
	return lemma, offsets, nil
}

// addIndex adds one line of index.POS for a single-word lemma that keep
// accepts.
func (db *wnDB) addIndex(pos int, line string, counts map[string]int) error {
	lemma, offsets, err := parseIndexLine(line)
	if err != nil {
		return err
	}
	if strings.Contains(lemma, "_") || len(lemma) > 255 || !db.keep(lemma) {
		return nil
	}
	l := db.lemmas[lemma]
	if l == nil {
		l = &wnLemma{}
		db.lemmas[lemma] = l
	}
	l.pos |= 1 << pos
	for i, off := range offsets {
		id, ok := db.ids[synKey{pos, off}]
		if !ok {
			return fmt.Errorf("%q names synset %08d, which data.%s lacks", lemma, off, wnPOS[pos].file)
		}
		l.senses = append(l.senses, wnSense{synset: id, pos: pos, num: i + 1, count: counts[senseCountKey(lemma, pos, i+1)]})
	}
	return nil
}

// wordRank orders the candidates for a word's relatives: the GloVe
// frequency rank (more frequent first).
type wordRank func(word string) int

// relationLimits bound each sense's share of a word's relatives.
type relationLimits struct {
	max       int // per word
	similar   int // per sense
	hypernym2 int // per sense, two levels up
	hyponym   int // per sense
	holonym2  int // per sense, two levels up
}

var defaultRelationLimits = relationLimits{max: 40, similar: 6, hypernym2: 4, hyponym: 6, holonym2: 6}

// lexLocation is the lexicographer file of places (noun.location), whose
// part holonyms are the places that hold them.
const lexLocation = 15

// relations returns the relatives of lemma, in the order Related documents.
func (db *wnDB) relations(lemma string, rank wordRank, lim relationLimits) []Relation {
	l := db.lemmas[lemma]
	seen := map[string]bool{lemma: true}
	var out []Relation
	for si, sense := range l.senses {
		if si >= maxRelSenses || len(out) >= lim.max {
			break
		}
		s := &db.synsets[sense.synset]
		wordNum := slices.Index(s.words, lemma) + 1
		add := func(kind RelKind, limit int, words []string) {
			words = slices.Clone(words)
			slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(rank(a), rank(b)) })
			n := 0
			for _, w := range words {
				if n >= limit || len(out) >= lim.max {
					return
				}
				if seen[w] || db.lemmas[w] == nil {
					continue
				}
				seen[w] = true
				out = append(out, Relation{Word: w, Kind: kind, Sense: si + 1})
				n++
			}
		}
		lexical := func(syms ...string) []string {
			var ws []string
			for _, p := range s.ptrs {
				if p.src != 0 && p.src == wordNum && slices.Contains(syms, p.sym) {
					t := &db.synsets[db.ids[p.target]]
					if p.dst >= 1 && p.dst <= len(t.words) {
						ws = append(ws, t.words[p.dst-1])
					}
				}
			}
			return ws
		}
		add(Synonym, math.MaxInt, s.words)
		add(Antonym, math.MaxInt, lexical("!"))
		add(Derivation, math.MaxInt, lexical("+", "\\", "<"))
		add(Similar, lim.similar, db.members(db.targets([]int{sense.synset}, "&")))
		up := db.targets([]int{sense.synset}, "@", "@i")
		add(Hypernym, math.MaxInt, db.members(up))
		add(Hypernym, lim.hypernym2, db.members(db.targets(up, "@", "@i")))
		add(Hyponym, lim.hyponym, db.members(db.targets([]int{sense.synset}, "~", "~i")))
		if s.lexfile == lexLocation {
			in := db.targets([]int{sense.synset}, "#p")
			add(Holonym, math.MaxInt, db.members(in))
			add(Holonym, lim.holonym2, db.members(db.targets(in, "#p")))
		}
	}
	return out
}

// targets returns the synsets the given synsets point to with a semantic
// pointer of one of syms, each once, in order.
func (db *wnDB) targets(from []int, syms ...string) []int {
	var out []int
	for _, id := range from {
		for _, p := range db.synsets[id].ptrs {
			if p.src == 0 && slices.Contains(syms, p.sym) {
				if t := db.ids[p.target]; !slices.Contains(out, t) {
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// members returns the words of the synsets, in order.
func (db *wnDB) members(ids []int) []string {
	var out []string
	for _, id := range ids {
		out = append(out, db.synsets[id].words...)
	}
	return out
}

// writeWordNet returns wordnet.bin. Only the synsets the kept words can
// reach are written: their senses and, for nouns, all their hypernym
// ancestors (IsA walks them); they are numbered anew, in the same order.
func writeWordNet(db *wnDB, rank wordRank, lim relationLimits) ([]byte, error) {
	words := make([]string, 0, len(db.lemmas))
	for w := range db.lemmas {
		words = append(words, w)
	}
	slices.Sort(words)
	if len(words) > maxWords {
		return nil, fmt.Errorf("wordnet: %d words do not fit %d-bit indexes", len(words), wordBits)
	}
	index := make(map[string]int, len(words))
	for i, w := range words {
		index[w] = i
	}
	ids, nSyn, nNoun, err := db.reachable()
	if err != nil {
		return nil, err
	}
	var table recordsWriter
	for _, w := range words {
		l := db.lemmas[w]
		senses := l.senses[:min(len(l.senses), maxSenses)]
		p := []byte{byte(l.pos), byte(len(senses))}
		for _, s := range senses {
			p = appendU24(p, uint32(ids[s.synset]))
		}
		for _, rel := range db.relations(w, rank, lim) {
			p = appendU24(p, uint32(index[rel.Word])|uint32(rel.Kind)<<kindShift|uint32(rel.Sense-1)<<senseShift)
		}
		if err := table.add(w, p); err != nil {
			return nil, err
		}
	}
	forms := make([]string, 0, len(db.exc))
	for f := range db.exc {
		forms = append(forms, f)
	}
	slices.Sort(forms)
	var exc recordsWriter
	for _, f := range forms {
		var p []byte
		for _, e := range db.exc[f] {
			p = appendU24(p, uint32(index[e.base])|uint32(e.pos)<<excPOSShift)
		}
		if err := exc.add(f, p); err != nil {
			return nil, err
		}
	}
	lex := make([]byte, 0, nSyn)
	var hyp, hypx []byte
	for old, s := range db.synsets {
		id := ids[old]
		if id < 0 {
			continue
		}
		lex = append(lex, s.lexfile)
		if old >= db.nNoun {
			continue
		}
		up := db.targets([]int{old}, "@", "@i")
		if len(up) == 0 {
			hyp = appendU24(hyp, noHypernym)
			continue
		}
		hyp = appendU24(hyp, uint32(ids[up[0]]))
		for _, t := range up[1:] {
			hypx = appendU24(appendU24(hypx, uint32(id)), uint32(ids[t]))
		}
	}
	meta := appendU32(appendU32(appendU32(nil, uint32(len(words))), uint32(nSyn)), uint32(nNoun))
	fw := fileWriter{kind: "wordnet"}
	fw.add("meta", meta)
	fw.addRecords("words", &table)
	fw.addRecords("exc", &exc)
	fw.add("lex", lex)
	fw.add("hyp", hyp)
	fw.add("hypx", hypx)
	fw.add("attr", db.attributes(index))
	return fw.bytes()
}

// attributes returns the attr section of wordnet.bin: WordNet's attribute
// pointers ("=", between an adjective synset and the noun synset of the
// attribute it is a value of: "tall" and "high" of "height", "old" of
// "age"), as pairs of word indexes (u24 each), a kept word of one synset
// and a kept word of the other, in both directions, sorted and each once.
func (db *wnDB) attributes(index map[string]int) []byte {
	var pairs []uint64
	for _, s := range db.synsets {
		for _, p := range s.ptrs {
			if p.sym != "=" {
				continue
			}
			t := &db.synsets[db.ids[p.target]]
			for _, a := range s.words {
				ia, ok := index[a]
				if !ok {
					continue
				}
				for _, b := range t.words {
					if ib, ok := index[b]; ok && ib != ia {
						pairs = append(pairs, uint64(ia)<<32|uint64(ib), uint64(ib)<<32|uint64(ia))
					}
				}
			}
		}
	}
	slices.Sort(pairs)
	pairs = slices.Compact(pairs)
	out := make([]byte, 0, 6*len(pairs))
	for _, p := range pairs {
		out = appendU24(appendU24(out, uint32(p>>32)), uint32(p))
	}
	return out
}

// reachable numbers the synsets the kept lemmas reach: their senses and the
// hypernym ancestors of the noun ones. ids maps a synset to its new number,
// or -1; nouns keep coming first.
func (db *wnDB) reachable() (ids []int, n, nNoun int, err error) {
	keep := make([]bool, len(db.synsets))
	var walk []int
	for _, l := range db.lemmas {
		for _, s := range l.senses[:min(len(l.senses), maxSenses)] {
			walk = append(walk, s.synset)
		}
	}
	for len(walk) > 0 {
		id := walk[len(walk)-1]
		walk = walk[:len(walk)-1]
		if keep[id] {
			continue
		}
		keep[id] = true
		if id >= db.nNoun {
			continue
		}
		for _, t := range db.targets([]int{id}, "@", "@i") {
			if t >= db.nNoun {
				return nil, 0, 0, fmt.Errorf("wordnet: noun synset %d has a hypernym of another part of speech", id)
			}
			walk = append(walk, t)
		}
	}
	ids = make([]int, len(db.synsets))
	for i, k := range keep {
		ids[i] = -1
		if k {
			ids[i] = n
			n++
			if i < db.nNoun {
				nNoun++
			}
		}
	}
	return ids, n, nNoun, nil
}
