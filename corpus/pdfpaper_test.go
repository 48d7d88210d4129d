package corpus

import (
	"fmt"
	"testing"
)

// textSized draws s at x, y in Helvetica of the given size (a character
// of Helvetica is 0.556 em wide in these files).
func textSized(size float64, x, y float64, s string) string {
	return fmt.Sprintf("BT /F1 %g Tf %g %g Td (%s) Tj ET\n", size, x, y, s)
}

// TestPDFHangingReferences checks that a reference list's entries, each
// set with its lines after the first indented under it, read one block
// an entry though a wrapped list of authors goes on in capitals on the
// indented line after a comma (wrappedToHang), while a paragraph's
// indented first line under a line that ends a sentence still starts a
// paragraph.
func TestPDFHangingReferences(t *testing.T) {
	content := textSized(14, 72, 740, "References") +
		textSized(10, 72, 720, "Barnes, C., Majka, J., Schneider, D., Walczak, K., Bukala, M., Tokarski,") +
		textSized(10, 83, 706, "T., and Karlsson, A. (2019). Dating of monazite and zircon.") +
		textSized(10, 72, 692, "Fu, R. R., Lima, E. A., Volk, M. W., Trubko, R., Glenn, D. R., Kehayias,") +
		textSized(10, 83, 678, "P., and Le Sage, D. (2020). The Quantum Diamond Microscope.") +
		textSized(10, 72, 650, "The widget shop keeps its books in the back room of the old mill town.") +
		textSized(10, 83, 636, "The widgets are counted every week by the two clerks of the shop.")
	wantBlocks(t, parsedBlocks(t, buildPDF([]string{content}, ""), kindBlock), []string{
		"1 | References",
		"0 | Barnes, C., Majka, J., Schneider, D., Walczak, K., Bukala, M., Tokarski, T., and Karlsson, A. (2019). Dating of monazite and zircon.",
		"0 | Fu, R. R., Lima, E. A., Volk, M. W., Trubko, R., Glenn, D. R., Kehayias, P., and Le Sage, D. (2020). The Quantum Diamond Microscope.",
		"0 | The widget shop keeps its books in the back room of the old mill town.",
		"0 | The widgets are counted every week by the two clerks of the shop.",
	})
}

// TestPDFFloatCutsSentence checks that a sentence a float cuts (a table
// and its caption set smaller than the text atop the next page) goes on
// past it (floatCut): the float is read after the paragraph, apart (its
// caption becomes the table's, Block.Caption).
func TestPDFFloatCutsSentence(t *testing.T) {
	page1 := textSized(10, 72, 720, "The widget shop keeps its books in the back room of the old mill, and") +
		textSized(10, 72, 706, "the clerks count the widgets every week with the methods developed")
	page2 := textSized(8, 100, 720, "Widget") + textSized(8, 200, 720, "Count") +
		textSized(8, 100, 708, "Bolts") + textSized(8, 200, 708, "120") +
		textSized(8, 100, 696, "Nuts") + textSized(8, 200, 696, "80") +
		textSized(8, 130, 680, "Table 1: Widgets counted in May") +
		textSized(10, 72, 660, "in the old mill, which the shop still follows today.") +
		textSized(10, 72, 646, "Every clerk signs the count at the end of the week.")
	got := parsedBlocks(t, buildPDF([]string{page1, page2}, ""), blockText)
	want := []string{
		"The widget shop keeps its books in the back room of the old mill, and the clerks count the widgets every week with the methods developed in the old mill, which the shop still follows today. Every clerk signs the count at the end of the week.",
		"Widget; Count",
		"Bolts; 120",
		"Nuts; 80",
	}
	wantBlocks(t, got, want)
}

// TestPDFRightFlushLabels checks that a table whose first column holds
// one-word labels set flush right ("true" over "estimated", as a results
// table sets them) reads row by row (rightFlushLabels), not as one
// paragraph of all its cells.
func TestPDFRightFlushLabels(t *testing.T) {
	row := func(y float64, label string, cells ...string) string {
		s := textSized(10, 140-5.56*float64(len(label)), y, label)
		for i, c := range cells {
			s += textSized(10, 170+float64(i)*70, y, c)
		}
		return s
	}
	content := textSized(10, 72, 740, "The table gives the true and estimated positions of each dipole.") +
		row(720, "true", "800.00", "200.00", "5.000e-15") +
		row(706, "estimated", "800.00", "199.91", "4.943e-15") +
		row(692, "true", "750.00", "750.00", "1.500e-14") +
		row(678, "estimated", "750.02", "750.01", "1.484e-14")
	got := parsedBlocks(t, buildPDF([]string{content}, ""), kindBlock)
	want := []string{
		"0 | The table gives the true and estimated positions of each dipole.",
		"4 | true; 800.00; 200.00; 5.000e-15",
		"4 | estimated; 800.00; 199.91; 4.943e-15",
		"4 | true; 750.00; 750.00; 1.500e-14",
		"4 | estimated; 750.02; 750.01; 1.484e-14",
	}
	wantBlocks(t, got, want)
}

// TestPDFShortNameMark checks that a raised digit after a name of two
// letters ("Roger Fu³") is the mark of a note, not glued to the name,
// and that the affiliation it marks is read as that note, while a raised
// digit after a lowercase unit ("m²") stays its exponent, glued to it.
func TestPDFShortNameMark(t *testing.T) {
	content := "BT /F1 12 Tf 72 720 Td (Ana Lima) Tj /F1 7 Tf 5 Ts (1) Tj /F1 12 Tf 0 Ts (, and Roger Fu) Tj /F1 7 Tf 5 Ts (2) Tj /F1 12 Tf 0 Ts () Tj ET\n" +
		"BT /F1 11 Tf 72 690 Td (Each sample covers 10 m) Tj /F1 7 Tf 4 Ts (2) Tj /F1 11 Tf 0 Ts ( of the sea floor, as in the survey of 2024.) Tj ET\n" +
		"BT /F1 6 Tf 72 130 Td 3 Ts (1) Tj /F1 9 Tf 0 Ts (University of Sao Paulo, Brazil) Tj ET\n" +
		"BT /F1 6 Tf 72 118 Td 3 Ts (2) Tj /F1 9 Tf 0 Ts (Harvard University, USA) Tj ET"
	got := parsedBlocks(t, buildPDF([]string{content}, ""), blockText)
	want := []string{
		"Ana Lima, and Roger Fu",
		"Each sample covers 10 m2 of the sea floor, as in the survey of 2024.",
		"University of Sao Paulo, Brazil",
		"Harvard University, USA",
	}
	wantBlocks(t, got, want)
}
