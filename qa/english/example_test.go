package english_test

import (
	"fmt"

	"github.com/qabot/qabot/qa/english"
)

func Example() {
	r := english.Load()
	talks, _ := r.Vector("talks")
	negotiations, _ := r.Vector("negotiations")
	fmt.Printf("cosine(talks, negotiations) = %.2f\n", english.Cosine(talks, negotiations))
	fmt.Println("nearest to talks:", r.Similar("talks")[0].Word)
	fmt.Println("lemmas of bought:", r.Lemmas("bought"))
	fmt.Println("lemmas of better:", r.Lemmas("better"))
	for _, rel := range r.Related("purchase")[:3] {
		fmt.Printf("purchase, sense %d: %s %s\n", rel.Sense, rel.Kind, rel.Word)
	}
	fmt.Println("is a violin an instrument?", r.IsA("violin", "instrument"))
	fmt.Println("madrid:", r.Lexnames("madrid"), r.POS("madrid"))
	// Output:
	// cosine(talks, negotiations) = 0.92
	// nearest to talks: negotiations
	// lemmas of bought: [buy]
	// lemmas of better: [good well better]
	// purchase, sense 1: synonym buy
	// purchase, sense 1: derivation purchasing
	// purchase, sense 1: derivation purchaser
	// is a violin an instrument? true
	// madrid: [noun.location] noun
}
