package corpus

import (
	"fmt"
	"testing"
)

// This file holds the helpers the tests share to parse a file and write
// its blocks as lines: parsedFile and its kin, and the line funcs they
// take.

// parsedBlocks parses pdf as a.pdf and writes each of its blocks with
// line, failing the test when the file does not parse.
func parsedBlocks(t *testing.T, pdf []byte, line func(Block) string) []string {
	t.Helper()
	return parsedFile(t, "a.pdf", pdf, line)
}

// parsedFile parses raw as a file named name and writes each of its blocks
// with line, failing the test when the file does not parse.
func parsedFile(t *testing.T, name string, raw []byte, line func(Block) string) []string {
	t.Helper()
	doc, err := Parse(name, raw)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, line(b))
	}
	return got
}

// parsedBody returns the body of pdf as Parse reads it, failing the test
// on an error.
func parsedBody(t *testing.T, pdf []byte) string {
	t.Helper()
	doc, err := Parse("a.pdf", pdf)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return doc.Body
}

// sectionedBlock prints a block as "kind | section | text", for
// parsedFile.
func sectionedBlock(b Block) string { return fmt.Sprintf("%d | %s | %s", b.Kind, b.Section, b.Text) }

// kindBlock writes a block as its kind and text, for parsedFile.
func kindBlock(b Block) string { return fmt.Sprintf("%d | %s", b.Kind, b.Text) }

// blockText writes a block as its text alone, for parsedFile.
func blockText(b Block) string { return b.Text }

// rowBlockText writes a block as its text when it is a table row and as ""
// otherwise, for a test that reads a file's rows alone.
func rowBlockText(b Block) string {
	if b.Kind != KindRow {
		return ""
	}
	return b.Text
}
