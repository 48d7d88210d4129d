package corpus

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" when it cannot be read
	}{
		{"September 14, 2025", "2025-09-14"},
		{"Sept. 15, 2025", "2025-09-15"},
		{"14 September 2025", "2025-09-14"},
		{"17th of May 2024", "2024-05-17"},
		{"September 2025", "2025-09-01"},
		{"2025-09-14", "2025-09-14"},
		{"14.09.2025", "2025-09-14"},
		{"Published 3 March 2023 by IT", "2023-03-03"},
		{"2024", "2024-01-01"},
		{"soon", ""},
		{"", ""},
	} {
		got, ok := ParseDate(tc.in)
		switch {
		case tc.want == "" && ok:
			t.Errorf("ParseDate(%q) = %v, want no date", tc.in, got)
		case tc.want != "" && (!ok || got.Format(time.DateOnly) != tc.want):
			t.Errorf("ParseDate(%q) = %v, %v; want %s", tc.in, got.Format(time.DateOnly), ok, tc.want)
		}
	}
}

func TestPublishedSentence(t *testing.T) {
	for _, tc := range []struct {
		in, date, publisher string
		ok                  bool
	}{
		{"Published by IT, 14 March 2023. Archived: much of this is out of date.", "14 March 2023", "IT", true},
		{"Last updated September 2, 2025.", "September 2, 2025", "", true},
		{"The fair was published in 2019 and sold out.", "", "", false},
		{"Published by the team in the end.", "", "", false},
	} {
		date, pub, _, ok := publishedSentence(tc.in)
		if ok != tc.ok || date != tc.date || pub != tc.publisher {
			t.Errorf("publishedSentence(%q) = %q, %q, %v; want %q, %q, %v", tc.in, date, pub, ok, tc.date, tc.publisher, tc.ok)
		}
	}
}
