package corpus

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/ledongthuc/pdf"
)

func TestZZDump(t *testing.T) {
	f := os.Getenv("ZZPDF")
	if f == "" {
		t.Skip()
	}
	pn, _ := strconv.Atoi(os.Getenv("ZZPAGE"))
	raw, _ := os.ReadFile(f)
	doc, err := pdf.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	lim := defaultLimits()
	ip := &interp{lim: lim, deadline: lim.now().Add(lim.maxTime), budget: lim.maxUnpacked}
	pages := pageTree(doc.Trailer().Key("Root").Key("Pages"))
	pg := ip.page(pages[pn-1], pn)
	if os.Getenv("ZZGLYPH") != "" {
		for _, g := range pg.glyphs {
			if g.y > 680 && g.y < 690 && g.x0 > 220 && g.x0 < 300 {
				fmt.Printf("g %q x0=%.2f x1=%.2f y=%.1f size=%.1f\n", g.text, g.x0, g.x1, g.y, g.size)
			}
		}
	}
	rows := buildRows(pg)
	for _, r := range rows {
		fmt.Printf("y=%.1f sz=%.1f why=%q:", r.y, r.size, r.why)
		for _, s := range r.segs {
			fmt.Printf(" [%.1f-%.1f %q]", s.x0, s.x1, s.text)
		}
		fmt.Println()
	}
	for _, r := range pg.rules {
		fmt.Printf("rule %+v\n", r)
	}
	ls, _ := readingOrder(pg, rows, columns{}, func() {})
	for _, l := range ls {
		fmt.Printf("col=%d y=%.1f %q\n", l.col, l.y, l.text())
	}
}

func TestZZBlocks(t *testing.T) {
	f := os.Getenv("ZZPDF")
	if f == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(f)
	r, err := extractPDF(raw, defaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range r.blocks {
		fmt.Printf("%d %v why=%q %q\n", b.page, b.kind, b.why, b.text)
	}
}
