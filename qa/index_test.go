package qa

import (
	"reflect"
	"testing"
)

// TestQuantityTable checks the index's table of unit quantities by term id
// (Index.quantities, which countsFocus reads) against quantitiesOf's map,
// from which it is laid out: the same quantities for every term of the
// seeds' and the handbook's sentences and for every unit term of the map,
// and 0 for every other term; and that some sentence terms are units, so
// that the check is not empty.
func TestQuantityTable(t *testing.T) {
	docs, _ := trainQuestions(t, []string{"seeds", "handbook"}, 1)
	ix := Build(docs)
	units := quantitiesOf(&ix.stems)
	for id, qs := range units {
		if got := ix.quantities[id]; got != qs {
			t.Fatalf("term %d: table %b, want %b", id, got, qs)
		}
	}
	seen := 0
	for s := range ix.sents {
		for _, id := range ix.sents[s].terms() {
			if got, want := ix.quantities[id], units[id]; got != want {
				t.Fatalf("sentence %d, term %d: table %b, want %b", s, id, got, want)
			}
			if units[id] != 0 {
				seen++
			}
		}
	}
	nonzero := 0
	for _, qs := range ix.quantities {
		if qs != 0 {
			nonzero++
		}
	}
	if nonzero != len(units) {
		t.Errorf("%d terms of the table have a quantity, want %d", nonzero, len(units))
	}
	if seen == 0 || len(units) == 0 {
		t.Errorf("%d unit terms and %d of their uses in sentences, want some", len(units), seen)
	}
	t.Logf("%d unit terms, %d uses in sentences, a table of %d terms", len(units), seen, len(ix.quantities))
}

// TestShareKeepsData checks that an index made by WithCues or WithModel
// (the trainer's and the tests' way to answer with other cues or another
// model) keeps every table of the index it shares, so that a model fitted
// on it sees what answering sees: a field left out of share is zero in the
// copy. Only the caches each index builds for itself start empty.
func TestShareKeepsData(t *testing.T) {
	own := map[string]bool{
		"cues": true, "words": true, "termLists": true, "cueLists": true,
		"rowTables": true, "rowTablesOnce": true, "archivedDocs": true,
		"archivedOnce": true, "scratch": true,
	}
	ix := Build(folderPolicyDocs())
	if ix.folderDocs == nil || ix.folderOnly == nil {
		t.Fatal("the folder corpus gave no folder tables: the check below would test nothing")
	}
	want := reflect.ValueOf(ix).Elem()
	got := reflect.ValueOf(ix.WithCues(DefaultCues())).Elem()
	for i := range want.NumField() {
		name := want.Type().Field(i).Name
		if own[name] {
			continue
		}
		if !want.Field(i).IsZero() && got.Field(i).IsZero() {
			t.Errorf("WithCues: field %s is zero, want it shared with the index", name)
		}
	}
}
