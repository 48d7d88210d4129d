package corpus

import (
	"os"
	"path"
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

// BenchmarkPDF measures reading the test PDFs, in pages a second (one
// core: b.Loop runs on one goroutine).
func BenchmarkPDF(b *testing.B) {
	for _, name := range []string{"testdata/wiki/caching-paper.pdf", "testdata/pdf/travel-handbook.pdf"} {
		raw, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(path.Base(name), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(raw)))
			pages := 0
			for b.Loop() {
				doc, err := Parse(name, raw)
				if err != nil {
					b.Fatal(err)
				}
				pages += doc.Pages
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// BenchmarkDOCX measures reading the test Word file.
func BenchmarkDOCX(b *testing.B) {
	raw, err := os.ReadFile("testdata/wiki/travel-handbook.docx")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := Parse("handbook.docx", raw); err != nil {
			b.Fatal(err)
		}
	}
}
