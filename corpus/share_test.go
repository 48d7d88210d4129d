package corpus

import (
	"strings"
	"testing"
	"unsafe"
)

// within reports whether s lies in the memory of body.
func within(s, body string) bool {
	if s == "" {
		return true
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(body)))
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	return p >= start && p+uintptr(len(s)) <= start+uintptr(len(body))
}

// TestBlocksShareBody checks that a document holds its text once: every
// block's text is its line of Body and lies in Body's memory, and the rows
// of a table share one header.
func TestBlocksShareBody(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"notes.md", "# Travel\n\nThe limit is 240 EUR a night.\n\n## Cities\n\n| City | Limit |\n|---|--:|\n| London | 240 EUR |\n| Berlin | 180 EUR |\n\n- Book early.\n"},
		{"notes.txt", "Travel policy\n\nThe limit is 240 EUR a night.\n\nBook early, and keep every receipt.\n"},
		{"page.html", "<html><head><title>Travel</title></head><body><h1>Travel</h1><p>The limit is 240 EUR.</p><table><tr><th>City</th><th>Limit</th></tr><tr><td>London</td><td>240</td></tr><tr><td>Berlin</td><td>180</td></tr></table></body></html>"},
	} {
		doc, err := Parse(tc.name, []byte(tc.text))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		lines := strings.Split(doc.Body, "\n")
		if len(lines) != len(doc.Blocks) {
			t.Fatalf("%s: got %d blocks, want %d (the lines of Body)", tc.name, len(doc.Blocks), len(lines))
		}
		var header []string
		for i, b := range doc.Blocks {
			if b.Text != lines[i] || !within(b.Text, doc.Body) {
				t.Errorf("%s block %d: got %q (in Body: %v), want line %q of Body", tc.name, i, b.Text, within(b.Text, doc.Body), lines[i])
			}
			if b.Header == nil {
				continue
			}
			if header != nil && unsafe.SliceData(header) != unsafe.SliceData(b.Header) {
				t.Errorf("%s block %d: header %q is a copy, want the table's one header", tc.name, i, b.Header)
			}
			header = b.Header
		}
	}
}
