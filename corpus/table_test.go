package corpus

import (
	"slices"
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
