package corpus

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestMarkdownInline checks that inline syntax is reduced to its text.
func TestMarkdownInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"**bold** and __strong__", "bold and strong"},
		{"*em* and _em_", "em and em"},
		{"~~gone~~ here", "gone here"},
		{"a `code *span*` b", "a code *span* b"},
		{"[Madrid](https://example.org \"title\") talks", "Madrid talks"},
		{"[London][ref] talks\n\n[ref]: https://example.org", "London talks"},
		{"![a photo](x.png)Caption", "Caption"},
		{"see <https://example.org>", "see https://example.org"},
		{"mail <mailto:a@example.org>", "mail mailto:a@example.org"},
		{"line<br>break <span class=\"x\">span</span>", "line\nbreak span"},
		{"one.<BR/>two.<br />three.", "one.\ntwo.\nthree."},
		{"Done :tada: and shipped :+1:", "Done 🎉 and shipped 👍"},
		{"See [[Getting Started]], [[Config|the config page]] and [[the guide|guide-page]].", "See Getting Started, the config page and the guide."},
		{"Run `[[wiki]]`, [[ -f x ]] and [[1]](https://example.org).", "Run [[wiki]], [[ -f x ]] and [1]."},
		{"ports 8080:100: and :not_an_emoji: and `:tada:`", "ports 8080:100: and :not_an_emoji: and :tada:"},
		{"2 < 3 and 5 > 4", "2 < 3 and 5 > 4"},
		{"Zero\u200Cwidth\u200D marks\u2060 go.\u200B \u200BSo do\uFEFF soft\u00ADhyphens.", "Zerowidth marks go. So do softhyphens."},
		{"The flag \U0001F3F3\uFE0F\u200D\U0001F308 keeps its joiner.", "The flag \U0001F3F3\uFE0F\u200D\U0001F308 keeps its joiner."},
		{"5 * 3 = 15", "5 * 3 = 15"},
		{"snake_case_name", "snake_case_name"},
		{"\\*literal\\* \\[x\\]", "*literal* [x]"},
		{"AT&amp;T &copy; 2025 &#x41;", "AT&T © 2025 A"},
		{"[unclosed link", "[unclosed link"},
		{"[nested [brackets]](u)", "nested [brackets]"},
		{"~single tilde~", "single tilde"},
		{"The limit is 240 EUR[^1].\n\n[^1]: Before taxes.", "The limit is 240 EUR.\nBefore taxes."},
	}
	for _, tt := range tests {
		if got := blockTexts(markdownBlocks(tt.in)); got != tt.want {
			t.Errorf("markdownBlocks(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// pageBlocks parses in as the Markdown file page.md and returns its
// blocks, failing the test when it does not parse.
func pageBlocks(t *testing.T, in string) []Block {
	t.Helper()
	return parsedDoc(t, "page.md", []byte(in)).Blocks
}

// textsOf returns the text of each block, in order.
func textsOf(bs []Block) []string {
	var texts []string
	for _, b := range bs {
		texts = append(texts, b.Text)
	}
	return texts
}

// blockTexts joins the texts of bs with newlines.
func blockTexts(bs blocks) string {
	texts := make([]string, len(bs))
	for i, b := range bs {
		texts[i] = b.text
	}
	return strings.Join(texts, "\n")
}

// describe writes a block as "kind level text [cells | header]" for
// comparison.
func describe(b block) string {
	s := fmt.Sprintf("%d %d %s", b.kind, b.level, b.text)
	if b.cells != nil || b.header != nil {
		s += fmt.Sprintf(" %q | %q", b.cells, b.header)
	}
	if b.parent != "" {
		s += " < " + b.parent
	}
	return s
}

func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{
			name: "headings, lists, quotes, code, comments, breaks",
			in: "Title\n=====\n\nSub\n---\n\n# ATX #\n\n####### not a heading\n\n" +
				"1) first\n2. second\n   continued\n\n> quote\n> more\n\n~~~\ncode  line\n~~~\n\n<!-- a\ncomment -->\nafter\n\n" +
				"hard  \nbreak\n\n***\n[ref]: https://example.org\n",
			want: []string{"1 1 Title", "1 2 Sub", "1 1 ATX", "0 0 ####### not a heading",
				"2 0 first", "2 0 second continued", "0 0 quote more", "3 0 code line", "0 0 after",
				"0 0 hard", "0 0 break"},
		},
		{
			name: "a table: rows carry the header",
			in:   "| City | Limit |\n|---|--:|\n| London | 240 EUR |\n| Berlin | |\n",
			want: []string{`4 0 City; Limit ["City" "Limit"] | []`, `4 0 London; 240 EUR ["London" "240 EUR"] | ["City" "Limit"]`,
				`4 0 Berlin ["Berlin" ""] | ["City" "Limit"]`},
		},
		{
			name: "a <br> in a table's cell parts its lines with a space",
			in:   "| Flag | Meaning |\n|---|---|\n| `--out` | Writes the file.<br>Defaults to stdout. |\n",
			want: []string{`4 0 Flag; Meaning ["Flag" "Meaning"] | []`,
				`4 0 --out; Writes the file. Defaults to stdout. ["--out" "Writes the file. Defaults to stdout."] | ["Flag" "Meaning"]`},
		},
		{
			name: "an HTML table with blank lines in it is read whole, its indented lines not code",
			in: "Options:\n\n<table>\n  <tr>\n    <th>Name</th><th>Use</th>\n  </tr>\n  <tr>\n    <td>layout</td>\n    <td>\n      <p>\n\n" +
				"        Names the layout file.\n\n      </p>\n    </td>\n  </tr>\n</table>\n\nAfter.\n",
			want: []string{"0 0 Options:", `4 0 Name; Use ["Name" "Use"] | []`, `4 0 layout; Names the layout file. ["layout" "Names the layout file."] | ["Name" "Use"]`, "0 0 After."},
		},
		{
			name: "Markdown between HTML blocks stays Markdown; indented code after a closed element stays code",
			in:   "<div align=\"center\">\n\n**Fast** and small.\n\n    go get x\n\n</div>\n\n<p>One.</p>\n\n    go run x\n",
			want: []string{"0 0 Fast and small.", "3 0 go get x", "0 0 One.", "3 0 go run x"},
		},
		{
			name: "task lists lose their boxes; nested lists are items",
			in:   "- [x] Book the hotel\n- [ ] File the claim\n  - with receipts\n",
			want: []string{"2 0 Book the hotel", "2 0 File the claim", "2 0 with receipts < File the claim"},
		},
		{
			name: "a nested item knows its nearest parent item; a code block under an item does not",
			in: "- Hybrid search: exact + semantic\n  - Supports RRF and RSF\n    - RRF by default\n  - Scores are fused\n" +
				"- Flags\n\n  Flags are read first.\n\n  ```\n  --help\n  ```\n- Query time boosting\n",
			want: []string{"2 0 Hybrid search: exact + semantic", "2 0 Supports RRF and RSF < Hybrid search: exact + semantic",
				"2 0 RRF by default < Supports RRF and RSF", "2 0 Scores are fused < Hybrid search: exact + semantic",
				"2 0 Flags", "2 0 Flags are read first.", "3 0 --help", "2 0 Query time boosting"},
		},
		{
			name: "a definition list is one item per description",
			in:   "SLA\n: Service level agreement, 99.9% a month.\n: Reviewed yearly.\n\nRPO\n: Recovery point objective.\n",
			want: []string{"2 0 SLA: Service level agreement, 99.9% a month.", "2 0 SLA: Reviewed yearly.", "2 0 RPO: Recovery point objective."},
		},
		{
			name: "footnotes follow the text, their marks gone",
			in:   "# Hotels\n\nRooms cost 240 EUR[^tax] a night.\n\n# Meals\n\nMeals cost 55 EUR.\n\n[^tax]: The limit includes local taxes.\n",
			want: []string{"1 1 Hotels", "0 0 Rooms cost 240 EUR a night.", "1 1 Meals", "0 0 Meals cost 55 EUR.", "0 0 The limit includes local taxes."},
		},
		{
			name: "heading attributes are left out",
			in:   "## Scope {#scope .wide}\n\nThe policy covers staff.\n\n# Fees {.table}\n",
			want: []string{"1 2 Scope", "0 0 The policy covers staff.", "1 1 Fees"},
		},
		{
			name: "GitHub alerts lose their markers",
			in:   "> [!NOTE]\n> Flights are booked by the travel desk.\n\n> [!WARNING] Claims expire after 90 days.\n\n> [not an alert] text\n",
			want: []string{"0 0 Flights are booked by the travel desk.", "0 0 Claims expire after 90 days.", "0 0 [not an alert] text"},
		},
		{
			name: "MkDocs admonitions: title and indented body, no markers",
			in: "Intro.\n\n!!! note \"Before you travel\"\n    Book flights through the travel desk.\n\n    Keep the receipts.\n\n" +
				"Rooms cost 240 EUR.\n\n???+ warning\n    Claims expire after 90 days.\n",
			want: []string{"0 0 Intro.", "0 0 Before you travel", "0 0 Book flights through the travel desk.", "0 0 Keep the receipts.",
				"0 0 Rooms cost 240 EUR.", "0 0 Claims expire after 90 days."},
		},
		{
			name: "Docusaurus admonitions: no markers; code fences untouched",
			in: ":::tip Before you travel\nBook flights through the travel desk.\n:::\n\n:::note[Receipts]\nKeep the receipts.\n:::\n\n" +
				":::danger\nClaims expire after 90 days.\n:::\n\n```\n:::tip\n```\n",
			want: []string{"0 0 Before you travel", "0 0 Book flights through the travel desk.", "0 0 Receipts", "0 0 Keep the receipts.",
				"0 0 Claims expire after 90 days.", "3 0 :::tip"},
		},
		{
			name: "MkDocs content tabs and template tags: no markers",
			in: "Title\n===\n\n=== \"Staff\"\n\n    Staff book through the travel desk.\n\n=== \"Visitors\"\n\n    Visitors book their own travel.\n\n" +
				"{{< note >}}\nHotels are booked by the desk.\n{{< /note >}}\n\n{% hint style=\"info\" %}\nClaims go to finance.\n{% endhint %}\n",
			want: []string{"1 1 Title", "1 0 Staff", "0 0 Staff book through the travel desk.", "1 0 Visitors", "0 0 Visitors book their own travel.",
				"0 0 Hotels are booked by the desk.", "0 0 Claims go to finance."},
		},
		{
			name: "lines each a field's label and text are read apart; a wrapped paragraph is joined, though a line of it is labelled",
			in: "Email: security@example.org\nPhone: +1 555 0100\n\nOffice hours: 9 to 5\n- Lunch: closed\n\n" +
				"Send the report to the team and say\nwhere: the host and its version.\n",
			want: []string{"0 0 Email: security@example.org", "0 0 Phone: +1 555 0100", "0 0 Office hours: 9 to 5", "2 0 Lunch: closed",
				"0 0 Send the report to the team and say where: the host and its version."},
		},
		{
			name: "a paragraph opening with a line break: its empty first part adds no block",
			in:   "<br>After a break at the start.\n",
			want: []string{"0 0 After a break at the start."},
		},
		{
			name: "an HTML block is read as HTML",
			in:   "Intro text here.\n\n<table>\n<tr><th>City</th><th>Limit</th></tr>\n<tr><td>Oslo</td><td>200 EUR</td></tr>\n</table>\n",
			want: []string{"0 0 Intro text here.", `4 0 City; Limit ["City" "Limit"] | []`, `4 0 Oslo; 200 EUR ["Oslo" "200 EUR"] | ["City" "Limit"]`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range markdownBlocks(tt.in) {
				got = append(got, describe(b))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestSections checks the section path of each block and where a
// footnote lands.
func TestSections(t *testing.T) {
	tests := []struct {
		name, path, in string
		want           []string // "section | text" per block
	}{
		{
			name: "markdown levels, the title left out",
			path: "a.md",
			in:   "# Handbook\n\nIntro text is here.\n\n## Pricing\n\n### Plans\n\nThe basic plan costs 10 EUR[^1].\n\n## Support\n\nSupport answers in a day.\n\n[^1]: Before taxes.\n",
			want: []string{" | Handbook", " | Intro text is here.", "Pricing | Pricing", "Pricing › Plans | Plans",
				"Pricing › Plans | The basic plan costs 10 EUR.", "Support | Support", "Support | Support answers in a day.",
				"Pricing › Plans | Before taxes."},
		},
		{
			name: "a <details> around Markdown: its summary heads the text up to </details>, the next summary the next",
			path: "a.md",
			in: "# Widget\n\n## FAQ\n\n<details>\n<summary>Why does it fail on Windows?</summary>\n\nThe widget needs a **POSIX** shell.\n\n- Cygwin has one.\n\n" +
				"</details>\n<details>\n<summary>Can it run offline?</summary>\n\nYes, once installed.\n\n</details>\n\nMore questions go to the forum.\n",
			want: []string{" | Widget", "FAQ | FAQ", "FAQ › Why does it fail on Windows? | Why does it fail on Windows?",
				"FAQ › Why does it fail on Windows? | The widget needs a POSIX shell.", "FAQ › Why does it fail on Windows? | Cygwin has one.",
				"FAQ › Can it run offline? | Can it run offline?", "FAQ › Can it run offline? | Yes, once installed.", "FAQ | More questions go to the forum."},
		},
		{
			name: "MkDocs content tabs: each label heads its tab's body, the text after them is the section's",
			path: "a.md",
			in: "# Guide\n\n## Install\n\nInstall the package with:\n\n=== \"Latest\"\n\n    ```\n    pip install widget\n    ```\n\n" +
				"=== \":octicons-file-code-16: `9.x`\"\n\n    ```\n    pip install widget==9\n    ```\n\n    Pinning keeps upgrades safe.\n\nThe package needs Python 3.\n",
			want: []string{" | Guide", "Install | Install", "Install | Install the package with:", "Install › Latest | Latest", "Install › Latest | pip install widget",
				"Install › 9.x | 9.x", "Install › 9.x | pip install widget==9", "Install › 9.x | Pinning keeps upgrades safe.", "Install | The package needs Python 3."},
		},
		{
			name: "lines of a field list, each its label and text, are entries kept before a heading, no byline or chrome",
			path: "a.md",
			in:   "---\ntitle: Engineering sync, 14 January 2026\n---\n# Engineering sync\n\n**Attendees:** Dana Whitfield (chair), Tobias Lindqvist, Jonah Petrakis, Mei-Lin Zhao, Samir Haddad, Lucia Romero\n**Notes:** Noor Siddiqui\n\n## 1. Status\n\nMei-Lin reported that the release is on track for January 27.\n",
			want: []string{" | Engineering sync", " | Attendees: Dana Whitfield (chair), Tobias Lindqvist, Jonah Petrakis, Mei-Lin Zhao, Samir Haddad, Lucia Romero", " | Notes: Noor Siddiqui",
				"1. Status | 1. Status", "1. Status | Mei-Lin reported that the release is on track for January 27."},
		},
		{
			name: "MkDocs content tabs labelled by a file's name or path: the name heads its tab, no link's lone word",
			path: "a.md",
			in: "# Upgrade\n\n## Templates\n\nThe templates changed:\n\n=== \":octicons-file-code-16: `base.html`\"\n\n    ``` diff\n    @@ -13,11 +13,6 @@\n         {% endif %}\n    -    {% if page %}\n    ```\n\n" +
				"=== \"`partials/footer.html`\"\n\n    ``` diff\n    @@ -4,7 +4,6 @@\n    -    {% include \"social.html\" %}\n    ```\n",
			want: []string{" | Upgrade", "Templates | Templates", "Templates | The templates changed:", "Templates › base.html | base.html", "Templates › base.html | {% endif %}",
				"Templates › base.html | - {% if page %}", "Templates › partials/footer.html | partials/footer.html", "Templates › partials/footer.html | - {% include \"social.html\" %}"},
		},
		{
			name: "the front matter's lead (intro, description, summary) is read under the title; one holding a list is passed over",
			path: "a.md",
			in:   "---\ntitle: Widget\nsummary: [a, b]\ndescription: How to set up the widget.\n---\n# Widget\n\nThe widget reads a file.\n",
			want: []string{" | Widget", " | How to set up the widget.", " | The widget reads a file."},
		},
		{
			name: "the front matter's lead comes first when the text does not open with the title",
			path: "a.md",
			in:   "---\ntitle: Widget\nintro: Set up the widget in a minute.\n---\nThe widget reads a file.\n",
			want: []string{" | Set up the widget in a minute.", " | The widget reads a file."},
		},
		{
			name: "titled in the front matter: the first of several h1 headings is a section",
			path: "a.md",
			in:   "---\ntitle: Release Notes\n---\n# Version 2.4\n\nA reminder is sent one day before a loan ends.\n\n## Fixed\n\n- Drones no longer show the wrong return date.\n\n# Version 2.3\n\nVisitors can now book the meeting room online.\n",
			want: []string{"Version 2.4 | Version 2.4", "Version 2.4 | A reminder is sent one day before a loan ends.", "Version 2.4 › Fixed | Fixed",
				"Version 2.4 › Fixed | Drones no longer show the wrong return date.", "Version 2.3 | Version 2.3", "Version 2.3 | Visitors can now book the meeting room online."},
		},
		{
			name: "titled in the front matter: a lone h1 over h2 sections is the title",
			path: "a.md",
			in:   "---\ntitle: Release Notes\n---\n# Notes on the releases\n\nRead them.\n\n## Fixed\n\nDrones no longer show the wrong return date.\n",
			want: []string{" | Notes on the releases", " | Read them.", "Fixed | Fixed", "Fixed | Drones no longer show the wrong return date."},
		},
		{
			name: "titled by pandoc's header, the first of the content's h1s a section",
			path: "a.html",
			in:   `<html><head><title>Release Notes</title></head><body><header id="title-block-header"><h1 class="title">Release Notes</h1></header><h1>Version 2.4</h1><p>A reminder is sent one day before a loan ends.</p><h1>Version 2.3</h1><p>Visitors can now book the meeting room online.</p></body></html>`,
			want: []string{"Version 2.4 | Version 2.4", "Version 2.4 | A reminder is sent one day before a loan ends.", "Version 2.3 | Version 2.3", "Version 2.3 | Visitors can now book the meeting room online."},
		},
		{
			name: "html footnotes (pandoc's, markdown-it's) under the sections citing them",
			path: "a.html",
			in: `<h1>Policy</h1><h2>Purpose</h2><p>The policy covers the travel of staff.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>` +
				`<h2>Fees</h2><p>Fees are reviewed every April.<sup class="footnote-ref"><a href="#fn2" id="fnref2">[2]</a></sup></p>` +
				`<section class="footnotes" role="doc-endnotes"><hr><ol><li id="fn1" role="doc-endnote"><p>It covers temporary staff too.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>` +
				`<li id="fn2" class="footnote-item"><p>The board approves any change. <a href="#fnref2" class="footnote-backref">↩︎</a></p></li></ol></section>`,
			want: []string{" | Policy", "Purpose | Purpose", "Purpose | The policy covers the travel of staff.", "Fees | Fees", "Fees | Fees are reviewed every April.",
				"Purpose | It covers temporary staff too.", "Fees | The board approves any change."},
		},
		{
			name: "html footnotes (pulldown-cmark's, mdBook's) under the sections citing them",
			path: "a.html",
			in: `<h1>Policy</h1><h2>Purpose</h2><p>The policy covers the travel of staff.<sup class="footnote-reference" id="fr-temp-1"><a href="#footnote-temp">1</a></sup></p>` +
				`<h2>Fees</h2><p>Fees are reviewed every April.</p>` +
				`<hr><ol class="footnote-definition"><li id="footnote-temp"><p>It covers temporary staff too.</p></li></ol>`,
			want: []string{" | Policy", "Purpose | Purpose", "Purpose | The policy covers the travel of staff.", "Fees | Fees", "Fees | Fees are reviewed every April.",
				"Purpose | It covers temporary staff too."},
		},
		{
			name: "html footnotes in asides (docutils' HTML5 writer, Sphinx's) under the sections citing them",
			path: "a.html",
			in: `<h1>Policy</h1><aside class="sidebar"><p>Read the travel guide before you book.</p></aside><section id="purpose"><h2>Purpose</h2><p>The policy covers the travel of staff.<a class="footnote-reference brackets" href="#temp" id="id1" role="doc-noteref"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></a></p></section>` +
				`<section id="fees"><h2>Fees</h2><p>Fees are reviewed every April.<a class="footnote-reference brackets" href="#board" id="id2" role="doc-noteref"><span class="fn-bracket">[</span>2<span class="fn-bracket">]</span></a> Refunds take a month.<a class="footnote-reference brackets" href="#board" id="id3" role="doc-noteref"><span class="fn-bracket">[</span>2<span class="fn-bracket">]</span></a></p>` +
				`<hr class="footnotes docutils"><aside class="footnote-list brackets">` +
				`<aside class="footnote brackets" id="temp" role="doc-footnote"><span class="label"><span class="fn-bracket">[</span><a role="doc-backlink" href="#id1">1</a><span class="fn-bracket">]</span></span><p>It covers temporary staff too.</p></aside>` +
				`<aside class="footnote brackets" id="board" role="doc-footnote"><span class="label"><span class="fn-bracket">[</span>2<span class="fn-bracket">]</span></span><span class="backrefs">(<a role="doc-backlink" href="#id2">1</a>,<a role="doc-backlink" href="#id3">2</a>)</span><p>The board approves any change.</p></aside></aside></section>`,
			want: []string{" | Policy", "Purpose | Purpose", "Purpose | The policy covers the travel of staff.", "Fees | Fees", "Fees | Fees are reviewed every April. Refunds take a month.",
				"Purpose | It covers temporary staff too.", "Fees | The board approves any change."},
		},
		{
			name: "a changelog's headings of versions and dates are its sections",
			path: "a.md",
			in: "# Changelog\n\nAll notable changes to the booking system are listed here.\n\n## [2.4.0] - 2026-03-12\n\n### Fixed\n\n- Drones no longer show the wrong return date.\n\n" +
				"## [2.3.1] - 2026-02-02\n\n### Security\n\n- Sessions expire after thirty minutes of inactivity.\n",
			want: []string{" | Changelog", " | All notable changes to the booking system are listed here.",
				"[2.4.0] - 2026-03-12 | [2.4.0] - 2026-03-12", "[2.4.0] - 2026-03-12 › Fixed | Fixed", "[2.4.0] - 2026-03-12 › Fixed | Drones no longer show the wrong return date.",
				"[2.3.1] - 2026-02-02 | [2.3.1] - 2026-02-02", "[2.3.1] - 2026-02-02 › Security | Security", "[2.3.1] - 2026-02-02 › Security | Sessions expire after thirty minutes of inactivity."},
		},
		{
			name: "untitled release notes: the first release's heading is its section too",
			path: "a.md",
			in:   "## 2.4.0 / 2026-03-12\n\n* [BUGFIX] Drones no longer show the wrong return date.\n\n## 2.3.1 / 2026-02-02\n\n* [SECURITY] Sessions expire after thirty minutes of inactivity.\n",
			want: []string{"2.4.0 / 2026-03-12 | 2.4.0 / 2026-03-12", "2.4.0 / 2026-03-12 | [BUGFIX] Drones no longer show the wrong return date.",
				"2.3.1 / 2026-02-02 | 2.3.1 / 2026-02-02", "2.3.1 / 2026-02-02 | [SECURITY] Sessions expire after thirty minutes of inactivity."},
		},
		{
			name: "untitled: a first heading over deeper ones is the title",
			path: "a.md",
			in:   "# Handbook\n\nRead it first.\n\n## Pricing\n\nThe plan costs 10 EUR.\n\n# Appendix\n\nThe old prices are kept here for a year.\n",
			want: []string{" | Handbook", " | Read it first.", "Pricing | Pricing", "Pricing | The plan costs 10 EUR.", "Appendix | Appendix", "Appendix | The old prices are kept here for a year."},
		},
		{
			name: "headings that are dates alone, the first under the title, are sections, not the date",
			path: "a.md",
			in:   "# Changelog\n\n## 2026-03-12\n\n- A reminder is sent one day before a loan ends.\n\n## 2026-02-02\n\n- Sessions expire after thirty minutes of inactivity.\n",
			want: []string{" | Changelog", "2026-03-12 | 2026-03-12", "2026-03-12 | A reminder is sent one day before a loan ends.",
				"2026-02-02 | 2026-02-02", "2026-02-02 | Sessions expire after thirty minutes of inactivity."},
		},
		{
			name: "html headings skip levels",
			path: "a.html",
			in:   "<h1>Guide</h1><h3>Setup</h3><p>Install it first, then run it.</p><h2>Use</h2><p>Run it every day of the week.</p>",
			want: []string{" | Guide", "Setup | Setup", "Setup | Install it first, then run it.", "Use | Use", "Use | Run it every day of the week."},
		},
		{
			name: "a pdf footnote at the foot of a page; the next page goes on in its section",
			path: "a.pdf",
			in: string(buildPDF([]string{
				"BT /F1 20 Tf 72 740 Td (Price List) Tj ET\n" +
					"BT /F1 16 Tf 72 700 Td (Pricing) Tj ET\n" +
					"BT /F1 11 Tf 72 670 Td (The basic plan costs ten euros a month.) Tj /F1 7 Tf 4 Ts (1) Tj ET\n" +
					"BT /F1 16 Tf 72 630 Td (Support) Tj ET\n" +
					"BT /F1 11 Tf 72 600 Td (Support answers every question within a day.) Tj ET\n" +
					"BT /F1 6 Tf 72 100 Td 3 Ts (1) Tj /F1 9 Tf 0 Ts (Before taxes and fees.) Tj ET",
				"BT /F1 11 Tf 72 720 Td (Urgent questions are answered within an hour.) Tj ET",
			}, "")),
			want: []string{" | Price List", "Pricing | Pricing", "Pricing | The basic plan costs ten euros a month.",
				"Support | Support", "Support | Support answers every question within a day.",
				"Pricing | Before taxes and fees.", "Support | Urgent questions are answered within an hour."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(tt.path, []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range doc.Blocks {
				got = append(got, b.Section+" | "+b.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestMarkdownLoneHeadingAfterDate checks that the one "##" heading of a
// short page, right under its date line, heads its section and is no
// byline, while a name under the date that no text follows still is one.
func TestMarkdownLoneHeadingAfterDate(t *testing.T) {
	tests := []struct {
		name, in           string
		publisher, section string // section: the section of the last block
	}{
		{
			name:    "a lone heading over its text",
			in:      "# Harbour Notice\n\nMarch 3, 2026\n\n## Slipway Closure\n\nThe slipway is closed for repairs from the second to the sixteenth of May.\n",
			section: "Slipway Closure",
		},
		{
			name:    "a lone heading over its text, with another paragraph",
			in:      "# Harbour Notice\n\nMarch 3, 2026\n\n## Slipway Closure\n\nThe slipway is closed for repairs in May.\n\nBoats launch from the north pontoon instead.\n",
			section: "Slipway Closure",
		},
		{
			name:      "a name heading over another heading is the author",
			in:        "# Harbour Notice\n\nMarch 3, 2026\n\n## Jane Doe\n\n### Closures\n\nThe slipway is closed for repairs in May.\n",
			publisher: "Jane Doe", section: "Closures",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("notice.md", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Publisher != tt.publisher || doc.Date != "March 3, 2026" || doc.Title != "Harbour Notice" {
				t.Errorf("got title %q, publisher %q, date %q; want %q, %q, %q", doc.Title, doc.Publisher, doc.Date, "Harbour Notice", tt.publisher, "March 3, 2026")
			}
			if last := doc.Blocks[len(doc.Blocks)-1]; last.Section != tt.section {
				t.Errorf("section of %q: got %q, want %q", last.Text, last.Section, tt.section)
			}
		})
	}
}

func TestMarkdownCodeWords(t *testing.T) {
	src := "Use `man` to read it. `stdout` is a stream; `man` again, `a b` and `x=1` are no words.\n" +
		"`--height` and `-v` are options; `-` and `--` and `-1` are none.\n" +
		"`--header-border=inline` and `-j=4` are options with values; `--x=` and `--x=a b` and `=a` are none.\n"
	_, got := markdownRead(src)
	if want := []string{"man", "stdout", "--height", "-v", "--header-border=inline", "-j=4"}; !reflect.DeepEqual(got, want) {
		t.Errorf("markdownRead code words = %q, want %q", got, want)
	}
}

// TestMarkdownYAMLComment checks that a comment of YAML metadata under a
// heading (Node.js's API pages) keeps its keys of plain values as items
// in their own words, a list's values joined, and that the keys holding
// mappings, and comments that are no YAML of keys, give nothing.
func TestMarkdownYAMLComment(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{
			name: "a version added",
			in:   "## `os.cpus()`\n\n<!-- YAML\nadded: v0.3.3\n-->\n\n* Returns: {Object\\[]}\n",
			want: []string{"os.cpus()", "added: v0.3.3", "Returns: {Object[]}"},
		},
		{
			name: "a list of versions, and a history of changes left out",
			in: "## `os.availableParallelism()`\n\n<!-- YAML\nadded:\n  - v19.4.0\n  - v18.14.0\nchanges:\n" +
				"  - version: v20.0.0\n    pr-url: https://github.com/nodejs/node/pull/1\n    description: Faster.\ndeprecated: v22.0.0\n-->\n\nReturns an estimate.\n",
			want: []string{"os.availableParallelism()", "added: v19.4.0, v18.14.0", "deprecated: v22.0.0", "Returns an estimate."},
		},
		{
			name: "other comments vanish",
			in:   "# Notes\n\n<!-- TODO: check this -->\n\n<!-- YAML -->\n\n<!-- YAML\njust text\n-->\n\nBody.\n",
			want: []string{"Notes", "Body."},
		},
	}
	for _, tt := range tests {
		if got := parsedFile(t, "api.md", []byte(tt.in), blockText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got blocks %q, want %q", tt.name, got, tt.want)
		}
	}
	doc, err := Parse("api.md", []byte(tests[0].in))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Blocks[1].Kind; got != KindItem {
		t.Errorf("the comment's line: got kind %v, want an item (%v)", got, KindItem)
	}
}

// TestMarkdownContents checks that a table of contents, a list or a
// paragraph made only of links to the page's own headings, is left out
// as one (Dropped.Why "table of contents"), and that a list linking
// elsewhere, or with words outside its links, is kept.
func TestMarkdownContents(t *testing.T) {
	tests := []struct {
		name, in      string
		kept, dropped []string
	}{
		{
			name: "a nested list of in-page links under a comment",
			in: "# Governance\n\n<!-- TOC -->\n\n* [Triagers](#triagers)\n* [Collaborators](#collaborators)\n" +
				"  * [Collaborator activities](#collaborator-activities)\n\n<!-- /TOC -->\n\n## Triagers\n\nTriagers assess new issues.\n",
			kept:    []string{"Governance", "Triagers", "Triagers assess new issues."},
			dropped: []string{"Triagers", "Collaborators", "Collaborator activities"},
		},
		{
			name: "paragraphs of one in-page link each, and links joined by bars",
			in: "# Guide\n\nIntro text of the guide.\n\n[Project Scope](#project-scope)\n\n[Style](#style) | [Review](#review)\n\n" +
				"## Project Scope\n\nCode should be pure Go.\n",
			kept:    []string{"Guide", "Intro text of the guide.", "Project Scope", "Code should be pure Go."},
			dropped: []string{"Project Scope", "Style | Review"},
		},
		{
			name: "links to other pages, and words beside an in-page link, are text",
			in: "# Releases\n\nThe releases are listed below.\n\n- [OpenSSL 3.0](https://openssl.org/3.0)\n- [OpenSSL 1.1.1](#openssl-111)\n\n" +
				"- See [Limits](#limits) for the caps.\n\n## Limits\n\nA key is at most 4 KB.\n",
			kept: []string{"Releases", "The releases are listed below.", "OpenSSL 3.0", "OpenSSL 1.1.1",
				"See Limits for the caps.", "Limits", "A key is at most 4 KB."},
		},
	}
	for _, tt := range tests {
		doc, err := Parse("guide.md", []byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := textsOf(doc.Blocks); !slices.Equal(got, tt.kept) {
			t.Errorf("%s: got blocks %q, want %q", tt.name, got, tt.kept)
		}
		var dropped []string
		for _, d := range doc.Dropped {
			if d.Why != whyContents {
				t.Errorf("%s: %q dropped as %q, want %q", tt.name, d.Text, d.Why, whyContents)
			}
			dropped = append(dropped, d.Text)
		}
		if !slices.Equal(dropped, tt.dropped) {
			t.Errorf("%s: got dropped %q, want %q", tt.name, dropped, tt.dropped)
		}
	}
}

// TestMarkdownCodeLabel checks that a lone lower-case label ending in a
// colon right over code ("e.g.:") is kept, as "For example:" is, and that
// the same word over prose is still dropped as page chrome.
func TestMarkdownCodeLabel(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{
			name: "over a quoted code block",
			in:   "# 1.22.0\n\nNow you need a blank import to enable zstd.\n\ne.g.:\n> ```go\n> import (\n>   _ \"promhttp/zstd\"\n> )\n> ```\n\n* The Go version is now 1.22.\n",
			want: []string{"1.22.0", "Now you need a blank import to enable zstd.", "e.g.:", "import (", `_ "promhttp/zstd"`, "The Go version is now 1.22."},
		},
		{
			name: "over prose",
			in:   "# 1.22.0\n\nNow you need a blank import to enable zstd.\n\ne.g.:\n\nThe Go version is now 1.22.\n",
			want: []string{"1.22.0", "Now you need a blank import to enable zstd.", "The Go version is now 1.22."},
		},
	}
	for _, tt := range tests {
		if got := parsedFile(t, "CHANGELOG.md", []byte(tt.in), blockText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got blocks %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestExponentMark checks that a superscript of digits set right after a
// digit, in Markdown's inline HTML or in a web page, reads as a power's
// exponent ("2<sup>16</sup>" → "2^16", roaring's README), and that an
// ordinal's letters and a superscript after a word are left as they were
// read.
func TestExponentMark(t *testing.T) {
	tests := []struct {
		name, file, in, want string
	}{
		{"markdown power", "a.md", "# Bitmaps\n\nIt divides the data into chunks of 2<sup>16</sup> integers.\n", "It divides the data into chunks of 2^16 integers."},
		{"markdown negative power", "a.md", "# Units\n\nThe scale goes down to 10<sup>-3</sup> metres.\n", "The scale goes down to 10^-3 metres."},
		{"markdown ordinal", "a.md", "# Rows\n\nThe 1<sup>st</sup> row holds the names.\n", "The 1st row holds the names."},
		{"markdown after a word", "a.md", "# Notes\n\nThe mark<sup>2</sup> stays as it was.\n", "The mark2 stays as it was."},
		{"html power", "a.html", "<html><body><h1>Bitmaps</h1><p>It divides the data into chunks of 2<sup>16</sup> integers.</p></body></html>", "It divides the data into chunks of 2^16 integers."},
		{"html ordinal", "a.html", "<html><body><h1>Rows</h1><p>The 1<sup>st</sup> row holds the names.</p></body></html>", "The 1st row holds the names."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(tt.file, []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if !hasLine(doc.Body, tt.want) {
				t.Errorf("got body %q, want a line %q", doc.Body, tt.want)
			}
		})
	}
}

// TestMarkdownBoldHeadings checks that a top-level paragraph wholly in
// bold that asks a question or is a short label is a heading, a
// subsection of the heading above it, and that a bold sentence, a bold
// lead-in, a paragraph partly bold and a bold list item are not.
func TestMarkdownBoldHeadings(t *testing.T) {
	src := "**General Questions**\n\nThe project is a community.\n\n" +
		"**Can software packages be conformant?**\n\nNo. The program is conformant.\n\n" +
		"## Process\n\n**Pilot Project**\n\nA pilot comes first.\n\n" +
		"**This is a bold sentence.**\n\n**We work on four principles:**\n\n" +
		"**Note** that this is partly bold.\n\n- **Item label**\n"
	bs, _ := markdownRead(src)
	var got []string
	for _, b := range bs {
		s := b.text
		if b.kind == KindHeading {
			s = fmt.Sprintf("h%d %s", b.level, s)
		}
		got = append(got, s)
	}
	want := []string{"h2 General Questions", "The project is a community.",
		"h2 Can software packages be conformant?", "No. The program is conformant.",
		"h2 Process", "h3 Pilot Project", "A pilot comes first.",
		"This is a bold sentence.", "We work on four principles:",
		"Note that this is partly bold.", "Item label"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("markdownRead blocks =\n%q\nwant\n%q", got, want)
	}
}
