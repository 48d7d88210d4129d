package qa

import (
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestFigureDimension checks what figureQuantity reads as the dimension
// of a figure of a length unit, from the words around it.
func TestFigureDimension(t *testing.T) {
	tests := []struct {
		text, figure, want string
	}{
		{"A big male can stand about 1.8 metres tall.", "1.8", "height"},
		{"It is about 6,400 kilometres long.", "6,400", "length"},
		{"Its main span of 1,280 metres was the longest.", "1,280", "length"},
		{"With a maximum depth of 1,642 metres, it is the deepest lake.", "1,642", "depth"},
		{"The nest is up to 4 metres deep.", "4", "depth"},
		{"The road is 12 feet wide.", "12", "width"},
		{"They reach around 60 kilometres per hour.", "60", dimensionSpeed},
		{"It flies at 50 miles an hour.", "50", dimensionSpeed},
		{"The basin covers about 7 million square kilometres.", "7", dimensionArea},
		{"The tank holds 2 cubic metres of water.", "2", dimensionArea},
		{"It stands about 5,895 metres above sea level.", "5,895", ""}, // no side said
		{"It measures 93 metres (305 feet).", "93", ""},
		{"The truce lasted 90 days in all.", "90", ""},        // no length unit
		{"A team of 5 players took part.", "5", ""},           // no unit
		{"A male weighs 85 kilograms and is tall.", "85", ""}, // a weight
		{"The walk is 3 miles and 2 hours long.", "3", ""},    // "and" is no speed link
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.figure)
		if _, got := figureQuantity(tt.text, start); got != tt.want {
			t.Errorf("figureQuantity(%q at %q): got dimension %q, want %q", tt.text, tt.figure, got, tt.want)
		}
	}
}

// TestAskedSide checks the side of a thing a "how" question asks the
// length of.
func TestAskedSide(t *testing.T) {
	tests := []struct{ q, want string }{
		{"how tall is the golden gate bridge", "height"},
		{"how high is mount everest", "height"},
		{"how long is the amazon river", "length"},
		{"how deep is lake baikal", "depth"},
		{"how wide is the road", "width"},
		{"how far is lansing from detroit", "distance"},
		{"how heavy is a blue whale", ""}, // a weight, no length
		{"how old is stonehenge", ""},
		{"how many bridges are there", ""},
	}
	for _, tt := range tests {
		if got := Parse(tt.q).side; got != tt.want {
			t.Errorf("Parse(%q).side: got %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestCountsDimension checks the "counts" feature (countsFocus) against
// figures of the asked dimension and of another one: a length said to be
// another side of a thing, a speed for a distance, an area for a depth.
func TestCountsDimension(t *testing.T) {
	bridge := "The Halden Bridge crosses the Lorne river east of the old town.\n\n" +
		"The Halden Bridge has a main span of 1,280 metres between its two towers.\n\n" +
		"The towers of the Halden Bridge stand 227 metres above the water.\n"
	kangaroo := "The red kangaroo is the largest marsupial, and a big male can stand about 1.8 metres tall.\n\n" +
		"Kangaroos can reach speeds of around 60 kilometres per hour when hopping.\n\n" +
		"A kangaroo can clear 8 metres in a single bound.\n\n" +
		"Its range covers about 2 million square kilometres of dry country.\n"
	tests := []struct {
		q, body, marker string
		want            float64
	}{
		{"how tall is the halden bridge", bridge, "227 metres", 1},
		{"how tall is the halden bridge", bridge, "1,280 metres", 0},
		{"how long is the halden bridge", bridge, "1,280 metres", 1},
		{"how far can a kangaroo jump", kangaroo, "8 metres", 1},
		{"how far can a kangaroo jump", kangaroo, "60 kilometres per hour", 0},
		{"how fast can a kangaroo go", kangaroo, "60 kilometres per hour", 1},
		{"how tall is a red kangaroo", kangaroo, "1.8 metres", 1},
		{"how long is a red kangaroo", kangaroo, "1.8 metres", 0},
		{"how far does a kangaroo range", kangaroo, "square kilometres", 0},
	}
	for _, tt := range tests {
		if got := featureOf(t, "counts", tt.q, tt.marker, tt.body); got != tt.want {
			t.Errorf("%q, sentence of %q: counts got %v, want %v", tt.q, tt.marker, got, tt.want)
		}
	}
}

// TestHowQuantities checks the quantities a "how" question asks for: "how
// long" with an auxiliary of a verb asks for a time alone, and "how fast"
// for a time as well as a speed.
func TestHowQuantities(t *testing.T) {
	tests := []struct {
		q    string
		want quantity
	}{
		{"how long do kangaroos live", quantityTime},
		{"how long does it take to climb mount everest", quantityTime},
		{"how long did the filibuster last", quantityTime},
		{"how long is the amazon river", quantityTime | quantityLength},
		{"how long was the crack", quantityTime | quantityLength},
		{"how tall is the eiffel tower", quantityLength},
		{"how fast will you come", quantityTime | quantitySpeed},
		{"how far ahead do i book annual leave", quantityLength},
		{"how heavy is a blue whale", quantityWeight},
	}
	for _, tt := range tests {
		if got := Parse(tt.q).quantities; got != tt.want {
			t.Errorf("Parse(%q).quantities: got %b, want %b", tt.q, got, tt.want)
		}
	}
}

// TestAnswersCountDimension checks that answersCount bars a sentence whose
// figures are all of other dimensions than the one a "how" question asks
// for (onlyOtherDimensions), and keeps one with a figure of it, a date in
// figures for "how long", or figures of no unit.
func TestAnswersCountDimension(t *testing.T) {
	body := "The red kangaroo is the largest marsupial living today, and a big male can stand about 1.8 metres tall.\n\n" +
		"Kangaroos can reach speeds of around 60 kilometres per hour when hopping.\n\n" +
		"A kangaroo can clear 8 metres in a single bound and lives for 23 years.\n\n" +
		"Kangaroos have lived on the island since 1880, when 4 metres of fence went up.\n\n" +
		"A mob of 12 kangaroos grazed by the road.\n\n" +
		"The Halden Bridge has a main span of 1,280 metres.\n\n" +
		"Book at least 4 weeks ahead.\n\n" +
		"The song reached number two for five weeks.\n"
	tests := []struct {
		q, marker string
		want      bool
	}{
		{"how long do kangaroos live", "1.8 metres tall", false},
		{"how long do kangaroos live", "60 kilometres per hour", false},
		{"how long do kangaroos live", "23 years", true},
		{"how long do kangaroos live", "since 1880", true},
		{"how long do kangaroos live", "A mob of 12", true},
		{"how long is a kangaroo", "1.8 metres tall", false},
		{"how tall is a kangaroo", "1.8 metres tall", true},
		{"how far can a kangaroo jump", "60 kilometres per hour", false},
		{"how fast can a kangaroo go", "60 kilometres per hour", true},
		{"how tall is the halden bridge", "main span of 1,280 metres", false},
		{"how long is the halden bridge", "main span of 1,280 metres", true},
		// A figure of another quantity than the one asked, said of no
		// other dimension, may still answer: "how far ahead" a time, "how
		// high" a rank.
		{"how far ahead do i book", "4 weeks ahead", true},
		{"how high did the song chart", "number two for five weeks", true},
	}
	ix := Build([]corpus.Document{{Path: "a.txt", Body: body}})
	for _, tt := range tests {
		q := Parse(tt.q)
		i := sentenceHolding(t, ix, tt.marker)
		if got := answersCount(&q, &ix.sents[i]); got != tt.want {
			t.Errorf("answersCount(%q, sentence of %q): got %v, want %v", tt.q, tt.marker, got, tt.want)
		}
	}
}

// TestLastTwoFields checks the last two fields figureQuantity reads
// before a figure, over spaces of any kind and number.
func TestLastTwoFields(t *testing.T) {
	for _, tt := range []struct{ s, second, last string }{
		{"a main span of ", "span", "of"},
		{"span\u00a0of\u00a0", "span", "of"},
		{"  of  ", "", "of"},
		{"", "", ""},
		{"one two three", "two", "three"},
	} {
		if second, last := lastTwoFields(tt.s); second != tt.second || last != tt.last {
			t.Errorf("lastTwoFields(%q): got %q, %q, want %q, %q", tt.s, second, last, tt.second, tt.last)
		}
	}
}
