package qa

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// answerCase is one line of testdata/cases.jsonl: a question asked of the
// embedded seeds, or of Corpus (a folder under testdata), and what the
// answer must be. MinConfidence, when set, replaces the default threshold
// (0 tests ranking alone). Source and Older name the answer's document and
// an older one that must be cited as saying otherwise; SentenceHasAny,
// when set, lists texts of which the sentence must hold one (the items of
// a list, any of which answers). NoAlternatives is
// true for a case that must fail when question words get no alternatives:
// it proves the semantic matching.
type answerCase struct {
	Question       string   `json:"question"`
	Corpus         string   `json:"corpus"`
	MinConfidence  *float64 `json:"min_confidence"`
	Found          bool     `json:"found"`
	SentenceHas    string   `json:"sentence_has"`
	SentenceHasAny []string `json:"sentence_has_any"`
	Span           string   `json:"span"`
	Source         string   `json:"source"`
	Older          string   `json:"older"`
	NeedsSemantics bool     `json:"needs_semantics"`
	Why            string   `json:"why"`
}

func TestAnswerCases(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "cases.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	indexes := map[string]*Index{"": Build(embedded(t))}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c answerCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("cases.jsonl: %v", err)
		}
		ix := indexes[c.Corpus]
		if ix == nil {
			docs, _, err := corpus.Load(filepath.Join("testdata", c.Corpus))
			if err != nil {
				t.Fatalf("corpus %s: %v", c.Corpus, err)
			}
			ix = Build(docs)
			indexes[c.Corpus] = ix
		}
		opt := DefaultOptions()
		if c.MinConfidence != nil {
			opt.MinConfidence = *c.MinConfidence
		}
		a, err := ix.AnswerWith(context.Background(), Parse(c.Question), opt)
		if err != nil {
			t.Fatalf("Ask(%q): %v", c.Question, err)
		}
		if c.NeedsSemantics {
			q := Parse(c.Question)
			for i := range q.words {
				q.words[i].noAlts = true
			}
			// A fresh index: the other remembers how the words resolved.
			bare, err := Build(ix.docs).AnswerWith(context.Background(), q, opt)
			if err != nil {
				t.Fatal(err)
			}
			if bare.Found && strings.Contains(bare.Sentence, c.SentenceHas) {
				t.Errorf("Ask(%q) without alternatives: got %q, want it to miss %q (the case does not test semantic matching)", c.Question, bare.Sentence, c.SentenceHas)
			}
		}
		if c.Source != "" && a.Source.Path != c.Source {
			t.Errorf("Ask(%q).Source = %q, want %q (%s)", c.Question, a.Source.Path, c.Source, c.Why)
		}
		if c.Older != "" && !slices.ContainsFunc(a.Conflicts, func(k Conflict) bool { return k.Older && k.Source.Path == c.Older }) {
			t.Errorf("Ask(%q).Conflicts = %+v, want %s named as an older page (%s)", c.Question, a.Conflicts, c.Older, c.Why)
		}
		if a.Found != c.Found {
			t.Errorf("Ask(%q).Found = %v (sentence %q), want %v", c.Question, a.Found, a.Sentence, c.Found)
			continue
		}
		if !c.Found {
			if a.Sentence != "" || a.Span != "" || a.Source.Path != "" {
				t.Errorf("Ask(%q) abstained but returned %+v", c.Question, a)
			}
			continue
		}
		if !strings.Contains(a.Sentence, c.SentenceHas) {
			t.Errorf("Ask(%q).Sentence = %q, want it to hold %q", c.Question, a.Sentence, c.SentenceHas)
		}
		if len(c.SentenceHasAny) > 0 && !slices.ContainsFunc(c.SentenceHasAny, func(s string) bool { return strings.Contains(a.Sentence, s) }) {
			t.Errorf("Ask(%q).Sentence = %q, want it to hold one of %q (%s)", c.Question, a.Sentence, c.SentenceHasAny, c.Why)
		}
		if c.Span != "" && a.Span != c.Span {
			t.Errorf("Ask(%q).Span = %q, want %q", c.Question, a.Span, c.Span)
		}
		if a.Source.Path == "" {
			t.Errorf("Ask(%q).Source.Path is empty", c.Question)
		}
	}
}

func TestCorroboration(t *testing.T) {
	docs := []corpus.Document{
		{Path: "a.txt", Body: "The ministry added 23 Chinese firms to its entity list on Friday."},
		{Path: "b.txt", Body: "The bureau added 32 Chinese entities to its entity list on Friday."},
		{Path: "c.txt", Body: "Officials added 23 Chinese firms to the entity list, reports said."},
		{Path: "d.txt", Body: "Spain hosted the talks in a palace in the centre of Madrid."},
		// A number-like word is no figure to differ: e.txt is no conflict.
		{Path: "e.txt", Body: "Officials added Chinese firms to the entity list monthly, reports said."},
	}
	ix := Build(docs)
	a, err := ix.Ask(context.Background(), "how many chinese firms were added to the entity list")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Found || a.Span != "23" {
		t.Fatalf("got Found=%v Span=%q Sentence=%q, want the 23 firms", a.Found, a.Span, a.Sentence)
	}
	if len(a.Also) != 1 || a.Also[0].Path != "c.txt" {
		t.Errorf("Also = %+v, want c.txt", a.Also)
	}
	if len(a.Conflicts) != 1 || a.Conflicts[0].Source.Path != "b.txt" || a.Conflicts[0].Span != "32" {
		t.Errorf("Conflicts = %+v, want b.txt saying 32", a.Conflicts)
	}
}

// TestConflictsInOneMeasure checks that a figure of another measure is no
// disagreement: a share or an amount of money against a count of firms.
func TestConflictsInOneMeasure(t *testing.T) {
	for _, other := range []string{
		"The ministry added Chinese firms to its entity list on Friday, raising their duties by 15%.",
		"The ministry added Chinese firms to its entity list on Friday, at a cost of $40 million.",
	} {
		ix := Build([]corpus.Document{
			{Path: "a.txt", Body: "The ministry added 23 Chinese firms to its entity list on Friday."},
			{Path: "b.txt", Body: other},
		})
		a, err := ix.Ask(context.Background(), "how many chinese firms were added to the entity list")
		if err != nil {
			t.Fatal(err)
		}
		if !a.Found || a.Span != "23" {
			t.Fatalf("got Found=%v Span=%q Sentence=%q, want the 23 firms", a.Found, a.Span, a.Sentence)
		}
		if len(a.Conflicts) != 0 {
			t.Errorf("with %q: Conflicts = %+v, want none", other, a.Conflicts)
		}
	}
}

func TestBadInput(t *testing.T) {
	ix := Build(embedded(t))
	huge := strings.Repeat("tiktok deadline ", 1<<16) // 1 MB
	inputs := []string{
		"", " ", "???", "asdfgh", "hello", "\x00\x01\x02\xff\xfe",
		"\xe2\x28\xa1 invalid utf8 \xc3", huge, strings.Repeat("a", 1<<20),
		"@everyone <script>alert(1)</script>", strings.Repeat("é", 5000),
	}
	for _, in := range inputs {
		a, err := ix.Ask(context.Background(), in)
		if err != nil {
			t.Errorf("Ask(%.20q): %v", in, err)
		}
		if in != huge && a.Found {
			t.Errorf("Ask(%.20q) found %q, want Found=false", in, a.Sentence)
		}
		if in == huge && (!a.Found || !strings.Contains(a.Sentence, "TikTok") || !strings.Contains(a.Sentence, "deadline")) {
			t.Errorf("Ask(1 MB of 'tiktok deadline'): got Found=%v %q, want a sentence on the TikTok deadline", a.Found, a.Sentence)
		}
	}
	// An empty corpus answers nothing and does not panic.
	empty := Build(nil)
	if a, err := empty.Ask(context.Background(), "when is the deadline"); err != nil || a.Found {
		t.Errorf("empty index: got %+v, %v, want not found", a, err)
	}
	// A run-on document with no full stop is cut into bounded sentences.
	runOn := Build([]corpus.Document{{Path: "x", Body: "\xff\xfe\x00 " + strings.Repeat("deadline word ", 1<<18)}})
	if n := runOn.Stats().Sentences; n < (14<<18)/maxSentenceBytes {
		t.Errorf("run-on document: got %d sentences, want it cut into pieces of at most %d bytes", n, maxSentenceBytes)
	}
	for _, s := range runOn.sents {
		if len(s.text) > maxSentenceBytes {
			t.Fatalf("run-on document: got a sentence of %d bytes, want at most %d", len(s.text), maxSentenceBytes)
		}
	}
	if a, err := runOn.Ask(context.Background(), "zzz"); err != nil || a.Found {
		t.Errorf("run-on document, unknown word: got %+v, %v, want not found", a, err)
	}
}

func TestContextCancelled(t *testing.T) {
	ix := Build(embedded(t))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Ask(ctx, "when is the TikTok deadline"); !errors.Is(err, context.Canceled) {
		t.Errorf("got error %v, want context.Canceled", err)
	}
}

func TestConcurrentAsk(t *testing.T) {
	ix := Build(embedded(t))
	want, _ := ix.Ask(context.Background(), "when is the TikTok deadline")
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				got, err := ix.Ask(context.Background(), "when is the TikTok deadline")
				if err != nil || got.Sentence != want.Sentence {
					errs <- got.Sentence
					return
				}
				ix.Ask(context.Background(), "who is leading the negotiations on both sides")
			}
		}()
	}
	wg.Wait()
	close(errs)
	for s := range errs {
		t.Errorf("concurrent answer %q, want %q", s, want.Sentence)
	}
}

func TestStats(t *testing.T) {
	ix := Build(embedded(t))
	st := ix.Stats()
	if st.Documents != 5 || st.Sentences < 50 {
		t.Errorf("Stats = %+v, want 5 documents and at least 50 sentences", st)
	}
}

func TestCorroborationNeedsTheQuestion(t *testing.T) {
	docs := []corpus.Document{
		{Path: "a.txt", Body: "ByteDance must sell TikTok by September 17 or face a ban."},
		{Path: "b.txt", Body: "TikTok is popular with teenagers.\nA music festival opens in Berlin on September 17."},
		{Path: "c.txt", Body: "The deadline for ByteDance to sell TikTok is September 17."},
	}
	ix := Build(docs)
	a, err := ix.Ask(context.Background(), "when must bytedance sell tiktok")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Found || a.Span != "September 17" {
		t.Fatalf("got Found=%v Span=%q, want September 17", a.Found, a.Span)
	}
	var also []string
	for _, s := range a.Also {
		also = append(also, s.Path)
	}
	want := "c.txt"
	if a.Source.Path == "c.txt" {
		want = "a.txt"
	}
	if !slices.Equal(also, []string{want}) {
		t.Errorf("got Also %v, want [%s]: the festival on the same date does not agree", also, want)
	}
}

func TestNoSpanNoAlso(t *testing.T) {
	var docs []corpus.Document
	for i := range 5 {
		docs = append(docs, corpus.Document{Path: fmt.Sprintf("%d.txt", i), Body: fmt.Sprintf("Doc %d says the tariff is applied to steel imports from abroad in case %d.", i, i)})
	}
	a, err := Build(docs).Ask(context.Background(), "what is the tariff applied to")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Also) != 0 {
		t.Errorf("got Also %+v with span %q, want none: without a span nothing can agree", a.Also, a.Span)
	}
}

// TestWholeWord checks that a short answer ending at a word takes the
// parts joined to it by hyphens.
func TestWholeWord(t *testing.T) {
	for _, c := range []struct {
		text string
		end  int // after the word the answer ends at
		want string
	}{
		{"71 short-term rentals", len("71 short"), "71 short-term"},
		{"a 90-day-long truce", len("a 90"), "a 90-day-long"},
		{"four times a year", len("four times"), "four times"},
		{"ends with a dash -", len("ends with a dash"), "ends with a dash"},
		{"two investigations-", len("two investigations"), "two investigations"},
	} {
		if got := c.text[:wholeWord(c.text, c.end)]; got != c.want {
			t.Errorf("wholeWord(%q, %d): got %q, want %q", c.text, c.end, got, c.want)
		}
	}
}

// TestCountedEnd checks where a number ends as a short answer: with the
// word after it when the question counts that word (or, for the rules'
// pick, names it at all), the whole of it when hyphens join it to more,
// and at the number when a mark, a capital or a word the question does not
// name follows, or, for the span model's pick, when a hyphen joins the
// counted word to the number.
func TestCountedEnd(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "The delegations met four times in Madrid. " +
		"There were 71 short-term rentals in town in March. " +
		"The ministry listed 23 Chinese firms on Monday. " +
		"Four bus lines cross the bridge, and four, times over, the ferries did. " +
		"The ferry carries four cars. " +
		"Apple introduced a new 8-pin dock connector."}})
	tests := []struct {
		question, sentence string
		number             string // the number's text in sentence, where the answer starts
		anyWord            bool
		want               string
	}{
		{"how many times did the delegations meet", "met four times", "four", false, "four times"},
		{"how many times did the delegations meet", "met four times", "four", true, "four times"},
		{"how many short-term rentals were there in march", "71 short-term rentals", "71", true, "71 short-term"},
		{"how many chinese firms did the ministry list", "23 Chinese firms", "23", true, "23"}, // a capital opens a name
		{"how many lines cross the bridge by bus", "Four bus lines", "Four", false, "Four"},    // "bus" is not the word counted
		{"how many lines cross the bridge by bus", "Four bus lines", "Four", true, "Four bus"},
		{"how many times did the ferries cross", "four, times", "four", true, "four"}, // a comma between
		{"how many times did the ferry sail", "four cars", "four", true, "four"},      // a word the question does not name
		{"how many pins does the connector have", "8-pin dock", "8", false, "8"},      // a hyphen makes a modifier
		{"how many pins does the connector have", "8-pin dock", "8", true, "8-pin"},   // the rules' pick as before
	}
	for _, tt := range tests {
		s := sentenceHolding(t, ix, tt.sentence)
		text := ix.sents[s].text
		start := strings.Index(text, tt.sentence) + strings.Index(tt.sentence, tt.number)
		q := Parse(tt.question)
		sc := ix.scratch.Get()
		ix.resolve(&q, sc)
		got := text[start:ix.countedEnd(&q, sc, text, start+len(tt.number), tt.anyWord)]
		sc.reset(ix)
		ix.scratch.Put(sc)
		if got != tt.want {
			t.Errorf("%q on %q (any word %v): got %q, want %q", tt.question, tt.sentence, tt.anyWord, got, tt.want)
		}
	}
}

func TestFirstAnswer(t *testing.T) {
	tests := []struct {
		name    string
		conf    []float64
		minConf float64
		// rows are the candidates that may stand in for the first
		// (firstAnswer's standIn): rows of its table.
		rows []int
		want int
	}{
		{"the first sure enough", []float64{0.5, 0.9}, 0.34, nil, 0},
		{"the first unsure, the second sure", []float64{0.3, 0.66}, 0.34, nil, 1},
		{"neither sure", []float64{0.3, 0.2}, 0.34, nil, 0},
		{"no minimum", []float64{0.3, 0.66}, 0, nil, 0},
		{"no minimum, the first cannot answer", []float64{0, 0.2}, 0, nil, 1}, // a how-many question, a sentence with no number
		{"no minimum, none can answer", []float64{0, 0}, 0, nil, 0},
		{"only the first pickCandidates", []float64{0.1, 0.2, 0.9}, 0.34, nil, 0},
		{"one candidate", []float64{0.1}, 0.34, nil, 0},
		{"a row stands in for an unsure first", []float64{0, 0, 0.1, 0.24}, 0.15, []int{3}, 3},
		{"a row stands in at no minimum", []float64{0, 0, 0.1, 0.24}, 0, []int{3}, 3},
		{"only the best-ranked row stands in", []float64{0, 0, 0.1, 0.24}, 0.15, []int{2, 3}, 0},
		{"the window's answer before a row", []float64{0, 0.2, 0.3}, 0, []int{2}, 1},
		{"a row below the minimum", []float64{0.1, 0.1, 0.12}, 0.15, []int{2}, 0},
	}
	for _, tt := range tests {
		got := firstAnswer(len(tt.conf), tt.minConf, func(i int) float64 { return tt.conf[i] }, func(i int) bool { return slices.Contains(tt.rows, i) })
		if got != tt.want {
			t.Errorf("%s: firstAnswer(%v, %v) = %d, want %d", tt.name, tt.conf, tt.minConf, got, tt.want)
		}
	}
}

// TestPointsTo checks which sentences point to the table that holds a
// row (pointsTo): a clause naming the table by its section's words the
// question does not hold, not a sentence that shares with the rows only
// the question's own words, nor a row itself, nor a clause of another
// document.
func TestPointsTo(t *testing.T) {
	policy := "# Policy\n\n## 2. Table of benefits\n\n| Cover | Essentials | Premier |\n|---|---|---|\n| Passport and travel documents | £250 | £500 |\n| Personal money | £200 | £500 |\n\n" +
		"## 6. Passport\n\nIf your passport is lost, we pay for an emergency travel document, up to the limit in the table of benefits.\n\n" +
		"A passport limit is set for each kind of cover.\n"
	other := "# Notes\n\nThe limit for your passport is in the table of benefits.\n"
	ix := buildFiles(t, []file{{"policy.md", policy}, {"notes.md", other}})
	find := func(text string) int32 { return int32(sentenceHolding(t, ix, text)) }
	row := find("Passport and travel documents; £250")
	q := Parse("passport cover limit")
	sc := ix.scratch.Get()
	defer ix.scratch.Put(sc)
	ix.resolve(&q, sc)
	defer sc.reset(ix)
	for _, tt := range []struct {
		first string
		want  bool
	}{
		{"up to the limit in the table of benefits", true},
		{"A passport limit is set", false},
		{"Personal money; £200", false},
		{"The limit for your passport is in the table", false},
	} {
		if got := ix.pointsTo(sc, find(tt.first), row); got != tt.want {
			t.Errorf("pointsTo(%q, the passport row): got %v, want %v", tt.first, got, tt.want)
		}
	}
}

// TestAgreedSpan checks that a short answer is as sure as the surest
// sentence of the agreeing candidates (agreedSpan) makes it: on the default
// corpus one candidate for the deadline says "September 17" far from
// "deadline" ("Reports suggest ... by September 17"), where the span model
// alone is unsure, and other articles say it plainly ("faces a September
// 17 deadline"), so its span is as sure as theirs, above the fronts' bar
// (bot.MinSpanConfidence, 0.7); and the answer's lead clears that bar.
func TestAgreedSpan(t *testing.T) {
	ix := Build(embedded(t))
	q := Parse("when is the TikTok deadline?")
	found := false
	err := ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, total float64) {
		for i, c := range sc.top {
			if !strings.HasPrefix(ix.sents[c.sent].text, "Reports suggest") {
				continue
			}
			found = true
			pick := ix.spanFor(&q, sc, c.sent, total)
			var f leadFacts
			if got := ix.agreedSpan(&q, sc, i, pick, total, &f); pick.text != "September 17" || pick.p >= 0.7 || got < 0.7 || !f.lent {
				t.Errorf("the hedged sentence: got span %q of its own probability %.3f and agreed %.3f (lent %v), want \"September 17\" below 0.7 alone and 0.7 or more agreed, lent", pick.text, pick.p, got, f.lent)
			}
		}
	})
	if err != nil || !found {
		t.Fatalf("got error %v and the hedged sentence among the candidates %v, want it there", err, found)
	}
	a, err := ix.Ask(context.Background(), "when is the TikTok deadline?")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Found || a.Span != "September 17" || a.SpanConfidence < 0.7 {
		t.Errorf("got span %q at span confidence %.3f (sentence %q), want \"September 17\" at 0.7 or more", a.Span, a.SpanConfidence, a.Sentence)
	}
}
