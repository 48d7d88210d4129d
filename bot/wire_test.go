package bot

import (
	"encoding/json"
	"testing"

	"github.com/qabot/qabot/qa"
)

// TestAnswerJSONShape pins the wire names of an answer with documents that
// agree and one that says otherwise: they are a contract with the batch
// interface and the HTTP API.
func TestAnswerJSONShape(t *testing.T) {
	a := qa.Answer{
		Found: true, Span: "$55", SpanConfidence: 0.91234, Confidence: 0.8, Score: 3.14159,
		Sentence: "The budget is $55 a day.",
		Source:   qa.Source{Path: "travel.md", Title: "Travel", Date: "2025-03-01", Section: "Meals", Page: 2},
		Also:     []qa.Source{{Path: "faq.md", Section: "Money"}},
		Conflicts: []qa.Conflict{{
			Source: qa.Source{Path: "travel-2023.md", Date: "2023-03-01"}, Span: "$40",
			Sentence: "The budget is $40 a day.", Older: true,
		}},
	}
	b, err := json.Marshal(NewAnswerJSON(a))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"answered":true,"answer":"$55","sentence":"The budget is $55 a day.","source":"travel.md","score":3.142,"confidence":0.8,"span_confidence":0.912,` +
		`"title":"Travel","date":"2025-03-01","section":"Meals","page":2,"also":[{"source":"faq.md","section":"Money"}],` +
		`"conflicts":[{"source":{"source":"travel-2023.md","date":"2023-03-01"},"answer":"$40","sentence":"The budget is $40 a day.","older":true}]}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}
