package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// coverPage is a guide's title page, set flush right as nDPI's is: the
// title, a subtitle, and far below them the version and date on two
// lines, 12 points apart, over a copyright line 48 points under them,
// the page's median distance between lines.
const coverPage = "BT /F1 18 Tf 210 500 Td (Parser Kit - Quick Start Guide) Tj ET\n" +
	"BT /F1 14 Tf 183 482 Td (Open and Extensible Packet Parsing Library) Tj ET\n" +
	"BT /F1 10 Tf 448.8 238.4 Td (Version 3.3) Tj ET\n" +
	"BT /F1 10 Tf 460 226.4 Td (July 2020) Tj ET\n" +
	"BT /F1 10 Tf 460 178.4 Td (\\251 2011-20) Tj ET\n"

// guidePage is a page of the guide: its running header, a sentence and
// its page number, and footer when it is not "" at its foot.
func guidePage(n int, text, footer string) string {
	s := "BT /F1 8 Tf 420 760 Td (Parser Kit - Quick Start Guide) Tj ET\n" +
		"BT /F1 11 Tf 72 700 Td (" + text + ") Tj ET\n" +
		fmt.Sprintf("BT /F1 8 Tf 500 40 Td (%d) Tj ET\n", n)
	if footer != "" {
		s += "BT /F1 8 Tf 72 40 Td (" + footer + ") Tj ET\n"
	}
	return s
}

// TestPDFTitleVersion checks that a title page's version and date line
// under its title ("Version 3.3" over "July 2020") is kept as text, not
// joined to the copyright line set far under it though the page's lines
// stand as far apart on the median; the same line repeated as a running
// footer on every page, the first too, is page chrome on each.
func TestPDFTitleVersion(t *testing.T) {
	kept := func(pages []string) ([]string, []string) {
		doc, err := Parse("a.pdf", buildPDF(pages, ""))
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		var ks, ds []string
		for _, b := range doc.Blocks {
			ks = append(ks, b.Text)
		}
		for _, d := range doc.Dropped {
			ds = append(ds, d.Text)
		}
		return ks, ds
	}
	blocks, _ := kept([]string{coverPage,
		guidePage(2, "The kit reads packets and names their protocol.", ""),
		guidePage(3, "It runs on Linux and on Windows alike.", "")})
	if !slices.Contains(blocks, "Version 3.3 July 2020") {
		t.Errorf("title page: blocks %q, want %q among them", blocks, "Version 3.3 July 2020")
	}
	footer := "Version 3.3 July 2020"
	first := "BT /F1 18 Tf 72 700 Td (Parser Kit - Quick Start Guide) Tj ET\n" +
		"BT /F1 11 Tf 72 660 Td (The kit reads packets and names their protocol.) Tj ET\n" +
		"BT /F1 8 Tf 72 40 Td (" + footer + ") Tj ET\n"
	blocks, dropped := kept([]string{first,
		guidePage(2, "It runs on Linux and on Windows alike.", footer),
		guidePage(3, "It needs no driver of its own.", footer)})
	if slices.Contains(blocks, footer) {
		t.Errorf("running footer: blocks %q, want no %q", blocks, footer)
	}
	if n := strings.Count(strings.Join(dropped, "\n"), footer); n != 3 {
		t.Errorf("running footer: dropped %d times, want 3 (dropped %q)", n, dropped)
	}
}

// TestPDFCentredCells checks that a credits table whose values are centred
// under one another right of their labels, its last row in bold and
// larger than the body ("License" over "LGPLv3"), is read as rows, no
// heading, as nDPI's credits page sets them, and that the cover's last
// line, on the page before, is no caption of theirs.
func TestPDFCentredCells(t *testing.T) {
	page := "BT /F1 11 Tf 72 720 Td (The kit is free software that anyone may share.) Tj ET\n" +
		"BT /F1 12 Tf 100 600 Td (Kit web) Tj ET BT /F1 12 Tf 250 600 Td (http://www.example.org/kit/) Tj ET\n" +
		"BT /F1 12 Tf 100 582 Td (Maker site) Tj ET BT /F1 12 Tf 303.3 582 Td (example.org) Tj ET\n" +
		"BT /F2 12 Tf 100 564 Td (Kit License) Tj ET BT /F2 12 Tf 320 564 Td (LGPLv3) Tj ET\n" +
		"BT /F1 11 Tf 72 500 Td (The kit reads packets and names their protocol.) Tj ET\n"
	wantBlocks(t, parsedBlocks(t, buildBoldPDF(page), kindBlock), []string{
		"0 | The kit is free software that anyone may share.",
		"4 | Kit web; http://www.example.org/kit/",
		"4 | Maker site; example.org",
		"4 | Kit License; LGPLv3",
		"0 | The kit reads packets and names their protocol.",
	})
	credits := "BT /F1 12 Tf 100 600 Td (Kit web) Tj ET BT /F1 12 Tf 250 600 Td (http://www.example.org/kit/) Tj ET\n" +
		"BT /F1 12 Tf 100 582 Td (Maker site) Tj ET BT /F1 12 Tf 303.3 582 Td (example.org) Tj ET\n" +
		"BT /F1 12 Tf 100 564 Td (Kit License) Tj ET BT /F1 12 Tf 320 564 Td (LGPLv3) Tj ET\n"
	captioned := func(b Block) string { return fmt.Sprintf("%d | %s | %s", b.Kind, b.Caption, b.Text) }
	wantBlocks(t, parsedBlocks(t, buildPDF([]string{coverPage, credits, guidePage(3, "The kit reads packets and names their protocol.", "")}, ""), captioned), []string{
		"1 |  | Parser Kit - Quick Start Guide",
		"0 |  | Version 3.3 July 2020",
		"4 |  | Kit web; http://www.example.org/kit/",
		"4 |  | Maker site; example.org",
		"4 |  | Kit License; LGPLv3",
		"0 |  | The kit reads packets and names their protocol.",
	})
}

// TestPDFTableAcrossGutter checks that a table under a wide gap whose
// columns leave a gap down the middle of the page ("DNS  packets: 38
// bytes: 5160  flows: 19") is read row by row, each protocol's bytes in
// its row, not as two columns of text: its names and packets, then its
// bytes and flows alone.
func TestPDFTableAcrossGutter(t *testing.T) {
	var b strings.Builder
	for i, s := range []string{
		"The reader prints what it found once the capture is over, as in the example below,",
		"every protocol it detected on its own line with the packets, the bytes and the flows",
		"it counted for that protocol, so that the busiest protocols of the capture stand out",
		"at once and the others can be told apart from them by their counts alone in the end.",
	} {
		fmt.Fprintf(&b, "BT /F1 11 Tf 72 %d Td (%s) Tj ET\n", 720-13*i, s)
	}
	b.WriteString("BT /F1 8 Tf 72 600 Td (Detected protocols:) Tj ET\n")
	for i, r := range [][4]string{
		{"Unknown", "packets: 1", "bytes: 94", "flows: 1"}, {"DNS", "packets: 38", "bytes: 5160", "flows: 19"},
		{"HTTP", "packets: 265", "bytes: 59831", "flows: 20"}, {"SSDP", "packets: 20", "bytes: 9564", "flows: 14"},
		{"SSL", "packets: 33", "bytes: 2572", "flows: 13"}, {"DropBox", "packets: 17", "bytes: 2481", "flows: 6"},
		{"Skype", "packets: 12", "bytes: 944", "flows: 2"}, {"Google", "packets: 2544", "bytes: 612765", "flows: 94"},
	} {
		for k, x := range []float64{127.2, 228.1, 338.5, 439.3} {
			fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %d Td (%s) Tj ET\n", x, 591-9*i, r[k])
		}
	}
	var rows []string
	for _, s := range parsedBlocks(t, buildPDF([]string{b.String()}, ""), kindBlock) {
		if strings.Contains(s, "bytes:") {
			rows = append(rows, s)
		}
	}
	if want := "4 | DNS; packets: 38; bytes: 5160; flows: 19"; !slices.Contains(rows, want) {
		t.Errorf("rows %q, want %q among them", rows, want)
	}
	if len(rows) != 8 {
		t.Errorf("got %d lines with bytes, want 8 rows: %q", len(rows), rows)
	}
}

// TestPDFWrappedBackCell checks that an option's text wrapped back to the
// left margin, left of the option column, as a terminal wraps a
// program's help ("-s <secs>  | Stop capturing after this many seconds
// (live" over "capture only)"), goes on in the row's text cell: no line
// of its own, and no caption of the rows under it.
func TestPDFWrappedBackCell(t *testing.T) {
	var b strings.Builder
	b.WriteString("BT /F1 11 Tf 72 720 Td (The reader takes the options listed below.) Tj ET\n")
	y := 700
	for _, r := range [][2]string{
		{"-i <file>", "| Read packets from the file or from the device"}, {"", "named on the command line"},
		{"-f <filter>", "| Keep the packets that match the filter"},
		{"-s <secs>", "| Stop capturing after this many seconds \\(live"}, {"", "capture only\\)"},
		{"-q", "| Quiet mode"}, {"-t", "| Dissect the tunnels"},
	} {
		if r[0] == "" {
			fmt.Fprintf(&b, "BT /F1 8 Tf 99.2 %d Td (%s) Tj ET\n", y, r[1])
		} else {
			fmt.Fprintf(&b, "BT /F1 8 Tf 108.9 %d Td (%s) Tj ET BT /F1 8 Tf 233.7 %d Td (%s) Tj ET\n", y, r[0], y, r[1])
		}
		y -= 9
	}
	b.WriteString("BT /F1 11 Tf 72 620 Td (Each option may be given once.) Tj ET\n")
	wantBlocks(t, parsedBlocks(t, buildPDF([]string{b.String()}, ""), kindBlock), []string{
		"0 | The reader takes the options listed below.",
		"4 | -i <file>; | Read packets from the file or from the device named on the command line",
		"4 | -f <filter>; | Keep the packets that match the filter",
		"4 | -s <secs>; | Stop capturing after this many seconds (live capture only)",
		"4 | -q; | Quiet mode",
		"4 | -t; | Dissect the tunnels",
		"0 | Each option may be given once.",
	})
}

// TestPDFCoverEdition checks that a cover's line stating the document's
// edition, set larger than the body ("Revision 2.0 June 2024" under a
// manual's title, textlessCover and editionRE), is the cover's text, no
// heading over the sections after it, kept however short ("Version 2.2",
// a field of the cover, no logo's line), while such a line on a page of
// text (a change log's "Version 2.1" over what it changed) heads its
// section.
func TestPDFCoverEdition(t *testing.T) {
	blocks := func(pages []string) []string {
		doc, err := Parse("a.pdf", buildPDF(pages, ""))
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		var out []string
		for _, b := range doc.Blocks {
			out = append(out, fmt.Sprintf("%d %s", b.Kind, b.Text))
		}
		return out
	}
	body := func(head, text string) string {
		return "BT /F1 16 Tf 72 700 Td (" + head + ") Tj ET\n" +
			"BT /F1 11 Tf 72 670 Td (" + text + ") Tj ET\n"
	}
	got := blocks([]string{
		"BT /F1 24 Tf 72 600 Td (Relay Board User Manual) Tj ET\n" +
			"BT /F1 16 Tf 72 300 Td (Revision 2.0 June 2024) Tj ET\n",
		body("Introduction", "The board switches four relays from one chip."),
		body("Power supply", "The board takes from 8 to 50 volts at its jack.")})
	want := []string{"1 Relay Board User Manual", "0 Revision 2.0 June 2024",
		"1 Introduction", "0 The board switches four relays from one chip.",
		"1 Power supply", "0 The board takes from 8 to 50 volts at its jack."}
	if !slices.Equal(got, want) {
		t.Errorf("cover: blocks\n%q\nwant\n%q", got, want)
	}
	got = blocks([]string{
		"BT /F1 24 Tf 72 600 Td (Relay Board User Manual) Tj ET\n" +
			"BT /F1 16 Tf 72 300 Td (Version 2.2) Tj ET\n",
		body("Introduction", "The board switches four relays from one chip.")})
	if !slices.Contains(got, "0 Version 2.2") {
		t.Errorf("short edition: blocks\n%q\nwant %q kept as text", got, "0 Version 2.2")
	}
	got = blocks([]string{
		"BT /F1 24 Tf 72 740 Td (Relay Board Changes) Tj ET\n" +
			"BT /F1 11 Tf 72 710 Td (This log lists the changes of each release.) Tj ET\n" +
			body("Version 2.1", "The relays switch faster."),
		body("Version 2.0", "The board takes a wider range of voltages.")})
	if !slices.Contains(got, "1 Version 2.1") || !slices.Contains(got, "1 Version 2.0") {
		t.Errorf("change log: blocks\n%q\nwant the versions as headings (kind 1)", got)
	}
}

// TestEditionRE checks the one test of a front-matter edition line that
// a title page's version line (titleVersion) and a PDF cover's edition
// (textlessCover, headings) both ask: an edition's name and its number or
// letter, perhaps after "Based on", and no word that only opens with one.
func TestEditionRE(t *testing.T) {
	for _, c := range []struct {
		in, want string // want: the words matched, "" for none
	}{
		{"Version 3.3 July 2020", "Version 3.3"},
		{"Version 1.4 - 03.03.21", "Version 1.4"},
		{"Revision 2.0 June 2024", "Revision 2.0"},
		{"Based on version 4.2.0", "Based on version 4.2.0"},
		{"Revision C 12 January 2026", "Revision C"},
		{"Rev. 3", "Rev. 3"},
		{"Version Control Guide", ""},
		{"Editions of the guide", ""},
		{"revision c of the draft", ""}, // a letter edition is a capital
		{"Issue 3", ""},
	} {
		if got := editionRE.FindString(c.in); got != c.want {
			t.Errorf("editionRE in %q: got %q, want %q", c.in, got, c.want)
		}
	}
}
