package qa

import (
	"strings"
	"testing"
	"time"

	"github.com/qabot/qabot/corpus"
)

func TestAskedDay(t *testing.T) {
	docs := []corpus.Document{
		{Path: "observer.html", Title: "Emergency pipeline to tap the river", Date: "2026-07-09",
			Body: "The city will build an emergency pipeline from the river, the water authority announced on Wednesday.\n\nLake Tessaly stood at 28 percent of capacity on Wednesday."},
		{Path: "courier.txt", Title: "Households beat the water target", Date: "2026-08-10",
			Body: "Households cut their water use by 27 percent in July.\n\nLake Tessaly was at 26 percent of capacity on Sunday, the lowest recorded.\n\nThe mediator expects a deal by next Friday."},
		{Path: "depot.txt", Title: "Depot hours", Body: "The depot is closed on 25 December."},
	}
	ix := Build(docs)
	checkBestSentences(t, ix, []bestSentenceCase{
		{"lake tessaly level july 8", "28 percent"}, // Wednesday of the article of Thursday, July 9
		{"lake tessaly level on 9 aug", "26 percent"},
		{"lake tessaly level", "26 percent"},
	})
	for _, tt := range []struct {
		question string
		month    time.Month
		day      int
	}{
		{"lake level july 8", time.July, 8},
		{"ship queue on sunday march 8", time.March, 8},
		{"whos got the pager on 4 may", time.May, 4},
		{"share price oct 15th", time.October, 15},
		{"from june 1 to june 5", 0, 0}, // two days: neither is the one asked
		{"march 40 report", 0, 0},       // no such day
		{"ju 4", 0, 0},
		{"how full was the reservoir in may", time.May, 0}, // a month alone, after a preposition of time
		{"what may i water", 0, 0},                         // too short for a month
	} {
		q := Parse(tt.question)
		m, d, _ := askedDay(&q)
		if m != tt.month || d != tt.day {
			t.Errorf("askedDay(%q) = %v %d, want %v %d", tt.question, m, d, tt.month, tt.day)
		}
	}
	day := func(sent string) int32 {
		for i := range ix.sents {
			if strings.Contains(ix.sents[i].text, sent) {
				return int32(i)
			}
		}
		t.Fatalf("no sentence %q", sent)
		return 0
	}
	sc := ix.scratch.Get()
	for _, tt := range []struct {
		sent  string
		month time.Month
		day   int
		want  bool
	}{
		{"28 percent", time.July, 8, true},   // Wednesday before Thursday, July 9
		{"28 percent", time.July, 1, false},  // a week before
		{"26 percent", time.August, 9, true}, // Sunday before Monday, August 10
		{"next Friday", time.August, 14, true},
		{"next Friday", time.August, 7, false},
		{"27 percent", time.July, 8, false},
		{"27 percent", time.August, 10, true},       // no day named: the article's own
		{"build an emergency", time.July, 9, false}, // names Wednesday, not its article's day
		{"build an emergency", time.July, 0, true},  // Wednesday, July 8
		{"27 percent", time.July, 0, true},
		{"27 percent", time.June, 0, false},
		{"closed on 25 December", time.December, 25, true},
		{"closed on 25 December", time.December, 0, false}, // an undated page
	} {
		// Twice: the second reads the tokens the scratch remembers, and
		// makes no allocation.
		for pass := range 2 {
			if got := ix.namesDay(sc, day(tt.sent), tt.month, tt.day); got != tt.want {
				t.Errorf("pass %d: namesDay(%q, %v %d) = %v, want %v", pass, tt.sent, tt.month, tt.day, got, tt.want)
			}
		}
		s := day(tt.sent)
		if n := testing.AllocsPerRun(10, func() { ix.namesDay(sc, s, tt.month, tt.day) }); n != 0 {
			t.Errorf("namesDay(%q): %v allocations, want 0", tt.sent, n)
		}
	}
}

// TestMonthOf checks the months monthOf reads, in full and shortened, and
// that it finds a month in no word that opens with a letter no month's
// name does (monthInitial).
func TestMonthOf(t *testing.T) {
	for _, c := range []struct {
		w    string
		want time.Month
	}{
		{"january", time.January}, {"oct", time.October}, {"sept", time.September}, {"dec", time.December},
		{"ma", 0}, {"mar", time.March}, {"may", time.May}, {"octopus", 0}, {"river", 0}, {"2024", 0}, {"", 0},
	} {
		if got := monthOf(c.w); got != c.want {
			t.Errorf("monthOf(%q): got %v, want %v", c.w, got, c.want)
		}
	}
	for c := range 256 {
		if got, want := monthInitial[c] != 0, strings.ContainsRune("jfmasond", rune(c)); got != want {
			t.Errorf("monthInitial[%q] set: got %v, want %v", rune(c), got, want)
		}
	}
}

// TestMonthOfPlain checks monthOf, which compares a word only with the
// months' names of its first letter (monthInitial), against the plain
// walk over all twelve, on every prefix of every month's name, those
// prefixes with a letter changed or added, and every word of the
// embedded corpus and of the 48 SQuAD articles (when they are beside the
// repository).
func TestMonthOfPlain(t *testing.T) {
	plain := func(w string) time.Month {
		if len(w) < minMonthPrefix {
			return 0
		}
		for i, name := range monthNames {
			if strings.HasPrefix(name, w) {
				return time.Month(i + 1)
			}
		}
		return 0
	}
	var list []string
	for _, name := range monthNames {
		for n := range len(name) + 1 {
			list = append(list, name[:n], name[:n]+"s", "x"+name[:n])
			for c := byte('a'); c <= 'z'; c++ {
				if n > 0 {
					list = append(list, name[:n-1]+string(c)+name[n:])
				}
			}
		}
	}
	var texts []string
	for _, st := range Build(embedded(t)).sents {
		texts = append(texts, st.text)
	}
	for _, text := range withSquad48(t, texts) {
		for _, tk := range tokenize(text, nil) {
			list = append(list, tk.text)
		}
	}
	months := 0
	for _, w := range list {
		got, want := monthOf(w), plain(w)
		if got != want {
			t.Errorf("monthOf(%q): got %v, want %v", w, got, want)
		}
		if want != 0 {
			months++
		}
	}
	seen := map[time.Month]bool{}
	for _, name := range monthNames {
		seen[monthOf(name)] = true
	}
	if len(seen) != 12 || seen[0] || months < 100 {
		t.Errorf("months read: %d of the names, %d of %d words; want all 12 and at least 100", len(seen), months, len(list))
	}
}

// TestDayOfMonth checks the days of the month dayOfMonth reads, and that a
// word that is none costs no allocation.
func TestDayOfMonth(t *testing.T) {
	for _, c := range []struct {
		w    string
		want int
	}{
		{"8", 8}, {"15th", 15}, {"1st", 1}, {"2nd", 2}, {"3rd", 3}, {"31", 31}, {"+8", 8},
		{"32", 0}, {"0", 0}, {"-1", 0}, {"in", 0}, {"", 0}, {"th", 0}, {"a1", 0}, {"july", 0}, {"8a", 0},
	} {
		if got := dayOfMonth(c.w); got != c.want {
			t.Errorf("dayOfMonth(%q) = %d, want %d", c.w, got, c.want)
		}
	}
	for _, w := range []string{"in", "on", "the", "2026s"} {
		if n := testing.AllocsPerRun(10, func() { dayOfMonth(w) }); n != 0 {
			t.Errorf("dayOfMonth(%q): %v allocations, want 0", w, n)
		}
	}
}

// TestMayNameMonth checks the texts mayNameMonth rules out for a month and
// those it keeps: a month in any case, shortened or with stops inside
// ("S.e.p."), and any text with a letter that is not ASCII, which may fold
// to one of the month's.
func TestMayNameMonth(t *testing.T) {
	for _, c := range []struct {
		text  string
		month time.Month
		want  bool
	}{
		{"The depot is closed on 25 December.", time.December, true},
		{"The depot is closed on 25 December.", time.November, false},
		{"It opened on SEPT 8, 1990.", time.September, true},
		{"It opened on S.e.p. 8.", time.September, true},
		{"Jul's heat", time.July, true},
		{"The sepal of a flower", time.September, true}, // a word that opens with it
		{"“Quoted” — and dashed, 1990.", time.July, false},
		{"The café opened in 1990.", time.July, true}, // a letter not ASCII
		{"Ju-ly 8", time.July, false},                 // a hyphen ends a word
		{"", time.May, false},
	} {
		if got := mayNameMonth(c.text, c.month); got != c.want {
			t.Errorf("mayNameMonth(%q, %v) = %v, want %v", c.text, c.month, got, c.want)
		}
	}
}

// TestRewritesKeepMonths checks what mayNameMonth rests on in the
// tokenizer's word lists: a spelling or a phrase of tokenwords.txt whose
// output holds a month's first minMonthPrefix letters has them in its
// input too ("sept" for "september"), so that no rewrite makes a month a
// text lacks.
func TestRewritesKeepMonths(t *testing.T) {
	tw := tokenWords()
	for _, name := range monthNames {
		p := name[:minMonthPrefix]
		for from, to := range tw.spellings {
			if strings.Contains(to, p) && !strings.Contains(from, p) {
				t.Errorf("spelling %q: %q holds %q, its input does not", from, to, p)
			}
		}
		for words, to := range tw.phrases {
			if strings.Contains(to, p) && !strings.Contains(words[0], p) && !strings.Contains(words[1], p) {
				t.Errorf("phrase %q: %q holds %q, its input does not", words, to, p)
			}
		}
	}
}

// TestMayNameMonthOnCorpora checks mayNameMonth against the tokenizer on
// every sentence of the test corpora (and of squad48 when the SQuAD
// training folder is there): where it reports that a sentence cannot name
// a month, no token of the sentence does (monthOf).
func TestMayNameMonthOnCorpora(t *testing.T) {
	ruled := 0
	eachCorpusSentence(t, func(ix *Index, s int32, text string) {
		toks := tokenize(text, nil)
		for m := time.January; m <= time.December; m++ {
			if mayNameMonth(text, m) {
				continue
			}
			ruled++
			for _, tk := range toks {
				if monthOf(tk.text) == m {
					t.Fatalf("mayNameMonth(%q, %v) = false, but token %q names it", text, m, tk.text)
				}
			}
		}
	})
	if ruled == 0 {
		t.Fatal("no sentence ruled out")
	}
}
