package corpus

import (
	"strings"
	"testing"
)

// TestDOCXTitleLines checks that a title set as two paragraphs of Word's
// Title style is one heading, the document's title, so that the sections
// under it are not held by its second line; that a note's mark in square
// brackets, set as a superscript as Google Docs exports a footnote's
// mark, is no word of a heading; that the lines a sentence's lead-in
// announces, typed as paragraphs, are its entries, a bare address with
// one word before it included; and that a repeated "This page
// intentionally left blank" is a page notice.
func TestDOCXTitleLines(t *testing.T) {
	sup := func(style, text, mark string) string {
		return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr><w:r><w:t xml:space="preserve">` + text +
			`</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>` + mark + `</w:t></w:r></w:p>`
	}
	raw := makeDOCX(t, map[string]string{
		"word/styles.xml": wordStyles,
		"word/document.xml": wordBody(wp("Title", "") + wp("Title", "Artificial Intelligence") + wp("Title", "System Bill of Materials") +
			wp("", "A compliance guide for the supply chain.") +
			wp("", "This page intentionally left blank") +
			wp("Heading1", "Introduction") +
			wp("", "This guide defines the key requirements of a program.") +
			wp("", "The primary references were:") +
			wp("", "ISO/IEC 5230:2020 https://www.iso.org/standard/81039.html") +
			wp("", "ISO/IEC 42001:2023 https://www.iso.org/standard/81230.html") +
			wp("", "ISO/IEC 5962:2021 https://www.iso.org/standard/81870.html") +
			wp("", "This guide is licensed under a Creative Commons licence.") +
			wp("", "This page intentionally left blank") +
			sup("Heading1", "Guidance ", "[3]") +
			wp("", "How an organization approaches compliance depends on many factors.")),
	})
	doc, err := Parse("guide.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Artificial Intelligence System Bill of Materials"; doc.Title != want {
		t.Errorf("title: got %q, want %q", doc.Title, want)
	}
	sections := map[string]string{}
	for _, b := range doc.Blocks {
		sections[b.Text] = b.Section
	}
	for text, want := range map[string]string{
		"This guide defines the key requirements of a program.":              "Introduction",
		"ISO/IEC 42001:2023 https://www.iso.org/standard/81230.html":         "Introduction",
		"ISO/IEC 5962:2021 https://www.iso.org/standard/81870.html":          "Introduction",
		"How an organization approaches compliance depends on many factors.": "Guidance",
	} {
		if got, ok := sections[text]; !ok || got != want {
			t.Errorf("%q: got section %q (kept %v), want %q", text, got, ok, want)
		}
	}
	if strings.Contains(doc.Body, "left blank") {
		t.Errorf("body keeps the blank page's notice:\n%s", doc.Body)
	}
}

// TestPDFTitleLines checks that a PDF's title set as two lines of its
// largest size, too far apart (two and a half lines) to read as one paragraph, is one heading,
// the document's title, and that the headings under it stay sections.
func TestPDFTitleLines(t *testing.T) {
	page := "BT /F1 24 Tf 72 720 Td (BENEFITS OF) Tj ET\n" +
		"BT /F1 24 Tf 72 660 Td (ADOPTING THE STANDARD) Tj ET\n" +
		"BT /F1 14 Tf 72 630 Td (Shared security) Tj ET\n" +
		"BT /F1 11 Tf 72 610 Td (The standard provides a framework for the shared use of open source.) Tj ET\n" +
		"BT /F1 14 Tf 72 580 Td (Lower costs) Tj ET\n" +
		"BT /F1 11 Tf 72 560 Td (Companies in the supply chain work together toward one goal.) Tj ET\n"
	doc, err := Parse("one-pager.pdf", buildPDF([]string{page}, ""))
	if err != nil {
		t.Fatal(err)
	}
	if want := "BENEFITS OF ADOPTING THE STANDARD"; doc.Title != want {
		t.Errorf("title: got %q, want %q", doc.Title, want)
	}
	for _, b := range doc.Blocks {
		if strings.HasPrefix(b.Text, "Companies") && b.Section != "Lower costs" {
			t.Errorf("%q: got section %q, want %q", b.Text, b.Section, "Lower costs")
		}
	}
}

// TestMarkdownQuotedBanner checks that a block quote over a README's
// heading is no title: the heading is ("# dotenv"), the quote staying
// text, and that the lone
// lowercase words of a list whose other entries are kept are entries
// too, not a link's words of a page's menu, while a list of interface
// words alone stays chrome.
func TestMarkdownQuotedBanner(t *testing.T) {
	in := "> If you like dotenv, you will probably love [dotenvx](https://example.org) – for encrypting files. Thank you for using dotenv. 🙏\n\n" +
		"# dotenv\n\nDotenv loads environment variables from a file into the process.\n\n" +
		"## More Examples\n\nSee examples of using dotenv with various frameworks.\n\n" +
		"* [nodejs](https://example.org/a)\n* [nodejs (debug on)](https://example.org/b)\n* [esm](https://example.org/c)\n" +
		"* [react (typescript)](https://example.org/d)\n* [express](https://example.org/e)\n\n" +
		"## Links\n\nThe project's pages.\n\n* [home](https://example.org/)\n* [more](https://example.org/more)\n"
	doc, err := Parse("README.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "dotenv" {
		t.Errorf("title: got %q, want %q", doc.Title, "dotenv")
	}
	if !strings.Contains(doc.Body, "Thank you for using dotenv.") {
		t.Errorf("the quote is no longer text:\n%s", doc.Body)
	}
	kept := map[string]bool{}
	for _, b := range doc.Blocks {
		kept[b.Text] = true
	}
	for text, want := range map[string]bool{"nodejs": true, "esm": true, "express": true, "nodejs (debug on)": true, "home": false, "more": false} {
		if kept[text] != want {
			t.Errorf("%q: got kept %v, want %v", text, kept[text], want)
		}
	}
}

// TestPDFGluedBullets checks that a bullet set right against its text
// with no space (Google Slides' export parts them by position alone)
// opens a list item, so that two bullets of one text box are two items,
// not one line, and that a slide's last list is kept as the text.
func TestPDFGluedBullets(t *testing.T) {
	page := "BT /F1 18 Tf 72 720 Td (First Steps) Tj ET\n" +
		"BT /F1 11 Tf 72 690 Td (Review the specification before you start.) Tj ET\n" +
		"BT /F1 18 Tf 72 650 Td (Get Involved) Tj ET\n" +
		"BT /F1 11 Tf 72 620 Td (\\225Join the work teams) Tj ET\n" +
		"BT /F1 11 Tf 72 606 Td (\\225Participate in the monthly calls) Tj ET\n" +
		"BT /F1 11 Tf 72 592 Td (\\225Corporate sponsorship opportunities) Tj ET\n"
	doc, err := Parse("slides.pdf", buildPDF([]string{page}, ""))
	if err != nil {
		t.Fatal(err)
	}
	items := map[string]bool{}
	for _, b := range doc.Blocks {
		if b.Kind == KindItem {
			items[b.Text] = true
		}
	}
	for _, want := range []string{"Join the work teams", "Participate in the monthly calls", "Corporate sponsorship opportunities"} {
		if !items[want] {
			t.Errorf("no item %q; blocks:\n%s", want, doc.Body)
		}
	}
}
