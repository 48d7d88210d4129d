package corpus

import (
	"fmt"
	"slices"
	"testing"
)

// TestPDFChapterOverSection checks that a numbered heading in a heading's
// font with its first section's numbered heading right under it ("2.
// Turnaround" over "2.1 Minimum times"), after a bulleted list, is a
// heading, not an item of the list.
func TestPDFChapterOverSection(t *testing.T) {
	// Lines of 14-point chapter headings, 12.5-point section headings
	// and 11-point text, from the top of the page down.
	page := "BT /F1 11 Tf 72 720 Td (The yard opens on Saturdays from nine until two.) Tj ET\n" +
		"BT /F1 14 Tf 72 690 Td (1. Hollins Yard) Tj ET\n" +
		"BT /F1 11 Tf 72 672 Td (\\225 The gate is locked at two.) Tj ET\n" +
		"BT /F1 11 Tf 72 658 Td (\\225 Keys are kept by the dispatch lead.) Tj ET\n" +
		"BT /F1 14 Tf 72 630 Td (2. Turnaround) Tj ET\n" +
		"BT /F1 12.5 Tf 72 606 Td (2.1 Minimum times) Tj ET\n" +
		"BT /F1 11 Tf 72 588 Td (A quick turn takes twenty-five minutes.) Tj ET"
	doc, err := Parse("a.pdf", buildPDF([]string{page}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, fmt.Sprintf("%d | %s | %s", b.Kind, b.Section, b.Text))
	}
	want := []string{
		"0 |  | The yard opens on Saturdays from nine until two.",
		"1 | 1. Hollins Yard | 1. Hollins Yard",
		"2 | 1. Hollins Yard | The gate is locked at two.",
		"2 | 1. Hollins Yard | Keys are kept by the dispatch lead.",
		"1 | 2. Turnaround | 2. Turnaround",
		"1 | 2. Turnaround › 2.1 Minimum times | 2.1 Minimum times",
		"0 | 2. Turnaround › 2.1 Minimum times | A quick turn takes twenty-five minutes.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("blocks:\ngot  %q\nwant %q", got, want)
	}
}
