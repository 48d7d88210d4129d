package corpus

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestParse checks input → Document for each format.
func TestParse(t *testing.T) {
	tests := []struct {
		name, path, in string
		want           Document
	}{
		{
			name: "txt title, blank line, paragraphs",
			path: "Montana.txt",
			in:   "Montana\n\nMontana is a state in the Western region of the United States.\n\nIts capital is Helena.\n",
			want: Document{Title: "Montana", Body: "Montana\nMontana is a state in the Western region of the United States.\nIts capital is Helena."},
		},
		{
			name: "txt byline gives publisher and date and leaves the body",
			path: "a.txt",
			in:   "Talks Resume in Madrid\n\nGulan Media September 14, 2025 News\nTalks Resume in Madrid\n\nOfficials met in Madrid on Sunday to discuss trade.\n",
			want: Document{Title: "Talks Resume in Madrid", Publisher: "Gulan Media", Date: "September 14, 2025",
				Body: "Talks Resume in Madrid\nOfficials met in Madrid on Sunday to discuss trade."},
		},
		{
			name: "txt author line next to a date line",
			path: "a.txt",
			in:   "Talks resume in Madrid\n\nJane Doe with Reuters and AP\nSeptember 14, 2025\n\nOfficials met in Madrid on Sunday to discuss trade.\n",
			want: Document{Title: "Talks resume in Madrid", Publisher: "Jane Doe with Reuters and AP", Date: "September 14, 2025",
				Body: "Talks resume in Madrid\nOfficials met in Madrid on Sunday to discuss trade."},
		},
		{
			name: "txt published label and By line",
			path: "a.txt",
			in:   "Talks resume in Madrid\nBy Jane Doe\nPublished Sept. 15, 2025\nOfficials met in Madrid on Sunday to discuss trade.\n",
			want: Document{Title: "Talks resume in Madrid", Publisher: "Jane Doe", Date: "Sept. 15, 2025",
				Body: "Talks resume in Madrid\nOfficials met in Madrid on Sunday to discuss trade."},
		},
		{
			name: "txt published date wins over updated date",
			path: "a.txt",
			in:   "Talks resume in Madrid\nUpdated 16 September 2025 10:30 BST\nPublished 15 September 2025\nOfficials met in Madrid on Sunday to discuss trade.\n",
			want: Document{Title: "Talks resume in Madrid", Date: "15 September 2025",
				Body: "Talks resume in Madrid\nOfficials met in Madrid on Sunday to discuss trade."},
		},
		{
			name: "txt dateline gives the date and stays in the body",
			path: "a.txt",
			in:   "Madrid, September 2025 — Officials met in Madrid this week to discuss trade.\nTalks Continue\nThe talks will continue on Monday.\n",
			want: Document{Date: "September 2025",
				Body: "Madrid, September 2025 — Officials met in Madrid this week to discuss trade.\nTalks Continue\nThe talks will continue on Monday."},
		},
		{
			name: "txt with no title starts with a sentence",
			path: "a.txt",
			in:   "Officials met in Madrid on Sunday to discuss trade.\nWhy Does It Matter?\nBecause tariffs are high.\n",
			want: Document{Body: "Officials met in Madrid on Sunday to discuss trade.\nWhy Does It Matter?\nBecause tariffs are high."},
		},
		{
			name: "txt wrapped lines are joined, list markers removed",
			path: "a.txt",
			in:   "Officials met in Madrid on Sunday to discuss a\nnumber of trade issues. Talks went on late.\n\n- TikTok decision: an extension is likely.\n1. Tariff truce: it ends on November 10.\n",
			want: Document{Body: "Officials met in Madrid on Sunday to discuss a number of trade issues. Talks went on late.\nTikTok decision: an extension is likely.\nTariff truce: it ends on November 10."},
		},
		{
			name: "txt wrapped at a width: a line whose first word would not fit above continues it, whatever its case",
			path: "a.txt",
			in: "Recycling centres\n\n" +
				"Fernhill has two household waste recycling centres, run for the council by\n" +
				"Greenway Environmental Services. Both are free for Fernhill residents\n" +
				"bringing household waste. Marsh Lane takes all household recycling and has\n" +
				"a reuse shop, open from Friday to Sunday, every week of the year, from\n" +
				"10:00 to 15:00, selling furniture and bikes.\n" +
				"Opening hours are the same at both of the centres\n" +
				"Thursday to Monday, 9:00 to 17:00 all year. The reuse shop moves from\n" +
				"1 June to the old depot, a mile down the road, where there is more space.\n" +
				"Closed on 25 December.\n",
			want: Document{Title: "Recycling centres", Body: "Recycling centres\n" +
				"Fernhill has two household waste recycling centres, run for the council by Greenway Environmental Services. " +
				"Both are free for Fernhill residents bringing household waste. Marsh Lane takes all household recycling and has " +
				"a reuse shop, open from Friday to Sunday, every week of the year, from 10:00 to 15:00, selling furniture and bikes.\n" +
				"Opening hours are the same at both of the centres\n" + // "Thursday" would have fitted
				"Thursday to Monday, 9:00 to 17:00 all year. The reuse shop moves from " + // "1 June" would not have fitted
				"1 June to the old depot, a mile down the road, where there is more space.\n" +
				"Closed on 25 December."},
		},
		{
			name: "txt an address line under a heading in capitals is kept",
			path: "a.txt",
			in:   "Recycling centres\n\nMARSH LANE RECYCLING CENTRE\nMarsh Lane, Fernhill FH4 2QT\n\nOpening hours:\nEvery day 8:00 to 18:00.\n",
			want: Document{Title: "Recycling centres", Body: "Recycling centres\nMARSH LANE RECYCLING CENTRE\nMarsh Lane, Fernhill FH4 2QT\nOpening hours:\nEvery day 8:00 to 18:00."},
		},
		{
			name: "txt CRLF, no-break spaces and a BOM",
			path: "a.txt",
			in:   "\ufeffOfficials met in\u00a0Madrid  on Sunday.\r\nThey  talked\tabout trade.\r\n",
			want: Document{Body: "Officials met in Madrid on Sunday.\nThey talked about trade."},
		},
		{
			name: "txt single first word is a title only when the text uses it",
			path: "a.txt",
			in:   "Logo\n\nOfficials met in Madrid on Sunday to discuss trade.\n",
			want: Document{Body: "Officials met in Madrid on Sunday to discuss trade."},
		},
		{
			name: "md with front matter",
			path: "notes/a.md",
			in:   "---\ntitle: Madrid talks\nsource: Example News\ndate: 2025-09-14\nurl: https://example.org/a\ntags: [trade, china]\n---\n# Madrid talks\n\nOfficials **met** in [Madrid](https://example.org) on _Sunday_ to discuss `tariffs`.\nThe talks were\ncontinued on Monday.\n",
			want: Document{Title: "Madrid talks", Publisher: "Example News", Date: "2025-09-14", URL: "https://example.org/a",
				Body: "Madrid talks\nOfficials met in Madrid on Sunday to discuss tariffs. The talks were continued on Monday."},
		},
		{
			name: "md without front matter: heading, lists, quote, table, code",
			path: "a.md",
			in: "Madrid Talks\n============\n\n> Officials *met* on Sunday.\n\n## Where they met before\n\n* Geneva\n* [London][ref]\n+ [x] Stockholm\n\n" +
				"| City | Month |\n|---|:---:|\n| Geneva | May |\n\n```\nx := 1\n```\n\n---\n![a photo](x.png)\nDetails are at <https://example.org> today.\n\n[ref]: https://example.org/london\n",
			want: Document{Title: "Madrid Talks",
				Body: "Madrid Talks\nOfficials met on Sunday.\nWhere they met before\nGeneva\nLondon\nStockholm\nCity; Month\nGeneva; May\nx := 1\nDetails are at https://example.org today."},
		},
		{
			name: "md keeps snake_case and arithmetic, drops comments",
			path: "a.md",
			in:   "The <!-- hidden --> variable snake_case_name holds 2 * 3 items, \\*not\\* more.\n",
			want: Document{Body: "The variable snake_case_name holds 2 * 3 items, *not* more."},
		},
		{
			name: "html: scripts, nav, header, footer, aside and share dropped; meta read",
			path: "page.html",
			in: `<!doctype html><html><head><title>US, China talks | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-09-14T10:00:00Z">
<link rel="canonical" href="https://example.org/talks">
<script>var s = "Officials met in secret.";</script><style>p{color:red}</style></head>
<body><header><a href="/">Skip to content</a><h1>Example News</h1></header>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article><h1>US and China &amp; the talks</h1><p class="byline">By Jane Doe</p>
<p>Officials met in <b>Madrid</b> on Sunday.<br>They discussed tariffs.</p>
<figure><img src=x alt="flags"><figcaption>Flags fly outside the venue<span class="credit">Photo: Reuters</span></figcaption></figure>
<div class="share-buttons">Share Tweet Email</div>
<h2>Next steps</h2><p>The truce ends in November, officials said.</p>
<table><tr><th>City</th><th>Month</th></tr><tr><td>Geneva</td><td>May 2025</td></tr></table>
<p hidden>Hidden text.</p><noscript>Enable JavaScript.</noscript>
</article><aside>Related: other news</aside><form>Sign up now</form><footer>© 2025 Example</footer></body></html>`,
			want: Document{Title: "US and China & the talks", Publisher: "Example News", Date: "2025-09-14", URL: "https://example.org/talks",
				Body: "US and China & the talks\nOfficials met in Madrid on Sunday.\nThey discussed tariffs.\nNext steps\nThe truce ends in November, officials said.\nCity; Month\nGeneva; May 2025"},
		},
		{
			name: "html without article: body text, og:title, author as publisher, <time> date",
			path: "b.htm",
			in: `<html><head><meta property="og:title" content="Talks in Madrid"><meta name="author" content="Jane Doe"></head>
<body><div role="navigation">Home News</div><div><p>Officials met in Madrid on <time datetime="2025-09-14">Sunday</time>.</p><ul><li>Geneva</li><li>London</li></ul></div></body></html>`,
			want: Document{Title: "Talks in Madrid", Publisher: "Jane Doe", Date: "2025-09-14",
				Body: "Officials met in Madrid on Sunday.\nGeneva\nLondon"},
		},
		{
			name: "html title without the site name",
			path: "c.html",
			in:   `<html><head><title>Officials meet in Madrid - DW</title></head><body><p>Officials met in Madrid on Sunday.</p></body></html>`,
			want: Document{Title: "Officials meet in Madrid", Body: "Officials met in Madrid on Sunday."},
		},
		{
			name: "html saved as .txt is read as HTML",
			path: "d.txt",
			in:   "<!DOCTYPE html><html><body><p>Officials met in Madrid on Sunday.</p><script>x()</script></body></html>",
			want: Document{Body: "Officials met in Madrid on Sunday."},
		},
		{
			name: "invalid UTF-8 is repaired",
			path: "e.txt",
			in:   "The caf\xe9 is open every day of the week.\n",
			want: Document{Body: "The caf\uFFFD is open every day of the week."},
		},
		{
			name: "UTF-16 with a byte order mark",
			path: "f.txt",
			in:   utf16LE("Officials met in Madrid on Sunday.\r\n"),
			want: Document{Body: "Officials met in Madrid on Sunday."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.path, []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: got error %v, want none", err)
			}
			tt.want.Path = tt.path
			checkDoc(t, got, tt.want)
		})
	}
}

// checkDoc reports every field of got that differs from want.
func checkDoc(t *testing.T, got, want Document) {
	t.Helper()
	for _, f := range []struct{ name, got, want string }{
		{"Path", got.Path, want.Path},
		{"Title", got.Title, want.Title},
		{"Publisher", got.Publisher, want.Publisher},
		{"Date", got.Date, want.Date},
		{"URL", got.URL, want.URL},
		{"Body", got.Body, want.Body},
	} {
		if f.got != f.want {
			t.Errorf("%s: got %q, want %q", f.name, f.got, f.want)
		}
	}
}

// utf16LE encodes ASCII s as UTF-16LE with a byte order mark.
func utf16LE(s string) string {
	b := []byte{0xFF, 0xFE}
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return string(b)
}

// TestParseErrors checks that bad input gets a clear error, never a panic.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, path, in string
		want           error
		wantMsg        string
	}{
		{"NUL bytes", "a.txt", "GIF89a\x00\x01\x02", ErrBinary, "binary"},
		{"empty file", "a.txt", "", ErrNoText, "no text"},
		{"only chrome", "a.html", "<html><body><nav>Home</nav><p>Share</p></body></html>", ErrNoText, "no text"},
		{"only front matter", "a.md", "---\ntitle: x\n---\n", ErrNoText, "no text"},
		{"too large", "a.txt", strings.Repeat("a", MaxFileSize+1), ErrTooLarge, "20 MB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.path, []byte(tt.in))
			if !errors.Is(err, tt.want) {
				t.Fatalf("got error %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("got message %q, want it to mention %q", err, tt.wantMsg)
			}
		})
	}
}

// TestParseBrokenFrontMatter checks that a file whose front matter is
// broken is read all the same: its body, and a warning saying what was
// wrong.
func TestParseBrokenFrontMatter(t *testing.T) {
	const body = "The museum opens at nine on Sundays.\n"
	tests := []struct {
		name, in    string
		body, title string
		wantWarning string
	}{
		{"unclosed", "---\ntitle: Madrid\n\n" + body, "title: Madrid\nThe museum opens at nine on Sundays.", "", "never closed"},
		{"not YAML", "---\ntitle: [Madrid\n---\n" + body, "The museum opens at nine on Sundays.", "", "line 1"},
		{"a tab indents a key", "---\ntitle: Madrid\n\tdate: 2025\n---\n" + body, "The museum opens at nine on Sundays.", "", "invalid front matter"},
		{"a list, not a mapping", "---\n- a\n- b\n---\n" + body, "The museum opens at nine on Sundays.", "", "key: value"},
		{"the title a list, the source kept", "---\ntitle: [a, b]\nsource: DW\n---\n" + body, "The museum opens at nine on Sundays.", "", "cannot unmarshal"},
		{"sound front matter, no warning", "---\ntitle: Madrid\n---\n" + body, "The museum opens at nine on Sundays.", "Madrid", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("a.md", []byte(tt.in))
			if err != nil {
				t.Fatalf("got error %v, want the body read", err)
			}
			if doc.Body != tt.body {
				t.Errorf("body: got %q, want %q", doc.Body, tt.body)
			}
			if tt.title != "" && doc.Title != tt.title {
				t.Errorf("title: got %q, want %q", doc.Title, tt.title)
			}
			switch {
			case tt.wantWarning == "" && doc.Warnings != nil:
				t.Errorf("warnings: got %q, want none", doc.Warnings)
			case tt.wantWarning != "" && (len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], tt.wantWarning)):
				t.Errorf("warnings: got %q, want one mentioning %q", doc.Warnings, tt.wantWarning)
			}
		})
	}
}

// TestMetadataOrigins checks where title, publisher and date come from,
// and that section labels of release notes are no publishers.
func TestMetadataOrigins(t *testing.T) {
	tests := []struct {
		name, path, in         string
		title, publisher, date string
		from                   Origins
	}{
		{
			name:  "release notes: NEW and FIXED are labels, not publishers",
			path:  "notes.txt",
			in:    "Release Notes\nMarch 3, 2025\nNEW\nDark mode is now available in the settings menu.\nFIXED\nThe app no longer crashes when it starts offline.\nNEW\nExports are faster.\n",
			title: "Release Notes", date: "March 3, 2025",
			from: Origins{Title: FromText, Date: FromText},
		},
		{
			name:  "a label followed by a list is not a byline",
			path:  "notes.md",
			in:    "# Release Notes\n\nMarch 3, 2025\n\nCHANGED\n\n- The sync runs every minute.\n",
			title: "Release Notes", date: "March 3, 2025",
			from: Origins{Title: FromText, Date: FromText},
		},
		{
			name:  "a byline under the title still is one",
			path:  "a.txt",
			in:    "Talks resume in Madrid\n\nJane Doe\nSeptember 14, 2025\n\nOfficials met in Madrid on Sunday to discuss trade.\n",
			title: "Talks resume in Madrid", publisher: "Jane Doe", date: "September 14, 2025",
			from: Origins{Title: FromText, Publisher: FromText, Date: FromText},
		},
		{
			name:  "front matter wins over the text",
			path:  "a.md",
			in:    "---\ntitle: Travel\ndate: 2024-01-02\n---\n# Travel rules\n\nBy Jane Doe\n\nThe travel desk books every flight.\n",
			title: "Travel", publisher: "Jane Doe", date: "2024-01-02",
			from: Origins{Title: FromFrontMatter, Publisher: FromText, Date: FromFrontMatter},
		},
		{
			name:  "HTML meta wins over the text",
			path:  "a.html",
			in:    `<html><head><meta name="author" content="Finance"><title>Travel rules</title></head><body><p>The travel desk books every flight.</p></body></html>`,
			title: "Travel rules", publisher: "Finance",
			from: Origins{Title: FromHTMLMeta, Publisher: FromHTMLMeta},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(tt.path, []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title || doc.Publisher != tt.publisher || doc.Date != tt.date || doc.From != tt.from {
				t.Errorf("got %q, %q, %q from %+v; want %q, %q, %q from %+v",
					doc.Title, doc.Publisher, doc.Date, doc.From, tt.title, tt.publisher, tt.date, tt.from)
			}
		})
	}
}

// TestDateUnderTitle checks the one rule for a document's date in every
// format that has both a date in its text and one in its metadata: the
// date printed under the title is the document's, and the Word or PDF
// properties or the HTML meta tags give it only when the text has none.
// The fixtures are made by testdata/make/make.sh from fee-schedule.fodt,
// their properties dated 2025-01-05.
func TestDateUnderTitle(t *testing.T) {
	const meta = `<head><title>Mooring Fee Schedule</title><meta name="date" content="2025-01-05"></head>`
	tests := []struct {
		name, path string
		raw        []byte // nil: read the file at path
		date       string
		from       Origin
	}{
		{name: "Word", path: "testdata/docx/fee-schedule.docx", date: "12 March 2026", from: FromText},
		{name: "PDF", path: "testdata/pdf/fee-schedule.pdf", date: "12 March 2026", from: FromText},
		{
			name: "HTML", path: "fees.html", date: "12 March 2026", from: FromText,
			raw: []byte(`<html>` + meta + `<body><h1>Mooring Fee Schedule</h1><p>12 March 2026</p>` +
				`<p>This schedule lists the fees the harbour office charges for moorings.</p></body></html>`),
		},
		{
			name: "HTML with no date in the text", path: "fees.html", date: "2025-01-05", from: FromHTMLMeta,
			raw: []byte(`<html>` + meta + `<body><h1>Mooring Fee Schedule</h1>` +
				`<p>This schedule lists the fees the harbour office charges for moorings.</p></body></html>`),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc Document
			if tt.raw == nil {
				doc = parseFixture(t, tt.path)
			} else {
				var err error
				if doc, err = Parse(tt.path, tt.raw); err != nil {
					t.Fatalf("Parse: %v", err)
				}
			}
			if doc.Date != tt.date || doc.From.Date != tt.from {
				t.Errorf("date: got %q from %q, want %q from %q", doc.Date, doc.From.Date, tt.date, tt.from)
			}
			if doc.Title != "Mooring Fee Schedule" {
				t.Errorf("title: got %q, want %q", doc.Title, "Mooring Fee Schedule")
			}
		})
	}
}

// TestOpensSections checks when a heading opens the first of several
// sections, the test headingAgain and sectionLabel share.
func TestOpensSections(t *testing.T) {
	h := func(text string, level int) block { return block{text: text, kind: KindHeading, level: level} }
	p := block{text: "The fee is 40 euros a year.", kind: KindParagraph}
	dropped := h("Fees", 2)
	dropped.why = whyChrome
	tests := []struct {
		name string
		bs   blocks
		want bool
	}{
		{"a heading of its level follows", blocks{h("Purpose", 2), p, h("Fees", 2), p}, true},
		{"a heading above it follows", blocks{h("Purpose", 2), p, h("Annex", 1), p}, true},
		{"only a heading below it follows", blocks{h("Purpose", 2), p, h("Detail", 3), p}, false},
		{"a lone heading", blocks{h("Purpose", 2), p}, false},
		{"the heading that follows is dropped", blocks{h("Purpose", 2), p, dropped, p}, false},
		{"a paragraph opens nothing", blocks{p, h("Fees", 2), p}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := opensSections(tt.bs, 0); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// parseFixture reads and parses the file at path, failing the test when
// either fails.
func parseFixture(t *testing.T, path string) Document {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse(path, raw)
	if err != nil {
		t.Fatalf("Parse %s: %v", path, err)
	}
	return doc
}

// TestKnownTitle checks that the line that reads as the title of the
// file's properties or front matter is the title, whatever it looks like
// (a date in it, a long running header above it), and that the lines
// above it leave the body as they do above any title.
func TestKnownTitle(t *testing.T) {
	const (
		header = "Harbour Club - Minutes of the annual general meeting of 9 March 2026"
		title  = "Annual Meeting, 9 March 2026"
		first  = "The meeting was held at the boathouse at half past seven."
		second = "The club accounts were approved by all members present."
	)
	minutesPDF := buildPDF([]string{"BT /F1 9 Tf 72 750 Td (" + header + ") Tj ET\n" +
		"BT /F1 20 Tf 150 700 Td (" + title + ") Tj ET\n" +
		"BT /F1 11 Tf 72 670 Td (" + first + ") Tj ET\nBT /F1 11 Tf 72 650 Td (" + second + ") Tj ET"},
		"<< /Title ("+title+") >>")
	tests := []struct {
		name, path string
		raw        []byte
		body       string
		dropped    []string // "why: text"
	}{
		{
			name: "a PDF's title with a date, under a running header that reads as a sentence",
			path: "a.pdf", raw: minutesPDF,
			body:    title + "\n" + first + "\n" + second,
			dropped: []string{"before the title: " + header},
		},
		{
			name: "a Markdown heading titled in the front matter, under a line",
			path: "a.md", raw: []byte("---\ntitle: " + title + "\n---\n" + header + "\n\n# " + title + "\n\n" + first + "\n"),
			body:    title + "\n" + first,
			dropped: []string{"before the title: " + header},
		},
		{
			name: "the known title under a sentence is no title",
			path: "a.md", raw: []byte("---\ntitle: " + title + "\n---\n" + second + "\n\n" + title + "\n\n" + first + "\n"),
			body: second + "\n" + title + "\n" + first,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(tt.path, tt.raw)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if doc.Title != title {
				t.Errorf("title: got %q, want %q", doc.Title, title)
			}
			if doc.Body != tt.body {
				t.Errorf("body: got %q, want %q", doc.Body, tt.body)
			}
			var dropped []string
			for _, d := range doc.Dropped {
				dropped = append(dropped, d.Why+": "+d.Text)
			}
			if strings.Join(dropped, "\n") != strings.Join(tt.dropped, "\n") {
				t.Errorf("dropped: got %q, want %q", dropped, tt.dropped)
			}
		})
	}
}

// TestLabelLinesUnderTitle checks the label lines under the title of a
// plain-text report: a "X: value" line is text unless it is a credit or a
// date line; the first word of a date's label is no publisher; a line in
// capitals after a blank line labels a section and is no author; a phrase
// ending in a connector before a date is no byline.
func TestLabelLinesUnderTitle(t *testing.T) {
	tests := []struct {
		name, in        string
		publisher, date string
		kept, notKept   []string
	}{
		{
			name:      "incident review",
			in:        "INCIDENT REVIEW: YARD COLLISION\nDate of incident: 17 January 2026\nReview written by: Ravi Dhillon, depot manager\nReview date: 30 January 2026\n\nSUMMARY\nA tractor unit reversing onto bay 7 hit a parked trailer.\n",
			publisher: "", date: "30 January 2026",
			kept:    []string{"Date of incident: 17 January 2026", "Review written by: Ravi Dhillon, depot manager", "SUMMARY", "A tractor unit reversing onto bay 7 hit a parked trailer."},
			notKept: []string{"Review date: 30 January 2026"},
		},
		{
			name:      "section label in capitals under the date",
			in:        "PRODUCTION ACCESS POLICY\n\nLast updated: 3 February 2026\n\nWHY WE LIMIT ACCESS\n\nProduction holds our customers' invoices and personal data.\n",
			publisher: "", date: "3 February 2026",
			kept: []string{"WHY WE LIMIT ACCESS", "Production holds our customers' invoices and personal data."},
		},
		{
			name:      "subtitle with a date",
			in:        "Expenses and Nights Out\nRates from 1 January 2026\n\nDrivers who spend the night away from home are paid an allowance.\n",
			publisher: "", date: "",
			kept: []string{"Rates from 1 January 2026"},
		},
		{
			name:      "label in capitals ending the text",
			in:        "Pay dates\n\nSUMMARY\nWages are paid on the 25th of each month.\n\nEND OF POLICY\n",
			publisher: "", date: "",
			kept:    []string{"SUMMARY", "Wages are paid on the 25th of each month."},
			notKept: []string{"END OF POLICY"},
		},
		{
			name:      "byline still read",
			in:        "Harbour Notice\nHarbour Office, 3 March 2026\n\nThe slipway is closed for repairs until Friday.\n",
			publisher: "Harbour Office", date: "3 March 2026",
			notKept: []string{"Harbour Office, 3 March 2026"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("a.txt", []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if doc.Publisher != tt.publisher || doc.Date != tt.date {
				t.Errorf("publisher, date: got %q, %q, want %q, %q", doc.Publisher, doc.Date, tt.publisher, tt.date)
			}
			for _, l := range tt.kept {
				if !hasLine(doc.Body, l) {
					t.Errorf("body lost %q: %q", l, doc.Body)
				}
			}
			for _, l := range tt.notKept {
				if hasLine(doc.Body, l) {
					t.Errorf("body kept %q: %q", l, doc.Body)
				}
			}
		})
	}
}

func TestCapsHeading(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"SUMMARY", true},
		{"WHAT HAPPENED", true},
		{"EMAIL AND PHISHING", true},
		{"TIDEWELL GAMES OY - LEAVE POLICY 2024", true},
		{"NOTE:", false},
		{"DO NOT ENTER.", false},
		{"CAN I BOOK THE SAUNA?", false},
		{"Summary", false},
		{"A", false},
		{"2026-03-12", false},
		{"THE YARD LIGHTS ON THE EAST SIDE HAD FAILED TWO DAYS BEFORE", false},
	}
	for _, tt := range tests {
		if got := capsHeading(tt.in); got != tt.want {
			t.Errorf("capsHeading(%q): got %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestNumberedTextLabels checks that a plain text's numbered section
// labels ("1. Release 3.3" over its paragraph, after a blank line) are
// headings whose section the paragraph takes, and that a line above one
// is kept as it was above the list item the label used to be; a numbered
// line that ends a sentence, ends in a colon, follows the line above
// without a blank line, is long, or has no paragraph right under it stays
// a list item.
func TestNumberedTextLabels(t *testing.T) {
	tests := []struct {
		name, in string
		heading  string // the heading the paragraph sits under; "" for none
	}{
		{"label", "Call notes\n\nPresent: Ann Lee, Bo Park\n\n1. Release 3.3\nThe release is planned for 14 April.\n", "Release 3.3"},
		{"caps label", "Minutes\n\nApologies: Helen Carver\n\n1. FLEET\nTen new trailers arrive in April.\n", "FLEET"},
		{"a sentence", "Causes\n\nIt went wrong.\n\n1. Broken yard lighting.\nThe lights had failed.\n", ""},
		{"a colon", "Steps\n\nDo this.\n\n1. Before you start:\nThe lights had failed.\n", ""},
		{"no blank line", "Steps\n\nDo this.\n1. Release 3.3\nThe release is planned for 14 April.\n", ""},
		{"no paragraph under it", "Steps\n\nDo this.\n\n1. Release 3.3\n\nThe release is planned for 14 April.\n", ""},
		{"too long", "Steps\n\nDo this.\n\n1. One two three four five six seven eight nine\nThe release is planned for 14 April.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("a.txt", []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			var got string
			for _, b := range doc.Blocks {
				if b.Kind == KindParagraph && (strings.HasPrefix(b.Text, "The ") || strings.HasPrefix(b.Text, "Ten ")) {
					got = b.Section
				}
			}
			if got != tt.heading {
				t.Errorf("section of the paragraph: got %q, want %q (blocks %+v)", got, tt.heading, doc.Blocks)
			}
			for _, keep := range []string{"Present: Ann Lee, Bo Park", "Apologies: Helen Carver"} {
				if strings.Contains(tt.in, keep) && !hasLine(doc.Body, keep) {
					t.Errorf("body lost %q: %q", keep, doc.Body)
				}
			}
		})
	}
}

// TestFAQQuestions checks that the questions of a plain-text FAQ are
// read as headings over their answers (faqQuestions): a "Q:" paragraph
// over an "A:" one (both labels dropped), and a question or a numbered
// entry over an answer indented under it; not a lead-in ending with a
// colon, a question over an answer not indented under it, or a statement
// that is not numbered.
func TestFAQQuestions(t *testing.T) {
	tests := []struct {
		name, in string
		answer   string // the answer's first block
		heading  string // the heading it sits under; "" for none
	}{
		{"q and a", "XZ FAQ\n\nQ:  What do the letters XZ mean?\n\nA:  Nothing. They are just two letters.\n", "Nothing. They are just two letters.", "What do the letters XZ mean?"},
		{"q of two lines", "XZ FAQ\n\nQ:  I have many .lzma files. Can I\n    convert them?\n\nA:  For now, no. Decompress them and recompress them.\n", "For now, no. Decompress them and recompress them.", "I have many .lzma files. Can I convert them?"},
		{"numbered entry", "zlib FAQ\n\n 4. compress() returns Z_BUF_ERROR.\n\n    Make sure the buffer is big enough.\n", "Make sure the buffer is big enough.", "compress() returns Z_BUF_ERROR."},
		{"question over a tab", "procps FAQ\n\nWhy is top slow?\n\n\tBecause it reads every process.\n", "Because it reads every process.", "Why is top slow?"},
		{"a lead-in", "zlib FAQ\n\n    By default a shared library is built. So:\n\n        make install\n", "make install", ""},
		{"not indented under it", "procps FAQ\n\nWhy is top slow?\n\nBecause it reads every process.\n", "Because it reads every process.", ""},
		{"a statement", "notes\n\nThe hall is closed.\n\n    Because it reads every process.\n", "Because it reads every process.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("a.txt", []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			found := false
			for _, b := range doc.Blocks {
				if b.Text != tt.answer {
					continue
				}
				found = true
				if b.Section != tt.heading {
					t.Errorf("section of %q: got %q, want %q (blocks %+v)", b.Text, b.Section, tt.heading, doc.Blocks)
				}
			}
			if !found {
				t.Errorf("no block %q (blocks %+v)", tt.answer, doc.Blocks)
			}
			if tt.heading != "" && !hasLine(doc.Body, tt.heading) {
				t.Errorf("body lost the question %q: %q", tt.heading, doc.Body)
			}
		})
	}
}

// TestOptionTerms checks that in plain text an option list's term on its
// own line ("-c, --check", "-f FILE, --file=FILE") heads the description
// indented under it, with or without a blank line between, and that the
// text after the description, back at the term's indentation or less,
// leaves its section; a line of options with its description on the same
// line, and a term not indented less than the line under it, head
// nothing.
func TestOptionTerms(t *testing.T) {
	const page = "TOOL\n\nThe tool checks files.\n\nOPTIONS\n\n" +
		"  -c, --check\n          Check the file and exit.\n\n" +
		"  -v, --verbose   Print more output.\n\n" +
		"  -f FILE, --file=FILE\n\n          Read the list from FILE.\n\n          Each line names one file.\n\n" +
		"  --dry-run\n  Show what would be done.\n\n" +
		"NOTES\n\nThe tool never writes.\n"
	doc, err := Parse("tool.txt", []byte(page))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := map[string]string{
		"Check the file and exit.":         "-c, --check",
		"-v, --verbose Print more output.": "",
		"Read the list from FILE.":         "-f FILE, --file=FILE",
		"Each line names one file.":        "-f FILE, --file=FILE",
		"Show what would be done.":         "",
		"The tool never writes.":           "",
	}
	for _, b := range doc.Blocks {
		if heading, ok := want[b.Text]; ok {
			if b.Section != heading {
				t.Errorf("section of %q: got %q, want %q", b.Text, b.Section, heading)
			}
			delete(want, b.Text)
		}
	}
	for text := range want {
		t.Errorf("no block %q (blocks %+v)", text, doc.Blocks)
	}
}

// TestHeldAnswerNotChrome checks that the description right under a
// heading holding only its own text (a <dt> over its <dd>, a plain-text
// option's term) is kept even when it opens with an interface verb, as
// a button's label would ("Print more output" under "-v, --verbose"),
// while the same line standing as a paragraph of its own is still page
// chrome.
func TestHeldAnswerNotChrome(t *testing.T) {
	tests := []struct {
		name, file, in string
		kept           bool
	}{
		{"under a dt", "a.html", "<html><body><h1>Tool</h1><p>The tool checks files.</p><dl><dt>-v, --verbose</dt><dd>Print more output</dd><dt>-c, --check</dt><dd>Check the file and exit.</dd></dl></body></html>", true},
		{"under an option term", "a.txt", "TOOL\n\nThe tool checks files.\n\n  -v, --verbose\n          Print more output\n\n  -c, --check\n          Check the file and exit.\n", true},
		{"a paragraph", "a.html", "<html><body><h1>Tool</h1><p>The tool checks files.</p><p>Print more output</p><p>Check the file and exit.</p></body></html>", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(tt.file, []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := hasLine(doc.Body, "Print more output"); got != tt.kept {
				t.Errorf("kept %q: got %v, want %v (body %q)", "Print more output", got, tt.kept, doc.Body)
			}
		})
	}
}

// TestFAQQuestionAsks checks which question headings of plain text are
// marked as asking (Block.Asks): in a FAQ whose questions ask, its
// numbered entries written as statements too; in a text with no question,
// a numbered label over an indented paragraph is a heading that asks
// nothing.
func TestFAQQuestionAsks(t *testing.T) {
	tests := []struct {
		name, in, heading string
		want              bool
	}{
		{"a FAQ's statement", "zlib FAQ\n\n 1. Is zlib Y2K-compliant?\n\n    Yes. zlib doesn't handle dates.\n\n 2. I found a bug in zlib.\n\n    Send a small program that shows it.\n", "I found a bug in zlib.", true},
		{"a FAQ's question", "zlib FAQ\n\n 1. Is zlib Y2K-compliant?\n\n    Yes. zlib doesn't handle dates.\n", "Is zlib Y2K-compliant?", true},
		{"no FAQ", "Minutes of the June meeting\n\nPresent: Ann Lee and Bo Park.\n\n 1. The hall reopens on 4 May.\n\n    The builders finished early.\n", "The hall reopens on 4 May.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("a.txt", []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			found := false
			for _, b := range doc.Blocks {
				if b.Text == tt.heading && b.Kind == KindHeading {
					found = true
					if b.Asks != tt.want {
						t.Errorf("Asks of %q: got %v, want %v", b.Text, b.Asks, tt.want)
					}
				}
			}
			if !found {
				t.Errorf("no heading %q (blocks %+v)", tt.heading, doc.Blocks)
			}
		})
	}
}

// TestWrappedLines checks how wrapped plain text is joined again: an
// indented text wrapped at a fixed width where the next line's first
// word would not have fitted on the line above as written, its
// indentation and the two spaces after a stop counted (zlib's FAQ: "...
// passed by reference" over "("as any"), ...", which fits only once the
// line is trimmed); and a line that comes near the width, ends no
// sentence and is indented as the line under it even when that line's
// first word would have fitted (XZ Utils' FAQ, filled loosely: "XZ Utils
// are the successor to" over "LZMA Utils."), while a short line over one
// of its indentation, or a full one over a line indented differently, is
// not joined.
func TestWrappedLines(t *testing.T) {
	// zlib is a FAQ wrapped at a fixed width, its answers indented four spaces.
	const zlib = "Frequently Asked Questions about zlib\n\n 4. compress() returns Z_BUF_ERROR.\n\n    Make sure that before the call of compress(), the length of the compressed\n    buffer is equal to the available size of the compressed buffer and not\n    zero.  For Visual Basic, check that this parameter is passed by reference\n    (\"as any\"), not by value (\"as long\").\n\n 5. deflate() or inflate() returns Z_BUF_ERROR.\n\n    Before making the call, make sure that avail_in and avail_out are not zero.\n    When setting the parameter flush equal to Z_FINISH, also make sure that\n    avail_out is big enough to allow processing all pending input.  Note that a\n    Z_BUF_ERROR is not fatal--another call to deflate() or inflate() can be\n    made with more input or output space.  A Z_BUF_ERROR may in fact be\n    unavoidable depending on how the functions are used, since it is not\n    possible to tell whether or not there is more output pending when\n    strm.avail_out returns with zero.  See http://zlib.net/zlib_how.html for a\n    heavily annotated example.\n\n"

	// body is a FAQ answer wrapped at 75 runes, indented four spaces.
	const body = "XZ Utils FAQ\n\n" +
		"Q:  What are LZMA and LZMA2?\n\n" +
		"A:  LZMA stands for Lempel-Ziv-Markov chain-Algorithm. It is the name of\n" +
		"    the compression algorithm designed by Igor Pavlov for 7-Zip. LZMA is\n" +
		"    based on LZ77 and range encoding. The newer LZMA2 format is a container.\n\n" +
		"    LZMA Utils provide a gzip-like lzma tool for POSIX-like systems.\n"
	tests := []struct {
		name, in, want string
	}{
		{"zlib's reference", zlib, "For Visual Basic, check that this parameter is passed by reference (\"as any\"), not by value (\"as long\")."},
		{"a full line", body + "    LZMA Utils are based on LZMA SDK. XZ Utils are the successor to\n    LZMA Utils.\n", "XZ Utils are the successor to LZMA Utils."},
		{"a short line", body + "    LZMA Utils are based on LZMA SDK. See\n    Read the manual for more.\n", "LZMA Utils are based on LZMA SDK. See\nRead the manual for more."},
		{"another indentation", body + "    LZMA Utils are based on LZMA SDK. XZ Utils are the successor to\n  Read the manual for more.\n", "XZ Utils are the successor to\nRead the manual for more."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("faq.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Body, tt.want) {
				t.Errorf("body: got %q, want it to hold %q", doc.Body, tt.want)
			}
		})
	}
}

// TestTextListUnderLabel checks that in plain text the lines under a line
// ending with a colon are its list's items, until a blank line, as a
// list's are in Markdown; the label stays a paragraph.
func TestTextListUnderLabel(t *testing.T) {
	in := "Opening hours:\nApril to September: every day 8:00 to 18:00\nOctober to March: every day 8:00 to 16:00\n\nCars may bring any amount of waste.\n"
	doc, err := Parse("a.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		text string
		kind BlockKind
	}{
		{"Opening hours:", KindParagraph},
		{"April to September: every day 8:00 to 18:00", KindItem},
		{"October to March: every day 8:00 to 16:00", KindItem},
		{"Cars may bring any amount of waste.", KindParagraph},
	}
	if len(doc.Blocks) != len(want) {
		t.Fatalf("got %d blocks %+v, want %d", len(doc.Blocks), doc.Blocks, len(want))
	}
	for i, w := range want {
		if b := doc.Blocks[i]; b.Text != w.text || b.Kind != w.kind {
			t.Errorf("block %d: got %q of kind %v, want %q of kind %v", i, b.Text, b.Kind, w.text, w.kind)
		}
	}
}

// TestReadable checks which file names the loader reads, by extension.
func TestReadable(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"repairs/repairs.md", true},
		{"policies/Handbook.DOCX", true},
		{"calendar.pdf", true},
		{"index.htm", true},
		{"config.yaml", false},
		{"photo.jpg", false},
	} {
		if got := Readable(tt.name); got != tt.want {
			t.Errorf("Readable(%q): got %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestStripClauseNumber checks which numbers opening a paragraph are a
// clause's or a step's, dropped as a list item's marker is.
func TestStripClauseNumber(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"5.3 If your baggage is delayed", "If your baggage is delayed"},
		{"10.1 You must tell us", "You must tell us"},
		{"2.4.1 The excess", "The excess"},
		{"5.3\tIf your baggage is delayed", "If your baggage is delayed"},
		{"2.5 million people live there", "2.5 million people live there"}, // a decimal, lowercase after it
		{"1. Pay the rent", "1. Pay the rent"},                             // a list marker, the readers' to drop
		{"2026.1 Release", "2026.1 Release"},                               // too many digits for a clause
		{"5.3", "5.3"},
		{"7a. For Release Candidates:", "For Release Candidates:"}, // a step between 7 and 8
		{"2b) Check the logs", "Check the logs"},
		{"7a. for release candidates", "7a. for release candidates"}, // lowercase after it
		{"12ab. Release", "12ab. Release"},                           // two letters: a word, no step
	} {
		if got := stripClauseNumber(c.in); got != c.want {
			t.Errorf("stripClauseNumber(%q): got %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTitlePageFields checks that a title page's block of fields (two or
// more labelled lines among short ones; markFields) keeps its fields as
// text, in a Word file and in a PDF alike: a number ("Revision B"), which
// alone reads as page chrome or, on a PDF's title page, as a name, a name
// under a label, and a date that is not the document's ("Superseded by
// Revision C on 1 February 2026"), which neither dates the document nor
// names its publisher; while the date field is still the byline and
// dates the document. With a single label there is no block, and the
// number goes as page chrome, as before.
func TestTitlePageFields(t *testing.T) {
	const title = "Baggage and Cargo Rules"
	tests := []struct {
		name          string
		fields        []string
		date          string
		kept, dropped []string // dropped as "why: text"
	}{
		{
			name:    "revision date and a later revision's date",
			fields:  []string{"Document number: GOP-04", "Revision B", "Effective from 1 April 2025", "Revision date: 3 March 2025", "Superseded by Revision C on 1 February 2026"},
			date:    "3 March 2025",
			kept:    []string{"Document number: GOP-04", "Revision B", "Effective from 1 April 2025", "Superseded by Revision C on 1 February 2026"},
			dropped: []string{"byline (metadata): Revision date: 3 March 2025"},
		},
		{
			name:   "only the later revision's date: the properties' date",
			fields: []string{"Document number: GOP-04", "Revision B", "Owner: Tobias Rennick", "Superseded by Revision C on 1 February 2026"},
			date:   "2025-03-03",
			kept:   []string{"Document number: GOP-04", "Revision B", "Owner: Tobias Rennick", "Superseded by Revision C on 1 February 2026"},
		},
		{
			name:    "one label: no block of fields",
			fields:  []string{"Document number: GOP-04", "Issue 3"},
			date:    "2025-03-03",
			kept:    []string{"Document number: GOP-04"},
			dropped: []string{"page chrome: Issue 3"},
		},
	}
	const text = "Every fare includes one checked bag of up to 20 kg, except the Lite fare, which includes none."
	core := `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">` +
		`<dc:title>` + title + `</dc:title><dcterms:created>2025-03-03T10:00:00Z</dcterms:created></cp:coreProperties>`
	word := func(fields []string) []byte {
		var body strings.Builder
		body.WriteString(wp("Title", title))
		for _, f := range fields {
			body.WriteString(wp("", f))
		}
		body.WriteString(wp("Heading1", "Checked baggage") + wp("", text))
		return makeDOCX(t, map[string]string{"word/styles.xml": wordStyles, "docProps/core.xml": core, "word/document.xml": wordBody(body.String())})
	}
	// pdf sets the title and the fields centred on a title page, a line
	// each at the body's pitch (centredFields reads them apart), and the
	// text on the next page; Helvetica's glyphs are 5.56 points wide.
	pdf := func(fields []string) []byte {
		centredAt := func(size float64, y int, s string) string {
			return fmt.Sprintf("BT /F1 %g Tf %.2f %d Td (%s) Tj ET\n", size, 300-float64(len(s))*0.556*size/2, y, s)
		}
		page := centredAt(20, 700, title)
		for i, f := range fields {
			page += centredAt(10, 676-12*i, f)
		}
		return buildPDF([]string{page, "BT /F1 14 Tf 72 700 Td (Checked baggage) Tj ET\nBT /F1 10 Tf 72 670 Td (" + text + ") Tj ET"},
			"<< /Title ("+title+") /CreationDate (D:20250303100000Z) >>")
	}
	for _, tt := range tests {
		for _, f := range []struct {
			name string
			raw  []byte
		}{{"rules.docx", word(tt.fields)}, {"rules.pdf", pdf(tt.fields)}} {
			t.Run(tt.name+"/"+f.name, func(t *testing.T) {
				checkDatedBody(t, f.name, f.raw, tt.date, tt.kept, tt.dropped)
			})
		}
	}
}

// checkDatedBody parses raw as name and checks its date, that its body
// holds each line of kept and that each of dropped ("why: text") is among
// its dropped lines.
func checkDatedBody(t *testing.T, name string, raw []byte, date string, kept, dropped []string) {
	t.Helper()
	doc, err := Parse(name, raw)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if doc.Date != date {
		t.Errorf("date: got %q, want %q", doc.Date, date)
	}
	for _, l := range kept {
		if !hasLine(doc.Body, l) {
			t.Errorf("body lost %q: got %q", l, doc.Body)
		}
	}
	var got []string
	for _, d := range doc.Dropped {
		got = append(got, d.Why+": "+d.Text)
	}
	for _, d := range dropped {
		if !slices.Contains(got, d) {
			t.Errorf("dropped: got %q, want %q among them", got, d)
		}
	}
}

// TestBannerNoTitle checks that a line that ends as a sentence does, an
// exclamation or a question, at the top of a file with no title heading
// (a README's banner: "Show your love for fzf -- T-shirts, mugs, and
// stickers now available!") is not taken as its title, while a short
// exclamation that names a thing ("Yahoo!") and a line that ends in no
// stop still are.
func TestBannerNoTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Show your love for wrangle -- shirts and mugs now available!\n\nwrangle rewrites the headers of source files in place.\n\n## Highlights\n\n- It is fast.\n", ""},
		{"Do you need a faster way to rewrite headers?\n\nwrangle rewrites the headers of source files in place.\n", ""},
		{"Yahoo!\n\nYahoo! is a web portal that Yahoo! runs.\n", "Yahoo!"},
		{"Wrangle, a header rewriter\n\nwrangle rewrites the headers of source files in place.\n", "Wrangle, a header rewriter"},
	} {
		doc, err := Parse("README.md", []byte(c.in))
		if err != nil {
			t.Fatalf("Parse(%q): %v", c.in, err)
		}
		if doc.Title != c.want {
			t.Errorf("%q: got title %q, want %q", c.in, doc.Title, c.want)
		}
	}
}

// TestFieldListDate checks that a date labelled as an entry of a list of
// labelled fields under the title (a decision record's "- Status:" and
// "- Date:") dates the document and stays in its body, a field as its
// status is, while a date line alone under the title is still the byline.
func TestFieldListDate(t *testing.T) {
	const text = "The team merges every change into main after review."
	for _, tt := range []struct {
		name, in string
		kept     []string
		dropped  []string
	}{
		{
			name: "a field list's date",
			in:   "# Use trunk-based development\n\n- Status: accepted\n- Date: 2024-09-26\n\n## Context\n\n" + text + "\n",
			kept: []string{"Status: accepted", "Date: 2024-09-26", text},
		},
		{
			name:    "a date line alone",
			in:      "# Use trunk-based development\n\nDate: 2024-09-26\n\n## Context\n\n" + text + "\n",
			kept:    []string{text},
			dropped: []string{"byline (metadata): Date: 2024-09-26"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkDatedBody(t, "adr.md", []byte(tt.in), "2024-09-26", tt.kept, tt.dropped)
		})
	}
}
