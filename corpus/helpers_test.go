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

// parsedDoc parses raw as a file named name, failing the test when the
// file does not parse.
func parsedDoc(t *testing.T, name string, raw []byte) Document {
	t.Helper()
	doc, err := Parse(name, raw)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return doc
}

// parsedFile parses raw as a file named name and writes each of its blocks
// with line, failing the test when the file does not parse.
func parsedFile(t *testing.T, name string, raw []byte, line func(Block) string) []string {
	t.Helper()
	var got []string
	for _, b := range parsedDoc(t, name, raw).Blocks {
		got = append(got, line(b))
	}
	return got
}

// parsedKind parses raw as a file named name and writes the text of each
// of its blocks of kind (a file's table rows, say), failing the test when
// the file does not parse.
func parsedKind(t *testing.T, name string, raw []byte, kind BlockKind) []string {
	t.Helper()
	var got []string
	for _, b := range parsedDoc(t, name, raw).Blocks {
		if b.Kind == kind {
			got = append(got, b.Text)
		}
	}
	return got
}

// parsedBody returns the body of pdf as Parse reads it, failing the test
// on an error.
func parsedBody(t *testing.T, pdf []byte) string {
	t.Helper()
	return parsedDoc(t, "a.pdf", pdf).Body
}

// sectionedBlock prints a block as "kind | section | text", for
// parsedFile.
func sectionedBlock(b Block) string { return fmt.Sprintf("%d | %s | %s", b.Kind, b.Section, b.Text) }

// kindBlock writes a block as its kind and text, for parsedFile.
func kindBlock(b Block) string { return fmt.Sprintf("%d | %s", b.Kind, b.Text) }

// blockText writes a block as its text alone, for parsedFile.
func blockText(b Block) string { return b.Text }
