package qa

import "testing"

func TestAsksList(t *testing.T) {
	tests := []struct {
		question string
		want     bool
	}{
		{"What browsers does Slotwise support?", true},
		{"payment methods", true},
		{"what are our products", true},
		{"which kinds of shops are hurting most", true},
		{"What instruments did Chopin's father play?", true},
		{"which plan comes with an account director", false}, // "comes" is the verb
		{"what browser does slotwise recommend", false},
		{"how many crops were hit", false},      // a count, not a list
		{"do they pay for safety boots", false}, // yes or no
		{"payment method", false},
		{"latest news", false},
	}
	for _, tt := range tests {
		if got := Parse(tt.question).list; got != tt.want {
			t.Errorf("Parse(%q).list: got %v, want %v", tt.question, got, tt.want)
		}
	}
}

func TestEnumerates(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Slotwise works in Chrome, Firefox, Safari and Edge.", true},
		{"Support is given in English, German and Spanish.", true},
		{"We accept Visa, Mastercard, or American Express cards.", true},
		{"Release 3.3.1 fixes retries, rounding and double payments.", true},
		{"We accept Visa and Mastercard.", false},
		{"Prices rose, and wages fell.", false},
		{"In 2020, after a long review of the whole programme and its costs, the board agreed.", false},
		{"Internet Explorer is not supported.", false},
		// No comma, no list, however many "and"s (read without a word read).
		{"Chrome and Firefox or Safari and Edge", false},
		// Words end at a tab, a newline or a bracket, and are any bytes.
		{"red,\ngreen,\nblue and white", true},
		{"Tea\tcoffee, juice (fresh), and milk", false},
		{"é, ü, ö and ß", true},
		{"a,b,c or d", true},
		{",,, and", false},
		// A stop inside a word ("3.11") does not end the item.
		{"Python 3.11, Go 1.26 and Rust 1.80", true},
		{"x.y, z.w, and v", true},
	}
	for _, tt := range tests {
		if got := enumerates(tt.text); got != tt.want {
			t.Errorf("enumerates(%q): got %v, want %v", tt.text, got, tt.want)
		}
	}
}
