package corpus

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzPaths chooses the format of a fuzzed input.
var fuzzPaths = []string{"doc.txt", "doc.md", "doc.html"}

// FuzzParse feeds arbitrary bytes to Parse as text, Markdown and HTML. It
// must never panic or hang, fail only with the package's errors, and on
// success return a body of trimmed, non-empty lines of valid UTF-8 and
// captions only on table rows. The seed corpus is in
// testdata/fuzz/FuzzParse (caption_md and caption_html: tables captioned
// above and below, labels without a caption after them; install_md: a
// heading written "macOS" and a file name ending a sentence;
// numbered_labels_txt: numbered section labels of minutes). Broken front
// matter is a warning, never an error.
func FuzzParse(f *testing.F) {
	f.Add(uint8(0), []byte("Title\n\nOfficials met in Madrid on Sunday.\n"))
	f.Add(uint8(1), []byte("---\ntitle: T\n---\n# T\n\n- *a* [b](c)\n"))
	f.Add(uint8(1), []byte("# T\n\nA [gem]({{ '/x/' | relative_url }}) e.g. {% raw %}{{ page.url }}{% endraw %}.\n\n[d]: {{ site.url }}/d\n\n| {{ a }} | {% b %} |\n|---|---|\n"))
	f.Add(uint8(1), []byte("# M\n\nDefined as:\n$$\na^2\n$$\n$$ x $$\n\n*[HTML]: Hyper Text\nThe HTML spec.\n\n$$ open\n"))
	f.Add(uint8(2), []byte("<html><head><title>T</title></head><body><nav>x</nav><p>Officials met.</p></body></html>"))
	f.Add(uint8(1), []byte("---\ntitle: [x\n\tdate: 1\n---\n=== \":octicons-file-code-16: `base.html`\"\n\n    ``` diff\n    -  {% if a %}\n    ```\n\nEmail: a@example.org\nPhone: +1 555 0100\n"))
	f.Add(uint8(0), []byte("---\n- a\nThe front matter is never closed.\n"))
	f.Add(uint8(1), []byte("<br>After a break at the start.\nEmail: a@example.org\n"))
	f.Add(uint8(0), []byte("REVIEW: YARD\nReview written by: R. D\nReview date: 30 January 2026\n\nSUMMARY\nA unit hit a trailer.\n\nRates from 1 May 2026\n"))
	f.Fuzz(func(t *testing.T, format uint8, raw []byte) {
		p := fuzzPaths[int(format)%len(fuzzPaths)]
		doc, err := Parse(p, raw)
		if err != nil {
			// Broken front matter is a warning, never an error.
			for _, want := range []error{ErrBinary, ErrTooLarge, ErrNoText} {
				if errors.Is(err, want) {
					return
				}
			}
			t.Fatalf("got error %v, want one of the package's sentinel errors", err)
		}
		if doc.Path != p {
			t.Errorf("path: got %q, want %q", doc.Path, p)
		}
		if doc.Body == "" {
			t.Fatal("body: got empty with no error")
		}
		for _, s := range append([]string{doc.Body, doc.Title, doc.Publisher, doc.Date, doc.URL}, doc.Warnings...) {
			if !utf8.ValidString(s) {
				t.Errorf("got invalid UTF-8 %q", s)
			}
		}
		for line := range strings.SplitSeq(doc.Body, "\n") {
			if line == "" || strings.TrimSpace(line) != line || strings.ContainsAny(line, "\r\t\x00") {
				t.Errorf("body line %q: want non-empty, trimmed, without control characters", line)
			}
		}
		for _, b := range doc.Blocks {
			if b.Caption != "" && (b.Kind != KindRow || !utf8.ValidString(b.Caption)) {
				t.Errorf("block %q of kind %d: got caption %q, want one of valid UTF-8 and only on a table row", b.Text, b.Kind, b.Caption)
			}
		}
		again, err := Parse(p, raw)
		if err != nil || !reflect.DeepEqual(again, doc) {
			t.Errorf("second parse: got %+v, %v; want the same document", again, err)
		}
	})
}

// binaryErrors are the errors the PDF and Word readers may return.
var binaryErrors = []error{ErrTooLarge, ErrNoText, ErrEncrypted, ErrNoTextLayer, ErrBroken, ErrTooSlow, ErrUnpackLimit}

// fuzzLimits keeps a fuzzed file small and quick.
func fuzzLimits() limits {
	l := defaultLimits()
	l.maxTime = 2 * time.Second
	l.maxUnpacked, l.maxPart = 8<<20, 4<<20
	l.maxGlyphs = 200_000
	return l
}

// checkBinary checks what a reader of binary formats made of raw: one of
// its errors, or a document of trimmed, non-empty lines of valid UTF-8
// with as many blocks as lines.
func checkBinary(t *testing.T, p string, raw []byte) {
	doc, err := parseWith(p, raw, fuzzLimits())
	if err != nil {
		for _, want := range binaryErrors {
			if errors.Is(err, want) {
				return
			}
		}
		t.Fatalf("got error %v, want one of the package's sentinel errors", err)
	}
	lines := strings.Split(doc.Body, "\n")
	if len(lines) != len(doc.Blocks) {
		t.Errorf("got %d body lines and %d blocks, want as many", len(lines), len(doc.Blocks))
	}
	for i, line := range lines {
		if line == "" || strings.TrimSpace(line) != line || !utf8.ValidString(line) || strings.ContainsAny(line, "\r\t\x00") {
			t.Errorf("body line %q: want non-empty, trimmed, valid UTF-8 without control characters", line)
		}
		if i < len(doc.Blocks) && doc.Blocks[i].Text != line {
			t.Errorf("block %d: got %q, want the body line %q", i, doc.Blocks[i].Text, line)
		}
	}
	for _, b := range doc.Blocks {
		if b.Caption != "" && (b.Kind != KindRow || !utf8.ValidString(b.Caption)) {
			t.Errorf("block %q of kind %d: got caption %q, want one of valid UTF-8 and only on a table row", b.Text, b.Kind, b.Caption)
		}
	}
	for _, s := range []string{doc.Title, doc.Publisher, doc.Date} {
		if !utf8.ValidString(s) {
			t.Errorf("got invalid UTF-8 %q", s)
		}
	}
}

// FuzzPDF feeds arbitrary bytes to the PDF reader. It must never panic or
// hang, and fail only with the package's errors. The seeds (in
// testdata/fuzz/FuzzPDF) are small PDFs: text, an image only, a page tree
// that refers to itself, damaged cross-references; footnote marks and a
// table whose cells wrap, rules drawn as underscores, and the real test
// files (a LibreOffice contents page with leader dots, a wkhtmltopdf
// page with a centred table header among them; a text in a Type 3 font
// and pdfTeX's bitmap fonts, a £ sign in a table and a text in T1; bold
// run-in headings; a centred column; a heading numbered as its page; a
// centred subtitle over the text, and T1 letters above 127 in a bitmap
// font), are added here.
func FuzzPDF(f *testing.F) {
	f.Add(buildPDF([]string{textPage("Travel Rules", "", "The travel desk books every flight.")}, "<< /Title (Rules) >>"))
	f.Add(buildPDF([]string{"q 612 0 0 792 0 0 cm /Im1 Do Q"}, ""))
	f.Add(buildPDF([]string{footnotePage(), wrappedTable(), rulePage()}, ""))
	f.Add(buildPDFFont(type3Font, []string{textPage("The library opens on weekdays, all year.")}, ""))
	f.Add(runInPDF())
	f.Add(buildPDF([]string{centredTable()}, ""))
	f.Add(buildPDF([]string{rightAlignedTable()}, ""))
	f.Add(embeddedType1PDF("", "/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\ndup 12 /fi put dup 39 /quoteright put\nreadonly def\n",
		"BT /F1 11 Tf 72 720 Td (The \\014rst floor's open.) Tj ET"))
	f.Add(buildPDF([]string{"BT /F1 14 Tf 72 740 Td (1) Tj ET BT /F1 14 Tf 94 740 Td (Lettings) Tj ET\n" + textPage("We let 112 homes in 2025.")}, ""))
	for _, name := range []string{"testdata/pdf/travel-handbook.pdf", "testdata/wiki/caching-paper.pdf", "testdata/pdf/field-station.pdf",
		"testdata/pdf/loan-policy.pdf", "testdata/pdf/permit-rules.pdf", "testdata/pdf/harbour-newsletter.pdf",
		"../qa/testdata/formats/corpus/reports/annual-report-2025.pdf", "../qa/testdata/formats/corpus/seminars-spring-2026.pdf",
		"../qa/testdata/office15/corpus/rents-and-service-charges-2026.pdf", "testdata/pdf/bitmap-notice.pdf",
		"../qa/testdata/oss18/corpus/docs/migration-3.0.pdf", "../qa/testdata/oss18/corpus/docs/release-process.pdf"} {
		if raw, err := os.ReadFile(name); err == nil {
			f.Add(raw)
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		checkBinary(t, "doc.pdf", raw)
	})
}

// FuzzDOCX feeds arbitrary bytes to the Word reader, with the same
// contract as FuzzPDF. The seeds are in testdata/fuzz/FuzzDOCX (a text
// box, a table of contents, a footnote and merged cells among them;
// caption_style: tables captioned in the "Caption" style and styles
// based on it, above and below, a figure's caption; code_style:
// paragraphs in a style of code and in one based on it, with a line
// break, and in a table cell of prose), with
// headings and a list numbered by word/numbering.xml, non-breaking and
// soft hyphens and the real test files added here.
func FuzzDOCX(f *testing.F) {
	f.Add(makeDOCX(f, map[string]string{"word/document.xml": wordBody(wp("", "The travel desk books every flight."))}))
	f.Add(makeDOCX(f, map[string]string{"word/styles.xml": wordStyles, "word/document.xml": wordBody(wp("Heading1", "Rules") +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>City</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Oslo</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`)}))
	f.Add(makeDOCX(f, map[string]string{"word/styles.xml": numberedStyles, "word/numbering.xml": wordNumbering, "word/document.xml": wordBody(wp("NumHeading1", "Rules") +
		wp("NumHeading2", "Keys") + wpNum("", "2", "1", "Sign for the key.") + wpNum("Heading1", "7", "0", "Gates") + wp("WordHeading2", "Vans"))}))
	f.Add(makeDOCX(f, map[string]string{"word/document.xml": wordBody(`<w:p><w:r><w:t>Call 0300</w:t><w:noBreakHyphen/><w:t>555 extra</w:t><w:softHyphen/><w:t>ordinary</w:t></w:r></w:p>`)}))
	f.Add(makeDOCX(f, map[string]string{"word/document.xml": wordBody(`<w:p><w:r><w:t>Email</w:t><w:tab/><w:t>hello@example.org</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2000"/></w:tabs></w:pPr><w:r><w:tab/><w:t>Out of hours</w:t><w:tab/><w:tab/><w:t>0300</w:t><w:tab/></w:r></w:p>`)}))
	for _, name := range []string{"testdata/wiki/travel-handbook.docx", "testdata/docx/loan-policy.docx", "testdata/docx/depot-rules.docx"} {
		if raw, err := os.ReadFile(name); err == nil {
			f.Add(raw)
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		checkBinary(t, "doc.docx", raw)
	})
}
