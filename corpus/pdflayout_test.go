package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestPDFChapterOverSection checks that a numbered heading in a heading's
// font with its first section's numbered heading right under it ("2.
// Turnaround" over "2.1 Minimum times"), after a bulleted list, is a
// heading, not an item of the list.
func TestPDFChapterOverSection(t *testing.T) {
	// Lines of 14-point chapter headings, 12.5-point section headings
	// and 11-point text, from the top of the page down.
	page := "BT /F1 11 Tf 72 720 Td (The yard opens on Saturdays from nine until two.) Tj ET\n" +
		"BT /F1 14 Tf 72 690 Td (1. Hollins Yard) Tj ET\n" +
		"BT /F1 11 Tf 72 672 Td (\\225 The gate is locked at two.) Tj ET\n" +
		"BT /F1 11 Tf 72 658 Td (\\225 Keys are kept by the dispatch lead.) Tj ET\n" +
		"BT /F1 14 Tf 72 630 Td (2. Turnaround) Tj ET\n" +
		"BT /F1 12.5 Tf 72 606 Td (2.1 Minimum times) Tj ET\n" +
		"BT /F1 11 Tf 72 588 Td (A quick turn takes twenty-five minutes.) Tj ET"
	got := parsedBlocks(t, buildPDF([]string{page}, ""), func(b Block) string { return fmt.Sprintf("%d | %s | %s", b.Kind, b.Section, b.Text) })
	want := []string{
		"0 |  | The yard opens on Saturdays from nine until two.",
		"1 | 1. Hollins Yard | 1. Hollins Yard",
		"2 | 1. Hollins Yard | The gate is locked at two.",
		"2 | 1. Hollins Yard | Keys are kept by the dispatch lead.",
		"1 | 2. Turnaround | 2. Turnaround",
		"1 | 2. Turnaround › 2.1 Minimum times | 2.1 Minimum times",
		"0 | 2. Turnaround › 2.1 Minimum times | A quick turn takes twenty-five minutes.",
	}
	wantBlocks(t, got, want)
}

// TestPDFChapterWithoutText checks that a numbered chapter heading with
// no text of its own, a smaller unnumbered heading right under it ("3.
// Contributors" over "References"), is a heading when its number goes on
// from the chapters before it, not a list item read as a sentence of the
// section above.
func TestPDFChapterWithoutText(t *testing.T) {
	page := "BT /F1 11 Tf 72 740 Td (This guide is for the ramp staff of the yard.) Tj ET\n" +
		"BT /F1 14 Tf 72 720 Td (1. Scope) Tj ET\n" +
		"BT /F1 11 Tf 72 700 Td (The yard opens on Saturdays from nine until two.) Tj ET\n" +
		"BT /F1 14 Tf 72 670 Td (2. Turnaround) Tj ET\n" +
		"BT /F1 11 Tf 72 650 Td (A quick turn takes twenty-five minutes.) Tj ET\n" +
		"BT /F1 14 Tf 72 620 Td (3. Contributors) Tj ET\n" +
		"BT /F1 12.5 Tf 72 596 Td (References) Tj ET\n" +
		"BT /F1 11 Tf 72 578 Td (The turn times come from the handling manual.) Tj ET"
	got := parsedBlocks(t, buildPDF([]string{page}, ""), func(b Block) string { return fmt.Sprintf("%d | %s | %s", b.Kind, b.Section, b.Text) })
	want := []string{
		"0 |  | This guide is for the ramp staff of the yard.",
		"1 | 1. Scope | 1. Scope",
		"0 | 1. Scope | The yard opens on Saturdays from nine until two.",
		"1 | 2. Turnaround | 2. Turnaround",
		"0 | 2. Turnaround | A quick turn takes twenty-five minutes.",
		"1 | 3. Contributors | 3. Contributors",
		"1 | 3. Contributors › References | References",
		"0 | 3. Contributors › References | The turn times come from the handling manual.",
	}
	wantBlocks(t, got, want)
}

// TestPDFCapsTitle checks that a short line in capitals over a line of
// sentence-case text is a title of its own, not the start of the text's
// paragraph: the numbered titles of the GNU FDL ("0. PREAMBLE"), their
// clause's text hanging under the title's words. A title in capitals on
// two lines stays one.
func TestPDFCapsTitle(t *testing.T) {
	at := func(x, y int, s string) string {
		return fmt.Sprintf("BT /F1 11 Tf %d %d Td (%s) Tj ET\n", x, y, s)
	}
	page := at(72, 720, "These terms are for the ramp staff of the yard at Hollins and for its depots.") +
		at(72, 700, "1.") + at(90, 700, "PREAMBLE") +
		at(90, 686, "The purpose of these terms is to keep the yard safe for the staff who work") +
		at(90, 672, "in it and for the drivers who call at it with their loads.") +
		at(72, 652, "2.") + at(90, 652, "TERMS FOR") +
		at(90, 638, "DRIVERS") +
		at(90, 624, "A driver is anyone who brings a lorry into the yard to load or unload goods") +
		at(90, 610, "there on a booked slot.")
	got := parsedBlocks(t, buildPDF([]string{page}, ""), kindBlock)
	want := []string{
		"0 | These terms are for the ramp staff of the yard at Hollins and for its depots.",
		"2 | PREAMBLE",
		"0 | The purpose of these terms is to keep the yard safe for the staff who work in it and for the drivers who call at it with their loads.",
		"2 | TERMS FOR DRIVERS",
		"0 | A driver is anyone who brings a lorry into the yard to load or unload goods there on a booked slot.",
	}
	wantBlocks(t, got, want)
}

// TestPDFDefinitionEntries checks that the entries of a definition list
// set a third of a line apart (Texinfo's parameters of a function, 1.36
// pitches), each ending a sentence near the column's edge, are
// paragraphs of their own, not one run of text whose sentences start in
// lowercase ("… declarations. definitions: the tree …").
func TestPDFDefinitionEntries(t *testing.T) {
	at := func(y int, s string) string {
		return fmt.Sprintf("BT /F1 11 Tf 72 %d Td (%s) Tj ET\n", y, s)
	}
	page := at(720, "The parser reads the declarations of one schema file and builds a tree of nodes,") +
		at(706, "one node for each type that the file defines, with the names of all its fields") +
		at(692, "kept in the order in which the file gives them, so that values which are read") +
		at(678, "later on can be checked against the tree before they are written out in full by") +
		at(664, "the coder, which walks the tree from its root and writes each value in its turn") +
		at(650, "as the rules of the encoding say, with its tag and length set before its bytes.") +
		at(631, "file: the path and the name of the file that holds the ASN.1 declarations.") +
		at(612, "definitions: the tree of nodes that the parser made from the declarations.") +
		at(593, "errors: the text of the first error found, or an empty string on success.")
	got := parsedBlocks(t, buildPDF([]string{page}, ""), func(b Block) string { return b.Text })
	want := []string{
		"The parser reads the declarations of one schema file and builds a tree of nodes, one node for each type that the file defines, with the names of all its fields kept in the order in which the file gives them, so that values which are read later on can be checked against the tree before they are written out in full by the coder, which walks the tree from its root and writes each value in its turn as the rules of the encoding say, with its tag and length set before its bytes.",
		"file: the path and the name of the file that holds the ASN.1 declarations.",
		"definitions: the tree of nodes that the parser made from the declarations.",
		"errors: the text of the first error found, or an empty string on success.",
	}
	wantBlocks(t, got, want)
}

// TestPDFSignatureOverParameters checks that a line a size step of under
// a tenth larger than the line under it, the two holding no word of each
// other's size, ends its block: a Texinfo definition's 12-point
// signature over its 11-point parameters, which ran on into "… char *
// errors) file: the path …". Lines mixing the two sizes still join.
func TestPDFSignatureOverParameters(t *testing.T) {
	at := sizedText
	page := at(11, 72, 720, "The parser builds a tree from the declarations of a schema file.") +
		at(12, 72, 700, "int tree_parse (const char * file, char * errors)") +
		at(11, 90, 686, "file: the path of the file that holds the declarations of the schema.") +
		at(11, 72, 660, "Call it once per file, and pass the tree to") +
		at(12, 72, 646, "tree_print") + at(11, 150, 646, "to see what it holds.")
	got := parsedBlocks(t, buildPDF([]string{page}, ""), func(b Block) string { return b.Text })
	want := []string{
		"The parser builds a tree from the declarations of a schema file.",
		"int tree_parse (const char * file, char * errors)",
		"file: the path of the file that holds the declarations of the schema.",
		"Call it once per file, and pass the tree to tree_print to see what it holds.",
	}
	wantBlocks(t, got, want)
}

// TestPDFTableOverFootnotes checks that a table run over a page break,
// with the first page's footnote at its foot, goes on atop the next page
// under its header repeated there: the header is dropped as repeated,
// not read again as a row, and the footnote stays a paragraph of its own.
func TestPDFTableOverFootnotes(t *testing.T) {
	page1 := "BT /F1 11 Tf 72 720 Td (Each task of a turn starts at a set minute.) Tj ET\n" +
		cells(600, "Task", "Starts", "Who does it") +
		cells(586, "Chocks in", "0 minutes", "Ramp agent") +
		cells(572, "Steps on", "1 minute", "Ramp agent") +
		"BT /F1 8 Tf 72 100 Td (A quick turn is never planned after a diversion.) Tj ET\n"
	page2 := cells(700, "Task", "Starts", "Who does it") +
		cells(686, "Walk-round", "28 minutes", "Dispatcher") +
		cells(672, "Chocks out", "30 minutes", "Ramp agent")
	doc, err := Parse("a.pdf", buildPDF([]string{page1, page2}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := "Each task of a turn starts at a set minute.\nTask; Starts; Who does it\nChocks in; 0 minutes; Ramp agent\nSteps on; 1 minute; Ramp agent\n" +
		"A quick turn is never planned after a diversion.\n" +
		"Walk-round; 28 minutes; Dispatcher\nChocks out; 30 minutes; Ramp agent"
	if doc.Body != want {
		t.Errorf("body:\ngot  %q\nwant %q", doc.Body, want)
	}
	var dropped []string
	for _, d := range doc.Dropped {
		dropped = append(dropped, d.Why+": "+d.Text)
	}
	if wantDropped := []string{whyHeaderAgain + ": Task Starts Who does it"}; !slices.Equal(dropped, wantDropped) {
		t.Errorf("dropped: got %q, want %q", dropped, wantDropped)
	}
}

// joinLinesCase is a line, the line under it and the text joinLines
// should make of the two.
type joinLinesCase struct{ text, next, want string }

// checkJoinLines runs joinLines on each case with the text's words.
func checkJoinLines(t *testing.T, tests []joinLinesCase, words map[string]bool) {
	t.Helper()
	for _, tt := range tests {
		if got := joinLines(tt.text, tt.next, words); got != tt.want {
			t.Errorf("joinLines(%q, %q): got %q, want %q", tt.text, tt.next, got, tt.want)
		}
	}
}

// TestJoinLinesCompound checks that a hyphen at the end of a line before
// a capital is kept as a compound's hyphen with no space after it
// ("Osei-" over "Lindqvist"), and so is the hyphen of a word written with
// it, a command-line option or a word that holds another hyphen
// ("--branch-" over "sim=yes"), while a word broken for hyphenation is
// mended and a dash set apart stays apart.
func TestJoinLinesCompound(t *testing.T) {
	tests := []joinLinesCase{
		{"goes to Kwame Osei-", "Lindqvist, who spotted it", "goes to Kwame Osei-Lindqvist, who spotted it"},
		{"made by Rolls-", "Royce engines", "made by Rolls-Royce engines"},
		{"a long sen-", "tence here", "a long sentence here"},
		{"pages 3 -", "Notes follow", "pages 3 - Notes follow"},
		{"the total", "Is here", "the total Is here"},
		{"add the option --branch-", "sim=yes.", "add the option --branch-sim=yes."},
		{"the option --mod-", "filename='s/v/N/' will do", "the option --mod-filename='s/v/N/' will do"},
		{"then the --with-icu-default-", "data-dir configure option", "then the --with-icu-default-data-dir configure option"},
		{"a well-", "known-ish tool", "a well-known-ish tool"},
	}
	checkJoinLines(t, tests, nil)
}

// TestJoinLinesCompoundParts checks that a word broken after a hyphen at
// a line's end keeps the hyphen when the text writes each part as a word
// of its own, at least minCompoundPart letters long, and never the two
// as one word ("branch-" over "prediction"), and is mended otherwise: a
// syllable that is no word of the text ("refer-" over "ences"), a part
// too short ("be-" over "low"), or a whole word the text writes
// ("sun-" over "day"). The tail of a broken word is no word the text
// writes (hyphenated).
func TestJoinLinesCompoundParts(t *testing.T) {
	words := hyphenated([]line{
		{row: row{segs: []segment{{text: "Branch prediction is simulated; the cache is small, refer-"}}}},
		{row: row{segs: []segment{{text: "ences below; be low or above, each day and sun, on Sunday."}}}},
	})
	if words["ences"] {
		t.Errorf("hyphenated: got the broken word's tail %q as a word of the text", "ences")
	}
	tests := []joinLinesCase{
		{"a cache and branch-", "prediction profiler", "a cache and branch-prediction profiler"},
		{"see the refer-", "ences below", "see the references below"},
		{"see the ref-", "erences below", "see the references below"},
		{"the figure be-", "low shows it", "the figure below shows it"},
		{"every Sun-", "day morning", "every Sunday morning"},
		{"a cache-", "line here", "a cacheline here"},
	}
	checkJoinLines(t, tests, words)
}

// TestJoinLinesWrittenWhole checks that a word holding a hyphen of its own
// and broken after another at a line's end is mended when the text writes
// it whole elsewhere ("initial-argu-" over "ments", as xargs's manual page
// writes "initial-arguments"), and keeps the hyphen otherwise ("the
// --with-icu-default-" over "data-dir").
func TestJoinLinesWrittenWhole(t *testing.T) {
	words := hyphenated([]line{
		{row: row{segs: []segment{{text: "Run the command with any initial-arguments followed by items."}}}},
	})
	tests := []joinLinesCase{
		{"the command and initial-argu-", "ments and the nulls", "the command and initial-arguments and the nulls"},
		{"(initial-argu-", "ments)", "(initial-arguments)"},
		{"then the --with-icu-default-", "data-dir option", "then the --with-icu-default-data-dir option"},
	}
	checkJoinLines(t, tests, words)
}

// TestJoinLinesWrittenOption checks that a command-line option broken by
// hyphenation at a line's end, after a hyphen inside one of its words,
// is mended when the text writes the option whole elsewhere ("--al-"
// over "low-bad-names", as adduser.conf's manual page writes
// "--allow-bad-names"), and keeps the hyphen when it does not.
func TestJoinLinesWrittenOption(t *testing.T) {
	words := hyphenated([]line{
		{row: row{segs: []segment{{text: "With --allow-bad-names set, weaker checks are performed."}}}},
	})
	tests := []joinLinesCase{
		{"refused unless --al-", "low-bad-names is set", "refused unless --allow-bad-names is set"},
		{"refused unless (--al-", "low-bad-names)", "refused unless (--allow-bad-names)"},
		{"then the --with-icu-default-", "data-dir option", "then the --with-icu-default-data-dir option"},
	}
	checkJoinLines(t, tests, words)
}

// TestPDFCellNearlyFull checks that a table cell whose text nearly fills
// its column, its last word ("9") ending a space short of the next
// column's start, keeps that word: the word is not the next cell's,
// though it starts less than an em left of that column as a centred
// column's wider cell may.
func TestPDFCellNearlyFull(t *testing.T) {
	page := textAt(72, 700, "Kind") + textAt(170, 700, "Example") + textAt(302, 700, "Action") +
		textAt(72, 686, "Surface") + textAt(170, 686, "a pothole") + textAt(302, 686, "filled the same night") +
		textAt(72, 672, "Lighting") + textAt(170, 672, "two lights on stand 9") + textAt(302, 672, "the airport mended them")
	doc, err := Parse("a.pdf", buildPDF([]string{page}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := "Kind; Example; Action\nSurface; a pothole; filled the same night\nLighting; two lights on stand 9; the airport mended them"
	if doc.Body != want {
		t.Errorf("body:\ngot  %q\nwant %q", doc.Body, want)
	}
}

// TestPDFGapsOverPitch checks a page of a manual page's shape, more gaps
// between paragraphs than lines within them: its line pitch is the
// distance under its full lines, not the median gap, so a display of code
// after "For example:" and the line after it stand apart from the
// paragraph, while a sentence cut by a display goes on under it in
// lowercase ("unpack all.pk" over "is equivalent to …").
func TestPDFGapsOverPitch(t *testing.T) {
	page := textAt(72, 720, "Multiple archives can be joined into one file with the cat command, and") +
		textAt(72, 708, "the tool reads every member of the joined file in turn as it unpacks it.") +
		textAt(72, 696, "For example:") +
		textAt(90, 672, "pack -c one > all.pk") +
		textAt(72, 648, "Then") +
		textAt(90, 624, "unpack all.pk") +
		textAt(72, 600, "is equivalent to unpacking each file.") +
		textAt(72, 576, "The tool checks the length and the checksum of every member it unpacks,") +
		textAt(72, 564, "and it stops at the first member whose checksum does not match at all.") +
		textAt(72, 552, "It says which member failed.")
	doc, err := Parse("a.pdf", buildPDF([]string{page}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := "Multiple archives can be joined into one file with the cat command, and the tool reads every member of the joined file in turn as it unpacks it. For example:\n" +
		"pack -c one > all.pk\n" +
		"Then unpack all.pk is equivalent to unpacking each file.\n" +
		"The tool checks the length and the checksum of every member it unpacks, and it stops at the first member whose checksum does not match at all. It says which member failed."
	if doc.Body != want {
		t.Errorf("body:\ngot  %q\nwant %q", doc.Body, want)
	}
}

// TestPDFTaggedParagraphs checks paragraphs set with a hanging indent
// under a tag on their first line, as a manual page sets its options: they
// read as paragraphs of sentences, the tag opening the first, not as rows
// of a table of two columns whose second cell would be one sentence of
// many; a table of two columns whose cells each hold a value or one
// sentence stays a table.
func TestPDFTaggedParagraphs(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{
			name: "options",
			content: textAt(72, 720, "-L") + textAt(108, 720, "Follow symbolic links. When the tool examines a file, the information") +
				textAt(108, 706, "is taken from the file the link points to. Use of this option implies") +
				textAt(108, 692, "the -noleaf option.") +
				textAt(72, 672, "-P") + textAt(108, 672, "Never follow symbolic links. This is the default behaviour of the tool.") +
				textAt(72, 640, "The last of these options given on the command line takes effect."),
			want: "-L Follow symbolic links. When the tool examines a file, the information is taken from the file the link points to. Use of this option implies the -noleaf option.\n" +
				"-P Never follow symbolic links. This is the default behaviour of the tool.\n" +
				"The last of these options given on the command line takes effect.",
		},
		{
			name: "table",
			content: textAt(72, 720, "Kayak") + textAt(172, 720, "Lent for a day to members who have passed the safety course") +
				textAt(172, 706, "with the club's coach.") +
				textAt(72, 692, "Canoe") + textAt(172, 692, "Lent for a weekend.") +
				textAt(72, 672, "Boats go back to the shed by six."),
			want: "Kayak; Lent for a day to members who have passed the safety course with the club's coach.\n" +
				"Canoe; Lent for a weekend.\n" +
				"Boats go back to the shed by six.",
		},
	}
	for _, tt := range tests {
		doc, err := Parse("a.pdf", buildPDF([]string{tt.content}, ""))
		if err != nil {
			t.Fatalf("%s: Parse: %v", tt.name, err)
		}
		if doc.Body != tt.want {
			t.Errorf("%s: body:\ngot  %q\nwant %q", tt.name, doc.Body, tt.want)
		}
	}
}

// TestPDFNoteMarkApart checks a footnote whose mark is set on its
// baseline at the note's size, a space before its text, as groff's -ms
// sets it ("1 The wait is counted …"): the mark is left out and the note
// is filed under the section that refers to it, not the one above it on
// the page.
func TestPDFNoteMarkApart(t *testing.T) {
	page := "BT /F1 18 Tf 72 750 Td (Harbour report) Tj ET\n" +
		"BT /F1 14 Tf 72 720 Td (Moorings) Tj ET\n" +
		"BT /F1 11 Tf 72 700 Td (The average wait for a mooring was eighteen months.) Tj /F1 7 Tf 4 Ts (1) Tj ET\n" +
		"BT /F1 14 Tf 72 670 Td (Dredging) Tj ET\n" +
		"BT /F1 11 Tf 72 650 Td (The inner basin was dredged in February.) Tj ET\n" +
		"BT /F1 9 Tf 72 120 Td (1 The wait is counted from the day a boat joins the list.) Tj ET"
	got := parsedBlocks(t, buildPDF([]string{page}, ""), func(b Block) string { return fmt.Sprintf("%s | %s", b.Section, b.Text) })
	want := []string{
		" | Harbour report",
		"Moorings | Moorings",
		"Moorings | The average wait for a mooring was eighteen months.",
		"Dredging | Dredging",
		"Dredging | The inner basin was dredged in February.",
		"Moorings | The wait is counted from the day a boat joins the list.",
	}
	wantBlocks(t, got, want)
}

// TestPDFMinusSign checks that the minus sign groff draws for each "\-"
// of a manual page (a font's /minus glyph, U+2212) reads as the
// hyphen-minus one types, in an option and a mail address.
func TestPDFMinusSign(t *testing.T) {
	font := strings.Replace(helvetica, "/Encoding /WinAnsiEncoding",
		"/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [126 /minus] >>", 1)
	page := textPage("Use the ~N option, and report bugs to bug~gzip@gnu.org.")
	if got, want := parsedBody(t, buildPDFFont(font, []string{page}, "")), "Use the -N option, and report bugs to bug-gzip@gnu.org."; got != want {
		t.Errorf("body: got %q, want %q", got, want)
	}
}

// TestPDFKeyboardAccents checks that the spacing tilde and circumflex
// groff draws for a manual page's "~" and "^" (a font's /tilde and
// /circumflex glyphs, U+02DC and U+02C6) read as the keyboard's
// characters, in a path and a regular expression.
func TestPDFKeyboardAccents(t *testing.T) {
	font := strings.Replace(helvetica, "/Encoding /WinAnsiEncoding",
		"/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [35 /tilde 36 /circumflex] >>", 1)
	page := textPage("Put it in #/.gitconfig; names must match $[a-z]+.")
	if got, want := parsedBody(t, buildPDFFont(font, []string{page}, "")), "Put it in ~/.gitconfig; names must match ^[a-z]+."; got != want {
		t.Errorf("body: got %q, want %q", got, want)
	}
}

// TestPDFNumberWrappedToLineStart checks that a number wrapped to the
// start of a line in the middle of a sentence ("… and LEN !=" over "0.
// With this …") goes on with the sentence instead of opening a numbered
// list item, while a numbered list after a colon or a sentence's end is
// still a list.
func TestPDFNumberWrappedToLineStart(t *testing.T) {
	page := textAt(72, 720, "SEQUENCE OF: the value must be the null string NEW and LEN !=") +
		textAt(72, 706, "0. With this call another element is appended at the end of") +
		textAt(72, 692, "the sequence, and its name is ?1 for the first one appended.") +
		textAt(72, 664, "To add one more element to the sequence, do these two steps:") +
		textAt(72, 650, "1. Write the value NEW to the sequence with the call above.") +
		textAt(72, 636, "2. Read the name of the new element back from the sequence.")
	got := parsedBlocks(t, buildPDF([]string{page}, ""), kindBlock)
	want := []string{
		"0 | SEQUENCE OF: the value must be the null string NEW and LEN != 0. With this call another element is appended at the end of the sequence, and its name is ?1 for the first one appended.",
		"0 | To add one more element to the sequence, do these two steps:",
		"2 | Write the value NEW to the sequence with the call above.",
		"2 | Read the name of the new element back from the sequence.",
	}
	wantBlocks(t, got, want)
}

// TestPDFInlineListWrapped checks that a list numbered inline, its
// items within one sentence, whose next number a short line's break set
// at the start of a line ("… programme: 1. Training, 2. Analysis," over
// "3. Confirmation …"), goes on with the sentence instead of opening a
// numbered list item, while a numbered list whose numbers each open a
// line is still a list.
func TestPDFInlineListWrapped(t *testing.T) {
	page := textAt(72, 720, "The adoption can be understood as a three-step") +
		textAt(72, 706, "programme: 1. Training and education, 2. Analysis,") +
		textAt(72, 692, "3. Confirmation that all the processes exist. Due to the open nature of the") +
		textAt(72, 678, "materials, these three steps were completed in a short time.") +
		textAt(72, 650, "To add one more element to the sequence, do these two steps:") +
		textAt(72, 636, "1. Write the value NEW to the sequence with the call above.") +
		textAt(72, 622, "2. Read the name of the new element back from the sequence.")
	got := parsedBlocks(t, buildPDF([]string{page}, ""), kindBlock)
	want := []string{
		"0 | The adoption can be understood as a three-step programme: 1. Training and education, 2. Analysis, 3. Confirmation that all the processes exist. Due to the open nature of the materials, these three steps were completed in a short time.",
		"0 | To add one more element to the sequence, do these two steps:",
		"2 | Write the value NEW to the sequence with the call above.",
		"2 | Read the name of the new element back from the sequence.",
	}
	wantBlocks(t, got, want)
}

// TestPDFSlideSentence checks that a sentence a slide's centred text
// box breaks by hand, its second line a point larger and in bold ("Our
// next virtual meeting will be on" over "Thursday, July 6, 2023 at 12p
// ET."), reads as one sentence.
func TestPDFSlideSentence(t *testing.T) {
	// 0.556 em a glyph: 35 characters of 14 points and 33 of 15
	// centred on 306.
	content := "BT /F1 20 Tf 40 700 Td (Thank you for coming) Tj ET\n" +
		"BT /F1 14 Tf 170 640 Td (Our next virtual meeting will be on) Tj ET\n" +
		"BT /F2 15 Tf 168 609 Td (Thursday, July 6, 2023 at 12p ET.) Tj ET\n" +
		"BT /F1 14 Tf 40 560 Td (Send your questions to the team by email before the day of the meeting.) Tj ET\n"
	got := parsedBlocks(t, buildBoldPDF(content), kindBlock)
	want := []string{
		"1 | Thank you for coming",
		"0 | Our next virtual meeting will be on Thursday, July 6, 2023 at 12p ET.",
		"0 | Send your questions to the team by email before the day of the meeting.",
	}
	wantBlocks(t, got, want)
}

// TestPDFMixedSizeLines checks that a paragraph mixing body text with
// smaller code, where one line has more letters of code and the next more
// of text, is one paragraph ("… and" over "~/.local/share/mime/a.xml (if
// they exist …)."), while a heading over it, with no word of the text's
// sizes, stays a heading.
func TestPDFMixedSizeLines(t *testing.T) {
	at := sizedText
	page := at(14, 72, 738, "Loading the files") +
		at(11, 72, 720, "Load all the files, that is") + at(9, 241, 720, "/usr/share/mime/a.xml, /usr/local/share/mime/a.xml,") + at(11, 504, 720, "and") +
		at(9, 72, 706, "~/.local/share/mime/a.xml") + at(11, 200, 706, "(if they exist, and in this order).")
	got := parsedBlocks(t, buildPDF([]string{page}, ""), kindBlock)
	want := []string{
		"1 | Loading the files",
		"0 | Load all the files, that is /usr/share/mime/a.xml, /usr/local/share/mime/a.xml, and ~/.local/share/mime/a.xml (if they exist, and in this order).",
	}
	wantBlocks(t, got, want)
}

// TestJoinLinesCapitalsAndIdentifiers checks two line ends TeX makes: a
// word in capitals hyphenated at a line's end ("OP-" over "TIONAL") is
// mended when the text writes it whole elsewhere and never with the
// hyphen, and an identifier cut after an underscore ("ASN1_" over
// "SYNTAX_ERROR") is joined with no space; a compound in capitals the
// text knows only hyphenated, or one it does not know whole, keeps its
// hyphen, and a word set in underscores keeps its space. A name in
// capitals with an underscore or digits ("LC_MES-" over "SAGES", as
// groff hyphenates a manual page's variables) is a word in capitals too,
// and so is the name of a setting written with its value ("USER-" over
// "GROUPS=yes").
func TestJoinLinesCapitalsAndIdentifiers(t *testing.T) {
	words := map[string]bool{"optional": true, "sequence": true, "itu-t": true, "itut": true, "lc_messages": true, "usergroups": true}
	tests := []joinLinesCase{
		{"If an element is OP-", "TIONAL and absent", "If an element is OPTIONAL and absent"},
		{"the keyword \"?SE-", "QUENCE\" is taken", "the keyword \"?SEQUENCE\" is taken"},
		{"the recommendation ITU-", "T X.690 says", "the recommendation ITU-T X.690 says"},
		{"the unit MEGA-", "WATT is used", "the unit MEGA-WATT is used"},
		{"using the LC_MES-", "SAGES variable", "using the LC_MESSAGES variable"},
		// A setting written as in its file: the name before "=" is the
		// word the text writes whole.
		{"set USER-", "GROUPS=yes, leave it", "set USERGROUPS=yes, leave it"},
		{"set MEGA-", "WATT=yes, leave it", "set MEGA-WATT=yes, leave it"},
		// An identifier in capitals holds no hyphen, written whole
		// elsewhere or not.
		{"The LS_COL-", "ORS environment variable", "The LS_COLORS environment variable"},
		{"set GREP_COLOR-", "S_2 first", "set GREP_COLORS_2 first"},
		{"returns ASN1_", "SYNTAX_ERROR when", "returns ASN1_SYNTAX_ERROR when"},
		{"the function asn1_der_", "decoding() fills it", "the function asn1_der_decoding() fills it"},
		{"the method __init__", "runs first", "the method __init__ runs first"},
		{"a lone _", "sign", "a lone _ sign"},
	}
	checkJoinLines(t, tests, words)
}

// TestPDFRunningLineApart checks that a line repeated at the top or foot
// of two pages or more is a running header or footer only when it is set
// apart from the text on one of them at least: a line of the text that
// happens to end two pages, at the pitch of the text above it, is kept,
// while the running header is dropped.
func TestPDFRunningLineApart(t *testing.T) {
	at := func(size float64, y float64, s string) string {
		return fmt.Sprintf("BT /F1 %g Tf 72 %g Td (%s) Tj ET\n", size, y, s)
	}
	page1 := at(11, 700, "The database holds widgets.") +
		at(11, 114, "Each call writes its result to a buffer you give it.") +
		at(11, 100, "der: the buffer to hold the encoding.")
	page2 := at(9, 750, "Shared Widget Database") +
		at(11, 700, "A second call reads it back.") +
		at(11, 114.4, "It takes the same buffer as the call before it.") +
		at(11, 100.4, "der: the buffer to hold the encoding.")
	page3 := at(9, 750, "Shared Widget Database") +
		at(11, 700, "The last call deletes the widget from the database.")
	doc, err := Parse("a.pdf", buildPDF([]string{page1, page2, page3}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, fmt.Sprintf("%d | %d | %s", b.Kind, b.Page, b.Text))
	}
	want := []string{
		"0 | 1 | The database holds widgets.",
		"0 | 1 | Each call writes its result to a buffer you give it. der: the buffer to hold the encoding.",
		"0 | 2 | A second call reads it back.",
		"0 | 2 | It takes the same buffer as the call before it. der: the buffer to hold the encoding.",
		"0 | 3 | The last call deletes the widget from the database.",
	}
	wantBlocks(t, got, want)
	var dropped []string
	for _, d := range doc.Dropped {
		dropped = append(dropped, d.Why+": "+d.Text)
	}
	wantDropped := []string{whyRunning + ": Shared Widget Database", whyRunning + ": Shared Widget Database"}
	if !slices.Equal(dropped, wantDropped) {
		t.Errorf("dropped: got %q, want %q", dropped, wantDropped)
	}
}

// TestPDFIndexLeaders checks that an index, lines of a title, a leader
// (TeX's dots read as colons, or dots) and a page number of the document,
// is dropped as contents though its titles are not lines of the text.
func TestPDFIndexLeaders(t *testing.T) {
	page1 := textAt(72, 700, "The widget reader opens each widget file in turn.")
	page2 := textAt(72, 700, "Each widget is written back when the reader closes.") +
		textAt(72, 640, "reader, closing ::::::::::::::: 2") +
		textAt(72, 626, "widget files :::::::::::::::::::: 1") +
		textAt(72, 612, "writing back . . . . . . . . . . . 2")
	doc, err := Parse("a.pdf", buildPDF([]string{page1, page2}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := "The widget reader opens each widget file in turn.\nEach widget is written back when the reader closes."
	if doc.Body != want {
		t.Errorf("body:\ngot  %q\nwant %q", doc.Body, want)
	}
	var dropped []string
	for _, d := range doc.Dropped {
		dropped = append(dropped, d.Why)
	}
	if wantDropped := []string{whyContents, whyContents, whyContents}; !slices.Equal(dropped, wantDropped) {
		t.Errorf("dropped: got %q, want %q", dropped, wantDropped)
	}
}

// TestPDFBoldLabelNotHeading checks that a line opening with a bold label
// ending in a colon and going on in the regular weight ("Since: 2.0",
// most of its letters bold) is not a heading that the text after it
// would be filed under, while a line wholly bold is.
func TestPDFBoldLabelNotHeading(t *testing.T) {
	content := "BT /F2 11 Tf 72 720 Td (Reading widgets) Tj ET\n" +
		"BT /F1 11 Tf 72 700 Td (The reader returns the widget it finds.) Tj ET\n" +
		"BT /F2 11 Tf 72 680 Td (Since:) Tj ET BT /F1 11 Tf 115 680 Td (2.0) Tj ET\n" +
		"BT /F1 11 Tf 72 660 Td (The writer stores the widget it is given.) Tj ET"
	doc, err := Parse("a.pdf", buildBoldPDF(content))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var got []string
	for _, b := range doc.Blocks {
		if b.Kind == KindHeading || strings.HasPrefix(b.Text, "The writer") {
			got = append(got, fmt.Sprintf("%d | %s | %s", b.Kind, b.Section, b.Text))
		}
	}
	want := []string{
		"1 |  | Reading widgets",
		"0 |  | The writer stores the widget it is given.",
	}
	wantBlocks(t, got, want)
}

// TestPDFLabelledSectionsTitle checks the title of a document whose
// sections are labelled by one word in capitals (a manual page's "NAME",
// "SYNOPSIS", "DESCRIPTION"): the line under the first label is the
// title, not the label "NAME"; a first heading in capitals over its text
// and a heading in words is still the title.
func TestPDFLabelledSectionsTitle(t *testing.T) {
	head := func(y int, s string) string { return fmt.Sprintf("BT /F1 15 Tf 72 %d Td (%s) Tj ET\n", y, s) }
	tests := []struct {
		name, content, want string
	}{
		{"labels", head(720, "NAME") +
			textAt(90, 700, "wtool - pack and unpack widget archives") +
			head(670, "SYNOPSIS") +
			textAt(90, 650, "wtool [-c] [name ...]") +
			head(620, "DESCRIPTION") +
			textAt(90, 600, "The widget tool packs the files it is given into one archive."),
			"wtool - pack and unpack widget archives"},
		{"titled", head(720, "WIDGETS") +
			textAt(90, 700, "The widget tool packs the files it is given into one archive.") +
			head(670, "Reading archives") +
			textAt(90, 650, "It reads them back out of the archive in the order given."),
			"WIDGETS"},
	}
	for _, tc := range tests {
		doc, err := Parse("a.pdf", buildPDF([]string{tc.content}, ""))
		if err != nil {
			t.Fatalf("%s: Parse: %v", tc.name, err)
		}
		if doc.Title != tc.want {
			t.Errorf("%s: title: got %q, want %q", tc.name, doc.Title, tc.want)
		}
	}
}

// TestPDFBoldCommandNotHeading checks that a bold line at the text's size
// whose words are mostly not plain words (a manual page's command line
// under SYNOPSIS) is text under its heading, not a heading of its own,
// while bold labels in words still are headings.
func TestPDFBoldCommandNotHeading(t *testing.T) {
	content := "BT /F2 20 Tf 72 760 Td (Widget tool manual) Tj ET\n" +
		"BT /F2 14 Tf 72 720 Td (SYNOPSIS) Tj ET\n" +
		"BT /F2 11 Tf 90 700 Td (wtool [ -cv ] [-S suffix] [ name ... ]) Tj ET\n" +
		"BT /F2 14 Tf 72 670 Td (DESCRIPTION) Tj ET\n" +
		textAt(90, 650, "The widget tool packs the files it is given into one archive, and it") +
		textAt(90, 637, "reads them back out of it in the order they were written when asked to") +
		textAt(90, 624, "do so; each file keeps its name and its size in the header before it,") +
		textAt(90, 611, "and the tool checks each header again when it reads the file back out") +
		textAt(90, 598, "of the archive.")
	got := parsedBlocks(t, buildBoldPDF(content), sectionedBlock)
	want := []string{
		"1 |  | Widget tool manual",
		"1 | SYNOPSIS | SYNOPSIS",
		"0 | SYNOPSIS | wtool [ -cv ] [-S suffix] [ name ... ]",
		"1 | DESCRIPTION | DESCRIPTION",
		"0 | DESCRIPTION | The widget tool packs the files it is given into one archive, and it reads them back out of it in the order they were written when asked to do so; each file keeps its name and its size in the header before it, and the tool checks each header again when it reads the file back out of the archive.",
	}
	wantBlocks(t, got, want)
}

// wantBlocks fails the test when the blocks got are not the blocks want.
func wantBlocks(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("blocks:\ngot  %q\nwant %q", got, want)
	}
}

// TestPDFMarginTag checks that a label in brackets set flush with the
// column's right edge, well apart from the words before it (Texinfo's
// "[Function]" on a definition's first line), is read at the end of the
// definition's signature, not inside it before the words of its second
// line; a bracket that ends a line of text after a word space stays where
// it stands.
func TestPDFMarginTag(t *testing.T) {
	at := sizedText
	page := at(11, 72, 720, "The parser builds a tree from the declarations of a schema file.") +
		at(12, 72, 700, `int tree_parse \(const char * file, tree_node *`) + at(12, 478, 700, "[Function]") +
		at(12, 90, 686, `definitions, char * errors\)`) +
		at(11, 90, 666, "file: the path of the file that holds the declarations of the schema.") +
		at(11, 72, 640, "The tree lists each declaration once [Ref]") +
		at(11, 72, 626, "and in the order of the file.")
	got := parsedBlocks(t, buildPDF([]string{page}, ""), func(b Block) string { return b.Text })
	want := []string{
		"The parser builds a tree from the declarations of a schema file.",
		"int tree_parse (const char * file, tree_node * definitions, char * errors) [Function]",
		"file: the path of the file that holds the declarations of the schema.",
		"The tree lists each declaration once [Ref] and in the order of the file.",
	}
	wantBlocks(t, got, want)
}

// TestPDFTitleByline checks that the authors under a PDF's title are its
// byline, left out of the body, the first its publisher: on a title page
// that holds no sentence, names set as headings with an address in
// brackets (Texinfo's authors), and, over the text, names centred in the
// body's size and weight, each line apart (groff -ms's author over the
// institution), a label in capitals ("ABSTRACT") not among them.
func TestPDFTitleByline(t *testing.T) {
	at := sizedText
	para := "The survey sampled four stations in the outer basin during April this year."
	tests := []struct {
		name          string
		pages         []string
		want          []string
		wantPublisher string
		// wantTitle, when set, is the document's title.
		wantTitle string
		// wantDate is the document's date.
		wantDate string
	}{{
		name: "title page",
		pages: []string{
			at(24, 72, 700, "Harbour Manual") +
				at(11, 72, 670, "A guide to the moorings of the outer basin for version 2.1, 4 May 2026") +
				at(14, 72, 200, "Priya Ramaswamy Tomas Lind") +
				at(12, 72, 150, "Ana Ruiz (help-harbour@example.org)"),
			at(11, 72, 700, "This manual is for the staff of the harbour office.") +
				at(14, 72, 660, "1 Moorings") +
				at(11, 72, 640, para),
		},
		want: []string{
			"Harbour Manual",
			"A guide to the moorings of the outer basin for version 2.1, 4 May 2026",
			"This manual is for the staff of the harbour office.",
			"1 Moorings", para,
		},
		wantPublisher: "Priya Ramaswamy Tomas Lind",
	}, {
		// Texinfo's @author lines, each flush left on a line of its
		// own in a heading's size: two names, not one of four words
		// (nameLines).
		name: "names on lines of their own",
		pages: []string{
			at(24, 72, 700, "Harbour Manual") +
				at(11, 72, 670, "A guide to the moorings of the outer basin for version 2.1, 4 May 2026") +
				at(14, 72, 200, "Priya Ramaswamy") +
				at(14, 72, 183, "Tomas Lind") +
				at(14, 72, 166, "Ana Ruiz (help-harbour@example.org)"),
			at(11, 72, 700, "This manual is for the staff of the harbour office.") +
				at(14, 72, 660, "1 Moorings") +
				at(11, 72, 640, para),
		},
		want: []string{
			"Harbour Manual",
			"A guide to the moorings of the outer basin for version 2.1, 4 May 2026",
			"This manual is for the staff of the harbour office.",
			"1 Moorings", para,
		},
		wantPublisher: "Priya Ramaswamy",
	}, {
		name: "centred names over the text",
		pages: []string{
			at(12, 213, 700, "Survey of the Moorings") +
				// Centred on the column's middle, 286, as the
				// 77 characters of the text's lines make it: 15
				// and 36 characters of 10-point Helvetica, 5.56
				// points wide.
				at(10, 244, 680, "Priya Ramaswamy") +
				at(10, 186, 668, "Estuary Research Station, Port Adair") +
				at(10, 264, 644, "ABSTRACT") +
				at(10, 72, 630, "This report gives the results of the spring survey of all the moorings in the") +
				at(10, 72, 618, "outer basin, with the depth and the state of each chain found by the divers.") +
				at(10, 72, 590, "The deepest station was the harbour mouth, where the tide runs fastest."),
		},
		want: []string{
			"Survey of the Moorings",
			"This report gives the results of the spring survey of all the moorings in the outer basin, with the depth and the state of each chain found by the divers.",
			"The deepest station was the harbour mouth, where the tide runs fastest.",
		},
		wantPublisher: "Priya Ramaswamy",
	}, {
		// DocBook's title page atop the text: the author's name set
		// as a heading, centred under the title (both centred on
		// 306, off the column's middle), a name the text never
		// writes in lowercase: the byline, not a heading.
		name: "author centred under the title as a heading",
		pages: []string{
			at(24, 213, 740, "Harbour Manual") +
				at(17, 235, 700, "Priya Ramaswamy") +
				at(17, 72, 630, "1 Moorings") +
				at(11, 72, 600, para) +
				at(11, 72, 570, "This manual covers the mooring operations of the outer basin."),
		},
		want: []string{
			"Harbour Manual", "1 Moorings",
			para + " This manual covers the mooring operations of the outer basin.",
		},
		wantPublisher: "Priya Ramaswamy",
	}, {
		// A subtitle so set, its words words of the text, stays.
		name: "subtitle centred under the title as a heading",
		pages: []string{
			at(24, 213, 740, "Harbour Manual") +
				at(17, 221, 700, "Mooring Operations") +
				at(17, 72, 630, "1 Moorings") +
				at(11, 72, 600, para) +
				at(11, 72, 570, "This manual covers the mooring operations of the outer basin."),
		},
		want: []string{
			"Harbour Manual", "Mooring Operations", "1 Moorings",
			para + " This manual covers the mooring operations of the outer basin.",
		},
	}, {
		// The title atop the first page, in the page's largest size,
		// that later pages repeat smaller as their running header:
		// the title, the repeat dropped.
		name: "title repeated as the running header",
		pages: []string{
			at(18, 72, 740, "Harbour Manual") +
				at(11, 72, 700, "This manual is for the staff of the harbour office.") +
				at(11, 72, 680, para),
			at(9, 72, 760, "Harbour Manual") +
				at(11, 72, 700, "The office opens at eight on weekdays.") +
				at(11, 72, 680, "It closes at noon on Saturdays."),
		},
		want: []string{
			"Harbour Manual",
			"This manual is for the staff of the harbour office.",
			para,
			"The office opens at eight on weekdays. It closes at noon on Saturdays.",
		},
		wantTitle: "Harbour Manual",
	}, {
		// LaTeX's \maketitle: the author and the date centred under
		// the title, both in a heading's size (the date over the
		// first of several sections): the date dates the document
		// and heads no section.
		name: "date centred under the title as a heading",
		pages: []string{
			at(17, 240, 740, "Harbour Manual") +
				at(12, 256, 705, "Priya Ramaswamy") +
				at(12, 259, 680, "November, 2002") +
				at(14, 72, 640, "1 Moorings") +
				at(10, 72, 615, "The survey sampled four stations in the outer basin during April this year, and") +
				at(10, 72, 603, "each station was sampled twice a day, at high water and at low water, for a") +
				at(10, 72, 591, "week, by the staff of the harbour office and the divers of the research station.") +
				at(14, 72, 560, "2 Berths") +
				at(10, 72, 535, "This manual covers the berths of the inner basin, where the ferries and the") +
				at(10, 72, 523, "fishing boats moor, each berth with its depth at low water, its length and the") +
				at(10, 72, 511, "charge for a night, as the harbour office sets them for the coming season. The") +
				at(10, 72, 499, "office takes bookings by telephone and at its desk on the quay, and a berth not") +
				at(10, 72, 487, "taken by noon goes to the first boat that asks for it, whatever its length, and") +
				at(10, 72, 475, "the charge is paid at the desk before the boat leaves the harbour again."),
		},
		want: []string{
			"Harbour Manual", "1 Moorings",
			"The survey sampled four stations in the outer basin during April this year, and each station was sampled twice a day, at high water and at low water, for a week, by the staff of the harbour office and the divers of the research station.",
			"2 Berths", "This manual covers the berths of the inner basin, where the ferries and the fishing boats moor, each berth with its depth at low water, its length and the charge for a night, as the harbour office sets them for the coming season. The office takes bookings by telephone and at its desk on the quay, and a berth not taken by noon goes to the first boat that asks for it, whatever its length, and the charge is paid at the desk before the boat leaves the harbour again.",
		},
		wantPublisher: "Priya Ramaswamy",
		wantDate:      "November, 2002",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pdf := buildPDF(tt.pages, "")
			wantBlocks(t, parsedBlocks(t, pdf, func(b Block) string { return b.Text }), tt.want)
			doc, err := Parse("a.pdf", pdf)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if doc.Publisher != tt.wantPublisher {
				t.Errorf("publisher: got %q, want %q", doc.Publisher, tt.wantPublisher)
			}
			if doc.Date != tt.wantDate {
				t.Errorf("date: got %q, want %q", doc.Date, tt.wantDate)
			}
			if tt.wantTitle != "" && doc.Title != tt.wantTitle {
				t.Errorf("title: got %q, want %q", doc.Title, tt.wantTitle)
			}
		})
	}
}

// TestPDFSpanningHeader checks a table as groff's tbl sets it: a line
// spanning the table centred over it ("Stations sampled in spring 2026"),
// then the header row in roman, its last label centred over a column of
// numbers aligned on their units. The header row is the table's, its
// first row, not a line of the paragraph the spanning line makes; the
// spanning line is the table's caption alone.
func TestPDFSpanningHeader(t *testing.T) {
	at := func(x, y int, s string) string {
		return fmt.Sprintf("BT /F1 10 Tf %d %d Td (%s) Tj ET\n", x, y, s)
	}
	// 10-point Helvetica, 5.56 points a character: the columns start at
	// 210, 300 and, for the numbers, 370; "Depth (m)" is centred over
	// them, the spanning line over the table.
	page := at(72, 540, "The survey sampled four stations in the outer basin during April this year.") +
		at(209, 500, "Stations sampled in spring 2026") +
		at(210, 488, "Station") + at(300, 488, "Basin") + at(351, 488, "Depth (m)") +
		at(210, 476, "North Spit") + at(300, 476, "Outer") + at(370, 476, "12") +
		at(210, 464, "Harbour Mouth") + at(300, 464, "Outer") + at(370, 464, "18") +
		at(72, 440, "The deepest station was the harbour mouth, where the tide runs fastest.")
	got := parsedBlocks(t, buildPDF([]string{page}, ""), func(b Block) string {
		return fmt.Sprintf("%s | %s | %q", b.Text, b.Caption, b.Header)
	})
	want := []string{
		"The survey sampled four stations in the outer basin during April this year. |  | []",
		"Stations sampled in spring 2026 |  | []",
		`Station; Basin; Depth (m) | Stations sampled in spring 2026 | []`,
		`North Spit; Outer; 12 | Stations sampled in spring 2026 | ["Station" "Basin" "Depth (m)"]`,
		`Harbour Mouth; Outer; 18 | Stations sampled in spring 2026 | ["Station" "Basin" "Depth (m)"]`,
		"The deepest station was the harbour mouth, where the tide runs fastest. |  | []",
	}
	wantBlocks(t, got, want)
}

// TestPDFSpacesOverLink checks a link as LibreOffice draws it: the link's
// text, then spaces over it whose underline marks the link, one of them
// starting just left of the text's last letter. The spaces drawn over the
// text are no breaks between words ("Intl", not "Int l"), while the
// spaces between words still are.
func TestPDFSpacesOverLink(t *testing.T) {
	// Every glyph is 556/1000 em wide: at 11 points, "Use the " ends at
	// 120.928 and the "l" of "Intl" starts at 139.276.
	page := "BT /F1 11 Tf 72 720 Td (Use the Intl object here.) Tj ET\n" +
		"BT /F1 11 Tf 120.9 720 Td [( ) -1109 ( )] TJ ET"
	if got, want := parsedBody(t, buildPDF([]string{page}, "")), "Use the Intl object here."; got != want {
		t.Errorf("body: got %q, want %q", got, want)
	}
}

// TestPDFSpaceUnderFirstLetter checks a space drawn at the start of a
// line under the line's first letter, a hair to its right (InDesign's
// "When" of the ISO 18974 one-pager): the letter sorts before the space,
// which the letter covers, so it is no break between words ("When", not
// "W hen"); the spaces between words still are.
func TestPDFSpaceUnderFirstLetter(t *testing.T) {
	// Every glyph is 556/1000 em wide: at 10 points the space runs from
	// 72.00001 to 77.56001, under the "W" (72 to 77.56).
	page := "BT /F1 10 Tf 72.00001 720 Td ( ) Tj ET\n" +
		"BT /F1 10 Tf 72 720 Td (When you adopt it, you conform.) Tj ET"
	if got, want := parsedBody(t, buildPDF([]string{page}, "")), "When you adopt it, you conform."; got != want {
		t.Errorf("body: got %q, want %q", got, want)
	}
}

// TestPDFNumberedContents checks contents without page numbers, as a web
// page printed to PDF lists its sections: three lines or more, each a
// section number and a title that a heading further on repeats, are
// dropped as contents with the "Contents" line over them, so that no
// title is read with the next entry's number ("Who may borrow 1.2.").
func TestPDFNumberedContents(t *testing.T) {
	page := textPage("Contents", "1.1. Who may borrow", "1.2. Loan periods", "1.3. Damage and loss", "",
		"1.1. Who may borrow", "", "Staff may borrow laptops.", "",
		"1.2. Loan periods", "", "Loans last a week.", "",
		"1.3. Damage and loss", "", "Report damage on the day.")
	doc, err := Parse("a.pdf", buildPDF([]string{page}, ""))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if strings.Count(doc.Body, "Who may borrow") != 1 || strings.Contains(doc.Body, "1.2. Loan periods 1.3.") {
		t.Errorf("body: got %q, want the contents gone and each title once", doc.Body)
	}
	var dropped []string
	for _, d := range doc.Dropped {
		dropped = append(dropped, d.Why+": "+d.Text)
	}
	wantDropped := []string{"table of contents: Contents", "table of contents: 1.1. Who may borrow",
		"table of contents: 1.2. Loan periods", "table of contents: 1.3. Damage and loss"}
	if !slices.Equal(dropped, wantDropped) {
		t.Errorf("dropped:\ngot  %q\nwant %q", dropped, wantDropped)
	}
}

// sizedText draws s at (x, y) in the test font at the given size, as one
// text object of a page's content stream.
func sizedText(size float64, x, y int, s string) string {
	return fmt.Sprintf("BT /F1 %g Tf %d %d Td (%s) Tj ET\n", size, x, y, s)
}

// TestPDFBrokenShort checks that a line its author ended short, leaving
// room for many more words, ends its block before a line that starts
// where it does with a capital, though it ends no sentence (a manual
// page's lines set apart, a heading in the body's weight over its
// text), while a list set one item a line whose items end in
// semicolons, and a line wrapped before a capitalised word, go on.
func TestPDFBrokenShort(t *testing.T) {
	checkBoldPDFPages(t, []boldPDFPage{
		{name: "BrokenShort", content: "BT /F1 10 Tf 72 720 Td (The tool lists the files named on its command line, and it prints their names in columns across the page width.) Tj ET\n" +
			"BT /F1 10 Tf 72 700 Td (Report bugs to: bug-tool@example.org) Tj ET\n" +
			"BT /F1 10 Tf 72 688 Td (Tool home page: <https://www.example.org/tool/>) Tj ET\n" +
			"BT /F1 10 Tf 72 668 Td (This month in numbers) Tj ET\n" +
			"BT /F1 10 Tf 72 656 Td (In February we turned 1,184 aircraft at the airport.) Tj ET\n" +
			"BT /F1 10 Tf 72 636 Td (The parser manages these types: INTEGER;) Tj ET\n" +
			"BT /F1 10 Tf 72 624 Td (BOOLEAN;) Tj ET\n" +
			"BT /F1 10 Tf 72 612 Td (NULL.) Tj ET\n" +
			"BT /F1 10 Tf 72 592 Td (The ramp team walked the whole apron every single morning of the month, and then it picked up all the debris of) Tj ET\n" +
			"BT /F1 10 Tf 72 580 Td (February from the stands.) Tj ET",
			want: []string{
				"0 |  | The tool lists the files named on its command line, and it prints their names in columns across the page width.",
				"0 |  | Report bugs to: bug-tool@example.org",
				"0 |  | Tool home page: <https://www.example.org/tool/>",
				"0 |  | This month in numbers",
				"0 |  | In February we turned 1,184 aircraft at the airport.",
				"0 |  | The parser manages these types: INTEGER; BOOLEAN; NULL.",
				"0 |  | The ramp team walked the whole apron every single morning of the month, and then it picked up all the debris of February from the stands.",
			}},
	})
}

// TestPlaceChromeHolds checks that a heading holding the blocks after it
// (an option's term over its text, block.holds) still holds them once
// the page chrome goes in among them: a running header atop the page
// its text goes on to is held too, and the block after the text is not.
func TestPlaceChromeHolds(t *testing.T) {
	bs := blocks{
		{text: "--version", kind: KindHeading, page: 1, holds: 3},
		{text: "output version information", page: 1},
		{text: "and exit", page: 2},
		{text: "The SIZE argument is an integer.", page: 2},
	}
	out := placeChrome(bs, []chromeLine{{text: "LS(1) User Commands LS(1)", why: "running header or footer", page: 2}})
	var texts []string
	for _, b := range out {
		texts = append(texts, b.text)
	}
	if want := []string{"--version", "output version information", "LS(1) User Commands LS(1)", "and exit", "The SIZE argument is an integer."}; !slices.Equal(texts, want) {
		t.Fatalf("blocks: got %q, want %q", texts, want)
	}
	if out[0].holds != 4 {
		t.Errorf("the term's holds: got %d, want 4 (itself, its text's two blocks and the header between them)", out[0].holds)
	}
}

// TestPDFCentredFields checks that a title page's lines, centred one
// under another in the body's size, each a field of its own, are a block
// each (centredFields): a line ended with room for the next line's
// first word, and a line opening with a field's label where that word
// would not have fitted; while a centred paragraph wrapped full to its
// column and a line ending in a comma go on.
func TestPDFCentredFields(t *testing.T) {
	// centredAt draws s in 10-point Helvetica (every glyph 5.56 points
	// wide) centred on x = 300, at height y.
	centredAt := func(size float64, y int, s string) string {
		return fmt.Sprintf("BT /F1 %g Tf %.2f %d Td (%s) Tj ET\n", size, 300-float64(len(s))*0.556*size/2, y, s)
	}
	page := centredAt(20, 700, "Baggage and Cargo Handling Rules") +
		centredAt(10, 676, "Example Airways Ground Operations and Handling Procedure") +
		centredAt(10, 664, "Document number: GOP-04") +
		centredAt(10, 652, "Revision C") +
		centredAt(10, 640, "Effective from 1 February 2026") +
		centredAt(10, 628, "Revision date: 12 January 2026") +
		centredAt(10, 604, "Approved by the Head of Ground Operations,") +
		centredAt(10, 592, "Kelmouth Airport") +
		centredAt(10, 532, "The rules below apply at every station we serve, from the") +
		centredAt(10, 520, "Kelmouth base to each outstation.")
	r, err := readPDF(buildPDF([]string{page}, ""), defaultLimits())
	if err != nil {
		t.Fatalf("readPDF: %v", err)
	}
	var got []string
	for _, b := range r.blocks {
		got = append(got, b.text)
	}
	want := []string{
		"Baggage and Cargo Handling Rules",
		"Example Airways Ground Operations and Handling Procedure",
		"Document number: GOP-04",
		"Revision C",
		"Effective from 1 February 2026",
		"Revision date: 12 January 2026",
		"Approved by the Head of Ground Operations, Kelmouth Airport",
		"The rules below apply at every station we serve, from the Kelmouth base to each outstation.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("blocks:\ngot  %q\nwant %q", got, want)
	}
}

// TestPDFCodeDisplays checks that a display of code set one source line a
// line (a shell session under an indent, as git's manual pages set one in
// the body's font) is read as code lines, one block a line, while a run
// that opens with a comment's mark but is filled text, and a run of short
// lines that opens with no prompt or comment (a list of files and what
// they hold), are not.
func TestPDFCodeDisplays(t *testing.T) {
	content := textAt(72, 700, "The second file keeps Git from ignoring the one linker script that") +
		textAt(72, 686, "the tree holds, as this session shows for the kernel's own folder:") +
		textAt(83, 666, "$ cat .gitignore") +
		textAt(83, 652, "vmlinux*") +
		textAt(83, 638, "$ ls arch/foo/kernel/vm*") +
		textAt(83, 624, "arch/foo/kernel/vmlinux.lds.S") +
		textAt(72, 604, "The file lists patterns, one a line, and a line may hold a comment:") +
		textAt(83, 584, "# The totals of the night are sent to the office by the clerk on the") +
		textAt(83, 570, "desk, who signs the sheet before the bank opens on the next morning.") +
		textAt(72, 550, "The tool reads its accounts from two files, each of them in the etc") +
		textAt(72, 536, "folder, and it writes to both of them when an account is added there:") +
		textAt(83, 512, "passwd, the accounts") +
		textAt(83, 498, "group, the groups")
	wantBlocks(t, parsedBlocks(t, buildPDF([]string{content}, ""), sectionedBlock), []string{
		"0 |  | The second file keeps Git from ignoring the one linker script that the tree holds, as this session shows for the kernel's own folder:",
		"3 |  | $ cat .gitignore",
		"3 |  | vmlinux*",
		"3 |  | $ ls arch/foo/kernel/vm*",
		"3 |  | arch/foo/kernel/vmlinux.lds.S",
		"0 |  | The file lists patterns, one a line, and a line may hold a comment:",
		"0 |  | # The totals of the night are sent to the office by the clerk on the desk, who signs the sheet before the bank opens on the next morning.",
		"0 |  | The tool reads its accounts from two files, each of them in the etc folder, and it writes to both of them when an account is added there:",
		"0 |  | passwd, the accounts group, the groups",
	})
}

// TestPDFWordGapAtThreshold checks that a gap of exactly wordGap, a fifth
// of an em, is a space (groff sets man's italic "~/.manpath" that far
// after "of"), while a gap just under it, as an italic correction leaves
// after a roman "=", joins the glyphs into one word.
func TestPDFWordGapAtThreshold(t *testing.T) {
	// Each glyph of buildPDF's font is 5.56 points wide at 10 points:
	// "Read the default of" ends at 72+19*5.56 = 177.64, "Set --color" at
	// 72+11*5.56 = 133.16.
	content := "BT /F1 10 Tf 72 720 Td (Read the default of) Tj ET\n" +
		"BT /F1 10 Tf 179.64 720 Td (~/.manpath first.) Tj ET\n" +
		"BT /F1 10 Tf 72 706 Td (Set --color) Tj ET\n" +
		"BT /F1 10 Tf 135.13 706 Td (=auto to colour it.) Tj ET"
	wantBlocks(t, parsedBlocks(t, buildPDF([]string{content}, ""), sectionedBlock), []string{
		"0 |  | Read the default of ~/.manpath first. Set --color=auto to colour it.",
	})
}

// TestPDFTermBeforeSentenceSpace checks that a bold tag before its text
// on one justified line is parted from it though a sentence's end later
// on the line stands wider than the line's word spaces (groff adds a
// sentence space there): grep's "bn=32" over "SGR substring for byte
// offsets …. The default is …", before read as one sentence with its tag.
func TestPDFTermBeforeSentenceSpace(t *testing.T) {
	// Each glyph is 5.56 points wide at 10 points; the tag's gap is 9.2
	// points, the word spaces 4.1 and the sentence space 6.6.
	words := []struct {
		x    float64
		font string
		text string
	}{
		{144, "F2", "bn=32"}, {181, "F1", "SGR"}, {201.78, "F1", "substring"}, {255.92, "F1", "for"},
		{276.7, "F1", "byte"}, {303.04, "F1", "offsets."}, {354.12, "F1", "The"}, {374.9, "F1", "default"},
		{417.92, "F1", "is"}, {433.14, "F1", "a"}, {443.0, "F1", "green"},
	}
	var b strings.Builder
	b.WriteString("BT /F2 10 Tf 72 720 Td (ENVIRONMENT) Tj ET\n")
	for _, w := range words {
		fmt.Fprintf(&b, "BT /%s 10 Tf %.2f 700 Td (%s) Tj ET\n", w.font, w.x, w.text)
	}
	b.WriteString("BT /F1 10 Tf 181 688 Td (text over the default background.) Tj ET\n")
	wantBlocks(t, parsedBlocks(t, buildBoldPDF(b.String()), sectionedBlock), []string{
		"1 | ENVIRONMENT | ENVIRONMENT",
		"1 | bn=32 | bn=32",
		"0 | bn=32 | SGR substring for byte offsets. The default is a green text over the default background.",
	})
}

// TestPDFInvisibleCharacters checks that the zero-width spaces an older
// Google Docs export draws on each side of every space ("app.\u200B
// \u200BThis") are not read, so that the sentence ends at its stop and
// its words are words, and that a soft hyphen drawn at a line's end reads
// as the hyphen it shows, its word rejoined.
func TestPDFInvisibleCharacters(t *testing.T) {
	font := strings.Replace(helvetica, "/Encoding /WinAnsiEncoding",
		"/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /zerowidthspace] >>", 1)
	page := textPage(
		"Kitware\x01 \x01built\x01 \x01the\x01 \x01app.\x01 \x01This\x01 \x01page\x01 \x01tells\x01 \x01visitors\x01 \x01about\x01 \x01the",
		"policies\x01 \x01for\x01 \x01the\x01 \x01collection\x01 \x01of\x01 \x01data.\x01 \x01We\x01 \x01keep\x01 \x01the\x01 \x01collec\xad",
		"tion\x01 \x01for\x01 \x01one\x01 \x01year.")
	got := parsedBlocks(t, buildPDFFont(font, []string{page}, ""), blockText)
	want := "Kitware built the app. This page tells visitors about the policies for the collection of data. We keep the collection for one year."
	if strings.Join(got, " | ") != want {
		t.Errorf("blocks: got %q, want %q", got, want)
	}
}

// TestPDFJoinerGlyphs checks that a joiner drawn as a glyph of its own
// between two pictures (an emoji's sequence, "♥\u200D♥") stays, as the
// other readers keep it, while one at the end of a line goes: the PDF reader
// drops invisible characters with the next glyph's text in view.
func TestPDFJoinerGlyphs(t *testing.T) {
	font := strings.Replace(helvetica, "/Encoding /WinAnsiEncoding",
		"/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /afii301 2 /heart] >>", 1)
	page := textPage("The team sent \x02\x01\x02 to everyone who came to the fair.\x01")
	if got, want := parsedBody(t, buildPDFFont(font, []string{page}, "")), "The team sent \u2665\u200D\u2665 to everyone who came to the fair."; got != want {
		t.Errorf("body: got %q, want %q", got, want)
	}
}

// TestPDFSpaceBeforeLargerRun checks that a space set in a run's size
// parts it from a run set larger after it: Word's "created by" in 12
// points then "The Commons Conservancy" in 13.4, the space after "by" a
// fifth of 12 points wide, under a fifth of 13.4 (read "byThe"). A gap
// narrower than a fifth of the smaller size still joins the glyphs.
func TestPDFSpaceBeforeLargerRun(t *testing.T) {
	// Each glyph is 5.56 points wide at 10 points, 6.672 at 12:
	// "It was made by" ends at 72+14*6.672 = 165.408, "Set by" at
	// 72+6*6.672 = 112.032.
	content := "BT /F1 12 Tf 72 720 Td (It was made by) Tj ET\n" +
		"BT /F1 13.4 Tf 168.048 720 Td (The Commons in 2017.) Tj ET\n" +
		"BT /F1 12 Tf 72 700 Td (Set by) Tj ET\n" +
		"BT /F1 13.4 Tf 114.232 700 Td (hand, it joins.) Tj ET"
	wantBlocks(t, parsedBlocks(t, buildPDF([]string{content}, ""), sectionedBlock), []string{
		"0 |  | It was made by The Commons in 2017.",
		"0 |  | Set byhand, it joins.",
	})
}

// TestPDFBlockCommentDisplay checks that a C-style block comment set one
// line a line (a source file's header as a how-to shows it: "/**" over
// " * " lines and " */") is read as code, as a shell session is: its
// lines were read as text, the copyright line and the marks dropped as
// page chrome and the rest taken for sentences of the body.
func TestPDFBlockCommentDisplay(t *testing.T) {
	content := textAt(72, 700, "Keep the copyright statement on one line and the licence identifier") +
		textAt(72, 686, "on one line as well, as the header of this source file does:") +
		textAt(72, 666, "/**") +
		textAt(78, 652, "* widget - packs and unpacks widget archives") +
		textAt(78, 638, "*") +
		textAt(78, 624, "* Copyright: 2017, The Widget Works") +
		textAt(78, 610, "* SPDX-License-Identifier: MIT") +
		textAt(78, 596, "*/") +
		textAt(72, 576, "The year is a range from the year the file was made to the last change.")
	wantBlocks(t, parsedBlocks(t, buildPDF([]string{content}, ""), sectionedBlock), []string{
		"0 |  | Keep the copyright statement on one line and the licence identifier on one line as well, as the header of this source file does:",
		"3 |  | * widget - packs and unpacks widget archives",
		"3 |  | * Copyright: 2017, The Widget Works",
		"3 |  | * SPDX-License-Identifier: MIT",
		"0 |  | The year is a range from the year the file was made to the last change.",
	})
}

// TestPDFSideColumnBelowTable checks that a narrow column set beside the
// body under a page's title and a table of key facts (a case study's
// quote beside its text) is read as a column, not glued line by line to
// the body's lines as a table's rows, though the title and the table
// cross its gutter: the rows below a wide gap are looked at alone
// (columnsBelow). The quote's last sentence, set large and ending inside
// its closing quotation mark, is no heading (endsFullStop), and the
// speaker's name, a comma after it, and title under it read as one line
// kept as text (nameLines, quoteAttribution).
func TestPDFSideColumnBelowTable(t *testing.T) {
	at := sizedText
	page := at(18, 36, 720, "Harbour Trust and Tidewater Council drive open data across their services") +
		at(18, 36, 696, "for every harbour in the northern region.") +
		at(8, 36, 600, "PARTNERS:") + at(8, 174, 600, "PROBLEMS:") + at(8, 312, 600, "ANSWERS:") + at(8, 450, 600, "GAINS:") +
		at(8, 36, 590, "Port authorities") + at(8, 174, 590, "Lack of shared data standards") + at(8, 312, 590, "Training for the staff") + at(8, 450, 590, "Open data") +
		at(8, 36, 580, "Shipping firms") + at(8, 174, 580, "Different record keeping systems") + at(8, 312, 580, "A pilot for one harbour") + at(8, 450, 580, "Faster reports") +
		at(8, 174, 570, "Overcoming doubts about sharing") + at(8, 312, 570, "Shared tools for all") + at(8, 450, 570, "Fewer delays") +
		"BT /F2 9 Tf 247 513 Td (THE PORTS) Tj ET\n" +
		at(14, 36, 500, "\\223Open data is the") + at(9, 247, 500, "The Harbour Trust runs the ports of the northern region and handles more") +
		at(14, 36, 478, "ground of a modern") + at(9, 247, 489, "than two thousand ships every month of the year for its many customers.") +
		at(14, 36, 456, "harbour.") + at(9, 247, 478, "The Tidewater Council is the regional body for data and digital services") +
		at(9, 247, 467, "in the region and chose a partner to guide the work on open data sharing.") +
		at(9, 247, 456, "The partner trained the staff of both bodies over the course of a year.") +
		at(14, 36, 423, "The Trust leads") + at(9, 247, 445, "Shipping firms now read the same reports as the harbour masters do each day.") +
		at(9, 247, 434, "The reports are published every morning before the first ships arrive.") +
		at(9, 247, 423, "Delays at the harbour gates have fallen by a third since the pilot began.") +
		at(14, 36, 401, "the region.\\224") + at(9, 247, 412, "The Council plans to bring the other harbours of the region in next year.") +
		at(9, 247, 401, "Each harbour will keep its own records in the shared format from then on.") +
		at(9, 36, 379, "Ann Marlow,") + at(9, 247, 390, "The ships' agents say the shared reports save them hours of work a week.") +
		at(9, 36, 368, "Project Director") + at(9, 247, 379, "The Trust will publish the format so that other ports may take it up too.")
	got := parsedBlocks(t, buildBoldPDF(page), kindBlock)
	want := []string{
		"0 | Harbour Trust and Tidewater Council drive open data across their services for every harbour in the northern region.",
		"4 | PARTNERS:; PROBLEMS:; ANSWERS:; GAINS:",
		"4 | Port authorities; Lack of shared data standards; Training for the staff; Open data",
		"4 | Shipping firms; Different record keeping systems Overcoming doubts about sharing; A pilot for one harbour Shared tools for all; Faster reports Fewer delays",
		"0 | \u201cOpen data is the ground of a modern harbour.",
		"0 | The Trust leads the region.\u201d",
		"0 | Ann Marlow, Project Director",
		"1 | THE PORTS",
		"0 | The Harbour Trust runs the ports of the northern region and handles more than two thousand ships every month of the year for its many customers.",
		"0 | The Tidewater Council is the regional body for data and digital services in the region and chose a partner to guide the work on open data sharing. The partner trained the staff of both bodies over the course of a year. Shipping firms now read the same reports as the harbour masters do each day. The reports are published every morning before the first ships arrive. Delays at the harbour gates have fallen by a third since the pilot began. The Council plans to bring the other harbours of the region in next year. Each harbour will keep its own records in the shared format from then on. The ships' agents say the shared reports save them hours of work a week.",
		"0 | The Trust will publish the format so that other ports may take it up too.",
	}
	wantBlocks(t, got, want)
}

// TestPDFSlideItemsInBold checks that a slide's lines each set in bold in
// a heading's size under the slide's title, heading nothing, are the
// items of a list, not headings of their own (headedItems), while a bold
// line over text stays a heading.
func TestPDFSlideItemsInBold(t *testing.T) {
	slide := sizedText(24, 40, 700, "Meeting Guiding Principles") +
		sizedText(18, 100, 620, "Keep the discussion") + sizedText(18, 100, 598, "respectful") +
		sizedText(18, 100, 508, "Speak from your own") + sizedText(18, 100, 486, "experience") +
		sizedText(18, 100, 396, "Focus on the ideas") + sizedText(18, 100, 374, "of the others")
	next := sizedText(24, 40, 700, "Questions") +
		sizedText(12, 40, 670, "May members who work for no company join the group this year? We take") +
		sizedText(12, 40, 656, "ten members at a time, and seven have joined so far, so there is room for") +
		sizedText(12, 40, 642, "three more members who work for no company in the group this year.")
	raw := buildPDF([]string{slide, next}, "")
	got := parsedBlocks(t, raw, kindBlock)
	want := []string{
		"1 | Meeting Guiding Principles",
		"2 | Keep the discussion respectful",
		"2 | Speak from your own experience",
		"2 | Focus on the ideas of the others",
		"1 | Questions",
		"0 | May members who work for no company join the group this year? We take ten members at a time, and seven have joined so far, so there is room for three more members who work for no company in the group this year.",
	}
	wantBlocks(t, got, want)
}

// TestPDFSideLabels checks that the row headings of a table headed in a
// narrow left column, each centred on its cell's paragraph (a review
// guide's "Additional Guidance", "Prompts"), are read before the
// paragraph instead of cutting its sentences in two: a label on a row of
// its own, and one whose baseline is near enough a line of the
// paragraph's to share its row; a list's number on its item's baseline
// stays on the item's line.
func TestPDFSideLabels(t *testing.T) {
	line := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 10 Tf %g %g Td (%s) Tj ET\n", x, y, s)
	}
	content := line(40, 740, "Point 1") + line(100, 740, "Understand what the users of the service need.") +
		line(100, 712, "The team shows that it has met the users of the") +
		line(100, 700, "service. The panel asks who the users are and") +
		line(30, 697, "Additional") +
		line(100, 688, "what they are trying to do. The answers come") +
		line(30, 685, "Guidance") +
		line(100, 676, "from research with the users themselves, not") +
		line(100, 664, "from the team's own guesses.") +
		line(100, 636, "Who are the users of the service and what do") +
		line(30, 630, "Prompts") +
		line(100, 624, "they need from it? How have you learned that?") +
		line(100, 596, "The evidence the team brings:") +
		line(40, 584, "1.") + line(100, 584, "a map of the journey the users take now;") +
		line(40, 572, "2.") + line(100, 572, "the needs found in the research.")
	wantBlocks(t, parsedBlocks(t, buildPDF([]string{content}, ""), blockText), []string{
		"Point 1 Understand what the users of the service need.",
		"Additional Guidance",
		"The team shows that it has met the users of the service. The panel asks who the users are and what they are trying to do. The answers come from research with the users themselves, not from the team's own guesses.",
		"Prompts",
		"Who are the users of the service and what do they need from it? How have you learned that?",
		"The evidence the team brings:",
		"a map of the journey the users take now;",
		"the needs found in the research.",
	})
}
