package corpus

import (
	"fmt"
	"slices"
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
	doc := parsedDoc(t, "a.pdf", raw)
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

// TestPDFTabbedProse checks that the lines of a paragraph with a tab stop
// in them, each going on the sentence of a full line above in lowercase,
// are the paragraph's, not a table's rows, though their tabbed words line
// up ("tune its" and "performance." as nDPI's guide sets them), and that
// they go on the text of the option's term over them, set indented under
// the term.
func TestPDFTabbedProse(t *testing.T) {
	const em = 0.556 * 11 // every glyph's width at 11 points
	second := "performance. Number one is the lowest level that shows the"
	right := 180 + em*float64(len(second))
	first := "Using this flag, the reader writes a verbose output that can be used to"
	page := lineAt(1, 11, 72, 740, "The reader takes these options.") +
		lineAt(1, 11, 72, 716, "-v <level>") +
		lineAt(1, 11, right-em*float64(len(first)), 703, first) +
		lineAt(1, 11, 72, 690, "tune its") + lineAt(1, 11, 180, 690, second) +
		lineAt(1, 11, 72, 677, "packets with") + lineAt(1, 11, 180, 677, "unknown protocols, number two is more verbose.") +
		lineAt(1, 11, 72, 650, "-q") +
		lineAt(1, 11, 108, 637, "It prints nothing but errors.")
	got := parsedBlocks(t, buildPDF([]string{page}, ""), sectionedBlock)
	want := sectionedBlock(Block{Kind: KindParagraph, Section: "-v <level>",
		Text: first + " tune its " + second + " packets with unknown protocols, number two is more verbose."})
	if !slices.Contains(got, want) {
		t.Errorf("blocks %q: want %q among them", got, want)
	}
}

// basicPage is a page of a manual's function reference: its running
// header, lines, and its page number.
func basicPage(n int, lines ...string) string {
	s := lineAt(1, 8, 420, 760, "Solver Library User Guide")
	for i, l := range lines {
		s += lineAt(1, 11, 72, float64(700-16*i), l)
	}
	return s + lineAt(1, 8, 500, 40, fmt.Sprint(n))
}

// TestPDFLabelOverPageBreak checks that a result's name at a page's foot,
// its description atop the next page over the running header and the
// page number between them ("SOLVER_OK" over "The system has been
// solved."), is kept as its name is on its own page.
func TestPDFLabelOverPageBreak(t *testing.T) {
	texts := parsedBlocks(t, buildPDF([]string{
		basicPage(1, "The solver returns one of the status codes below.", "Info:", "status: the status code of the call.", "SOLVER_OK"),
		basicPage(2, "The system has been solved.", "SOLVER_ERROR_missing", "One or more of the arguments are missing."),
		basicPage(3, "The solver frees its memory when asked.", "It returns no status code then."),
	}, ""), blockText)
	if !slices.Contains(texts, "SOLVER_OK") {
		t.Errorf("blocks %q: want %q among them", texts, "SOLVER_OK")
	}
}
