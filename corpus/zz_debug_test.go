package corpus

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"github.com/ledongthuc/pdf"
)

func TestZZDump(t *testing.T) {
	name := os.Getenv("PDFDUMP")
	if name == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(name)
	lim := defaultLimits()
	doc, err := pdf.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	ip := &interp{lim: lim, deadline: lim.now().Add(lim.maxTime), budget: lim.maxUnpacked}
	for i, pv := range pageTree(doc.Trailer().Key("Root").Key("Pages")) {
		pg := ip.page(pv, i+1)
		for _, r := range buildRows(pg) {
			fmt.Printf("p%d y=%.1f size=%.1f bold=%v |", i+1, r.y, r.size, r.bold)
			for _, s := range r.segs {
				fmt.Printf(" [%.1f-%.1f %q]", s.x0, s.x1, s.text)
			}
			fmt.Println()
		}
		for _, ru := range pg.rules {
			fmt.Printf("  rule %+v\n", ru)
		}
	}
}

func TestZZGlyphs(t *testing.T) {
	name := os.Getenv("PDFDUMP")
	if name == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(name)
	lim := defaultLimits()
	doc, _ := pdf.NewReader(bytes.NewReader(raw), int64(len(raw)))
	ip := &interp{lim: lim, deadline: lim.now().Add(lim.maxTime), budget: lim.maxUnpacked}
	for i, pv := range pageTree(doc.Trailer().Key("Root").Key("Pages")) {
		pg := ip.page(pv, i+1)
		for _, g := range pg.glyphs {
			if g.text == "i" && (g.x0 < 70 || i >= 1 && g.y < 200) {
				fmt.Printf("p%d %q x=%.1f-%.1f y=%.2f size=%.2f\n", i+1, g.text, g.x0, g.x1, g.y, g.size)
			}
		}
	}
}
