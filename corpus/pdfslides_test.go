package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// slidesPDF writes a PDF of slides (363 by 272 points, as Beamer's 4:3
// frames): each page draws its title at the top in 14.5-point Helvetica,
// then its lines in 11 points.
func slidesPDF(pages ...[]string) []byte {
	contents := make([]string, len(pages))
	for i, lines := range pages {
		var c strings.Builder
		fmt.Fprintf(&c, "BT /F1 14.5 Tf 13 257 Td (%s) Tj ET\n", lines[0])
		y := 222
		for _, l := range lines[1:] {
			fmt.Fprintf(&c, "BT /F1 11 Tf 50 %d Td (%s) Tj ET\n", y, l)
			y -= 16
		}
		contents[i] = c.String()
	}
	return buildPDFBox(helvetica, "0 0 363 272", contents, "")
}

// TestPDFSlides checks that each slide's title, set at its top larger
// than the rest and different from slide to slide, heads its slide even
// where the next slide, going on with the same frame, repeats it
// (slideTitles), rather than being dropped as a running header, which
// leaves the frame's first slides under no section or the section before.
func TestPDFSlides(t *testing.T) {
	pages := [][]string{
		{"Introduction", "Software developer", "Security software developer"},
		{"Introduction", "Founding member of the club", "Electronics hobbyist"},
		{"Costs and Duration", "License good for 10 years", "Renewal fee and no testing"},
		{"Radio Gear", "Handy Talkies", "Mobile Rigs"},
	}
	want := []string{ // "kind | section | text" of every block
		"1 | Introduction | Introduction",
		"0 | Introduction | Software developer Security software developer",
		"0 | Introduction | Founding member of the club Electronics hobbyist",
		"1 | Costs and Duration | Costs and Duration",
		"0 | Costs and Duration | License good for 10 years Renewal fee and no testing",
		"1 | Radio Gear | Radio Gear",
		"0 | Radio Gear | Handy Talkies Mobile Rigs",
	}
	wantBlocks(t, parsedFile(t, "deck.pdf", slidesPDF(pages...), sectionedBlock), want)
}

// TestPDFSlidesClosingFrames checks that a deck's closing frames after
// its last sentence (resources, contacts, a licence) are read as content
// (markSlides), not dropped as the text's tail as a paper's or a
// report's page footer is, and that a slide's short line of capitalised
// names ("FCC ARRL") is a bullet's content, not page chrome.
func TestPDFSlidesClosingFrames(t *testing.T) {
	pages := [][]string{
		{"Introduction", "Radio amateurs talk to each other around the world."},
		{"Costs and Duration", "A license is good for ten years."},
		{"Software Radio", "Get an RTL dongle", "rtl-sdr gqrx"},
		{"Radio Gear", "BaoFeng Houston Amateur Radio Supply Icom Kenwood"},
		{"Ham Radio Clubs", "FCC ARRL"},
		{"Contact Details", "Aaron Poffenberger akp@example.com http://example.com"},
	}
	want := []string{ // "kind | section | text" of every block
		"1 | Introduction | Introduction",
		"0 | Introduction | Radio amateurs talk to each other around the world.",
		"1 | Costs and Duration | Costs and Duration",
		"0 | Costs and Duration | A license is good for ten years.",
		"1 | Software Radio | Software Radio",
		"0 | Software Radio | Get an RTL dongle rtl-sdr gqrx",
		"1 | Radio Gear | Radio Gear",
		"0 | Radio Gear | BaoFeng Houston Amateur Radio Supply Icom Kenwood",
		"1 | Ham Radio Clubs | Ham Radio Clubs",
		"0 | Ham Radio Clubs | FCC ARRL",
		"1 | Contact Details | Contact Details",
		"0 | Contact Details | Aaron Poffenberger akp@example.com http://example.com",
	}
	wantBlocks(t, parsedFile(t, "deck.pdf", slidesPDF(pages...), sectionedBlock), want)
}
