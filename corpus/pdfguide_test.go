package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// arialFont is a sans-serif font for a title among a body set in
// Helvetica (buildTwoFontPDF's /F1): ArialMT, its glyphs as wide as
// helvetica's.
var arialFont = strings.Replace(helvetica, "/Helvetica", "/ArialMT", 1)

// lineAt draws s in font /F<font> at size points from x, y.
func lineAt(font int, size, x, y float64, s string) string {
	return fmt.Sprintf("BT /F%d %g Tf %g %g Td (%s) Tj ET\n", font, size, x, y, s)
}

// parsedPDF parses a PDF and returns its blocks and its dropped lines'
// texts.
func parsedPDF(t *testing.T, raw []byte) ([]Block, []string) {
	t.Helper()
	doc, err := Parse("a.pdf", raw)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var dropped []string
	for _, d := range doc.Dropped {
		dropped = append(dropped, d.Text)
	}
	return doc.Blocks, dropped
}

// TestPDFFamilyTitle checks that a section's title set in a font family
// of its own (Arial, a point smaller than the body's Helvetica, in the
// regular weight) between two paragraphs of prose is a heading over the
// text under it, as a guide's "Storage During Incubation instructions"
// is; the same line in the body's family is no heading, nor is it when
// a sentence of the text is set in its family.
func TestPDFFamilyTitle(t *testing.T) {
	const title = "Storage During Transport instructions"
	page := func(titleFont, noteFont int) string {
		return lineAt(noteFont, 12, 72, 760, "Close the lid before you move the kit.") +
			lineAt(1, 12, 72, 720, "Wipe the inner chamber dry after each run of the kit.") +
			lineAt(titleFont, 11, 72, 676, title) +
			lineAt(1, 12, 72, 652, "The kit should travel upright and level in its case.") +
			lineAt(1, 12, 72, 638, "Keep it out of direct sunlight on the way.")
	}
	tests := []struct {
		name                string
		titleFont, noteFont int
		want                string // the section of the last sentence
	}{
		{"own family", 2, 1, title},
		{"body's family", 1, 1, ""},
		{"family of a sentence", 2, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, _ := parsedPDF(t, buildTwoFontPDF(arialFont, page(tt.titleFont, tt.noteFont)))
			last := blocks[len(blocks)-1]
			if last.Section != tt.want {
				var got []string
				for _, b := range blocks {
					got = append(got, sectionedBlock(b))
				}
				t.Errorf("section of %q: got %q, want %q (blocks %q)", last.Text, last.Section, tt.want, got)
			}
		})
	}
}
