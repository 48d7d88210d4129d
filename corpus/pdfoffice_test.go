package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestPDFFieldEntriesKept checks that the entries of a field list an
// office document sets under a heading, one a line, each a label, a colon
// and its text ("Software: Excel, Word, Outlook, PowerPoint" over
// "Programming languages: R and Python" of a résumé's skills), are kept
// as text: the first is a short line of capitalised words that no
// sentence follows, which alone reads as page chrome (a menu's line), but
// an entry of a field list is a list's line, as an item is.
func TestPDFFieldEntriesKept(t *testing.T) {
	checkBoldPDFPages(t, []boldPDFPage{
		{name: "Skills", content: "BT /F1 10 Tf 72 720 Td (Jane Doe studies actuarial science and statistics at the university.) Tj ET\n" +
			"BT /F2 10 Tf 72 700 Td (COMPUTER SKILLS) Tj ET\n" +
			"BT /F1 10 Tf 72 688 Td (Software: Excel, Word, Outlook, PowerPoint) Tj ET\n" +
			"BT /F1 10 Tf 72 676 Td (Programming languages: R and Python) Tj ET\n" +
			"BT /F2 10 Tf 72 656 Td (LANGUAGE SKILLS) Tj ET\n" +
			"BT /F1 10 Tf 72 644 Td (She speaks Mandarin and English, written and verbal.) Tj ET",
			want: []string{
				"0 |  | Jane Doe studies actuarial science and statistics at the university.",
				"1 | COMPUTER SKILLS | COMPUTER SKILLS",
				"0 | COMPUTER SKILLS | Software: Excel, Word, Outlook, PowerPoint",
				"0 | COMPUTER SKILLS | Programming languages: R and Python",
				"1 | LANGUAGE SKILLS | LANGUAGE SKILLS",
				"0 | LANGUAGE SKILLS | She speaks Mandarin and English, written and verbal.",
			}},
	})
}

// TestPDFItemWrappedUnderMarker checks that a list item an office suite
// sets with no hanging indent ("- " typed before the text, its wrapped
// lines going back to the marker's place, as a Word or LibreOffice
// report's items do) reads as one item, its sentence whole, when its
// line is full and cut mid-sentence; while a paragraph after the list,
// starting at the marker's place under an item that ends its sentence,
// is a paragraph of its own.
func TestPDFItemWrappedUnderMarker(t *testing.T) {
	checkBoldPDFPages(t, []boldPDFPage{
		{name: "NoHangingIndent", content: "BT /F1 10 Tf 72 720 Td (The report covers the sales of the stores over three years.) Tj ET\n" +
			"BT /F1 10 Tf 72 706 Td (- Store 14 has the largest spread of weekly sales of all the stores, which is) Tj ET\n" +
			"BT /F1 10 Tf 72 692 Td (317,569.95 dollars, with a coefficient of variation of 15.7 percent.) Tj ET\n" +
			"BT /F1 10 Tf 72 678 Td (- The monthly view shows the sales over time, with December highest.) Tj ET\n" +
			"BT /F1 10 Tf 72 664 Td (Sales rise in the second half of each year.) Tj ET",
			want: []string{
				"0 |  | The report covers the sales of the stores over three years.",
				"2 |  | Store 14 has the largest spread of weekly sales of all the stores, which is 317,569.95 dollars, with a coefficient of variation of 15.7 percent.",
				"2 |  | The monthly view shows the sales over time, with December highest.",
				"0 |  | Sales rise in the second half of each year.",
			}},
	})
}

// TestPDFFileNameTitle checks that a PDF whose document information title
// is its own file's name, without the extension (Quartz's title for a
// document exported from Word for Mac or Pages: "manual" of manual.pdf,
// "travel_rules" of Travel-Rules.pdf), takes its title from the text,
// while the same title in a file of another name, or from a producer
// other than Quartz, is the file's title.
func TestPDFFileNameTitle(t *testing.T) {
	const quartz = "/Producer (macOS Version 14.1 \\(Build 23B74\\) Quartz PDFContext)"
	page := textPage("Travel Rules", "", "The travel desk books every flight for the team.", "Hotels are booked by each traveller.")
	for _, c := range []struct {
		file, info, title string
		from              Origin
	}{
		{"docs/manual.pdf", "<< /Title (manual) " + quartz + " >>", "Travel Rules", FromText},
		{"Travel-Rules.pdf", "<< /Title (travel_rules) " + quartz + " >>", "Travel Rules", FromText},
		{"handbook.pdf", "<< /Title (manual) " + quartz + " >>", "manual", FromPDFInfo},
		{"manual.pdf", "<< /Title (manual) /Producer (Microsoft\\256 Word 2016) >>", "manual", FromPDFInfo},
	} {
		doc, err := Parse(c.file, buildPDF([]string{page}, c.info))
		if err != nil {
			t.Fatalf("Parse(%s): %v", c.file, err)
		}
		if doc.Title != c.title || doc.From.Title != c.from {
			t.Errorf("%s titled %s: got %q from %q, want %q from %q", c.file, c.info, doc.Title, doc.From.Title, c.title, c.from)
		}
	}
}

// TestPDFStaleWordTitle checks that a PDF whose document information
// title names the file it was kept in, as a document-management system
// or a word processor writes it ("IPMP COMMENTS 2-11-2011
// (J1490880.DOCX;1)", "Microsoft Word - report.docx"), takes its title
// from the text, while a title that merely holds a year and a note in
// brackets is the file's title.
func TestPDFStaleWordTitle(t *testing.T) {
	page := textPage("Travel Rules", "", "The travel desk books every flight for the team.", "Hotels are booked by each traveller.")
	for _, c := range []struct {
		info, title string
		from        Origin
	}{
		{"<< /Title (IPMP COMMENTS 2-11-2011 \\(J1490880.DOCX;1\\)) >>", "Travel Rules", FromText},
		{"<< /Title (travel-rules-v2.doc) >>", "Travel Rules", FromText},
		{"<< /Title (Microsoft Word - report.docx) >>", "Travel Rules", FromText},
		{"<< /Title (Travel Rules 2011 \\(draft 1\\)) >>", "Travel Rules 2011 (draft 1)", FromPDFInfo},
	} {
		doc, err := Parse("rules.pdf", buildPDF([]string{page}, c.info))
		if err != nil {
			t.Fatalf("Parse(%s): %v", c.info, err)
		}
		if doc.Title != c.title || doc.From.Title != c.from {
			t.Errorf("titled %s: got %q from %q, want %q from %q", c.info, doc.Title, doc.From.Title, c.title, c.from)
		}
	}
}

// TestPDFLowercaseTitle checks that a tool's name in lower case, the
// first heading of page 1 and set in the document's largest size, is the
// document's title, not a link's lone word dropped as page chrome (the
// manual of headache, titled "headache"), while the same word set in the
// size of the sections' headings, under a larger title, is no title.
func TestPDFLowercaseTitle(t *testing.T) {
	line := func(size, y int, s string) string {
		return fmt.Sprintf("BT /F1 %d Tf 72 %d Td (%s) Tj ET\n", size, y, s)
	}
	body := line(11, 600, "The wrangle tool rewrites the headers of source files in place.") +
		line(11, 586, "It reads one configuration file for every kind of source file.")
	for _, c := range []struct {
		name, page, title string
	}{
		{"title size", line(20, 720, "wrangle") + line(14, 640, "1 Overview") + body, "wrangle"},
		{"section size", line(20, 720, "Header Tools") + line(14, 680, "wrangle") + line(14, 640, "1 Overview") + body, "Header Tools"},
	} {
		doc, err := Parse("manual.pdf", buildPDF([]string{c.page}, ""))
		if err != nil {
			t.Fatalf("%s: Parse: %v", c.name, err)
		}
		if doc.Title != c.title {
			t.Errorf("%s: got title %q, want %q", c.name, doc.Title, c.title)
		}
	}
}

// TestPDFLabelledAddress checks that a line of a Word document labelling
// a web address ("Dataset link: - https://…", the label, a typed dash and
// the address) is kept as text, the answer to where the data is, while
// an address alone on its line is still a bare link, page chrome.
func TestPDFLabelledAddress(t *testing.T) {
	checkBoldPDFPages(t, []boldPDFPage{
		{name: "LabelledAddress", content: "BT /F1 10 Tf 72 720 Td (The report covers the sales of the stores over three years, and each store's weekly) Tj ET\n" +
			"BT /F1 10 Tf 72 708 Td (sales are in one table.) Tj ET\n" +
			"BT /F1 10 Tf 72 688 Td (Dataset link: - https://data.example.org/sales.csv) Tj ET\n" +
			"BT /F1 10 Tf 72 668 Td (Sales rise in the second half of each year, and they are highest in December of) Tj ET\n" +
			"BT /F1 10 Tf 72 656 Td (every year.) Tj ET\n" +
			"BT /F1 10 Tf 72 636 Td (https://example.org/more) Tj ET\n" +
			"BT /F1 10 Tf 72 616 Td (The stores close on public holidays, and their sales are then counted as zero in) Tj ET\n" +
			"BT /F1 10 Tf 72 604 Td (the table.) Tj ET",
			want: []string{
				"0 |  | The report covers the sales of the stores over three years, and each store's weekly sales are in one table.",
				"0 |  | Dataset link: - https://data.example.org/sales.csv",
				"0 |  | Sales rise in the second half of each year, and they are highest in December of every year.",
				"0 |  | The stores close on public holidays, and their sales are then counted as zero in the table.",
			}},
	})
}

// TestPDFContentsNumberColumn checks a table of contents as Word with a
// plain right tab and macOS Quartz set one: each title flush left, its
// page number alone at the right margin with no leader between. The
// numbers are no column of text of their own: each line is a title and
// its page number, dropped as contents, not a heading.
func TestPDFContentsNumberColumn(t *testing.T) {
	at := sizedText
	titles := []string{"Getting started", "Installing the tool", "First steps", "Connecting", "Terminal modes", "Plotting", "Fonts"}
	contents := at(14, 72, 740, "Contents")
	var text string
	for i, title := range titles {
		y := 710 - 18*i
		contents += at(11, 72, y, title) + at(11, 530, y, fmt.Sprint(2+i/2))
		text += at(14, 72, 740-60*i, title) + at(11, 72, 716-60*i, "The tool draws on the screen as the terminal of old did, line by line and dot by dot.")
	}
	doc, err := Parse("a.pdf", buildPDF([]string{contents, text}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var dropped []string
	for _, d := range doc.Dropped {
		dropped = append(dropped, d.Why+": "+d.Text)
	}
	want := []string{"table of contents: Contents"}
	for i, title := range titles {
		want = append(want, fmt.Sprintf("table of contents: %s %d", title, 2+i/2))
	}
	if !slices.Equal(dropped, want) {
		t.Errorf("dropped:\ngot  %q\nwant %q", dropped, want)
	}
	if n := strings.Count(doc.Body, "Getting started"); n != 1 {
		t.Errorf("body holds %q %d times, want 1:\n%s", "Getting started", n, doc.Body)
	}
}

// TestPDFRuledTableColumns checks a table of two columns whose cells'
// borders are drawn (Word's table of hotkeys: a key and what it does,
// a rule under each row). The gap between its columns looks like the
// gutter of a page of two columns of text, but rules cross it between
// the rows: it is read row by row, each key with its action, not the
// keys glued into one line and the actions into another.
func TestPDFRuledTableColumns(t *testing.T) {
	at := sizedText
	rows := [][2]string{{"Keys", "Description"}, {"Enter", "Open item"}, {"F7", "Open item or add new directory"},
		{"F2", "Rename item"}, {"Del", "Delete item"}, {"Ctrl + D", "Add existing item"}}
	page := at(14, 72, 760, "Explorer Hotkeys")
	lines := "0.5 w "
	for i, r := range rows {
		y := 730 - 23*i
		page += at(10, 160, y, r[0]) + at(10, 275, y, r[1])
		lines += fmt.Sprintf("156 %d m 440 %d l S ", y+15, y+15)
	}
	bottom := 730 - 23*len(rows) + 15
	lines += fmt.Sprintf("156 %[1]d m 440 %[1]d l S 156 745 m 156 %[1]d l S 270 745 m 270 %[1]d l S 440 745 m 440 %[1]d l S\n", bottom)
	doc, err := Parse("a.pdf", buildPDF([]string{page + lines + at(10, 72, 560, "The keys work in the explorer only.")}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	for _, want := range []string{"Enter; Open item", "F7; Open item or add new directory", "Ctrl + D; Add existing item"} {
		if !strings.Contains(doc.Body, want) {
			t.Errorf("body lacks the row %q:\n%s", want, doc.Body)
		}
	}
}

// TestPDFChapterRunningHeader checks a running header as Word sets one
// of two parts: the document's title at the left margin and, at the
// right, the chapter's name (a StyleRef field), which changes with the
// chapter and so repeats on few pages. A header whose one part is the
// running header of other pages is a running header too, not a line of
// the text.
func TestPDFChapterRunningHeader(t *testing.T) {
	at := sizedText
	body := func(s string) string {
		return at(11, 72, 700, s) + at(11, 72, 686, "The office answers the telephone from eight to six on weekdays.")
	}
	pages := []string{
		at(9, 72, 760, "Harbour Manual") + body("The moorings of the outer basin are let by the season."),
		at(9, 72, 760, "Harbour Manual") + body("A mooring is paid for before the boat takes it."),
		at(9, 72, 760, "Harbour Manual") + at(9, 480, 760, "Berths") + body("The berths of the inner basin are let by the night."),
	}
	doc, err := Parse("a.pdf", buildPDF(pages, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if strings.Contains(doc.Body, "Harbour Manual") || strings.Contains(doc.Body, "Berths") {
		t.Errorf("body holds the running header:\n%s", doc.Body)
	}
	if !strings.Contains(doc.Body, "The berths of the inner basin are let by the night.") {
		t.Errorf("body lost the text:\n%s", doc.Body)
	}
}

// TestPDFBoxedRequirementRows checks the tables of a Word-made process
// guide: three columns (a requirement's number, the requirement, what to
// send) with no rules between the columns, a rule drawn over each cell of
// a row and under the last. The right column's text is justified, so a
// line of few words has spaces wider than an em, which must not cut it
// into cells of one word each (justifiedSpaces), though it is cut where
// the next column starts when the spaces of a line across both cells
// are as wide as the gap between them (cutAtColumns); a table may be one row
// (ruledRow), its cell broken onto lines by hand ("is kept" over "for
// each member of staff"), the rule under it up to two lines below its
// last line (a cell's padding: the guide's 6.2.1). Each row reads as one
// line of cells.
func TestPDFBoxedRequirementRows(t *testing.T) {
	at := sizedText
	// spaced sets words from x0 with gap between them.
	spaced := func(y, x0, gap float64, words ...string) string {
		var b strings.Builder
		x := x0
		for _, w := range words {
			fmt.Fprintf(&b, "BT /F1 10 Tf %.2f %.2f Td (%s) Tj ET\n", x, y, w)
			x += float64(len(w))*5.56 + gap
		}
		return b.String()
	}
	// justified sets words from x0 to x1 with equal spaces between them.
	justified := func(y, x0, x1 float64, words ...string) string {
		n := 0
		for _, w := range words {
			n += len(w)
		}
		return spaced(y, x0, (x1-x0-float64(n)*5.56)/float64(len(words)-1), words...)
	}
	// ruled draws a rule over each of the three cells at y.
	ruled := func(y int) string {
		return fmt.Sprintf("0.5 w 107 %[1]d m 147 %[1]d l S 147.4 %[1]d m 352.6 %[1]d l S 353 %[1]d m 528 %[1]d l S\n", y)
	}
	page := at(12, 90, 740, "Every member of staff must know the written policy.") +
		ruled(712) +
		at(10, 112, 700, "1.1.1") + at(10, 155, 700, "A written policy exists.") + justified(700, 360, 522, "Send", "us", "a", "copy", "of", "any") +
		at(10, 360, 688, "policy. In the absence of a") +
		at(10, 360, 676, "policy, we will draft one.") +
		ruled(670) +
		at(10, 112, 658, "1.1.2") + at(10, 155, 658, "Staff are told of the policy") + at(10, 360, 658, "Send us the notes of") +
		at(10, 155, 646, "by training or by notes") + justified(646, 360, 522, "the", "training", "given", "to", "all") +
		spaced(634, 155, 31.79, "sent", "to", "the", "team.", "staff", "members.") +
		ruled(628) +
		at(12, 90, 620, "Rationale: the staff must know the policy.") +
		ruled(612) +
		at(10, 112, 600, "1.2.1") + at(10, 155, 600, "A log of the training") + at(10, 360, 600, "Send us the log. We will") +
		at(10, 155, 588, "is kept") + at(10, 360, 588, "draft one if none exists.") +
		at(10, 155, 576, "for each member of staff") +
		at(10, 155, 564, "in the team.") +
		ruled(558) +
		at(12, 90, 530, "Rationale: a log shows who was trained.") +
		ruled(500) +
		at(10, 112, 488, "1.3.1") + at(10, 155, 488, "The team affirms that") + at(10, 360, 488, "We will draft the form") +
		at(10, 155, 476, "its programme meets") + at(10, 360, 476, "once it is met.") +
		at(10, 155, 464, "every requirement") +
		at(10, 155, 452, "within the past") +
		at(10, 155, 440, "eighteen months.") +
		ruled(426) +
		at(12, 90, 400, "Rationale: the programme must stay current.")
	doc, err := Parse("a.pdf", buildPDF([]string{page}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	for _, want := range []string{
		"1.1.1; A written policy exists.; Send us a copy of any policy. In the absence of a policy, we will draft one.",
		"1.1.2; Staff are told of the policy by training or by notes sent to the team.; Send us the notes of the training given to all staff members.",
		"1.2.1; A log of the training is kept for each member of staff in the team.; Send us the log. We will draft one if none exists.",
		"1.3.1; The team affirms that its programme meets every requirement within the past eighteen months.; We will draft the form once it is met.",
	} {
		if !strings.Contains(doc.Body, want) {
			t.Errorf("body lacks the row %q:\n%s", want, doc.Body)
		}
	}
}

// TestPDFClosingBoldLines checks that bold lines ending a document, with
// no text after them, are its text, not headings of empty sections (a
// form's "Return to the Finance Center, …" over "Fax to: 816-823-5415"),
// while a bold line over text stays a heading, unless it runs past
// maxBoldHeadingWords in about the body's size: a sentence set in bold
// (the form's purpose).
func TestPDFClosingBoldLines(t *testing.T) {
	checkBoldPDFPages(t, []boldPDFPage{
		{name: "Form", content: "BT /F2 10 Tf 72 720 Td (Payment details) Tj ET\n" +
			"BT /F1 9 Tf 72 704 Td (The payment is made to the account named on this form by the office.) Tj ET\n" +
			"BT /F1 9 Tf 72 690 Td (The form is sent back once it is signed by the account holder.) Tj ET\n" +
			"BT /F2 10 Tf 72 660 Td (Return to the Finance Center, Disbursement Division) Tj ET\n" +
			"BT /F2 10 Tf 72 640 Td (Fax to: 816-823-5415) Tj ET",
			want: []string{
				"1 |  | Payment details",
				"0 |  | The payment is made to the account named on this form by the office. The form is sent back once it is signed by the account holder.",
				"0 |  | Return to the Finance Center, Disbursement Division Fax to: 816-823-5415",
			}},
		{name: "Purpose", content: "BT /F2 12 Tf 72 740 Td (PAYMENT ENROLLMENT FORM) Tj ET\n" +
			"BT /F2 10 Tf 72 720 Td (Use this form to enroll in direct deposit of the payments you get from the General Services office) Tj ET\n" +
			"BT /F1 9 Tf 72 704 Td (The payment is made to the account named on this form by the office.) Tj ET\n" +
			"BT /F1 9 Tf 72 690 Td (The form is sent back once it is signed by the account holder.) Tj ET",
			want: []string{
				"1 |  | PAYMENT ENROLLMENT FORM",
				"0 |  | Use this form to enroll in direct deposit of the payments you get from the General Services office",
				"0 |  | The payment is made to the account named on this form by the office.",
				"0 |  | The form is sent back once it is signed by the account holder.",
			}},
		// No heading writes out an e-mail address (writesEmail): a
		// slide's large line giving where to write is its text.
		{name: "Mailbox", content: "BT /F2 12 Tf 72 740 Td (Thank you) Tj ET\n" +
			"BT /F1 9 Tf 72 720 Td (The next meeting of the working group will be on Thursday at noon.) Tj ET\n" +
			"BT /F1 12 Tf 72 700 Td (Send questions and topics to forum@example.org) Tj ET\n" +
			"BT /F1 9 Tf 72 680 Td (The slides of every meeting are kept on the group's page.) Tj ET",
			want: []string{
				"1 |  | Thank you",
				"0 |  | The next meeting of the working group will be on Thursday at noon.",
				"0 |  | Send questions and topics to forum@example.org",
				"0 |  | The slides of every meeting are kept on the group's page.",
			}},
	})
}
