package corpus

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// makeDOCX zips parts (name → content) into a .docx file.
func makeDOCX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[n]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// wordBody wraps paragraphs and tables in a word/document.xml.
func wordBody(inner string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		inner + `</w:body></w:document>`
}

// wp is a paragraph of the given style (or none) holding text.
func wp(style, text string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + ppr + `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

const wordStyles = `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My heading"/><w:basedOn w:val="Heading2"/></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>`

// TestDOCX checks paragraphs, headings, lists, tables and properties.
func TestDOCX(t *testing.T) {
	raw, err := os.ReadFile("testdata/wiki/travel-handbook.docx")
	if err != nil {
		t.Fatal(err)
	}
	built := makeDOCX(t, map[string]string{
		"word/styles.xml": wordStyles,
		"docProps/core.xml": `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">` +
			`<dc:title>Release notes</dc:title><dc:creator>Jane Doe</dc:creator><dcterms:created>2025-01-05T10:00:00Z</dcterms:created></cp:coreProperties>`,
		"word/document.xml": wordBody(wp("Title", "Release notes") + wp("Heading1", "Version 2") + wp("MyHeading", "Fixes") +
			`<w:p><w:r><w:t>Crashes on start</w:t></w:r><w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del><w:r><w:tab/><w:t>are fixed in version 2.</w:t></w:r></w:p>` +
			wp("ListBullet", "Sync is faster.") +
			`<w:p><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>Logs are smaller.</w:t></w:r></w:p>` +
			`<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Module</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Owner</w:t></w:r></w:p></w:tc></w:tr>` +
			`<w:tr><w:tc><w:p><w:r><w:t>Sync</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Ana</w:t></w:r></w:p><w:p><w:r><w:t>and Bo</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
			`<w:p><w:r><w:t>Call 0300</w:t><w:noBreakHyphen/><w:t>555</w:t><w:noBreakHyphen/><w:t>0192 about the 2025</w:t><w:noBreakHyphen/><w:t>26 extra</w:t><w:softHyphen/><w:t>ordinary budget.</w:t></w:r></w:p>` +
			wp("", "Upgrade with the installer from the download page.")),
	})
	tests := []struct {
		name, path             string
		raw                    []byte
		title, publisher, date string
		want                   []string // "kind | section | text | header"
	}{
		{
			name: "LibreOffice handbook", path: "handbook.docx", raw: raw,
			title: "Acme Travel and Expenses Handbook", publisher: "Maria Okafor", date: "2024-05-02",
			want: []string{
				"1 |  | Acme Travel and Expenses Handbook | []",
				"1 | Booking travel | Booking travel | []",
				"1 | Booking travel › Flights | Flights | []",
				"2 | Booking travel › Flights | Choose the cheapest fare that arrives in time for the first meeting. | []",
				"4 | Booking travel › Hotels | City; Nightly limit; Approver | []",
				`4 | Booking travel › Hotels | London; 240 EUR; Travel desk | ["City" "Nightly limit" "Approver"]`,
				"0 | Expenses › Meals | The daily meal allowance is 55 euros in Europe and 70 euros elsewhere. Alcoholic drinks are never reimbursed, and neither are meals that a conference or a customer already paid for. | []",
			},
		},
		{
			name: "built: styles, outline levels, lists, deletions, a header row, hyphens", path: "notes.docx", raw: built,
			title: "Release notes", publisher: "Jane Doe", date: "2025-01-05",
			want: []string{
				"1 |  | Release notes | []",
				"1 | Version 2 | Version 2 | []",
				"1 | Version 2 › Fixes | Fixes | []",
				"0 | Version 2 › Fixes | Crashes on start are fixed in version 2. | []",
				"2 | Version 2 › Fixes | Sync is faster. | []",
				"2 | Version 2 › Fixes | Logs are smaller. | []",
				"4 | Version 2 › Fixes | Module; Owner | []",
				`4 | Version 2 › Fixes | Sync; Ana and Bo | ["Module" "Owner"]`,
				// Non-breaking hyphens are hyphens; a soft hyphen is not shown.
				"0 | Version 2 › Fixes | Call 0300-555-0192 about the 2025-26 extraordinary budget. | []",
				"0 | Version 2 › Fixes | Upgrade with the installer from the download page. | []",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(tt.path, tt.raw)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			want := Origins{Title: FromWordProps, Publisher: FromWordProps, Date: FromWordProps}
			if doc.Title != tt.title || doc.Publisher != tt.publisher || doc.Date != tt.date || doc.From != want || doc.Format != FormatDOCX {
				t.Errorf("got %s %q %q %q from %+v, want docx %q %q %q from %+v", doc.Format, doc.Title, doc.Publisher, doc.Date, doc.From, tt.title, tt.publisher, tt.date, want)
			}
			got := map[string]bool{}
			for _, b := range doc.Blocks {
				got[fmt.Sprintf("%d | %s | %s | %q", b.Kind, b.Section, b.Text, b.Header)] = true
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("missing block %q", w)
				}
			}
			if strings.Contains(doc.Body, "deleted words") {
				t.Errorf("body holds a deleted revision: %q", doc.Body)
			}
			if t.Failed() {
				for _, b := range doc.Blocks {
					t.Logf("%d | %s | %s | %q", b.Kind, b.Section, b.Text, b.Header)
				}
			}
		})
	}
}

// TestDOCXDateLine checks that a date under a Word file's title, as
// pandoc writes the date of its title block, is the document's date:
// not page chrome when it is all digits, and before the file's creation
// date, which is when the file was made.
func TestDOCXDateLine(t *testing.T) {
	pandoc, err := os.ReadFile("testdata/docx/release-notes.docx")
	if err != nil {
		t.Fatal(err)
	}
	core := `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">` +
		`<dc:title>Fee schedule</dc:title><dcterms:created>2025-01-05T10:00:00Z</dcterms:created></cp:coreProperties>`
	built := func(under string) []byte {
		return makeDOCX(t, map[string]string{"word/styles.xml": wordStyles, "docProps/core.xml": core,
			"word/document.xml": wordBody(wp("Title", "Fee schedule") + under + wp("Heading1", "Purpose") + wp("", "This schedule lists the fees of the office.") +
				wp("Heading1", "Fees") + wp("", "The fee is 40 euros a year."))})
	}
	tests := []struct {
		name    string
		raw     []byte
		date    string
		from    Origin
		dropped string // "why: text" of a dropped line that must be there
	}{
		{"pandoc: author and ISO date paragraphs", pandoc, "2026-03-12", FromText, "byline (metadata): 2026-03-12"},
		{"a date written out", built(wp("Date", "12 March 2026")), "12 March 2026", FromText, "byline (metadata): 12 March 2026"},
		{"no date line: the creation date", built(""), "2025-01-05", FromWordProps, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("notes.docx", tt.raw)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if doc.Date != tt.date || doc.From.Date != tt.from {
				t.Errorf("date: got %q from %q, want %q from %q", doc.Date, doc.From.Date, tt.date, tt.from)
			}
			var dropped []string
			for _, d := range doc.Dropped {
				dropped = append(dropped, d.Why+": "+d.Text)
			}
			if tt.dropped != "" && !slices.Contains(dropped, tt.dropped) {
				t.Errorf("dropped: got %q, want %q among them", dropped, tt.dropped)
			}
			if tt.raw != nil && !bytes.Equal(tt.raw, pandoc) {
				// The first section's heading, a name beside the date
				// line, is no byline: a heading of its level follows.
				if !slices.ContainsFunc(doc.Blocks, func(b Block) bool { return b.Kind == KindHeading && b.Text == "Purpose" && b.Section == "Purpose" }) {
					t.Errorf("got dropped %q, want the heading Purpose kept", dropped)
				}
			}
		})
	}
}

// lyingZip returns a .docx whose word/document.xml claims to unpack to 100
// bytes but unpacks to size bytes of spaces.
func lyingZip(t *testing.T, size int) []byte {
	t.Helper()
	var packed bytes.Buffer
	fw, _ := flate.NewWriter(&packed, flate.BestCompression)
	fw.Write([]byte(wordBody("")[:60]))
	fw.Write(bytes.Repeat([]byte(" "), size))
	fw.Close()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CompressedSize64: uint64(packed.Len()), UncompressedSize64: 100})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(packed.Bytes())
	zw.Close()
	return b.Bytes()
}

// TestDOCXBad checks that bad Word files are refused with their reason.
func TestDOCXBad(t *testing.T) {
	big := makeDOCX(t, map[string]string{"word/document.xml": wordBody(wp("", strings.Repeat("All work and no play. ", 100000)))})
	testBadFiles(t, "bad.docx", []badFile{
		{"password-protected", append(append([]byte{}, oleMagic...), make([]byte, 512)...), nil, ErrEncrypted, "password-protected"},
		{"not a zip", []byte("just some text in a .docx"), nil, ErrBroken, "not a Word file"},
		{"no document part", makeDOCX(t, map[string]string{"word/other.xml": "<x/>"}), nil, ErrBroken, "no word/document.xml"},
		{"broken XML", makeDOCX(t, map[string]string{"word/document.xml": wordBody("<w:p><w:r><w:t>unclosed")}), nil, ErrBroken, "word/document.xml"},
		{"a part over the limit", big, func(l *limits) { l.maxPart = 1 << 20 }, ErrUnpackLimit, "word/document.xml is 2 MB unpacked"},
		{"a zip bomb that lies about its size", lyingZip(t, 50<<20), func(l *limits) { l.maxPart = 1 << 20 }, ErrUnpackLimit, "unpacks to more than the archive says"},
		{"too deep", makeDOCX(t, map[string]string{"word/document.xml": wordBody(strings.Repeat("<w:sdt>", 300) + strings.Repeat("</w:sdt>", 300))}), nil, ErrBroken, "deeper than"},
		{"no text", makeDOCX(t, map[string]string{"word/document.xml": wordBody(wp("", " "))}), nil, ErrNoText, "no text"},
	})
}

// TestDOCXStructure checks what real Word files hold beyond paragraphs:
// text boxes, tables of contents, footnotes and endnotes, merged cells
// and superscript note marks. Each case counts the blocks that read
// "kind | section | text | header".
func TestDOCXStructure(t *testing.T) {
	policy, err := os.ReadFile("testdata/docx/loan-policy.docx")
	if err != nil {
		t.Fatal(err)
	}
	const toc = `<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Table of Contents</w:t></w:r></w:p>` +
		`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
		`<w:hyperlink w:anchor="_Toc1"><w:r><w:t>Fees</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>` +
		`<w:p><w:hyperlink w:anchor="_Toc2"><w:r><w:t>Refunds</w:t></w:r><w:r><w:tab/><w:t>7</w:t></w:r></w:hyperlink></w:p>` +
		`<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
	built := makeDOCX(t, map[string]string{
		"word/styles.xml": strings.Replace(wordStyles, "</w:styles>", `<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/></w:style></w:styles>`, 1),
		"word/document.xml": wordBody(wp("Title", "Fee schedule") + toc + wp("Heading1", "Fees") +
			`<w:p><w:r><w:t>The fee is 40 euros</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>12</w:t></w:r><w:r><w:t xml:space="preserve"> a year, paid in March</w:t></w:r>` +
			`<w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>` +
			`<w:p><w:r><w:t>Water is H</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="subscript"/></w:rPr><w:t>2</w:t></w:r><w:r><w:t xml:space="preserve">O and area is m</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r><w:r><w:t xml:space="preserve"> here, 10</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>6</w:t></w:r><w:r><w:t xml:space="preserve"> bytes, 10</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>th</w:t></w:r><w:r><w:t xml:space="preserve"> time.</w:t></w:r></w:p>` +
			wp("Heading1", "Refunds") + wp("", "Refunds take a week.")),
		"word/footnotes.xml": `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
			`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
			`<w:footnote w:id="1"><w:p><w:r><w:t>* Members pay half.</w:t></w:r></w:p></w:footnote>` +
			`<w:footnote w:id="9"><w:p><w:r><w:t>A note of deleted text.</w:t></w:r></w:p></w:footnote></w:footnotes>`,
	})
	headed := makeDOCX(t, map[string]string{"word/styles.xml": wordStyles, "word/document.xml": wordBody(wp("Title", "Fee schedule") +
		wp("Heading1", "Contents") + toc[strings.Index(toc, "</w:p>")+len("</w:p>"):] +
		wp("Heading1", "Fees") + wp("", "The fee is 40 euros a year."))})
	tests := []struct {
		name  string
		raw   []byte
		block string
		want  int
	}{
		{"Contents heading over the TOC field left out", headed, "1 | Contents | Contents | []", 0},
		{"heading after the TOC field kept", headed, "1 | Fees | Fees | []", 1},
		{"text box read once", policy, "0 | 1 Introduction | Lost a key card? Call security on extension 4400 at any hour. | []", 1},
		{"paragraph around the text box whole", policy, "0 | 1 Introduction | Every loan is recorded in the booking system before the equipment leaves the store. The borrower signs for each item and checks that its charger, case and cables are complete. Items that come back incomplete are treated as damaged until the missing parts are returned to the store. | []", 1},
		{"contents title left out", policy, "1 |  | Contents | []", 0},
		{"contents entry left out", policy, "0 |  | 2 Borrowing equipment 2 | []", 0},
		{"contents entry left out (level 2)", policy, "0 |  | 2.2 Loan periods 3 | []", 0},
		{"heading kept", policy, "1 | 2 Borrowing equipment | 2 Borrowing equipment | []", 1},
		{"footnote under its section", policy, "0 | 1 Introduction | The facilities team sits on the ground floor of the east wing. | []", 1},
		{"second footnote", policy, "0 | 2 Borrowing equipment › 2.1 Scope | Students on placement count as visiting researchers. | []", 1},
		{"endnote", policy, "0 | 3 Damage and loss | Replacement costs are reviewed every April by the finance office. | []", 1},
		{"sentence with a note mark", policy, "0 | 1 Introduction | This policy sets out how staff of the Harbour Office borrow laptops, cameras and survey equipment. The equipment store is run by the facilities team and is open on weekdays from nine to four. | []", 1},
		{"merged header rows joined", policy, "4 | 2 Borrowing equipment › 2.2 Loan periods | Equipment; Longest loan Staff; Longest loan Visitors | []", 1},
		{"cell spanning two columns", policy, `4 | 2 Borrowing equipment › 2.2 Loan periods | Drone; 3 days; 3 days | ["Equipment" "Longest loan Staff" "Longest loan Visitors"]`, 1},
		{"cell merged down", policy, `4 | 2 Borrowing equipment › 2.2 Loan periods | Echo sounder; with a survey permit; not lent | ["Equipment" "Longest loan Staff" "Longest loan Visitors"]`, 1},
		{"TOC Heading style left out", built, "1 |  | Table of Contents | []", 0},
		{"TOC Heading style left out (as a paragraph)", built, "0 |  | Table of Contents | []", 0},
		{"TOC field entry left out", built, "0 |  | Fees 4 | []", 0},
		{"TOC field entry without field codes left out", built, "0 |  | Refunds 7 | []", 0},
		{"superscript note marks left out", built, "0 | Fees | The fee is 40 euros a year, paid in March. | []", 1},
		{"other superscripts kept", built, "0 | Fees | Water is H2O and area is m2 here, 10^6 bytes, 10th time. | []", 1},
		{"custom-mark footnote", built, "0 | Fees | * Members pay half. | []", 1},
		{"note nothing refers to left out", built, "0 | Refunds | A note of deleted text. | []", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("policy.docx", tt.raw)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got := 0
			for _, b := range doc.Blocks {
				if fmt.Sprintf("%d | %s | %s | %q", b.Kind, b.Section, b.Text, b.Header) == tt.block {
					got++
				}
			}
			if got != tt.want {
				t.Errorf("got %d blocks %q, want %d", got, tt.block, tt.want)
				for _, b := range doc.Blocks {
					t.Logf("%d | %s | %s | %q", b.Kind, b.Section, b.Text, b.Header)
				}
			}
		})
	}
}

// numberedStyles adds to wordStyles the heading styles LibreOffice writes
// for outline numbering (numbered by their w:numPr, levels 0 and 1 of
// list 1) and a list style that list 7 links to.
var numberedStyles = strings.Replace(wordStyles, "</w:styles>",
	`<w:style w:type="paragraph" w:styleId="NumHeading1"><w:name w:val="Heading 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="NumHeading2"><w:name w:val="Heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="WordHeading2"><w:name w:val="heading 2"/><w:basedOn w:val="WordHeading"/></w:style>`+
		`<w:style w:type="paragraph" w:styleId="WordHeading"><w:name w:val="heading base"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>`+
		`<w:style w:type="numbering" w:styleId="Outline"><w:name w:val="Outline"/><w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr></w:style>`+
		`</w:styles>`, 1)

// wordNumbering is a numbering.xml: list 1 is the outline numbering of
// the headings ("1." then "1.1"), list 2 a numbered list ("1.", then
// "a)"), list 3 another instance of it that starts again at 1, list 4 a
// bullet list; list 5 numbers Word's "heading 2" by the level that names
// it ("Chapter I"); list 6 restarts level 1 only after level 0 counts
// (w:lvlRestart); list 7 takes list 8's levels through the list style
// "Outline".
const wordNumbering = `<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:pStyle w:val="NumHeading1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:pStyle w:val="NumHeading2"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="40"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="50"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="Part %1"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:pStyle w:val="WordHeading2"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Chapter %2"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="60"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="70"><w:numStyleLink w:val="Outline"/></w:abstractNum>
<w:abstractNum w:abstractNumId="80"><w:styleLink w:val="Outline"/><w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="20"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="40"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="50"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="60"/></w:num><w:num w:numId="7"><w:abstractNumId w:val="70"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="80"/></w:num>
</w:numbering>`

// wpNum is a paragraph of the given style (or none) numbered by list
// numID at level ilvl ("" for a w:numPr without it) holding text.
func wpNum(style, numID, ilvl, text string) string {
	ppr := `<w:pPr>`
	if style != "" {
		ppr += `<w:pStyle w:val="` + style + `"/>`
	}
	ppr += `<w:numPr>`
	if ilvl != "" {
		ppr += `<w:ilvl w:val="` + ilvl + `"/>`
	}
	ppr += `<w:numId w:val="` + numID + `"/></w:numPr></w:pPr>`
	return `<w:p>` + ppr + `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

// TestDOCXNumbering checks that the automatic numbers of headings
// (word/numbering.xml) read in their text and section labels as typed
// numbers do, counted as Word counts them, and that list items keep no
// number, as the other readers drop their markers. Each case lists the
// blocks, "kind | section | text", of one file.
func TestDOCXNumbering(t *testing.T) {
	lo, err := os.ReadFile("testdata/docx/depot-rules.docx")
	if err != nil {
		t.Fatal(err)
	}
	build := func(numbering string, body string) []byte {
		parts := map[string]string{"word/styles.xml": numberedStyles, "word/document.xml": wordBody(wp("Title", "Depot rules") + body)}
		if numbering != "" {
			parts["word/numbering.xml"] = numbering
		}
		return makeDOCX(t, parts)
	}
	para := wp("", "Riders sign for the key at the desk.")
	tests := []struct {
		name string
		raw  []byte
		want []string
	}{
		{
			name: "LibreOffice outline numbering and lists", raw: lo,
			want: []string{
				"1 |  | Depot Rules",
				"1 | 1. Hollins Yard on Saturdays | 1. Hollins Yard on Saturdays",
				"0 | 1. Hollins Yard on Saturdays | Hollins Yard opens on Saturdays from nine to one.",
				"1 | 1. Hollins Yard on Saturdays › 1.1 Scope | 1.1 Scope",
				"0 | 1. Hollins Yard on Saturdays › 1.1 Scope | These rules cover riders.",
				"1 | 1. Hollins Yard on Saturdays › 1.2 Keys | 1.2 Keys",
				"2 | 1. Hollins Yard on Saturdays › 1.2 Keys | Sign for the key.",
				"2 | 1. Hollins Yard on Saturdays › 1.2 Keys | Return the key.",
				"2 | 1. Hollins Yard on Saturdays › 1.2 Keys | By six.",
				"1 | 2. Canal Street | 2. Canal Street",
				"1 | 2. Canal Street › 2.1 Parking | 2.1 Parking",
				"2 | 2. Canal Street › 2.1 Parking | Park at the back.",
				"2 | 2. Canal Street › 2.1 Parking | Lock the gate.",
			},
		},
		{
			name: "by the heading style's numPr, two levels, lower level restarted",
			raw:  build(wordNumbering, wp("NumHeading1", "Hollins Yard on Saturdays")+wp("NumHeading2", "Scope")+para+wp("NumHeading2", "Keys")+para+wp("NumHeading1", "Canal Street")+para+wp("NumHeading2", "Parking")+para),
			want: []string{
				"1 | 1. Hollins Yard on Saturdays | 1. Hollins Yard on Saturdays",
				"1 | 1. Hollins Yard on Saturdays › 1.1 Scope | 1.1 Scope",
				"0 | 1. Hollins Yard on Saturdays › 1.1 Scope | Riders sign for the key at the desk.",
				"1 | 1. Hollins Yard on Saturdays › 1.2 Keys | 1.2 Keys",
				"1 | 2. Canal Street | 2. Canal Street",
				"1 | 2. Canal Street › 2.1 Parking | 2.1 Parking",
			},
		},
		{
			// The paragraph under Scope was a numbered heading before a
			// tracked change (w:pPrChange) made it a plain paragraph.
			name: "by the paragraph's own numPr; a former numbered heading",
			raw: build(wordNumbering, wpNum("Heading1", "1", "0", "Hollins Yard on Saturdays")+wpNum("Heading2", "1", "1", "Scope")+
				`<w:p><w:pPr><w:pPrChange w:id="1" w:author="A"><w:pPr><w:pStyle w:val="NumHeading1"/><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>Riders sign for the key at the desk.</w:t></w:r></w:p>`+
				wpNum("Heading1", "1", "", "Canal Street")+para),
			want: []string{
				"1 | 1. Hollins Yard on Saturdays | 1. Hollins Yard on Saturdays",
				"1 | 1. Hollins Yard on Saturdays › 1.1 Scope | 1.1 Scope",
				"0 | 1. Hollins Yard on Saturdays › 1.1 Scope | Riders sign for the key at the desk.",
				"1 | 2. Canal Street | 2. Canal Street",
			},
		},
		{
			name: "the level that names the style, letters and roman numerals",
			raw:  build(wordNumbering, wpNum("Heading1", "5", "0", "Yards")+wp("WordHeading2", "Hollins Yard")+wp("WordHeading2", "Canal Street")+wpNum("Heading1", "5", "0", "Vans")+wp("WordHeading2", "Parking")+para),
			want: []string{
				"1 | Part A Yards | Part A Yards",
				"1 | Part A Yards › Chapter I Hollins Yard | Chapter I Hollins Yard",
				"1 | Part A Yards › Chapter II Canal Street | Chapter II Canal Street",
				"1 | Part B Vans | Part B Vans",
				"1 | Part B Vans › Chapter I Parking | Chapter I Parking",
			},
		},
		{
			name: "a start, no restart, legal numbers, a list style, numId 0",
			raw: build(wordNumbering, wpNum("Heading1", "6", "0", "Keys")+wpNum("Heading2", "6", "1", "Desk")+wpNum("Heading1", "6", "0", "Vans")+wpNum("Heading2", "6", "1", "Parking")+
				wpNum("Heading1", "7", "0", "Gates")+wpNum("Heading1", "7", "0", "Doors")+wpNum("NumHeading1", "0", "", "Unnumbered")+para),
			want: []string{
				"1 | 3. Keys | 3. Keys",
				"1 | 3. Keys › 3.1 Desk | 3.1 Desk",
				"1 | 4. Vans | 4. Vans",
				"1 | 4. Vans › 4.2 Parking | 4.2 Parking",
				"1 | (iv) Gates | (iv) Gates",
				"1 | (v) Doors | (v) Doors",
				"1 | Unnumbered | Unnumbered",
			},
		},
		{
			name: "list items without numbers; instances share counts unless they override",
			raw: build(wordNumbering, wpNum("", "2", "0", "Sign for the key.")+wpNum("", "2", "1", "At the desk.")+wpNum("NumHeading1", "2", "0", "Return the key")+
				wpNum("", "3", "0", "Park at the back.")+wpNum("", "4", "0", "Lock the gate.")+wpNum("Heading1", "4", "0", "Bulleted heading")+para),
			want: []string{
				"2 |  | Sign for the key.",
				"2 |  | At the desk.",
				"1 | 2. Return the key | 2. Return the key",
				"2 | 2. Return the key | Park at the back.",
				"2 | 2. Return the key | Lock the gate.",
				"1 | Bulleted heading | Bulleted heading",
			},
		},
		{
			name: "no numbering.xml",
			raw:  build("", wp("NumHeading1", "Hollins Yard on Saturdays")+wpNum("", "2", "0", "Sign for the key.")),
			want: []string{"1 | Hollins Yard on Saturdays | Hollins Yard on Saturdays", "2 | Hollins Yard on Saturdays | Sign for the key."},
		},
		{
			name: "malformed numbering.xml",
			raw:  build(wordNumbering[:len(wordNumbering)/2], wp("NumHeading1", "Hollins Yard on Saturdays")),
			want: []string{"1 | Hollins Yard on Saturdays | Hollins Yard on Saturdays"},
		},
		{
			name: "a level text too long, a start out of range, a level that is not",
			raw: build(`<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="1">`+
				`<w:lvl w:ilvl="0"><w:start w:val="99999999999"/><w:lvlText w:val="%1.`+strings.Repeat("%1", 100)+`"/></w:lvl>`+
				`<w:lvl w:ilvl="1"><w:start w:val="-4"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2%9%0%"/></w:lvl></w:abstractNum>`+
				`<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="12"><w:startOverride w:val="5"/></w:lvlOverride></w:num></w:numbering>`,
				wpNum("Heading1", "1", "0", "Keys")+wpNum("Heading2", "1", "1", "Desk")+wpNum("Heading2", "2", "9", "Vans")+para),
			want: []string{"1 | Keys | Keys", "1 | Keys › A1%0% Desk | A1%0% Desk", "1 | Keys › Vans | Vans"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parsedFile(t, "rules.docx", tt.raw, sectionedBlock)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing block %q", w)
				}
			}
			if t.Failed() {
				t.Logf("got blocks:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}

// TestDOCXTabRows checks that a Word line of a label and a value parted
// by a tab ("Email⇥hello@…") is read as a row of those two cells, kept
// even where its label is an interface word, while a tab that indents, a
// tab in a sentence, a tab after a number and a tab stop of the
// paragraph's properties leave a paragraph.
func TestDOCXTabRows(t *testing.T) {
	tabbed := func(ppr string, parts ...string) string {
		var b strings.Builder
		b.WriteString(`<w:p>` + ppr + `<w:r>`)
		for i, p := range parts {
			if i > 0 {
				b.WriteString(`<w:tab/>`)
			}
			if p != "" {
				b.WriteString(`<w:t xml:space="preserve">` + p + `</w:t>`)
			}
		}
		b.WriteString(`</w:r></w:p>`)
		return b.String()
	}
	stops := `<w:pPr><w:tabs><w:tab w:val="left" w:pos="2000"/></w:tabs></w:pPr>`
	raw := makeDOCX(t, map[string]string{
		"word/styles.xml": wordStyles,
		"word/document.xml": wordBody(wp("Title", "Contact us") +
			wp("", "The main office answers tenants on weekdays from nine to five.") +
			tabbed("", "Email", "hello@example.org") +
			tabbed(stops, "Phone", "0300 555 0192") +
			tabbed("", "Out of hours", "", "0300 555 0199") +
			tabbed("", "", "The office is closed on bank holidays.") +
			tabbed("", "Note:", "Letters take two days to reach us.") +
			tabbed("", "1.", "Scope of the service") +
			tabbed(stops, "Visits are by appointment only, booked a day ahead.")),
	})
	doc, err := Parse("contact.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	type line struct {
		kind  BlockKind
		text  string
		cells []string
	}
	want := []line{
		{KindParagraph, "The main office answers tenants on weekdays from nine to five.", nil},
		{KindRow, "Email; hello@example.org", []string{"Email", "hello@example.org"}},
		{KindRow, "Phone; 0300 555 0192", []string{"Phone", "0300 555 0192"}},
		{KindRow, "Out of hours; 0300 555 0199", []string{"Out of hours", "0300 555 0199"}},
		{KindParagraph, "The office is closed on bank holidays.", nil},
		{KindParagraph, "Note: Letters take two days to reach us.", nil},
		{KindParagraph, "1. Scope of the service", nil},
		{KindParagraph, "Visits are by appointment only, booked a day ahead.", nil},
	}
	var got []line
	for _, b := range doc.Blocks {
		if b.Text != "Contact us" {
			got = append(got, line{b.Kind, b.Text, b.Cells})
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got blocks\n%+v\nwant\n%+v\n(dropped %+v)", got, want, doc.Dropped)
	}
}

// TestDOCXCaptionStyle checks that a paragraph in the "Caption" style, or
// a style based on it, is the caption of the table right above or below
// it whatever its shape, but not a figure's labelled caption.
func TestDOCXCaptionStyle(t *testing.T) {
	styles := `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>
<w:style w:type="paragraph" w:styleId="Table"><w:name w:val="Table"/><w:basedOn w:val="Caption"/></w:style>
<w:style w:type="paragraph" w:styleId="Figure"><w:name w:val="Figure"/><w:basedOn w:val="Caption"/></w:style>
</w:styles>`
	table := func(rows ...[2]string) string {
		var b strings.Builder
		b.WriteString(`<w:tbl>`)
		for _, r := range rows {
			b.WriteString(`<w:tr><w:tc>` + wp("", r[0]) + `</w:tc><w:tc>` + wp("", r[1]) + `</w:tc></w:tr>`)
		}
		b.WriteString(`</w:tbl>`)
		return b.String()
	}
	raw := makeDOCX(t, map[string]string{
		"word/styles.xml": styles,
		"word/document.xml": wordBody(wp("Title", "Annual report") +
			wp("", "Rent arrears fell this year, as the tables show.") +
			wp("Caption", "Staff and homes of the association at the end of the year.") +
			table([2]string{"Measure", "2025"}, [2]string{"Staff", "58"}) +
			wp("", "The figures were audited.") +
			table([2]string{"Office", "Staff"}, [2]string{"Leeds", "12"}) +
			wp("Table", "Offices and their staff, counted in March.") +
			wp("", "Between the tables.") +
			table([2]string{"Town", "Homes"}, [2]string{"York", "7"}) +
			wp("Figure", "Figure 2: The new homes at Kirkstall.")),
	})
	doc, err := Parse("report.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, b := range doc.Blocks {
		if b.Kind == KindRow {
			got[b.Cells[0]] = b.Caption
		} else if b.Caption != "" {
			t.Errorf("block %q (not a row): got caption %q, want none", b.Text, b.Caption)
		}
	}
	staff, offices := "Staff and homes of the association at the end of the year.", "Offices and their staff, counted in March."
	want := map[string]string{"Measure": staff, "Staff": staff, "Office": offices, "Leeds": offices, "Town": "", "York": ""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("row captions by first cell: got %q, want %q", got, want)
	}
}

// TestDOCXSpannedCells checks that a merged cell spanning columns
// (w:gridSpan) is written once in its row's text, as a form's table sets a
// value beside its key across three columns ("Instructor:; Hayley Boyce",
// not the name three times), also when it spans rows below (w:vMerge),
// while each column of the row's cells keeps its text; and that a cell
// spanning columns its header names apart is each column's, and cells of
// their own that say the same are each written.
func TestDOCXSpannedCells(t *testing.T) {
	cell := func(pr, text string) string {
		if pr != "" {
			pr = `<w:tcPr>` + pr + `</w:tcPr>`
		}
		return `<w:tc>` + pr + wp("", text) + `</w:tc>`
	}
	const span3, span2 = `<w:gridSpan w:val="3"/>`, `<w:gridSpan w:val="2"/>`
	row := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	raw := makeDOCX(t, map[string]string{
		"word/styles.xml": wordStyles,
		"word/document.xml": wordBody(wp("Title", "Course outline") +
			`<w:tbl>` +
			row(cell("", "Course title:"), cell(span3, "Machine Learning")) +
			row(cell("", "Course code:"), cell("", "BA509"), cell("", "Credits:"), cell("", "1.5")) +
			row(cell("", "Instructor:"), cell(span3, "Hayley Boyce")) +
			`</w:tbl>` + wp("", "The rooms are as follows.") +
			`<w:tbl>` +
			row(cell(span2, "Place"), cell("", "Mon"), cell("", "Wed")) +
			row(cell(span2+`<w:vMerge w:val="restart"/>`, "Room 4"), cell("", "9:00"), cell("", "10:00")) +
			row(cell(span2+`<w:vMerge/>`, ""), cell("", "11:00"), cell("", "12:00")) +
			`</w:tbl>` + wp("", "The loans are as follows.") +
			`<w:tbl>` +
			row(cell("", "Equipment"), cell("", "Staff"), cell("", "Visitors")) +
			row(cell("", "Drone"), cell(span2, "3 days")) +
			row(cell("", "Camera"), cell("", "2 days"), cell("", "2 days")) +
			`</w:tbl>`),
	})
	doc, err := Parse("outline.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range doc.Blocks {
		if b.Kind == KindRow {
			got = append(got, b.Text+" ‖ "+strings.Join(b.Cells, " | "))
		}
	}
	want := []string{
		"Course title:; Machine Learning ‖ Course title: | Machine Learning | Machine Learning | Machine Learning",
		"Course code:; BA509; Credits:; 1.5 ‖ Course code: | BA509 | Credits: | 1.5",
		"Instructor:; Hayley Boyce ‖ Instructor: | Hayley Boyce | Hayley Boyce | Hayley Boyce",
		"Place; Mon; Wed ‖ Place | Place | Mon | Wed",
		"Room 4; 9:00; 10:00 ‖ Room 4 | Room 4 | 9:00 | 10:00",
		"Room 4; 11:00; 12:00 ‖ Room 4 | Room 4 | 11:00 | 12:00",
		"Equipment; Staff; Visitors ‖ Equipment | Staff | Visitors",
		"Drone; 3 days; 3 days ‖ Drone | 3 days | 3 days",
		"Camera; 2 days; 2 days ‖ Camera | 2 days | 2 days",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows:\ngot  %q\nwant %q", got, want)
	}
}

// TestDOCXProseCells checks that a table row whose only text is one cell
// of prose, the answer under a question of an HTML FAQ laid out as a
// table and saved as Word by LibreOffice, is read as that cell's
// paragraphs (also when the cell spans the row's columns, and when its
// last paragraphs are an example that ends no sentence), and that other
// rows stay rows: a question's row, a lone cell of one sentence, prose
// beside another cell's text.
func TestDOCXProseCells(t *testing.T) {
	cell := func(span int, paras ...string) string {
		pr := ""
		if span > 1 {
			pr = `<w:tcPr><w:gridSpan w:val="` + strconv.Itoa(span) + `"/></w:tcPr>`
		}
		var b strings.Builder
		b.WriteString(`<w:tc>` + pr)
		for _, p := range paras {
			b.WriteString(wp("", p))
		}
		if len(paras) == 0 {
			b.WriteString(`<w:p/>`)
		}
		b.WriteString(`</w:tc>`)
		return b.String()
	}
	row := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	raw := makeDOCX(t, map[string]string{
		"word/styles.xml": wordStyles,
		"word/document.xml": wordBody(wp("Title", "Frequently asked questions") +
			`<w:tbl>` +
			row(cell(1, "1.1."), cell(1, "How do you pronounce the name?")) +
			row(cell(1), cell(1, `The "Val" as in the word "value". The "grind" is pronounced with a short i.`, "Don't feel bad: almost everyone gets it wrong at first.")) +
			row(cell(1, "1.2."), cell(1, "Which package do I need?")) +
			row(cell(1), cell(1, "You need to install the glibc-static-devel package.")) +
			row(cell(1, "Note"), cell(1, "Ask on the list. Say which version you run.")) +
			row(cell(2, "Both columns hold this text. It spans them.")) +
			row(cell(1, "4.2."), cell(1, "How can I improve the stack traces?")) +
			row(cell(1), cell(1, "If they are not long enough, use --num-callers. Compile with -g.", "Some example sub-traces:", "Invalid write of size 1", "by 0x8048370: main (malloc1.c:9)")) +
			`</w:tbl>` + wp("", "The manual says more about stack traces.")),
	})
	doc, err := Parse("faq.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	type line struct {
		kind BlockKind
		text string
	}
	want := []line{
		{KindRow, "1.1.; How do you pronounce the name?"},
		{KindParagraph, `The "Val" as in the word "value". The "grind" is pronounced with a short i.`},
		{KindParagraph, "Don't feel bad: almost everyone gets it wrong at first."},
		{KindRow, "1.2.; Which package do I need?"},
		{KindRow, "You need to install the glibc-static-devel package."},
		{KindRow, "Note; Ask on the list. Say which version you run."},
		{KindParagraph, "Both columns hold this text. It spans them."},
		{KindRow, "4.2.; How can I improve the stack traces?"},
		// An answer that closes with its example, lines that end no
		// sentence, is prose all the same.
		{KindParagraph, "If they are not long enough, use --num-callers. Compile with -g."},
		{KindParagraph, "Some example sub-traces:"},
		{KindParagraph, "Invalid write of size 1"},
		{KindParagraph, "by 0x8048370: main (malloc1.c:9)"},
		{KindParagraph, "The manual says more about stack traces."},
	}
	var got []line
	for _, b := range doc.Blocks {
		if b.Text != "Frequently asked questions" {
			got = append(got, line{b.Kind, b.Text})
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got blocks\n%+v\nwant\n%+v\n(dropped %+v)", got, want, doc.Dropped)
	}
}

// TestDOCXContentsLinks checks that a paragraph made of links to places in
// the document, with at most section numbers besides (an HTML page's
// contents list as LibreOffice saves it as Word: HYPERLINK fields with a
// \l location, or w:hyperlink elements with a w:anchor), is left out as a
// table of contents, in the text or in a table cell, and that a paragraph
// with other text around such a link, or made of a link to another
// document, is kept; and that a heading's link to itself, "#", is no
// text.
func TestDOCXContentsLinks(t *testing.T) {
	run := func(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }
	field := func(instr, text string) string {
		return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">` + instr +
			`</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` + run(text) +
			`<w:r><w:fldChar w:fldCharType="end"/></w:r>`
	}
	anchor := func(name, text string) string {
		return `<w:hyperlink w:anchor="` + name + `">` + run(text) + `</w:hyperlink>`
	}
	external := func(text string) string { return `<w:hyperlink r:id="rId9">` + run(text) + `</w:hyperlink>` }
	para := func(parts ...string) string { return `<w:p>` + strings.Join(parts, "") + `</w:p>` }
	raw := makeDOCX(t, map[string]string{
		"word/styles.xml": wordStyles,
		"word/document.xml": strings.Replace(wordBody(wp("Title", "Valgrind FAQ")+
			para(run("1. "), field(` HYPERLINK "../faq.html" \l "faq.background"`, "Background"), run(" "))+
			para(run("1.1. "), field(` HYPERLINK "../faq.html" \l "faq.pronounce"`, `How do you pronounce "Valgrind"?`))+
			para(anchor("path_windows_vs_posix", "Windows vs. POSIX"))+
			`<w:tbl><w:tr><w:tc>`+para(run("2.1. "), anchor("a", "When building, make dies?"), run("2.2. "), anchor("b", "Linking fails?"))+`</w:tc></w:tr></w:tbl>`+
			wp("Heading1", "Background")+
			para(run("The name comes from Nordic mythology, "), anchor("more", "see below"), run("."))+
			para(run("The path module"), anchor("path", "#"))+
			para(external("Read the assertion testing guide for the details."))+
			para(field(` HYPERLINK "https://valgrind.org/"`, "The project's site has the source code and the news."))+
			wp("", "It was named after the main entrance to Valhalla.")+
			wp("", "Heimdal was already taken by a security package.")),
			`<w:document `, `<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" `, 1),
	})
	doc, err := Parse("faq.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	got := textsOf(doc.Blocks)
	want := []string{"Valgrind FAQ", "Background", "The name comes from Nordic mythology, see below.", "The path module",
		"Read the assertion testing guide for the details.", "The project's site has the source code and the news.",
		"It was named after the main entrance to Valhalla.", "Heimdal was already taken by a security package."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got blocks %q, want %q (dropped %+v)", got, want, doc.Dropped)
	}
}

// TestDOCXLinkLists checks that a run of minLinkList or more paragraphs
// made of links alone, a web page's navigation as LibreOffice saves it as
// Word, is left out, and that fewer such paragraphs, or a paragraph with
// words besides its link, stay.
func TestDOCXLinkLists(t *testing.T) {
	link := func(text string) string {
		return `<w:p><w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:hyperlink></w:p>`
	}
	nav := ""
	for _, m := range []string{"Assertion testing", "Async hooks", "Buffer", "Child processes", "Cluster", "Console"} {
		nav += link(m)
	}
	raw := makeDOCX(t, map[string]string{
		"word/styles.xml": wordStyles,
		"word/document.xml": strings.Replace(wordBody(wp("Title", "Path")+nav+
			wp("", "The path module provides utilities for working with file paths.")+
			link("Read the guide to paths first.")+link("Then read the guide to URLs.")+
			`<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>the source</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> for details.</w:t></w:r></w:p>`+
			wp("", "Trailing directory separators are ignored.")),
			`<w:document `, `<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" `, 1),
	})
	doc, err := Parse("path.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	got := textsOf(doc.Blocks)
	want := []string{"Path", "The path module provides utilities for working with file paths.", "Read the guide to paths first.",
		"Then read the guide to URLs.", "See the source for details.", "Trailing directory separators are ignored."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got blocks %q, want %q (dropped %+v)", got, want, doc.Dropped)
	}

	// A footnote after the list left out stays under the section that
	// refers to it.
	noted := makeDOCX(t, map[string]string{
		"word/styles.xml": wordStyles,
		"word/document.xml": strings.Replace(wordBody(wp("Title", "Path")+nav+wp("Heading1", "Usage")+
			`<w:p><w:r><w:t>Paths are strings.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`+
			wp("Heading1", "Limits")+wp("", "Paths are at most 4096 bytes long.")),
			`<w:document `, `<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" `, 1),
		"word/footnotes.xml": `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
			`<w:footnote w:id="1"><w:p><w:r><w:t>On POSIX and Windows alike.</w:t></w:r></w:p></w:footnote></w:footnotes>`,
	})
	doc, err = Parse("path.docx", noted)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range doc.Blocks {
		if b.Text == "On POSIX and Windows alike." && b.Section != "Usage" {
			t.Errorf("footnote %q: got section %q, want %q", b.Text, b.Section, "Usage")
		}
	}
}

// TestDOCXButtonLabel checks the label of a web page's copy button that
// LibreOffice keeps after an example's last line of code, a run outside
// the code's character style ("Source Text"): it is no word of the
// line. A one-word run after text that is not code stays, and so does a
// word after code that is not a word of letters alone.
func TestDOCXButtonLabel(t *testing.T) {
	styles := strings.Replace(wordStyles, "</w:styles>",
		`<w:style w:type="character" w:styleId="SourceText"><w:name w:val="Source Text"/></w:style>`+
			`<w:style w:type="paragraph" w:styleId="PreformattedText"><w:name w:val="Preformatted Text"/></w:style></w:styles>`, 1)
	code := func(s string) string {
		return `<w:r><w:rPr><w:rStyle w:val="SourceText"/></w:rPr><w:t xml:space="preserve">` + s + `</w:t></w:r>`
	}
	plain := func(s string) string { return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` }
	para := func(runs ...string) string {
		return `<w:p><w:pPr><w:pStyle w:val="PreformattedText"/></w:pPr>` + strings.Join(runs, "") + `</w:p>`
	}
	tests := []struct {
		name, para, want string
	}{
		{"label after code", para(code("const path = require('node:path');"), plain("copy")), "const path = require('node:path');"},
		{"label after a space", para(code("// Returns: 'myfile.html'"), plain(" copy")), "// Returns: 'myfile.html'"},
		{"label after indented code", para(code("  "), code("console.log(path.sep);"), plain("copy")), "console.log(path.sep);"},
		{"word after text", para(plain("Run the tests and then "), plain("deploy")), "Run the tests and then deploy"},
		{"text after code", para(code("npm test"), plain(" runs them all")), "npm test runs them all"},
		{"number after code", para(code("port ="), plain(" 8080")), "port = 8080"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := makeDOCX(t, map[string]string{"word/styles.xml": styles,
				"word/document.xml": wordBody(wp("Title", "Path") + wp("", "The path module works with file paths.") + tt.para)})
			doc, err := Parse("path.docx", raw)
			if err != nil {
				t.Fatal(err)
			}
			got := textsOf(doc.Blocks)
			for _, d := range doc.Dropped {
				got = append(got, d.Text)
			}
			if !slices.Contains(got, tt.want) {
				t.Errorf("got blocks %q, want one %q", got, tt.want)
			}
		})
	}
}

// TestDOCXCodeStyles checks that a paragraph in a style of code (by its
// name, or by a style it is based on, however far up) is read as a line
// of code, as a line of a Markdown fenced block is, and that a line
// break in it parts two lines; a paragraph of another style, or a line
// break in one, stays prose.
func TestDOCXCodeStyles(t *testing.T) {
	styles := strings.Replace(wordStyles, "</w:styles>",
		`<w:style w:type="paragraph" w:styleId="PreformattedText"><w:name w:val="Preformatted Text"/></w:style>`+
			`<w:style w:type="paragraph" w:styleId="PreformattedTextscreen"><w:name w:val="Preformatted Text.screen"/><w:basedOn w:val="PreformattedText"/></w:style>`+
			`<w:style w:type="paragraph" w:styleId="Listing"><w:name w:val="Listing"/><w:basedOn w:val="PreformattedTextscreen"/></w:style>`+
			`<w:style w:type="paragraph" w:styleId="HTMLPreformatted"><w:name w:val="HTML Preformatted"/></w:style>`+
			`<w:style w:type="paragraph" w:styleId="CodeSample"><w:name w:val="Code sample"/></w:style>`+
			`<w:style w:type="paragraph" w:styleId="TextBody"><w:name w:val="Body Text"/></w:style></w:styles>`, 1)
	kinds := map[BlockKind]string{KindParagraph: "p", KindCode: "code", KindItem: "li", KindRow: "row"}
	brPara := func(style string, lines ...string) string {
		return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr><w:r><w:t xml:space="preserve">` +
			strings.Join(lines, `</w:t><w:br/><w:t xml:space="preserve">`) + `</w:t></w:r></w:p>`
	}
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"preformatted text", wp("PreformattedText", "const path = require('node:path');") + wp("PreformattedText", "path.basename(file);"),
			[]string{"code | const path = require('node:path');", "code | path.basename(file);"}},
		{"based on it", wp("PreformattedTextscreen", "valgrind --leak-check=yes myprog"),
			[]string{"code | valgrind --leak-check=yes myprog"}},
		{"based on it twice over", wp("Listing", "int main(void)"),
			[]string{"code | int main(void)"}},
		{"line break parts code lines", brPara("HTMLPreformatted", "Invalid write of size 1", "at 0x80483BF: really (malloc1.c:20)"),
			[]string{"code | Invalid write of size 1", "code | at 0x80483BF: really (malloc1.c:20)"}},
		{"line break in prose", brPara("TextBody", "The tool reports every leak", "at the program's exit."),
			[]string{"p | The tool reports every leak at the program's exit."}},
		{"another style's name", wp("CodeSample", "Run the sample before the tests."),
			[]string{"p | Run the sample before the tests."}},
		{"code in a cell of prose", `<w:tbl><w:tr><w:tc>` + wp("TextBody", "Use a newer make. It fixes the bug.") +
			wp("PreformattedTextscreen", "make --version") + `</w:tc></w:tr></w:tbl>`,
			[]string{"p | Use a newer make. It fixes the bug.", "code | make --version"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := makeDOCX(t, map[string]string{"word/styles.xml": styles,
				"word/document.xml": wordBody(wp("Title", "Tools") + wp("", "The tools are run from a shell.") + tt.body)})
			doc, err := Parse("tools.docx", raw)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range doc.Blocks[2:] {
				got = append(got, kinds[b.Kind]+" | "+b.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDOCXListItemsKept checks that the items of a Word list (numbered or
// bulleted by a w:numPr) stay text whatever their shape: a lone lowercase
// word ("paragraphs") or a line opened by an interface verb ("Save to
// various media ...") is an entry of the writer's list, which no site's
// menu is in a Word file (docx4j's guides, docs43). A plain paragraph of
// the same shape is still judged as page chrome.
func TestDOCXListItemsKept(t *testing.T) {
	body := wp("Title", "XHTML import") + wp("", "The importer converts XHTML to Word content.") +
		wp("", "Supported:") + wpNum("", "1", "0", "paragraphs") + wpNum("", "1", "0", "tables") +
		wp("", "It can also:") + wpNum("", "1", "0", "Save to various media zipped, or unzipped") +
		wp("", "Images are not scaled.") + wp("", "Share")
	raw := makeDOCX(t, map[string]string{"word/styles.xml": wordStyles, "word/document.xml": wordBody(body)})
	doc, err := Parse("import.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	got := textsOf(doc.Blocks)
	for _, want := range []string{"paragraphs", "tables", "Save to various media zipped, or unzipped"} {
		if !slices.Contains(got, want) {
			t.Errorf("got blocks %q, want one %q (dropped %+v)", got, want, doc.Dropped)
		}
	}
	if slices.Contains(got, "Share") {
		t.Errorf("got blocks %q, want the plain paragraph %q dropped as page chrome", got, "Share")
	}
}

// TestDOCXDirectHeadings checks headings made by direct formatting, with
// no heading style (directHeading): a short paragraph all in bold, or
// larger than the body text, is a heading; centred or larger, of the
// top level, bold alone, under the last styled heading (a run of them
// siblings); a paragraph in part
// bold, ending in a stop, or only a little larger than the default
// paragraph style's text (though larger than the document's default) is
// text.
func TestDOCXDirectHeadings(t *testing.T) {
	run := func(rpr, text string) string {
		return `<w:r><w:rPr>` + rpr + `</w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
	}
	para := func(ppr string, runs ...string) string {
		return `<w:p><w:pPr>` + ppr + `</w:pPr>` + strings.Join(runs, "") + `</w:p>`
	}
	bold := `<w:b/><w:u w:val="single"/>`
	styles := strings.Replace(wordStyles, "<w:style ", `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="20"/></w:rPr></w:rPrDefault></w:docDefaults>`+
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style><w:style `, 1)
	body := wp("Title", "Font guide") + wp("Heading1", "Contacting us") + wp("", "Write to the team at any time.") +
		para(`<w:jc w:val="center"/><w:rPr><w:b/></w:rPr>`, run(bold, "Appendix "), run(bold, "1"), run(bold, " – Font Mapping")) +
		wp("", "Only installed fonts can be used.") +
		para(``, run(`<w:b/>`, "Font regex")) + wp("", "A regex restricts the fonts.") +
		para(``, run(`<w:b/>`, "Font cache")) + wp("", "The cache is rebuilt daily.") +
		para(``, run(`<w:b/>`, "Note"), run(``, " that the regex is optional")) + wp("", "It is read once.") +
		para(``, run(`<w:b/>`, "Fonts are cached.")) + para(``, run(`<w:b/>`, `&lt;w:tag w:val="od:xpath=case3"/&gt;`)) +
		para(``, run(`<w:b/>`, "-c --stdout")) + wp("", "Compress to standard output.") + para(``, run(`<w:b w:val="0"/>`, "Plain words here")) +
		para(``, run(`<w:sz w:val="24"/>`, "Slightly larger words")) + wp("", "They are kept.") +
		para(``, run(`<w:sz w:val="32"/>`, "Appendix 2 – Logging")) + wp("", "Logging uses slf4j.") +
		para(`<w:jc w:val="center"/>`, run(`<w:b/>`, "Figure  4: "), run(`<w:b/>`, "Illustration of the log flow")) +
		wp("", "Figure 4 shows the flow.") + para(``, run(`<w:b/>`, "Log levels")) + wp("", "Five levels are kept.") +
		para(``, run(`<w:b/>`, "Total time: 1.5-2 hours")) + para(``, run(`<w:b/>`, "Last updated: xx/xx/202x")) +
		para(``, run(`<w:b/>`, "Step 3: Rotate the logs")) + wp("", "Logs are rotated weekly.") +
		para(``, run(`<w:b/>`, "Risks/blockers")) + wp("", "No risk is known.")
	doc, err := Parse("fonts.docx", makeDOCX(t, map[string]string{"word/styles.xml": styles, "word/document.xml": wordBody(body)}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, block string
		want        int
	}{
		{"centred bold heading", "1 | Appendix 1 – Font Mapping", 1},
		{"text under the centred heading, a top section", "0 | Appendix 1 – Font Mapping | Only installed fonts can be used.", 1},
		{"bold heading", "1 | Font regex", 1},
		{"text under the bold heading, a subsection", "0 | Appendix 1 – Font Mapping › Font regex | A regex restricts the fonts.", 1},
		{"text under the next bold heading, a sibling", "0 | Appendix 1 – Font Mapping › Font cache | The cache is rebuilt daily.", 1},
		{"paragraph in part bold is text", "1 | Note that the regex is optional", 0},
		{"bold sentence ending in a stop is text", "1 | Fonts are cached.", 0},
		{"bold markup is text", `1 | <w:tag w:val="od:xpath=case3"/>`, 0},
		{"bold options head their text", "0 | Appendix 1 – Font Mapping › -c --stdout | Compress to standard output.", 1},
		{"bold turned off is text", "1 | Plain words here", 0},
		{"a little larger than the default style is text", "1 | Slightly larger words", 0},
		{"larger heading", "1 | Appendix 2 – Logging", 1},
		{"text under the larger heading, a top section", "0 | Appendix 2 – Logging | Logging uses slf4j.", 1},
		{"a figure's caption set centred in bold is no heading", "1 | Figure 4: Illustration of the log flow", 0},
		{"the caption stays in its section", "0 | Appendix 2 – Logging | Figure 4: Illustration of the log flow", 1},
		{"the text after a caption is not under it", "0 | Appendix 2 – Logging | Figure 4 shows the flow.", 1},
		{"a bold heading after a caption is under the section above", "0 | Appendix 2 – Logging › Log levels | Five levels are kept.", 1},
		{"a bold label and a quantity is a field, no heading (figureField)", "1 | Total time: 1.5-2 hours", 0},
		{"the field stays in its section", "0 | Appendix 2 – Logging › Log levels | Total time: 1.5-2 hours", 1},
		{"a bold label and a date's mask is a field too", "0 | Appendix 2 – Logging › Log levels | Last updated: xx/xx/202x", 1},
		{"bold words joined by a slash head their text (slashWords)", "0 | Appendix 2 – Logging › Risks/blockers | No risk is known.", 1},
		{"a bold step's number and name is a heading", "0 | Appendix 2 – Logging › Step 3: Rotate the logs | Logs are rotated weekly.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := countBlocks(doc, tt.block); got != tt.want {
				t.Errorf("got %d blocks %q, want %d", got, tt.block, tt.want)
				for _, b := range doc.Blocks {
					t.Logf("%d | %s | %s", b.Kind, b.Section, b.Text)
				}
			}
		})
	}
}

// TestDOCXBodyInHeadingStyle checks text typed in a heading's style
// but set in the body's size, as Google Docs keeps a heading's style on
// the lines typed after it: a prompt set large and its answer under a
// line break in the body's size read as a heading and a paragraph, and
// a paragraph whose runs all set the body's size ("2 hours." under
// "Course Length") as a paragraph, while the style's own size heads a
// section, and so does a title set in the body's size that ends no
// sentence ("Concepts"), where a sentence that ends in a web address
// without a stop is a paragraph.
func TestDOCXBodyInHeadingStyle(t *testing.T) {
	run := func(rpr, text string) string {
		return `<w:r><w:rPr>` + rpr + `</w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
	}
	para := func(ppr string, runs ...string) string {
		return `<w:p><w:pPr>` + ppr + `</w:pPr>` + strings.Join(runs, "") + `</w:p>`
	}
	styles := strings.Replace(wordStyles, "<w:style ", `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="GHeading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:sz w:val="32"/></w:rPr></w:style><w:style `, 1)
	h := `<w:pStyle w:val="GHeading2"/>`
	body := wp("Title", "Course design") +
		para(h, `<w:r><w:rPr><w:b/><w:sz w:val="36"/></w:rPr><w:t xml:space="preserve">Course Description </w:t><w:br w:type="textWrapping"/></w:r>`,
			run(`<w:sz w:val="22"/>`, "Short description (25-50 words; functions as a tagline)")) +
		wp("", "A short course on licence compliance.") +
		para(h, run(`<w:b/><w:sz w:val="36"/>`, "Course Length")) +
		para(h, run(`<w:b/><w:sz w:val="22"/>`, "2 hours.")) +
		para(h, run(`<w:b/>`, "Course Author")) + wp("", "Written by the work group.") +
		para(h, run(`<w:sz w:val="22"/>`, "Concepts")) + wp("", "The course has two parts.") +
		para(h, run(`<w:b/><w:sz w:val="36"/>`, "Attribution")) +
		para(h, run(`<w:sz w:val="22"/>`, "This course is adapted from the Open Guide, version 1.0, available at "), run(`<w:sz w:val="22"/>`, "https://example.org/guide/1.0.html"))
	got := parsedFile(t, "design.docx", makeDOCX(t, map[string]string{"word/styles.xml": styles, "word/document.xml": wordBody(body)}), sectionedBlock)
	want := []string{
		"1 |  | Course design",
		"1 | Course Description | Course Description",
		"0 | Course Description | Short description (25-50 words; functions as a tagline)",
		"0 | Course Description | A short course on licence compliance.",
		"1 | Course Length | Course Length",
		"0 | Course Length | 2 hours.",
		"1 | Course Author | Course Author",
		"0 | Course Author | Written by the work group.",
		"1 | Concepts | Concepts",
		"0 | Concepts | The course has two parts.",
		"1 | Attribution | Attribution",
		"0 | Attribution | This course is adapted from the Open Guide, version 1.0, available at https://example.org/guide/1.0.html",
	}
	wantBlocks(t, got, want)
}

// docxKinds parses a built .docx of styles and body and returns each
// block's kind by its text.
func docxKinds(t *testing.T, styles, body string) map[string]BlockKind {
	t.Helper()
	doc, err := Parse("code.docx", makeDOCX(t, map[string]string{"word/styles.xml": styles, "word/document.xml": wordBody(body)}))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]BlockKind{}
	for _, b := range doc.Blocks {
		kinds[b.Text] = b.Kind
		t.Logf("%d | %s | %s", b.Kind, b.Section, b.Text)
	}
	return kinds
}

// TestDOCXMonospacedCode checks that paragraphs set wholly in a
// monospaced font, by their runs, a character style or their paragraph
// style, are lines of code, and that a monospaced word in a sentence, a
// paragraph of inline code's character style, a list item and a
// document typed wholly in a monospaced font are not.
func TestDOCXMonospacedCode(t *testing.T) {
	run := func(rpr, text string) string {
		return `<w:r><w:rPr>` + rpr + `</w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
	}
	para := func(ppr string, runs ...string) string {
		return `<w:p><w:pPr>` + ppr + `</w:pPr>` + strings.Join(runs, "") + `</w:p>`
	}
	consolas := `<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/>`
	styles := strings.Replace(wordStyles, "<w:style ", `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:rPrDefault></w:docDefaults>`+
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>`+
		`<w:style w:type="paragraph" w:styleId="NormalWeb"><w:name w:val="Normal (Web)"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="Command"><w:name w:val="Command"/><w:basedOn w:val="NormalWeb"/><w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas"/></w:rPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="Shell"><w:name w:val="Shell"/><w:basedOn w:val="Command"/></w:style>`+
		`<w:style w:type="character" w:styleId="Terminal"><w:name w:val="Terminal"/><w:rPr><w:rFonts w:ascii="Lucida Console" w:hAnsi="Lucida Console"/></w:rPr></w:style>`+
		`<w:style w:type="character" w:styleId="SourceText"><w:name w:val="Source Text"/><w:rPr><w:rFonts w:ascii="Liberation Mono" w:hAnsi="Liberation Mono"/></w:rPr></w:style>`+
		`<w:style `, 1)
	body := wp("Heading1", "Using Maven") + wp("", "Add this to your pom:") +
		para(``, run(consolas, "&lt;dependency&gt;")) + para(``, run(consolas, "&lt;groupId&gt;"), run(consolas, "org.docx4j&lt;/groupId&gt;")) +
		para(``, run(`<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/>`, "&lt;/dependency&gt;")) +
		para(``, run(``, "Set the page size in "), run(consolas, "docx4j.properties"), run(``, " on the class path.")) +
		para(`<w:pStyle w:val="Command"/>`, run(``, "export MAVEN_OPTS=-Xmx512m"), `<w:r><w:br/></w:r>`, run(``, "mvn install")) +
		para(`<w:pStyle w:val="Shell"/>`, run(``, "mvn package")) +
		para(`<w:pStyle w:val="Command"/>`, run(`<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>`, "Then run the samples")) +
		para(``, run(`<w:rStyle w:val="Terminal"/>`, "java -jar samples.jar")) +
		para(``, run(`<w:rStyle w:val="SourceText"/>`, "--heap=&lt;yes|no&gt; [default: yes]")) +
		para(`<w:numPr><w:numId w:val="3"/></w:numPr>`, run(consolas, "docx4j-JAXB-MOXy")) +
		para(``, run(`<w:rFonts w:ascii="DejaVu Sans Mono"/>`, "log.level=debug")) +
		para(``, run(`<w:rFonts w:ascii="Monotype Corsiva"/>`, "Written by hand in the old style."))
	kinds := docxKinds(t, styles, body)
	typed := docxKinds(t, strings.Replace(styles, `<w:name w:val="Normal"/>`, `<w:name w:val="Normal"/><w:rPr>`+consolas+`</w:rPr>`, 1),
		wp("Heading1", "Notes")+para(``, run(``, "All of it typed"))+para(``, run(consolas, "in one font")))
	tests := []struct {
		name, text string
		kinds      map[string]BlockKind
		want       BlockKind
	}{
		{"a run in Consolas is code", "<dependency>", kinds, KindCode},
		{"runs in Consolas are code", "<groupId>org.docx4j</groupId>", kinds, KindCode},
		{"a run in Courier New is code", "</dependency>", kinds, KindCode},
		{"a monospaced word in a sentence is prose", "Set the page size in docx4j.properties on the class path.", kinds, KindParagraph},
		{"a paragraph style based on one of Consolas, first line", "export MAVEN_OPTS=-Xmx512m", kinds, KindCode},
		{"a paragraph style based on one of Consolas, second line", "mvn install", kinds, KindCode},
		{"a paragraph style based on that style", "mvn package", kinds, KindCode},
		{"a run setting the theme's font over the style's", "Then run the samples", kinds, KindParagraph},
		{"a character style of Lucida Console", "java -jar samples.jar", kinds, KindCode},
		{"inline code's character style alone is prose", "--heap=<yes|no> [default: yes]", kinds, KindParagraph},
		{"a list item in Consolas stays an item", "docx4j-JAXB-MOXy", kinds, KindItem},
		{"a font named Mono is monospaced", "log.level=debug", kinds, KindCode},
		{"Monotype is no monospaced font", "Written by hand in the old style.", kinds, KindParagraph},
		{"body text in Consolas is prose", "All of it typed", typed, KindParagraph},
		{"runs in the body's monospaced font are prose", "in one font", typed, KindParagraph},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.kinds[tt.text]
			if !ok {
				t.Fatalf("no block %q", tt.text)
			}
			if got != tt.want {
				t.Errorf("got kind %d for %q, want %d", got, tt.text, tt.want)
			}
		})
	}
}

// TestDOCXStyledHeadings checks that bold or a larger size set by a
// paragraph style (through the styles it is based on) or a character
// style, rather than on the runs, makes a heading as direct formatting
// does, and that a bold style of body text, a caption or a subtitle do
// not.
func TestDOCXStyledHeadings(t *testing.T) {
	styles := strings.Replace(wordStyles, "<w:style ", `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="20"/></w:rPr></w:rPrDefault></w:docDefaults>`+
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="Appendix1"><w:name w:val="Appendix 1"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="Appendix2"><w:name w:val="Appendix 2"/><w:basedOn w:val="Appendix1"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="Warning"><w:name w:val="Warning"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="30"/></w:rPr></w:style>`+
		`<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`+
		`<w:style `, 1)
	body := wp("Title", "Font guide") + wp("Subtitle", "A guide to fonts for developers") + wp("Heading1", "Contacting us") +
		wp("", "Write to the team at any time.") +
		wp("Appendix1", "Appendix 1 – Font Mapping") + wp("", "Only installed fonts can be used.") +
		wp("Appendix2", "Font regex") + wp("", "A regex restricts the fonts.") +
		`<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Font cache</w:t></w:r></w:p>` + wp("", "The cache is rebuilt daily.") +
		wp("Warning", "Fonts must be licensed.") +
		`<w:p><w:pPr><w:pStyle w:val="Warning"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Plain words here</w:t></w:r></w:p>` +
		wp("Caption", "Fonts by platform") + wp("", "See the table.")
	doc, err := Parse("fonts.docx", makeDOCX(t, map[string]string{"word/styles.xml": styles, "word/document.xml": wordBody(body)}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, block string
		want        int
	}{
		{"a bold and larger style is a heading", "1 | Appendix 1 – Font Mapping", 1},
		{"text under it, a top section", "0 | Appendix 1 – Font Mapping | Only installed fonts can be used.", 1},
		{"a style based on a bold one is a heading", "1 | Font regex", 1},
		{"text under it, a subsection", "0 | Appendix 1 – Font Mapping › Font regex | A regex restricts the fonts.", 1},
		{"a bold character style is a heading", "1 | Font cache", 1},
		{"text under it, a sibling", "0 | Appendix 1 – Font Mapping › Font cache | The cache is rebuilt daily.", 1},
		{"a sentence in a bold style is text", "0 | Appendix 1 – Font Mapping › Font cache | Fonts must be licensed.", 1},
		{"a run turning its style's bold off is text", "1 | Plain words here", 0},
		{"a caption in a bold style is no heading", "1 | Fonts by platform", 0},
		{"a subtitle in a larger style is no heading", "1 | A guide to fonts for developers", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := countBlocks(doc, tt.block); got != tt.want {
				t.Errorf("got %d blocks %q, want %d", got, tt.block, tt.want)
				for _, b := range doc.Blocks {
					t.Logf("%d | %s | %s", b.Kind, b.Section, b.Text)
				}
			}
		})
	}
}

// countBlocks returns how many of doc's blocks read as block: "KIND | TEXT"
// for a heading, "KIND | SECTION | TEXT" for any other block.
func countBlocks(doc Document, block string) int {
	n := 0
	for _, b := range doc.Blocks {
		s := fmt.Sprintf("%d | %s | %s", b.Kind, b.Section, b.Text)
		if b.Kind == KindHeading {
			s = fmt.Sprintf("%d | %s", b.Kind, b.Text)
		}
		if s == block {
			n++
		}
	}
	return n
}

// TestDOCXTemplateTables checks the tables of a Word template that
// Google Docs exported: every row carries w:tblHeader with w:val="0"
// (an on/off property set off), so only the first row is the header and
// the rows under it, blank but for their first cell, are rows of their
// own, kept however short ("Lead/AM sync"), not folded into the header;
// and a cell's paragraph of sentences whose last one is cut short
// ("Formal or informal mechanisms? How often? E.g., …") gives the rows
// below it no caption.
func TestDOCXTemplateTables(t *testing.T) {
	cell := func(paras ...string) string {
		var b strings.Builder
		b.WriteString(`<w:tc>`)
		for _, p := range paras {
			b.WriteString(wp("", p))
		}
		if len(paras) == 0 {
			b.WriteString(`<w:p/>`)
		}
		return b.String() + `</w:tc>`
	}
	row := func(head string, cells ...string) string {
		return `<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="` + head + `"/></w:trPr>` + strings.Join(cells, "") + `</w:tr>`
	}
	raw := makeDOCX(t, map[string]string{
		"word/styles.xml": wordStyles,
		"word/document.xml": wordBody(wp("Title", "Team charter") + wp("Heading1", "Our rituals") +
			`<w:tbl>` +
			row("0", cell("Ritual"), cell("Frequency/Day"), cell("Notes")) +
			row("0", cell("Standups"), cell(), cell()) +
			row("0", cell("Retros"), cell(), cell()) +
			row("0", cell("Lead/AM sync"), cell(), cell()) +
			`</w:tbl>` + wp("Heading1", "Our roles") +
			`<w:tbl>` +
			row("1", cell("Team member names"), cell("Name"), cell("Name")) +
			row("0", cell("How do you like to give and receive feedback?", "Formal or informal mechanisms? How often? E.g., Speedbacks: a session agenda"), cell(), cell()) +
			row("0", cell("What else do you want your teammates to know about you?"), cell(), cell()) +
			`</w:tbl>`),
	})
	doc, err := Parse("charter.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range doc.Blocks {
		if b.Kind != KindHeading {
			got = append(got, fmt.Sprintf("%d | %s | %s", b.Kind, b.Caption, b.Text))
		}
	}
	want := []string{
		"4 |  | Ritual; Frequency/Day; Notes",
		"4 |  | Standups",
		"4 |  | Retros",
		"4 |  | Lead/AM sync",
		"4 |  | Team member names; Name; Name",
		"0 |  | How do you like to give and receive feedback?",
		"0 |  | Formal or informal mechanisms? How often? E.g., Speedbacks: a session agenda",
		"4 |  | What else do you want your teammates to know about you?",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got blocks\n%q\nwant\n%q\n(dropped %+v)", got, want, doc.Dropped)
	}
}

// TestDOCXCellLines checks that the paragraphs of a table cell that end
// no sentence are parted from the next by "; " (cellParaSep): a process
// table's activity title over the sentences that describe it ("Write
// the report" over "Ensure all assessors have input."), a check list's
// lines ("SEO and metadata" over "meta description is engaging" and "URL
// is SEO-friendly"); a paragraph ending a sentence or a clause is
// followed by a space, and a phrase a paragraph mark cuts at a connector
// ("Ana" over "and Bo") stays one. Lines a line break parts are parted
// so too, but for a line opening in lower case, the rest of a sentence
// the break wraps. A sentence a paragraph mark wraps goes on with a space
// (wrappedInCell): a lowercase rest that ends it, a remark in brackets, a
// bracket left open.
func TestDOCXCellLines(t *testing.T) {
	cell := func(paras ...string) string {
		var b strings.Builder
		for _, p := range paras {
			b.WriteString(wp("", p))
		}
		return `<w:tc>` + b.String() + `</w:tc>`
	}
	row := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	// lines is a paragraph of lines a line break parts.
	lines := func(ls ...string) string {
		return `<w:tc><w:p><w:r><w:t xml:space="preserve">` + strings.Join(ls, `</w:t><w:br/><w:t xml:space="preserve">`) + `</w:t></w:r></w:p></w:tc>`
	}
	raw := makeDOCX(t, map[string]string{
		"word/styles.xml": wordStyles,
		"word/document.xml": wordBody(wp("Title", "Review process") + wp("", "Each review follows the steps below.") +
			`<w:tbl>` +
			row(cell("Day"), cell("Activity"), cell("Owner")) +
			row(cell("Day 1"), cell("Write the report", "Ensure all assessors have input.", "Seek advice as needed."), cell("Lead")) +
			row(cell("Day 2"), cell("Checks:", "tone, clarity,", "brevity"), cell("Ana", "and Bo")) +
			row(cell("Day 3"), cell("SEO and metadata", "meta description is engaging", "URL is SEO-friendly"), cell("Editor")) +
			row(cell("Day 4"), lines("Call-to-action is clear", "Links are working"), lines("The editor checks every link", "on the day.")) +
			row(cell("Day 5"), cell("Do you have a documented procedure that", "communicates the policy to all staff?"), cell("Name", "(add more names)")) +
			row(cell("Day 6"), cell("Is the liaison named (e.g. in the Open", "Compliance Directory)?"), cell("Editor")) +
			`</w:tbl>`),
	})
	got := parsedKind(t, "review.docx", raw, KindRow)
	want := []string{
		"Day; Activity; Owner",
		"Day 1; Write the report; Ensure all assessors have input. Seek advice as needed.; Lead",
		"Day 2; Checks: tone, clarity, brevity; Ana and Bo",
		"Day 3; SEO and metadata; meta description is engaging; URL is SEO-friendly; Editor",
		"Day 4; Call-to-action is clear; Links are working; The editor checks every link on the day.",
		"Day 5; Do you have a documented procedure that communicates the policy to all staff?; Name (add more names)",
		"Day 6; Is the liaison named (e.g. in the Open Compliance Directory)?; Editor",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got rows\n%q\nwant\n%q", got, want)
	}
}

// TestDOCXAnnouncedLines checks that the lines a lead-in ending in a
// colon announces in a Word file are kept, though their shape is a
// site's menu or a label's: a bulleted "File | Edit | View | Help" under
// "Menu structure:" closing the text, and a paragraph of the same shape
// under "Toolbar:". A Word file's body holds no page chrome.
func TestDOCXAnnouncedLines(t *testing.T) {
	item := func(text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	raw := makeDOCX(t, map[string]string{
		"word/styles.xml": wordStyles,
		"word/document.xml": wordBody(wp("Title", "Editor requirements") +
			wp("", "The editor draws the rooms of a scene and simulates the sound in them.") +
			wp("", "Toolbar:") +
			wp("", "Open | Save | Undo | Redo") +
			wp("", "The toolbar sits above the scene.") +
			wp("", "Menu structure:") +
			item("File | Edit | View | Help")),
	})
	doc, err := Parse("req.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Toolbar:", "Open | Save | Undo | Redo", "Menu structure:", "File | Edit | View | Help"} {
		if !strings.Contains(doc.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, doc.Body)
		}
	}
}

// TestSentenceGoesOn checks the one test of a sentence a paragraph mark
// cuts that continueSentence and wrappedInCell both ask: the text before
// the mark, four words or more, ends no sentence, and the text after it
// opens in lower case and ends one.
func TestSentenceGoesOn(t *testing.T) {
	for _, c := range []struct {
		text, next string
		want       bool
	}{
		{"This service is not offered by any other", "company offering compliance services.", true},
		{"Do you have a documented procedure that", "communicates the policy?", true},
		{"not offered by any", "company offering compliance services.", true},
		{"not offered by", "company offering compliance services.", false}, // three words: a label
		{"This service is offered by us.", "another company offers it too.", false},
		{"This service is not offered by any other", "Company offering compliance services.", false},
		{"This service is not offered by any other", "company offering compliance services", false},
	} {
		if got := sentenceGoesOn(c.text, c.next); got != c.want {
			t.Errorf("sentenceGoesOn(%q, %q): got %v, want %v", c.text, c.next, got, c.want)
		}
	}
}

// TestDOCXCutSentence checks that a paragraph opening in lower case
// after one that stops mid-sentence is the rest of its sentence
// (continueSentence), as a file converted from a PDF keeps a line end as
// a paragraph mark, and that a manual line break inside a sentence reads
// as a space; while a command under a line that ends without a stop, a
// paragraph opening in upper case, one after a label of few words and
// one after a full sentence stay paragraphs of their own.
func TestDOCXCutSentence(t *testing.T) {
	body := wp("Heading1", "Audit methods") +
		wp("", "As far as I am aware, such a method is not offered by any other") +
		wp("", "company offering compliance services.") +
		`<w:p><w:r><w:t xml:space="preserve">The blind audit keeps the</w:t><w:br/><w:t xml:space="preserve">source code private.</w:t></w:r></w:p>` +
		wp("", "To install the scanner run the following command") + wp("", "npm install scanner") +
		wp("", "The scanner reads every file in the tree") + wp("", "Reports are written daily.") +
		wp("", "Scanner version") + wp("", "three is current.") +
		wp("", "The audit ends with a report.") + wp("", "then the plan is agreed.")
	got := parsedFile(t, "audit.docx", makeDOCX(t, map[string]string{"word/styles.xml": wordStyles, "word/document.xml": wordBody(body)}), blockText)
	want := []string{
		"Audit methods",
		"As far as I am aware, such a method is not offered by any other company offering compliance services.",
		"The blind audit keeps the source code private.",
		"To install the scanner run the following command", "npm install scanner",
		"The scanner reads every file in the tree", "Reports are written daily.",
		"Scanner version", "three is current.",
		"The audit ends with a report.", "then the plan is agreed.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("blocks:\ngot  %q\nwant %q", got, want)
	}
}

// TestDOCXBannerOverTitle checks that a label framed by symbols over a
// template's notes (titleUnderBanner) is neither the title nor a
// sentence, the title being the Title-styled line below the notes, which
// stay; and that a banner with no top-level heading under it stays the
// title, and a framed line that is no banner does not move it.
func TestDOCXBannerOverTitle(t *testing.T) {
	tests := []struct {
		name, body, title string
		kept, gone        []string
	}{
		{"banner over notes", wp("", "🏁 🔐 🏁 FRONT MATTER 🏁 🔐 🏁") + wp("", "Every team is expected to hold a kickoff.") +
			wp("", "Contact: the account manager") + wp("Title", "Internal Kickoff") + wp("", "Introductions take ten minutes."),
			"Internal Kickoff", []string{"Every team is expected to hold a kickoff.", "Contact: the account manager", "Introductions take ten minutes."},
			[]string{"FRONT MATTER"}},
		{"banner alone", wp("", "*** NOTICE ***") + wp("", "Every team is expected to hold a kickoff.") + wp("Heading1", "Introductions"),
			"*** NOTICE ***", []string{"Every team is expected to hold a kickoff."}, nil},
		{"no banner", wp("", "Kickoff notes 🏁") + wp("", "Every team is expected to hold a kickoff.") + wp("Title", "Internal Kickoff"),
			"Kickoff notes 🏁", []string{"Every team is expected to hold a kickoff."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("kickoff.docx", makeDOCX(t, map[string]string{"word/styles.xml": wordStyles, "word/document.xml": wordBody(tt.body)}))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title {
				t.Errorf("title: got %q, want %q", doc.Title, tt.title)
			}
			for _, w := range tt.kept {
				if !strings.Contains(doc.Body, w) {
					t.Errorf("body lacks %q:\n%s", w, doc.Body)
				}
			}
			for _, w := range tt.gone {
				if strings.Contains(doc.Body, w) {
					t.Errorf("body holds %q:\n%s", w, doc.Body)
				}
			}
		})
	}
}

// TestDOCXTypedNotesAndBackCover checks a Word file whose notes are typed
// in the text, as a guide drafted in Google Docs keeps them: superscript
// marks ("[1]") in the text and a numbered list of the notes at its end,
// under a heading of their own, then the back cover's text after a page
// break. Each item of the list is the note of its mark and takes the
// section of the paragraph holding the mark (notesTyped), and the back
// cover's text is no section's (notesAndBackMatter): before, the notes
// read as a list under "Notes" and the back cover as text of that
// section. With no notes before it, text after a page break stays in
// its section.
func TestDOCXTypedNotesAndBackCover(t *testing.T) {
	marked := func(text, mark string) string {
		return `<w:p><w:r><w:t>` + text + `</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>[` + mark + `]</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>`
	}
	const pageBreak = `<w:p><w:r><w:br w:type="page"/></w:r></w:p>`
	back := wp("", "This guide is one of many that the project keeps up to date.") +
		wp("", "Our mission is to make sharing code safe for every team.")
	tests := []struct {
		name string
		body string
		want []string
	}{
		{
			name: "notes and back cover",
			body: wp("Heading1", "Scope") + marked("The guide covers the code a team shares", "1") +
				wp("Heading1", "Practice") + marked("Keep a list of the parts of what you ship", "2") +
				wp("Heading2", "Notes") +
				wpNum("", "2", "0", "Shared code is code that other teams reuse.") +
				wpNum("", "2", "0", "A list of parts is a bill of materials.") +
				pageBreak + back,
			want: []string{
				"1 | Scope | Scope",
				"0 | Scope | The guide covers the code a team shares.",
				"1 | Practice | Practice",
				"0 | Practice | Keep a list of the parts of what you ship.",
				"1 | Practice › Notes | Notes",
				"0 | Scope | Shared code is code that other teams reuse.",
				"0 | Practice | A list of parts is a bill of materials.",
				"0 |  | This guide is one of many that the project keeps up to date.",
				"0 |  | Our mission is to make sharing code safe for every team.",
			},
		},
		{
			name: "page break in the last section",
			body: wp("Heading1", "Practice") + wp("", "Keep a list of the parts of what you ship.") + pageBreak + back,
			want: []string{
				"1 | Practice | Practice",
				"0 | Practice | Keep a list of the parts of what you ship.",
				"0 | Practice | This guide is one of many that the project keeps up to date.",
				"0 | Practice | Our mission is to make sharing code safe for every team.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := makeDOCX(t, map[string]string{
				"word/styles.xml":    wordStyles,
				"word/numbering.xml": wordNumbering,
				"word/document.xml":  wordBody(wp("Title", "Sharing guide") + tt.body),
			})
			wantBlocks(t, parsedFile(t, "guide.docx", raw, sectionedBlock), append([]string{"1 |  | Sharing guide"}, tt.want...))
		})
	}
}

// TestDOCXTypedItemLines checks that paragraphs indented by spaces under
// an item of a list typed as plain text ("- Boost …" ¶ "  for the Python
// module"), as a README's list pasted into a Word file keeps its wrapped
// lines, go on that item (continueTypedItem), while an indented paragraph
// under a paragraph that is no typed item, and an unindented one under
// an item, stay paragraphs of their own.
func TestDOCXTypedItemLines(t *testing.T) {
	body := wp("Heading1", "Requirements") +
		wp("", "- A C++11-compatible compiler, such as") +
		wp("", "  GNU GCC (gcc.gnu.org), version 4.8 or later,") +
		wp("", "  or Clang (clang.llvm.org), version 3.8 or later") +
		wp("", "- Boost (www.boost.org), version 1.53.0 or later") +
		wp("", "Other versions might work but have not been tested.") +
		wp("", "  Indented notes stand apart from the text above.")
	got := parsedFile(t, "reqs.docx", makeDOCX(t, map[string]string{"word/styles.xml": wordStyles, "word/document.xml": wordBody(body)}), blockText)
	want := []string{
		"Requirements",
		"- A C++11-compatible compiler, such as GNU GCC (gcc.gnu.org), version 4.8 or later, or Clang (clang.llvm.org), version 3.8 or later",
		"- Boost (www.boost.org), version 1.53.0 or later",
		"Other versions might work but have not been tested.",
		"Indented notes stand apart from the text above.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("blocks:\ngot  %q\nwant %q", got, want)
	}
}
