package qa

import "testing"

// TestQuestionPredicate checks which word Parse reads as a question's main
// verb (Question.predicate): after an auxiliary (mainVerb), and in a
// question without one whose question word is the verb's subject
// (subjectVerb).
func TestQuestionPredicate(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"when did the talks start", "start"},
		{"who directed casablanca", "directed"},
		{"who invented coca cola", "invented"},
		{"who wrote the cello suites", "wrote"},
		{"who owns tiktok", "owns"},
		{"what caused the crash", "caused"},
		{"who actually discovered penicillin", "discovered"},
		{"which river flows through paris", "flows"},
		{"what disease killed mozart", "killed"},
		{"which states border texas", ""},
		{"who is the owner of tiktok", ""},
		{"what is the capital of france", ""},
		{"who founded the red cross?", "founded"},
		{"which company makes the iphone", "makes"},
		{"who discovery penicillin", ""},
		{"what color is the sky", ""},
		{"who directs the film", "directs"},
	} {
		q := Parse(c.q)
		got := ""
		if q.predicate >= 0 {
			got = q.words[q.predicate].text
		}
		if got != c.want {
			t.Errorf("Parse(%q).predicate: got %q, want %q", c.q, got, c.want)
		}
	}
}
