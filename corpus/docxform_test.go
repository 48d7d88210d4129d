package corpus

import (
	"slices"
	"strings"
	"testing"
)

// This file tests the reading of Word forms and applicant packs: a title
// that names a file, a template's placeholders atop the text, a table of
// contents typed by hand, a form's labelled fields and its statements in
// capitals or bold.

// wpBold is a paragraph of no style holding text in one bold run.
func wpBold(text string) string {
	return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

// wpField is a paragraph of no style holding a field: its label in bold,
// its value in the regular weight.
func wpField(label, value string) string {
	return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + label + ` </w:t></w:r><w:r><w:t>` + value + `</w:t></w:r></w:p>`
}

// wpTabbed is a paragraph of no style holding text and then tabs, as a
// hand-typed table of contents' entry ends before the tab stop of its
// page number.
func wpTabbed(text string, tabs int) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` + strings.Repeat(`<w:r><w:tab/></w:r>`, tabs) + `</w:p>`
}

// coreTitled is a docProps/core.xml giving the title t.
func coreTitled(t string) string {
	return `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>` +
		t + `</dc:title></cp:coreProperties>`
}

// droppedAs returns the lines of doc dropped for the reason why.
func droppedAs(doc Document, why string) []string {
	var got []string
	for _, d := range doc.Dropped {
		if d.Why == why {
			got = append(got, d.Text)
		}
	}
	return got
}

// TestDOCXApplicantPack checks that a Word title property naming a file
// is no title (wordTitle), nor is a placeholder line atop the text
// (placeholderLine): the first heading is; and that a table of contents
// typed by hand, its entries ending in tabs, the last without one, one
// holding a tab inside, is left out as a table of contents
// (markTypedContents), no page chrome and no table's caption.
func TestDOCXApplicantPack(t *testing.T) {
	raw := makeDOCX(t, map[string]string{
		"word/styles.xml":   wordStyles,
		"docProps/core.xml": coreTitled("Chief Technology Officer (CTO) SCS applicant pack v2.docx"),
		"word/document.xml": wordBody(wp("", "[Department logo]") + wpBold("[Department]") +
			wpBold("Chief Technology Officer") + wpBold("Applicant Information Pack") +
			wpBold("Contents") + wpTabbed("Welcome", 11) + wpTabbed("Person Specification", 7) +
			wpTabbed("Job Specific Skills", 7) + wpTabbed("Role context", 5) +
			`<w:p><w:r><w:t>Terms and Conditions</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">- Department to include</w:t></w:r><w:r><w:tab/></w:r></w:p>` +
			wpTabbed("How to Apply", 5) + wp("", "Role of Civil Service Commissioners") +
			wp("", "Dear Applicant,") +
			wp("", "Thank you for expressing interest in the Chief Technology Officer position.") +
			wpBold("Welcome") +
			wp("", "Government is resetting its approach to technology.")),
	})
	doc := parsedDoc(t, "pack.docx", raw)
	if want := "Chief Technology Officer"; doc.Title != want {
		t.Errorf("title: got %q, want %q", doc.Title, want)
	}
	want := []string{"Contents", "Welcome", "Person Specification", "Job Specific Skills", "Role context",
		"Terms and Conditions; - Department to include", "How to Apply", "Role of Civil Service Commissioners"}
	if got := droppedAs(doc, whyContents); !slices.Equal(got, want) {
		t.Errorf("table of contents: got %q, want %q", got, want)
	}
	if got := droppedAs(doc, whyChrome); len(got) > 0 {
		t.Errorf("page chrome: got %q, want none", got)
	}
	for _, b := range doc.Blocks {
		if b.Kind == KindRow {
			t.Errorf("row %q, want none", b.Text)
		}
	}
	if !strings.Contains(doc.Body, "Dear Applicant,") || !strings.Contains(doc.Body, "Government is resetting") {
		t.Errorf("body lacks the letter:\n%s", doc.Body)
	}
}

// TestDOCXPlaceholderTitle checks that a title holding a placeholder
// among words of its own stays the title: only a line that is a
// placeholder alone is passed over (placeholderLine).
func TestDOCXPlaceholderTitle(t *testing.T) {
	raw := makeDOCX(t, map[string]string{
		"word/styles.xml":   wordStyles,
		"word/document.xml": wordBody(wp("", "[Project Name] Internal Kickoff") + wp("", "The kickoff sets the project's goals and its team.")),
	})
	if got, want := parsedDoc(t, "kickoff.docx", raw).Title, "[Project Name] Internal Kickoff"; got != want {
		t.Errorf("title: got %q, want %q", got, want)
	}
}

// TestDOCXVacancyForm checks a form's reading: a labelled field whose
// label joins two words by a slash is a field, no photo credit
// (fieldLabelRE); statements in capitals, in a heading's style or in
// bold, and a bold statement without its stop are paragraphs, no
// headings (capsStatement, statementLine); list items typed with their
// marker in bold are no headings; and a statement closing the text
// without its stop is text, not the page's tail (block.statement); while
// bold short lines stay headings.
func TestDOCXVacancyForm(t *testing.T) {
	raw := makeDOCX(t, map[string]string{
		"word/styles.xml": wordStyles,
		"word/document.xml": wordBody(wpBold("VACANCY ADVERTISING FORM") +
			wpField("POST TITLE:", "Digital Communications Lead") + wpField("PAYBAND:", "Band A") +
			wpField("UNIT/DIVISION:", "Government Digital Service") + wpField("LOCATION:", "London, Holborn") +
			wp("Heading2", "MAIN DUTIES OF THE POST") +
			wp("", "The Government Digital Service is part of the Cabinet Office.") +
			wp("", "The main responsibilities of the post are:") +
			wpBold("- ensure ongoing, open and clear communication integrated across a range of digital channels") +
			wpBold("- identify and commission the creation of digital products such as blogs, video, images etc") +
			wp("Heading2", "APPLICATIONS ARE WELCOME FROM PART TIMERS AND JOB SHARERS") +
			wpBold("EXISTING CIVIL SERVANTS WILL JOIN ON 2 YEAR LOAN") +
			wp("", "Successful applicants will transfer onto Cabinet Office terms.") +
			wpBold("How to Apply") +
			wp("", "Please send your CV and a written statement of suitability.") +
			wpBold("These documents should be emailed to recruitment quoting the reference no later than close of business") +
			wpBold("Late or faxed applications will not be accepted")),
	})
	doc := parsedDoc(t, "form.docx", raw)
	var heads []string
	for _, b := range doc.Blocks {
		if b.Kind == KindHeading {
			heads = append(heads, b.Text)
		}
	}
	if want := []string{"VACANCY ADVERTISING FORM", "MAIN DUTIES OF THE POST", "How to Apply"}; !slices.Equal(heads, want) {
		t.Errorf("headings: got %q, want %q", heads, want)
	}
	for _, want := range []string{"UNIT/DIVISION: Government Digital Service", "APPLICATIONS ARE WELCOME FROM PART TIMERS AND JOB SHARERS",
		"EXISTING CIVIL SERVANTS WILL JOIN ON 2 YEAR LOAN", "ensure ongoing, open and clear communication",
		"These documents should be emailed", "Late or faxed applications will not be accepted"} {
		if !strings.Contains(doc.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, doc.Body)
		}
	}
	if len(doc.Dropped) > 0 {
		t.Errorf("dropped %v, want none", doc.Dropped)
	}
}

// TestStatementLine checks which lines without a stop read as
// statements: long enough, an auxiliary verb after the first word, no
// question.
func TestStatementLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Late or faxed applications will not be accepted", true},
		{"EXISTING CIVIL SERVANTS WILL JOIN ON 2 YEAR LOAN", true},
		{"To find out what else we've delivered, visit the blog of the team", true},
		{"What you will need", false},                                             // too short: a heading
		{"Will the new approach replace the current system of government", false}, // the verb opens it
		{"Is the support free to use for all users of the service?", false},       // a question
		{"Specialist skills and requirements of the role in the department", false},
		{"Build self-efficacy – build learner’s confidence that this is something they can do", false}, // a label and its gloss
	} {
		if got := statementLine(c.s); got != c.want {
			t.Errorf("statementLine(%q): got %v, want %v", c.s, got, c.want)
		}
	}
}
