package corpus

import "testing"

func TestMarkdownInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"**bold** and __strong__", "bold and strong"},
		{"*em* and _em_", "em and em"},
		{"~~gone~~ here", "gone here"},
		{"a `code *span*` b", "a code *span* b"},
		{"[Madrid](https://example.org \"title\") talks", "Madrid talks"},
		{"[London][ref] talks", "London talks"},
		{"![a photo](x.png)Caption", "Caption"},
		{"see <https://example.org>", "see https://example.org"},
		{"mail <mailto:a@example.org>", "mail a@example.org"},
		{"line<br>break <span class=\"x\">span</span>", "linebreak span"},
		{"2 < 3 and 5 > 4", "2 < 3 and 5 > 4"},
		{"5 * 3 = 15", "5 * 3 = 15"},
		{"snake_case_name", "snake_case_name"},
		{"\\*literal\\* \\[x\\]", "*literal* [x]"},
		{"AT&amp;T &copy; 2025", "AT&T © 2025"},
		{"[unclosed link", "[unclosed link"},
		{"[nested [brackets]](u)", "nested [brackets]"},
		{"~single tilde~", "~single tilde~"},
	}
	for _, tt := range tests {
		if got := markdownInline(tt.in); got != tt.want {
			t.Errorf("markdownInline(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdownBlocks(t *testing.T) {
	in := "Title\n=====\n\nSub\n---\n\n# ATX #\n\n####### not a heading\n\n" +
		"1) first\n2. second\n   continued\n\n> quote\n> more\n\n~~~\ncode  line\n~~~\n\n<!-- a\ncomment -->\nafter\n\n" +
		"hard  \nbreak\n\n***\n[ref]: https://example.org\n"
	want := []block{
		{"Title", KindHeading}, {"Sub", KindHeading}, {"ATX", KindHeading},
		{"####### not a heading", KindParagraph},
		{"first", KindItem}, {"second continued", KindItem},
		{"quote more", KindParagraph},
		{"code line", KindCode},
		{"after", KindParagraph},
		{"hard", KindParagraph}, {"break", KindParagraph},
	}
	got := markdownBlocks(in)
	if len(got) != len(want) {
		t.Fatalf("got %d blocks %q, want %d %q", len(got), got, len(want), want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("block %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}
