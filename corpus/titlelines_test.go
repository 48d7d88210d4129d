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
