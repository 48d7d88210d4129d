package qa

import (
	"context"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

func TestParseChange(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"how much did imports grow", true},
		{"by how much did prices fall in 2024", true},
		{"how many percent did exports rise", true},
		{"how many imports were there", false},
		{"when did imports grow", false}, // a date, not a size
		{"what is the share of imports", false},
	}
	for _, tt := range tests {
		if got := Parse(tt.q).change; got != tt.want {
			t.Errorf("Parse(%q).change: got %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestAnswerPrefersStatedChange(t *testing.T) {
	docs := []corpus.Document{{Path: "a.txt", Body: strings.Join([]string{
		"Analog chip imports made up 47% of the market in 2022 and 62% in 2024.",
		"From 2022 to 2024, analog imports rose by 37% while their prices fell by 52%.",
	}, "\n")}}
	ix := Build(docs)
	a, err := ix.Ask(context.Background(), "how much did US analog chip imports grow from 2022 to 2024")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Sentence, "rose by 37%") {
		t.Errorf("got sentence %q, want the one stating the change (rose by 37%%)", a.Sentence)
	}
}
