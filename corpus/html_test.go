package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestHTMLBlocks(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "a furniture class on a wrapper holding the article is not skipped",
			in: `<body><div class="post has-comments"><p>Officials met in Madrid on Sunday to discuss trade and chips.</p>
<p>The talks will go on until Wednesday, officials said.</p><div class="comments">Nice!</div></div></body>`,
			want: "Officials met in Madrid on Sunday to discuss trade and chips.\nThe talks will go on until Wednesday, officials said.",
		},
		{
			name: "hidden, aria-hidden, display:none and role=navigation are skipped",
			in: `<body><p>Officials met in Madrid.</p><p aria-hidden="true">Hidden one.</p><p style="display: none">Hidden two.</p>
<div role="navigation">Menu here.</div><p>They talked.</p></body>`,
			want: "Officials met in Madrid.\nThey talked.",
		},
		{
			name: "footnote marks and links back to them are left out (pandoc, markdown-it)",
			in: `<body><p>The harbour master signs every permit<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>. Fees are paid<sup class="footnote-ref"><a href="#fn2" id="fnref2">[2]</a></sup> in March.</p>
<section class="footnotes" role="doc-endnotes"><hr /><ol><li id="fn1"><p>The deputy signs when the harbour master is away.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
<li id="fn2"><p>Winter has no lifeguard. <a href="#fnref2" class="footnote-backref">↩︎</a></p></li></ol></section></body>`,
			want: "The harbour master signs every permit. Fees are paid in March.\nThe deputy signs when the harbour master is away.\nWinter has no lifeguard.",
		},
		{
			name: "footnote marks classed footnote-reference and links back to them are left out (pulldown-cmark, docutils)",
			in: `<body><p>The harbour master signs every permit.<sup class="footnote-reference" id="fr-deputy-1"><a href="#footnote-deputy">1</a></sup> Fees are paid<a class="footnote-reference brackets" href="#id2" id="id1">2</a> in March.</p>
<ol class="footnote-definition"><li id="footnote-deputy"><p>The deputy signs when the harbour master is away. <a href="#fr-deputy-1">↩</a></p></li></ol>
<div class="footnote" id="id2"><p>Winter has no lifeguard.</p></div></body>`,
			want: "The harbour master signs every permit. Fees are paid in March.\nThe deputy signs when the harbour master is away.\nWinter has no lifeguard.",
		},
		{
			name: "several articles: the body is read",
			in:   `<body><article><p>First story here.</p></article><article><p>Second story here.</p></article></body>`,
			want: "First story here.\nSecond story here.",
		},
		{
			name: "main is preferred to the body",
			in:   `<body><div>Site-wide banner text goes here.</div><main><p>Officials met in Madrid.</p></main></body>`,
			want: "Officials met in Madrid.",
		},
		{
			name: "pre keeps its lines, list items and a line break inside one",
			in:   "<body><pre>a := 1\n\nb := 2</pre><ul><li>one<br>two</li></ul></body>",
			want: "a := 1\nb := 2\none\ntwo",
		},
		{
			name: "a date is a word of its own; a caption that is not a sentence is dropped",
			in:   `<p>Jane Doe<time>09/14/2025</time></p><figure><figcaption>Flags in Geneva</figcaption></figure><figure><figcaption>Bessent spoke in Madrid on Sunday.</figcaption></figure>`,
			want: "Jane Doe 09/14/2025\nFlags in Geneva\nBessent spoke in Madrid on Sunday.",
		},
		{
			name: "a table laid out as the page's regions is read as its flow, its cell of links left out",
			in: `<body><table><tr><td><h1>Harbour guide</h1></td></tr></table>
<table><tr><td><ul><li><a href="index.html">Home</a></li><li><a href="fees.html">Fees</a>, <a href="fees.txt">text</a></li></ul></td>
<td><h2>Permits</h2><p>The harbour master signs every <a href="permit.html">permit</a>.</p><p>Fees are paid in March.</p></td></tr></table></body>`,
			want: "Harbour guide\nPermits\nThe harbour master signs every permit.\nFees are paid in March.",
		},
		{
			name: "a navigation line linking the page's neighbours (Texinfo) is left out, a line of links and labels without them is not",
			in: `<body><div class="header"><p>Next: <a href="Fees.html" accesskey="n" rel="next">Fees</a>, Previous: <a href="Berths.html" rel="prev">Berths</a>, Up: <a href="index.html" rel="up">Harbour</a> &nbsp; [<a href="Index.html" rel="index">Index</a>]</p></div>
<h2>3 Permits</h2><p>The harbour master signs every permit.</p><p>See: <a href="Fees.html" rel="next">Fees</a> for what to pay.</p><p>See: <a href="Fees.html">Fees</a></p></body>`,
			want: "3 Permits\nThe harbour master signs every permit.\nSee: Fees for what to pay.\nSee: Fees",
		},
		{
			name: "a table of one column whose cell holds a list is read as its flow",
			in: `<body><table><tr><td><ol><li>Where are permits signed?<p>At the harbour office.</p></li>
<li>When are fees paid?<p>In March.</p></li></ol></td></tr></table></body>`,
			want: "Where are permits signed?\nAt the harbour office.\nWhen are fees paid?\nIn March.",
		},
		{
			name: "a table of data whose cell holds a list stays a table",
			in: `<body><table><tr><th>Permit</th><th>Signed by</th></tr>
<tr><td>Mooring</td><td><ul><li>the harbour master</li><li>the deputy</li></ul></td></tr></table></body>`,
			want: "Permit; Signed by\nMooring; the harbour master the deputy",
		},
		{
			name: "inline markup joins, entities decode",
			in:   "<p>Tari<b>ffs</b> &amp; chips&nbsp;rose</p>",
			want: "Tariffs & chips rose",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs, _ := htmlBlocks(tt.in)
			got := ""
			for i, b := range bs {
				if i > 0 {
					got += "\n"
				}
				got += b.text
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHTMLDeep checks pages nested deeper than the tree parser accepts.
func TestHTMLDeep(t *testing.T) {
	in := "<html><head><title>Deep page</title><meta property=\"og:site_name\" content=\"Site\"></head><body>" +
		"<nav>Home</nav><p>Officials met in Madrid.</p><script>var x = 1;</script>" +
		strings.Repeat("<div>", 600) + "The talks went on late into the night.<br>They resumed on Monday in Madrid." + strings.Repeat("</div>", 600) + "</body></html>"
	doc, err := Parse("deep.html", []byte(in))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if want := "Officials met in Madrid.\nThe talks went on late into the night.\nThey resumed on Monday in Madrid."; doc.Body != want {
		t.Errorf("body: got %q, want %q", doc.Body, want)
	}
	if doc.Title != "Deep page" || doc.Publisher != "Site" {
		t.Errorf("title, publisher: got %q, %q, want %q, %q", doc.Title, doc.Publisher, "Deep page", "Site")
	}
}

// TestHTMLAuthorHeadings reads a DocBook title page: its authors, set as
// <h3 class="author">, are the byline (the first the publisher), not
// headings of sections; a heading of another class, and an author-bio
// paragraph, stay as they are.
func TestHTMLAuthorHeadings(t *testing.T) {
	in := `<html><head><title>Users and Groups</title></head><body><div class="titlepage"><h1 class="title">Users and Groups</h1>` +
		`<h3 class="AUTHOR"><a name="a6"></a>Joey Hess</h3><h3 class="author">Colin Watson</h3>` +
		`<p class="copyright">Copyright © 2001, 2002 Joey Hess</p></div>` +
		`<h2 class="sect1">Introduction</h2><p>The base-passwd package holds the master versions of the files.</p>` +
		`<p class="author-bio">Colin Watson maintains the package for Debian.</p></body></html>`
	doc, err := Parse("users.html", []byte(in))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, fmt.Sprintf("%d %s | %s", b.Kind, b.Text, b.Section))
	}
	want := []string{"1 Users and Groups | ", "0 Copyright © 2001, 2002 Joey Hess | ", "1 Introduction | Introduction",
		"0 The base-passwd package holds the master versions of the files. | Introduction",
		"0 Colin Watson maintains the package for Debian. | Introduction"}
	if !slices.Equal(got, want) {
		t.Errorf("blocks: got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if doc.Publisher != "Joey Hess" {
		t.Errorf("publisher: got %q, want %q", doc.Publisher, "Joey Hess")
	}
}

// TestHTMLNestedItems checks that an item of a nested HTML list knows its
// nearest parent item, as a Markdown one does, and that the items of the
// outer list and a paragraph in no list know none.
func TestHTMLNestedItems(t *testing.T) {
	in := `<html><body><p>Bleve has many features for search.</p><ul><li>Hybrid search: exact + semantic<ul>` +
		`<li>Supports RRF and RSF<ol><li>RRF by default</li></ol></li><li>Scores are fused</li></ul></li>` +
		`<li>Query time boosting</li></ul></body></html>`
	doc, err := Parse("nest.html", []byte(in))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, fmt.Sprintf("%d %s < %s", b.Kind, b.Text, b.Parent))
	}
	want := []string{"0 Bleve has many features for search. < ", "2 Hybrid search: exact + semantic < ",
		"2 Supports RRF and RSF < Hybrid search: exact + semantic", "2 RRF by default < Supports RRF and RSF",
		"2 Scores are fused < Hybrid search: exact + semantic", "2 Query time boosting < "}
	if !slices.Equal(got, want) {
		t.Errorf("blocks: got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestHTMLMeta(t *testing.T) {
	tests := []struct {
		name, in               string
		title, publisher, date string
	}{
		{"og tags", `<head><meta property="og:title" content="OG"><meta property="og:site_name" content="Site"><meta property="article:published_time" content="2025-09-14T10:00:00+02:00"><title>T | Site</title></head>`,
			"OG", "Site", "2025-09-14"},
		{"title without site name", `<head><title>Talks in Madrid | Site</title><meta property="og:site_name" content="Site"></head>`,
			"Talks in Madrid", "Site", ""},
		{"site name first", `<head><title>Site – Talks in Madrid</title><meta property="og:site_name" content="Site"></head>`,
			"Talks in Madrid", "Site", ""},
		{"short tail dropped without site name", `<head><title>Talks in Madrid resume - DW</title></head>`,
			"Talks in Madrid resume", "", ""},
		{"hyphenated title kept", `<head><title>US-China talks</title></head>`,
			"US-China talks", "", ""},
		{"content h1 wins over title", `<head><title>Page</title></head><body><header><h1>Site</h1></header><article><h1>Story</h1><p>Text.</p></article></body>`,
			"Story", "", ""},
		{"author URL ignored, name kept", `<head><meta property="article:author" content="https://x.org/jane"><meta name="author" content="Jane Doe"><meta name="date" content="2025-09-14"></head>`,
			"", "Jane Doe", "2025-09-14"},
		{"time element", `<body><p>Posted <time datetime="2025-09-14T08:00:00Z">Sunday</time></p></body>`,
			"", "", "2025-09-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, m := htmlBlocks(tt.in)
			if got := m.docTitle(); got != tt.title {
				t.Errorf("title: got %q, want %q", got, tt.title)
			}
			if got := m.publisher(); got != tt.publisher {
				t.Errorf("publisher: got %q, want %q", got, tt.publisher)
			}
			if got := m.date(); got != tt.date {
				t.Errorf("date: got %q, want %q", got, tt.date)
			}
		})
	}
}

// TestHTMLOffice reads a policy saved as HTML by LibreOffice
// (testdata/make/make.sh): its title is <title>, not the first of its
// many <h1>s; its contents, running header and footer are left out; its
// footnote and endnote marks are not glued to words; its merged cells
// fill the columns and rows they span.
func TestHTMLOffice(t *testing.T) {
	doc := parseFixture(t, "testdata/html/loan-policy.html")
	if want := "Harbour Office Equipment Loan Policy"; doc.Title != want {
		t.Errorf("title: got %q, want %q", doc.Title, want)
	}
	tests := []struct {
		text string
		want bool
	}{
		{"The equipment store is run by the facilities team and is open on weekdays from nine to four.", true},
		{"The facilities team sits on the ground floor of the east wing.", true},
		{"Replacement costs are reviewed every April by the finance office.", true},
		{"The borrower pays nothing for fair wear, but a lost item is charged to the borrower's team at its replacement cost.", true},
		{"team1", false},
		{"1The facilities", false},
		{"cost.i", false},
		{"2.2 Loan periods 3", false},
		{"Equipment Loan Policy · 2026", false},
		{"Page 2 of 2", false},
	}
	for _, tt := range tests {
		if got := strings.Contains(doc.Body, tt.text); got != tt.want {
			t.Errorf("body holds %q: got %v, want %v", tt.text, got, tt.want)
		}
	}
	// Merged cells: a header of two rows, "Longest loan" spanning two
	// columns; a cell spanning two columns, one spanning two rows.
	rows := map[string]bool{}
	for _, b := range doc.Blocks {
		if b.Kind == KindRow {
			rows[strings.Join(b.Cells, " | ")+" ‖ "+strings.Join(b.Header, " | ")] = true
		}
	}
	for _, want := range []string{
		"Equipment | Longest loan Staff | Longest loan Visitors ‖ ",
		"Drone | 3 days | 3 days ‖ Equipment | Longest loan Staff | Longest loan Visitors",
		"Echo sounder | with a survey permit | not lent ‖ Equipment | Longest loan Staff | Longest loan Visitors",
	} {
		if !rows[want] {
			t.Errorf("missing row %q; got %v", want, rows)
		}
	}
	if t.Failed() {
		t.Logf("body:\n%s", doc.Body)
	}
}

// TestLibreOfficeFrames checks that the text frames LibreOffice saves
// inside a paragraph neither cut it nor are lost: the paragraph reads
// whole, even where the frame was anchored mid-word, and the frame's text
// follows it as a block of its own. The page is made by
// testdata/make/make.sh from store-notice.fodt.
func TestLibreOfficeFrames(t *testing.T) {
	doc := parseFixture(t, "testdata/html/store-notice.html")
	got := textsOf(doc.Blocks)
	want := []string{
		"Equipment Store Notice",
		"The equipment store moves to the ground floor of the east wing in April, next to the main door.",
		"Lost a key card? Call security on extension 4400 at any hour.",
		"The store opens at ten on weekdays and closes at four, except on bank holidays.",
		"Drysuits are checked every Monday by the dive officer.",
		"Boat crews who need equipment before ten ring the duty officer, who opens the store on request.",
		"Opening hours may change in the summer, when the store also opens on Saturdays.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("blocks: got %q, want %q", got, want)
	}
}

func TestLiftFrames(t *testing.T) {
	const lo = `<html><head><meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/></head><body>`
	frame := `<span id="Frame1" style="float: right; width: 1.58in"><p>Box.</p></span>`
	tests := []struct {
		name, in, want string
	}{
		{
			name: "a frame in a paragraph goes after it",
			in:   lo + `<p>The store opens at ten o` + frame + `n weekdays.</p><p>Next.</p>`,
			want: lo + `<p>The store opens at ten on weekdays.</p>` + frame + `<p>Next.</p>`,
		},
		{
			name: "a paragraph ended by the next one",
			in:   lo + `<p>One ` + frame + `two<p>Next.</p>`,
			want: lo + `<p>One two` + frame + `<p>Next.</p>`,
		},
		{
			name: "a frame holding a frame moves whole",
			in:   lo + `<p>A<span id="F2" style="float:left"><span id="F3" style="float:left">x</span></span>b</p>`,
			want: lo + `<p>Ab</p><span id="F2" style="float:left"><span id="F3" style="float:left">x</span></span>`,
		},
		{
			name: "a span with no float stays",
			in:   lo + `<p>A <span id="x">b</span> c</p>`,
			want: lo + `<p>A <span id="x">b</span> c</p>`,
		},
		{
			name: "a frame outside a paragraph stays",
			in:   lo + `<div id="Frame4" style="position: absolute; top: 0in">Box.</div><p>A.</p>`,
			want: lo + `<div id="Frame4" style="position: absolute; top: 0in">Box.</div><p>A.</p>`,
		},
		{
			name: "a page LibreOffice did not save is left alone",
			in:   `<html><body><p>The store opens at ten o` + frame + `n weekdays.</p>`,
			want: `<html><body><p>The store opens at ten o` + frame + `n weekdays.</p>`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := liftFrames(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHTMLFAQSections checks that the question of an FAQ entry, a
// <summary> or a <dt> with <dd>s after it, heads its answer one level
// below the section it stands in, and that its section ends with the
// answer.
func TestHTMLFAQSections(t *testing.T) {
	kinds := map[BlockKind]string{KindParagraph: "p", KindHeading: "h", KindItem: "li"}
	tests := []struct {
		name, in string
		want     []string // "kind | section | text" per block
	}{
		{
			name: "details: the summary heads the rest, the text after it is outside",
			in: `<h1>Help</h1><details><summary>Do you offer refunds?</summary><p>We refund unused months within 30 days.</p><p>Refunds reach your card in five days.</p></details>
<p>Write to us for anything else.</p>`,
			want: []string{"h |  | Help", "h | Do you offer refunds? | Do you offer refunds?",
				"p | Do you offer refunds? | We refund unused months within 30 days.",
				"p | Do you offer refunds? | Refunds reach your card in five days.",
				"p |  | Write to us for anything else."},
		},
		{
			name: "details under an h2, one nested in another's answer, the paragraph after the list under the h2",
			in: `<h1>Help</h1><h2>Billing</h2><details><summary>Do you offer refunds?</summary><p>We refund unused months within 30 days.</p>
<details><summary><strong>And for yearly plans?</strong></summary><p>Yearly plans are refunded pro rata.</p></details><p>Refunds reach your card in five days.</p></details>
<details><summary>Can I pay by invoice?</summary><div>Invoices are available on the business plan.</div></details>
<p>Prices include sales tax.</p><h2>Support</h2><p>Write to us at any time of the day.</p>`,
			want: []string{"h |  | Help", "h | Billing | Billing",
				"h | Billing › Do you offer refunds? | Do you offer refunds?",
				"p | Billing › Do you offer refunds? | We refund unused months within 30 days.",
				"h | Billing › Do you offer refunds? › And for yearly plans? | And for yearly plans?",
				"p | Billing › Do you offer refunds? › And for yearly plans? | Yearly plans are refunded pro rata.",
				"p | Billing › Do you offer refunds? | Refunds reach your card in five days.",
				"h | Billing › Can I pay by invoice? | Can I pay by invoice?",
				"p | Billing › Can I pay by invoice? | Invoices are available on the business plan.",
				"p | Billing | Prices include sales tax.",
				"h | Support | Support", "p | Support | Write to us at any time of the day."},
		},
		{
			name: "details with an h3 summary and one without a summary",
			in: `<h1>Help</h1><h2>Billing</h2><details><summary><h3>Do you offer refunds?</h3></summary><p>We refund unused months.</p></details>
<details><p>Prices include sales tax.</p></details>`,
			want: []string{"h |  | Help", "h | Billing | Billing",
				"h | Billing › Do you offer refunds? | Do you offer refunds?",
				"p | Billing › Do you offer refunds? | We refund unused months.",
				"p | Billing | Prices include sales tax."},
		},
		{
			name: "a heading inside an answer ends with it",
			in: `<h1>Help</h1><h2>Billing</h2><details><summary>Do you offer refunds?</summary><p>We refund unused months.</p>
<h2>Exceptions</h2><p>Gift cards are never refunded.</p></details><p>Prices include sales tax.</p>`,
			want: []string{"h |  | Help", "h | Billing | Billing",
				"h | Billing › Do you offer refunds? | Do you offer refunds?",
				"p | Billing › Do you offer refunds? | We refund unused months.",
				"h | Exceptions | Exceptions", "p | Exceptions | Gift cards are never refunded.",
				"p | Billing | Prices include sales tax."},
		},
		{
			name: "accordions by the ARIA disclosure pattern: a button with aria-expanded whose aria-controls names the next element",
			in: `<h1>Help</h1><h2>Billing</h2><div class="faq"><button aria-expanded="true" aria-controls="a1">Do you offer refunds?</button><div id="a1">We refund unused months within 30 days.</div>
<h3><button type="button" aria-expanded="false" aria-controls="a2" id="q2">Can I pay by invoice?</button></h3><div id="a2" role="region" aria-labelledby="q2" hidden><p>Invoices are available on the business plan.</p></div>
<div class="card-header"><h5><button data-toggle="collapse" aria-expanded="false" aria-controls="a3"><svg><title>open</title></svg>Is there a phone line?</button></h5></div><div id="a3" class="collapse"><div>Call 555 0100 for urgent problems.</div></div></div>
<p>Prices include sales tax in every country we serve.</p>`,
			want: []string{"h |  | Help", "h | Billing | Billing",
				"h | Billing › Do you offer refunds? | Do you offer refunds?",
				"p | Billing › Do you offer refunds? | We refund unused months within 30 days.",
				"h | Billing › Can I pay by invoice? | Can I pay by invoice?",
				"p | Billing › Can I pay by invoice? | Invoices are available on the business plan.",
				"h | Billing › Is there a phone line? | Is there a phone line?",
				"p | Billing › Is there a phone line? | Call 555 0100 for urgent problems.",
				"p | Billing | Prices include sales tax in every country we serve."},
		},
		{
			name: "buttons that control no next element, or say nothing of being expanded, stay out",
			in: `<h1>Help</h1><h2>Billing</h2><button aria-controls="a1">Copy the address</button><div id="a1">Invoices go to billing@example.org by email.</div>
<button aria-expanded="false" aria-controls="menu">Show the menu</button><div id="a2">Refunds reach your card in five days.</div>
<button aria-expanded="false" aria-controls="a3">Show more</button><div id="a3" aria-hidden="true">A hidden panel is never read.</div>`,
			want: []string{"h |  | Help", "h | Billing | Billing",
				"p | Billing | Invoices go to billing@example.org by email.",
				"p | Billing | Refunds reach your card in five days."},
		},
		{
			name: "dl: each dt heads its dds, a dt without a dd stays an item, the text after the list is outside",
			in: `<h1>Help</h1><h2>Support</h2><dl><dt>Support hours</dt><dd>Our team answers tickets from 8:00 to 18:00 on weekdays.</dd>
<dt>Phone</dt> <dd>Call 555 0100 for urgent problems.</dd> <!-- recorded --> <dd>Calls are recorded for training.</dd>
<div><dt>Written questions</dt><dd>Write to help@example.org at any time.</dd></div>
<dt>Glossary</dt><dt>Refund terms</dt><dd hidden>Hidden.</dd><dt>Front desk<br>opening hours</dt><dd>Nine to five.</dd></dl><p>Tickets sent at the weekend are answered on Monday.</p>`,
			want: []string{"h |  | Help", "h | Support | Support",
				"h | Support › Support hours | Support hours",
				"li | Support › Support hours | Our team answers tickets from 8:00 to 18:00 on weekdays.",
				"h | Support › Phone | Phone",
				"li | Support › Phone | Call 555 0100 for urgent problems.",
				"li | Support › Phone | Calls are recorded for training.",
				"h | Support › Written questions | Written questions",
				"li | Support › Written questions | Write to help@example.org at any time.",
				"li | Support | Glossary", "li | Support | Refund terms",
				"li | Support | Front desk", "li | Support | opening hours", "li | Support | Nine to five.",
				"p | Support | Tickets sent at the weekend are answered on Monday."},
		},
		{
			name: "dl: the dts of one group (an option's short and long forms) head its dds together, set apart by a comma",
			in: `<h1>Help</h1><h2>Options</h2><dl><dt><code>-p</code> <em>spec</em></dt>
<dt><code>--package</code> <em>spec</em></dt><dd><p>Clean only the given packages.</p></dd>
<dt><code>--doc</code></dt><dd><p>Clean only the documentation.</p></dd></dl>`,
			want: []string{"h |  | Help", "h | Options | Options",
				"h | Options › -p spec, --package spec | -p spec, --package spec",
				"p | Options › -p spec, --package spec | Clean only the given packages.",
				"h | Options › --doc | --doc",
				"p | Options › --doc | Clean only the documentation."},
		},
		{
			name: "a list item opening with a line in emphasis over paragraphs: the line heads the rest of the item",
			in: `<h1>Help</h1><h2>Billing</h2><ol><li><em>Refunds are refused for yearly plans</em><p>Yearly plans are refunded pro rata.</p><p>Write to billing@example.org first.</p></li>
<li><strong>Can I pay by invoice?</strong> <p>Invoices are available on the business plan.</p></li>
<li><em>Monthly plans</em> <a href="renew.html">renew</a> on the first day of the month.</li><li>Gift cards and <em>vouchers</em><p>They are kept for a year.</p></li><li>Gift cards are never refunded.</li></ol><p>Prices include sales tax.</p>`,
			want: []string{"h |  | Help", "h | Billing | Billing",
				"h | Billing › Refunds are refused for yearly plans | Refunds are refused for yearly plans",
				"p | Billing › Refunds are refused for yearly plans | Yearly plans are refunded pro rata.",
				"p | Billing › Refunds are refused for yearly plans | Write to billing@example.org first.",
				"h | Billing › Can I pay by invoice? | Can I pay by invoice?",
				"p | Billing › Can I pay by invoice? | Invoices are available on the business plan.",
				"li | Billing | Monthly plans renew on the first day of the month.",
				"li | Billing | Gift cards and vouchers", "p | Billing | They are kept for a year.",
				"li | Billing | Gift cards are never refunded.",
				"p | Billing | Prices include sales tax."},
		},
		{
			name: "a one-word heading that is an interface word heads the kept text under it (mail addresses are contact details), over none it stays out",
			in: `<h1>Contact us</h1><h2>Phone numbers</h2><ul><li>Repairs line: 0300 555 0182</li></ul>
<h2>Email</h2><ul><li>General questions: hello@example.org</li><li>Complaints: complaints@example.org</li></ul><p>We answer emails within three working days.</p>
<h2>Share</h2><h2>Our offices</h2><p>The Mill Street office opens on weekdays.</p>`,
			want: []string{"h |  | Contact us", "h | Phone numbers | Phone numbers", "li | Phone numbers | Repairs line: 0300 555 0182",
				"h | Email | Email", "li | Email | General questions: hello@example.org", "li | Email | Complaints: complaints@example.org",
				"p | Email | We answer emails within three working days.",
				"h | Our offices | Our offices", "p | Our offices | The Mill Street office opens on weekdays."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("faq.html", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range doc.Blocks {
				got = append(got, kinds[b.Kind]+" | "+b.Section+" | "+b.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestHTMLCodeWords checks that an HTML page's one-word <code> elements
// are its code words, each once, as a Markdown file's code spans are,
// leaving out <pre> blocks and code of more than one word; and that the
// HTML of a Markdown file gives its <code> words too.
func TestHTMLCodeWords(t *testing.T) {
	tests := []struct {
		name, path, in string
		want           []string
	}{
		{
			name: "a page",
			path: "console.html",
			in: "<html><body><h1>Console</h1><p>Creates a new <code>Console</code>. <code>stdout</code> is a writable stream; " +
				"<code>stdout</code> again, <code>new Console(out)</code>.</p><pre><code>man</code></pre></body></html>",
			want: []string{"Console", "stdout"},
		},
		{
			name: "HTML in Markdown",
			path: "notes.md",
			in:   "# Notes\n\nUse `grep` here.\n\n<p>The <code>man</code> command reads pages.</p>\n",
			want: []string{"grep", "man"},
		},
	}
	for _, tt := range tests {
		doc, err := Parse(tt.path, []byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(doc.CodeWords, tt.want) {
			t.Errorf("%s: got code words %q, want %q", tt.name, doc.CodeWords, tt.want)
		}
	}
}
