package corpus

import (
	"strings"
	"testing"
)

// BenchmarkEmbedded measures loading the default corpus, which every
// "qabot ask" process does once.
func BenchmarkEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Embedded(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse measures each format on text of about 40 KB.
func BenchmarkParse(b *testing.B) {
	para := "Officials from the US and China met in <b>Madrid</b> on Sunday to discuss tariffs, chips and TikTok."
	inputs := []struct{ name, path, text string }{
		{"txt", "a.txt", "Talks Resume\n\n" + strings.Repeat(para+"\n\n", 400)},
		{"md", "a.md", "# Talks Resume\n\n" + strings.Repeat("Officials **met** in [Madrid](https://x.org).\n- an item\n\n", 400)},
		{"html", "a.html", "<html><body><nav>Home</nav><article><h1>Talks</h1>" + strings.Repeat("<p>"+para+"</p>", 400) + "</article></body></html>"},
	}
	for _, in := range inputs {
		raw := []byte(in.text)
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				if _, err := Parse(in.path, raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
