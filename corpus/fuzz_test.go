package corpus

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzPaths chooses the format of a fuzzed input.
var fuzzPaths = []string{"doc.txt", "doc.md", "doc.html"}

// FuzzParse feeds arbitrary bytes to Parse as text, Markdown and HTML. It
// must never panic or hang, fail only with the package's errors, and on
// success return a body of trimmed, non-empty lines of valid UTF-8. The
// seed corpus is in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Add(uint8(0), []byte("Title\n\nOfficials met in Madrid on Sunday.\n"))
	f.Add(uint8(1), []byte("---\ntitle: T\n---\n# T\n\n- *a* [b](c)\n"))
	f.Add(uint8(2), []byte("<html><head><title>T</title></head><body><nav>x</nav><p>Officials met.</p></body></html>"))
	f.Fuzz(func(t *testing.T, format uint8, raw []byte) {
		p := fuzzPaths[int(format)%len(fuzzPaths)]
		doc, err := Parse(p, raw)
		if err != nil {
			for _, want := range []error{ErrBinary, ErrTooLarge, ErrFrontMatter, ErrNoText} {
				if errors.Is(err, want) {
					return
				}
			}
			t.Fatalf("got error %v, want one of the package's sentinel errors", err)
		}
		if doc.Path != p {
			t.Errorf("path: got %q, want %q", doc.Path, p)
		}
		if doc.Body == "" {
			t.Fatal("body: got empty with no error")
		}
		for _, s := range []string{doc.Body, doc.Title, doc.Publisher, doc.Date, doc.URL} {
			if !utf8.ValidString(s) {
				t.Errorf("got invalid UTF-8 %q", s)
			}
		}
		for line := range strings.SplitSeq(doc.Body, "\n") {
			if line == "" || strings.TrimSpace(line) != line || strings.ContainsAny(line, "\r\t\x00") {
				t.Errorf("body line %q: want non-empty, trimmed, without control characters", line)
			}
		}
		again, err := Parse(p, raw)
		if err != nil || !reflect.DeepEqual(again, doc) {
			t.Errorf("second parse: got %+v, %v; want the same document", again, err)
		}
	})
}
