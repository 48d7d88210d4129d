package corpus

import (
	"strings"
	"testing"
)

// TestChromeLines puts each line between two paragraphs and checks whether
// it survives in the body.
func TestChromeLines(t *testing.T) {
	tests := []struct {
		line string
		kept bool
	}{
		// Chrome, by shape.
		{"Skip to content", false},
		{"1. Skip to main menu", false},
		{"Skip next section DW's Top Story", false},
		{"logo", false},
		{"Top", false},
		{"Advertisement", false},
		{"42:34", false},
		{"• • •", false},
		{"ALSO READ | France’s Parliamentary Committee Seeks Criminal Charges Against TikTok", false},
		{"WATCH | Bessent speaks to reporters", false},
		{"Home | World | Asia | Business", false},
		{"News › Politics › China", false},
		{"Comments (0)", false},
		{"12 comments", false},
		{"Please sign in to leave a comment", false},
		{"This browser does not support the video element.", false},
		{"You must enable JavaScript to view this page.", false},
		{"Photo: Reuters", false},
		{"Image credit: Getty Images", false},
		{"Edited by: Jenipher Camino Gonzalez", false},
		{"Reporting by Jane Doe; Editing by John Smith", false},
		{"Martial Trezzini/KEYSTONE/picture alliance", false},
		{"© 2025 Example News", false},
		{"Share on Facebook", false},
		{"Follow us on X", false},
		{"Read more: https://example.org/talks", false},
		{"https://example.org/talks", false},
		{"Visit us at https://example.org", false},
		// Words after an address are what a command or a configuration
		// line does with it (sources.list's "deb http://… hamm main"),
		// and a colon inside a word is an address's, not a credit's
		// label ("deb file:/home/…").
		{"mirror https://example.org/debian hamm main", true},
		{"mirror file:/srv/debian stable main contrib", true},
		// So is one word after it when a lowercase word with no colon
		// opens the line: a command's name and its argument; a bare link
		// with a word after it, or a label's, still goes.
		{"mirror http://example.org/universe unstable/binary-$(ARCH)/", true},
		{"https://example.org/talks Share", false},
		{"More: https://example.org/talks here", false},
		// Words that end at a comma before the address name what it is
		// the address of, a reference list's entry.
		{"The Example desktop, https://desktop.example.org", true},
		{"KDEThe KDE desktop, http://www.kde.example.org", true},
		// A label of words before a colon or a lone dash, then the
		// address, says what the address is of; an interface verb
		// alone may be such a label, not with its object or particle
		// ("Read more:", "Follow us:").
		{"Dataset link: https://data.example.org/harbour.csv", true},
		{"Homepage - https://harbour.example.org", true},
		{"Dataset link: - https://data.example.org/raw.csv", true},
		{"Download: https://data.example.org/harbour.zip", true},
		// An e-mail address is such an address: "Email" is its label,
		// no "share by e-mail" button.
		{"Email: security@example.org", true},
		{"Email this page", false},
		// An interface verb with the address it mails to written out
		// gives the address (writesEmail).
		{"Email us at security@example.org", true},
		{"Email us", false},
		{"Follow us: https://social.example.org", false},
		{"Home https://example.org", false},
		{"Docs: https://docs.example.org more", false},
		{"File: Reuters", false},
		{"Sign up for our newsletter", false},
		{"Was this page helpful?", false},
		{"Did you find this article helpful?", false},
		{"Table of contents", false},
		{"Contents", false},
		{"Previous | Next", false},
		{"« Previous · Next »", false},
		{"Back to top", false},
		{"Home > Docs > FAQ", false},
		// Headings and sentences, kept.
		{"Why Is TikTok Central to These Talks?", true},
		{"Tariff Pause Nears Its Deadline", true},
		{"TikTok and Digital Oversight", true},
		{"China launches probes targeting US semiconductors", true},
		{"Did you know?", true},
		{"You may find the tide table helpful.", true},
		{"What Comes Next", true},
		{"Source: the ministry said the probe would last a year and cover imports from 2022.", true},
		{"Photographers waited outside the Palacio de Santa Cruz all day.", true},
		{"You can comment on the proposal until Friday, the ministry said.", true},
		{"Readers can sign in to the ministry's portal to file comments on the probe, officials said.", true},
		{"The meeting, led by U.S. Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng, highlights the difficulty both sides face.", true},
		{"Skip Bayless, a commentator, said the talks would fail.", true},
		{"Wages are paid every second Friday into your bank account.", true},
		{"Please register for the summer party by 12 June.", true},
		{"Click Save to keep your changes.", true},
		{"Please comment on the draft by Friday.", true},
		{"Please enable two-factor login on your laptop.", true},
		{"Share prices rose 3% in Madrid after the talks began.", true},
		{"Read the statement below, the ministry told reporters on Sunday.", true},
		{"US duties on Chinese imports now average 55 percent.", true},
		{"Geneva | May 2025 | 90-day truce agreed after two days of talks in the Swiss city", true},
		{"Before | After", true},
		{"Contents of the first-aid kit", true},
		// A path is not a credit's names joined by slashes.
		{"The MEDIA/SUBTYPE.xml files", true},
		// A mail address, alone or after its label, is a contact detail.
		{"Complaints: complaints@example.org", true},
		{"hello@example.org", true},
		// A name written with a capital inside, alone on a line (the
		// heading of an install guide's section), is no lowercase
		// interface word, and is kept; an interface word so written is
		// not.
		{"macOS", true},
		{"iPhone", true},
		{"logIn", false},
		// A command-line option alone on a line, the term of an option
		// list, is the name its description describes, and is kept; a
		// pair of dashes is not.
		{"--version", true},
		{"--alloc-fn=<name>", true},
		{"-v", true},
		{"--", false},
		// A credit word after the subject it is said of: a statement
		// about the document, not a credit.
		{"Review written by: Ravi Dhillon, Ashcombe depot manager", true},
		{"Blameless review. Written by Gareth Pellow with Declan Foyle and Aoife Kerrigan.", true},
		{"Written by: Ravi Dhillon", false},
		{"Reported by Dominic Achterberg", false},
		{"Additional reporting by Jane Doe", false},
		{"Main image: Reuters", false},
		// A change log's entry cites its issue, whatever verb it
		// opens with; a button cites none.
		{"Load Jekyll plugins from BUNDLE_GEMFILE location (#8585)", true},
		{"Skip adding binary files as posts (#6344)", true},
		{"Load more", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			in := "Officials met in Madrid on Sunday to discuss trade.\n" + tt.line + "\nThe talks will go on until Wednesday, officials said.\n"
			doc, err := Parse("a.txt", []byte(in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			want := strings.TrimPrefix(tt.line, "1. ")
			if got := hasLine(doc.Body, want); got != tt.kept {
				t.Errorf("kept: got %v, want %v (body %q)", got, tt.kept, doc.Body)
			}
			for _, s := range []string{"Officials met in Madrid on Sunday to discuss trade.", "The talks will go on until Wednesday, officials said."} {
				if !hasLine(doc.Body, s) {
					t.Errorf("body lost the sentence %q: %q", s, doc.Body)
				}
			}
		})
	}
}

// TestChromeByPlace checks the rules that look at a line's neighbours.
func TestChromeByPlace(t *testing.T) {
	tests := []struct {
		name, path, in, want string
	}{
		{
			// A manual page's option list: the description under an
			// option's term opens with a verb an interface's button
			// would ("print"), and is the option's text all the same.
			name: "a description under an option's term is kept",
			path: "a.html",
			in:   "<h1>ls</h1><p>List information about the files.</p><h2>-b, --escape</h2><p>print C-style escapes for nongraphic characters</p><h2>-F, --classify[=WHEN]</h2><p>print entry names without quoting</p><p>Print this page</p><p>The SIZE argument is an integer.</p>",
			want: "ls\nList information about the files.\n-b, --escape\nprint C-style escapes for nongraphic characters\n-F, --classify[=WHEN]\nprint entry names without quoting\nThe SIZE argument is an integer.",
		},
		{
			// A short label ending in a colon over a kept line of its
			// page announces what follows (announcesKept): a function's
			// "Arguments:" over its argument list, not a page's chrome.
			name: "a label over a kept line is text",
			path: "a.txt",
			in:   "Reference guide\n\nThe library solves sparse linear systems.\n\nArguments:\n\nlu_int m\n\nThe dimension of the matrices, greater than zero.\n",
			want: "Reference guide\nThe library solves sparse linear systems.\nArguments:\nlu_int m\nThe dimension of the matrices, greater than zero.",
		},
		{
			// The line right under such a label and over a kept line
			// of its page is the first of the lines the label
			// announces (underLabel): a return value's name under
			// "Return:" over its short description, then the label
			// over it (announcesKept), not page chrome.
			name: "a term under a label and over a kept line is text",
			path: "a.txt",
			in:   "Reference guide\n\nThe library solves sparse linear systems.\n\nReturn:\n\nStatus_Ok\n\nobj successfully initialized.\n\nThe object is then ready for use by every routine.\n",
			want: "Reference guide\nThe library solves sparse linear systems.\nReturn:\nStatus_Ok\nobj successfully initialized.\nThe object is then ready for use by every routine.",
		},
		{
			// The lines a lead-in announces are its text however short
			// and capitalised (leadInSections, one of dropByContext's
			// framings), in the middle of a document as at its end: an
			// ASN.1 module's "MYPKIX1 { }" over "BEGIN" under "consider
			// a definitions file as follows:", not page chrome.
			name: "a short capitalised line in a lead-in's section is text",
			path: "a.html",
			in:   "<h1>Definitions guide</h1><p>The tool reads a module of ASN.1 definitions.</p><p>For example, consider a definitions file as follows:</p><p>MYPKIX1 { }</p><p>DEFINITIONS IMPLICIT TAGS ::=</p><p>BEGIN</p><p>The module ends with the keyword END on a line of its own.</p>",
			want: "Definitions guide\nThe tool reads a module of ASN.1 definitions.\nFor example, consider a definitions file as follows:\nMYPKIX1 { }\nDEFINITIONS IMPLICIT TAGS ::=\nBEGIN\nThe module ends with the keyword END on a line of its own.",
		},
		{
			// A template's fill-in placeholder in square brackets is a
			// field of the template (fillIn): "[Date]" under an agenda's
			// title, and a subject line whose slashes part its fields,
			// no breadcrumb (menu); a link's "[Share]" is page chrome.
			name: "a template's fill-in placeholder is a field",
			path: "a.txt",
			in:   "Internal kickoff\n\nSend the team this agenda before the kickoff meeting.\n\n[Date]\n\nTotal time: 2 hours\n\nSubject: [Agency Name ] / [Project Name] / Weekly Ship: xx/xx/xxxx\n\n[Share]\n\nHOME / NEWS / EVENTS\n\nEach member gives a name and a role on the project.\n",
			want: "Internal kickoff\nSend the team this agenda before the kickoff meeting.\n[Date]\nTotal time: 2 hours\nSubject: [Agency Name ] / [Project Name] / Weekly Ship: xx/xx/xxxx\nEach member gives a name and a role on the project.",
		},
		{
			// A line between two code blocks joins them ("or" between
			// two commands that do the same; joinsCode), and a line
			// citing an issue by its address ("See also: https://…/issues/546"
			// under a caution; issueRefRE) sends the reader to it as a
			// change log's "(#8585)" does: text, not a link's lone
			// word or a "Read more" link, which stays chrome.
			name: "a word between code blocks and an issue's address are text",
			path: "a.md",
			in:   "# Image tool\n\nThe tool explores the layers of an image.\n\nPick the source with an option:\n\n```\ntool img --source docker\n```\nor\n```\ntool docker://img\n```\n\nThe snap build may break the daemon.\n\nSee also: https://github.com/example/tool/issues/546\n\nRead more: https://example.org/more\n\nThe tool is written in Go.\n",
			want: "Image tool\nThe tool explores the layers of an image.\nPick the source with an option:\ntool img --source docker\nor\ntool docker://img\nThe snap build may break the daemon.\nSee also: https://github.com/example/tool/issues/546\nThe tool is written in Go.",
		},
		{
			// A placeholder in angle brackets is a field too, its
			// options set apart by slashes ("Assessment stage: <Alpha /
			// Beta / Live>" of the DTA's assessment report template),
			// as its sibling field with one slash is: no breadcrumb
			// (menu), which "HOME / NEWS / EVENTS" still is.
			name: "a fill-in placeholder of options in angle brackets is a field",
			path: "a.txt",
			in:   "Assessment report\n\nThe panel fills in the fields below for each assessment.\n\nAssessment type: <Agency-led / Partner-led>\n\nAssessment stage: <Alpha / Beta / Live>\n\nHOME / NEWS / EVENTS\n\nEach criterion is then marked as met or not met.\n",
			want: "Assessment report\nThe panel fills in the fields below for each assessment.\nAssessment type: <Agency-led / Partner-led>\nAssessment stage: <Alpha / Beta / Live>\nEach criterion is then marked as met or not met.",
		},
		{
			// A lone word above the first sentence goes as a logo's
			// or a menu's, but for a line a framing keeps: a template's
			// "[Date]" under its title is its field there too.
			name: "a fill-in placeholder above the first sentence is a field",
			path: "a.html",
			in:   "<h1>Internal kickoff</h1><p>[Date]</p><p>Logo</p><p>Send the team this agenda before the kickoff meeting.</p><p>Each member gives a name and a role on the project.</p>",
			want: "Internal kickoff\n[Date]\nSend the team this agenda before the kickoff meeting.\nEach member gives a name and a role on the project.",
		},
		{
			// A line that labels an address ("Dataset link: https://…",
			// "Homepage - https://…") answers where a thing is and is
			// kept as text, in Markdown as in HTML; a bare address and
			// a link's phrase ("Read more: https://…") are chrome.
			name: "a labelled address is text, a bare link chrome (Markdown)",
			path: "a.md",
			in:   "# Harbour survey\n\nThe survey measured the depth of the bay every week.\n\n## Data\n\nThe readings of all six buoys are public.\n\nDataset link: https://data.example.org/harbour.csv\n\nHomepage - https://harbour.example.org\n\nhttps://example.org/talks\n\nRead more: https://example.org/more\n\nThe team met every Monday at the port office.\n",
			want: "Harbour survey\nThe survey measured the depth of the bay every week.\nData\nThe readings of all six buoys are public.\nDataset link: https://data.example.org/harbour.csv\nHomepage - https://harbour.example.org\nThe team met every Monday at the port office.",
		},
		{
			name: "a labelled address is text, a bare link chrome (HTML)",
			path: "a.html",
			in:   "<h1>Harbour survey</h1><p>The survey measured the depth of the bay every week.</p><h2>Data</h2><p>The readings of all six buoys are public.</p><p>Docs: <a href=\"https://docs.example.org/harbour\">https://docs.example.org/harbour</a></p><p>Download: https://data.example.org/harbour.zip</p><p><a href=\"https://example.org/talks\">https://example.org/talks</a></p><p>The team met every Monday at the port office.</p>",
			want: "Harbour survey\nThe survey measured the depth of the bay every week.\nData\nThe readings of all six buoys are public.\nDocs: https://docs.example.org/harbour\nDownload: https://data.example.org/harbour.zip\nThe team met every Monday at the port office.",
		},
		{
			// A labelled address alone after the last sentence is the
			// pointer the text closes with; a run of them is a
			// footer's links. In every format.
			name: "a labelled address closing the text is kept (Markdown)",
			path: "a.md",
			in:   "# dashing2\n\nThe image holds no help text for the dashing2 tool.\n\nTool homepage: https://github.com/dnbaker/dashing2\n",
			want: "dashing2\nThe image holds no help text for the dashing2 tool.\nTool homepage: https://github.com/dnbaker/dashing2",
		},
		{
			name: "a labelled address closing the text is kept (plain text)",
			path: "a.txt",
			in:   "Harbour survey\n\nThe survey measured the depth of the bay every week.\n\nDocs: https://docs.example.org/harbour\n",
			want: "Harbour survey\nThe survey measured the depth of the bay every week.\nDocs: https://docs.example.org/harbour",
		},
		{
			name: "a run of labelled addresses after the text is a footer",
			path: "a.html",
			in:   "<h1>Harbour survey</h1><p>The survey measured the depth of the bay every week.</p><p>Twitter: https://twitter.com/harbour</p><p>Facebook: https://facebook.com/harbour</p>",
			want: "Harbour survey\nThe survey measured the depth of the bay every week.",
		},
		{
			// A question's heading announces its answer, as a lead-in
			// does its list: a last answer with no full stop is text,
			// the footer after it is not.
			name: "the answer under a question's heading is text, the line after it the page's tail",
			path: "a.md",
			in:   "# Harbour FAQ\n\n## Where are permits signed?\n\nPermits are signed at the harbour office.\n\n## Is there a winter timetable?\n\nYes, see the notice board\n\nlast edited in May by the office\n",
			want: "Harbour FAQ\nWhere are permits signed?\nPermits are signed at the harbour office.\nIs there a winter timetable?\nYes, see the notice board",
		},
		{
			// Under a heading that asks nothing the same line is the
			// page's tail.
			name: "the last line under a heading that asks nothing is the page's tail",
			path: "a.md",
			in:   "# Harbour FAQ\n\n## Where are permits signed?\n\nPermits are signed at the harbour office.\n\n## Winter timetable\n\nYes, see the notice board\n\nlast edited in May by the office\n",
			want: "Harbour FAQ\nWhere are permits signed?\nPermits are signed at the harbour office.",
		},
		{
			// The last section of a document whose section headings are
			// all in capitals (a manual page's) holds its text however
			// short, a line of links under BUGS; under headings in
			// mixed case the same line after the text is a footer.
			name: "the last section under headings in capitals is text, not the page's tail",
			path: "a.md",
			in:   "# man\n\n## NAME\n\nThe man command formats and displays the manual pages.\n\n## DESCRIPTION\n\nEach page argument is the name of a program or a function.\n\n## BUGS\n\nhttps://bugs.example.org https://lists.example.org\n",
			want: "NAME\nThe man command formats and displays the manual pages.\nDESCRIPTION\nEach page argument is the name of a program or a function.\nBUGS\nhttps://bugs.example.org https://lists.example.org",
		},
		{
			// A manual page's headings may be in mixed case; its
			// title, written as the page's NAME line, marks it a
			// manual page all the same.
			name: "the last section of a manual page under headings in mixed case is text",
			path: "a.md",
			in:   "# tool - format and display the manual pages\n\n## Name\n\nThe tool formats and displays the manual pages.\n\n## Usage\n\nEach argument is the name of a program or a function.\n\n## Links\n\nhttps://bugs.example.org https://lists.example.org\n",
			want: "tool - format and display the manual pages\nName\nThe tool formats and displays the manual pages.\nUsage\nEach argument is the name of a program or a function.\nLinks\nhttps://bugs.example.org https://lists.example.org",
		},
		{
			// A section whose text is all entries of a list of
			// references, each a work and its address at the line's
			// end, is text to its end: the entries that are no
			// sentence after the last one are no page's tail
			// (shared-mime-info-spec.pdf's References).
			name: "a section of references, each a work and its address, is text",
			path: "a.md",
			in:   "# Spec\n\n## Types\n\nEach program looks the type of a file up in one shared database.\n\n## References\n\nGNOME The GNOME desktop, https://www.gnome.org\n\nRFC-2119 Key words for use in RFCs to Indicate Requirement Levels, https://example.org/rfc2119.txt\n\nBaseDir XDG Base Directory Specification https://example.org/basedir.html\n\nACAP ACAP Media Type Dataset Class ftp://example.org/acap.txt\n",
			want: "Spec\nTypes\nEach program looks the type of a file up in one shared database.\nReferences\nGNOME The GNOME desktop, https://www.gnome.org\nRFC-2119 Key words for use in RFCs to Indicate Requirement Levels, https://example.org/rfc2119.txt\nBaseDir XDG Base Directory Specification https://example.org/basedir.html\nACAP ACAP Media Type Dataset Class ftp://example.org/acap.txt",
		},
		{
			// Lines ending in addresses after a section's sentence, or
			// two alone under a heading, are no list of references:
			// after the text they are the page's tail.
			name: "lines ending in addresses after a section's sentence are the page's tail",
			path: "a.md",
			in:   "# Spec\n\n## Types\n\nEach program looks the type of a file up in one shared database.\n\n## Links\n\nThe tool is documented online.\n\nHome page of the tool https://example.org\n\nMirror of the tool downloads https://mirror.example.org\n\nOld bug tracker of the tool https://bugs.example.org\n\n## Mirrors\n\nMirror of the tool downloads https://mirror.example.org\n\nOld bug tracker of the tool https://bugs.example.org\n",
			want: "Spec\nTypes\nEach program looks the type of a file up in one shared database.\nLinks\nThe tool is documented online.",
		},
		{
			// A README's closing sections of one line each under
			// headings of the outline's level (goldmark's "License"
			// over "MIT", "Author" over its author's name) are the
			// text their headings announce, right after a section of
			// text, in Markdown and HTML alike.
			name: "a README's closing sections of one line each are text",
			path: "a.md",
			in:   "# tool\n\nThe tool converts Markdown to HTML.\n\n## Usage\n\nEach call reads one file and writes one page.\n\n## Donation\n\nBTC: 1NEDSyUmo4SMTDP83\n\n## License\n\nMIT\n\n## Author\n\nJane Doe\n",
			want: "tool\nThe tool converts Markdown to HTML.\nUsage\nEach call reads one file and writes one page.\nDonation\nBTC: 1NEDSyUmo4SMTDP83\nLicense\nMIT\nAuthor\nJane Doe",
		},
		{
			name: "a page's closing section of one line is text",
			path: "a.html",
			in:   "<h1>tool</h1><p>The tool converts Markdown to HTML.</p><h2>Usage</h2><p>Each call reads one file and writes one page.</p><h2>License</h2><p>Apache License Version 2.0</p>",
			want: "tool\nThe tool converts Markdown to HTML.\nUsage\nEach call reads one file and writes one page.\nLicense\nApache License Version 2.0",
		},
		{
			// A page's footer stays its tail: a heading over several
			// short lines (a list of links, each a line) ends the run
			// of closing sections, and what stands between the text
			// and such a section goes with it; a heading at a level no
			// section of text has, or a closing line of addresses, is
			// no section of the outline's.
			name: "a footer's headings over short lines are the page's tail",
			path: "a.html",
			in:   "<h1>tool</h1><p>The tool converts Markdown to HTML.</p><h2>Usage</h2><p>Each call reads one file and writes one page.</p><h2>Follow us</h2><p>Mastodon account</p><p>GitHub project</p><h2>Contact</h2><p>Example Ltd</p>",
			want: "tool\nThe tool converts Markdown to HTML.\nUsage\nEach call reads one file and writes one page.",
		},
		{
			name: "a closing line under a heading of no text's level is the page's tail",
			path: "a.html",
			in:   "<h1>tool</h1><p>The tool converts Markdown to HTML.</p><h2>Usage</h2><p>Each call reads one file and writes one page.</p><h4>Contact</h4><p>Example Ltd</p>",
			want: "tool\nThe tool converts Markdown to HTML.\nUsage\nEach call reads one file and writes one page.",
		},
		{
			name: "a closing line of addresses is the page's tail",
			path: "a.md",
			in:   "# tool\n\nThe tool converts Markdown to HTML.\n\n## Usage\n\nEach call reads one file and writes one page.\n\n## License\n\nMIT\n\n## Links\n\nSee www.example.org\n",
			want: "tool\nThe tool converts Markdown to HTML.\nUsage\nEach call reads one file and writes one page.",
		},
		{
			name: "the last section under headings in mixed case is the page's tail",
			path: "a.md",
			in:   "# Tool\n\n## Name\n\nThe tool formats and displays the manual pages.\n\n## Usage\n\nEach argument is the name of a program or a function.\n\n## Links\n\nhttps://bugs.example.org https://lists.example.org\n",
			want: "Tool\nName\nThe tool formats and displays the manual pages.\nUsage\nEach argument is the name of a program or a function.",
		},
		{
			// A heading repeating the title at the level of a section
			// heading above it is a section of the outline, named as
			// the document is; the title repeated over the text (a
			// banner's) still goes.
			name: "a section heading named as the title is kept after a section of its level",
			path: "a.html",
			in:   "<h1>Exploit Mitigations</h1><h2>Exploit mitigations</h2><p>This chapter documents the mitigations of the compiler.</p><h2>Introduction</h2><p>The compiler supports several mitigations today.</p><h2>Exploit mitigations</h2><p>This section lists each mitigation in turn.</p><h3>Stack protection</h3><p>Stack protection is enabled by default.</p>",
			want: "Exploit Mitigations\nThis chapter documents the mitigations of the compiler.\nIntroduction\nThe compiler supports several mitigations today.\nExploit mitigations\nThis section lists each mitigation in turn.\nStack protection\nStack protection is enabled by default.",
		},
		{
			// A lead-in with what it announces on its own line (a link,
			// a command) is a sentence's start, kept at the page's end;
			// a footer's label before a colon is not, nor an index's
			// entry before its leaders.
			name: "a lead-in with its link on the same line is text at the page's end",
			path: "a.md",
			in:   "# Contributing\n\nThe core team looks at pull requests every week.\n\n## Support\n\nMaintainers can provide limited support on the forum: https://forum.example.org\n\nFull documentation <https://example.org/tool> or available locally via: info tool\n\nFollow us: https://social.example.org\n\nSupported types, list of ::::::::: 2\n",
			want: "Contributing\nThe core team looks at pull requests every week.\nSupport\nMaintainers can provide limited support on the forum: https://forum.example.org\nFull documentation https://example.org/tool or available locally via: info tool",
		},
		{
			// A credit that is all the text of its section (a manual
			// page's AUTHOR: "Written by Padraig Brady.") is what the
			// heading announces; a credit beside a section's text is
			// still chrome.
			name: "a credit that is all of a section's text is kept",
			path: "a.md",
			in:   "# tool\n\nThe tool runs a command with a time limit.\n\n## Harbour\n\nPhoto by Jane Doe\n\nThe harbour reopened on Monday.\n\n## Author\n\nWritten by Jane Doe.\n\n## Reporting bugs\n\nReport bugs to the mailing list.\n",
			want: "tool\nThe tool runs a command with a time limit.\nHarbour\nThe harbour reopened on Monday.\nAuthor\nWritten by Jane Doe.\nReporting bugs\nReport bugs to the mailing list.",
		},
		{
			// A credit that gives its author's mail address opens a
			// section of authors (vmstat's AUTHORS: "Written by Henry
			// Ware 〈…〉." over the next author's line) though more
			// text follows it; a credit of no address beside a
			// section's text is still chrome.
			name: "a credit giving a mail address atop a section is kept",
			path: "a.md",
			in:   "# tool\n\nThe tool reports the use of memory.\n\n## Harbour\n\nPhoto by Jane Doe\n\nThe harbour reopened on Monday.\n\n## Authors\n\nWritten by Jane Doe (jane@example.org).\n\nOmar Haddad (omar@example.org) wrote the slab report.\n\n## Reporting bugs\n\nReport bugs to the mailing list.\n",
			want: "tool\nThe tool reports the use of memory.\nHarbour\nThe harbour reopened on Monday.\nAuthors\nWritten by Jane Doe (jane@example.org).\nOmar Haddad (omar@example.org) wrote the slab report.\nReporting bugs\nReport bugs to the mailing list.",
		},
		{
			// A section whose text is file paths alone, one a line (a
			// manual page's FILES), keeps them, though a lone lowercase
			// word is a link's word elsewhere: the heading after them
			// ends the section, also one the reader keeps only later
			// ("See also", led by an interface verb). A path under a
			// heading followed by more text, or by other chrome, is
			// still judged alone.
			name: "the paths that are all a section's text are kept",
			path: "a.md",
			in:   "# tool\n\nThe tool reports the use of memory.\n\n## Files\n\n/proc/meminfo\n\n/proc/stat\n\n## See also\n\nfree(1), ps(1)\n\n## Notes\n\n/proc/vmstat\n\nThe counters are read once a second.\n\n## Links\n\n/docs/start\n\nPrint this page\n\n## Bugs\n\nThe tool does not count the system calls.\n",
			want: "tool\nThe tool reports the use of memory.\nFiles\n/proc/meminfo\n/proc/stat\nSee also\nfree(1), ps(1)\nNotes\nThe counters are read once a second.\nLinks\nBugs\nThe tool does not count the system calls.",
		},
		{
			// A step numbered with a letter between two numbered steps
			// is no list item in Markdown; its number goes as a list
			// marker does, so that "7a." is no sentence of its own.
			name: "a step's number and letter opening a paragraph go as a list marker",
			path: "a.md",
			in:   "# Releasing\n\n7. Publish the release notes.\n\n7a. For Release Candidates:\n   - Check the pre-release box.\n\n8. Announce the release.\n",
			want: "Releasing\nPublish the release notes.\nFor Release Candidates:\nCheck the pre-release box.\nAnnounce the release.",
		},
		{
			// A numbered list's item is a step, whatever verb opens it;
			// a bullet so written is still an interface's link.
			name: "a numbered list's item opened by an interface verb is a step",
			path: "a.md",
			in:   "# Patch release\n\nCut a patch release from the release branch.\n\n1. Create the branch from the release branch\n2. Follow steps 3-9 from minor release process\n\n- Follow us on Mastodon\n\nThe patch release ships within a week.\n",
			want: "Patch release\nCut a patch release from the release branch.\nCreate the branch from the release branch\nFollow steps 3-9 from minor release process\nThe patch release ships within a week.",
		},
		{
			name: "short capitalised lines with no paragraph after them",
			path: "a.txt",
			in:   "Officials met in Madrid on Sunday to discuss trade.\nDW's Top Story\nMore Stories\nTalks Go On\nThe talks will go on until Wednesday.\n",
			want: "Officials met in Madrid on Sunday to discuss trade.\nTalks Go On\nThe talks will go on until Wednesday.",
		},
		{
			name: "tail after the last sentence",
			path: "a.txt",
			in:   "Officials met in Madrid on Sunday to discuss trade.\nTikTok in China's shadow\nThis browser does not support the video element.\nEdited by: Jane Doe\nMore stories from DW\n",
			want: "Officials met in Madrid on Sunday to discuss trade.",
		},
		{
			name: "lines before the title",
			path: "a.txt",
			in:   "• Monday, 02 February 2026\nlogo\n\nTalks Resume in Madrid\n\nOfficials met in Madrid on Sunday to discuss trade.\n",
			want: "Talks Resume in Madrid\nOfficials met in Madrid on Sunday to discuss trade.",
		},
		{
			name: "a one-word label over a list, above the first sentence, is kept",
			path: "a.md",
			in:   "man-db 2.11.2 (8 January 2023)\n==============================\n\nFixes:\n\n * Fix crash in mandb when processing stray cats.\n\nman-db 2.11.1 (15 November 2022)\n================================\n\nFixes:\n\n * Silence an error message.\n",
			want: "man-db 2.11.2 (8 January 2023)\nFixes:\nFix crash in mandb when processing stray cats.\nman-db 2.11.1 (15 November 2022)\nFixes:\nSilence an error message.",
		},
		{
			name: "a list after the last sentence is kept with its heading",
			path: "a.md",
			in:   "Officials met in Madrid on Sunday to discuss trade.\n\n## Earlier rounds\n\n- Geneva\n- London\n",
			want: "Officials met in Madrid on Sunday to discuss trade.\nEarlier rounds\nGeneva\nLondon",
		},
		{
			// A step of a how-to addresses the reader as a page notice
			// does; an item that is no sentence still goes.
			name: "a list item that is a sentence is a step, not a notice",
			path: "a.md",
			in:   "To book studio time:\n\n1. Log in to Cartwheel with your volunteer number and PIN.\n2. Open the Studios tab and pick a free slot.\n\n- Please log in to comment\n",
			want: "To book studio time:\nLog in to Cartwheel with your volunteer number and PIN.\nOpen the Studios tab and pick a free slot.",
		},
		{
			// An address written out in a list item is what the list
			// gives (where notices go out, which link to use); a bare
			// address in a paragraph is still a "Read more" link.
			name: "a list item that writes out a web address is kept",
			path: "a.md",
			in:   "Security notifications will be distributed via the following methods.\n\n* <https://groups.google.com/group/nodejs-sec>\n* <https://nodejs.org/en/blog/vulnerability>\n\nExamples of contributions:\n\n* Commits in the repository.\n  * Use the link `https://github.com/nodejs/node/commits?author=GITHUB_ID`\n\nhttps://example.org/more\n\nThe list is reviewed every year.\n",
			want: "Security notifications will be distributed via the following methods.\nhttps://groups.google.com/group/nodejs-sec\nhttps://nodejs.org/en/blog/vulnerability\nExamples of contributions:\nCommits in the repository.\nUse the link https://github.com/nodejs/node/commits?author=GITHUB_ID\nThe list is reviewed every year.",
		},
		{
			name: "a caption with a glued credit, and its alternative text",
			path: "a.txt",
			in:   "Officials met in Madrid on Sunday to discuss trade.\n\nThe American and Chinese flags are photographed during a meeting in Geneva\nThe talks aim to keep tariffs lowImage: Jane Doe/AP/picture alliance\n\nThe talks will go on until Wednesday.\n",
			want: "Officials met in Madrid on Sunday to discuss trade.\nThe talks will go on until Wednesday.",
		},
		{
			name: "a credit glued to a sentence is cut, the sentence kept",
			path: "a.txt",
			in:   "Officials met in Madrid on Sunday to discuss trade.Photo: Reuters\nThe talks will go on until Wednesday.\n",
			want: "Officials met in Madrid on Sunday to discuss trade.\nThe talks will go on until Wednesday.",
		},
		{
			// The page's only <h1> is its title (htmlMeta.docTitle), so
			// the line of navigation above it is dropped as before the
			// title; it was taken for the title once.
			name: "the page's heading under a line of navigation, over a date line, is no byline",
			path: "a.html",
			in:   "<p>Home | FAQ</p><h1>Equipment Store FAQ</h1><p>Last updated: 10 February 2026</p><h2>Borrowing</h2><p>Staff keep a laptop for up to 30 days; visitors for 7 days.</p><h2>Returns</h2><p>Late returns are charged 5 euros a day.</p>",
			want: "Equipment Store FAQ\nBorrowing\nStaff keep a laptop for up to 30 days; visitors for 7 days.\nReturns\nLate returns are charged 5 euros a day.",
		},
		{
			name: "a one-word heading between paragraphs is kept",
			path: "a.txt",
			in:   "Officials met in Madrid on Sunday to discuss trade.\n\nHistory\n\nThe talks began in Geneva in May.\n",
			want: "Officials met in Madrid on Sunday to discuss trade.\nHistory\nThe talks began in Geneva in May.",
		},
		{
			name: "share buttons one a line are dropped",
			path: "a.txt",
			in:   "Officials met in Madrid on Sunday to discuss trade.\nFacebook\nTwitter\nEmail\nThe talks began in Geneva in May.\n",
			want: "Officials met in Madrid on Sunday to discuss trade.\nThe talks began in Geneva in May.",
		},
		{
			name: "a document with no sentence keeps its lines",
			path: "a.txt",
			in:   "Geneva\nLondon\nStockholm\nMadrid\n",
			want: "Geneva\nLondon\nStockholm\nMadrid",
		},
		{
			// A photo credit's shape, "Jane Doe/AP", but marked up as a
			// heading or a list item: names of a section or a point.
			name: "headings and items with words joined by a slash are kept",
			path: "a.md",
			in:   "# Flags\n\nCobra reads flags of many kinds.\n\n## Array/Slice Flags\n\nThey take a list of values.\n\n- Username/Password Fields\n- Tokens\n",
			want: "Flags\nCobra reads flags of many kinds.\nArray/Slice Flags\nThey take a list of values.\nUsername/Password Fields\nTokens",
		},
		{
			// The paragraph ends in a link's text, not a stop, but opens
			// with a sentence; a footer of names does not.
			name: "a closing section whose paragraph opens with a sentence is text",
			path: "a.md",
			in:   "# Cobra\n\nCobra is a library for writing command-line tools.\n\n## License\n\nCobra is released under the [Apache 2.0 license](LICENSE.txt). See [LICENSE.txt](LICENSE.txt)\n\n© 2024 Acme Inc. All rights reserved\n",
			want: "Cobra\nCobra is a library for writing command-line tools.\nLicense\nCobra is released under the Apache 2.0 license. See LICENSE.txt",
		},
		{
			// The label's paragraph ends in a link's text, not a stop,
			// but opens with a sentence: the label heads text.
			name: "a label over a paragraph that opens with a sentence is kept",
			path: "a.md",
			in:   "# Cobra\n\nCobra is a library for writing command-line tools.\n\nApache License Terms\n\nCobra is released under the [Apache 2.0 license](LICENSE.txt). See [LICENSE.txt](LICENSE.txt)\n\nCobra is used by many projects.\n",
			want: "Cobra\nCobra is a library for writing command-line tools.\nApache License Terms\nCobra is released under the Apache 2.0 license. See LICENSE.txt\nCobra is used by many projects.",
		},
		{
			// "See" leads a button's label ("See more"); a heading led
			// by it over kept text names that text, as a manual page's
			// "SEE ALSO" does.
			name: "a heading led by an interface verb over kept text is kept",
			path: "a.md",
			in:   "# Tool\n\nThe tool reads files.\n\n## See also\n\nThe manual of the tar command explains the archive format.\n\n## Bugs\n\nReport bugs to the list.\n",
			want: "Tool\nThe tool reads files.\nSee also\nThe manual of the tar command explains the archive format.\nBugs\nReport bugs to the list.",
		},
		{
			// The second notice has no comma (addressLike) and no
			// sentence right under it.
			name: "copyright notices above the text are kept",
			path: "a.html",
			in:   "<h1>Users and Groups</h1><p>Copyright © 2001, 2002 Joey Hess</p><p>Copyright © 2005 David Mandelberg</p><p>Copyright © 2001-2022 Colin Watson</p><p>This document is free; you can redistribute it under the GNU GPL.</p><p>Home</p><p>Contents</p><p>Many users have a corresponding group.</p>",
			want: "Users and Groups\nCopyright © 2001, 2002 Joey Hess\nCopyright © 2005 David Mandelberg\nCopyright © 2001-2022 Colin Watson\nThis document is free; you can redistribute it under the GNU GPL.\nMany users have a corresponding group.",
		},
		{
			// The last section's values are no sentences, but a lead-in
			// announces them: text, not the page's footer, as chage's
			// manual page ends. Its reach ends at the next heading: the
			// line of words under "See also" is still the tail.
			name: "short lines a lead-in announces at the end are kept",
			path: "a.md",
			in:   "# Tool\n\nThe tool reads files.\n\n## Exit values\n\nThe tool exits with the following values:\n\n2 invalid command syntax\n\n15 can't find the shadow password file\n\n## See also\n\nthe passwd and shadow pages\n",
			want: "Tool\nThe tool reads files.\nExit values\nThe tool exits with the following values:\n2 invalid command syntax\n15 can't find the shadow password file",
		},
		{
			// A line of references to manual pages is the text of a
			// manual page's SEE ALSO, a list's entries on one line: no
			// lone link's word ("flock(2)"), no page's tail.
			name: "references to manual pages at the end are kept",
			path: "a.md",
			in:   "# Tool\n\nThe tool locks files.\n\n## Notes\n\nSee flock(2) for details.\n\n## See also\n\nflock(2)\n\n## Related\n\npasswd(5), shadow(5).\n",
			want: "Tool\nThe tool locks files.\nNotes\nSee flock(2) for details.\nSee also\nflock(2)\nRelated\npasswd(5), shadow(5).",
		},
		{
			// A heading led by an interface verb is kept over its own
			// subsection, as over its text, when a kept heading of its
			// level stands before it: grep's "SEE ALSO" over "Regular
			// Manual Pages", after EXAMPLE.
			name: "a heading led by an interface verb over its subsection after a sibling is kept",
			path: "a.md",
			in:   "# Tool\n\nThe tool searches files.\n\n## Usage\n\nRun the tool on a file.\n\n## See also\n\n### Manual pages\n\nThe sed and awk pages describe the other tools.\n",
			want: "Tool\nThe tool searches files.\nUsage\nRun the tool on a file.\nSee also\nManual pages\nThe sed and awk pages describe the other tools.",
		},
		{
			// With no kept heading of its level before it, such a
			// heading over a subsection still goes: the first heading
			// of a document may be its title's word over the outline
			// (bzip2.docx's "bzip2" over NAME).
			name: "a heading led by an interface verb over its subsection with no sibling before goes",
			path: "a.md",
			in:   "# Tool\n\nThe tool searches files.\n\n## See also\n\n### Manual pages\n\nThe sed and awk pages describe the other tools.\n",
			want: "Tool\nThe tool searches files.\nManual pages\nThe sed and awk pages describe the other tools.",
		},
		{
			// A lone lowercase word is a link's word in a menu, but a
			// file or a path the text names in a list a lead-in
			// announces, as the Cargo Book lists what to cache.
			name: "a list's lone lowercase words under a lead-in are kept",
			path: "a.html",
			in:   "<h1>Cache</h1><p>The cache holds the files that a build downloads.</p><p>It should be sufficient to cache the following files and directories across builds:</p><ul><li><code>bin/</code></li><li><code>registry/index/</code></li></ul><p>You can always remove any part of the cache.</p>",
			want: "Cache\nThe cache holds the files that a build downloads.\nIt should be sufficient to cache the following files and directories across builds:\nbin/\nregistry/index/\nYou can always remove any part of the cache.",
		},
		{
			// A lead-in's list ends at the next block that is no item:
			// the lone lowercase words of a list under the paragraph
			// after it are a menu's, though the section the lead-in
			// opened goes on (leadIns: list against section).
			name: "a lead-in's list ends at the paragraph after it",
			path: "a.html",
			in:   "<h1>Cache</h1><p>The cache holds the files that a build downloads.</p><p>It should be sufficient to cache the following files and directories across builds:</p><ul><li><code>bin/</code></li></ul><p>You can always remove any part of the cache.</p><ul><li><code>home</code></li><li><code>about</code></li></ul><p>The cache is shared by every project.</p>",
			want: "Cache\nThe cache holds the files that a build downloads.\nIt should be sufficient to cache the following files and directories across builds:\nbin/\nYou can always remove any part of the cache.\nThe cache is shared by every project.",
		},
		{
			name: "a list's lone lowercase words under no lead-in are dropped",
			path: "a.html",
			in:   "<h1>Cache</h1><p>The cache holds the files that a build downloads.</p><ul><li><code>bin/</code></li><li><code>registry/index/</code></li></ul><p>You can always remove any part of the cache.</p>",
			want: "Cache\nThe cache holds the files that a build downloads.\nYou can always remove any part of the cache.",
		},
		{
			name: "the title's repeat is dropped",
			path: "a.txt",
			in:   "Talks Resume in Madrid\n\nTalks Resume in Madrid\nOfficials met in Madrid on Sunday to discuss trade.\nTalks resume in Madrid\n",
			want: "Talks Resume in Madrid\nOfficials met in Madrid on Sunday to discuss trade.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(tt.path, []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if doc.Body != tt.want {
				t.Errorf("body: got %q, want %q", doc.Body, tt.want)
			}
		})
	}
}

// hasLine reports whether body holds line as one of its lines.
func hasLine(body, line string) bool {
	for l := range strings.SplitSeq(body, "\n") {
		if l == line {
			return true
		}
	}
	return false
}
