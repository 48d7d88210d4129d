package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestFillMerged(t *testing.T) {
	const (
		down  = mergedDown
		right = mergedRight
	)
	tests := []struct {
		name         string
		cells, above []string
		marks        []mergeMark
		want         []string
	}{
		{
			name:  "a cell of its own keeps its text, empty or not",
			cells: []string{"a", ""}, above: []string{"x", "y"},
			marks: []mergeMark{0, 0},
			want:  []string{"a", ""},
		},
		{
			name:  "merged down: the cell above",
			cells: []string{"a", ""}, above: []string{"x", "y"},
			marks: []mergeMark{0, down},
			want:  []string{"a", "y"},
		},
		{
			name:  "spanned: the cell before, itself filled first",
			cells: []string{"", "", "c"}, above: []string{"x", "y", "z"},
			marks: []mergeMark{down, right, 0},
			want:  []string{"x", "x", "c"},
		},
		{
			name:  "merged down and spanned: the cell above where there is one",
			cells: []string{"a", ""}, above: []string{"x", "y"},
			marks: []mergeMark{0, down | right},
			want:  []string{"a", "y"},
		},
		{
			name:  "merged down and spanned with no row above: the cell before",
			cells: []string{"a", ""}, above: nil,
			marks: []mergeMark{0, down | right},
			want:  []string{"a", "a"},
		},
		{
			name:  "a marked cell that holds text keeps it",
			cells: []string{"a", "b"}, above: []string{"x", "y"},
			marks: []mergeMark{0, down | right},
			want:  []string{"a", "b"},
		},
		{
			name:  "the first cell spans nothing",
			cells: []string{"", "b"}, above: nil,
			marks: []mergeMark{right},
			want:  []string{"", "b"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(tt.cells)
			fillMerged(got, tt.above, tt.marks)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// gridCell is a cell given to tableGrid.add.
type gridCell struct {
	text       string
	cols, rows int
	down       bool
}

func TestTableGrid(t *testing.T) {
	tests := []struct {
		name string
		rows [][]gridCell
		want [][]string
	}{
		{
			name: "cells of their own",
			rows: [][]gridCell{{{"a", 1, 1, false}, {"b", 1, 1, false}}, {{"c", 1, 1, false}, {"d", 1, 1, false}}},
			want: [][]string{{"a", "b"}, {"c", "d"}},
		},
		{
			name: "a cell spanning columns fills each (colspan, gridSpan)",
			rows: [][]gridCell{{{"3 days", 2, 1, false}, {"x", 1, 1, false}}},
			want: [][]string{{"3 days", "3 days", "x"}},
		},
		{
			name: "a cell spanning rows fills its column below (rowspan)",
			rows: [][]gridCell{
				{{"a", 1, 1, false}, {"Echo sounder", 1, 3, false}, {"b", 1, 1, false}},
				{{"c", 1, 1, false}, {"d", 1, 1, false}},
				{{"e", 1, 1, false}, {"f", 1, 1, false}},
				{{"g", 1, 1, false}, {"h", 1, 1, false}},
			},
			want: [][]string{{"a", "Echo sounder", "b"}, {"c", "Echo sounder", "d"}, {"e", "Echo sounder", "f"}, {"g", "h"}},
		},
		{
			name: "a cell spanning rows and columns",
			rows: [][]gridCell{{{"big", 2, 2, false}, {"a", 1, 1, false}}, {{"b", 1, 1, false}}},
			want: [][]string{{"big", "big", "a"}, {"big", "big", "b"}},
		},
		{
			name: "a spanning cell at the end of a row is carried into the next",
			rows: [][]gridCell{{{"a", 1, 1, false}, {"last", 1, 2, false}}, {{"b", 1, 1, false}}},
			want: [][]string{{"a", "last"}, {"b", "last"}},
		},
		{
			name: "a cell going on from the one above takes its text, not its own (vMerge)",
			rows: [][]gridCell{
				{{"Echo sounder", 1, 1, false}, {"a", 1, 1, false}},
				{{"stray", 1, 1, true}, {"b", 1, 1, false}},
				{{"", 1, 1, true}, {"c", 1, 1, false}},
			},
			want: [][]string{{"Echo sounder", "a"}, {"Echo sounder", "b"}, {"Echo sounder", "c"}},
		},
		{
			name: "a cell going on from above over two columns takes each column's cell",
			rows: [][]gridCell{{{"x", 1, 1, false}, {"y", 1, 1, false}}, {{"", 2, 1, true}}},
			want: [][]string{{"x", "y"}, {"x", "y"}},
		},
		{
			name: "a cell going on from above where no row reached its column is empty",
			rows: [][]gridCell{{{"x", 1, 1, false}}, {{"a", 1, 1, false}, {"", 1, 1, true}}},
			want: [][]string{{"x"}, {"a", ""}},
		},
		{
			name: "a cell spanning rows over a short row waits for its column",
			rows: [][]gridCell{{{"a", 1, 1, false}, {"b", 1, 2, false}}, {}, {{"c", 1, 1, false}, {"d", 1, 1, false}}},
			want: [][]string{{"a", "b"}, nil, {"c", "b", "d"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g tableGrid
			for i, row := range tt.rows {
				for _, c := range row {
					g.add(c.text, c.cols, c.rows, c.down)
				}
				if got := g.endRow(); !slices.Equal(got, tt.want[i]) {
					t.Errorf("row %d: got %q, want %q", i, got, tt.want[i])
				}
			}
		})
	}
}

// TestHTMLSpannedCells checks that the HTML reader writes a cell
// spanning columns (colspan) once in its row's text, as the Word reader
// does (TestDOCXSpannedCells), also in the rows below when it spans rows
// too (rowspan), unless the header names its columns apart (a column
// past the header's cells is named by none).
func TestHTMLSpannedCells(t *testing.T) {
	got := parsedKind(t, "a.html", []byte(`<html><body><h1>Course</h1>`+
		`<table><tr><td>Instructor:</td><td colspan="3">Hayley Boyce</td></tr><tr><td>Phone:</td><td>n/a</td><td>Office:</td><td>ICCS 215</td></tr></table>`+
		`<table><tr><th colspan="2">Place</th><th>Mon</th></tr><tr><td colspan="2" rowspan="2">Room 4</td><td>9:00</td></tr><tr><td>11:00</td></tr></table>`+
		`<table><tr><th>Equipment</th><th>Staff</th><th>Visitors</th></tr><tr><td>Drone</td><td colspan="2">3 days</td></tr><tr><td>Boat</td><td>1 day</td><td colspan="3">2 days</td></tr></table>`+
		`</body></html>`), KindRow)
	want := []string{
		"Instructor:; Hayley Boyce", "Phone:; n/a; Office:; ICCS 215",
		"Place; Mon", "Room 4; 9:00", "Room 4; 11:00",
		"Equipment; Staff; Visitors", "Drone; 3 days; 3 days", "Boat; 1 day; 2 days",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows:\ngot  %q\nwant %q", got, want)
	}
}

// TestCutTableLabel checks which lines open with a table's label.
func TestCutTableLabel(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"Table 1: Key figures for 2025.", "Key figures for 2025.", true},
		{"Table 2.3. Weekly rents", "Weekly rents", true},
		{"Table 4. Fees", "Fees", true},
		{"Table A – Opening hours", "Opening hours", true},
		{"Table 12 - Staff", "Staff", true},
		{"Table 1:", "Table 1:", false},
		{"Table tennis: a sport", "Table tennis: a sport", false},
		{"Table of contents", "Table of contents", false},
		{"Table 3 shows the fees.", "Table 3 shows the fees.", false},
		{"Tables: none", "Tables: none", false},
		{"The table below lists the fees.", "The table below lists the fees.", false},
	} {
		got, ok := cutTableLabel(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("cutTableLabel(%q): got %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestTableCaptions checks that the rows of a table, and only they, know
// the caption written above or below it, in each format that writes one,
// while the caption's line stays a block of its own.
func TestTableCaptions(t *testing.T) {
	for _, c := range []struct {
		name, path, raw string
		want            []string // the caption of each row, in order
		block           string   // a block that must stay
	}{
		{"LaTeX caption below", "a.md", "# Money\n\nRent arrears fell.\n\n| Measure | 2025 |\n|---|---|\n| Staff | 58 |\n| Complaints received | 143 |\n\nTable 1: Key figures for 2025.\n",
			[]string{"Key figures for 2025.", "Key figures for 2025.", "Key figures for 2025."}, "Table 1: Key figures for 2025."},
		{"title line above", "a.md", "# Money\n\nRent arrears fell.\n\n**Key figures for 2025**\n\n| Measure | 2025 |\n|---|---|\n| Staff | 58 |\n",
			[]string{"Key figures for 2025", "Key figures for 2025"}, "Key figures for 2025"},
		{"HTML caption", "a.html", "<html><body><h1>Money</h1><p>Rent arrears fell.</p><table><caption>Key figures for 2025</caption><tr><th>Measure</th><th>2025</th></tr><tr><td>Staff</td><td>58</td></tr></table><p>That is all.</p></body></html>",
			[]string{"Key figures for 2025", "Key figures for 2025"}, "Key figures for 2025"},
		{"HTML caption ending as a sentence", "a.html", "<html><body><h1>Money</h1><p>Rent arrears fell.</p><table><caption>The key figures of the association for the year 2025.</caption><tr><th>Measure</th><th>2025</th></tr><tr><td>Staff</td><td>58</td></tr></table><p>That is all.</p></body></html>",
			[]string{"The key figures of the association for the year 2025.", "The key figures of the association for the year 2025."}, "The key figures of the association for the year 2025."},
		{"HTML caption with a label, long", "a.html", "<html><body><table><caption>Table 2: <b>Opening hours</b> of the offices in the three towns that the association serves:</caption><tr><td>Leeds</td><td>9 to 5</td></tr></table></body></html>",
			[]string{"Opening hours of the offices in the three towns that the association serves"}, "Table 2: Opening hours of the offices in the three towns that the association serves:"},
		{"HTML tables side by side, one captioned", "a.html", "<html><body><p>Rent arrears fell.</p><table><caption>Staff by office.</caption><tr><td>Leeds</td><td>12</td></tr></table><table><tr><td>York</td><td>7</td></tr></table></body></html>",
			[]string{"Staff by office.", ""}, "Staff by office."},
		{"a sentence above is no caption", "a.md", "# Money\n\nThe figures of the year are below.\n\n| Measure | 2025 |\n|---|---|\n| Staff | 58 |\n\nThat is all.\n",
			[]string{"", ""}, "The figures of the year are below."},
		{"a line below without a label is no caption", "a.md", "# Money\n\nRent arrears fell.\n\n| Measure | 2025 |\n|---|---|\n| Staff | 58 |\n\nKey figures\n",
			[]string{"", ""}, "Key figures"},
	} {
		doc, err := Parse(c.path, []byte(c.raw))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []string
		kept := false
		for _, b := range doc.Blocks {
			if b.Kind == KindRow {
				got = append(got, b.Caption)
			} else if b.Caption != "" {
				t.Errorf("%s: block %q (not a row): got caption %q, want none", c.name, b.Text, b.Caption)
			}
			kept = kept || b.Text == c.block
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got row captions %q, want %q", c.name, got, c.want)
		}
		if !kept {
			t.Errorf("%s: block %q: got it left out, want it kept", c.name, c.block)
		}
	}
}

// TestPDFRowShapedLineNoCaption checks that a line shaped like a row of
// the table under it (as many words, numbers where the rows have
// numbers, as valgrind's cg_annotate line "446,587 1 1 …
// concord.c:add_existing" over the rows of its listing) gives the table
// no caption, while a short title line over it, numbers in it or not,
// still does.
func TestPDFRowShapedLineNoCaption(t *testing.T) {
	for _, c := range []struct{ above, want string }{
		{"446,587 1 1 215,973 2,167 concord.c:add_existing", ""},
		{"Counts by function", "Counts by function"},
		{"Counts of 2025 and 2026", "Counts of 2025 and 2026"},
		{"Counts of runs 1 2 3 4", "Counts of runs 1 2 3 4"},
	} {
		var b strings.Builder
		b.WriteString("BT /F1 10 Tf 72 720 Td (Then comes the count of each function in the program.) Tj ET\n")
		fmt.Fprintf(&b, "BT /F1 10 Tf 72 700 Td (%s) Tj ET\n", c.above)
		for i, r := range [][]string{{"341,760", "2", "2", "128,160", "0", "vg_clientmalloc.c:trap"}, {"320,782", "4", "4", "150,711", "276", "concord.c:init_table"}, {"298,998", "1", "1", "106,785", "0", "concord.c:create"}} {
			for k, cell := range r {
				fmt.Fprintf(&b, "BT /F1 10 Tf %d %d Td (%s) Tj ET\n", 72+k*60, 686-i*14, cell)
			}
		}
		b.WriteString("BT /F1 10 Tf 72 630 Td (Each function is named by its file and its name.) Tj ET\n")
		doc, err := Parse("a.pdf", buildPDF([]string{b.String()}, ""))
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		var got []string
		for _, bl := range doc.Blocks {
			if bl.Kind == KindRow {
				got = append(got, bl.Caption)
			}
		}
		if want := []string{c.want, c.want, c.want}; !slices.Equal(got, want) {
			t.Errorf("line %q above the table: got row captions %q, want %q", c.above, got, want)
		}
	}
}
