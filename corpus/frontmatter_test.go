package corpus

import (
	"errors"
	"strings"
	"testing"
)

func TestSplitFrontMatter(t *testing.T) {
	tests := []struct {
		name, in string
		want     frontMatter
		rest     string
		err      error
	}{
		{"none", "Title\n\nBody.\n", frontMatter{}, "Title\n\nBody.\n", nil},
		{"all keys", "---\ntitle: T\nsource: S\ndate: 2025-09-14\nurl: https://x.org\n---\nBody.\n",
			frontMatter{Title: "T", Source: "S", Date: "2025-09-14", URL: "https://x.org"}, "Body.\n", nil},
		{"dots close it, publisher and author accepted", "---\npublisher: P\nauthor: A\n...\nBody.\n",
			frontMatter{Publisher: "P", Author: "A"}, "Body.\n", nil},
		{"empty", "---\n---\nBody.\n", frontMatter{}, "Body.\n", nil},
		{"no body", "---\ntitle: T\n---", frontMatter{Title: "T"}, "", nil},
		{"numbers are text", "---\ntitle: 2025\ndate: 2025-09-14T10:00:00Z\n---\nB\n",
			frontMatter{Title: "2025", Date: "2025-09-14T10:00:00Z"}, "B\n", nil},
		{"a repeated key keeps its last value, as Jekyll reads it", "---\nlayout: docs\ntitle: Old\nlayout: post\ntitle: New\n---\nBody.\n",
			frontMatter{Title: "New"}, "Body.\n", nil},
		{"a dash line later is not front matter", "Intro\n---\nBody\n", frontMatter{}, "Intro\n---\nBody\n", nil},
		{"unclosed: no front matter, the whole text is the body", "---\ntitle: T\nBody.\n", frontMatter{}, "---\ntitle: T\nBody.\n", ErrFrontMatter},
		{"only the opener", "---", frontMatter{}, "---", ErrFrontMatter},
		{"bad YAML", "---\ntitle: 'T\n---\nB\n", frontMatter{}, "B\n", ErrFrontMatter},
		{"a tab indents a key", "---\ntitle: T\n\tlayout: x\n---\nB\n", frontMatter{}, "B\n", ErrFrontMatter},
		{"a scalar", "---\njust text\n---\nB\n", frontMatter{}, "B\n", ErrFrontMatter},
		{"a list where a mapping is expected", "---\n- title: T\n- date: 2025\n---\nB\n", frontMatter{}, "B\n", ErrFrontMatter},
		{"too long", "---\n" + strings.Repeat("a: b\n", 4000) + "---\nB\n", frontMatter{}, "B\n", ErrFrontMatter},
		{"a mapping value: the other keys kept", "---\ntitle:\n  a: b\ndate: 2025-09-14\n---\nB\n", frontMatter{Date: "2025-09-14"}, "B\n", ErrFrontMatter},
		{"a list value: the other keys kept", "---\nsource: S\ntitle: [a, b]\n---\nB\n", frontMatter{Source: "S"}, "B\n", ErrFrontMatter},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fm, rest, err := splitFrontMatter(tt.in)
			if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
				t.Fatalf("error: got %v, want %v", err, tt.err)
			}
			if fm != tt.want || rest != tt.rest {
				t.Errorf("got %+v and %q, want %+v and %q", fm, rest, tt.want, tt.rest)
			}
		})
	}
}

func TestFrontMatterPublisher(t *testing.T) {
	tests := []struct {
		fm   frontMatter
		want string
	}{
		{frontMatter{Source: "S", Publisher: "P", Author: "A"}, "S"},
		{frontMatter{Publisher: " P ", Author: "A"}, "P"},
		{frontMatter{Author: "A"}, "A"},
		{frontMatter{}, ""},
	}
	for _, tt := range tests {
		if got := tt.fm.publisher(); got != tt.want {
			t.Errorf("publisher of %+v: got %q, want %q", tt.fm, got, tt.want)
		}
	}
}
