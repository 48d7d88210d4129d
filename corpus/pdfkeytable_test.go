package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// TestPDFKeyTable checks that a borderless table of short terms and
// their definitions, the page's only text under its heading, is read row
// by row ("AWS Amazon Web Services"), not as two columns of text, every
// term in one line and every definition in another: the terms end far
// short of the definitions, where the lines of a page's left column run
// up to its gutter (keyColumn).
func TestPDFKeyTable(t *testing.T) {
	rows := [][2]string{
		{"Term", "Definition"},
		{"AWS", "Amazon Web Services"},
		{"BLE", "Bluetooth Low Energy"},
		{"CDS", "Canadian Digital Service"},
		{"GC", "Government of Canada"},
		{"IT", "Information Technology"},
		{"RPI", "Rolling Proximity Identifiers"},
		{"TEK", "Temporary Exposure Keys"},
		{"TLS", "Transport Layer Security"},
	}
	var c strings.Builder
	c.WriteString("BT /F1 14 Tf 36 720 Td (LIST OF ABBREVIATIONS) Tj ET\n")
	for i, r := range rows {
		y := 690 - 21*i
		fmt.Fprintf(&c, "BT /F1 10 Tf 47 %d Td (%s) Tj ET\nBT /F1 10 Tf 136 %d Td (%s) Tj ET\n", y, r[0], y, r[1])
	}
	got := parsedBlocks(t, buildPDF([]string{c.String()}, ""), blockText)
	want := []string{"LIST OF ABBREVIATIONS"}
	for _, r := range rows {
		want = append(want, r[0]+"; "+r[1])
	}
	wantBlocks(t, got, want)
}

// TestPDFCentredFirstCell checks that a table's first cell set midway
// between the two lines of its row's wrapped cell (a reference's number,
// centred down its row) starts that row, the lines above and below it
// one cell: "1; Canadian Centre for Cyber Security. … December 2014.",
// where the line above the number was read as a paragraph of its own and
// the number opened the line below ("2 2014.").
func TestPDFCentredFirstCell(t *testing.T) {
	content := "BT /F1 11 Tf 49 699 Td (Number) Tj ET\nBT /F1 11 Tf 296 699 Td (Reference) Tj ET\n" +
		"BT /F1 10 Tf 97 677 Td (Canadian Centre for Cyber Security. ITSG-33 Risk Management. December) Tj ET\n" +
		"BT /F1 10 Tf 64 669.5 Td (1) Tj ET\n" +
		"BT /F1 10 Tf 97 662 Td (2014.) Tj ET\n" +
		"BT /F1 10 Tf 64 640 Td (2) Tj ET\nBT /F1 10 Tf 97 640 Td (Apple. Exposure Notification API Framework. N.D.) Tj ET\n" +
		"BT /F1 10 Tf 64 619 Td (3) Tj ET\nBT /F1 10 Tf 97 619 Td (Google Inc. Google Exposure Notification API.) Tj ET\n" +
		"BT /F1 10 Tf 97 598 Td (National Institute for Standards and Technology. SP800-90B Recommendation for) Tj ET\n" +
		"BT /F1 10 Tf 64 590.5 Td (4) Tj ET\n" +
		"BT /F1 10 Tf 97 583 Td (Random Bit Generation. January 2018.) Tj ET\n" +
		"BT /F1 10 Tf 64 562 Td (5) Tj ET\nBT /F1 10 Tf 97 562 Td (Bluetooth SIG Inc. Bluetooth Specifications.) Tj ET\n"
	wantBlocks(t, parsedBlocks(t, buildPDF([]string{content}, ""), blockText), []string{
		"Number; Reference",
		"1; Canadian Centre for Cyber Security. ITSG-33 Risk Management. December 2014.",
		"2; Apple. Exposure Notification API Framework. N.D.",
		"3; Google Inc. Google Exposure Notification API.",
		"4; National Institute for Standards and Technology. SP800-90B Recommendation for Random Bit Generation. January 2018.",
		"5; Bluetooth SIG Inc. Bluetooth Specifications.",
	})
}

// TestPDFContentsClosesSections checks that a report's table of contents
// and its list of figures, left out with their entries, close the
// sections open above them: the chapters after them are no part of the
// front matter's "OVERVIEW", set larger than they are (closesSections),
// and "LIST OF FIGURES" over its entries is left out as "TABLE OF
// CONTENTS" is (contentsHeading), not a heading over every chapter.
func TestPDFContentsClosesSections(t *testing.T) {
	dots := strings.Repeat(".", 40)
	page1 := "BT /F1 24 Tf 36 750 Td (Security Assessment) Tj ET\n" +
		"BT /F1 20 Tf 36 720 Td (OVERVIEW) Tj ET\n" +
		"BT /F1 10 Tf 36 690 Td (This document outlines how the team assessed the service.) Tj ET\n" +
		"BT /F1 20 Tf 36 650 Td (TABLE OF CONTENTS) Tj ET\n" +
		"BT /F1 10 Tf 36 620 Td (1 Introduction" + dots + "2) Tj ET\n" +
		"BT /F1 10 Tf 36 605 Td (2 Findings" + dots + "3) Tj ET\n" +
		"BT /F1 20 Tf 36 570 Td (LIST OF FIGURES) Tj ET\n" +
		"BT /F1 10 Tf 36 540 Td (Reporting Flow" + dots + "2) Tj ET\n" +
		"BT /F1 10 Tf 36 525 Td (Testing Breakdown" + dots + "2) Tj ET\n"
	page2 := "BT /F1 16 Tf 36 720 Td (1 Introduction) Tj ET\n" +
		"BT /F1 10 Tf 36 690 Td (The team assessed the service over three months.) Tj ET\n" +
		"BT /F1 10 Tf 36 660 Td (The figure below shows the Reporting Flow.) Tj ET\n" +
		"BT /F1 10 Tf 36 645 Td (Reporting Flow) Tj ET\n" +
		"BT /F1 16 Tf 36 620 Td (2 Findings) Tj ET\n" +
		"BT /F1 10 Tf 36 590 Td (The team found no flaw of high priority.) Tj ET\n" +
		"BT /F1 10 Tf 36 560 Td (The figure below shows the Testing Breakdown.) Tj ET\n" +
		"BT /F1 10 Tf 36 545 Td (Testing Breakdown) Tj ET\n"
	wantBlocks(t, parsedBlocks(t, buildPDF([]string{page1, page2}, ""), sectionedBlock), []string{
		"1 |  | Security Assessment",
		"1 | OVERVIEW | OVERVIEW",
		"0 | OVERVIEW | This document outlines how the team assessed the service.",
		"1 | 1 Introduction | 1 Introduction",
		"0 | 1 Introduction | The team assessed the service over three months. The figure below shows the Reporting Flow. Reporting Flow",
		"1 | 2 Findings | 2 Findings",
		"0 | 2 Findings | The team found no flaw of high priority.",
		"0 | 2 Findings | The figure below shows the Testing Breakdown. Testing Breakdown",
	})
}

// TestPDFStackedMarking checks that a line repeated atop most pages right
// over the running header, with no gap of its own between them (a
// security marking, "UNCLASSIFIED" over "TLP:WHITE"), is dropped as a
// running header too (stackedOnRunning), not read as a heading atop
// every page that the text after it sits under.
func TestPDFStackedMarking(t *testing.T) {
	texts := []string{
		"The team assessed the mobile application first.",
		"The key server was tested by fuzzing its end points.",
		"The portal was left out of the assessment.",
	}
	var pages []string
	for _, s := range texts {
		pages = append(pages, "BT /F1 11 Tf 502 763.8 Td (UNCLASSIFIED) Tj ET\n"+
			"BT /F1 12 Tf 511 748.7 Td (TLP:WHITE) Tj ET\n"+
			"BT /F1 10 Tf 36 719 Td ("+s+") Tj ET\n")
	}
	wantBlocks(t, parsedBlocks(t, buildPDF(pages, ""), blockText), texts)
}
