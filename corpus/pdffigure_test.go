package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestPDFFigureLabels checks that the labels set around a picture (a
// board's layout: "Reset button", "RST1", "UEXT1" above and below the
// photograph, short and bold, starting all over the page's width) are
// left out as a figure's labels, neither headings nor text, so that the
// section after the figure ("Schematic") sits under the chapter, as its
// sibling "Board layout" does; a list of short lines at one left edge on
// a page with a picture stays text.
func TestPDFFigureLabels(t *testing.T) {
	labels := lineAt(2, 12, 230, 680, "4 x Relays with connectors") + lineAt(2, 12, 74, 672, "Power-good LED") +
		lineAt(2, 12, 230, 666, "LEDs (10A max)") + lineAt(2, 12, 130, 640, "Power jack input") + lineAt(2, 12, 480, 640, "EXT1 header") +
		lineAt(2, 12, 43, 628, "Reset button") + lineAt(2, 12, 43, 614, "RST1") +
		"q 400 0 0 250 100 340 cm /Im1 Do Q\n" +
		lineAt(2, 12, 75, 320, "Boot/User") + lineAt(2, 12, 181, 312, "4 x Opto inputs") + lineAt(2, 12, 75, 306, "button BUT1") +
		lineAt(2, 12, 38, 290, "UEXT1") + lineAt(2, 12, 520, 290, "ESP-PROG1")
	page := lineAt(1, 12, 72, 760, "This manual describes the board and its parts.") +
		lineAt(2, 18, 72, 740, "HARDWARE") + lineAt(2, 16, 72, 715, "Board layout") + labels +
		lineAt(2, 16, 72, 250, "Schematic") + lineAt(1, 12, 72, 230, "The schematic is on the next page.") +
		lineAt(1, 12, 72, 214, "All design sources are on GitHub.")
	blocks, dropped := parsedPDF(t, buildBoldPDF(page))
	var got []string
	for _, b := range blocks {
		got = append(got, sectionedBlock(b))
	}
	wantBlocks(t, got, []string{
		"0 |  | This manual describes the board and its parts.",
		"1 | HARDWARE | HARDWARE",
		"1 | HARDWARE › Board layout | Board layout",
		"1 | HARDWARE › Schematic | Schematic",
		"0 | HARDWARE › Schematic | The schematic is on the next page.",
		"0 | HARDWARE › Schematic | All design sources are on GitHub.",
	})
	for _, l := range []string{"Reset button", "RST1", "UEXT1 ESP-PROG1"} {
		if !slices.Contains(dropped, l) {
			t.Errorf("dropped %q, want %q among them", dropped, l)
		}
	}
	list := lineAt(2, 18, 72, 740, "Features") + lineAt(1, 12, 72, 715, "The board has the following parts:") +
		"q 400 0 0 250 100 440 cm /Im1 Do Q\n"
	for i, item := range []string{"Reset button", "User button", "Four relays", "Four inputs", "Four mount holes", "Two connectors"} {
		list += lineAt(1, 12, 72, float64(420-16*i), item)
	}
	list += lineAt(1, 12, 72, 200, "Extension connector")
	blocks, _ = parsedPDF(t, buildBoldPDF(list))
	var texts []string
	for _, b := range blocks {
		texts = append(texts, b.Text)
	}
	if !slices.Contains(texts, "Reset button") || !slices.Contains(texts, "Extension connector") {
		t.Errorf("list on a page with a picture: blocks %q, want its items kept", texts)
	}
}

// TestPDFHeadingTwoSizes checks that a heading set in two of the
// headings' sizes ("Controller" at 18 points, "layout" at 16, under the
// 18-point "HARDWARE") is placed by the smaller, so that its sibling
// sections set at 16 points sit beside it, not under it; a heading with
// a word in a size no heading has keeps its own.
func TestPDFHeadingTwoSizes(t *testing.T) {
	page := lineAt(1, 12, 72, 750, "This manual describes the board and its parts.") + lineAt(2, 18, 72, 720, "HARDWARE") +
		"BT /F2 18 Tf 72 690 Td (Controller ) Tj /F2 16 Tf (layout) Tj ET\n" +
		lineAt(1, 12, 72, 670, "The layout shows where the parts stand.") +
		lineAt(2, 16, 72, 640, "Schematic") + lineAt(1, 12, 72, 620, "The schematic is on the next page.") +
		"BT /F2 16 Tf 72 590 Td (Relays ) Tj /F2 10 Tf (x4) Tj ET\n" +
		lineAt(1, 12, 72, 570, "The board has four relays.")
	got := parsedFile(t, "a.pdf", buildBoldPDF(page), sectionedBlock)
	wantBlocks(t, got, []string{
		"0 |  | This manual describes the board and its parts.",
		"1 | HARDWARE | HARDWARE",
		"1 | HARDWARE › Controller layout | Controller layout",
		"0 | HARDWARE › Controller layout | The layout shows where the parts stand.",
		"1 | HARDWARE › Schematic | Schematic",
		"0 | HARDWARE › Schematic | The schematic is on the next page.",
		"1 | HARDWARE › Relays x4 | Relays x4",
		"0 | HARDWARE › Relays x4 | The board has four relays.",
	})
}

// TestPDFBraceDisplay checks that a JSON example in braces is read as
// code, a line of it a line: set in a box beside a slide's title, on
// the title's baseline ("Class instances" beside its "}"), it no longer
// joins the title, and goes after it; set between two paragraphs, it
// stays where it stands.
func TestPDFBraceDisplay(t *testing.T) {
	slide := sizedText(11.5, 63, 560, "This deck explains the patterns of instantiating things.") + sizedText(6.5, 630, 499, "{") + sizedText(6.5, 660, 490, `"name": "Megan",`) +
		sizedText(6.5, 660, 482, `"accent": "BRUMMIE",`) + sizedText(6.5, 660, 474, `"job": "CEO"`) +
		sizedText(26.5, 60, 464, "Class instances") + sizedText(6.5, 630, 464, "}") +
		sizedText(11.5, 63, 441, "Ontologies allow the instantiation of classes that are members of other classes.") +
		sizedText(11.5, 63, 427, "Instances of characteristics and measures are such examples.")
	got := parsedFile(t, "a.pdf", buildPDFBox(helvetica, "0 0 792 612", []string{slide}, ""), sectionedBlock)
	wantBlocks(t, got, []string{
		"0 |  | This deck explains the patterns of instantiating things.",
		"1 | Class instances | Class instances",
		`3 | Class instances | "name": "Megan",`,
		`3 | Class instances | "accent": "BRUMMIE",`,
		`3 | Class instances | "job": "CEO"`,
		"0 | Class instances | Ontologies allow the instantiation of classes that are members of other classes. Instances of characteristics and measures are such examples.",
	})
	inline := textPage("Mapping equivalent data to the ontology needs care, from the JSON below.") + "\n" +
		sizedText(9, 290, 660, "{") + sizedText(9, 320, 648, `"name": "Megan",`) + sizedText(9, 320, 637, `"job": "CEO"`) +
		sizedText(9, 290, 624, "}") + sizedText(11, 72, 600, "One set of considerations is how things are instantiated.")
	got = parsedFile(t, "a.pdf", buildPDF([]string{inline}, ""), kindBlock)
	if want := []string{`3 | "name": "Megan",`, `3 | "job": "CEO"`}; !slices.Equal(got[1:3], want) || !strings.HasPrefix(got[3], "0 | One set") {
		t.Errorf("display between paragraphs: blocks %q, want %q after the first", got, want)
	}
}

// TestSizeColumns checks that a note in 8.5 points set beside RDF
// triples in 7, the two boxes sharing some baselines and not others (the
// IES deck's lines as the page's reading order gives them), is read after
// the triples, not interleaved with them line by line.
func TestSizeColumns(t *testing.T) {
	w := func(x, size float64, s string) word {
		return word{text: s, x0: x, x1: x + float64(len(s))*size*0.5, size: size}
	}
	ln := func(y float64, ws ...word) line { return line{row: newRow(ws, 1, y)} }
	ls := []line{
		ln(388, w(68, 7, "ont:Brummie a ies:Accent .")),
		ln(383, w(420, 8.5, "Note, ies:hasCharacteristic")),
		ln(373, w(420, 8.5, "is a sub-property of")),
		ln(365, w(68, 7, "data:person_1 a ies:Person ."), w(420, 8.5, "rdf:type. So, in essence,")),
		ln(357, w(68, 7, "data:person_1_state_1 a ies:PersonState ."), w(420, 8.5, "person_1_state_1 is being")),
		ln(348, w(68, 7, "data:person_1_state_1 ies:isStateOf data:person_1 .")),
		ln(344, w(420, 8.5, "allocated membership to two")),
		ln(331, w(68, 7, "data:person_1_state_1 ies:hasCharacteristic ont:Brummie ."), w(420, 8.5, "classes here.")),
	}
	var got []string
	for _, l := range sizeColumns(ls) {
		got = append(got, l.text())
	}
	wantBlocks(t, got, []string{
		"ont:Brummie a ies:Accent .",
		"data:person_1 a ies:Person .",
		"data:person_1_state_1 a ies:PersonState .",
		"data:person_1_state_1 ies:isStateOf data:person_1 .",
		"data:person_1_state_1 ies:hasCharacteristic ont:Brummie .",
		"Note, ies:hasCharacteristic",
		"is a sub-property of",
		"rdf:type. So, in essence,",
		"person_1_state_1 is being",
		"allocated membership to two",
		"classes here.",
	})
	// A table whose columns differ in size has both on every row: no
	// boxes, its rows stay.
	table := []line{ls[3], ls[4], ls[7]}
	var rows []string
	for _, l := range sizeColumns(table) {
		rows = append(rows, l.text())
	}
	wantBlocks(t, rows, []string{table[0].text(), table[1].text(), table[2].text()})
}
