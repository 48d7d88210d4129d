package bot

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/qabot/qabot/qa"
)

// AnswerJSON is an answer as JSON: one line of the batch interface
// (`qabot ask --jsonl`, DESIGN.md), the output of `qabot ask --json`, and the
// body of the HTTP API's /v1/ask. Its field names are a stable contract.
type AnswerJSON struct {
	ID       string  `json:"id,omitempty"`
	Question string  `json:"question,omitempty"`
	Answered bool    `json:"answered"`
	Answer   string  `json:"answer"`
	Sentence string  `json:"sentence"`
	Source   string  `json:"source"`
	Score    float64 `json:"score"`
	// Confidence is the probability that the sentence answers (0-1).
	Confidence float64 `json:"confidence"`
	// SpanConfidence is the probability that Answer, the short answer, is
	// right (0-1); the fronts lead with it only from MinSpanConfidence on
	// (LeadLine).
	SpanConfidence float64 `json:"span_confidence"`
	Title          string  `json:"title,omitempty"`
	Publisher      string  `json:"publisher,omitempty"`
	Date           string  `json:"date,omitempty"`
	// Section names the headings above the sentence, Page its PDF page.
	Section   string         `json:"section,omitempty"`
	Page      int            `json:"page,omitempty"`
	Also      []SourceJSON   `json:"also,omitempty"`
	Conflicts []ConflictJSON `json:"conflicts,omitempty"`
	// Alternatives are the 2nd to Nth best answers, each in this same
	// shape, when more than one was asked for (--top, ?top=).
	Alternatives []AnswerJSON `json:"alternatives,omitempty"`
	// Message is the user-facing text when nothing was answered.
	Message string `json:"message,omitempty"`
	// Error says why a batch line or request failed.
	Error string `json:"error,omitempty"`
}

// SourceJSON is a document that agrees with an answer, as JSON.
type SourceJSON struct {
	Path      string `json:"source"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Date      string `json:"date,omitempty"`
	Section   string `json:"section,omitempty"`
	Page      int    `json:"page,omitempty"`
}

// ConflictJSON is a document that gives another value, as JSON; Older
// says it is dated before the answer's.
type ConflictJSON struct {
	Source   SourceJSON `json:"source"`
	Span     string     `json:"answer"`
	Sentence string     `json:"sentence"`
	Older    bool       `json:"older,omitempty"`
}

func newSourceJSON(s qa.Source) SourceJSON {
	return SourceJSON{Path: s.Path, Title: s.Title, Publisher: s.Publisher, Date: s.Date, Section: s.Section, Page: s.Page}
}

// NewAnswerJSON converts an engine answer for the wire. Score, Confidence
// and SpanConfidence are rounded to three decimals.
func NewAnswerJSON(a qa.Answer) AnswerJSON {
	j := AnswerJSON{
		Answered:   a.Found,
		Score:      round3(a.Score),
		Confidence: round3(a.Confidence),
	}
	if !a.Found {
		j.Message = msgNotFound
		return j
	}
	j.Answer = a.Span
	j.SpanConfidence = round3(a.SpanConfidence)
	j.Sentence = a.Sentence
	j.Source = a.Source.Path
	j.Title = a.Source.Title
	j.Publisher = a.Source.Publisher
	j.Date = a.Source.Date
	j.Section = a.Source.Section
	j.Page = a.Source.Page
	for _, s := range a.Also {
		j.Also = append(j.Also, newSourceJSON(s))
	}
	for _, c := range a.Conflicts {
		j.Conflicts = append(j.Conflicts, ConflictJSON{Source: newSourceJSON(c.Source), Span: c.Span, Sentence: c.Sentence, Older: c.Older})
	}
	return j
}

// round3 rounds x to three decimals, so that output is stable across
// platforms.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// ReplyJSON converts any reply for the wire: the answer and its
// alternatives; "answered": false, the score and the message when the
// documents do not answer; "answered": false and the help text when help
// was asked for; the message as "error" when the question was refused,
// rate limited or failed.
func ReplyJSON(r Reply) AnswerJSON {
	switch r.Outcome {
	case OutcomeAnswered:
		j := NewAnswerJSON(r.Answer)
		for _, a := range r.Alternatives {
			j.Alternatives = append(j.Alternatives, NewAnswerJSON(a))
		}
		return j
	case OutcomeNotFound:
		j := NewAnswerJSON(r.Answer)
		j.Message = r.Text
		return j
	case OutcomeHelp:
		return AnswerJSON{Message: r.Text}
	}
	return AnswerJSON{Error: r.Text}
}

// Feedback is one 👍 or 👎 vote as it is stored (a line of the JSON Lines
// file, an entry of the Redis stream) and as `qabot feedback --json` reads
// it. Records outlive qabot versions: the field names are a stable
// contract.
type Feedback struct {
	Time  time.Time `json:"time"`
	Front string    `json:"front"`
	// Helpful is true for 👍 and false for 👎.
	Helpful  bool   `json:"helpful"`
	Question string `json:"question,omitempty"`
	Sentence string `json:"sentence,omitempty"`
	Source   string `json:"source,omitempty"`
}

// ParseFeedback reads one stored feedback record. It refuses anything but
// a JSON object with a time and a front, so that a damaged line is told
// apart from a vote.
func ParseFeedback(raw []byte) (Feedback, error) {
	var f Feedback
	if err := json.Unmarshal(raw, &f); err != nil {
		return Feedback{}, fmt.Errorf("not a feedback record: %w", err)
	}
	switch {
	case f.Time.IsZero():
		return Feedback{}, errors.New("not a feedback record: no time")
	case f.Front == "":
		return Feedback{}, errors.New("not a feedback record: no front")
	}
	return f, nil
}
