package qa

import (
	"context"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestOlderConflicts checks that an older page is named as saying
// otherwise when it gives another value of the kind asked, and not when
// it repeats the answer's value beside another one.
func TestOlderConflicts(t *testing.T) {
	page := func(path, date, body string) corpus.Document {
		return corpus.Document{Path: path, Date: date, Body: body}
	}
	newer := page("offsite-2025.md", "2025-03-01", "The team offsite is in Lisbon this spring.\n\nThe offsite meal budget is $55 a day per person.")
	tests := []struct {
		older                    corpus.Document
		question, answer, olderP string
	}{
		{page("offsite-2023.md", "2023-03-01", "The team offsite is in Porto this spring.\n\nThe offsite meal budget is $40 a day per person."),
			"how much is the offsite meal budget", "$55", "offsite-2023.md"},
		{page("offsite-2023.md", "2023-03-01", "The team offsite is in Porto this spring.\n\nThe offsite meal budget is $40 a day per person."),
			"where is the team offsite", "Lisbon", "offsite-2023.md"},
		// The older page repeats Lisbon: it agrees, whatever else it names.
		{page("offsite-plan.md", "2024-11-01", "The team offsite in Lisbon this spring follows the board meeting in Porto."),
			"where is the team offsite", "Lisbon", ""},
		// The older page states the newer value too: it agrees, and is not
		// also named as saying otherwise.
		{page("offsite-2024.md", "2024-03-01", "The offsite meal budget is $55 a day per person.\n\nThe offsite meal budget was $40 a day per person."),
			"how much is the offsite meal budget", "$55", ""},
		// The same, with Lisbon read as a name ("the Lisbon offsite"), not a
		// place.
		{page("offsite-plan.md", "2024-11-01", "Before the Lisbon team offsite, everyone meets in Porto."),
			"where is the team offsite", "Lisbon", ""},
	}
	opt := DefaultOptions()
	opt.MinConfidence = 0
	for _, tt := range tests {
		ix := Build([]corpus.Document{tt.older, newer})
		a, err := ix.AnswerWith(context.Background(), Parse(tt.question), opt)
		if err != nil {
			t.Fatal(err)
		}
		if !a.Found || !strings.Contains(a.Sentence, tt.answer) {
			t.Errorf("%q: got %q, want the newer page's sentence with %q", tt.question, a.Sentence, tt.answer)
		}
		older := ""
		for _, c := range a.Conflicts {
			if c.Older {
				older = c.Source.Path
			}
		}
		if older != tt.olderP {
			t.Errorf("%q with %s: got older page %q, want %q (conflicts %+v)", tt.question, tt.older.Path, older, tt.olderP, a.Conflicts)
		}
	}
}
