package corpus

import (
	"slices"
	"testing"
)

// TestAnswerLinks checks that a link answering a form's question (the
// line above it ends in a question mark, or the answers between are
// links too) is kept as content (answersQuestion), while a bare link
// under a sentence is still dropped as page chrome.
func TestAnswerLinks(t *testing.T) {
	src := "# Proposal\n\n" +
		"The project keeps its sources and its agreement online for every contributor.\n\n" +
		"Is there a current Contributor License Agreement?\n\n" +
		"http://www.example.org/download/agreement.pdf\n\n" +
		"What is the project's website? Is there a wiki?\n\n" +
		"Examplecentral.org\n\n" +
		"github.com/example/tool\n\n" +
		"Releases are made available from the project website twice a year.\n\n" +
		"http://www.example.org/forum/\n\n" +
		"Cadence is generally every six months or so.\n"
	got := parsedFile(t, "form.md", []byte(src), blockText)
	for _, want := range []string{"http://www.example.org/download/agreement.pdf", "Examplecentral.org", "github.com/example/tool"} {
		if !slices.Contains(got, want) {
			t.Errorf("%q dropped, want it kept; got %q", want, got)
		}
	}
	if slices.Contains(got, "http://www.example.org/forum/") {
		t.Errorf("the link under a sentence kept, want it dropped; got %q", got)
	}
}
