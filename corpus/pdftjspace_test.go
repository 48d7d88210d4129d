package corpus

import (
	"testing"
)

// TestPDFTJSpaces checks that a TJ array's numbers moving the text right
// by a shrunk word space (0.196 em, as XeTeX sets a tight justified line)
// part words, under the fifth of an em a gap between glyphs needs
// otherwise, while a kern of a few hundredths of an em ("Intro" and
// "duction"), a number under tjSpace and one moving a glyph that opens
// no word or after one that ends none (leader dots, an option's "=") do
// not.
func TestPDFTJSpaces(t *testing.T) {
	tests := []struct {
		name, tj, want string
	}{
		{"shrunk spaces", "[(Curabitur)-196(auctor)-196(semper)-197(nulla.)]", "Curabitur auctor semper nulla."},
		{"a kern", "[(The)-333(Intro)-27(duction)-333(opens.)]", "The Introduction opens."},
		{"under tjSpace", "[(The)-333(bro)-120(ken)-333(word.)]", "The broken word."},
		{"a citation's bracket", "[(the)-170(grains)-170(\\(Barnes,)-170(2019\\).)]", "the grains (Barnes, 2019)."},
		{"leader dots", "[(Introduction)-333(.)-196(.)-196(.)-196(.)-333(1)]", "Introduction .... 1"},
		{"an option's value", "[(Use)-333(--arg-file=)-196(file)-333(here.)]", "Use --arg-file=file here."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			content := "BT /F1 10 Tf 72 720 Td " + tt.tj + " TJ ET"
			if got := parsedBlocks(t, buildPDF([]string{content}, ""), blockText); len(got) != 1 || got[0] != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
