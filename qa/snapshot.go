package qa

// Index snapshots: a built index saved to a file and read back instead of
// building it again, so that a large corpus starts in a fraction of the
// time its build takes.
//
// The file (all integers little-endian):
//
//	header   "QABOTIDX"  8 bytes
//	         version     uint32   snapshotVersion
//	         engine      32 bytes SHA-256 of the engine's model (engineSum)
//	         sections    uint64   length of the sections
//	         blob        uint64   length of the blob
//	         crc         uint32   CRC-32C of meta, sections and blob
//	         meta        uint32 length, then the caller's bytes
//	sections every field of the Index needed to answer, in the order
//	         writeIndex writes them; slices as a count then their items,
//	         strings as (offset uint64, length uint32) into the blob
//	blob     the documents' bodies, then every other string
//
// Texts that stand in their document's body (block and sentence texts, the
// usual case) point into it rather than repeat it, and short strings
// (sections, cells, phrase values) are stored once: a snapshot is about
// the size of the corpus text plus the index's arrays, and once read, a
// document's blocks and sentences share its body's memory.
//
// A snapshot is trusted only when everything checks: the magic and
// version, the engine sum, the lengths, the checksum, the caller's meta
// (its check function compares the corpus files it was built from), and
// every index into another table. Anything else is ErrSnapshotStale or
// ErrSnapshotCorrupt, and the caller builds afresh. Reading never panics
// on any input (FuzzReadSnapshot).

import (
	"bufio"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"math"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/qabot/qabot/corpus"
)

// snapshotVersion is the version of the file format and of what Build
// puts in an index; raise it whenever either changes.
const snapshotVersion = 155

// snapshotMagic opens every snapshot file.
const snapshotMagic = "QABOTIDX"

// headerSize is the size of the fixed part of the header, before meta.
const headerSize = 8 + 4 + sha256.Size + 8 + 8 + 4

// Errors of ReadSnapshot.
var (
	// ErrSnapshotStale is returned by ReadSnapshot for a snapshot written
	// by another version of the engine, or one whose meta the caller's
	// check refused (the corpus changed).
	ErrSnapshotStale = errors.New("index snapshot is out of date")
	// ErrSnapshotCorrupt is returned by ReadSnapshot for a file that is
	// not a whole, intact snapshot: truncated, altered, or not a snapshot
	// at all.
	ErrSnapshotCorrupt = errors.New("index snapshot is damaged")
)

// castagnoli is the CRC-32C table (computed in hardware on most machines).
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// engineSum identifies the engine an index was built for: the snapshot
// format, the answer model and the word files. (A program that embeds qa adds its own
// build to the meta it writes, since Build's code may change without
// either.)
var engineSum = sync.OnceValue(func() [sha256.Size]byte {
	h := sha256.New()
	fmt.Fprintf(h, "qabot index v%d\n", snapshotVersion)
	h.Write(modelJSON)
	for _, f := range wordFiles() {
		fmt.Fprintf(h, "%s %d\n", f.fileName(), len(f.embedded()))
		h.Write([]byte(f.embedded()))
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
})

// WriteSnapshot writes ix to w with meta, the caller's description of what
// the index was built from (ReadSnapshot hands it back to be checked). The
// same index and meta always give the same bytes.
func (ix *Index) WriteSnapshot(w io.Writer, meta []byte) error {
	if len(meta) > math.MaxUint32 {
		return fmt.Errorf("write index snapshot: meta of %d bytes is too large", len(meta))
	}
	e := newSnapEncoder(ix)
	writeIndex(e, ix)
	crc := crc32.Update(0, castagnoli, binary.LittleEndian.AppendUint32(nil, uint32(len(meta))))
	crc = crc32.Update(crc, castagnoli, meta)
	crc = crc32.Update(crc, castagnoli, e.buf)
	crc = crc32.Update(crc, castagnoli, e.blob)
	head := make([]byte, 0, headerSize+4)
	head = append(head, snapshotMagic...)
	head = binary.LittleEndian.AppendUint32(head, snapshotVersion)
	sum := engineSum()
	head = append(head, sum[:]...)
	head = binary.LittleEndian.AppendUint64(head, uint64(len(e.buf)))
	head = binary.LittleEndian.AppendUint64(head, uint64(len(e.blob)))
	head = binary.LittleEndian.AppendUint32(head, crc)
	head = binary.LittleEndian.AppendUint32(head, uint32(len(meta)))
	bw := bufio.NewWriterSize(w, 1<<16)
	for _, part := range [][]byte{head, meta, e.buf, e.blob} {
		if _, err := bw.Write(part); err != nil {
			return fmt.Errorf("write index snapshot: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write index snapshot: %w", err)
	}
	return nil
}

// ReadSnapshot reads an index written by WriteSnapshot. Once the header
// says the file was written by this engine, check is given its meta
// before the rest is read, and may refuse it (with an error wrapping
// ErrSnapshotStale, say, when the corpus changed since); check may be nil.
// Whatever check says, no index is returned unless the whole file passes
// its checksum. The index answers with the engine's default model, as one
// from Build does.
func ReadSnapshot(r io.Reader, check func(meta []byte) error) (*Index, error) {
	warmEngine()
	head, err := readN(r, headerSize+4)
	if err != nil {
		return nil, err
	}
	h, err := parseHeader(head)
	if err != nil {
		return nil, err
	}
	// The meta first, so that a stale snapshot is refused without reading
	// the rest; then the sections, dropped once decoded, and the blob,
	// which the index's strings share: nothing writes to it once read.
	meta, err := readN(r, uint64(h.nmeta))
	if err != nil {
		return nil, err
	}
	if check != nil {
		if err := check(meta); err != nil {
			return nil, err
		}
	}
	sect, err := readN(r, h.nsect)
	if err != nil {
		return nil, err
	}
	blob, err := readN(r, h.nblob)
	if err != nil {
		return nil, err
	}
	if err := atEOF(r); err != nil {
		return nil, err
	}
	return h.decode(head, meta, sect, blob, unsafe.String(unsafe.SliceData(blob), len(blob)))
}

// ReadSnapshotBytes is ReadSnapshot of a snapshot in memory (a file mapped
// into memory, say). data must not change while it runs; the index keeps
// none of it.
func ReadSnapshotBytes(data []byte, check func(meta []byte) error) (*Index, error) {
	warmEngine()
	if len(data) < headerSize+4 {
		return nil, fmt.Errorf("%w: shorter than its header", ErrSnapshotCorrupt)
	}
	head := data[:headerSize+4]
	h, err := parseHeader(head)
	if err != nil {
		return nil, err
	}
	rest := uint64(len(data) - len(head))
	if uint64(h.nmeta) > rest || h.nsect > rest-uint64(h.nmeta) || h.nblob != rest-uint64(h.nmeta)-h.nsect {
		return nil, fmt.Errorf("%w: %d bytes where its header says otherwise", ErrSnapshotCorrupt, rest)
	}
	data = data[len(head):]
	meta, sect, blob := data[:h.nmeta], data[h.nmeta:uint64(h.nmeta)+h.nsect], data[uint64(h.nmeta)+h.nsect:]
	if check != nil {
		if err := check(meta); err != nil {
			return nil, err
		}
	}
	return h.decode(head, meta, sect, blob, string(blob))
}

// snapHeader is what a snapshot's header says of the rest.
type snapHeader struct {
	nsect, nblob uint64
	crc, nmeta   uint32
}

// parseHeader checks a snapshot's header: the magic, the version, the
// engine.
func parseHeader(head []byte) (snapHeader, error) {
	if string(head[:8]) != snapshotMagic {
		return snapHeader{}, fmt.Errorf("%w: not an index snapshot", ErrSnapshotCorrupt)
	}
	if v := binary.LittleEndian.Uint32(head[8:]); v != snapshotVersion {
		return snapHeader{}, fmt.Errorf("%w: format version %d, this engine writes %d", ErrSnapshotStale, v, snapshotVersion)
	}
	sum := engineSum()
	if string(head[12:12+sha256.Size]) != string(sum[:]) {
		return snapHeader{}, fmt.Errorf("%w: written by another engine or answer model", ErrSnapshotStale)
	}
	p := head[12+sha256.Size:]
	h := snapHeader{nsect: binary.LittleEndian.Uint64(p), nblob: binary.LittleEndian.Uint64(p[8:]),
		crc: binary.LittleEndian.Uint32(p[16:]), nmeta: binary.LittleEndian.Uint32(p[20:])}
	const maxSnapshot = 1 << 40
	if h.nsect > maxSnapshot || h.nblob > maxSnapshot {
		return snapHeader{}, fmt.Errorf("%w: impossible lengths", ErrSnapshotCorrupt)
	}
	return h, nil
}

// decode decodes the sections and blob that follow head and meta (which
// the caller checked); blobText is blob as a string, which the index's
// strings share.
//
// The checksum is computed while the index is decoded, and the index
// returned only if it matches: the decoder checks every index into
// another table, so decoding a damaged snapshot first is safe. (A damaged
// meta may be refused as stale before: the index is built afresh either
// way.)
func (h snapHeader) decode(head, meta, sect, blob []byte, blobText string) (*Index, error) {
	sums := make(chan uint32, 1)
	go func() {
		got := crc32.Update(0, castagnoli, head[len(head)-4:])
		got = crc32.Update(got, castagnoli, meta)
		got = crc32.Update(got, castagnoli, sect)
		sums <- crc32.Update(got, castagnoli, blob)
	}()
	ix, err := decodeIndex(sect, blobText)
	if <-sums != h.crc {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrSnapshotCorrupt)
	}
	return ix, err
}

// readN reads n bytes from r. The buffer is sized from what r holds when
// it can tell (a file, a reader over bytes), else grown as data arrives:
// a damaged length cannot allocate more than the file holds.
func readN(r io.Reader, n uint64) ([]byte, error) {
	size := min(n, 1<<20)
	switch r := r.(type) {
	case interface{ Len() int }:
		size = min(n, uint64(r.Len()))
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := r.Stat(); err == nil && fi.Size() > 0 {
			size = min(n, uint64(fi.Size()))
		}
	}
	buf := make([]byte, 0, size)
	for uint64(len(buf)) < n {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, int(min(n-uint64(len(buf)), uint64(max(cap(buf), 4096)))))
		}
		m, err := r.Read(buf[len(buf):min(uint64(cap(buf)), n)])
		buf = buf[:len(buf)+m]
		if err == io.EOF && uint64(len(buf)) < n {
			return nil, fmt.Errorf("%w: truncated", ErrSnapshotCorrupt)
		}
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("read index snapshot: %w", err)
		}
	}
	return buf, nil
}

// atEOF makes sure r holds nothing more: a snapshot with bytes after its
// end is not the file that was written.
func atEOF(r io.Reader) error {
	var one [1]byte
	for {
		m, err := r.Read(one[:])
		if m > 0 {
			return fmt.Errorf("%w: longer than its header says", ErrSnapshotCorrupt)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read index snapshot: %w", err)
		}
	}
}

// writeIndex writes every field of ix that answering reads. decodeIndex
// reads them back in the same order; TestSnapshotCoversIndex keeps the two
// in step with the Index type.
func writeIndex(e *snapEncoder, ix *Index) {
	// The documents and the sentences come first, each after its length,
	// so that a reader decodes them side by side with the rest.
	e.section(func() { e.documents(ix.docs) })
	e.section(func() { e.sentences(ix) })
	e.int(ix.paras)
	e.int(len(ix.places))
	for _, pl := range ix.places {
		e.str(pl.section)
		e.i32(pl.page)
		e.bool(pl.title)
	}
	e.i32s(ix.docFirstPara)
	e.int(len(ix.titleTerms))
	for _, tt := range ix.titleTerms {
		e.i32s(tt)
	}
	e.i32s(ix.docDay)

	// The stems in term order, then the words in order and their terms.
	e.strs(ix.stems.words())
	e.strs(ix.surface.words())
	e.i32s(ix.surfaceIDs)
	e.bools(ix.names)
	e.i32s(sortedIDs(ix.change))
	e.i32s(ix.sentDF)
	e.f64s(ix.idf)
	e.f64(ix.maxIDF)
	e.i32s(ix.paraStart)
	e.int(len(ix.paraPost))
	p := e.grow(6 * len(ix.paraPost))
	for i, pp := range ix.paraPost {
		binary.LittleEndian.PutUint32(p[6*i:], uint32(pp.para))
		binary.LittleEndian.PutUint16(p[6*i+4:], pp.tf)
	}
	e.f64s(ix.paraIDF)
	e.f64s(ix.paraNorm)
	e.i32s(ix.paraSent)
	e.i32s(ix.paraDoc)
	runs := ix.runWords.words()
	slices.Sort(runs)
	e.strs(runs)
	for _, a := range runs {
		ids, _ := ix.runWords.get(a)
		e.i32s(ids)
	}
	e.f64(ix.avgLen)
	e.f64(ix.retold)
	e.int(len(ix.gists))
	g := e.grow(len(ix.gists))
	for i, x := range ix.gists {
		g[i] = byte(x)
	}
	pa := ix.p
	for _, v := range []float64{pa.k1, pa.b, pa.localIDF, pa.passage, pa.docw, pa.coref, pa.neighbour, pa.paragraph, float64(pa.paragraphs), pa.altShare} {
		e.f64(v)
	}
}

// sortedIDs returns the keys of a set of term ids in order.
func sortedIDs(set map[int32]bool) []int32 {
	out := make([]int32, 0, len(set))
	for id := range set {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// decodeIndex reads what writeIndex wrote, checking every index into
// another table, so that no snapshot can make answering go out of bounds.
func decodeIndex(sect []byte, blob string) (*Index, error) {
	d := &snapDecoder{b: sect, blob: blob}
	ix := &Index{model: newModel()}
	// The documents and the sentences are decoded beside the rest.
	docs := &snapDecoder{b: d.next(d.count(1)), blob: blob}
	sents := &snapDecoder{b: d.next(d.count(1)), blob: blob}
	var parts sync.WaitGroup
	parts.Go(func() { ix.docs = docs.documents(); docs.end() })
	parts.Go(func() { sents.sentences(ix); sents.end() })
	ix.paras = d.int()
	ix.places = make([]place, d.count(4))
	for i := range ix.places {
		ix.places[i] = place{section: d.str(), page: d.i32(), title: d.bool()}
	}
	if len(ix.places) != ix.paras {
		d.fail("%d places for %d paragraphs", len(ix.places), ix.paras)
	}
	ix.docFirstPara = d.i32s()
	d.inRange(ix.docFirstPara, ix.paras+1, "first paragraph")
	ix.titleTerms = make([][]int32, d.count(8))
	for i := range ix.titleTerms {
		if tt := d.i32s(); len(tt) > 0 {
			ix.titleTerms[i] = tt
		}
	}
	ix.docDay = d.i32s()

	stems := d.strs()
	nterms := len(stems)
	words := d.strs()
	ix.surfaceIDs = d.i32s()
	d.check(len(ix.surfaceIDs) == len(words), "word terms")
	d.inRange(ix.surfaceIDs, nterms, "word term")
	// The two word tables are filled side by side; a stem given twice
	// leaves the stems fewer than the terms.
	var wg sync.WaitGroup
	if d.err == nil {
		wg.Go(func() { ix.stems.fill(stems, true) })
		for i, w := range words {
			d.check(i == 0 || words[i-1] < w, "word order")
		}
		ix.surface.fill(words, false)
	}
	ix.names = d.bools()
	ix.change = idSet(d.i32s())
	ix.sentDF = d.i32s()
	ix.idf = d.f64s()
	ix.maxIDF = d.f64()
	ix.paraStart = d.i32s()
	ix.paraPost = make([]paraPosting, d.count(6))
	if p := d.next(6 * len(ix.paraPost)); p != nil {
		for i := range ix.paraPost {
			q := p[6*i:]
			ix.paraPost[i] = paraPosting{para: int32(binary.LittleEndian.Uint32(q)), tf: binary.LittleEndian.Uint16(q[4:])}
		}
	}
	ix.paraIDF = d.f64s()
	ix.paraNorm = d.f64s()
	ix.paraSent = d.i32s()
	ix.paraDoc = d.i32s()
	runs := d.strs()
	ix.runWords.at = make([]uint32, 1, len(runs)+1)
	for _, a := range runs {
		ids := d.i32s()
		d.inRange(ids, nterms, "run word term")
		ix.runWords.add(a, ids)
	}
	ix.avgLen = d.f64()
	ix.retold = d.f64()
	if n := d.count(1); n > 0 {
		ix.gists = make([]int8, n)
		for i, b := range d.next(n) {
			ix.gists[i] = int8(b)
		}
	}
	p := &ix.p
	for _, f := range []*float64{&p.k1, &p.b, &p.localIDF, &p.passage, &p.docw, &p.coref, &p.neighbour, &p.paragraph} {
		*f = d.f64()
	}
	p.paragraphs = int(d.f64())
	p.altShare = d.f64()
	d.end()
	parts.Wait()
	if d.err == nil {
		d.err = cmp.Or(docs.err, sents.err)
	}
	ndocs := len(ix.docs)
	d.check(len(ix.docFirstPara) == ndocs && len(ix.titleTerms) == ndocs && len(ix.docDay) == ndocs, "document tables")
	wg.Wait()
	d.check(ix.stems.len() == nterms, "stems")
	// Every term table has one entry per term, every paragraph table one
	// per paragraph, and every index stays inside its table.
	for _, n := range []int{len(ix.names), len(ix.sentDF), len(ix.idf), len(ix.paraIDF)} {
		d.check(n == nterms, "term tables")
	}
	d.check(len(ix.paraStart) == nterms+1, "posting starts")
	d.ascending(ix.paraStart, len(ix.paraPost), "posting starts")
	for _, pp := range ix.paraPost {
		d.check(pp.para >= 0 && int(pp.para) < ix.paras, "posting paragraph")
	}
	d.check(len(ix.paraNorm) == ix.paras && len(ix.paraDoc) == ix.paras && len(ix.paraSent) == ix.paras+1, "paragraph tables")
	d.ascending(ix.paraSent, len(ix.sents), "paragraph sentences")
	if ix.gists != nil {
		d.check(len(ix.gists) == gistDim*len(ix.sents), "sentence gists")
	}
	d.inRange(ix.paraDoc, ndocs, "paragraph document")
	for _, tt := range ix.titleTerms {
		d.inRange(tt, nterms, "title term")
	}
	for id := range ix.change {
		d.check(id >= 0 && int(id) < nterms, "change term")
	}
	for i := range ix.sents {
		st := &ix.sents[i]
		d.check(st.doc >= 0 && int(st.doc) < ndocs && st.para >= 0 && int(st.para) < ix.paras, "sentence place")
		d.check(i == 0 || st.doc >= ix.sents[i-1].doc, "sentence order")
		d.inRange(st.indexed, nterms, "sentence term")
	}
	d.inRange(ix.namers, nterms, "namer term")
	d.check(ix.p.paragraphs >= 0, "parameters")
	if d.err != nil {
		return nil, d.err
	}
	ix.surfaceTables(nterms)
	ix.finish()
	return ix, nil
}

// section writes what f writes after its length.
func (e *snapEncoder) section(f func()) {
	at := len(e.buf)
	e.int(0)
	f()
	binary.LittleEndian.PutUint64(e.buf[at:], uint64(len(e.buf)-at-8))
}

// end fails unless every byte was read.
func (d *snapDecoder) end() {
	if d.err == nil && d.pos != len(d.b) {
		d.fail("%d bytes left over", len(d.b)-d.pos)
	}
}

// idSet is the set of ids.
func idSet(ids []int32) map[int32]bool {
	out := make(map[int32]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out
}

// snapEncoder lays out a snapshot's sections in buf and its strings in
// blob.
type snapEncoder struct {
	buf, blob []byte
	// short maps a short string already in blob to its offset, so that
	// repeated ones (sections, cells, values) are stored once.
	short map[string]uint64
	// body is the document being written, at offset bodyAt of blob;
	// cursor is where the last text found in it ends.
	body   string
	bodyAt uint64
	cursor int
	// bodies are the offsets of the documents' bodies in blob.
	bodies []uint64
}

// maxShared is the longest string the encoder stores once for all.
const maxShared = 128

// newSnapEncoder returns an encoder with the bodies of ix's documents
// already in its blob, and buffers sized for ix.
func newSnapEncoder(ix *Index) *snapEncoder {
	size, blocks, terms, phrases := 0, 0, 0, 0
	for _, d := range ix.docs {
		size += len(d.Body)
		blocks += len(d.Blocks) + len(d.Dropped)
	}
	for i := range ix.sents {
		terms += len(ix.sents[i].indexed)
		phrases += len(ix.sents[i].phrases)
	}
	// What writeIndex writes, give or take the cells of table rows: the
	// buffer is made once.
	sections := 128*len(ix.docs) + 64*blocks + 41*len(ix.sents) + 8*terms + phraseSize*phrases +
		37*len(ix.idf) + 16*ix.surface.len() + 6*len(ix.paraPost) + 33*ix.paras + 64*ix.runWords.len() + 4096
	e := &snapEncoder{
		buf:    make([]byte, 0, sections),
		blob:   make([]byte, 0, size+size/8+1024),
		short:  map[string]uint64{},
		bodies: make([]uint64, len(ix.docs)),
	}
	for i, d := range ix.docs {
		e.bodies[i] = uint64(len(e.blob))
		e.blob = append(e.blob, d.Body...)
	}
	return e
}

func (e *snapEncoder) u16(v uint16) { e.buf = binary.LittleEndian.AppendUint16(e.buf, v) }
func (e *snapEncoder) u32(v uint32) { e.buf = binary.LittleEndian.AppendUint32(e.buf, v) }
func (e *snapEncoder) u64(v uint64) { e.buf = binary.LittleEndian.AppendUint64(e.buf, v) }
func (e *snapEncoder) i32(v int32)  { e.u32(uint32(v)) }
func (e *snapEncoder) int(v int)    { e.u64(uint64(int64(v))) }
func (e *snapEncoder) f64(v float64) {
	e.u64(math.Float64bits(v))
}

func (e *snapEncoder) bool(v bool) {
	b := byte(0)
	if v {
		b = 1
	}
	e.buf = append(e.buf, b)
}

// grow makes room for n more bytes and returns them, to be filled.
func (e *snapEncoder) grow(n int) []byte {
	e.buf = slices.Grow(e.buf, n)
	e.buf = e.buf[:len(e.buf)+n]
	return e.buf[len(e.buf)-n:]
}

// i32s writes a count and the values.
func (e *snapEncoder) i32s(v []int32) {
	e.int(len(v))
	p := e.grow(4 * len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(p[4*i:], uint32(x))
	}
}

func (e *snapEncoder) f64s(v []float64) {
	e.int(len(v))
	p := e.grow(8 * len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint64(p[8*i:], math.Float64bits(x))
	}
}

func (e *snapEncoder) bools(v []bool) {
	e.int(len(v))
	for _, x := range v {
		e.bool(x)
	}
}

// doc sets the document whose body the texts written next are looked for
// in.
func (e *snapEncoder) doc(i int, body string) {
	e.body, e.bodyAt, e.cursor = body, e.bodies[i], 0
}

// text writes a string of the current document: where it stands in the
// body near the last one, else as str does.
func (e *snapEncoder) text(s string) {
	// Texts come in body order, one line or one space apart; look a
	// little further than the text's length from the last one found.
	if s != "" && e.cursor < len(e.body) {
		win := e.body[e.cursor:min(len(e.body), e.cursor+len(s)+256)]
		if i := strings.Index(win, s); i >= 0 {
			e.ref(e.bodyAt+uint64(e.cursor+i), len(s))
			e.cursor += i + len(s)
			return
		}
	}
	e.str(s)
}

// str writes a string: its offset and length in the blob.
func (e *snapEncoder) str(s string) {
	if len(s) <= maxShared {
		if off, ok := e.short[s]; ok {
			e.ref(off, len(s))
			return
		}
		e.short[s] = uint64(len(e.blob))
	}
	e.ref(uint64(len(e.blob)), len(s))
	e.blob = append(e.blob, s...)
}

func (e *snapEncoder) ref(off uint64, n int) {
	e.u64(off)
	e.u32(uint32(n))
}

// strs writes a string slice, nil apart from empty: a count of n+1, or 0
// for nil.
func (e *snapEncoder) strs(v []string) {
	if v == nil {
		e.int(0)
		return
	}
	e.int(len(v) + 1)
	for _, s := range v {
		e.str(s)
	}
}

// documents writes the documents whole, as corpus.Load returned them.
func (e *snapEncoder) documents(docs []corpus.Document) {
	e.nilCount(docs == nil, len(docs))
	for i, d := range docs {
		e.doc(i, d.Body)
		e.str(d.Path)
		e.str(string(d.Format))
		e.str(d.Title)
		e.str(d.Publisher)
		e.str(d.Date)
		e.str(d.URL)
		e.str(string(d.From.Title))
		e.str(string(d.From.Publisher))
		e.str(string(d.From.Date))
		e.int(d.Pages)
		e.ref(e.bodies[i], len(d.Body))
		e.nilCount(d.Blocks == nil, len(d.Blocks))
		for _, b := range d.Blocks {
			e.text(b.Text)
			e.buf = append(e.buf, byte(b.Kind))
			e.str(b.Section)
			e.int(b.Page)
			e.strs(b.Cells)
			e.strs(b.Header)
			e.str(b.Caption)
			e.str(b.Parent)
			e.bool(b.Asks)
		}
		e.nilCount(d.Dropped == nil, len(d.Dropped))
		for _, dr := range d.Dropped {
			e.str(dr.Text)
			e.str(dr.Why)
			e.int(dr.Before)
			e.int(dr.Page)
		}
		e.strs(d.CodeWords)
		e.strs(d.Warnings)
	}
}

// nilCount writes n+1, or 0 for a nil slice.
func (e *snapEncoder) nilCount(isNil bool, n int) {
	if isNil {
		e.int(0)
		return
	}
	e.int(n + 1)
}

// sentences writes the sentences column by column: texts, places,
// term counts, then all their terms and local idfs in one array each, then
// norms, flags and phrases.
func (e *snapEncoder) sentences(ix *Index) {
	e.int(len(ix.sents))
	doc := int32(-1)
	for i := range ix.sents {
		st := &ix.sents[i]
		if st.doc != doc {
			doc = st.doc
			e.doc(int(doc), ix.docs[doc].Body)
		}
		e.text(st.text)
	}
	total, nphrases := 0, 0
	p := e.grow(20 * len(ix.sents))
	for i := range ix.sents {
		st, q := &ix.sents[i], p[20*i:]
		binary.LittleEndian.PutUint32(q, uint32(st.doc))
		binary.LittleEndian.PutUint32(q[4:], uint32(st.para))
		binary.LittleEndian.PutUint32(q[8:], uint32(len(st.terms())))
		binary.LittleEndian.PutUint32(q[12:], uint32(len(st.indexed)))
		binary.LittleEndian.PutUint32(q[16:], uint32(len(st.phrases)))
		total += len(st.indexed)
		nphrases += len(st.phrases)
	}
	e.int(total)
	p = e.grow(8 * total)
	ids, locals := p[:4*total], p[4*total:]
	at := 0
	for i := range ix.sents {
		st := &ix.sents[i]
		for k, id := range st.indexed {
			binary.LittleEndian.PutUint32(ids[4*(at+k):], uint32(id))
			binary.LittleEndian.PutUint32(locals[4*(at+k):], math.Float32bits(ix.locals[int(ix.scans[i].at)+k]))
		}
		at += len(st.indexed)
	}
	p = e.grow(9 * len(ix.sents))
	for i := range ix.sents {
		st := &ix.sents[i]
		binary.LittleEndian.PutUint64(p[9*i:], math.Float64bits(ix.scans[i].norm))
		p[9*i+8] = flagsOf(st)
	}
	e.int(nphrases)
	for i := range ix.sents {
		for _, ph := range ix.sents[i].phrases {
			q := e.grow(phraseSize - 12)
			q[0] = byte(ph.kind)
			binary.LittleEndian.PutUint32(q[1:], uint32(ph.start))
			binary.LittleEndian.PutUint32(q[5:], uint32(ph.end))
			binary.LittleEndian.PutUint16(q[9:], uint16(ph.ps))
			binary.LittleEndian.PutUint16(q[11:], uint16(ph.pe))
			e.str(ph.value)
		}
	}
	// Where each sentence's namers start, then all of them.
	starts := make([]int32, len(ix.sents))
	for i := range ix.sents {
		starts[i] = int32(ix.sents[i].namerAt)
	}
	e.i32s(starts)
	e.i32s(ix.namers)
}

// phraseSize is the size of a phrase in a snapshot: kind, start, end, ps,
// pe and its value's string.
const phraseSize = 1 + 4 + 4 + 2 + 2 + 12

// Sentence flags, one bit each.
const (
	flagAnswer = 1 << iota
	flagRefers
	flagRow
	flagReplaces
	flagRelease
)

func flagsOf(st *sentence) byte {
	var f byte
	if st.answer {
		f |= flagAnswer
	}
	if st.refers {
		f |= flagRefers
	}
	if st.row {
		f |= flagRow
	}
	if st.replaces {
		f |= flagReplaces
	}
	if st.release {
		f |= flagRelease
	}
	return f
}

// snapDecoder reads the sections of a snapshot. Its first error sticks:
// every read after it returns zeros, so decoding runs to its end without
// checks at each step and reports the first problem.
type snapDecoder struct {
	b    []byte
	pos  int
	blob string
	err  error
}

// fail records that the snapshot is corrupt, unless an error was already
// recorded.
func (d *snapDecoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", ErrSnapshotCorrupt, fmt.Sprintf(format, args...))
	}
}

// check fails with what unless ok.
func (d *snapDecoder) check(ok bool, what string) {
	if !ok {
		d.fail("bad %s", what)
	}
}

// inRange checks that every id is in [0, n).
func (d *snapDecoder) inRange(ids []int32, n int, what string) {
	for _, id := range ids {
		if id < 0 || int(id) >= n {
			d.fail("%s %d out of range", what, id)
			return
		}
	}
}

// ascending checks that v never decreases, starts at 0 or more and ends
// at most at limit.
func (d *snapDecoder) ascending(v []int32, limit int, what string) {
	prev := int32(0)
	for _, x := range v {
		if x < prev || int(x) > limit {
			d.fail("bad %s", what)
			return
		}
		prev = x
	}
}

// next returns the next n bytes, or nil once past the end.
func (d *snapDecoder) next(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || len(d.b)-d.pos < n {
		d.fail("truncated section")
		return nil
	}
	p := d.b[d.pos : d.pos+n]
	d.pos += n
	return p
}

func (d *snapDecoder) u8() byte {
	if p := d.next(1); p != nil {
		return p[0]
	}
	return 0
}

func (d *snapDecoder) u16() uint16 {
	if p := d.next(2); p != nil {
		return binary.LittleEndian.Uint16(p)
	}
	return 0
}

func (d *snapDecoder) u32() uint32 {
	if p := d.next(4); p != nil {
		return binary.LittleEndian.Uint32(p)
	}
	return 0
}

func (d *snapDecoder) u64() uint64 {
	if p := d.next(8); p != nil {
		return binary.LittleEndian.Uint64(p)
	}
	return 0
}

func (d *snapDecoder) i32() int32   { return int32(d.u32()) }
func (d *snapDecoder) f64() float64 { return math.Float64frombits(d.u64()) }
func (d *snapDecoder) bool() bool   { return d.u8() != 0 }

// int reads an int written by snapEncoder.int, which must not be
// negative.
func (d *snapDecoder) int() int {
	v := d.u64()
	if v > math.MaxInt32*64 {
		d.fail("impossible count %d", v)
		return 0
	}
	return int(v)
}

// count reads the length of a slice whose items take at least size bytes
// each, refusing one longer than the bytes left could hold: a damaged
// count cannot allocate more than the file's size.
func (d *snapDecoder) count(size int) int {
	n := d.int()
	if n > (len(d.b)-d.pos)/size {
		d.fail("count %d beyond the end", n)
		return 0
	}
	return n
}

// nilCount reads what snapEncoder.nilCount wrote: isNil, or the count of
// items of at least size bytes each (checked as count does).
func (d *snapDecoder) nilCount(size int) (n int, isNil bool) {
	n = d.int()
	if n == 0 {
		return 0, true
	}
	if n-1 > (len(d.b)-d.pos)/size {
		d.fail("count %d beyond the end", n-1)
		return 0, false
	}
	return n - 1, false
}

// str reads a string: a substring of the blob, sharing its memory.
func (d *snapDecoder) str() string {
	off, n := d.u64(), uint64(d.u32())
	if d.err != nil {
		return ""
	}
	return d.blobString(off, n)
}

// blobString is the string of n bytes at off in the blob.
func (d *snapDecoder) blobString(off, n uint64) string {
	if off > uint64(len(d.blob)) || n > uint64(len(d.blob))-off {
		d.fail("string outside the blob")
		return ""
	}
	return d.blob[off : off+n]
}

func (d *snapDecoder) strs() []string {
	n, isNil := d.nilCount(12)
	if isNil {
		return nil
	}
	out := make([]string, n)
	if p := d.next(12 * n); p != nil {
		for i := range out {
			out[i] = d.blobString(binary.LittleEndian.Uint64(p[12*i:]), uint64(binary.LittleEndian.Uint32(p[12*i+8:])))
		}
	}
	return out
}

func (d *snapDecoder) i32s() []int32 {
	out := make([]int32, d.count(4))
	if p := d.next(4 * len(out)); p != nil {
		for i := range out {
			out[i] = int32(binary.LittleEndian.Uint32(p[4*i:]))
		}
	}
	return out
}

func (d *snapDecoder) f64s() []float64 {
	out := make([]float64, d.count(8))
	if p := d.next(8 * len(out)); p != nil {
		for i := range out {
			out[i] = math.Float64frombits(binary.LittleEndian.Uint64(p[8*i:]))
		}
	}
	return out
}

func (d *snapDecoder) bools() []bool {
	out := make([]bool, d.count(1))
	if p := d.next(len(out)); p != nil {
		for i := range out {
			out[i] = p[i] != 0
		}
	}
	return out
}

// documents reads what snapEncoder.documents wrote.
func (d *snapDecoder) documents() []corpus.Document {
	n, isNil := d.nilCount(100)
	if isNil {
		return nil
	}
	docs := make([]corpus.Document, n)
	for i := range docs {
		doc := &docs[i]
		doc.Path = d.str()
		doc.Format = corpus.Format(d.str())
		doc.Title = d.str()
		doc.Publisher = d.str()
		doc.Date = d.str()
		doc.URL = d.str()
		doc.From = corpus.Origins{Title: corpus.Origin(d.str()), Publisher: corpus.Origin(d.str()), Date: corpus.Origin(d.str())}
		doc.Pages = d.int()
		doc.Body = d.str()
		if n, isNil := d.nilCount(37); !isNil {
			doc.Blocks = make([]corpus.Block, n)
			for j := range doc.Blocks {
				b := &doc.Blocks[j]
				b.Text = d.str()
				b.Kind = corpus.BlockKind(d.u8())
				b.Section = d.str()
				b.Page = d.int()
				b.Cells = d.strs()
				b.Header = d.strs()
				b.Caption = d.str()
				b.Parent = d.str()
				b.Asks = d.bool()
			}
		}
		if n, isNil := d.nilCount(40); !isNil {
			doc.Dropped = make([]corpus.Dropped, n)
			for j := range doc.Dropped {
				doc.Dropped[j] = corpus.Dropped{Text: d.str(), Why: d.str(), Before: d.int(), Page: d.int()}
			}
		}
		doc.CodeWords = d.strs()
		doc.Warnings = d.strs()
	}
	return docs
}

// sentences reads what snapEncoder.sentences wrote. The terms, local idfs
// and phrases of all sentences share one array each, as Build lays them
// out.
func (d *snapDecoder) sentences(ix *Index) {
	n := d.count(12 + 5*4 + 8 + 1)
	ix.sents = make([]sentence, n)
	ix.scans = make([]sentScan, n)
	if p := d.next(12 * n); p != nil {
		for i := range ix.sents {
			ix.sents[i].text = d.blobString(binary.LittleEndian.Uint64(p[12*i:]), uint64(binary.LittleEndian.Uint32(p[12*i+8:])))
		}
	}
	visible, counts, nphrases := make([]int32, n), make([]int32, n), make([]int32, n)
	if p := d.next(20 * n); p != nil {
		for i := range ix.sents {
			st, q := &ix.sents[i], p[20*i:]
			st.doc, st.para = int32(binary.LittleEndian.Uint32(q)), int32(binary.LittleEndian.Uint32(q[4:]))
			visible[i], counts[i] = int32(binary.LittleEndian.Uint32(q[8:])), int32(binary.LittleEndian.Uint32(q[12:]))
			nphrases[i] = int32(binary.LittleEndian.Uint32(q[16:]))
		}
	}
	total := d.count(8)
	all := make([]int32, total)
	if p := d.next(4 * total); p != nil {
		for k := range all {
			all[k] = int32(binary.LittleEndian.Uint32(p[4*k:]))
		}
	}
	locals := make([]float32, total)
	if p := d.next(4 * total); p != nil {
		for k := range locals {
			locals[k] = math.Float32frombits(binary.LittleEndian.Uint32(p[4*k:]))
		}
	}
	ix.locals = locals
	ix.termIDs = all
	if p := d.next(9 * n); p != nil {
		for i := range ix.sents {
			st, q := &ix.sents[i], p[9*i:]
			ix.scans[i].norm = math.Float64frombits(binary.LittleEndian.Uint64(q))
			st.answer, st.refers, st.row = q[8]&flagAnswer != 0, q[8]&flagRefers != 0, q[8]&flagRow != 0
			st.replaces, st.release = q[8]&flagReplaces != 0, q[8]&flagRelease != 0
		}
	}
	phrases := make([]phrase, d.count(phraseSize))
	if p := d.next(phraseSize * len(phrases)); p != nil {
		for k := range phrases {
			q := p[phraseSize*k:]
			le := binary.LittleEndian
			phrases[k] = phrase{kind: AnswerType(q[0]), start: int32(le.Uint32(q[1:])), end: int32(le.Uint32(q[5:])),
				ps: int16(le.Uint16(q[9:])), pe: int16(le.Uint16(q[11:])), value: d.blobString(le.Uint64(q[13:]), uint64(le.Uint32(q[21:])))}
		}
	}
	if d.err != nil {
		return
	}
	at, pat := 0, 0
	for i := range ix.sents {
		st := &ix.sents[i]
		c, v, np := int(counts[i]), int(visible[i]), int(nphrases[i])
		if c < 0 || v < 0 || v > c || c > total-at || c > scanTerms || np < 0 || np > len(phrases)-pat {
			d.fail("bad sentence terms")
			return
		}
		st.indexed = all[at : at+c : at+c]
		st.nterms = int32(v)
		scan := newSentScan(st, at)
		scan.norm = ix.scans[i].norm
		ix.scans[i] = scan
		at += c
		if np > 0 {
			st.phrases = phrases[pat : pat+np : pat+np]
			for _, ph := range st.phrases {
				if ph.kind > TypeReason || ph.start < 0 || ph.start > ph.end || int(ph.end) > len(st.text) ||
					ph.ps < 0 || ph.ps > ph.pe || int(ph.pe) > v {
					d.fail("bad phrase")
					return
				}
			}
			pat += np
		}
	}
	if at != total || pat != len(phrases) {
		d.fail("sentence terms do not add up")
	}
	starts := d.i32s()
	ix.namers = d.i32s()
	d.check(len(starts) == n && (n == 0 || starts[0] == 0), "namer starts")
	d.ascending(starts, len(ix.namers), "namer starts")
	if d.err != nil {
		return
	}
	for i := range ix.sents {
		ix.sents[i].namerAt = uint32(starts[i])
	}
}
