package qa

import "testing"

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
