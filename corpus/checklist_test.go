package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestCheckBoxItems checks that a check box opening a line ("❏", "☐")
// marks an item of a checklist, as a bullet does: each box's line is an
// item of its own, the box left out, not a run of boxes joined into one
// paragraph.
func TestCheckBoxItems(t *testing.T) {
	raw := []byte("Onboarding checklist\n\nComplete the steps below before the first test day.\n\n" +
		"❏ Complete the signed documents\n❏ Schedule an ID verification session\n☐ Attend the verification session\n")
	wantBlocks(t, parsedFile(t, "checklist.txt", raw, kindBlock), []string{
		"0 | Onboarding checklist",
		"0 | Complete the steps below before the first test day.",
		"2 | Complete the signed documents",
		"2 | Schedule an ID verification session",
		"2 | Attend the verification session",
	})
}

// TestLabelledFieldsKept checks that a lesson plan's labelled fields
// under its title are kept, those that read as sentences ("Objectives:
// Students will …") and the short ones among them ("URLs: None"), which
// alone read as page chrome (a short line in capitals over no sentence).
func TestLabelledFieldsKept(t *testing.T) {
	field := func(label, text string) string {
		return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + label + `</w:t></w:r><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
	}
	body := wp("", "Activity 4: Sharing Data") +
		field("Objectives:", " Students will explore how data are shared.") +
		field("Time Needed:", " 45 minutes in class.") +
		field("URLs:", " None") +
		field("Additional Files Needed:", " None") +
		field("Key Readings:", "") +
		wp("ListBullet", "Guidelines for Responsible Data Management. 2006.") +
		wp("", "Instructors may choose to do any or all exercises.")
	raw := makeDOCX(t, map[string]string{"word/styles.xml": wordStyles, "word/document.xml": wordBody(body)})
	got := parsedFile(t, "activity.docx", raw, blockText)
	for _, want := range []string{"URLs: None", "Additional Files Needed: None", "Time Needed: 45 minutes in class."} {
		if !slices.Contains(got, want) {
			t.Errorf("got blocks %q, want one %q", got, want)
		}
	}
}

// TestPDFChecklistCaptionsAndVersion checks three lines of a PDF guide
// and report that read as headings or page chrome by their shape alone:
// a lone "OR" in bold between two items of a checklist is text, no
// heading (conjunctionLine); a bold title that the document's list of
// figures names is the caption of its figure, no heading
// (listedCaptions); and a version line under the title with its date set
// apart by a dash and written in numbers ("Version 1.4 - 03.03.21") is
// the title's field, no page chrome (titleVersion).
func TestPDFChecklistCaptionsAndVersion(t *testing.T) {
	bold := func(y int, s string) string { return "BT /F2 11 Tf 72 " + itoa(y) + " Td (" + s + ") Tj ET\n" }
	plain := func(y int, s string) string { return "BT /F1 11 Tf 72 " + itoa(y) + " Td (" + s + ") Tj ET\n" }
	content := "BT /F2 24 Tf 72 740 Td (Site Onboarding Guide) Tj ET\n" +
		plain(712, "Version 1.4 - 03.03.21") +
		bold(680, "List of Figures") +
		plain(660, "Breakdown of the Testing ................................ 1") +
		plain(646, "Reporting Flow of the Assessment ........................ 1") +
		bold(630, "Schedule Training Session") +
		plain(610, "Watch the training videos at your own pace.") +
		bold(590, "OR") +
		plain(570, "Email the support desk to schedule your training session.") +
		plain(540, "The figure below breaks the testing down.") +
		bold(520, "Breakdown of the Testing") +
		plain(500, "The team tested each part alone and then the whole.") +
		bold(480, "Reporting Flow of the Assessment") +
		plain(460, "Each finding was sent back to the team in real time.")
	got := parsedBlocks(t, buildBoldPDF(content), kindBlock)
	for _, want := range []string{"0 | OR", "0 | Breakdown of the Testing", "0 | Reporting Flow of the Assessment", "0 | Version 1.4 - 03.03.21", "1 | Schedule Training Session"} {
		if !slices.Contains(got, want) {
			t.Errorf("got blocks %q, want one %q", got, want)
		}
	}
	if strings.Contains(strings.Join(got, "\n"), "1 | OR") {
		t.Errorf("got blocks %q, want no heading %q", got, "OR")
	}
}
