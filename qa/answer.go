package qa

// Source identifies the document a sentence comes from.
type Source struct {
	// Path is the document's path relative to the corpus root.
	Path      string `json:"source"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Date      string `json:"date,omitempty"`
}

// Conflict is another document giving a different figure for the same
// thing the answer states.
type Conflict struct {
	Source   Source `json:"source"`
	Span     string `json:"answer"`
	Sentence string `json:"sentence"`
}

// Answer is the engine's reply to one question.
type Answer struct {
	// Found is false when the documents do not answer the question; then
	// every other field but Score is empty.
	Found bool
	// Span is the shortest phrase that answers (a date, a number, a name),
	// or "" when none could be isolated.
	Span string
	// Sentence is the verbatim sentence holding the answer.
	Sentence string
	// Source is the document Sentence comes from.
	Source Source
	// Score is the confidence of the answer; higher is better.
	Score float64
	// Also lists other documents that state the same answer.
	Also []Source
	// Conflicts lists documents that give a different figure for it.
	Conflicts []Conflict
}
