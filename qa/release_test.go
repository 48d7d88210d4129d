package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestReleaseLine checks which headings are release lines: a dotted
// version and a date, in the styles of real release notes; a heading with
// a date and no version, or whose only dotted number is the date, is not.
func TestReleaseLine(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"1.25.0 / 2026-10-07", true},
		{"[1.5.4] - 2022-04-25", true},
		{"man-db 2.11.2 (8 January 2023)", true},
		{"Major changes between OpenSSL 3.0.18 and OpenSSL 3.0.19 [27 Jan 2026]", true},
		{"v1.10.1 (May 4, 2026)", true},
		{"1.10.1", false},
		{"Opening hours from 14.09.2025", false},
		{"Prices for 2026", false},
		{"Minutes of 3 March 2026", false},
		{"Version 2 (May 2024)", false},
	} {
		if got := releaseLine(tt.text); got != tt.want {
			t.Errorf("releaseLine(%q): got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestReleaseHeadingAnswersDates checks that release notes' heading of a
// release, which alone gives its date, answers when the release came out,
// and answers no question that asks something else; and that the items
// under it are still found by the heading's words (headingTerms reads
// the release line as a heading though it answers).
func TestReleaseHeadingAnswersDates(t *testing.T) {
	body := "# Changelog\n\n## 2.4.1 / 2026-03-02\n\n- Fix a crash when the config file is empty.\n- Speed up the import of large files.\n\n## 2.4.0 / 2026-01-15\n\n- Add the export command.\n- Speed up the export of large files.\n"
	doc, err := corpus.Parse("CHANGELOG.md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	ix := Build([]corpus.Document{doc})
	checkCandidates(t, ix, []candidateCase{
		{"when was 2.4.1 released", "2.4.1 / 2026-03-02"},
		{"2.4.0 release date", "2.4.0 / 2026-01-15"},
	})
	for _, q := range []string{"what changed in 2.4.1", "which version sped up the import"} {
		cands, err := ix.Candidates(context.Background(), Parse(q))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cands {
			if strings.Contains(c.Sentence, " / 20") {
				t.Errorf("%q: got the release line %q as a candidate, want none", q, c.Sentence)
			}
		}
	}
	heads := ix.headingTerms()
	var release []int32
	for _, st := range ix.sents {
		if st.text == "2.4.1 / 2026-03-02" {
			release = st.terms()
		}
	}
	if len(release) == 0 {
		t.Fatal("no sentence \"2.4.1 / 2026-03-02\" with terms")
	}
	for _, st := range ix.sents {
		if st.text != "Speed up the import of large files." {
			continue
		}
		for _, id := range release {
			if !slices.Contains(heads[st.para], id) {
				t.Errorf("%q: got heading terms %v, want all of the release line's %v", st.text, heads[st.para], release)
				break
			}
		}
	}
}
