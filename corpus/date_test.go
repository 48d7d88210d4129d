package corpus

import "testing"

func TestDateLine(t *testing.T) {
	tests := []struct {
		in              string
		date, publisher string
		updated, ok     bool
	}{
		{"September 14, 2025", "September 14, 2025", "", false, true},
		{"Gulan Media September 14, 2025 News", "September 14, 2025", "Gulan Media", false, true},
		{"Monday, 02 February 2026", "02 February 2026", "", false, true},
		{"Published Sept. 15, 2025", "Sept. 15, 2025", "", false, true},
		{"Updated: 16 September 2025 10:30 BST", "16 September 2025", "", true, true},
		{"By Jane Doe | 2025-09-14", "2025-09-14", "Jane Doe", false, true},
		{"14.09.2025", "14.09.2025", "", false, true},
		{"Jane Doe and John Smith, September 2025", "September 2025", "Jane Doe and John Smith", false, true},
		{"Officials met on September 14, 2025 in Madrid", "", "", false, false},
		{"The deadline is September 17", "", "", false, false},
		{"Dharvi Vaid with Reuters and AP", "", "", false, false},
		{"September 14, 2025 the talks began in earnest", "", "", false, false},
		{"Tariff Pause Nears Its Deadline", "", "", false, false},
		// A label's first word is no publisher, and a name does not
		// end in a connector.
		{"Review date: 30 January 2026", "30 January 2026", "", false, true},
		{"Issue date 3 March 2025", "3 March 2025", "", false, true},
		{"Jane Doe, updated 3 March 2025", "3 March 2025", "Jane Doe", true, true},
		{"By Jane Doe on 3 March 2025", "3 March 2025", "Jane Doe", false, true},
		{"Rates from 1 January 2026", "", "", false, false},
		{"Prices of March 2025", "", "", false, false},
		{"Cartwheel 4.3 (released 10 February 2026)", "", "", false, false},
	}
	for _, tt := range tests {
		date, pub, upd, ok := dateLine(tt.in)
		if date != tt.date || pub != tt.publisher || upd != tt.updated || ok != tt.ok {
			t.Errorf("dateLine(%q): got %q, %q, %v, %v; want %q, %q, %v, %v",
				tt.in, date, pub, upd, ok, tt.date, tt.publisher, tt.updated, tt.ok)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Madrid, September 2025 — Senior trade officials met.", "September 2025"},
		{"MADRID, Spain, Sept. 14, 2025 - Officials met.", "Sept. 14, 2025"},
		{"Geneva, 12 May 2025: Talks began.", "12 May 2025"},
		{"On September 14 in Madrid, delegations met.", ""},
		{"Senior officials met in Madrid, September 2025 — a date in the middle.", ""},
	}
	for _, tt := range tests {
		if got := dateline(tt.in); got != tt.want {
			t.Errorf("dateline(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNameLike(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Gulan Media", true},
		{"Dharvi Vaid with Reuters and AP", true},
		{"J. R. Smith Jr.", true},
		{"Bank of Spain", true},
		{"and Reuters", false},
		{"the talks began", false},
		{"Did It Work?", false},
		{"One Two Three Four Five Six Seven Eight Nine", false},
	}
	for _, tt := range tests {
		if got := nameLike(tt.in, 8); got != tt.want {
			t.Errorf("nameLike(%q): got %v, want %v", tt.in, got, tt.want)
		}
	}
}
