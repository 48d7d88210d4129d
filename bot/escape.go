package bot

import "github.com/qabot/qabot/qa"

// EscapeAnswer returns a copy of a with esc applied to every text a reply
// shows: the span, the sentence, each source's path, title, publisher,
// date and section, and the conflicting figures. A front escapes an answer for its
// platform's markup this way, then lays it out with AnswerText or
// PlainText. a itself is not changed.
func EscapeAnswer(a qa.Answer, esc func(string) string) qa.Answer {
	a.Span = esc(a.Span)
	a.Sentence = esc(a.Sentence)
	a.Source = escapeSource(a.Source, esc)
	if a.Also != nil {
		also := make([]qa.Source, len(a.Also))
		for i, s := range a.Also {
			also[i] = escapeSource(s, esc)
		}
		a.Also = also
	}
	if a.Conflicts != nil {
		conflicts := make([]qa.Conflict, len(a.Conflicts))
		for i, c := range a.Conflicts {
			conflicts[i] = qa.Conflict{Source: escapeSource(c.Source, esc), Span: esc(c.Span), Sentence: esc(c.Sentence)}
		}
		a.Conflicts = conflicts
	}
	return a
}

func escapeSource(s qa.Source, esc func(string) string) qa.Source {
	return qa.Source{Path: esc(s.Path), Title: esc(s.Title), Publisher: esc(s.Publisher), Date: esc(s.Date),
		Section: esc(s.Section), Page: s.Page}
}
