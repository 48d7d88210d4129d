package english

import "testing"

// The lookups the engine makes per question word; run with
//
//	go test -run '^$' -bench . -benchmem ./qa/english
var benchWords = []string{"talks", "negotiations", "bought", "tariffs", "madrid", "investigation", "the", "semiconductor", "qwzxv", "better"}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := parse(embeddedVectors, embeddedNeighbours, embeddedWordNet, embeddedStems, embeddedPhrases, checkStructure); err != nil {
			b.Fatal(err)
		}
	}
}

// benchLookup times lookup on each of benchWords in turn.
func benchLookup(b *testing.B, lookup func(r *Resources, word string)) {
	r := loadEmbedded(b)
	i := 0
	for b.Loop() {
		lookup(r, benchWords[i%len(benchWords)])
		i++
	}
}

func BenchmarkVector(b *testing.B) {
	benchLookup(b, func(r *Resources, w string) { r.Vector(w) })
}

func BenchmarkSimilar(b *testing.B) {
	benchLookup(b, func(r *Resources, w string) { r.Similar(w) })
}

func BenchmarkLemmas(b *testing.B) {
	benchLookup(b, func(r *Resources, w string) { r.Lemmas(w) })
}

func BenchmarkRelated(b *testing.B) {
	benchLookup(b, func(r *Resources, w string) { r.Related(w) })
}

func BenchmarkLexnames(b *testing.B) {
	benchLookup(b, func(r *Resources, w string) { r.Lexnames(w) })
}

func BenchmarkFirstLexname(b *testing.B) {
	benchLookup(b, func(r *Resources, w string) { r.FirstLexname(w) })
}

func BenchmarkPOS(b *testing.B) {
	benchLookup(b, func(r *Resources, w string) { r.POS(w) })
}

func BenchmarkCosine(b *testing.B) {
	r := loadEmbedded(b)
	x, _ := r.Vector("talks")
	y, _ := r.Vector("negotiations")
	for b.Loop() {
		Cosine(x, y)
	}
}

func BenchmarkIsA(b *testing.B) {
	r := loadEmbedded(b)
	pairs := [][2]string{{"violin", "instrument"}, {"madrid", "city"}, {"ceo", "person"}, {"probe", "investigation"}, {"talks", "person"}, {"head", "organization"}}
	i := 0
	for b.Loop() {
		p := pairs[i%len(pairs)]
		r.IsA(p[0], p[1])
		i++
	}
}
