package corpus

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// buildPDF writes a PDF file of the given pages: each page is its content
// stream. fonts are extra objects: the page resources name the font of
// object 3 /F1. An info dictionary is written when info is not "".
// Objects: 1 catalog, 2 pages, 3 font, 4 info, then page and content
// pairs, then extra objects.
func buildPDF(pages []string, info string, extra ...string) []byte {
	return buildPDFFont(helvetica, pages, info, extra...)
}

// helvetica is the font of buildPDF: Helvetica, every glyph 556/1000 em wide.
var helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" +
	strings.Repeat("556 ", 95) + "] >>"

// helveticaBold is the bold font of buildBoldPDF: Helvetica-Bold, its
// glyphs as wide as helvetica's.
var helveticaBold = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" +
	strings.Repeat("556 ", 95) + "] >>"

// helveticaOblique is the slanted font of buildSlantedPDF:
// Helvetica-Oblique, its glyphs as wide as helvetica's.
var helveticaOblique = strings.Replace(helvetica, "/Helvetica", "/Helvetica-Oblique", 1)

// buildBoldPDF writes a PDF of one page, its content setting text in
// Helvetica (/F1) and in Helvetica-Bold (/F2, object 8), as a manual
// page's option terms and run-in headings mix the two weights.
func buildBoldPDF(content string) []byte { return buildTwoFontPDF(helveticaBold, content) }

// buildSlantedPDF is buildBoldPDF with Helvetica-Oblique as /F2, as a
// bibliography sets the titles it cites in italics.
func buildSlantedPDF(content string) []byte { return buildTwoFontPDF(helveticaOblique, content) }

// buildTwoFontPDF writes a PDF of one page, its content setting text in
// Helvetica (/F1) and in the font second (/F2, object 8).
func buildTwoFontPDF(second, content string) []byte {
	raw := buildPDF([]string{content}, "", second)
	raw = bytes.Replace(raw, []byte("/Font << /F1 3 0 R >>"), []byte("/Font << /F1 3 0 R /F2 8 0 R >>"), 1)
	return fixXref(raw)
}

// TestPDFSlantedWords checks where a change of slant inside a run of
// touching glyphs starts a word: at a capital opening a capitalised
// word, as DocBook's bibliography sets an entry's upright label and the
// italic title it cites with no space between them ("GNOMEThe GNOME
// desktop"); a word set partly in italics elsewhere stays one.
func TestPDFSlantedWords(t *testing.T) {
	content := "BT /F1 10 Tf 72 720 Td (The desktops listed below share one database of types.) Tj ET\n" +
		"BT /F1 10 Tf 72 700 Td (GNOME) Tj /F2 10 Tf (The GNOME desktop, http://www.gnome.org) Tj ET\n" +
		"BT /F2 10 Tf 72 680 Td (KDE) Tj /F1 10 Tf (The KDE desktop, http://www.kde.org) Tj ET\n" +
		"BT /F1 10 Tf 72 660 Td (It sorts the files once, and re) Tj /F2 10 Tf (sorts) Tj /F1 10 Tf ( them as the k) Tj /F2 10 Tf (NN) Tj /F1 10 Tf ( tool does on a MacBook.) Tj ET"
	wantBlocks(t, parsedBlocks(t, buildSlantedPDF(content), sectionedBlock), []string{
		"0 |  | The desktops listed below share one database of types.",
		"0 |  | GNOME The GNOME desktop, http://www.gnome.org",
		"0 |  | KDE The KDE desktop, http://www.kde.org",
		"0 |  | It sorts the files once, and resorts them as the kNN tool does on a MacBook.",
	})
}

// TestPDFBoldLabelWords checks that a bold label's colon glued to the
// regular text after it ends a word when a capitalised word opens
// there, as DocBook's manual pages set a note's label ("Note:Avoid this
// option", useradd's); a word or a link set partly in bold stays one.
func TestPDFBoldLabelWords(t *testing.T) {
	content := "BT /F1 10 Tf 72 720 Td (The tool adds a user account to the system.) Tj ET\n" +
		"BT /F2 10 Tf 72 700 Td (Note:) Tj /F1 10 Tf (Avoid this option on the command line.) Tj ET\n" +
		"BT /F1 10 Tf 72 680 Td (It reads the ) Tj /F2 10 Tf (file:) Tj /F1 10 Tf (//etc/default and ) Tj /F2 10 Tf (TOOL) Tj /F1 10 Tf (Config as its Defaults.) Tj ET"
	wantBlocks(t, parsedBlocks(t, buildBoldPDF(content), sectionedBlock), []string{
		"0 |  | The tool adds a user account to the system.",
		"0 |  | Note: Avoid this option on the command line.",
		"0 |  | It reads the file://etc/default and TOOLConfig as its Defaults.",
	})
}

// buildPDFFont is buildPDF with font as the dictionary of object 3.
func buildPDFFont(font string, pages []string, info string, extra ...string) []byte {
	return buildPDFBox(font, "0 0 612 792", pages, info, extra...)
}

// buildPDFBox is buildPDFFont with box as every page's media box.
func buildPDFBox(font, box string, pages []string, info string, extra ...string) []byte {
	var b bytes.Buffer
	var offsets []int
	obj := func(body string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), body)
	}
	b.WriteString("%PDF-1.4\n")
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 5+2*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)))
	obj(font)
	if info == "" {
		info = "<< >>"
	}
	obj(info)
	for i, content := range pages {
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 %d 0 R >> >> /Contents %d 0 R >>",
			box, 5+2*len(pages), 6+2*i))
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
	}
	// An image, for pages that draw it.
	obj("<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream")
	for _, e := range extra {
		obj(e)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}

// textPage returns a content stream drawing each line 14 points below the
// last, from the top of a letter page, in 11-point Helvetica.
func textPage(lines ...string) string {
	var b strings.Builder
	b.WriteString("BT /F1 11 Tf 72 720 Td 14 TL\n")
	for _, l := range lines {
		fmt.Fprintf(&b, "(%s) Tj T*\n", strings.NewReplacer(`(`, `\(`, `)`, `\)`).Replace(l))
	}
	b.WriteString("ET")
	return b.String()
}

// footnotePage draws two lines with footnote marks (raised and smaller),
// one of them after a stop, an exponent ("m²") and two footnotes opened
// by their marks.
func footnotePage() string {
	return "BT /F1 11 Tf 72 720 Td 14 TL\n" +
		"(Kieran Walsh retired after twenty-two years at the lab.) Tj /F1 7 Tf 4 Ts (1) Tj /F1 11 Tf 0 Ts ( Anjali Sethi joined in) Tj T*\n" +
		"(May. Each quadrat covers 0.25 m) Tj /F1 7 Tf 4 Ts (2) Tj /F1 11 Tf 0 Ts ( of the sea floor) Tj /F1 7 Tf 4 Ts (2) Tj /F1 11 Tf 0 Ts (, as in 2024.) Tj T*\n" +
		"ET BT /F1 6 Tf 72 130 Td 3 Ts (1) Tj /F1 9 Tf 0 Ts (Kieran Walsh remains an honorary member of the lab.) Tj ET\n" +
		"BT /F1 6 Tf 72 118 Td 3 Ts (2) Tj /F1 9 Tf 0 Ts (The sea floor of the sound, that is.) Tj ET"
}

// wrappedTable draws a table of three columns whose cells wrap, one cell's
// text running into the next cell's without a space, and a line of text
// below it at the same size and pitch.
func wrappedTable() string {
	return cells(700, "Date", "Speaker", "Title") + cells(686, "5 May", "Ada Lind,", "Caching in") +
		cells(672, "", "Oslo", "practice") + cells(658, "9 May", "Prof. Tom Berg, Oslo,", "Search") + cells(644, "", "University", "") +
		"BT /F1 11 Tf 72 630 Td (The talks are held in the main hall every week.) Tj ET"
}

// mergedTable draws the table of three columns of cells, starting at x
// 72, 172 and 300, with its rules and the sides of its cells when ruled:
// a row whose second cell spans the third (no side between them), and a
// row whose first cell is merged down into the row below (no rule over
// it); then a line of text.
func mergedTable(ruled bool) string {
	out := cells(700, "Locker", "5 euros", "8 euros") + cells(682, "Towel", "1 euro") +
		cells(664, "Sauna", "3 euros", "6 euros") + cells(646, "", "with a pass", "not open") +
		"BT /F1 11 Tf 72 616 Td (The pool is open every day.) Tj ET\n"
	if ruled {
		out += "0.5 w 68 712 m 420 712 l S 68 691 m 420 691 l S 68 673 m 420 673 l S 168 655 m 420 655 l S 68 640 m 420 640 l S\n" +
			"68 712 m 68 640 l S 168 712 m 168 640 l S 296 712 m 296 691 l S 296 673 m 296 640 l S 420 712 m 420 640 l S\n"
	}
	return out
}

// feeTable draws a table of fees between two lines of text: its amounts
// set flush right, ending together a little short of its last column, as
// a box beside a paragraph would be.
func feeTable() string {
	fee := func(y int, service, amount, note string) string {
		// A character of 11-point Helvetica is 6.116 points wide.
		return fmt.Sprintf("BT /F1 11 Tf 72 %d Td (%s) Tj ET BT /F1 11 Tf %.1f %d Td (%s) Tj ET BT /F1 11 Tf 240 %d Td (%s) Tj ET\n",
			y, service, 230-6.116*float64(len(amount)), y, amount, y, note)
	}
	return "BT /F1 11 Tf 72 720 Td (The office charges the fees below for the services it offers.) Tj ET\n" +
		fee(700, "Mooring", "25 EUR", "Boats under 10 m") + fee(686, "Crane lift", "80 EUR", "Booked a day ahead") +
		fee(672, "Key card", "15 EUR", "Charged to the team") +
		"BT /F1 11 Tf 72 650 Td (Fees are reviewed every April by the finance office.) Tj ET"
}

// cells draws a line of a table of three columns, starting at x 72, 172
// and 300, in 11-point Helvetica (a character is 6.116 points wide).
func cells(y int, texts ...string) string {
	var b strings.Builder
	for i, t := range texts {
		if t != "" {
			fmt.Fprintf(&b, "BT /F1 11 Tf %d %d Td (%s) Tj ET\n", []int{72, 172, 300}[i], y, t)
		}
	}
	return b.String()
}

// rulePage draws words joined by short rules on their baseline, as TeX
// draws "\_" (a stroked line, then a filled rectangle), and a word
// underlined by a rule under its glyphs.
func rulePage() string {
	return "BT /F1 11 Tf 72 720 Td (The column raw) Tj ET 0.4 w 157.6 720.2 m 163.2 720.2 l S BT /F1 11 Tf 163.2 720 Td (data holds it.) Tj ET\n" +
		"BT /F1 11 Tf 72 706 Td (Each run) Tj ET 121 705.8 5.6 0.4 re f BT /F1 11 Tf 126.6 706 Td (id is kept.) Tj ET\n" +
		"BT /F1 11 Tf 72 692 Td (Read the notes before you start.) Tj ET 0.5 w 72 690 m 96.5 690 l S"
}

// twoColumns draws seven lines in each of two columns, the right one 5
// points lower, each line wrapped mid-sentence.
func twoColumns() string {
	var b strings.Builder
	for i, n := range []string{"one", "two", "three", "four", "five", "six", "seven"} {
		for c, side := range []string{"Left", "Right"} {
			x, y := 72+300*c, 700-28*i-5*c
			fmt.Fprintf(&b, "BT /F1 9 Tf %d %d Td (%s %s is here and it goes on in the) Tj 0 -14 Td (%s column of the page.) Tj ET\n",
				x, y, side, n, strings.ToLower(side))
		}
	}
	return b.String()
}

// TestPDFFiles reads real PDF files, made with LaTeX and LibreOffice by
// corpus/testdata/make/make.sh and qa/testdata/formats/make/make.sh, and
// checks their text, metadata, sections,
// pages and dropped page chrome.
func TestPDFFiles(t *testing.T) {
	tests := []struct {
		file                   string
		title, publisher, date string
		from                   Origins
		pages                  int
		// blocks are "page | section | text" of blocks that must be there.
		blocks  []string
		dropped []string // "page why: text"
		absent  []string // text no block may hold
		cells   []string // "cell | cell ‖ header | header" of rows that must be there
		items   []string // text of blocks that must be list items
	}{
		{
			file:  "testdata/wiki/caching-paper.pdf",
			title: "Efficient Caching for Team Knowledge Bases", publisher: "Ada Lindqvist Tomas Berg",
			from: Origins{Title: FromText, Publisher: FromText, Date: FromText}, date: "March 2024",
			pages: 2,
			blocks: []string{
				// Ligatures spelled out, the abstract before the right column.
				"1 | Abstract | We study how a small team’s knowledge base can be searched efficiently offline. Our field study covers five offices and their workflows.",
				// Hyphenated words joined; "forty-two" and "ninety-one" keep their hyphens.
				"1 | 2 Method | We interviewed forty-two engineers between January and March 2023. Each interview lasted about fifty minutes and followed a fixed questionnaire of eighteen questions. The cache eviction policy we evaluated is least recently used with a fixed budget of 512 megabytes per office.",
				"1 | 2 Method › 2.1 Participants | Participants came from five offices in Stockholm, Oslo, Helsinki, Copenhagen and Reykjavik. The offices differ in size from eight to ninety-one people, and their documentation practices differ even more.",
				// The right column, read after the left.
				"1 | 3 Results | The median time to find an answer fell from 6.5 minutes to 40 seconds after the knowledge base was indexed. Satisfaction scores rose in every office, with the largest gain in Oslo. Unaffiliated contractors benefited as much as staff, which suggests that the effect does not depend on familiarity with the organisation’s history or its conventions.",
				"2 | 5 Appendix | The questionnaire and the anonymised answers are available from the authors on request. The study was approved by the ethics board of the Nordic Institute of Workplace Studies.",
			},
			dropped: []string{"1 page number: 1", "2 running header or footer: 5 APPENDIX 2", "1 byline (metadata): Ada Lindqvist Tomas Berg March 2024"},
			absent:  []string{"ﬁ", "min- utes", "APPENDIX"},
		},
		{
			file:  "testdata/pdf/travel-handbook.pdf",
			title: "Acme Travel and Expenses Handbook", publisher: "Maria Okafor",
			from:  Origins{Title: FromPDFInfo, Publisher: FromPDFInfo, Date: FromPDFInfo},
			pages: 2,
			blocks: []string{
				"1 | Booking travel › Flights | Choose the cheapest fare that arrives in time for the first meeting.",
				"1 | Booking travel › Hotels | London; 240 EUR; Travel desk",
				// A paragraph cut by the page break, its header and footer between.
				"1 | Expenses | Expense claims must be submitted within thirty days of the end of the trip, with a receipt for every item above ten euros. Claims submitted later than ninety days are not reimbursed, whatever the reason for the delay.",
				"2 | Expenses › Meals | The daily meal allowance is 55 euros in Europe and 70 euros elsewhere. Alcoholic drinks are never reimbursed, and neither are meals that a conference or a customer already paid for.",
			},
			dropped: []string{
				"1 running header or footer: Acme Corp · Internal · Travel and Expenses Handbook", "1 page number: Page 1",
				"2 running header or footer: Acme Corp · Internal · Travel and Expenses Handbook", "2 page number: Page 2",
			},
			absent: []string{"Page 1", "Internal"},
		},
		{
			// A two-column LaTeX paper whose title takes two lines.
			file:  "../qa/testdata/formats/corpus/papers/seagrass-recovery.pdf",
			title: "Offshore Influences on Seagrass Recovery in Brennock Sound", publisher: "Sofia Almeida Yusuf Kaya Ilse Varga",
			from: Origins{Title: FromText, Publisher: FromText, Date: FromText}, date: "November 2025",
			pages: 2,
			blocks: []string{
				"1 | Abstract | Abstract",
				"1 | 1 Introduction | 1 Introduction",
				// A section heading followed by a subsection heading: two
				// headings, not a table of two rows.
				"1 | 2 Methods | 2 Methods",
				"1 | 2 Methods › 2.1 Field sites | 2.1 Field sites",
				"1 | 2 Methods › 2.2 Sampling | Each meadow was sampled every six weeks from April to October in 2022, 2023 and 2024. Divers counted shoots in 24 fixed quadrats of 0.25 square metres per meadow, 144 quadrats in all, and collected flowering shoots for later analysis. Water clarity was measured with a Secchi disk and with a fluorescence sensor fitted to RV Curlew, and loggers at each site recorded temperature every fifteen minutes.",
				"2 | 4 Discussion | 4 Discussion",
			},
			absent: []string{"2; Methods", "Brennock Sound › "},
		},
		{
			// A LaTeX report with footnotes and a table.
			file:  "../qa/testdata/formats/corpus/reports/annual-report-2025.pdf",
			title: "Brennock Sound Marine Laboratory Annual Report 2025", publisher: "Dr Ilse Varga, Director",
			from: Origins{Title: FromText, Publisher: FromText, Date: FromText}, date: "February 2026",
			pages: 2,
			blocks: []string{
				// The marks leave the text; the sentences stay apart.
				"1 | 2 People | Dr Sofia Almeida became a permanent research fellow in May. Mateo Brandt took over as safety and diving officer from Kieran Walsh, who retired after twenty-two years at the lab. Anjali Sethi joined in September as the lab’s first data steward.",
				// A footnote without its mark, in the section that refers to it.
				"1 | 2 People | Kieran Walsh remains an honorary member of the lab and still leads the Sunday shore walks.",
				"1 | 3 Funding | The project is run with the Nordmark Fisheries Institute, which lends the acoustic receivers.",
				"2 | 3 Funding | Marine Heritage Fund; EUR 620,000; 2023–2026",
				"2 | 4 Field season | RV Curlew spent 64 days at sea in 2025, against 51 in 2024. Eleven planned trips were cancelled because of the weather, most of them in October. The new drone survey of the seagrass meadows was flown in July. The lab’s divers made 312 scientific dives without a single reportable incident.",
				"2 | 4 Field season | A day at sea is any day on which the vessel left the North Pier for work, however short the trip.",
			},
			absent: []string{"lab.1", "1Kieran", "2The", "3A day"},
		},
		{
			// A LaTeX plan with numbered sections and subsections.
			file:  "../qa/testdata/formats/corpus/policies/data-management-plan.pdf",
			title: "Data Management Plan", publisher: "Anjali Sethi, Data Steward",
			from: Origins{Title: FromText, Publisher: FromText, Date: FromText}, date: "January 2026",
			pages: 2,
			blocks: []string{
				"1 | 2 Storage › 2.1 Working copies | 2.1 Working copies",
				"1 | 3 Naming and formats | 3 Naming and formats",
				"2 | 3 Naming and formats › 3.1 File names | Spaces are not used in file names.",
			},
			absent: []string{"2; Storage", "3.1; File names"},
		},
		{
			// A LibreOffice table whose cells wrap, its header repeated on
			// the next page.
			file:  "../qa/testdata/formats/corpus/seminars-spring-2026.pdf",
			title: "Spring Seminar Series 2026", publisher: "Lena Hartwig",
			from:  Origins{Title: FromPDFInfo, Publisher: FromPDFInfo, Date: FromPDFInfo},
			pages: 2,
			blocks: []string{
				"1 | Programme | Date; Speaker; Title",
				"1 | Programme | 5 February; Prof. Aurelio Sandoval, University of Pentlow; Kelp forests after the heatwaves",
				"1 | Programme | 19 March; Yusuf Kaya, Brennock Sound; Drones over the meadows: mapping seagrass from the air",
				// The last row goes on atop page 2, below the header again.
				"1 | Programme | 26 March; Dr Colm Brannigan, Coastal Survey Office; Sixty years of tide gauges in the west",
				"2 | Programme | There are no seminars on 12 February, because of the winter field campaign, or on 12 March, when the lab hosts the regional student symposium.",
			},
			dropped: []string{"2 table header repeated: Date Speaker Title"},
			absent:  []string{"Date Speaker Title", "Office There"},
			cells:   []string{"29 January | Dr Ilse Varga, Brennock Sound | Fifteen years of the Brennock Sound time series ‖ Date | Speaker | Title"},
		},
		{
			// A LaTeX article with a table of contents, a list drawn
			// with a bitmap font's bullet, underscores and three tables.
			file:  "testdata/pdf/buoy-network.pdf",
			title: "The Harbour Buoy Network", publisher: "Jonas Eklund",
			from: Origins{Title: FromText, Publisher: FromText, Date: FromText}, date: "September 2025",
			pages: 2,
			blocks: []string{
				// TeX draws "\_" as a rule: it reads as an underscore.
				"1 | 1 Overview | The harbour network has six buoys that report every ten minutes. Each reading is stored in the table raw_data with the buoy’s run_id and a time stamp. The readings are public at https://buoys.example.org/live and are kept for ten years.",
				"2 | 2 Maintenance | Batteries are replaced every third year.",
				"2 | 2 Maintenance | Table 1: Mooring depths of the buoys.",
				"2 | 3 Contacts | Questions about the data go to Anjali Sethi.",
			},
			dropped: []string{
				"1 table of contents: Contents", "1 table of contents: 1 Overview 1",
				"1 table of contents: 2 Maintenance 1", "1 table of contents: 3 Contacts 2",
			},
			absent: []string{"raw data", "run id", "\u0088", "Overview 1"},
			cells: []string{
				// A header over a column of numbers, right-aligned.
				"North Pier | 12 ‖ Buoy | Depth (m)",
				// A table without a header: no row is the others' header.
				"Owner | Harbour office ‖ ", "Duty phone | 0151 442 0190 ‖ ", "Email | buoys@example.org ‖ ",
				// The first column's cell wraps onto three lines.
				"Moorings, chains and anchors | Mateo Brandt ‖ ", "Data | Anjali Sethi ‖ ",
			},
			items: []string{"the solar panel and its cable,", "the anchor chain and its shackles,", "the radio modem."},
		},
		{
			// pdfTeX's bitmap fonts (Type 3): their glyphs placed by the
			// widths their FontMatrix scales, and their ligatures, dashes,
			// quotes and £ read at T1's codes.
			file:  "testdata/pdf/bitmap-notice.pdf",
			title: "Office hours", from: Origins{Title: FromText, Date: FromPDFInfo}, date: "2025-09-01",
			pages: 1,
			blocks: []string{
				"1 |  | The first floor office is staffed from Monday to Friday, 9:00–17:00, by five officers. Our “drop-in” desk is affiliated with the library — find it beside the stairs. A replacement card costs £2.50; a lost key fob costs £12.",
			},
			absent: []string{"¿", "Oce", " rst "},
		},
		{
			// A LibreOffice guide with running headers, "Page n of m",
			// two lists, a caption and two tables with a bold header.
			file:  "testdata/pdf/field-station.pdf",
			title: "Brennock Field Station Visitor Guide", publisher: "Tomas Berg",
			from:  Origins{Title: FromPDFInfo, Publisher: FromPDFInfo, Date: FromPDFInfo},
			pages: 3,
			blocks: []string{
				// The paragraph after the list is not glued to its last item.
				"1 | Arriving | Parking is free in the gravel car park behind the boat shed. The spaces next to the slipway are kept for the trailers of the research boats.",
				"2 | Opening hours | Table 1: Opening hours of the visitor centre",
				"2 | Safety on the shore | Children under twelve stay with an adult at all times. The shore is closed to visitors when the wind is above force six, and a red flag then flies from the mast by the boat shed.",
			},
			dropped: []string{
				"1 running header or footer: Brennock Field Station · Visitor Guide · 2025", "1 page number: Page 1 of 3",
				"3 page number: Page 3 of 3", "3 table header repeated: Room Open to visitors",
			},
			absent: []string{"Visitor Guide · 2025", "Page 2"},
			cells: []string{
				"Friday | 8:30 to 15:00 ‖ Day | Opening hours",
				// First-column cells that wrap onto a second line.
				"Sunday and public holidays | Closed ‖ Day | Opening hours",
				"Microscope room and sample store | On guided tours only ‖ Room | Open to visitors",
				// A row cut by the page break, the header repeated between.
				"Wet laboratory and tank hall on the ground floor | On guided tours only ‖ Room | Open to visitors",
			},
			items: []string{
				"a photo identity card", "a waterproof jacket, whatever the forecast says",
				"Check the tide table on the notice board by the front door.", "Return at least one hour before high water.",
			},
		},
		{
			// A LibreOffice policy: a contents page whose leader dots
			// are drawn with the text, footnote marks set at the size
			// of the note, numbered headings down to level three, a
			// table with merged cells under a header of two rows, a
			// framed text box beside a paragraph.
			file:  "testdata/pdf/loan-policy.pdf",
			title: "Harbour Office Equipment Loan Policy", publisher: "Mira Olsen",
			from:  Origins{Title: FromPDFInfo, Publisher: FromPDFInfo, Date: FromPDFInfo},
			pages: 3,
			blocks: []string{
				"1 | 1 Introduction | This policy sets out how staff of the Harbour Office borrow laptops, cameras and survey equipment. The equipment store is run by the facilities team and is open on weekdays from nine to four.",
				// The footnote, its mark gone, under the section citing it.
				"1 | 1 Introduction | The facilities team sits on the ground floor of the east wing.",
				"1 | 2 Borrowing equipment › 2.1 Scope | Students on placement count as visiting researchers.",
				"2 | 2 Borrowing equipment › 2.2 Loan periods › 2.2.1 Extensions | 2.2.1 Extensions",
				// The paragraph beside the text box whole, the box after it.
				"1 | 1 Introduction | Every loan is recorded in the booking system before the equipment leaves the store. The borrower signs for each item and checks that its charger, case and cables are complete. Items that come back incomplete are treated as damaged until the missing parts are returned to the store.",
				"1 | 1 Introduction | Lost a key card? Call security on extension 4400 at any hour.",
				// The endnote, marked "i", under the section citing it.
				"2 | 3 Damage and loss | Damage is reported to the store on the day it happens. The borrower pays nothing for fair wear, but a lost item is charged to the borrower's team at its replacement cost.",
				"3 | 3 Damage and loss | Replacement costs are reviewed every April by the finance office.",
			},
			dropped: []string{
				"1 table of contents: Contents",
				// The leader's dots touch the title and the page
				// number; the spaces drawn over them (the entry is a
				// link) are no breaks, the first one over the title's
				// last letter too.
				"1 table of contents: 1 Introduction..............................................................2",
				"1 table of contents: 2.2 Loan periods......................................................3",
			},
			absent: []string{"1The facilities", "2Students", ". . . .", "cost.i", "iReplacement"},
			cells: []string{
				// A header of two bold rows, "Longest loan" over
				// "Staff" and "Visitors" (its cell spans both, as the
				// sides of the cells drawn show); a row whose cell
				// spans two columns; a row whose first cell spans two
				// rows (no rule over it), each read as the Word and
				// HTML readers read them.
				"Laptop | 30 days | 7 days ‖ Equipment | Longest loan Staff | Longest loan Visitors",
				"Drone | 3 days | 3 days ‖ Equipment | Longest loan Staff | Longest loan Visitors",
				"Echo sounder | 14 days | 5 days ‖ Equipment | Longest loan Staff | Longest loan Visitors",
				"Echo sounder | with a survey permit | not lent ‖ Equipment | Longest loan Staff | Longest loan Visitors",
			},
			items: []string{"laptops and tablets", "GPS receivers and echo sounders"},
		},
		{
			// A LibreOffice newsletter whose middle is set in two
			// justified columns, their words spaced wide, that end on
			// the next page in a few lines, too few to find the gutter
			// by.
			file:  "testdata/pdf/harbour-newsletter.pdf",
			title: "Harbour Newsletter", publisher: "Mira Olsen",
			from:  Origins{Title: FromPDFInfo, Publisher: FromPDFInfo, Date: FromPDFInfo},
			pages: 2,
			blocks: []string{
				"1 |  | Boat crews who need equipment before ten ring the duty officer, who opens the store on request.",
				"1 |  | Divers note that the north pontoon has no ladder yet; a temporary one is fitted by the end of April.",
				"2 |  | Staff who have not yet done the new fire training book a place with the safety officer before the end of March.",
				"2 |  | Two new research boats arrive in the summer; their moorings are on the south side of the north pontoon.",
				"2 |  | The next newsletter comes out in June.",
			},
		},
		{
			// Markdown made HTML by pandoc and printed by wkhtmltopdf:
			// a table whose header labels are centred over their
			// columns, footnotes as a numbered list at the end whose
			// items hang and end in a "↩︎" link back to their mark;
			// each is filed under the section citing it. Its bullets
			// are discs drawn, not glyphs.
			file:  "testdata/pdf/permit-rules.pdf",
			title: "Dive Permit Rules", publisher: "Harbour Office",
			from: Origins{Title: FromText, Publisher: FromText, Date: FromText}, date: "2026-03-09",
			pages: 1,
			blocks: []string{
				"1 | 1 Purpose | These rules say who may dive from the harbour pontoons and how permits are issued. The harbour master signs every permit and keeps a register of the divers on the water.",
				"1 | 1 Purpose | The deputy harbour master signs when the harbour master is away.",
				"1 | 2 Permits › 2.1 Scope | The north beach has no lifeguard in winter.",
				"1 | 2 Permits › 2.1 Scope | The rules apply to scientific, commercial and training dives. Recreational divers use the public slipway at the north beach instead.",
			},
			absent: []string{"↩"},
			items:  []string{"Every dive has a surface supervisor.", "Nobody dives within 50 metres of a moving vessel."},
			cells: []string{
				"Day permit | 1 day | 15 euros ‖ Permit | Length | Fee",
				"Training permit | 30 days | 45 euros ‖ Permit | Length | Fee",
			},
		},
		{
			// A LibreOffice guide whose numbered headings stand over
			// paragraphs, lists and a table: the table's rows stand under
			// their own heading ("5. The light on the robot"), not under the
			// section before it.
			file:  "../qa/testdata/manual20/corpus/guides/roveo-s5-user-guide.pdf",
			title: "Roveo S5 and S5 Max user guide", publisher: "Nimbrel Appliances Ltd",
			from:  Origins{Title: FromPDFInfo, Publisher: FromPDFInfo, Date: FromPDFInfo},
			pages: 2,
			blocks: []string{
				"1 | 4. Charging | After the first charge, a full charge takes about 4 hours. When the battery falls below 15%, the robot goes back to the dock, charges to 80% and then carries on cleaning from where it stopped.",
				"1 | 5. The light on the robot | 5. The light on the robot",
				"1 | 5. The light on the robot | Steady blue; Ready to connect to Wi-Fi",
				"2 | 6. Buttons | 6. Buttons",
			},
			absent: []string{"Charging; What it means"},
			cells:  []string{"Pulsing orange | Battery low ‖ Light | What it means"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(tt.file, raw)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if doc.Format != FormatPDF || doc.Title != tt.title || doc.Publisher != tt.publisher || doc.From != tt.from || doc.Pages != tt.pages {
				t.Errorf("got format %s, title %q, publisher %q, from %+v, %d pages; want pdf, %q, %q, %+v, %d",
					doc.Format, doc.Title, doc.Publisher, doc.From, doc.Pages, tt.title, tt.publisher, tt.from, tt.pages)
			}
			switch {
			case tt.date != "" && doc.Date != tt.date:
				t.Errorf("date: got %q, want the date under the title, %q", doc.Date, tt.date)
			case tt.date == "" && !isISODate(doc.Date):
				t.Errorf("date: got %q, want the creation date as YYYY-MM-DD", doc.Date)
			}
			got, gotCells, gotItems := map[string]bool{}, map[string]bool{}, map[string]bool{}
			for _, b := range doc.Blocks {
				got[fmt.Sprintf("%d | %s | %s", b.Page, b.Section, b.Text)] = true
				switch b.Kind {
				case KindRow:
					gotCells[strings.Join(b.Cells, " | ")+" ‖ "+strings.Join(b.Header, " | ")] = true
				case KindItem:
					gotItems[b.Text] = true
				}
				for _, a := range tt.absent {
					if strings.Contains(b.Text, a) {
						t.Errorf("block %q: holds %q, want it gone", b.Text, a)
					}
				}
			}
			for _, want := range tt.blocks {
				if !got[want] {
					t.Errorf("missing block %q", want)
				}
			}
			for _, want := range tt.cells {
				if !gotCells[want] {
					t.Errorf("missing row %q; got %v", want, gotCells)
				}
			}
			for _, want := range tt.items {
				if !gotItems[want] {
					t.Errorf("missing list item %q; got %v", want, gotItems)
				}
			}
			gotDropped := map[string]bool{}
			for _, d := range doc.Dropped {
				gotDropped[fmt.Sprintf("%d %s: %s", d.Page, d.Why, d.Text)] = true
			}
			for _, want := range tt.dropped {
				if !gotDropped[want] {
					t.Errorf("missing dropped line %q; got %v", want, doc.Dropped)
				}
			}
			if t.Failed() {
				for _, b := range doc.Blocks {
					t.Logf("%d | %s | %s", b.Page, b.Section, b.Text)
				}
			}
		})
	}
}

func isISODate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// TestPDFBuilt checks small PDFs built by the test: text, metadata, a
// title from the first heading-like line, and page numbers.
func TestPDFBuilt(t *testing.T) {
	tests := []struct {
		name   string
		pages  []string
		info   string
		title  string
		from   Origin
		body   string
		chrome int
	}{
		{
			name:  "title from the information dictionary; a tool's file name is no title",
			pages: []string{textPage("Some Heading Here", "", "The travel desk books every flight for the team.", "Hotels are booked by each traveller.", "Taxis are paid back.")},
			info:  "<< /Title (Travel rules) /Author (Finance) /CreationDate (D:20240502090000+02'00') >>",
			title: "Travel rules", from: FromPDFInfo,
			body: "Some Heading Here\nThe travel desk books every flight for the team. Hotels are booked by each traveller.\nTaxis are paid back.",
		},
		{
			name:  "a file name as title falls back to the first line",
			pages: []string{textPage("Travel Rules", "", "The travel desk books every flight for the team.", "Hotels are booked by each traveller.", "Taxis are paid back.")},
			info:  "<< /Title (Microsoft Word - rules.docx) >>",
			title: "Travel Rules", from: FromText,
			body: "Travel Rules\nThe travel desk books every flight for the team. Hotels are booked by each traveller.\nTaxis are paid back.",
		},
		{
			name:  "a browser's tab title: the program's name after the text's title is cut (titleBeforeSite)",
			pages: []string{textPage("Travel Rules", "", "The travel desk books every flight for the team.", "Hotels are booked by each traveller.", "Taxis are paid back.")},
			info:  "<< /Title (Travel Rules - Google Docs) >>",
			title: "Travel Rules", from: FromPDFInfo,
			body: "Travel Rules\nThe travel desk books every flight for the team. Hotels are booked by each traveller.\nTaxis are paid back.",
		},
		{
			name:  "a title with a separator over a text titled otherwise stays whole",
			pages: []string{textPage("Some Heading Here", "", "The travel desk books every flight for the team.", "Hotels are booked by each traveller.", "Taxis are paid back.")},
			info:  "<< /Title (Travel Rules - Google Docs) >>",
			title: "Travel Rules - Google Docs", from: FromPDFInfo,
			body: "Some Heading Here\nThe travel desk books every flight for the team. Hotels are booked by each traveller.\nTaxis are paid back.",
		},
		{
			name: "page numbers on three pages are dropped, the paragraph goes on across pages",
			pages: []string{
				textPage("The travel desk books every flight for", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "1"),
				textPage("the team and keeps the tickets on file.", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "2"),
				textPage("Hotels are booked by each traveller.", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "3"),
			},
			body:   "The travel desk books every flight for the team and keeps the tickets on file.\nHotels are booked by each traveller.",
			chrome: 3,
		},
		{
			name:  "footnote marks leave the text, exponents stay",
			pages: []string{footnotePage()},
			body: "Kieran Walsh retired after twenty-two years at the lab. Anjali Sethi joined in May. Each quadrat covers 0.25 m2 of the sea floor, as in 2024.\n" +
				"Kieran Walsh remains an honorary member of the lab.\nThe sea floor of the sound, that is.",
		},
		{
			name: "a footnote's own mark followed by a space, as Word and pandoc set notes",
			pages: []string{"BT /F1 11 Tf 72 720 Td (Kieran Walsh retired after twenty-two years at the lab.) Tj /F1 7 Tf 4 Ts (1) Tj /F1 11 Tf 0 Ts ( Anjali Sethi joined in May.) Tj ET\n" +
				"BT /F1 6 Tf 72 130 Td 3 Ts (1) Tj /F1 9 Tf 0 Ts ( Kieran Walsh remains an honorary member of the lab.) Tj ET"},
			body: "Kieran Walsh retired after twenty-two years at the lab. Anjali Sethi joined in May.\nKieran Walsh remains an honorary member of the lab.",
		},
		{
			// Ghostscript (ps2pdf of a groff page) writes a word space
			// inside a string as character spacing ("vc" at 2.8 points
			// is "v c"), and kerns a pair with a space its negative word
			// spacing narrows to nothing ("av e" is "ave"); each string
			// is placed by Td from the line's start. Every glyph of the
			// test font is 5.56 points wide at 10 points.
			name: "character spacing after a glyph is a gap; a space narrowed to a kern is none",
			pages: []string{"BT /F1 10 Tf 72 720 Td (The tool uses Lempel-Zi) Tj 127.88 0 Td 2.8 Tc (vc) Tj 13.92 0 Td 0 Tc (oding \\(LZ77\\).) Tj ET\n" +
				"BT /F1 10 Tf 72 706 Td (Tr) Tj 11.12 0 Td -5.06 Tw (av e) Tj 17.18 0 Td 0 Tw 2.8 Tc (lt) Tj 13.92 0 Td 0 Tc (he directory tree of the files.) Tj ET"},
			body: "The tool uses Lempel-Ziv coding (LZ77). Travel the directory tree of the files.",
		},
		{
			name:  "an exponent after a number is written after a caret",
			pages: []string{"BT /F1 11 Tf 72 720 Td (The sensor counts up to 10) Tj /F1 7 Tf 4 Ts (6) Tj /F1 11 Tf 0 Ts ( cells a day, and 3) Tj /F1 7 Tf 4 Ts (12) Tj /F1 11 Tf 0 Ts ( in all.) Tj ET"},
			body:  "The sensor counts up to 10^6 cells a day, and 3^12 in all.",
		},
		{
			name:  "short rules on the baseline between words are underscores; an underline is not",
			pages: []string{rulePage()},
			body:  "The column raw_data holds it. Each run_id is kept.\nRead the notes before you start.",
		},
		{
			name:  "a table whose cells wrap; a cell's text running into the next cell; a line of text after it",
			pages: []string{wrappedTable()},
			body: "Date; Speaker; Title\n5 May; Ada Lind, Oslo; Caching in practice\n9 May; Prof. Tom Berg, Oslo, University; Search\n" +
				"The talks are held in the main hall every week.",
		},
	}
	tests = append(tests, struct {
		name   string
		pages  []string
		info   string
		title  string
		from   Origin
		body   string
		chrome int
	}{
		name:  "a ruled table: a cell spanning two columns fills both, a cell merged down is its own row's too",
		pages: []string{mergedTable(true)},
		body:  "Locker; 5 euros; 8 euros\nTowel; 1 euro; 1 euro\nSauna; 3 euros; 6 euros\nSauna; with a pass; not open\nThe pool is open every day.",
	}, struct {
		name   string
		pages  []string
		info   string
		title  string
		from   Origin
		body   string
		chrome int
	}{
		name:  "a table whose amounts end together short of its last column is no box beside a paragraph",
		pages: []string{feeTable()},
		body: "The office charges the fees below for the services it offers.\nMooring; 25 EUR; Boats under 10 m\nCrane lift; 80 EUR; Booked a day ahead\n" +
			"Key card; 15 EUR; Charged to the team\nFees are reviewed every April by the finance office.",
	}, struct {
		name   string
		pages  []string
		info   string
		title  string
		from   Origin
		body   string
		chrome int
	}{
		name:  "the same table unruled: an empty cell is empty, a line with none in the first column goes on with the row",
		pages: []string{mergedTable(false)},
		body:  "Locker; 5 euros; 8 euros\nTowel; 1 euro\nSauna; 3 euros with a pass; 6 euros not open\nThe pool is open every day.",
	})
	tests = append(tests, struct {
		name   string
		pages  []string
		info   string
		title  string
		from   Origin
		body   string
		chrome int
	}{
		name:  "two columns whose baselines do not line up: the left is read first",
		pages: []string{twoColumns()},
		// Each wrapped line pair ends a sentence in a short line: a paragraph.
		body: "Left one is here and it goes on in the left column of the page.\nLeft two is here and it goes on in the left column of the page.\nLeft three is here and it goes on in the left column of the page.\nLeft four is here and it goes on in the left column of the page.\nLeft five is here and it goes on in the left column of the page.\nLeft six is here and it goes on in the left column of the page.\nLeft seven is here and it goes on in the left column of the page.\n" +
			"Right one is here and it goes on in the right column of the page.\nRight two is here and it goes on in the right column of the page.\nRight three is here and it goes on in the right column of the page.\nRight four is here and it goes on in the right column of the page.\nRight five is here and it goes on in the right column of the page.\nRight six is here and it goes on in the right column of the page.\nRight seven is here and it goes on in the right column of the page.",
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("a.pdf", buildPDF(tt.pages, tt.info))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if doc.Body != tt.body {
				t.Errorf("body: got %q, want %q", doc.Body, tt.body)
			}
			if tt.title != "" && (doc.Title != tt.title || doc.From.Title != tt.from) {
				t.Errorf("title: got %q from %q, want %q from %q", doc.Title, doc.From.Title, tt.title, tt.from)
			}
			if len(doc.Dropped) != tt.chrome {
				t.Errorf("dropped: got %v, want %d lines", doc.Dropped, tt.chrome)
			}
		})
	}
}

// TestPDFBad checks that every bad PDF is skipped with its reason.
func TestPDFBad(t *testing.T) {
	encrypted, err := os.ReadFile("testdata/bad/encrypted.pdf")
	if err != nil {
		t.Fatal(err)
	}
	good := buildPDF([]string{textPage("The travel desk books every flight for the team.")}, "")
	var bomb bytes.Buffer
	zw := zlib.NewWriter(&bomb)
	zw.Write(bytes.Repeat([]byte(" "), 64<<20))
	zw.Close()
	// The page draws object 8, a stream of 64 MB of spaces in 64 KB.
	bombPDF := buildPDF([]string{"q Q"}, "", fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", bomb.Len(), bomb.Bytes()))
	bombPDF = bytes.Replace(bombPDF, []byte("/Contents 6 0 R"), []byte("/Contents 8 0 R"), 1)
	loop := "BT /F1 11 Tf 72 720 Td " + strings.Repeat("(The travel desk books every flight.) Tj ", 2000) + "ET"

	testBadFiles(t, "bad.pdf", []badFile{
		{"encrypted", encrypted, nil, ErrEncrypted, "encrypted: protected by a password"},
		{"image only", buildPDF([]string{"q 612 0 0 792 0 0 cm /Im1 Do Q"}, ""), nil, ErrNoTextLayer, "no text layer: scanned PDF?"},
		{"no text, no picture", buildPDF([]string{"q Q"}, ""), nil, ErrNoText, "no text"},
		{"not a PDF", []byte("PK\x03\x04 a zip renamed"), nil, ErrBroken, "not a PDF"},
		{"truncated", good[:len(good)/2], nil, ErrBroken, "broken file"},
		{"garbage xref", append(good[:len(good)-40:len(good)-40], []byte("startxref\n99999\n%%EOF\n")...), nil, ErrBroken, "broken file"},
		{"a flate bomb", bombPDF, func(l *limits) { l.maxUnpacked = 1 << 20 }, ErrUnpackLimit, "unpacks to too much"},
		{"too many glyphs", buildPDF([]string{loop}, ""), func(l *limits) { l.maxGlyphs = 1000 }, ErrUnpackLimit, "characters drawn"},
		{"too slow", buildPDF([]string{loop}, ""), func(l *limits) {
			// A clock that moves a second every time it is read.
			now := time.Unix(0, 0)
			l.now = func() time.Time { now = now.Add(time.Second); return now }
			l.maxTime = 3 * time.Second
		}, ErrTooSlow, "took too long"},
	})
}

// badFile is a file a reader must refuse: the limits to read it with
// (nil for the defaults), the error and what its message says.
type badFile struct {
	name string
	raw  []byte
	lim  func(*limits)
	want error
	msg  string
}

// testBadFiles parses each bad file as the file p and checks its error.
func testBadFiles(t *testing.T, p string, tests []badFile) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lim := defaultLimits()
			if tt.lim != nil {
				tt.lim(&lim)
			}
			_, err := parseWith(p, tt.raw, lim)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got error %v, want %v saying %q", err, tt.want, tt.msg)
			}
		})
	}
}

// TestNavigationBeforeTitle checks that the navigation of a web page kept
// in a Word file or a PDF (a breadcrumb trail, "Table of contents",
// "Previous | Next", "Back to top") is page chrome, never the title. The
// fixtures are made by testdata/make/make.sh from store-faq.fodt, whose
// properties hold no title.
func TestNavigationBeforeTitle(t *testing.T) {
	for _, file := range []string{"testdata/docx/store-faq.docx", "testdata/pdf/store-faq.pdf"} {
		t.Run(file, func(t *testing.T) {
			doc := parseFixture(t, file)
			if doc.Title != "Equipment Store FAQ" || doc.From.Title != FromText {
				t.Errorf("title: got %q from %q, want %q from the text", doc.Title, doc.From.Title, "Equipment Store FAQ")
			}
			var dropped []string
			for _, d := range doc.Dropped {
				dropped = append(dropped, d.Why+": "+d.Text)
			}
			for _, want := range []string{"page chrome: Home > Docs > FAQ", "page chrome: Table of contents", "page chrome: Previous | Next", "page chrome: Back to top"} {
				if !slices.Contains(dropped, want) {
					t.Errorf("dropped: got %q, want %q among them", dropped, want)
				}
			}
			for _, b := range doc.Blocks {
				if b.Text == "The equipment store is open from ten until four on weekdays." && b.Section != "When is the store open?" {
					t.Errorf("section of %q: got %q, want %q", b.Text, b.Section, "When is the store open?")
				}
			}
		})
	}
}

// sizedPage returns a content stream drawing each line in 11-point
// Helvetica, or in 14-point where it starts with "!" (left out of the
// text), from the top of a letter page: lines 14 points apart, a
// heading 10 points further from the line above it.
func sizedPage(lines ...string) string {
	var b strings.Builder
	y := 720
	for i, l := range lines {
		size := 11
		if t, ok := strings.CutPrefix(l, "!"); ok {
			l, size = t, 14
			if i > 0 {
				y -= 10
			}
		}
		fmt.Fprintf(&b, "BT /F1 %d Tf 72 %d Td (%s) Tj ET\n", size, y, l)
		y -= 14 + size - 11
	}
	return b.String()
}

// TestPDFNumberedHeadings checks that a heading numbered as text ("1.
// Pay", set larger than the body, over its paragraph) opens a section
// labelled with its number, as a numbered heading of a Word file or of
// LibreOffice's outline numbering does ("2.1 Scope"), and that numbered
// lines that are not headings stay list items.
func TestPDFNumberedHeadings(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string // "kind | section | text" of every block
	}{
		{
			name: "numbered headings over their paragraphs",
			lines: []string{"The meeting was held at the depot at half past seven.",
				"!1. Hollins Yard on Saturdays", "The yard opens on Saturdays from nine until two.",
				"!2. Pay", "The hourly rate rises on the first of May."},
			want: []string{
				"0 |  | The meeting was held at the depot at half past seven.",
				"1 | 1. Hollins Yard on Saturdays | 1. Hollins Yard on Saturdays",
				"0 | 1. Hollins Yard on Saturdays | The yard opens on Saturdays from nine until two.",
				"1 | 2. Pay | 2. Pay",
				"0 | 2. Pay | The hourly rate rises on the first of May.",
			},
		},
		{
			name: "headings numbered with letters, roman numerals and section numbers",
			lines: []string{"The meeting was held at the depot at half past seven.",
				"!A. Hollins Yard", "The yard opens on Saturdays from nine until two.",
				"!IV. Pay", "The hourly rate rises on the first of May.",
				"!2.1 Bikes", "Two electric cargo bikes will be bought this spring."},
			want: []string{
				"0 |  | The meeting was held at the depot at half past seven.",
				"1 | A. Hollins Yard | A. Hollins Yard",
				"0 | A. Hollins Yard | The yard opens on Saturdays from nine until two.",
				"1 | IV. Pay | IV. Pay",
				"0 | IV. Pay | The hourly rate rises on the first of May.",
				"1 | 2.1 Bikes | 2.1 Bikes",
				"0 | 2.1 Bikes | Two electric cargo bikes will be bought this spring.",
			},
		},
		{
			name: "a numbered heading over a bulleted list",
			lines: []string{"The meeting was held at the depot at half past seven.",
				"!5. Any other business", "\\225 Members asked for a second bike shed at the yard.",
				"\\225 The summer party moves to the church hall."},
			want: []string{
				"0 |  | The meeting was held at the depot at half past seven.",
				"1 | 5. Any other business | 5. Any other business",
				"2 | 5. Any other business | Members asked for a second bike shed at the yard.",
				"2 | 5. Any other business | The summer party moves to the church hall.",
			},
		},
		{
			name: "numbered sentences in a large size are list items",
			lines: []string{"Before the first job of the day, do the checks below.",
				"!1. Check the brakes.", "The brakes stop the bike within two metres.",
				"!2. Check the lights.", "Both lamps light up when switched on."},
			want: []string{
				"0 |  | Before the first job of the day, do the checks below.",
				"2 |  | Check the brakes.",
				"0 |  | The brakes stop the bike within two metres.",
				"2 |  | Check the lights.",
				"0 |  | Both lamps light up when switched on.",
			},
		},
		{
			name: "short numbered lines in a large size, one under the other, are list items",
			lines: []string{"Every rider carries the kit below on every job.",
				"!1. Helmet", "!2. Lights", "!3. Vest", "The kit is checked every morning by the dispatch lead."},
			want: []string{
				"0 |  | Every rider carries the kit below on every job.",
				"2 |  | Helmet",
				"2 |  | Lights",
				"2 |  | Vest",
				"0 |  | The kit is checked every morning by the dispatch lead.",
			},
		},
		{
			name: "numbered lines in the body's size are list items",
			lines: []string{"Every rider carries the kit below on every job.",
				"1. Hollins Yard on Saturdays", "The yard opens on Saturdays from nine until two."},
			want: []string{
				"0 |  | Every rider carries the kit below on every job.",
				"2 |  | Hollins Yard on Saturdays",
				"0 |  | The yard opens on Saturdays from nine until two.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parsedBlocks(t, buildPDF([]string{sizedPage(tt.lines...)}, ""), sectionedBlock)
			if !slices.Equal(got, tt.want) {
				t.Errorf("blocks:\ngot  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// type3Font is a Type 3 font as pdfTeX writes a bitmap font: its widths
// in the units of its glyph procedures, a hundredth of an em here
// (FontMatrix), every glyph 55.6 of them wide, as Helvetica's 556/1000.
var type3Font = "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 100 100] /FontMatrix [0.01 0 0 0.01 0 0] /CharProcs << >> " +
	"/Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" + strings.Repeat("55.6 ", 95) + "] >>"

// TestPDFType3Widths checks that the glyphs of a Type 3 font are placed
// by the widths its FontMatrix scales: read in thousandths of an em, each
// glyph would stand a tenth of its width from the last, the doubled
// letters of "weekdays" and "all" would be taken for one drawn twice, and
// the text would break where the glyphs of another font follow.
func TestPDFType3Widths(t *testing.T) {
	tests := []struct {
		name, content, body string
	}{
		{"text in a Type 3 font",
			textPage("The library opens on weekdays, all year.", "Books are free to borrow for three weeks."),
			"The library opens on weekdays, all year. Books are free to borrow for three weeks."},
		{"a sign in a Type 3 font before a figure in Helvetica",
			"BT /F1 11 Tf 72 720 Td (A lost card costs ) Tj ET BT /F2 11 Tf 182.09 720 Td (#) Tj ET BT /F1 11 Tf 188.21 720 Td (2.50 to replace.) Tj ET",
			"A lost card costs #2.50 to replace."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			font := type3Font
			if strings.Contains(tt.content, "/F2") {
				font = helvetica
			}
			raw := buildPDFFont(font, []string{tt.content}, "", type3Font)
			// The page's fonts: /F1 is object 3, /F2 the Type 3 font
			// added as object 8 (after the page, its content and the
			// image); in the second case /F1 is Helvetica.
			raw = bytes.Replace(raw, []byte("/Font << /F1 3 0 R >>"), []byte("/Font << /F1 3 0 R /F2 8 0 R >>"), 1)
			doc, err := Parse("a.pdf", fixXref(raw))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if doc.Body != tt.body {
				t.Errorf("body: got %q, want %q", doc.Body, tt.body)
			}
		})
	}
}

// fixXref rewrites the cross-reference table of a PDF of buildPDFFont
// whose objects moved (an edit changed a length before them).
func fixXref(raw []byte) []byte {
	i := bytes.Index(raw, []byte("xref\n"))
	var b bytes.Buffer
	b.Write(raw[:i])
	var offsets []int
	for n := 1; ; n++ {
		at := bytes.Index(raw[:i], []byte(fmt.Sprintf("\n%d 0 obj\n", n)))
		if at < 0 {
			break
		}
		offsets = append(offsets, at+1)
	}
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, i)
	return b.Bytes()
}

// TestPDFTeXBitmapCodes checks the codes of pdfTeX's bitmap fonts, whose
// glyphs are named by their codes only (/a28): the ligatures of T1 and
// OT1, T1's dash and quotes and its pound sign read as the text they
// draw, not as control characters (dropped) or Latin-1's "¿", and T1's
// letters above 127 as T1's, not Latin-1's ("ę", not "¦"). A Type 3
// font whose glyphs have real names is read by them.
func TestPDFTeXBitmapCodes(t *testing.T) {
	font := func(differences string) string {
		return strings.Replace(type3Font, "/Encoding /WinAnsiEncoding",
			"/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences ["+differences+"] >>", 1)
	}
	tests := []struct {
		name, differences, text, body string
	}{
		{"T1 codes", "12 /a12 16 /a16 /a17 21 /a21 22 /.notdef 28 /a28 29 /a29 84 /a84 191 /a191",
			`The \034rst \035oor: \020open\021, \2772.50, 2023\0252026.`,
			"The first floor: “open”, £2.50, 2023–2026."},
		{"T1 letters above 127", "84 /a84 100 /a100 /a101 111 /a111 138 /a138 166 /a166 191 /a191 243 /a243 255 /a255",
			`Tomasz K\246dzior of \212\363d\377, \2772.`,
			"Tomasz Kędzior of Łódß, £2."},
		{"TS1 symbols above 127", "163 /a163 183 /a183",
			`Rent \24398 \267 parking \2432.`,
			"Rent £98 · parking £2."},
		{"OT1 ligatures", "12 /a12 13 /a13 84 /a84",
			`The \014rst \015oor is open.`,
			"The first floor is open."},
		{"a Type 3 font with glyph names", "28 /bullet 84 /T",
			`The \034rst floor is open.`,
			"The •rst floor is open."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			content := "BT /F1 11 Tf 72 720 Td (" + tt.text + ") Tj ET"
			doc, err := Parse("a.pdf", buildPDFFont(font(tt.differences), []string{content}, ""))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if doc.Body != tt.body {
				t.Errorf("body: got %q, want %q", doc.Body, tt.body)
			}
		})
	}
}

// embeddedType1PDF writes a PDF of one page, content, in a Type 1 font
// (/F1) embedded as pdfTeX embeds Computer Modern: a font program whose
// clear text holds program (its "/Encoding …" entry), and encoding as
// the font dictionary's Encoding entry ("" for none).
func embeddedType1PDF(encoding, program, content string) []byte {
	program = "%!PS-AdobeFont-1.0: CMR10 003.002\n/FontName /ABCDEF+CMR10 def\n" + program + "currentdict end\ncurrentfile eexec\n"
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+CMR10 " + encoding + " /FirstChar 0 /LastChar 255 /Widths [" +
		strings.Repeat("500 ", 256) + "] /FontDescriptor 8 0 R >>"
	desc := "<< /Type /FontDescriptor /FontName /ABCDEF+CMR10 /Flags 4 /ItalicAngle 0 /FontFile 9 0 R >>"
	file := fmt.Sprintf("<< /Length %d /Length1 %d /Length2 0 /Length3 0 >>\nstream\n%s\nendstream", len(program), len(program), program)
	return buildPDFFont(font, []string{content}, "", desc, file)
}

// TestPDFBuiltinEncoding checks a Type 1 font embedded with no Encoding
// and no ToUnicode map, as pdfTeX writes Computer Modern set in OT1: its
// codes read by the encoding its program carries ("dup 12 /fi put"), so
// that OT1's ligatures, en dash and double quotes read as drawn (not
// dropped as control characters or read as "{" and "\\") and the
// apostrophe key as typed; a program in StandardEncoding and a font
// with an Encoding entry are read as before.
func TestPDFBuiltinEncoding(t *testing.T) {
	ot1 := "/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n" +
		"dup 12 /fi put\ndup 13 /fl put\ndup 14 /ffi put\ndup 34 /quotedblright put dup 39 /quoteright put\n" +
		"dup 84 /T put\ndup 92 /quotedblleft put\ndup 123 /endash put\nreadonly def\n"
	text := `The \014rst \015oor is e\016cient, 9\17311, it's \134open\042.`
	tests := []struct {
		name, encoding, program, body string
	}{
		{"OT1 built in", "", ot1, "The first floor is efficient, 9–11, it's “open”."},
		{"StandardEncoding built in", "", "/Encoding StandardEncoding def\n", `The rst oor is e cient, 9{11, it's \open".`},
		{"an Encoding entry", "/Encoding /WinAnsiEncoding", ot1, `The rst oor is e cient, 9{11, it's \open".`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			content := "BT /F1 11 Tf 72 720 Td (" + text + ") Tj ET"
			doc, err := Parse("a.pdf", embeddedType1PDF(tt.encoding, tt.program, content))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if doc.Body != tt.body {
				t.Errorf("body: got %q, want %q", doc.Body, tt.body)
			}
		})
	}
}

// TestPDFMonospacedNoBox checks that a verbatim text set in a
// monospaced font, whose lines' words meet the same character columns, is
// read line after line: three lines whose words start at one column
// after a space of one character (BASICLU's "When this value is" over
// "attempts to keep L") are no text box beside a paragraph, read after
// it.
func TestPDFMonospacedNoBox(t *testing.T) {
	courier := "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" +
		strings.Repeat("600 ", 95) + "] >>"
	page := textPage(
		"When this value is greater than or equal to zero, the pivot choice",
		"attempts to keep L sparse, putting entries into U when possible.",
		"When this value is less than zero, the pivot choice attempts to keep U",
		"sparse, putting entries into L when possible. Default: 1",
	)
	doc, err := Parse("a.pdf", buildPDFFont(courier, []string{page}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := "When this value is greater than or equal to zero, the pivot choice attempts to keep L sparse, putting entries into U when possible.\n" +
		"When this value is less than zero, the pivot choice attempts to keep U sparse, putting entries into L when possible. Default: 1"
	if doc.Body != want {
		t.Errorf("body:\ngot  %q\nwant %q", doc.Body, want)
	}
}

// runInPDF is a page of two paragraphs opened by bold run-in headings
// whose text starts at the same place, the first one's wrapping under its
// heading (TestPDFRunInHeadings).
func runInPDF() []byte {
	content := "BT /F2 11 Tf 72 720 Td (Central library.) Tj ET BT /F1 11 Tf 190 720 Td (The central library opens 9:00 to 19:00 weekdays and 10:00 to) Tj ET\n" +
		"BT /F1 11 Tf 72 706 Td (16:00 Saturdays.) Tj ET\n" +
		"BT /F2 11 Tf 72 686 Td (Branch libraries.) Tj ET BT /F1 11 Tf 190 686 Td (Branches open on three days a week.) Tj ET"
	return buildBoldPDF(content)
}

// TestPDFRunInHeadings checks that paragraphs opened by a bold run-in
// heading (LaTeX's \paragraph: "Central library." and a wide space) are
// read as paragraphs, not as the rows of a table whose first column the
// headings make, even when the text after the headings starts at the same
// place on both lines: the line that wraps under the heading goes on with
// the text it continues.
func TestPDFRunInHeadings(t *testing.T) {
	doc, err := Parse("a.pdf", runInPDF())
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := "Central library. The central library opens 9:00 to 19:00 weekdays and 10:00 to 16:00 Saturdays.\nBranch libraries. Branches open on three days a week."
	if doc.Body != want {
		t.Errorf("body: got %q, want %q", doc.Body, want)
	}
}

// centredTable draws a table of three columns whose middle one is
// centred, its second row's cell wider, then a line of text
// (TestPDFCentredColumn).
func centredTable() string {
	return textAt(72, 700, "Roof") + textAt(180, 700, "Tiles") + textAt(300, 700, "4,500") +
		textAt(72, 686, "Walls") + textAt(173, 686, "Render") + textAt(300, 686, "2,300") +
		textAt(72, 660, "The costs are for one house of the terrace, before VAT.")
}

// TestPDFCentredColumn checks a table whose middle column is centred, as
// LaTeX's "c" columns are: the wider cell of the second row starts left of
// the first row's, by more than half an em, and is still a cell of that
// column, not the wrapped text of the first column.
func TestPDFCentredColumn(t *testing.T) {
	doc, err := Parse("a.pdf", buildPDF([]string{centredTable()}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := "Roof; Tiles; 4,500\nWalls; Render; 2,300\nThe costs are for one house of the terrace, before VAT."
	if doc.Body != want {
		t.Errorf("body: got %q, want %q", doc.Body, want)
	}
}

// rightAlignedTable draws a table of two columns whose second is
// right-aligned, as LaTeX's "r" columns are: its header "Charge" and its
// cells end together, the wider cells starting left of the header
// (TestPDFRightAlignedColumn). Each glyph of buildPDF's font is 6.116
// points wide at 11 points.
func rightAlignedTable() string {
	at := func(x float64, y int, s string) string {
		return fmt.Sprintf("BT /F1 11 Tf %.2f %d Td (%s) Tj ET\n", x, y, s)
	}
	right := func(y int, s string, n int) string { return at(400-float64(n)*6.116, y, s) }
	return at(72, 700, "Service") + right(700, "Charge", 6) +
		at(72, 686, "Tail-lift delivery") + right(686, "\\24312.00 per drop", 15) +
		at(72, 672, "Failed delivery, second attempt") + right(672, "\\24322.00 per pallet", 17) +
		at(72, 658, "Saturday delivery") + right(658, "\\24335.00 a drop", 13) +
		at(72, 630, "A fuel surcharge is added to every invoice.")
}

// TestPDFRightAlignedColumn checks a table whose last column is
// right-aligned: a cell wider than its header starts left of the header's
// start and is read whole, not cut where the header starts ("£12.00 pe",
// "r drop"), nor its first words left in the column before.
func TestPDFRightAlignedColumn(t *testing.T) {
	doc, err := Parse("a.pdf", buildPDF([]string{rightAlignedTable()}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := "Service; Charge\nTail-lift delivery; £12.00 per drop\nFailed delivery, second attempt; £22.00 per pallet\nSaturday delivery; £35.00 a drop\nA fuel surcharge is added to every invoice."
	if doc.Body != want {
		t.Errorf("body: got %q, want %q", doc.Body, want)
	}
}

// textAt draws one line of text in buildPDF's 11-point font at (x, y).
func textAt(x, y int, s string) string {
	return fmt.Sprintf("BT /F1 11 Tf %d %d Td (%s) Tj ET\n", x, y, s)
}

// TestPDFIndentedLines checks lines indented under a line that starts at
// the left edge. Hanging lines: a sentence cut mid-way that goes on in
// lowercase on the indented line is one paragraph (the hanging lines of a
// LaTeX description item), while an indented line after a sentence's end,
// or one starting in uppercase, starts a paragraph (an indented first
// line). Numbered clauses of a policy set with a hanging indent: a line
// under a clause that starts where the clause's text does (after a tab
// stop) or a little right of it (the number set off by a space) goes on
// with the clause, even in uppercase; a line opening with a clause number
// after a sentence's end starts a clause, however close it stands; and
// the clause numbers are no part of the text.
func TestPDFIndentedLines(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{
			name: "hanging lines",
			content: textAt(72, 700, "Electric vans Four electric vans joined the fleet in September for town") +
				textAt(90, 686, "deliveries. They cover about 110 miles a day on one charge of the battery") +
				textAt(90, 672, "in winter.") +
				textAt(72, 658, "Telematics Every tractor unit now reports its fuel use, speed and braking.") +
				textAt(90, 644, "The fleet team reads the reports every week and calls the drivers.") +
				textAt(72, 630, "Safety There were three reportable accidents in the year, down from seven") +
				textAt(90, 616, "Lost-time injuries fell to 1.2 per 100,000 hours worked in the year."),
			want: "Electric vans Four electric vans joined the fleet in September for town deliveries. They cover about 110 miles a day on one charge of the battery in winter.\n" +
				"Telematics Every tractor unit now reports its fuel use, speed and braking.\n" +
				"The fleet team reads the reports every week and calls the drivers.\n" +
				"Safety There were three reportable accidents in the year, down from seven\n" +
				"Lost-time injuries fell to 1.2 per 100,000 hours worked in the year.",
		},
		{
			name: "numbered clauses",
			content: textAt(72, 700, "5.3 If your baggage is delayed for more than 12 hours, we pay up to the") +
				textAt(97, 686, "Plus limit for essential items that you have to buy while you wait there.") +
				textAt(72, 672, "5.4 You must report any loss to the police within 24 hours.") +
				textAt(72, 658, "5.5 We will not pay if you cancel because you no longer want to go, or as the") +
				textAt(104, 644, "Foreign Office advised against travel.") +
				textAt(72, 630, "Safety There were three reportable accidents in the year, down from seven") +
				textAt(104, 616, "Lost-time injuries fell to 1.2 per 100,000 hours worked in the year."),
			want: "If your baggage is delayed for more than 12 hours, we pay up to the Plus limit for essential items that you have to buy while you wait there.\n" +
				"You must report any loss to the police within 24 hours.\n" +
				"We will not pay if you cancel because you no longer want to go, or as the Foreign Office advised against travel.\n" +
				"Safety There were three reportable accidents in the year, down from seven\n" +
				"Lost-time injuries fell to 1.2 per 100,000 hours worked in the year.",
		},
	}
	for _, tt := range tests {
		doc, err := Parse("a.pdf", buildPDF([]string{tt.content}, ""))
		if err != nil {
			t.Fatalf("%s: Parse: %v", tt.name, err)
		}
		if doc.Body != tt.want {
			t.Errorf("%s: body: got %q, want %q", tt.name, doc.Body, tt.want)
		}
	}
}

// TestPDFHeadingNumberedAsPage checks that a numbered heading at the top
// of a page whose number it happens to carry ("1 Lettings" on page 1, its
// number a quad from its title) is kept, while a running head whose page
// number stands far from its text ("Annual report … 1") is dropped.
func TestPDFHeadingNumberedAsPage(t *testing.T) {
	at := func(x, y, size int, s string) string {
		return fmt.Sprintf("BT /F1 %d Tf %d %d Td (%s) Tj ET\n", size, x, y, s)
	}
	text := at(72, 700, 11, "We let 112 homes in 2025, most of them through the lettings scheme.") +
		at(72, 686, 11, "The average time to let an empty home was 23 days in the year.")
	tests := []struct {
		name, content, body string
		dropped             []string
	}{
		{"a heading", at(72, 740, 14, "1") + at(94, 740, 14, "Lettings") + text,
			"1 Lettings\nWe let 112 homes in 2025, most of them through the lettings scheme. The average time to let an empty home was 23 days in the year.", nil},
		{"a running head", at(72, 760, 9, "Annual report") + at(530, 760, 9, "1") + text,
			"We let 112 homes in 2025, most of them through the lettings scheme. The average time to let an empty home was 23 days in the year.",
			[]string{"running header or footer: Annual report 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("a.pdf", buildPDF([]string{tt.content}, ""))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if doc.Body != tt.body {
				t.Errorf("body: got %q, want %q", doc.Body, tt.body)
			}
			var dropped []string
			for _, d := range doc.Dropped {
				dropped = append(dropped, d.Why+": "+d.Text)
			}
			if !slices.Equal(dropped, tt.dropped) {
				t.Errorf("dropped: got %q, want %q", dropped, tt.dropped)
			}
		})
	}
}

// narrowSpaceFont is buildPDF's font with a space of 278/1000 em, as
// Helvetica's, so that a word space is narrower than half an em.
var narrowSpaceFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [278 " +
	strings.Repeat("556 ", 94) + "] >>"

// nearCellTable draws, in 11-point narrowSpaceFont (a glyph 6.116 points
// wide, a space 3.058), a line of prose whose even spaces are 0.6 em
// wide (word spacing 3.53), then a table of three columns whose first
// cell, on two of its rows, ends 8 points (0.73 em) left of the second
// column, less than segmentGap; the fifth word of the prose line starts
// where the second column does; then two lines of prose across the page
// (TestPDFNearCells).
func nearCellTable() string {
	at := func(x float64, y int, s string) string {
		return fmt.Sprintf("BT /F1 11 Tf %.2f %d Td (%s) Tj ET\n", x, y, s)
	}
	// "Tarnside to Wyebury": 17 glyphs and 2 spaces, ending at 182.09.
	col2, col3 := 190.09, 270.0
	row := func(y int, a, b, c string) string { return at(72, y, a) + at(col2, y, b) + at(col3, y, c) }
	return "BT /F1 11 Tf 3.53 Tw 72 714 Td (Our adult fares go up in March each year.) Tj 0 Tw ET\n" +
		row(700, "Journey", "Anytime", "Off-Peak") + row(686, "Tarnside to Wyebury", "14.80", "9.60") +
		row(672, "Lowmoor to Holmscar", "22.50", "15.20") + row(658, "Quay to Ferncliff", "9.40", "6.10") +
		at(72, 630, "Fares are reviewed once a year, and the new fares start on the first Monday of March.") +
		at(72, 616, "Child fares are half the adult fares, and railcards give a third off most of them.")
}

// TestPDFNearCells checks a table whose first cell nearly fills its
// column on some rows: the gap before the next column is narrower than
// the one that cuts a row into segments, but the column is set by the
// rows around it, so the cells are read apart ("Tarnside to Wyebury;
// 14.80", not "Tarnside to Wyebury 14.80" in a table of two columns, its
// header read as prose). The line of prose over it, whose even spaces
// are as wide and one of whose words starts at the second column, stays
// a paragraph of its own.
func TestPDFNearCells(t *testing.T) {
	doc, err := Parse("a.pdf", buildPDFFont(narrowSpaceFont, []string{nearCellTable()}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := "Our adult fares go up in March each year.\nJourney; Anytime; Off-Peak\nTarnside to Wyebury; 14.80; 9.60\n" +
		"Lowmoor to Holmscar; 22.50; 15.20\nQuay to Ferncliff; 9.40; 6.10\nFares are reviewed once a year, and the new fares start on the first Monday of March. " +
		"Child fares are half the adult fares, and railcards give a third off most of them."
	if doc.Body != want {
		t.Errorf("body: got %q, want %q", doc.Body, want)
	}
}

// TestSplitAtColumns shows which lines splitAtColumns cuts beside a
// table's header line ("Journey", "Anytime" at 190, "Off-Peak" at 270, in
// 11 points). Each line is "Tarnside to Wyebury 14.80" with "14.80" at
// the second column, after the gaps given: a row whose first cell ends
// 8 points (0.73 em) short of the second column is cut there, but not a
// line whose spaces are all as wide (the even spaces of justified prose),
// nor one whose gap before the column is narrower than half an em,
// however narrow its other spaces, nor a line of another page; nor a
// line whose word starts off the column.
func TestSplitAtColumns(t *testing.T) {
	const size = 11.0
	texts := []string{"Tarnside", "to", "Wyebury", "14.80"}
	// at lays out texts after the gaps before the second, third and
	// fourth, the fourth starting at x.
	at := func(x float64, gaps ...float64) []word {
		width := 0.0
		for i, s := range texts {
			width += 6.116 * float64(len(s))
			if i > 0 {
				width += gaps[i-1]
			}
		}
		var out []word
		x = x + 6.116*float64(len(texts[3])) - width
		for i, s := range texts {
			if i > 0 {
				x += gaps[i-1]
			}
			w := word{text: s, x0: x, x1: x + 6.116*float64(len(s)), size: size}
			out = append(out, w)
			x = w.x1
		}
		return out
	}
	header := line{row: newRow([]word{{text: "Journey", x0: 72, x1: 114.8, size: size},
		{text: "Anytime", x0: 190, x1: 232.8, size: size}, {text: "Off-Peak", x0: 270, x1: 318.9, size: size}}, 1, 700)}
	whole := []string{"Tarnside to Wyebury 14.80"}
	for _, c := range []struct {
		name string
		l    line
		want []string
	}{
		{"a row's first cell short of the column", line{row: newRow(at(190, 3.06, 3.06, 8), 1, 686)}, []string{"Tarnside to Wyebury", "14.80"}},
		{"even wide spaces", line{row: newRow(at(190, 7, 7, 7), 1, 686)}, whole},
		{"under half an em", line{row: newRow(at(190, 2.4, 2.4, 5.2), 1, 686)}, whole},
		{"another page", line{row: newRow(at(190, 3.06, 3.06, 8), 2, 686)}, whole},
		{"off the column", line{row: newRow(at(194, 3.06, 3.06, 8), 1, 686)}, whole},
	} {
		ls := []line{header, c.l}
		splitAtColumns(ls)
		var got []string
		for _, sg := range ls[1].segs {
			got = append(got, sg.text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got segments %q, want %q", c.name, got, c.want)
		}
	}
}

// TestCircledLetters checks that a "c" drawn inside TeX's large circle
// (\copyright: the letter raised a little, the circle from the math
// symbols' font) reads as "©" in the circle's place, that a circle with
// no letter inside is left out, and that a "c" beside a circle is kept.
func TestCircledLetters(t *testing.T) {
	f := &pdfFont{texSymbols: true, cache: map[string]string{}}
	if got := f.decode("\x0d"); got != texBigCircle {
		t.Errorf("decode(13) of CMSY: got %q, want %q", got, texBigCircle)
	}
	gs := []glyph{
		{text: "t", x0: 133.4, x1: 137.6, y: 147.9, size: 10.9},
		{text: texBigCircle, x0: 141.6, x1: 152.6, y: 147.9, size: 10.9},
		{text: "c", x0: 144.3, x1: 149.1, y: 148.3, size: 10.9},
		{text: "2", x0: 155.8, x1: 161.2, y: 147.9, size: 10.9},
		{text: texBigCircle, x0: 200, x1: 211, y: 147.9, size: 10.9},
		{text: "c", x0: 212, x1: 217, y: 147.9, size: 10.9},
	}
	var got []string
	for _, g := range circledLetters(gs) {
		got = append(got, fmt.Sprintf("%s@%.1f", g.text, g.x0))
	}
	want := []string{"t@133.4", "©@141.6", "2@155.8", "c@212.0"}
	if !slices.Equal(got, want) {
		t.Errorf("circledLetters: got %v, want %v", got, want)
	}
}

// TestPDFManualPageOptions checks how a manual page's option list, as
// groff sets it in PDF (bold terms over or beside their text in the
// regular weight), reads: each case's comment says what it shows.
func TestPDFManualPageOptions(t *testing.T) {
	checkBoldPDFPages(t, []boldPDFPage{
		// The bold term of a manual page's option list is the heading of the
		// description indented under it, also when it names its argument or
		// gives several spellings ("-m NUM, --max-count=NUM", "-q, --quiet,
		// --silent"), whose words are no prose (codeWords), as groff sets
		// grep's options.
		{name: "OptionTermHeadings", content: "BT /F1 10 Tf 72 720 Td (The tool reads the files named on its command line.) Tj ET\n" +
			"BT /F2 10 Tf 72 700 Td (-m NUM, --max-count=NUM) Tj ET\n" +
			"BT /F1 10 Tf 108 688 Td (Stop reading a file after NUM matching lines.) Tj ET\n" +
			"BT /F2 10 Tf 72 668 Td (-q, --quiet, --silent) Tj ET\n" +
			"BT /F1 10 Tf 108 656 Td (Quiet; do not write anything to standard output.) Tj ET",
			want: []string{
				"0 |  | The tool reads the files named on its command line.",
				"1 | -m NUM, --max-count=NUM | -m NUM, --max-count=NUM",
				"0 | -m NUM, --max-count=NUM | Stop reading a file after NUM matching lines.",
				"1 | -q, --quiet, --silent | -q, --quiet, --silent",
				"0 | -q, --quiet, --silent | Quiet; do not write anything to standard output.",
			}},
		// A line of an option's text wrapped before a run of bold words goes
		// on the sentence above it (make's "... numbers to sub-" over
		// "makes; see the section ..." in bold, grep's "... the environment
		// variable" over "GREP_COLORS."), and the next option's bold
		// term, out left of that text, starts a section of its own rather
		// than joining the bold line above it, as groff sets manual pages.
		{name: "WrapAcrossWeight", content: "BT /F1 10 Tf 72 720 Td (The tool runs the recipes of the makefile it reads.) Tj ET\n" +
			"BT /F2 10 Tf 72 700 Td (--jobserver-fds [R,W]) Tj ET\n" +
			"BT /F1 10 Tf 108 688 Td (Internal option the tool uses to pass the pipes to sub-) Tj ET\n" +
			"BT /F2 10 Tf 108 676 Td (processes; see the section JOBS for details) Tj ET\n" +
			"BT /F2 10 Tf 72 659.2 Td (-k, --keep-going) Tj ET\n" +
			"BT /F1 10 Tf 108 647.2 Td (Continue after an error; colors are set by the variable) Tj ET\n" +
			"BT /F2 10 Tf 108 635.2 Td (TOOL_COLORS.) Tj ET\n" +
			"BT /F1 10 Tf 72 612 Td (The tool exits with status zero when every recipe ran.) Tj ET\n" +
			"BT /F1 10 Tf 72 600 Td (It exits with status two when a recipe failed.) Tj ET",
			want: []string{
				"0 |  | The tool runs the recipes of the makefile it reads.",
				"1 | --jobserver-fds [R,W] | --jobserver-fds [R,W]",
				"0 | --jobserver-fds [R,W] | Internal option the tool uses to pass the pipes to subprocesses; see the section JOBS for details",
				"1 | -k, --keep-going | -k, --keep-going",
				"0 | -k, --keep-going | Continue after an error; colors are set by the variable TOOL_COLORS.",
				"0 |  | The tool exits with status zero when every recipe ran.",
				"0 |  | It exits with status two when a recipe failed.",
			}},
		// A line wrapped short before a long bold name, which would not
		// have fitted after it, goes on the sentence above it
		// (sources.list's "... as defined by the" over
		// "APT::Architectures config option."); so does a line under a
		// list item's first line, mostly in bold, that starts where the
		// item's text starts after its bullet ("• Valid-Until-Min ...
		// can be used to" over "raise or lower ...").
		{name: "WrapBeforeLongBoldName", content: "BT /F1 10 Tf 72 720 Td (The tool fetches the package indexes of every source listed in its list file, one by one.) Tj ET\n" +
			"BT /F1 10 Tf 72 688 Td (If this option is not set the default is each architecture named by the) Tj ET\n" +
			"BT /F2 10 Tf 72 676 Td (TOOL::Architectures::Default::Value config option.) Tj ET\n" +
			"BT /F1 10 Tf 72 656 Td (\\225) Tj ET\n" +
			"BT /F2 10 Tf 83.5 656 Td (Valid-Until-Min and Valid-Until-Max in the sources list of the tool can be used to) Tj ET\n" +
			"BT /F1 10 Tf 83.5 644 Td (raise or lower the time for which the data is valid.) Tj ET\n" +
			"BT /F1 10 Tf 72 624 Td (The tool exits with status zero when every index was fetched.) Tj ET",
			want: []string{
				"0 |  | The tool fetches the package indexes of every source listed in its list file, one by one.",
				"0 |  | If this option is not set the default is each architecture named by the TOOL::Architectures::Default::Value config option.",
				"2 |  | Valid-Until-Min and Valid-Until-Max in the sources list of the tool can be used to raise or lower the time for which the data is valid.",
				"0 |  | The tool exits with status zero when every index was fetched.",
			}},
		// A bold subsection label of a manual page's option list (grep's
		// "Pattern Syntax") is a heading of its own, not glued to the bold
		// option term indented under it.
		{name: "SubsectionLabel", content: "BT /F1 10 Tf 72 720 Td (The tool reads the files named on its command line.) Tj ET\n" +
			"BT /F2 10 Tf 87 700 Td (Pattern Syntax) Tj ET\n" +
			"BT /F2 10 Tf 108 688 Td (-E, --extended-regexp) Tj ET\n" +
			"BT /F1 10 Tf 144 676 Td (Interpret the patterns as extended regular expressions.) Tj ET\n" +
			"BT /F2 10 Tf 108 659.2 Td (-F, --fixed-strings) Tj ET\n" +
			"BT /F1 10 Tf 144 647.2 Td (Interpret the patterns as fixed strings.) Tj ET",
			want: []string{
				"0 |  | The tool reads the files named on its command line.",
				"1 | Pattern Syntax | Pattern Syntax",
				"1 | -E, --extended-regexp | -E, --extended-regexp",
				"0 | -E, --extended-regexp | Interpret the patterns as extended regular expressions.",
				"1 | -F, --fixed-strings | -F, --fixed-strings",
				"0 | -F, --fixed-strings | Interpret the patterns as fixed strings.",
			}},
		// The forms of a command a manual page's SYNOPSIS sets one a line,
		// each its name and then an option, in bold, are each a sentence
		// of the section, neither one heading nor one line (fuser's
		// "fuser -l" over "fuser -V"; commandForms, formOfCommand); a
		// bold option term over its text is still a heading.
		{name: "CommandForms", content: "BT /F2 10 Tf 72 732 Td (SYNOPSIS) Tj ET\n" +
			"BT /F2 10 Tf 108 720 Td (tool) Tj ET\n" +
			"BT /F1 10 Tf 134 720 Td ([-ab] [-c|-d] name ...) Tj ET\n" +
			"BT /F2 10 Tf 108 708 Td (tool -l) Tj ET\n" +
			"BT /F2 10 Tf 108 696 Td (tool -V) Tj ET\n" +
			"BT /F2 10 Tf 72 672 Td (DESCRIPTION) Tj ET\n" +
			"BT /F1 10 Tf 108 660 Td (The tool lists the processes that use the files or sockets named on its command line.) Tj ET\n" +
			"BT /F2 10 Tf 108 636 Td (-a, --all) Tj ET\n" +
			"BT /F1 10 Tf 144 624 Td (Show all files named on the command line.) Tj ET",
			want: []string{
				"1 | SYNOPSIS | SYNOPSIS",
				"0 | SYNOPSIS | tool [-ab] [-c|-d] name ...",
				"0 | SYNOPSIS | tool -l",
				"0 | SYNOPSIS | tool -V",
				"1 | DESCRIPTION | DESCRIPTION",
				"0 | DESCRIPTION | The tool lists the processes that use the files or sockets named on its command line.",
				"1 | -a, --all | -a, --all",
				"0 | -a, --all | Show all files named on the command line.",
			}},
		// A name given with its e-mail address on a line of its own is an
		// entry of a list of authors, not the start of the sentence under
		// it, whatever that line opens with (dmesg's AUTHORS "Karel Zak
		// <kzak@redhat.com>" over "dmesg was originally written by …";
		// nameLines, mailedName).
		{name: "MailedName", content: "BT /F1 10 Tf 72 732 Td (The tool prints the messages of the kernel ring buffer.) Tj ET\n" +
			"BT /F1 10 Tf 72 708 Td (Jane Roe <jroe@example.org>) Tj ET\n" +
			"BT /F1 10 Tf 72 696 Td (tool was first written by John Doe <jdoe@example.org> and has been kept by the project since.) Tj ET",
			want: []string{
				"0 |  | The tool prints the messages of the kernel ring buffer.",
				"0 |  | Jane Roe <jroe@example.org>",
				"0 |  | tool was first written by John Doe <jdoe@example.org> and has been kept by the project since.",
			}},
		// The entries of a display set one a line, each giving an address
		// after its first word and ended short of where the next line's
		// first word would have wrapped, are lines of their own
		// (sources.list's "deb http://… stable main contrib" over
		// "deb-src http://… stable main contrib"), however they open; a
		// line of prose that fills its line goes on into the next, an
		// address on both.
		{name: "AddressLines", content: "BT /F1 10 Tf 72 732 Td (The tool reads its sources from the list file, one source a line, in the order given) Tj ET\n" +
			"BT /F1 10 Tf 72 720 Td (in it, as these lines show:) Tj ET\n" +
			"BT /F1 10 Tf 72 696 Td (deb http://archive.example.org/debian stable main contrib) Tj ET\n" +
			"BT /F1 10 Tf 72 684 Td (deb-src http://archive.example.org/debian stable main contrib) Tj ET\n" +
			"BT /F1 10 Tf 72 660 Td (Fetch the keys of the archive from http://archive.example.org/keys and after them the) Tj ET\n" +
			"BT /F1 10 Tf 72 648 Td (list from http://archive.example.org/mirrors before the first update.) Tj ET",
			want: []string{
				"0 |  | The tool reads its sources from the list file, one source a line, in the order given in it, as these lines show:",
				"0 |  | deb http://archive.example.org/debian stable main contrib",
				"0 |  | deb-src http://archive.example.org/debian stable main contrib",
				"0 |  | Fetch the keys of the archive from http://archive.example.org/keys and after them the list from http://archive.example.org/mirrors before the first update.",
			}},
		// A line in lowercase after a gap under a display whose entries
		// stand one a line, each a block, stands apart: the sentence it
		// goes on opened the display with a colon, and it goes on no
		// entry (sources.list's "or like this in deb822 style format:"
		// under its third "deb http://…" line). Under a display of one
		// line, a command cut from its sentence, it still goes on.
		{name: "LineUnderAddressLines", content: "BT /F1 10 Tf 72 756 Td (The tool reads its sources from the list file, one source a line, in the order given) Tj ET\n" +
			"BT /F1 10 Tf 72 744 Td (in it, and it fetches the indexes of each source in that order, so that the first) Tj ET\n" +
			"BT /F1 10 Tf 72 732 Td (source that holds a package gives it, and the sources after it are asked only for) Tj ET\n" +
			"BT /F1 10 Tf 72 720 Td (the others, like this in the one-line style:) Tj ET\n" +
			"BT /F1 10 Tf 72 696 Td (deb http://archive.example.org/debian stable main contrib) Tj ET\n" +
			"BT /F1 10 Tf 72 684 Td (deb-src http://archive.example.org/debian stable main contrib) Tj ET\n" +
			"BT /F1 10 Tf 72 660 Td (or like this in the style of fields:) Tj ET\n" +
			"BT /F1 10 Tf 72 636 Td (Types: deb deb-src) Tj ET",
			want: []string{
				"0 |  | The tool reads its sources from the list file, one source a line, in the order given in it, and it fetches the indexes of each source in that order, so that the first source that holds a package gives it, and the sources after it are asked only for the others, like this in the one-line style:",
				"0 |  | deb http://archive.example.org/debian stable main contrib",
				"0 |  | deb-src http://archive.example.org/debian stable main contrib",
				"0 |  | or like this in the style of fields:",
				"0 |  | Types: deb deb-src",
			}},
		{name: "LineUnderAddressLine", content: "BT /F1 10 Tf 72 756 Td (The tool reads its sources from the list file, one source a line, in the order given) Tj ET\n" +
			"BT /F1 10 Tf 72 744 Td (in it, and it fetches the indexes of each source in that order, so that the first) Tj ET\n" +
			"BT /F1 10 Tf 72 732 Td (source that holds a package gives it, and the sources after it are asked only for) Tj ET\n" +
			"BT /F1 10 Tf 72 720 Td (the others. The line) Tj ET\n" +
			"BT /F1 10 Tf 72 696 Td (deb http://archive.example.org/debian stable main contrib) Tj ET\n" +
			"BT /F1 10 Tf 72 672 Td (gives the first source of the list.) Tj ET",
			want: []string{
				"0 |  | The tool reads its sources from the list file, one source a line, in the order given in it, and it fetches the indexes of each source in that order, so that the first source that holds a package gives it, and the sources after it are asked only for the others. The line",
				"0 |  | deb http://archive.example.org/debian stable main contrib gives the first source of the list.",
			}},
		// A display line that gives an address after its first word, a
		// command and what it acts on, stands apart from the note over it
		// after a paragraph gap, though it opens in lowercase, and is
		// kept with its one word after the address (sources.list's "deb
		// http://ftp.tlh.debian.org/universe unstable/binary-$(ARCH)/"
		// under a note in brackets).
		{name: "NoteOverAddressLine", content: "BT /F1 10 Tf 72 732 Td (The mirror keeps the files of every architecture under its universe directory, one) Tj ET\n" +
			"BT /F1 10 Tf 72 720 Td (folder an architecture, and the tool picks the folder of its own machine from) Tj ET\n" +
			"BT /F1 10 Tf 72 708 Td (the name it is given. [Note that no official archive is laid out like this one]) Tj ET\n" +
			"BT /F1 10 Tf 72 684 Td (mirror http://mirror.example.org/universe unstable/binary-$\\(ARCH\\)/) Tj ET\n" +
			"BT /F1 10 Tf 72 660 Td (The tool fetches the files of the machine's own architecture only, and it skips) Tj ET\n" +
			"BT /F1 10 Tf 72 648 Td (the folders of every other architecture.) Tj ET",
			want: []string{
				"0 |  | The mirror keeps the files of every architecture under its universe directory, one folder an architecture, and the tool picks the folder of its own machine from the name it is given. [Note that no official archive is laid out like this one]",
				"0 |  | mirror http://mirror.example.org/universe unstable/binary-$(ARCH)/",
				"0 |  | The tool fetches the files of the machine's own architecture only, and it skips the folders of every other architecture.",
			}},
		// A manual page's bold option term set on one line with the start of
		// its text, from the tab stop of the hanging indent ("-d      Print
		// debugging information …", help2man's "-S      sort by file size"),
		// is read as the term's heading over its text, and the line after
		// that text, out left of it, as the next term: not as one sentence
		// glued to the text above, nor as a table's rows (that term,
		// "--color" in the regular weight, heads its text as PlainTerms
		// shows). A term of digits ("-1") is kept as a heading, not dropped
		// as a page number.
		{name: "OptionTermOnItsLine", content: "BT /F1 10 Tf 72 720 Td (The tool reads the files named on its command line.) Tj ET\n" +
			"BT /F2 10 Tf 108 700 Td (-s, --size) Tj ET\n" +
			"BT /F1 10 Tf 144 688 Td (print the allocated size of each file, in blocks) Tj ET\n" +
			"BT /F2 10 Tf 108 671.2 Td (-S) Tj ET\n" +
			"BT /F1 10 Tf 144 671.2 Td (sort by file size, largest first) Tj ET\n" +
			"BT /F1 10 Tf 108 654.4 Td (--color) Tj ET\n" +
			"BT /F1 10 Tf 144 642.4 Td (color the output.) Tj ET\n" +
			"BT /F2 10 Tf 108 625.6 Td (-d) Tj ET\n" +
			"BT /F1 10 Tf 144 625.6 Td (Print debugging information in addition to normal) Tj ET\n" +
			"BT /F1 10 Tf 144 613.6 Td (processing.) Tj ET\n" +
			"BT /F2 10 Tf 108 596.8 Td (-1) Tj ET\n" +
			"BT /F1 10 Tf 144 596.8 Td (list one file per line) Tj ET\n" +
			"BT /F1 10 Tf 72 580 Td (The tool exits with status 0 when it has listed every file.) Tj ET",
			want: []string{
				"0 |  | The tool reads the files named on its command line.",
				"1 | -s, --size | -s, --size",
				"0 | -s, --size | print the allocated size of each file, in blocks",
				"1 | -S | -S",
				"0 | -S | sort by file size, largest first",
				"1 | --color | --color",
				"0 | --color | color the output.",
				"1 | -d | -d",
				"0 | -d | Print debugging information in addition to normal processing.",
				"1 | -1 | -1",
				"0 | -1 | list one file per line",
				"0 |  | The tool exits with status 0 when it has listed every file.",
			}},
		// The text set after a bold term on its line is the term's text,
		// not a heading of its own, though most of its letters are bold:
		// the names of the options it cites (help2man's du, "-H
		// equivalent to --dereference-args (-D)", "-k      like
		// --block-size=1K").
		{name: "TermTextCitingBold", content: "BT /F1 10 Tf 72 720 Td (The tool sums the space its files take, directory by directory.) Tj ET\n" +
			"BT /F2 10 Tf 108 700 Td (-H) Tj ET\n" +
			"BT /F1 10 Tf 144 700 Td (equivalent to ) Tj /F2 10 Tf (--dereference-args) Tj /F1 10 Tf ( \\() Tj /F2 10 Tf (-D) Tj /F1 10 Tf (\\)) Tj ET\n" +
			"BT /F2 10 Tf 108 683.2 Td (-L, --dereference) Tj ET\n" +
			"BT /F1 10 Tf 144 671.2 Td (dereference all symbolic links) Tj ET\n" +
			"BT /F2 10 Tf 108 654.4 Td (-k) Tj ET\n" +
			"BT /F1 10 Tf 144 654.4 Td (like ) Tj /F2 10 Tf (--block-size=1K) Tj ET\n" +
			"BT /F2 10 Tf 108 637.6 Td (-S, --separate-dirs) Tj ET\n" +
			"BT /F1 10 Tf 144 625.6 Td (for directories do not include size of subdirectories) Tj ET\n" +
			"BT /F1 10 Tf 72 605.6 Td (The tool exits with status 0 when it has summed every file.) Tj ET",
			want: []string{
				"0 |  | The tool sums the space its files take, directory by directory.",
				"1 | -H | -H",
				"0 | -H | equivalent to --dereference-args (-D)",
				"1 | -L, --dereference | -L, --dereference",
				"0 | -L, --dereference | dereference all symbolic links",
				"1 | -k | -k",
				"0 | -k | like --block-size=1K",
				"1 | -S, --separate-dirs | -S, --separate-dirs",
				"0 | -S, --separate-dirs | for directories do not include size of subdirectories",
				"0 |  | The tool exits with status 0 when it has summed every file.",
			}},
		// A tag that names a variable, narrower than the indent, set on
		// one line with the start of its text as groff's .TP sets any
		// short tag (adduser.conf's "SKEL      The directory from which
		// …"), heads its text as an option's term does, not glued to it;
		// a bold label ending in a colon before a tab's gap ("Tip:") is
		// no such name and stays its text's first word.
		{name: "NameTagOnItsLine", content: "BT /F1 10 Tf 72 720 Td (The tool reads these variables of its configuration file.) Tj ET\n" +
			"BT /F2 10 Tf 108 700 Td (HOME_MODE) Tj ET\n" +
			"BT /F1 10 Tf 144 688 Td (The permissions of the home directories it creates.) Tj ET\n" +
			"BT /F2 10 Tf 108 671.2 Td (SKEL) Tj ET\n" +
			"BT /F1 10 Tf 144 671.2 Td (The directory the new user's files are copied from.) Tj ET\n" +
			"BT /F2 10 Tf 108 654.4 Td (Tip:) Tj ET\n" +
			"BT /F1 10 Tf 144 654.4 Td (The tool reads the file once, when it starts.) Tj ET",
			want: []string{
				"0 |  | The tool reads these variables of its configuration file.",
				"1 | HOME_MODE | HOME_MODE",
				"0 | HOME_MODE | The permissions of the home directories it creates.",
				"1 | SKEL | SKEL",
				"0 | SKEL | The directory the new user's files are copied from.",
				"0 |  | Tip: The tool reads the file once, when it starts.",
			}},
		// Tags set one a line under each other, the text hanging under
		// the last (groff's .TQ: adduser.conf's "LAST_GID",
		// "LAST_SYSTEM_GID", "LAST_UID", "LAST_SYSTEM_UID" over "See the
		// FIRST_ variants of the option."), head that text together, set
		// apart by commas, not one sentence of four names in the section
		// above; a bold line of words over a tag is no tag of a group
		// (the two read as before, one bold line), and a tag alone stays
		// as it was.
		{name: "TagGroup", content: "BT /F1 10 Tf 72 720 Td (The tool reads these variables of its configuration file.) Tj ET\n" +
			"BT /F2 10 Tf 108 700 Td (GROUPHOMES) Tj ET\n" +
			"BT /F1 10 Tf 144 688 Td (If this is set to yes, the homes are made by group.) Tj ET\n" +
			"BT /F2 10 Tf 108 671.2 Td (LAST_GID) Tj ET\n" +
			"BT /F2 10 Tf 108 659.2 Td (LAST_SYSTEM_GID) Tj ET\n" +
			"BT /F2 10 Tf 108 647.2 Td (LAST_UID) Tj ET\n" +
			"BT /F1 10 Tf 144 635.2 Td (See the FIRST_ variants of the option.) Tj ET\n" +
			"BT /F2 10 Tf 108 618.4 Td (Limits) Tj ET\n" +
			"BT /F2 10 Tf 108 606.4 Td (MAX_USERS) Tj ET\n" +
			"BT /F1 10 Tf 144 594.4 Td (The most users the tool adds.) Tj ET",
			want: []string{
				"0 |  | The tool reads these variables of its configuration file.",
				"1 | GROUPHOMES | GROUPHOMES",
				"0 | GROUPHOMES | If this is set to yes, the homes are made by group.",
				"1 | LAST_GID, LAST_SYSTEM_GID, LAST_UID | LAST_GID, LAST_SYSTEM_GID, LAST_UID",
				"0 | LAST_GID, LAST_SYSTEM_GID, LAST_UID | See the FIRST_ variants of the option.",
				"1 | Limits MAX_USERS | Limits MAX_USERS",
				"0 | Limits MAX_USERS | The most users the tool adds.",
			}},
		// An option's term set in the regular weight, or in bold only in
		// part, over its text hanging under it (help2man's
		// "--color[=WHEN]", "-I, --ignore=PATTERN" with only "-I," in
		// bold) is the heading over that text, as a bold term is, not
		// words going on into it.
		{name: "PlainTerms", content: "BT /F1 10 Tf 72 720 Td (The tool lists the files named on its command line, then it exits.) Tj ET\n" +
			"BT /F1 10 Tf 108 700 Td (--color[=WHEN]) Tj ET\n" +
			"BT /F1 10 Tf 144 688 Td (color the output WHEN; more info below) Tj ET\n" +
			"BT /F2 10 Tf 108 671.2 Td (-I,) Tj ET\n" +
			"BT /F1 10 Tf 127.5 671.2 Td (--ignore=PATTERN) Tj ET\n" +
			"BT /F1 10 Tf 144 659.2 Td (do not list implied entries matching shell PATTERN) Tj ET\n" +
			"BT /F1 10 Tf 72 639.2 Td (The tool exits with status 0 when it has listed every file.) Tj ET",
			want: []string{
				"0 |  | The tool lists the files named on its command line, then it exits.",
				"1 | --color[=WHEN] | --color[=WHEN]",
				"0 | --color[=WHEN] | color the output WHEN; more info below",
				"1 | -I, --ignore=PATTERN | -I, --ignore=PATTERN",
				"0 | -I, --ignore=PATTERN | do not list implied entries matching shell PATTERN",
				"0 |  | The tool exits with status 0 when it has listed every file.",
			}},
		// The text under the last bold term of a list, ending no
		// sentence, hangs from its first line: the paragraph after the
		// list, set at the term's indent a little over a line below, is
		// no part of it, nor of the term's section (ls's "--version"
		// over "output version information and exit", over "The SIZE
		// argument is …").
		{name: "LastTermText", content: "BT /F1 10 Tf 72 720 Td (The tool lists the files named on its command line, then it exits.) Tj ET\n" +
			"BT /F2 10 Tf 108 700 Td (--help) Tj ET\n" +
			"BT /F1 10 Tf 144 688 Td (display this help and exit) Tj ET\n" +
			"BT /F2 10 Tf 108 671.2 Td (--version) Tj ET\n" +
			"BT /F1 10 Tf 144 659.2 Td (output version information and exit) Tj ET\n" +
			"BT /F1 10 Tf 108 642.4 Td (The SIZE argument is an integer and an optional unit.) Tj ET",
			want: []string{
				"0 |  | The tool lists the files named on its command line, then it exits.",
				"1 | --help | --help",
				"0 | --help | display this help and exit",
				"1 | --version | --version",
				"0 | --version | output version information and exit",
				"0 |  | The SIZE argument is an integer and an optional unit.",
			}},
		// A tag bold in its first word only, alone on its line over its
		// text hanging under it (useradd's configuration variables,
		// "UMASK (number)" with only the name in bold), is the heading
		// over that text as a bold term is, not words going on into it.
		{name: "PartBoldTag", content: "BT /F1 10 Tf 72 720 Td (The tool reads these variables of its configuration file.) Tj ET\n" +
			"BT /F2 10 Tf 108 700 Td (MAIL_FILE) Tj /F1 10 Tf ( \\(string\\)) Tj ET\n" +
			"BT /F1 10 Tf 128 688 Td (Defines the location of the mail spool files.) Tj ET\n" +
			"BT /F2 10 Tf 108 671.2 Td (UMASK) Tj /F1 10 Tf ( \\(number\\)) Tj ET\n" +
			"BT /F1 10 Tf 128 659.2 Td (The file mode creation mask is initialized to this value.) Tj ET",
			want: []string{
				"0 |  | The tool reads these variables of its configuration file.",
				"1 | MAIL_FILE (string) | MAIL_FILE (string)",
				"0 | MAIL_FILE (string) | Defines the location of the mail spool files.",
				"1 | UMASK (number) | UMASK (number)",
				"0 | UMASK (number) | The file mode creation mask is initialized to this value.",
			}},
		// An option's term whose argument is a pair of names ("KEY=VALUE"),
		// bold in part, over a text opening in the regular weight but
		// mostly bold (the names it cites, as groff sets them) is the
		// heading over that text (useradd's "-K, --key KEY=VALUE" over
		// "Overrides /etc/login.defs defaults (UID_MIN, …)"): a text's
		// first word in the regular weight makes it no term of its own.
		{name: "PairArgumentBoldText", content: "BT /F1 10 Tf 72 720 Td (The tool adds the user named on its command line.) Tj ET\n" +
			"BT /F2 10 Tf 108 700 Td (-K, --key) Tj /F1 10 Tf ( KEY=VALUE) Tj ET\n" +
			"BT /F1 10 Tf 128 688 Td (Overrides) Tj /F2 10 Tf ( /etc/login.defs UID_MIN, UID_MAX, PASS_MAX_DAYS) Tj ET\n" +
			"BT /F1 10 Tf 72 668 Td (The tool exits with status 0 when it has added the user.) Tj ET",
			want: []string{
				"0 |  | The tool adds the user named on its command line.",
				"1 | -K, --key KEY=VALUE | -K, --key KEY=VALUE",
				"0 | -K, --key KEY=VALUE | Overrides /etc/login.defs UID_MIN, UID_MAX, PASS_MAX_DAYS",
				"0 |  | The tool exits with status 0 when it has added the user.",
			}},
		// An example command bold in its first words only, mostly code
		// words (codeWords), alone on its line over its text hanging
		// under it (man's "man -l -Tdvi ./foo.1x.gz > ./foo.1x.dvi" under
		// EXAMPLES), is the heading over that text as a tag is, not a
		// synopsis's command line.
		{name: "PartBoldCodeTag", content: "BT /F1 10 Tf 72 720 Td (The tool formats the pages named on its command line.) Tj ET\n" +
			"BT /F2 10 Tf 108 700 Td (tool -l) Tj /F1 10 Tf ( -Tdvi ./in.1x.gz > ./out.dvi) Tj ET\n" +
			"BT /F1 10 Tf 128 688 Td (This command formats the page into a device independent file.) Tj ET",
			want: []string{
				"0 |  | The tool formats the pages named on its command line.",
				"1 | tool -l -Tdvi ./in.1x.gz > ./out.dvi | tool -l -Tdvi ./in.1x.gz > ./out.dvi",
				"0 | tool -l -Tdvi ./in.1x.gz > ./out.dvi | This command formats the page into a device independent file.",
			}},
		// A tag all in bold alone on its line over its text hanging under
		// it heads that text though its words are code (codeWords), as
		// a tag bold in part does: sources.list's "mirror, mirror+scheme
		// (apt-transport-mirror(1))" among the URI schemes; a bold line
		// of code words with no text hanging under it (a synopsis's
		// command) stays text, and the text out left of the tag's is
		// no part of its section.
		{name: "BoldCodeTag", content: "BT /F1 10 Tf 72 720 Td (The tool fetches the indexes of each source named in its list.) Tj ET\n" +
			"BT /F2 10 Tf 108 700 Td (mirror, mirror+scheme \\(tool-mirror\\(1\\)\\)) Tj ET\n" +
			"BT /F1 10 Tf 128 688 Td (The mirror scheme names a list of mirrors to fetch from.) Tj ET\n" +
			"BT /F2 10 Tf 72 668 Td (tool [-s FILE] [-o DIR]) Tj ET\n" +
			"BT /F1 10 Tf 72 656 Td (The tool writes what it fetched into the folder named.) Tj ET",
			want: []string{
				"0 |  | The tool fetches the indexes of each source named in its list.",
				"1 | mirror, mirror+scheme (tool-mirror(1)) | mirror, mirror+scheme (tool-mirror(1))",
				"0 | mirror, mirror+scheme (tool-mirror(1)) | The mirror scheme names a list of mirrors to fetch from.",
				"0 |  | tool [-s FILE] [-o DIR]",
				"0 |  | The tool writes what it fetched into the folder named.",
			}},
		// A lead-in bold in its first word only (the command's name),
		// alone on its line over the lines it announces indented under
		// it ("xargs exits with the following status:"), is a sentence
		// of its section over them (a table's rows here), not a tag
		// heading them.
		{name: "PartBoldLeadIn", content: "BT /F1 10 Tf 108 740 Td (The tool runs the command once for each line it reads.) Tj ET\n" +
			"BT /F2 11 Tf 72 720 Td (EXIT STATUS) Tj ET\n" +
			"BT /F2 10 Tf 108 708 Td (tool) Tj /F1 10 Tf ( exits with the following status:) Tj ET\n" +
			"BT /F1 10 Tf 144 691.2 Td (0) Tj ET\n" +
			"BT /F1 10 Tf 180 691.2 Td (if it succeeds) Tj ET\n" +
			"BT /F1 10 Tf 144 674.4 Td (1) Tj ET\n" +
			"BT /F1 10 Tf 180 674.4 Td (if some other error occurred.) Tj ET",
			want: []string{
				"0 |  | The tool runs the command once for each line it reads.",
				"1 | EXIT STATUS | EXIT STATUS",
				"0 | EXIT STATUS | tool exits with the following status:",
				"4 | EXIT STATUS | 0; if it succeeds",
				"4 | EXIT STATUS | 1; if some other error occurred.",
			}},
		// A manual page's reference to another page, set in bold as groff
		// sets a page's name ("kill(1)" under timeout's SEE ALSO), is the
		// section's text, no heading of its own.
		{name: "BoldPageReference", content: "BT /F1 10 Tf 108 740 Td (The tool runs a command with a time limit.) Tj ET\n" +
			"BT /F2 11 Tf 72 720 Td (SEE ALSO) Tj ET\n" +
			"BT /F2 10 Tf 108 708 Td (kill(1)) Tj ET",
			want: []string{
				"0 |  | The tool runs a command with a time limit.",
				"1 | SEE ALSO | SEE ALSO",
				"0 | SEE ALSO | kill(1)",
			}},
		// A manual page's tags in the regular weight, each over its text
		// indented under it (groff's .TP and .IP: a file's path, an exit
		// value), go on into their text rather than standing alone as
		// page chrome (a lone path, a number with no letters, a count
		// before a word).
		{name: "HangingTags", content: "BT /F1 10 Tf 72 720 Td (The tool adds the account and writes it to the files listed below.) Tj ET\n" +
			"BT /F2 10 Tf 72 700 Td (FILES) Tj ET\n" +
			"BT /F1 10 Tf 108 688 Td (/etc/passwd) Tj ET\n" +
			"BT /F1 10 Tf 128 676 Td (User account information.) Tj ET\n" +
			"BT /F1 10 Tf 108 659.2 Td (/etc/group) Tj ET\n" +
			"BT /F1 10 Tf 128 647.2 Td (Group account information.) Tj ET\n" +
			"BT /F2 10 Tf 72 627.2 Td (EXIT VALUES) Tj ET\n" +
			"BT /F1 10 Tf 108 615.2 Td (0) Tj ET\n" +
			"BT /F1 10 Tf 128 603.2 Td (success) Tj ET\n" +
			"BT /F1 10 Tf 108 586.4 Td (4) Tj ET\n" +
			"BT /F1 10 Tf 128 574.4 Td (UID already in use) Tj ET\n" +
			"BT /F1 10 Tf 72 554.4 Td (The tool exits with one of these values when it stops.) Tj ET",
			want: []string{
				"0 |  | The tool adds the account and writes it to the files listed below.",
				"1 | FILES | FILES",
				"0 | FILES | /etc/passwd User account information.",
				"0 | FILES | /etc/group Group account information.",
				"1 | EXIT VALUES | EXIT VALUES",
				"0 | EXIT VALUES | 0 success",
				"0 | EXIT VALUES | 4 UID already in use",
				"0 | EXIT VALUES | The tool exits with one of these values when it stops.",
			}},
	})
}

// TestPDFFieldList checks that the entries of a field list, one a line
// under each other, each a label and a colon before its text, are read
// one block each, not run into one sentence, and are not dropped as page
// chrome however they read alone ("read sectors: …" opens with an
// interface verb, "cur: I/O in progress" holds a slash as a photo credit
// does), as vmstat's and gzip's manual pages list their fields; while a
// line of prose that fills the column and the line wrapped under it go
// on one sentence though each opens with a word and a colon.
func TestPDFFieldList(t *testing.T) {
	checkBoldPDFPages(t, []boldPDFPage{
		// Short entries under a heading, on a page whose column a
		// sentence fills: each entry ends where its line stops short.
		{name: "ShortEntries", content: "BT /F1 10 Tf 72 720 Td (The tool prints one line of figures for each interval it samples, then it exits.) Tj ET\n" +
			"BT /F2 10 Tf 72 700 Td (Memory) Tj ET\n" +
			"BT /F1 10 Tf 90 688 Td (swpd: the amount of swap memory used.) Tj ET\n" +
			"BT /F1 10 Tf 90 676 Td (read sectors: Total read sectors for partition) Tj ET\n" +
			"BT /F1 10 Tf 90 664 Td (cur: I/O in progress) Tj ET\n" +
			"BT /F1 10 Tf 72 644 Td (The tool exits when it has printed the last line.) Tj ET",
			want: []string{
				"0 |  | The tool prints one line of figures for each interval it samples, then it exits.",
				"1 | Memory | Memory",
				"0 | Memory | swpd: the amount of swap memory used.",
				"0 | Memory | read sectors: Total read sectors for partition",
				"0 | Memory | cur: I/O in progress",
				"0 | Memory | The tool exits when it has printed the last line.",
			}},
		// A page of entries with no full line: its column ends at its
		// longest entry, so no entry stops short of it, yet a run of
		// three entries is read an entry a line.
		{name: "RunWithoutFullLine", content: "BT /F1 10 Tf 72 740 Td (The tool reads the counters.) Tj ET\n" +
			"BT /F2 10 Tf 72 720 Td (CPU) Tj ET\n" +
			"BT /F1 10 Tf 90 708 Td (us: Time spent running user code \\(user time\\)) Tj ET\n" +
			"BT /F1 10 Tf 90 696 Td (sy: Time spent running kernel code \\(system\\)) Tj ET\n" +
			"BT /F1 10 Tf 90 684 Td (id: Time spent idle, waiting for the disks) Tj ET\n" +
			"BT /F1 10 Tf 72 664 Td (It exits at the end.) Tj ET",
			want: []string{
				"0 |  | The tool reads the counters.",
				"1 | CPU | CPU",
				"0 | CPU | us: Time spent running user code (user time)",
				"0 | CPU | sy: Time spent running kernel code (system)",
				"0 | CPU | id: Time spent idle, waiting for the disks",
				"0 | CPU | It exits at the end.",
			}},
		// Two lines of prose, the first filling the column: a sentence
		// wrapped before a word and a colon goes on.
		{name: "WrappedProse", content: "BT /F1 10 Tf 72 720 Td (The tool prints one line of figures for each interval it samples, then it exits.) Tj ET\n" +
			"BT /F1 10 Tf 72 708 Td (Note: when the tool samples the counters, it subtracts the figures it read at the) Tj ET\n" +
			"BT /F1 10 Tf 72 696 Td (result: of the last sample from the figures it prints.) Tj ET",
			want: []string{
				"0 |  | The tool prints one line of figures for each interval it samples, then it exits. Note: when the tool samples the counters, it subtracts the figures it read at the result: of the last sample from the figures it prints.",
			}},
	})
}

// boldPDFPage is a case of a page typeset in Helvetica and
// Helvetica-Bold (buildBoldPDF's content stream) and the sectioned blocks
// it reads as.
type boldPDFPage struct {
	name    string
	content string
	want    []string
}

// checkBoldPDFPages reads each page as a PDF and checks its blocks.
func checkBoldPDFPages(t *testing.T, pages []boldPDFPage) {
	t.Helper()
	for _, tt := range pages {
		t.Run(tt.name, func(t *testing.T) {
			wantBlocks(t, parsedBlocks(t, buildBoldPDF(tt.content), sectionedBlock), tt.want)
		})
	}
}

// TestOptionHeadRE shows which lines optionHeadRE takes for an option
// list's term.
func TestOptionHeadRE(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"-f FILE, --file=FILE", true},
		{"-q, --quiet, --silent", true},
		{"-j [jobs], --jobs[=jobs]", true},
		{"-S .suf --suffix .suf", true},
		{"-b, --base-dir BASE_DIR", true},
		{"-e[eof-str], --eof[=eof-str]", true},
		{"-l[max-lines], --max-lines[=max-lines]", true},
		{"-m system[,...], --systems=system[,...]", true},
		{"-o FORMAT[,...]", true},
		{"-K, --key KEY=VALUE", true},
		{"-o name=value", true},
		{"-K KEY=value", false},
		{"-m system[, more]", false},
		{"-e[eof-str] This option is a synonym", false},
		{"-v Verbose", false},
		{"-d Print debugging information", false},
		{"Pattern Syntax -E, --extended-regexp", false},
	} {
		if got := optionHeadRE.MatchString(c.s); got != c.want {
			t.Errorf("optionHeadRE.MatchString(%q): got %v, want %v", c.s, got, c.want)
		}
	}
}

// TestPDFFigureCaption checks that a line opening with a caption's label
// and number ("Figure 2: …", captionLabel), though set larger than the
// body as a heading is, heads no section: the text after a figure stays
// under the heading above it.
func TestPDFFigureCaption(t *testing.T) {
	lines := []string{"The meeting was held at the depot at half past seven.",
		"!Hollins Yard", "The yard opens on Saturdays from nine until two.",
		"!Figure 2: Layout of the yard", "The gate is on the north side of the yard."}
	got := parsedBlocks(t, buildPDF([]string{sizedPage(lines...)}, ""), sectionedBlock)
	want := []string{
		"0 |  | The meeting was held at the depot at half past seven.",
		"1 | Hollins Yard | Hollins Yard",
		"0 | Hollins Yard | The yard opens on Saturdays from nine until two.",
		"0 | Hollins Yard | Figure 2: Layout of the yard",
		"0 | Hollins Yard | The gate is on the north side of the yard.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("blocks:\ngot  %q\nwant %q", got, want)
	}
}

// TestPDFBulletItemLabel checks that a bulleted item opening with a bold
// label ("Time to work with us:", its bullet bold too) goes on into its next line, which
// hangs under the item's text (bulletItemLine), rather than the label
// reading as a manual's tag over its text and the rest of the cut
// sentence as a paragraph of its own.
func TestPDFBulletItemLabel(t *testing.T) {
	content := "BT /F1 10 Tf 72 720 Td (A successful product owner has the following traits and many more besides these.) Tj ET\n" +
		"BT /F2 10 Tf 90 700 Td (\\267) Tj ET\n" +
		"BT /F2 10 Tf 108 700 Td (Time to work with us:) Tj /F1 10 Tf ( The owner is as much a part of the team as) Tj ET\n" +
		"BT /F1 10 Tf 108 688 Td (designers and developers are.) Tj ET\n" +
		"BT /F2 10 Tf 90 668 Td (\\267) Tj ET\n" +
		"BT /F2 10 Tf 108 668 Td (Authority:) Tj /F1 10 Tf ( The owner makes decisions.) Tj ET"
	wantBlocks(t, parsedBlocks(t, buildBoldPDF(content), sectionedBlock), []string{
		"0 |  | A successful product owner has the following traits and many more besides these.",
		"2 |  | Time to work with us: The owner is as much a part of the team as designers and developers are.",
		"2 |  | Authority: The owner makes decisions.",
	})
}
