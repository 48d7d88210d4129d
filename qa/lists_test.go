package qa

import (
	"strings"
	"testing"
)

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
	}
	for _, tt := range tests {
		if got := enumerates(tt.text); got != tt.want {
			t.Errorf("enumerates(%q): got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// enumeratesByRune is enumerates as it was before it skipped texts with no
// comma and read a word's end by endsListWord: the reference the faster
// one must agree with.
func enumeratesByRune(text string) bool {
	items, words := 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ',':
			if words == 0 || words > maxListItem {
				items = 0
			} else {
				items++
			}
			words = 0
			i++
		case c == '.' || c == ';' || c == ':' || c == '(' || c == ')':
			items, words = 0, 0
			i++
		case c == ' ' || c == '\t' || c == '\n':
			i++
		default:
			j := i
			for j < len(text) && !strings.ContainsRune(" \t\n,.;:()", rune(text[j])) {
				j++
			}
			if j < len(text) && text[j] == '.' && j+1 < len(text) && text[j+1] != ' ' {
				for j < len(text) && text[j] != ' ' && text[j] != ',' {
					j++
				}
			}
			if w := text[i:j]; w == "and" || w == "or" {
				if items >= 2 && words == 0 || items >= 1 && words >= 1 && words <= maxListItem {
					return true
				}
				items, words = 0, 0
				i = j
				continue
			}
			words++
			i = j
		}
	}
	return false
}

// TestEnumeratesAgrees checks enumerates against enumeratesByRune on every
// sentence of the seed corpus and on texts cut at each byte of the table's.
func TestEnumeratesAgrees(t *testing.T) {
	texts := []string{"Chrome, Firefox, Safari and Edge", "é, ü, ö and ß", "a,b,c or d", ",,, and", "x.y, z.w, and v"}
	for _, st := range Build(embedded(t)).sents {
		texts = append(texts, st.text)
	}
	for _, text := range texts[:5] {
		for i := range len(text) {
			texts = append(texts, text[:i], text[i:])
		}
	}
	listed := 0
	for _, text := range texts {
		got, want := enumerates(text), enumeratesByRune(text)
		if got != want {
			t.Errorf("enumerates(%q): got %v, want %v", text, got, want)
		}
		if want {
			listed++
		}
	}
	if listed == 0 {
		t.Errorf("no text of %d lists three things: the test compares nothing", len(texts))
	}
}
