package corpus_test

import (
	"fmt"

	"github.com/qabot/qabot/corpus"
)

func ExampleParse() {
	raw := []byte(`• Monday, 02 February 2026
logo

Talks Resume in Madrid

Gulan Media September 14, 2025 News
Talks Resume in Madrid

Officials from the US and China met in Madrid on Sunday.

ALSO READ | Other News
Comments (0)
`)
	doc, err := corpus.Parse("talks.txt", raw)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("title:", doc.Title)
	fmt.Println("publisher:", doc.Publisher)
	fmt.Println("date:", doc.Date)
	fmt.Print("body:\n", doc.Body, "\n")
	// Output:
	// title: Talks Resume in Madrid
	// publisher: Gulan Media
	// date: September 14, 2025
	// body:
	// Talks Resume in Madrid
	// Officials from the US and China met in Madrid on Sunday.
}

func ExampleEmbedded() {
	docs, err := corpus.Embedded()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range docs {
		fmt.Printf("%s %q %q\n", d.Path, d.Publisher, d.Date)
	}
	// Output:
	// 000_7babf92828a43abc.txt "Gulan Media" "September 14, 2025"
	// 001_1f5ae173ef89af86.txt "Dharvi Vaid with Reuters and AP" "September 14, 2025"
	// 002_a89427f5ebe012d2.txt "" ""
	// 003_6898b1c5eca1147e.txt "" ""
	// 004_4693065a2af49a28.txt "" "September 2025"
}
