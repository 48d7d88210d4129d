package corpus

import (
	"errors"
	"strings"
	"testing"
)

// TestParseAdversarial feeds inputs built to make a careless parser slow
// (quadratic rescans, deep recursion, huge YAML) or crash. Each must
// finish, which the test's own time limit checks, with a document or one of
// the package's errors.
func TestParseAdversarial(t *testing.T) {
	const n = 50000
	tests := []struct{ name, path, in string }{
		{"nested brackets", "a.md", strings.Repeat("[", n) + strings.Repeat("]", n) + "(x)"},
		{"unclosed links", "a.md", strings.Repeat("[a](", n)},
		{"reference links", "a.md", strings.Repeat("[a]", n)},
		{"many comments", "a.md", strings.Repeat("<!---->", n)},
		{"emphasis markers", "a.md", strings.Repeat("*a", n)},
		{"unclosed code", "a.md", strings.Repeat("`", n) + "x"},
		{"unclosed tags", "a.md", strings.Repeat("<a", n)},
		{"wrapped lines", "a.txt", strings.Repeat("abc def ghi jkl mno pqr stu vwx yz long\n", n)},
		{"credit labels", "a.txt", strings.Repeat("Image: x ", n)},
		{"pipes", "a.txt", strings.Repeat("A | ", n)},
		{"huge front matter", "a.md", "---\n" + strings.Repeat("a: b\n", n) + "---\nText here now.\n"},
		{"YAML aliases", "a.md", "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\nText.\n"},
		{"wide table", "a.html", "<table><tr>" + strings.Repeat("<td>x</td>", n) + "</tr></table>"},
		{"deep nesting", "a.html", strings.Repeat("<div><span>", n) + "Officials met in Madrid on Sunday."},
		{"nested furniture", "a.html", strings.Repeat("<div class='share'>", 500) + strings.Repeat("word ", n)},
		{"many furniture boxes", "a.html", strings.Repeat("<div class='share'>x</div>", n)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(tt.path, []byte(tt.in))
			switch {
			case err == nil && doc.Body == "":
				t.Error("got an empty body and no error")
			case err != nil && !errors.Is(err, ErrNoText):
				t.Errorf("got error %v, want a document or %v", err, ErrNoText)
			}
		})
	}
}
