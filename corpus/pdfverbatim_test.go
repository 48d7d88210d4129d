package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// courierFont is Courier, every glyph 600 units wide, as a verbatim
// block's typewriter font (pdfTeX's CMTT) sets its characters.
var courierFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" +
	strings.Repeat("600 ", 95) + "] >>"

// verbatimLine sets s in 8-point Courier with its baseline at y, starting
// at x.
func verbatimLine(x, y float64, s string) string {
	return fmt.Sprintf("BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", x, y, s)
}

// TestPDFVerbatimParameters checks a verbatim list of parameters set as
// BASICLU's user guide sets them in CMTT8: each parameter's name over its
// ragged text, indented, the text ending in its "Default: X", and a
// blank line (twice the pitch of 9.47 points) between the name and its
// text and between one parameter and the next. Each default stays with
// its parameter, apart from the next one's name: on a page where most
// distances are blank lines, the pitch is the narrow distance they are
// whole multiples of (blankLinePitch); and where the pitch is right, a
// name in lowercase under the last filled line of the text above, a gap
// between them, is no sentence going on under a display.
func TestPDFVerbatimParameters(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{
			// Two blank lines for each pitch on the page, and too
			// few lines reaching the column's right edge for
			// linePitch's wrapped distances: the pitch is the narrow
			// distance, and each default stays with its text.
			name: "BlankLinePitch",
			lines: []string{
				verbatimLine(116.1, 688.5, "xstore[BASICLU_SPARSE_THRESHOLD]"),
				verbatimLine(133.1, 669.6, "Defines which method is used for solving a triangular system, and"),
				verbatimLine(133.1, 660.1, "the sparse method is used below the threshold. Default: 0.05"),
				verbatimLine(116.1, 641.2, "xstore[BASICLU_DROP_TOLERANCE]"),
				verbatimLine(133.1, 622.2, "Nonzeros which magnitude is less than or equal to the drop tolerance"),
				verbatimLine(133.1, 612.8, "are removed after each triangular solve. Default: 1e-20"),
				verbatimLine(116.1, 593.8, "xstore[BASICLU_SEARCH_ROWS]"),
				verbatimLine(133.1, 574.9, "If the value is zero, the Markowitz search only scans columns;"),
				verbatimLine(133.1, 565.4, "otherwise both rows and columns, by their counts. Default: 1"),
				verbatimLine(116.1, 546.5, "xstore[BASICLU_PAD]"),
				verbatimLine(133.1, 527.6, "Extra space is added to each row or column that cannot be updated in"),
				verbatimLine(133.1, 518.1, "place by the pivot operation, for later fill-in. Default: 4"),
			},
			want: []string{
				"Defines which method is used for solving a triangular system, and the sparse method is used below the threshold. Default: 0.05",
				"xstore[BASICLU_DROP_TOLERANCE]",
				"Nonzeros which magnitude is less than or equal to the drop tolerance are removed after each triangular solve. Default: 1e-20",
				"xstore[BASICLU_SEARCH_ROWS]",
				"If the value is zero, the Markowitz search only scans columns; otherwise both rows and columns, by their counts. Default: 1",
				"xstore[BASICLU_PAD]",
				"Extra space is added to each row or column that cannot be updated in place by the pivot operation, for later fill-in. Default: 4",
			},
		},
		{
			// The default at the end of a paragraph's last filled
			// line: the name under it starts a block.
			name: "DefaultEndsFilledText",
			lines: []string{
				verbatimLine(116.1, 688.5, "xstore[BASICLU_DROP_TOLERANCE]"),
				verbatimLine(133.1, 669.6, "Nonzeros which magnitude is less than or equal to the drop tolerance can"),
				verbatimLine(133.1, 660.1, "be removed after each pivot step. They are guaranteed removed at the end"),
				verbatimLine(133.1, 650.6, "of the factorization. Default: 1e-20"),
				verbatimLine(116.1, 631.7, "xstore[BASICLU_ABS_PIVOT_TOLERANCE]"),
				verbatimLine(133.1, 612.8, "A pivot element must be nonzero and in absolute value must be greater"),
				verbatimLine(133.1, 603.3, "than or equal to the tolerance. Default: 1e-14"),
				verbatimLine(116.1, 584.4, "xstore[BASICLU_BIAS_NONZEROS]"),
				verbatimLine(133.1, 565.4, "When this value is greater than or equal to zero, the pivot choice"),
				verbatimLine(133.1, 556.0, "attempts to keep L sparse, putting entries into U when possible."),
				verbatimLine(133.1, 546.5, "When this value is less than zero, the pivot choice attempts to keep U"),
				verbatimLine(133.1, 537.1, "sparse, putting entries into L when possible. Default: 1"),
			},
			want: []string{
				"Nonzeros which magnitude is less than or equal to the drop tolerance can be removed after each pivot step. They are guaranteed removed at the end of the factorization. Default: 1e-20",
				"xstore[BASICLU_ABS_PIVOT_TOLERANCE]",
				"A pivot element must be nonzero and in absolute value must be greater than or equal to the tolerance. Default: 1e-14",
				"xstore[BASICLU_BIAS_NONZEROS]",
				"When this value is greater than or equal to zero, the pivot choice attempts to keep L sparse, putting entries into U when possible.",
				"When this value is less than zero, the pivot choice attempts to keep U sparse, putting entries into L when possible. Default: 1",
			},
		},
	}
	// The first line of each is the document's title.
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pdf := buildPDFFont(courierFont, []string{strings.Join(tt.lines, "")}, "")
			wantBlocks(t, parsedBlocks(t, pdf, func(b Block) string { return b.Text }), tt.want)
		})
	}
}
