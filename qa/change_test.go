package qa

import "testing"

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
