package corpus

import "testing"

// TestPDFCharterSections checks that a charter's numbered section titles
// ("2) Membership.", bold or large, each over its clauses lettered from
// "a)") are headings, full stop and all, and that a title set with no
// space after its number ("10)Expenses") reads as numbered as the
// others; a bold numbered sentence over a paragraph stays a list item
// (TestPDFNumberedHeadings).
func TestPDFCharterSections(t *testing.T) {
	got := parsedBlocks(t, buildPDF([]string{sizedPage(
		"The charter below sets the rules of the cycling club.",
		"!1\\) Mission and Scope.", "a\\) The club promotes safe cycling in the town.",
		"!2\\) Membership.", "a\\) Members pay a fee every year.", "b\\) Members may bring one guest to each ride.",
		"!10\\)Expenses", "a\\) The treasurer keeps the receipts of every purchase.")}, ""), sectionedBlock)
	wantBlocks(t, got, []string{
		"0 |  | The charter below sets the rules of the cycling club.",
		"1 | 1) Mission and Scope. | 1) Mission and Scope.",
		"0 | 1) Mission and Scope. | a) The club promotes safe cycling in the town.",
		"1 | 2) Membership. | 2) Membership.",
		"0 | 2) Membership. | a) Members pay a fee every year.",
		"0 | 2) Membership. | b) Members may bring one guest to each ride.",
		"1 | 10) Expenses | 10) Expenses",
		"0 | 10) Expenses | a) The treasurer keeps the receipts of every purchase.",
	})
}

// TestPDFSeriesLevels checks that the headings of a series ("Exhibit
// A", "Exhibit B") are siblings though set in different sizes: the
// second, smaller than the first's last heading, does not sit under it.
func TestPDFSeriesLevels(t *testing.T) {
	page := "BT /F1 11 Tf 72 740 Td (Members sign the agreement and send it back by e-mail.) Tj ET\n" +
		"BT /F1 16 Tf 72 710 Td (Exhibit A) Tj ET\n" +
		"BT /F1 11 Tf 72 690 Td (The member fills in the contacts below.) Tj ET\n" +
		"BT /F1 16 Tf 72 660 Td (Billing Contact) Tj ET\n" +
		"BT /F1 11 Tf 72 640 Td (Invoices go to the billing contact by e-mail.) Tj ET\n" +
		"BT /F1 13 Tf 72 610 Td (Exhibit B) Tj ET\n" +
		"BT /F1 11 Tf 72 590 Td (The charter sets the rules of the fund.) Tj ET\n"
	doc, err := Parse("a.pdf", buildPDF([]string{page}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	for _, b := range doc.Blocks {
		if b.Text == "The charter sets the rules of the fund." && b.Section != "Exhibit B" {
			t.Errorf("section of %q: got %q, want %q", b.Text, b.Section, "Exhibit B")
		}
	}
}

// TestPDFBoldListLabel checks that an item's label set in bold at a tab
// stop before its text in the regular weight ("i)" before "“Subsidiaries”
// means …", as Word sets an automatic number) stays with its text, not
// a term or heading of its own.
func TestPDFBoldListLabel(t *testing.T) {
	page := "BT /F1 11 Tf 72 720 Td (The words below are defined as follows.) Tj ET\n" +
		"BT /F2 11 Tf 96 700 Td (i\\)) Tj ET BT /F1 11 Tf 117.7 700 Td (Subsidiaries are the companies a member owns) Tj ET\n" +
		"BT /F1 11 Tf 117.7 686 Td (through its shares.) Tj ET\n" +
		"BT /F2 11 Tf 90 672 Td (ii\\)) Tj ET BT /F1 11 Tf 117.7 672 Td (Affiliates are the companies that own a member.) Tj ET\n" +
		"BT /F1 11 Tf 72 658 Td (Each member lists its subsidiaries once a year.) Tj ET\n"
	wantBlocks(t, parsedBlocks(t, buildBoldPDF(page), kindBlock), []string{
		"0 | The words below are defined as follows.",
		"0 | i) Subsidiaries are the companies a member owns through its shares.",
		"0 | ii) Affiliates are the companies that own a member. Each member lists its subsidiaries once a year.",
	})
}

// TestPDFPagedContents checks that a table of contents under its
// "Contents" line, each entry ending in its page number with no leader
// dots, some glued to the title's last word ("Download Source4") and one
// title wrapped onto a second line, is dropped as contents, though its
// titles are no lines of the text again.
func TestPDFPagedContents(t *testing.T) {
	toc := textPage("Table of Contents", "1. Introduction 2", "1.1 Download Source2",
		"2. Compiling the library from its", "source code 2", "3. Examples 2")
	body := textPage("Introduction", "The library finds the protocol of each flow.", "Examples",
		"The reader prints one line for each flow it sees.")
	doc, err := Parse("a.pdf", buildPDF([]string{toc, body}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var kept []string
	for _, b := range doc.Blocks {
		kept = append(kept, b.Text)
	}
	for _, b := range doc.Blocks {
		if b.Page == 1 {
			t.Errorf("kept %q of the contents; blocks %q", b.Text, kept)
		}
	}
}
