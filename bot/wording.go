package bot

import (
	"fmt"
	"strings"

	"github.com/qabot/qabot/qa"
)

// DefaultExample is the example question shown in help text when none is
// configured. It fits the embedded corpus.
const DefaultExample = "when is the TikTok deadline?"

// User-facing wording. Internal errors never reach these strings; they go to
// the log.
const (
	msgNotFound    = "I couldn't find that in the documents. Try rephrasing it, or ask with other key words."
	msgRateLimited = "You're asking faster than I can keep up. Please wait a minute and ask again."
	msgError       = "Sorry, something went wrong while looking that up. Please try again in a moment."
)

// HelpText is the usage text, with an example question: what every front
// answers to "help", a bare mention or small talk.
func HelpText(example string) string {
	return "I answer questions from the documents I have been given, with the sentence that says it and where it comes from. " +
		fmt.Sprintf("Ask me in plain words, for example: %q", example)
}

func tooLongText(max int) string {
	return fmt.Sprintf("That question is too long for me (over %s characters). Please ask it in a sentence or two.", groupThousands(max))
}

// groupThousands writes n with comma thousands separators: 2000 → "2,000".
func groupThousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// SourceLine describes a source in one line: title, publisher, date, file
// name, then where in the file the sentence is, its page (for a PDF) and
// its section (the headings above it), leaving out what is unknown:
// "Handbook · Maria Okafor · 2024-05-02 · handbook.pdf · page 2 · Expenses › Meals".
// Every front cites with it: the terminal, Slack and Discord.
func SourceLine(s qa.Source) string {
	var parts []string
	if s.Title != "" {
		parts = append(parts, s.Title)
	}
	if s.Publisher != "" {
		parts = append(parts, s.Publisher)
	}
	if s.Date != "" {
		parts = append(parts, s.Date)
	}
	parts = append(parts, s.Path)
	if s.Page > 0 {
		parts = append(parts, fmt.Sprintf("page %d", s.Page))
	}
	if s.Section != "" {
		parts = append(parts, s.Section)
	}
	return strings.Join(parts, " · ")
}

// AlsoLine says which other documents agree with the answer and which give
// a different figure, or "" when there are none.
func AlsoLine(a qa.Answer) string {
	var b strings.Builder
	if n := len(a.Also); n > 0 {
		names := make([]string, n)
		for i, s := range a.Also {
			names[i] = s.Path
		}
		if n == 1 {
			b.WriteString("1 other document agrees: ")
		} else {
			fmt.Fprintf(&b, "%d other documents agree: ", n)
		}
		b.WriteString(strings.Join(names, ", "))
		b.WriteString(".")
	}
	for _, c := range a.Conflicts {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		switch {
		case c.Older && c.Span != "":
			fmt.Fprintf(&b, "Note: an older page, %s, says %s.", c.Source.Path, c.Span)
		case c.Older:
			fmt.Fprintf(&b, "Note: an older page, %s, says otherwise: %q", c.Source.Path, c.Sentence)
		default:
			fmt.Fprintf(&b, "Note: %s gives a different figure (%s).", c.Source.Path, c.Span)
		}
	}
	return b.String()
}

// PlainText renders a reply as plain text, for fronts or places where rich
// formatting is not available. The caller escapes it for its platform.
func PlainText(r Reply) string {
	if r.Outcome != OutcomeAnswered {
		return r.Text
	}
	return AnswerText(r.Answer, TextLayout{Open: "> "})
}

// TextLayout says how AnswerText marks the lines of an answer: PlainText
// quotes the sentence as a block ("> "), the terminal puts it in quotation
// marks and indents the lines below the first.
type TextLayout struct {
	// Open and Close go before and after the sentence.
	Open, Close string
	// Indent starts every line after the first.
	Indent string
}

// AnswerText lays out a found answer as plain text, one part a line (see
// AnswerLines), every line after the first starting with l.Indent. It has
// no final newline.
func AnswerText(a qa.Answer, l TextLayout) string {
	return strings.Join(AnswerLines(a, l), "\n"+l.Indent)
}

// AnswerLines are the lines of a found answer, without indent: the lead
// line (LeadLine, when there is one), the sentence between l.Open and
// l.Close, "— " and the source, and who agrees or differs (when anyone
// does).
func AnswerLines(a qa.Answer, l TextLayout) []string {
	lines := make([]string, 0, 4)
	if lead := LeadLine(a); lead != "" {
		lines = append(lines, lead)
	}
	lines = append(lines, l.Open+a.Sentence+l.Close, "— "+SourceLine(a.Source))
	if also := AlsoLine(a); also != "" {
		lines = append(lines, also)
	}
	return lines
}
