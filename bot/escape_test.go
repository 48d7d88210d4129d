package bot

import (
	"reflect"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa"
)

func TestEscapeAnswer(t *testing.T) {
	src := func(p string) qa.Source {
		return qa.Source{Path: p + "<.txt", Title: "T<" + p, Publisher: "P<" + p, Date: "D<" + p, Section: "S<" + p, Page: 3}
	}
	a := qa.Answer{
		Found: true, Span: "<span>", Sentence: "<sentence>", Source: src("a"), Score: 2.5,
		Also:      []qa.Source{src("b")},
		Conflicts: []qa.Conflict{{Source: src("c"), Span: "<9>", Sentence: "<other>"}},
	}
	orig := a
	orig.Also = append([]qa.Source(nil), a.Also...)
	orig.Conflicts = append([]qa.Conflict(nil), a.Conflicts...)
	esc := strings.NewReplacer("<", "&lt;").Replace

	got := EscapeAnswer(a, esc)
	want := qa.Answer{
		Found: true, Span: "&lt;span>", Sentence: "&lt;sentence>", Score: 2.5,
		Source:    qa.Source{Path: "a&lt;.txt", Title: "T&lt;a", Publisher: "P&lt;a", Date: "D&lt;a", Section: "S&lt;a", Page: 3},
		Also:      []qa.Source{{Path: "b&lt;.txt", Title: "T&lt;b", Publisher: "P&lt;b", Date: "D&lt;b", Section: "S&lt;b", Page: 3}},
		Conflicts: []qa.Conflict{{Source: qa.Source{Path: "c&lt;.txt", Title: "T&lt;c", Publisher: "P&lt;c", Date: "D&lt;c", Section: "S&lt;c", Page: 3}, Span: "&lt;9>", Sentence: "&lt;other>"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if !reflect.DeepEqual(a, orig) {
		t.Errorf("got the original changed to %+v, want it left as %+v", a, orig)
	}
}
