package english

// The container format of the three data files, and the sorted record
// tables inside them. Both the reader (Load, Open) and the writer
// (Generate) use this file, so the format is written down once.
//
// A data file is
//
//	magic   "QAEN"                      4 bytes
//	version uint32                      little-endian, formatVersion
//	kind    [16]byte                    "vectors", "nbrs" or "wordnet", NUL-padded
//	count   uint32                      number of sections
//	count × { name [16]byte, offset uint32, length uint32 }
//	the section bodies, in the order of the directory
//
// All integers are little-endian. A section is read in place as a string
// (the embedded file is never copied): uint16, 24-bit and uint32 arrays are
// decoded element by element with u16, u24 and u32.
//
// A record table (see records) is two sections: "NAME.off", n+1 uint32
// offsets into "NAME.dat", where record i is dat[off[i]:off[i+1]] =
// { key length byte, key bytes, payload }. Keys are sorted bytewise and
// unique, so a key is found by binary search with no allocation.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/qabot/qabot/qa/internal/keyhash"
)

const (
	magic         = "QAEN"
	formatVersion = 1
	nameSize      = 16
	headerSize    = 4 + 4 + nameSize + 4
	dirEntrySize  = nameSize + 4 + 4
)

// errFormat is returned when a data file is not one this package wrote.
var errFormat = errors.New("not a data file of this format")

// file is a parsed data file: its sections by name.
type file struct {
	kind     string
	sections []section
	// deep is set when every entry of the file is to be checked (see
	// checkDepth).
	deep bool
}

// checkDepth is how much of a data file parseFile and the readers check.
//
// Open checks every entry of the files it reads (checkEntries), so that
// no lookup in a damaged or foreign file can index out of range. The
// embedded files are checked that way by the package's tests
// (TestEmbeddedEntriesChecked) and their checksums by the manifest's;
// Load only checks their structure (checkStructure: the headers and the
// sizes of the sections), which reads a few pages of the binary instead
// of every page of the 4 MB of neighbour and WordNet tables, which would
// then stay resident for the life of the process.
type checkDepth bool

const (
	checkStructure checkDepth = false
	checkEntries   checkDepth = true
)

type section struct {
	name string
	data string
}

// parseFile reads the directory of data, checking that it is a file of the
// given kind and that every section lies inside it.
func parseFile(data, kind string, depth checkDepth) (file, error) {
	if len(data) < headerSize || data[:4] != magic {
		return file{}, fmt.Errorf("%s: %w", kind, errFormat)
	}
	if v := u32(data[4:], 0); v != formatVersion {
		return file{}, fmt.Errorf("%s: format version %d, want %d: %w", kind, v, formatVersion, errFormat)
	}
	if got := strings.TrimRight(data[8:8+nameSize], "\x00"); got != kind {
		return file{}, fmt.Errorf("file of kind %q, want %q: %w", got, kind, errFormat)
	}
	n := int(u32(data[8+nameSize:], 0))
	if n > (len(data)-headerSize)/dirEntrySize {
		return file{}, fmt.Errorf("%s: %d sections do not fit: %w", kind, n, errFormat)
	}
	f := file{kind: kind, sections: make([]section, n), deep: bool(depth)}
	for i := range n {
		e := data[headerSize+i*dirEntrySize:]
		off, length := uint64(u32(e[nameSize:], 0)), uint64(u32(e[nameSize:], 1))
		if off+length > uint64(len(data)) {
			return file{}, fmt.Errorf("%s: section %d past the end: %w", kind, i, errFormat)
		}
		f.sections[i] = section{name: strings.TrimRight(e[:nameSize], "\x00"), data: data[off : off+length]}
	}
	return f, nil
}

// section returns the body of the named section, of a length that is a
// multiple of elem bytes.
func (f file) section(name string, elem int) (string, error) {
	for _, s := range f.sections {
		if s.name == name {
			if len(s.data)%elem != 0 {
				return "", fmt.Errorf("%s: section %s of %d bytes, not a multiple of %d: %w", f.kind, name, len(s.data), elem, errFormat)
			}
			return s.data, nil
		}
	}
	return "", fmt.Errorf("%s: no section %s: %w", f.kind, name, errFormat)
}

// want names a section for file.read: its name, the size of its elements
// and where to put it.
type want struct {
	name string
	elem int
	dst  *string
}

// read sets each want's dst to its section.
func (f file) read(ws ...want) error {
	for _, w := range ws {
		s, err := f.section(w.name, w.elem)
		if err != nil {
			return err
		}
		*w.dst = s
	}
	return nil
}

// records reads the record table stored as sections name.off and name.dat,
// checking that the offsets are in order and inside the data.
func (f file) records(name string) (records, error) {
	off, err := f.section(name+".off", 4)
	if err != nil {
		return records{}, err
	}
	dat, err := f.section(name+".dat", 1)
	if err != nil {
		return records{}, err
	}
	t := records{off: off, dat: dat, n: len(off)/4 - 1, pre: new(prefixIndex)}
	if t.n < 0 {
		return records{}, fmt.Errorf("%s: empty offsets of %s: %w", f.kind, name, errFormat)
	}
	if !f.deep {
		// The first and last offsets frame the data; the others are
		// checked with the entries.
		if u32(off, 0) != 0 || int(u32(off, t.n)) != len(dat) {
			return records{}, fmt.Errorf("%s: records of %s do not cover the data: %w", f.kind, name, errFormat)
		}
		return t, nil
	}
	prev := uint32(0)
	for i := 0; i <= t.n; i++ {
		o := u32(off, i)
		if o < prev || int(o) > len(dat) || (i > 0 && o == prev) || (i == 0 && o != 0) {
			return records{}, fmt.Errorf("%s: offset %d of %s out of order: %w", f.kind, i, name, errFormat)
		}
		if i > 0 && int(dat[prev])+1 > int(o-prev) {
			return records{}, fmt.Errorf("%s: record %d of %s shorter than its key: %w", f.kind, i-1, name, errFormat)
		}
		if i > 1 && t.key(i-2) >= t.key(i-1) {
			return records{}, fmt.Errorf("%s: key %d of %s not after the one before it: %w", f.kind, i-1, name, errFormat)
		}
		prev = o
	}
	if int(prev) != len(dat) {
		return records{}, fmt.Errorf("%s: records of %s do not cover the data: %w", f.kind, name, errFormat)
	}
	return t, nil
}

// records is a table of records sorted by key (see the top of the file).
type records struct {
	off, dat string
	n        int
	// pre narrows find's binary search by the key's first two bytes; it
	// is built at the first find (nil: search the whole table).
	pre *prefixIndex
	// hash, when set, finds a key in place of the binary search
	// (hashIndex); it is built at the first find.
	hash *hashIndex
}

// hashIndex is an open-addressed table of a record table's keys by their
// hash (keyHash), for a table that find is asked of many thousands of times
// a run (WordNet's words and exception forms: morphy tries several forms
// a word, most of them no key): a find reads one slot or a few, where the
// binary search of a prefix bucket reads some ten keys, each a likely
// cache miss (about 900 instructions a find, against some 100). A slot
// holds the record's index + 1 in its low hashIndexBits bits and the top
// bits of its key's hash above them, so that most slots of other keys are
// passed over without reading their keys; 0 is an empty slot. The table
// has a power of two slots, at least 3/2 of the records (256 kB for the
// 36,403 words of WordNet); a table of 2^hashIndexBits - 1 records or
// more gets none, and is searched as before.
type hashIndex struct {
	once  sync.Once
	slots []uint32
}

// hashIndexBits is how many low bits of a hashIndex slot hold its record.
const hashIndexBits = 18

// keyHash returns a 32-bit hash of key (keyhash.Sum with a fixed seed,
// as the qa package's vocab hashes with a random one), the two halves of
// the 64-bit hash joined, so that both the slot (low bits) and the tag
// (high bits) are mixed.
func keyHash[K ~string | ~[]byte](key K) uint32 {
	h := keyhash.Sum(0, key)
	return uint32(h ^ h>>32)
}

// build fills the slots with the records of t, or leaves none when t has
// too many.
func (x *hashIndex) build(t records) {
	if t.n >= 1<<hashIndexBits-1 {
		return
	}
	size := 1
	for size < t.n+t.n/2+1 {
		size *= 2
	}
	x.slots = make([]uint32, size)
	mask := uint32(size - 1)
	for i := range t.n {
		h := keyHash(t.key(i))
		j := h & mask
		for x.slots[j] != 0 {
			j = (j + 1) & mask
		}
		x.slots[j] = uint32(i+1) | h>>hashIndexBits<<hashIndexBits
	}
}

// hashFind returns the index of the record of t with the given key, or
// -1, by t's hash index x.
func hashFind[K ~string | ~[]byte](x *hashIndex, t records, key K) int {
	h := keyHash(key)
	mask := uint32(len(x.slots) - 1)
	top := h >> hashIndexBits << hashIndexBits
	for j := h & mask; ; j = (j + 1) & mask {
		s := x.slots[j]
		if s == 0 {
			return -1
		}
		if s&^(1<<hashIndexBits-1) == top {
			if i := int(s&(1<<hashIndexBits-1)) - 1; t.key(i) == string(key) {
				return i
			}
		}
	}
}

// prefixIndex holds where each prefix bucket of a record table begins.
// A key whose first byte is a lower-case ASCII letter c0 falls into one
// of prefixSubs buckets of c0 by its second byte c1: none or below 'a',
// one per letter 'a' to 'z', or above 'z'. Keys sort bytewise, so each
// bucket is a run of records and the runs follow one another in bucket
// order; start[b] is the first record of bucket b (and of any later one
// when b is empty), start[prefixBuckets] the end of the last. A find for
// a common word thus searches some hundreds of records instead of the
// whole table: about half the probes, each a likely cache miss. Keys
// opening with any other byte are searched in the whole table.
type prefixIndex struct {
	once  sync.Once
	start [prefixBuckets + 1]uint32
}

const (
	prefixSubs    = 28
	prefixBuckets = 26 * prefixSubs
)

// prefixBucket returns the bucket of a key, or -1 when its first byte is
// not a lower-case ASCII letter.
func prefixBucket[K ~string | ~[]byte](key K) int {
	if len(key) == 0 || key[0] < 'a' || key[0] > 'z' {
		return -1
	}
	sub := 0
	if len(key) > 1 {
		switch c := key[1]; {
		case c > 'z':
			sub = prefixSubs - 1
		case c >= 'a':
			sub = int(c-'a') + 1
		}
	}
	return int(key[0]-'a')*prefixSubs + sub
}

// build sets the starts of t's buckets: bucket b begins at the first key
// not below the least key of the bucket (c0, then c0 c1 for a letter
// sub-bucket, then c0 '{' for the last), and the end is the first key
// not below "{", the least key after all buckets.
func (p *prefixIndex) build(t records) {
	var k [2]byte
	for b := range prefixBuckets {
		k[0] = 'a' + byte(b/prefixSubs)
		key := k[:1]
		if sub := b % prefixSubs; sub > 0 {
			k[1] = 'a' + byte(sub-1)
			key = k[:2]
		}
		p.start[b] = uint32(lowerBound(t, key, 0, t.n))
	}
	p.start[prefixBuckets] = uint32(lowerBound(t, "{", 0, t.n))
}

// lowerBound returns the first index in [lo, hi) whose key is not below
// key, or hi.
func lowerBound[K ~string | ~[]byte](t records, key K, lo, hi int) int {
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compareKey(t.key(m), key) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// record returns record i's key and payload.
func (t records) record(i int) (key, payload string) {
	r := t.dat[u32(t.off, i):u32(t.off, i+1)]
	k := int(r[0])
	return r[1 : 1+k], r[1+k:]
}

// key returns record i's key, as record does, without slicing out the
// payload: the binary searches read nothing else (the table was checked
// to hold each key within its record when read).
func (t records) key(i int) string {
	r := t.dat[u32(t.off, i):]
	return r[1 : 1+int(r[0])]
}

// warm builds t's hash index (or else its prefix index) now, if it has
// one, rather than at its first find.
func (t records) warm() {
	if t.hash != nil {
		t.hash.once.Do(func() { t.hash.build(t) })
		if t.hash.slots != nil {
			return // found by hash: the prefix index is never read
		}
	}
	if t.pre != nil {
		t.pre.once.Do(func() { t.pre.build(t) })
	}
}

// find returns the index of the record with the given key, or -1. The key
// may be a string or a byte slice, so that callers can look up a word they
// build in a stack buffer without allocating. The search is narrowed to
// the key's prefix bucket (prefixIndex) when the table has one.
func find[K ~string | ~[]byte](t records, key K) int {
	if t.hash != nil {
		t.hash.once.Do(func() { t.hash.build(t) })
		if t.hash.slots != nil {
			return hashFind(t.hash, t, key)
		}
	}
	lo, hi := 0, t.n
	if t.pre != nil {
		if b := prefixBucket(key); b >= 0 {
			t.pre.once.Do(func() { t.pre.build(t) })
			lo, hi = int(t.pre.start[b]), int(t.pre.start[b+1])
		}
	}
	lo = lowerBound(t, key, lo, hi)
	if lo < hi && compareKey(t.key(lo), key) == 0 {
		return lo
	}
	return -1
}

// compareKey compares a and b bytewise, as strings.Compare does.
func compareKey[K ~string | ~[]byte](a string, b K) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

// u16, u24 and u32 return element i of a little-endian array of 2, 3 or 4
// byte integers held in s. Each first cuts out the element's bytes, so
// that one bounds check covers them and the compiler reads them in one
// load.
func u16(s string, i int) uint16 {
	s = s[2*i : 2*i+2]
	return uint16(s[0]) | uint16(s[1])<<8
}

func u24(s string, i int) uint32 {
	s = s[3*i : 3*i+3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16
}

func u32(s string, i int) uint32 {
	s = s[4*i : 4*i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// bf16 returns element i of an array of bfloat16 numbers: the high 16 bits
// of float32s.
func bf16(s string, i int) float32 { return fromBF16(u16(s, i)) }

func fromBF16(b uint16) float32 { return math.Float32frombits(uint32(b) << 16) }

// toBF16 rounds a finite float32 to the nearest bfloat16 (ties to even).
func toBF16(f float32) uint16 {
	b := math.Float32bits(f)
	return uint16((b + 0x7fff + (b >> 16 & 1)) >> 16)
}

// fileWriter assembles a data file; sections are written in the order they
// are added, so the same calls give the same bytes.
type fileWriter struct {
	kind     string
	sections []section
}

func (w *fileWriter) add(name string, data []byte) {
	w.sections = append(w.sections, section{name: name, data: string(data)})
}

// addRecords adds a record table built with recordsWriter.
func (w *fileWriter) addRecords(name string, r *recordsWriter) {
	if r.off == nil {
		r.off = appendU32(nil, 0)
	}
	w.add(name+".off", r.off)
	w.add(name+".dat", r.dat)
}

// bytes returns the file. Names longer than nameSize bytes are an error of
// the program, reported as such.
func (w *fileWriter) bytes() ([]byte, error) {
	if len(w.kind) > nameSize {
		return nil, fmt.Errorf("english: file kind %q longer than %d bytes", w.kind, nameSize)
	}
	out := make([]byte, 0, headerSize+len(w.sections)*dirEntrySize)
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint32(out, formatVersion)
	out = appendName(out, w.kind)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(w.sections)))
	off := headerSize + len(w.sections)*dirEntrySize
	for _, s := range w.sections {
		if len(s.name) > nameSize {
			return nil, fmt.Errorf("english: section name %q longer than %d bytes", s.name, nameSize)
		}
		out = appendName(out, s.name)
		out = binary.LittleEndian.AppendUint32(out, uint32(off))
		out = binary.LittleEndian.AppendUint32(out, uint32(len(s.data)))
		off += len(s.data)
	}
	if off > math.MaxUint32 {
		return nil, fmt.Errorf("english: %s file of %d bytes is too large", w.kind, off)
	}
	for _, s := range w.sections {
		out = append(out, s.data...)
	}
	return out, nil
}

func appendName(out []byte, name string) []byte {
	out = append(out, name...)
	for range nameSize - len(name) {
		out = append(out, 0)
	}
	return out
}

// recordsWriter builds a record table; records must be added in strictly
// increasing key order.
type recordsWriter struct {
	off, dat []byte
	last     string
	n        int
}

func (r *recordsWriter) add(key string, payload []byte) error {
	if len(key) == 0 || len(key) > 255 {
		return fmt.Errorf("english: record key %q: length %d not in 1..255", key, len(key))
	}
	if r.n > 0 && key <= r.last {
		return fmt.Errorf("english: record key %q after %q: keys out of order", key, r.last)
	}
	if r.off == nil {
		r.off = binary.LittleEndian.AppendUint32(nil, 0)
	}
	r.dat = append(r.dat, byte(len(key)))
	r.dat = append(r.dat, key...)
	r.dat = append(r.dat, payload...)
	if len(r.dat) > math.MaxUint32 {
		return fmt.Errorf("english: record table larger than 4 GB")
	}
	r.off = binary.LittleEndian.AppendUint32(r.off, uint32(len(r.dat)))
	r.last, r.n = key, r.n+1
	return nil
}

func appendU16(b []byte, v uint16) []byte { return binary.LittleEndian.AppendUint16(b, v) }
func appendU32(b []byte, v uint32) []byte { return binary.LittleEndian.AppendUint32(b, v) }
func appendU24(b []byte, v uint32) []byte { return append(b, byte(v), byte(v>>8), byte(v>>16)) }
