package qa

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// snapshotOf writes ix to a snapshot in memory with meta.
func snapshotOf(t testing.TB, ix *Index, meta string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := ix.WriteSnapshot(&buf, []byte(meta)); err != nil {
		t.Fatalf("WriteSnapshot: %v", err)
	}
	return buf.Bytes()
}

// readSnapshotOf reads a snapshot from memory, accepting any meta.
func readSnapshotOf(data []byte) (*Index, error) {
	return ReadSnapshot(bytes.NewReader(data), nil)
}

// builtAndBack builds an index of docs and returns it with the index read
// back from its snapshot, for tests of what both must hold alike.
func builtAndBack(t testing.TB, docs []corpus.Document) []*Index {
	t.Helper()
	built := Build(docs)
	back, err := readSnapshotOf(snapshotOf(t, built, ""))
	if err != nil {
		t.Fatalf("ReadSnapshot: got error %v, want none", err)
	}
	return []*Index{built, back}
}

// roundTripSet is a corpus and questions on it.
type roundTripSet struct {
	name      string
	docs      []corpus.Document
	questions []string
}

// roundTripSets are the corpora of qa/testdata with their training
// questions, and the chat and seed-dev questions on the embedded corpus:
// several hundred questions over text, Markdown, HTML, PDF and Word files
// (sections, pages, table rows).
func roundTripSets(t *testing.T) []roundTripSet {
	var sets []roundTripSet
	for _, qs := range questionSets() {
		docs, _, err := corpus.Load(qs.corpus)
		if err != nil {
			t.Fatalf("corpus.Load(%s): %v", qs.corpus, err)
		}
		set := roundTripSet{name: qs.name, docs: docs}
		for _, it := range readSet(t, qs.name, "train") {
			set.questions = append(set.questions, it.Question)
		}
		sets = append(sets, set)
	}
	seed := roundTripSet{name: "embedded", docs: embedded(t)}
	for _, f := range []string{"seed-dev.jsonl", "chat.jsonl"} {
		for _, it := range readEval(t, filepath.Join("testdata", f)) {
			seed.questions = append(seed.questions, it.Question)
		}
	}
	return append(sets, seed)
}

// TestSnapshotRoundTrip builds indexes, writes and reads them back, and
// checks that the copy gives exactly the same answers and candidates
// (features, scores, confidences) to every question, holds the same
// documents, and writes the same bytes again: a field Build fills but the
// snapshot forgets changes an answer or the bytes.
func TestSnapshotRoundTrip(t *testing.T) {
	ctx := context.Background()
	opt := DefaultOptions()
	opt.Top = 3
	asked := 0
	for _, set := range roundTripSets(t) {
		t.Run(set.name, func(t *testing.T) {
			ix := Build(set.docs)
			data := snapshotOf(t, ix, "meta")
			back, err := readSnapshotOf(data)
			if err != nil {
				t.Fatalf("ReadSnapshot: got error %v, want none", err)
			}
			mapped := slices.Clone(data)
			inMemory, err := ReadSnapshotBytes(mapped, nil)
			if err != nil {
				t.Fatalf("ReadSnapshotBytes: got error %v, want none", err)
			}
			clear(mapped) // as when the file is unmapped: the index keeps none of it
			if again := snapshotOf(t, inMemory, "meta"); !bytes.Equal(again, data) {
				t.Errorf("the index ReadSnapshotBytes read writes a different snapshot once its bytes are gone")
			}
			if got, want := back.Stats(), ix.Stats(); got != want {
				t.Fatalf("Stats: got %+v, want %+v", got, want)
			}
			if !reflect.DeepEqual(back.Documents(), set.docs) {
				t.Errorf("Documents differ after a round trip")
			}
			if again := snapshotOf(t, back, "meta"); !bytes.Equal(again, data) {
				t.Errorf("the read index writes %d bytes that differ from the %d it was read from", len(again), len(data))
			}
			for _, text := range set.questions {
				q := Parse(text)
				want, err1 := ix.AnswerTop(ctx, q, opt)
				got, err2 := back.AnswerTop(ctx, q, opt)
				if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
					t.Errorf("%q: answers differ after a round trip:\n got %+v (%v)\nwant %+v (%v)", text, got, err2, want, err1)
				}
				wc, err1 := ix.Candidates(ctx, q)
				gc, err2 := back.Candidates(ctx, q)
				if err1 != nil || err2 != nil || !reflect.DeepEqual(gc, wc) {
					t.Errorf("%q: candidates differ after a round trip", text)
				}
				asked++
			}
		})
	}
	if asked < 300 {
		t.Errorf("asked %d questions, want at least 300", asked)
	}
}

// snapshotFields declares, for each type a snapshot holds, what becomes of
// each field: written to the file, or rebuilt when it is read. A field
// added to one of these types fails TestSnapshotCoversIndex until it is
// written (writeIndex and decodeIndex) or its rebuilding is declared here.
var snapshotFields = map[reflect.Type]map[string]string{
	reflect.TypeFor[Index](): {
		"docs": "written", "sents": "written", "scans": "written", "termIDs": "written", "paras": "written", "places": "written",
		"docFirstPara": "written", "titleTerms": "written", "docDay": "written", "locals": "written", "namers": "written",
		"model":     "the engine's default model, as Build sets it (newModel)",
		"cues":      "nil, as Build leaves it: the committed cues (cues.go), resolved when a word is first asked",
		"words":     "a cache filled by questions",
		"termLists": "the terms of the words cache, filled with it", "cueLists": "the cues of the words cache, filled with it",
		"typos": "a cache of misspelt words' corrections filled by questions",
		"stems": "written", "surface": "written", "surfaceIDs": "written", "names": "written", "change": "written",
		"sentDF": "written", "idf": "written", "maxIDF": "written",
		"paraStart": "written", "paraPost": "written", "paraIDF": "written", "paraNorm": "written",
		"paraSent": "written", "paraDoc": "written",
		"spell":     "built from surface when read (surfaceTables)",
		"rowTables": "built by the first question that finds a table row, from the documents' blocks", "rowTablesOnce": "guards rowTables",
		"figures":       "built from surface when read (surfaceTables)",
		"compoundPairs": "built from surface when read (surfaceTables)",
		"nameWords":     "made by finish from names and surfaceIDs, with the kinds of its words walked (nameWords.walkKinds)",
		"archivedDocs":  "built by the first answer that asks whether its best candidate's document is archived, from docs", "archivedOnce": "guards archivedDocs",
		"runWords": "written", "avgLen": "written", "retold": "written", "gists": "written", "p": "written",
		"scratch": "set by finish", "readings": "made empty by finish, filled by questions (sentReadings)", "quantities": "found again from terms by finish (changewords.txt)",
		"docIDF":     "computed by finish from the number of documents",
		"docSent":    "computed by finish from the sentences' documents (docSentences)",
		"folderDocs": "computed by finish from the documents' paths and the surface words (folderDocsOf)",
		"folderOnly": "computed by finish from the documents' paths and the surface words (folderDocsOf)",
		"heads":      "computed by finish from the sentences, their places and the documents' blocks (headingTerms), unless Build kept those it made for the paragraph postings",
		"headOnly":   "computed by finish from the paragraph postings (a posting of tf 0)",
	},
	reflect.TypeFor[sentence](): {
		"text": "written", "doc": "written", "para": "written", "nterms": "written", "indexed": "written",
		"answer": "written", "refers": "written", "row": "written",
		"replaces": "written", "release": "written", "namerAt": "written", "phrases": "written",
	},
	reflect.TypeFor[sentScan]():    {"at": "written", "nf": "written", "norm": "written"},
	reflect.TypeFor[place]():       {"section": "written", "page": "written", "title": "written"},
	reflect.TypeFor[paraPosting](): {"para": "written", "tf": "written"},
	reflect.TypeFor[phrase](): {
		"kind": "written", "start": "written", "end": "written", "ps": "written", "pe": "written", "value": "written",
	},
	reflect.TypeFor[params](): {
		"k1": "written", "b": "written", "localIDF": "written", "passage": "written", "docw": "written",
		"coref": "written", "neighbour": "written", "paragraph": "written", "paragraphs": "written", "altShare": "written",
	},
	reflect.TypeFor[corpus.Document](): {
		"Path": "written", "Format": "written", "Title": "written", "Publisher": "written", "Date": "written",
		"URL": "written", "From": "written", "Pages": "written", "Body": "written", "Blocks": "written", "Dropped": "written", "CodeWords": "written",
		"Warnings": "written",
	},
	reflect.TypeFor[corpus.Origins](): {"Title": "written", "Publisher": "written", "Date": "written"},
	reflect.TypeFor[corpus.Block](): {
		"Text": "written", "Kind": "written", "Section": "written", "Page": "written", "Cells": "written", "Header": "written",
		"Caption": "written", "Parent": "written", "Asks": "written",
	},
	reflect.TypeFor[corpus.Dropped](): {"Text": "written", "Why": "written", "Before": "written", "Page": "written"},
}

// TestSnapshotCoversIndex checks that every field of every type a
// snapshot holds is accounted for in snapshotFields, and that no field
// listed there is gone.
func TestSnapshotCoversIndex(t *testing.T) {
	for typ, fields := range snapshotFields {
		var have []string
		for f := range typ.Fields() {
			have = append(have, f.Name)
			if _, ok := fields[f.Name]; !ok {
				t.Errorf("%v.%s is new: write it in snapshots (writeIndex, decodeIndex) or say in snapshotFields how it is rebuilt", typ, f.Name)
			}
		}
		for name := range fields {
			if !slices.Contains(have, name) {
				t.Errorf("snapshotFields lists %v.%s, which is gone", typ, name)
			}
		}
	}
}

// reseal sets the checksum of a snapshot in memory to match its content,
// so that a change made on purpose reaches the decoder.
func reseal(data []byte) []byte {
	out := slices.Clone(data)
	if len(out) < headerSize+4 {
		return out
	}
	crc := crc32.Update(0, castagnoli, out[headerSize:headerSize+4])
	crc = crc32.Update(crc, castagnoli, out[headerSize+4:])
	binary.LittleEndian.PutUint32(out[headerSize-4:], crc)
	return out
}

// TestSnapshotRefusesDamage checks that a snapshot that is not the file
// written, or was written by another engine, is refused with the error
// that says which, never read as an index.
func TestSnapshotRefusesDamage(t *testing.T) {
	ix := Build(embedded(t))
	good := snapshotOf(t, ix, "corpus key")
	sectAt := headerSize + 4 + len("corpus key")
	nsect := int(binary.LittleEndian.Uint64(good[12+32:]))
	change := func(f func([]byte) []byte) []byte { return f(slices.Clone(good)) }
	flip := func(at int) []byte { return change(func(b []byte) []byte { b[at] ^= 0x20; return b }) }
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrSnapshotCorrupt},
		{"not a snapshot", []byte("# a Markdown file that is long enough to hold a header and more\n"), ErrSnapshotCorrupt},
		{"magic flipped", flip(0), ErrSnapshotCorrupt},
		{"other version", change(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[8:], snapshotVersion+1); return b }), ErrSnapshotStale},
		{"other engine", flip(12), ErrSnapshotStale},
		{"length flipped", flip(12 + 32), ErrSnapshotCorrupt},
		{"checksum flipped", flip(headerSize - 1), ErrSnapshotCorrupt},
		{"meta flipped", flip(headerSize + 4), ErrSnapshotCorrupt},
		{"first section byte flipped", flip(sectAt), ErrSnapshotCorrupt},
		{"middle byte flipped", flip(sectAt + nsect/2), ErrSnapshotCorrupt},
		{"blob byte flipped", flip(len(good) - 10), ErrSnapshotCorrupt},
		{"last byte flipped", flip(len(good) - 1), ErrSnapshotCorrupt},
		{"truncated in the header", good[:20], ErrSnapshotCorrupt},
		{"truncated by one byte", good[:len(good)-1], ErrSnapshotCorrupt},
		{"truncated by half", good[:len(good)/2], ErrSnapshotCorrupt},
		{"a byte too many", append(slices.Clone(good), 0), ErrSnapshotCorrupt},
		// With a checksum that matches, the decoder itself must notice.
		{"resealed: a sentence count too large", reseal(change(func(b []byte) []byte {
			binary.LittleEndian.PutUint64(b[sectAt:], 1<<40)
			return b
		})), ErrSnapshotCorrupt},
		{"resealed: cut short", reseal(change(func(b []byte) []byte {
			binary.LittleEndian.PutUint64(b[12+32:], uint64(nsect-8))
			return b[:len(b)-8]
		})), ErrSnapshotCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readSnapshotOf(tt.data)
			if !errors.Is(err, tt.want) || got != nil {
				t.Errorf("ReadSnapshot: got (%v, %v), want (nil, %v)", got != nil, err, tt.want)
			}
			got, err = ReadSnapshotBytes(tt.data, nil)
			if !errors.Is(err, tt.want) || got != nil {
				t.Errorf("ReadSnapshotBytes: got (%v, %v), want (nil, %v)", got != nil, err, tt.want)
			}
		})
	}
	// Every single flipped byte is caught (the checksum covers it all).
	for at := 0; at < len(good); at += max(1, len(good)/500) {
		if _, err := readSnapshotOf(flip(at)); err == nil {
			t.Fatalf("a byte flipped at %d of %d: read without error", at, len(good))
		}
		if _, err := ReadSnapshotBytes(flip(at), nil); err == nil {
			t.Fatalf("a byte flipped at %d of %d: ReadSnapshotBytes read it without error", at, len(good))
		}
	}
}

// TestSnapshotMeta checks that the caller's check sees the meta written
// and that its refusal is returned as it is.
func TestSnapshotMeta(t *testing.T) {
	data := snapshotOf(t, Build(embedded(t)), "files: a.md 12 2025-01-01")
	var seen string
	stale := fmt.Errorf("corpus changed: %w", ErrSnapshotStale)
	_, err := ReadSnapshot(bytes.NewReader(data), func(meta []byte) error {
		seen = string(meta)
		return stale
	})
	if seen != "files: a.md 12 2025-01-01" {
		t.Errorf("check saw meta %q, want %q", seen, "files: a.md 12 2025-01-01")
	}
	if !errors.Is(err, stale) || !errors.Is(err, ErrSnapshotStale) {
		t.Errorf("ReadSnapshot: got error %v, want the check's %v", err, stale)
	}
	ix, err := ReadSnapshot(bytes.NewReader(data), func([]byte) error { return nil })
	if err != nil || ix == nil {
		t.Fatalf("ReadSnapshot with a check that accepts: got (%v, %v), want an index", ix != nil, err)
	}
}

// TestSnapshotDeterministic checks that one corpus always gives the same
// snapshot bytes.
func TestSnapshotDeterministic(t *testing.T) {
	docs := embedded(t)
	a, b := snapshotOf(t, Build(docs), ""), snapshotOf(t, Build(docs), "")
	if !bytes.Equal(a, b) {
		t.Errorf("two builds of one corpus wrote different snapshots (%d and %d bytes)", len(a), len(b))
	}
}

// FuzzReadSnapshot feeds damaged snapshots to ReadSnapshot, as they come
// and with their checksum made to match so that the decoder sees the
// damage: it must return an error or an index that answers, never panic.
func FuzzReadSnapshot(f *testing.F) {
	// The seeds in testdata were written by an earlier engine and are
	// refused as stale at the header; a snapshot written now, whole,
	// halved and with a flipped byte, takes the fuzzer into the decoder.
	var b bytes.Buffer
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "The deadline is September 17.\n\n| Plan | Price |\n|---|---|\n| Solo | $4 |\n\nThe talks were led by Bessent in Madrid."}})
	if err := ix.WriteSnapshot(&b, []byte("meta")); err != nil {
		f.Fatal(err)
	}
	whole := b.Bytes()
	flipped := slices.Clone(whole)
	flipped[len(flipped)*2/3] ^= 0x40
	for _, seed := range [][]byte{whole, whole[:len(whole)/2], flipped} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for i, d := range [][]byte{data, reseal(data), data, reseal(data)} {
			ix, err := readSnapshotOf(d)
			if i >= 2 {
				ix, err = ReadSnapshotBytes(d, nil)
			}
			if err != nil {
				if ix != nil {
					t.Fatalf("ReadSnapshot returned an index with error %v", err)
				}
				if !errors.Is(err, ErrSnapshotCorrupt) && !errors.Is(err, ErrSnapshotStale) {
					t.Fatalf("ReadSnapshot: error %v is neither corrupt nor stale", err)
				}
				continue
			}
			for _, q := range []string{"when is the deadline?", "who led the talks", "how many tariffs"} {
				if _, err := ix.AnswerTop(context.Background(), Parse(q), Options{Top: 3}); err != nil {
					t.Fatalf("AnswerTop: %v", err)
				}
			}
		}
	})
}

// TestSnapshotShapes round-trips corpora of unusual shapes: none at all, a
// document with no text, blocks nil or empty, a table whose last row
// closes the corpus with a header of one cell, dropped lines.
func TestSnapshotShapes(t *testing.T) {
	row := func(cells ...string) corpus.Block {
		return corpus.Block{Text: cells[0], Kind: corpus.KindRow, Cells: cells, Header: []string{"Price"}, Caption: "Ferry fares"}
	}
	tests := []struct {
		name string
		docs []corpus.Document
	}{
		{"no documents", nil},
		{"a document with no text", []corpus.Document{{Path: "empty.txt"}}},
		{"blocks empty, not nil", []corpus.Document{{Path: "a.md", Body: "", Blocks: []corpus.Block{}, Dropped: []corpus.Dropped{}}}},
		{"a one-cell header last", []corpus.Document{
			{Path: "a.txt", Body: "The ferry leaves at nine every morning from the old harbour."},
			{Path: "prices.md", Body: "Price\n$5", Blocks: []corpus.Block{row("Price"), row("$5")}},
		}},
		{"a nested item", []corpus.Document{{Path: "c.md", Body: "Ferries\nthe ferry to Skye",
			Blocks: []corpus.Block{{Text: "Ferries", Kind: corpus.KindItem}, {Text: "the ferry to Skye", Kind: corpus.KindItem, Parent: "Ferries"}}}}},
		{"dropped lines last", []corpus.Document{{Path: "b.html", Title: "Ferries", Body: "The ferry leaves at nine.",
			Blocks:  []corpus.Block{{Text: "The ferry leaves at nine.", Section: "Ferries", Page: 3}},
			Dropped: []corpus.Dropped{{Text: "Sign in", Why: "page chrome", Before: 1, Page: 3}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := Build(tt.docs)
			data := snapshotOf(t, ix, "")
			back, err := readSnapshotOf(data)
			if err != nil {
				t.Fatalf("ReadSnapshot: got error %v, want none", err)
			}
			if !reflect.DeepEqual(back.Documents(), ix.Documents()) {
				t.Errorf("documents: got %+v, want %+v", back.Documents(), ix.Documents())
			}
			if again := snapshotOf(t, back, ""); !bytes.Equal(again, data) {
				t.Errorf("the read index writes another snapshot")
			}
		})
	}
}
