package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestOlderConflicts checks that an older page is named as saying
// otherwise when it gives another value of the kind asked, and not when
// it repeats the answer's value beside another one.
func TestOlderConflicts(t *testing.T) {
	page := func(path, date, body string) corpus.Document {
		return corpus.Document{Path: path, Date: date, Body: body}
	}
	newer := page("offsite-2025.md", "2025-03-01", "The team offsite is in Lisbon this spring.\n\nThe offsite meal budget is $55 a day per person.")
	fees := page("baggage-2026.md", "2026-01-12", "Excess baggage costs £12 per kg when paid at the airport, and £9 per kg when booked online at least 24 hours before departure.")
	sale := page("sale-2026.md", "2026-02-01", "The spring sale opens on 3 March and closes on 20 March, with early access for members from 1 March.")
	tests := []struct {
		newer                    *corpus.Document // newer when nil
		older                    corpus.Document
		question, answer, olderP string
		olderSpan                string // the older page's figure, when checked
	}{
		// Two versions of a sentence giving two fees and a notice: the
		// older page gives £10 where the answer's £12 stands, and sharing
		// the "24 hours" beside them is no agreement.
		{&fees, page("baggage-2025.md", "2025-03-03", "Excess baggage costs £10 per kg when paid at the airport, and £8 per kg when booked online at least 24 hours before departure."),
			"how much is excess baggage at the airport", "£12", "baggage-2025.md", "£10"},
		// The same for dates, which only this check compares: the older
		// page's end date, not its start date, stands where the answer's
		// does.
		{&sale, page("sale-2025.md", "2025-02-01", "The spring sale opens on 5 March and closes on 22 March, with early access for members from 1 March."),
			"when does the spring sale close", "20 March", "sale-2025.md", "22 March"},
		{nil, page("offsite-2023.md", "2023-03-01", "The team offsite is in Porto this spring.\n\nThe offsite meal budget is $40 a day per person."),
			"how much is the offsite meal budget", "$55", "offsite-2023.md", ""},
		{nil, page("offsite-2023.md", "2023-03-01", "The team offsite is in Porto this spring.\n\nThe offsite meal budget is $40 a day per person."),
			"where is the team offsite", "Lisbon", "offsite-2023.md", ""},
		// The older page repeats Lisbon: it agrees, whatever else it names.
		{nil, page("offsite-plan.md", "2024-11-01", "The team offsite in Lisbon this spring follows the board meeting in Porto."),
			"where is the team offsite", "Lisbon", "", ""},
		// The older page states the newer value too: it agrees, and is not
		// also named as saying otherwise.
		{nil, page("offsite-2024.md", "2024-03-01", "The offsite meal budget is $55 a day per person.\n\nThe offsite meal budget was $40 a day per person."),
			"how much is the offsite meal budget", "$55", "", ""},
		// The same, with Lisbon read as a name ("the Lisbon offsite"), not a
		// place.
		{nil, page("offsite-plan.md", "2024-11-01", "Before the Lisbon team offsite, everyone meets in Porto."),
			"where is the team offsite", "Lisbon", "", ""},
	}
	opt := DefaultOptions()
	opt.MinConfidence = 0
	for _, tt := range tests {
		nd := newer
		if tt.newer != nil {
			nd = *tt.newer
		}
		ix := Build([]corpus.Document{tt.older, nd})
		a, err := ix.AnswerWith(context.Background(), Parse(tt.question), opt)
		if err != nil {
			t.Fatal(err)
		}
		if !a.Found || !strings.Contains(a.Sentence, tt.answer) {
			t.Errorf("%q: got %q, want the newer page's sentence with %q", tt.question, a.Sentence, tt.answer)
		}
		older, olderSpan := "", ""
		for _, c := range a.Conflicts {
			if c.Older {
				older, olderSpan = c.Source.Path, c.Span
			}
		}
		if older != tt.olderP {
			t.Errorf("%q with %s: got older page %q, want %q (conflicts %+v)", tt.question, tt.older.Path, older, tt.olderP, a.Conflicts)
		}
		if tt.olderSpan != "" && olderSpan != tt.olderSpan {
			t.Errorf("%q with %s: got the older page's figure %q, want %q", tt.question, tt.older.Path, olderSpan, tt.olderSpan)
		}
	}
}

// TestOlderPageOnAnotherTopic checks that an older page holding the
// question's words and another figure, but about something else, is not
// named as saying otherwise: it is no older version of the answer
// (resembles).
func TestOlderPageOnAnotherTopic(t *testing.T) {
	ix := Build([]corpus.Document{
		{Path: "finance-2023.md", Date: "2023-03-01", Body: "Anyone planning an offsite asks about the meal budget codes, which the finance department keeps in 14 grey binders upstairs."},
		{Path: "offsite-2025.md", Date: "2025-03-01", Body: "The offsite meal budget is $55 a day per person, paid with the team card and settled by the office manager each Friday."},
	})
	opt := DefaultOptions()
	opt.MinConfidence = 0
	a, err := ix.AnswerWith(context.Background(), Parse("how much is the offsite meal budget"), opt)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Found || !strings.Contains(a.Sentence, "$55") {
		t.Errorf("got %q, want the sentence with $55", a.Sentence)
	}
	if len(a.Conflicts) > 0 {
		t.Errorf("got conflicts %+v, want none: the older page speaks of something else", a.Conflicts)
	}
}

func TestResembles(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		// Two versions of a rule: other figures, a word more or less.
		{"Screens lock automatically after 5 minutes of inactivity.", "Screens lock after 15 minutes of inactivity.", true},
		// Two versions of a price row.
		{"Fleet; €2,950; up to 200; €14; unlimited", "Fleet; €2,600; up to 150; €16; unlimited", true},
		// The same words about another thing.
		{"The offsite meal budget is $55 a day per person, paid with the team card and settled by the office manager each Friday.",
			"Anyone planning an offsite asks about the meal budget codes, which the finance department keeps in 14 grey binders upstairs.", false},
	} {
		ix := Build([]corpus.Document{{Path: "a.txt", Body: tt.a}, {Path: "b.txt", Body: tt.b}})
		if got := ix.resembles(&ix.sents[0], &ix.sents[1]); got != tt.want {
			t.Errorf("resembles(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestSamePage checks which pairs of titles are read as two versions of
// one page.
func TestSamePage(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Leave policy (2024) - ARCHIVED", "Leave policy", true},
		{"Vessel Use Policy", "Vessel Use Policy 2025", true},
		{"Fees (2025)", "Fees", true},
		{"Holidays and leave (2023 edition)", "Holidays and leave", true},
		// Two words more is another page about the same thing.
		{"Brennock Sound Marine Laboratory", "Brennock Sound Marine Laboratory Annual Report 2025", false},
		{"About Slotwise", "Getting started with Slotwise", false},
		{"Leave policy", "Travel policy", false},
		{"", "", false},
	}
	for _, tt := range tests {
		ix := Build([]corpus.Document{
			{Path: "a.md", Title: tt.a, Body: "The office opens at nine."},
			{Path: "b.md", Title: tt.b, Body: "The office opens at ten."},
		})
		if got := ix.samePage(0, 1); got != tt.want {
			t.Errorf("samePage(%q, %q): got %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestNewerVersionAnswersAsSurely checks that a sentence moved ahead of an
// older version of it on the same page takes that version's confidence
// when it is higher, and that a newer sentence on another page keeps its
// own, and its P(unanswerable) too, so that the answer is the newer
// version, not the older one, surer by its own; over an archived page, it
// takes that page's, as on the same page (TestPreferNewerRevises). The
// confidence and P(unanswerable) models here read only "outdated", so
// that the older version is the surer one whatever the committed model
// says.
func TestNewerVersionAnswersAsSurely(t *testing.T) {
	m, err := ParseModel(modelJSON)
	if err != nil {
		t.Fatal(err)
	}
	m.Confidence = Linear{Bias: -1, Weights: map[string]float64{"outdated": 3}}
	m.ConfidenceTrees = nil
	// P(unanswerable) reads "outdated" too: the older version is the
	// surer that the documents answer.
	m.Unanswerable = &Unanswerable{Linear: Linear{Bias: 1, Weights: map[string]float64{"outdated": -3}}, Weight: 0.75}
	tests := []struct {
		title, older string
		revises      bool
	}{
		{"Leave policy", "hr/leave-2024.md", true},
		{"Office moves", "hr/leave-2024.md", false},
		{"Office moves", "archive/leave-2024.md", true},
	}
	for _, tt := range tests {
		ix, err := Build([]corpus.Document{
			{Path: tt.older, Title: "Leave policy (2024)", Date: "2024-01-08", Body: "Tell your manager before 09:30 on your first day of absence. A doctor's note is needed from the 3rd day."},
			{Path: "leave.md", Title: tt.title, Date: "2026-01-12", Body: "Tell your manager before 09:30 on your first day of absence. From the 4th consecutive calendar day of an absence through illness we need a doctor's note, which you upload to the HR portal with the other forms (baja médica in Spain, L4 in Poland)."},
		}).WithModel(m)
		if err != nil {
			t.Fatal(err)
		}
		cs, err := ix.Candidates(context.Background(), Parse("sick note needed from which day"))
		if err != nil || len(cs) < 2 {
			t.Fatalf("%s: got %d candidates (%v), want 2 or more", tt.title, len(cs), err)
		}
		best, next := cs[0], cs[1]
		if best.Revises != tt.revises {
			t.Errorf("%s: got revises %v, want %v", tt.title, best.Revises, tt.revises)
		}
		if !tt.revises {
			if best.Confidence != best.OwnConfidence {
				t.Errorf("%s: got confidence %.3f, want its own %.3f", tt.title, best.Confidence, best.OwnConfidence)
			}
			continue
		}
		if best.Source.Path != "leave.md" || next.Source.Path != tt.older {
			t.Fatalf("%s: got %s then %s, want leave.md then %s", tt.title, best.Source.Path, next.Source.Path, tt.older)
		}
		if best.Confidence != next.OwnConfidence || best.Confidence <= best.OwnConfidence {
			t.Errorf("%s: got confidence %.3f, want the older version's %.3f, above its own %.3f", tt.title, best.Confidence, next.OwnConfidence, best.OwnConfidence)
		}
		if best.Unanswerable != next.Unanswerable {
			t.Errorf("%s: got P(unanswerable) %.3f, want the older version's %.3f", tt.title, best.Unanswerable, next.Unanswerable)
		}
		// An answer decides on the same: the newer version answers at
		// the older's confidence less k times the older's P(unanswerable).
		opt := DefaultOptions()
		opt.MinConfidence = (best.Confidence - m.Unanswerable.Weight*next.Unanswerable) - 1e-9
		a, err := ix.AnswerWith(context.Background(), Parse("sick note needed from which day"), opt)
		if err != nil || !a.Found || a.Source.Path != "leave.md" {
			t.Errorf("%s: at minimum %.3f got found %v from %s (%v), want an answer from leave.md", tt.title, opt.MinConfidence, a.Found, a.Source.Path, err)
		}
	}
}

// TestLastYearWords checks that the words of "last year" are no question
// words to find in a sentence: they say which year's documents answer
// (yearAsked). cases.jsonl asks office15's library, where "year" and
// "lasts" found elsewhere kept its 2025 annual report out.
func TestLastYearWords(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     []string
	}{
		{"how many complaints did we get last year", []string{"complaint"}},
		{"satisfaction score previous yr", []string{"satisfact", "score"}},
		{"last day of the year", []string{"last", "day", "year"}},
	} {
		q := Parse(tt.question)
		if !slices.Equal(q.Terms, tt.want) {
			t.Errorf("Parse(%q).Terms = %q, want %q", tt.question, q.Terms, tt.want)
		}
	}
}

// TestAskedYear checks that a question naming a year is answered from the
// document of that year, by its date or its title, and that one naming no
// year, or a year no document is of, still gets the newest.
func TestAskedYear(t *testing.T) {
	docs := []corpus.Document{
		{Path: "archive/fees-2025.md", Title: "Fees (2025)", Date: "2025-02-03", Body: "A standard consultation with a GP costs $85 and lasts up to 20 minutes."},
		{Path: "archive/fees-old.md", Title: "Fees 2023", Body: "A standard consultation with a GP costs $70 and lasts up to 15 minutes."},
		{Path: "fees.md", Title: "Fees", Date: "2026-02-01", Body: "A standard consultation with a GP costs $92 and lasts up to 20 minutes."},
	}
	ix := Build(docs)
	checkBestSentences(t, ix, []bestSentenceCase{
		{"what did a standard gp consultation cost in 2025", "$85"},
		{"standard gp consultation price 2023", "$70"}, // by its title
		{"what does a standard gp consultation cost", "$92"},
		{"what did a standard gp consultation cost in 2019", "$92"},
		{"standard gp consultation price last year", "$85"}, // the year before the newest page's
	})
	for _, tt := range []struct {
		question string
		year     int
	}{
		{"fees in 2025", 2025},
		{"the 2023 policy", 2023},
		{"room 4102", 0},
		{"from 2024 to 2025", 0}, // two years: neither is the one asked
	} {
		q := Parse(tt.question)
		if y, _ := askedYear(&q); y != tt.year {
			t.Errorf("askedYear(%q) = %d, want %d", tt.question, y, tt.year)
		}
	}
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"growth price last year", true},
		{"fees previous yr", true},
		{"last day of the year", false},
	} {
		q := Parse(tt.question)
		if got := asksLastYear(&q); got != tt.want {
			t.Errorf("asksLastYear(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}

// TestReplacement checks that a sentence stating that its figure replaces
// the winner's ("now kept for 180 days instead of 90") answers in its
// place, and that a why question keeps the model's order.
func TestReplacement(t *testing.T) {
	for _, tt := range []struct {
		text, old string
		want      bool
	}{
		{"Photos are now kept for 180 days instead of 90.", "90", true},
		{"Climbers can book up to 14 days ahead, up from 7.", "7", true},
		{"Climbers can book up to 14 days ahead, up from 7.", "14", false},
		{"We keep paying for emergencies instead of fixing the problem.", "90", false},
	} {
		if got := replacedFigure(tt.text, tt.old); got != tt.want {
			t.Errorf("replacedFigure(%q, %q) = %v, want %v", tt.text, tt.old, got, tt.want)
		}
	}
	ix := Build([]corpus.Document{{Path: "release-notes.md", Title: "Release notes", Body: `# Release notes

## 4.2

- Proof-of-delivery photos are now kept for 180 days instead of 90.
- The route planner opens faster on older phones.

## 4.0

- Proof-of-delivery (POD) photos in the Driver app, kept for 90 days, with the time and place of delivery.
- A new map of the depot for drivers.
`}})
	opt := DefaultOptions()
	opt.MinConfidence = 0
	a, err := ix.AnswerWith(context.Background(), Parse("how long do we keep pod photos in the driver app"), opt)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Sentence, "180 days") {
		t.Errorf("got %q, want the sentence with 180 days", a.Sentence)
	}
}

// TestPreferCurrent checks that a question about the present is answered
// from a current page rather than an archived one that matches it more
// closely, and that one naming a year or an earlier time still gets the
// archived page; and which documents are read as archived.
func TestPreferCurrent(t *testing.T) {
	ix := Build([]corpus.Document{
		{Path: "archive/it-faq-2023.txt", Date: "14 March 2023", Body: "Where do I keep my passwords?\n\nUse LastKey, the password manager we license for the whole company."},
		{Path: "security-policy.md", Title: "Security policy", Date: "2025-09-01", Body: "Every password is at least 14 characters long.\n\nPasswords are stored in Bitwarden, the company password manager, and nowhere else."},
	})
	checkBestSentences(t, ix, []bestSentenceCase{
		{"which password manager do we use", "Bitwarden"},
		{"which password manager did we use in 2023", "LastKey"},
		{"which password manager did we use previously", "LastKey"},
		{"what was the old password manager we used", "LastKey"},
	})
	for _, tt := range []struct {
		path, title string
		want        bool
	}{
		{"archive/fees-2025.md", "Fees (2025)", true},
		{"wiki/Old pages/fees.md", "Fees", true},
		{"fees-2025.md", "Fees 2025 (archived)", true},
		{"tables/fares-2025.md", "Ferry and bus fares 2025 (SUPERSEDED)", true},
		{"policies/data-archive.md", "Data archive policy", false},
		{"archive.md", "Archive", false},
		{"fees.md", "Fees", false},
	} {
		ix := Build([]corpus.Document{{Path: tt.path, Title: tt.title, Body: "A consultation costs $85."}})
		if got := ix.archived(0); got != tt.want {
			t.Errorf("archived(%q, %q) = %v, want %v", tt.path, tt.title, got, tt.want)
		}
		// Read once: asking again allocates nothing.
		if got := testing.AllocsPerRun(10, func() { ix.archived(0) }); got != 0 {
			t.Errorf("archived(%q, %q) again: got %v allocations, want 0", tt.path, tt.title, got)
		}
	}
}

// TestPreferNewerRevises checks which winner a later-dated candidate that
// preferNewer moves to the top revises (cand.revises), and so takes the
// confidence of (lenders): an archived page's, whichever of preferNewer
// and preferCurrent moves it up, but not a current page's of another title.
func TestPreferNewerRevises(t *testing.T) {
	ix := Build([]corpus.Document{
		{Path: "archive/repairs-2023.md", Title: "Repairs 2023", Date: "2023-03-01", Body: "Urgent repairs are attended within 24 hours."},
		{Path: "policies/repairs.md", Title: "Maintenance policy", Date: "2026-01-05", Body: "Urgent repairs are attended within 4 hours."},
		{Path: "notes/repairs.md", Title: "Repair notes", Date: "2024-06-01", Body: "Urgent repairs are attended within 12 hours."},
	})
	sentOf := func(doc int32) int32 { // the rule, after the title
		for i, st := range ix.sents {
			if st.doc == doc && strings.HasPrefix(st.text, "Urgent") {
				return int32(i)
			}
		}
		t.Fatalf("no sentence of document %d", doc)
		return -1
	}
	for _, tt := range []struct {
		name         string
		winner, next int32
		revises      bool
	}{
		{"an archived winner", 0, 1, true},
		{"a current winner of another title", 2, 1, false},
	} {
		q := Parse("how fast are urgent repairs attended")
		sc := ix.scratch.Get()
		sc.top = []cand{
			{sent: sentOf(tt.winner), score: 5, mass: 6},
			{sent: sentOf(tt.next), score: 4, mass: 6},
		}
		ix.preferNewer(&q, sc)
		if got := sc.top[0].sent; got != sentOf(tt.next) {
			t.Errorf("%s: got sentence %d on top, want %d", tt.name, got, sentOf(tt.next))
		}
		if got := sc.top[0].revises; got != tt.revises {
			t.Errorf("%s: revises = %v, want %v", tt.name, got, tt.revises)
		}
	}
}

// TestPreferNewerCanAnswer checks that preferNewer passes over a
// later-dated candidate that cannot hold the kind of answer asked (no
// amount for a how-much question: a newer FAQ that names the same thing)
// for an older one that can, a newer version of the winner's page.
func TestPreferNewerCanAnswer(t *testing.T) {
	ix := Build([]corpus.Document{
		{Path: "archive/prices-2025.md", Title: "Prices 2025", Date: "2025-03-10", Body: "A family car costs £245 for seven days."},
		{Path: "prices/prices-2026.md", Title: "Prices 2026", Date: "2026-03-09", Body: "A family car costs £265 for seven days."},
		{Path: "help/faq.md", Title: "FAQ", Date: "2026-03-16", Body: "A family car costs you nothing extra when you book it online."},
	})
	sentOf := func(doc int32) int32 {
		for i, st := range ix.sents {
			if st.doc == doc && strings.HasPrefix(st.text, "A family") {
				return int32(i)
			}
		}
		t.Fatalf("no sentence of document %d", doc)
		return -1
	}
	q := Parse("how much does a family car cost for seven days")
	sc := ix.scratch.Get()
	defer ix.scratch.Put(sc)
	sc.top = []cand{
		{sent: sentOf(0), score: 5, mass: 6},
		{sent: sentOf(2), score: 4.9, mass: 6},
		{sent: sentOf(1), score: 4.8, mass: 6},
	}
	ix.preferNewer(&q, sc)
	if got, want := ix.docs[ix.sents[sc.top[0].sent].doc].Path, "prices/prices-2026.md"; got != want {
		t.Errorf("top after preferNewer: got %s, want %s", got, want)
	}
}

// TestLaterVersion checks that release notes of a later version answer in
// place of an earlier version's that say nearly the same, dated or not,
// and how a title's version is read.
func TestLaterVersion(t *testing.T) {
	var docs []corpus.Document
	for _, f := range []struct{ path, text string }{
		{"release-notes/dropline-2.3.md", "---\ntitle: Dropline 2.3 release notes\ndate: 2026-01-19\n---\n\n# Dropline 2.3\n\n" +
			"Version 2.3 was released to all riders on 19 January 2026.\n\n## Changed\n\n" +
			"- Job offers now stay open for 90 seconds instead of 60.\n- A rider can hold at most 3 jobs at a time.\n"},
		{"release-notes/dropline-2.4.html", "<html><head><title>Dropline 2.4</title></head><body><h1>Dropline 2.4</h1>" +
			"<p>Dropline 2.4 reached every rider's phone on 16 March 2026. It changes several limits that 2.3 set.</p><h2>What changed</h2>" +
			"<table><tr><th>Area</th><th>In 2.3</th><th>In 2.4</th></tr><tr><td>Time to accept a job offer</td><td>90 seconds</td><td>120 seconds</td></tr>" +
			"<tr><td>Jobs a rider can hold at once</td><td>3</td><td>4</td></tr></table></body></html>"},
	} {
		d, err := corpus.Parse(f.path, []byte(f.text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	ix := Build(docs)
	checkBestSentences(t, ix, []bestSentenceCase{
		{"how long before a job offer disappears", "120 seconds"},
	})
	for _, tt := range []struct {
		title, name string
		version     []int
	}{
		{"Dropline 2.4 release notes", "dropline", []int{2, 4}},
		{"Hollow Orchard 2.9 \"Blossom\"", "hollow orchard", []int{2, 9}},
		{"Glossa v3.10", "glossa", []int{3, 10}},
		{"Harbor 4.x release notes", "", nil},
		{"2.4 release notes", "", nil},
		{"Fees 2025", "", nil},
		// A dotted date and a long number are no versions, as in
		// releaseLine (readVersion).
		{"Minutes 14.09.2025", "", nil},
		{"Ledger 20250.1 export", "", nil},
		{"Ledger V2.1.", "ledger", []int{2, 1}},
	} {
		name, version := titleVersion(tt.title)
		if name != tt.name || !slices.Equal(version, tt.version) {
			t.Errorf("titleVersion(%q) = %q, %v, want %q, %v", tt.title, name, version, tt.name, tt.version)
		}
	}
}

// bestSentenceCase is a question and a text its best sentence must hold.
type bestSentenceCase struct{ question, want string }

// checkBestSentences asks each case's question of ix with no minimum
// confidence and checks that the best sentence holds the wanted text.
func checkBestSentences(t *testing.T, ix *Index, cases []bestSentenceCase) {
	t.Helper()
	opt := DefaultOptions()
	opt.MinConfidence = 0
	for _, tt := range cases {
		a, err := ix.AnswerWith(context.Background(), Parse(tt.question), opt)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Sentence, tt.want) {
			t.Errorf("%q: got %q, want the sentence with %s", tt.question, a.Sentence, tt.want)
		}
	}
}

// TestSentenceReplaces checks that Build marks the sentences that may
// replace a figure (mayReplace: "up from 7") and that a snapshot keeps the
// mark, which preferReplacement reads instead of the text.
func TestSentenceReplaces(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "booking.md", Title: "Booking", Body: "Climbers can book up to 14 days ahead, up from 7.\n\nClimbers can book with the desk.\n"}})
	back, err := readSnapshotOf(snapshotOf(t, ix, "meta"))
	if err != nil {
		t.Fatalf("readSnapshotOf: got error %v, want none", err)
	}
	marked := 0
	for name, x := range map[string]*Index{"built": ix, "read back": back} {
		for _, st := range x.sents {
			if got, want := st.replaces, mayReplace(st.text); got != want {
				t.Errorf("%s: replaces of %q: got %v, want %v", name, st.text, got, want)
			}
			if st.replaces {
				marked++
			}
		}
	}
	if marked != 2 {
		t.Errorf("sentences marked in the two indexes: got %d, want 2 (the \"up from\" one in each)", marked)
	}
}

// TestBeliefLend checks how a candidate's belief takes a lender's: an
// agreeing one adds its confidence by LendConfidence and leaves
// P(unanswerable) alone; an older version gives the higher confidence and
// the lower P(unanswerable).
func TestBeliefLend(t *testing.T) {
	tests := []struct {
		b, lent belief
		agrees  bool
		want    belief
	}{
		{belief{0.5, 0.4}, belief{0.5, 0.1}, true, belief{0.75, 0.4}},
		{belief{0.5, 0.4}, belief{0.7, 0.1}, false, belief{0.7, 0.1}},
		{belief{0.8, 0.1}, belief{0.3, 0.6}, false, belief{0.8, 0.1}},
	}
	for _, tt := range tests {
		if got := tt.b.lend(tt.lent, tt.agrees); got != tt.want {
			t.Errorf("%+v.lend(%+v, %v): got %+v, want %+v", tt.b, tt.lent, tt.agrees, got, tt.want)
		}
	}
}

// TestSupersededRevisionOlder checks the dates the reader gives two
// revisions of one document as they reach the newer-wins logic: the old
// revision's title page states when its successor came in ("Superseded
// by Revision C on 1 February 2026", a field of the title page and no
// byline) above its own revision date, and is dated by the latter, so
// the new revision answers and the old one is named as the older page
// that says otherwise. Were the statement read as the old revision's
// byline, it would be dated after its successor and answer instead.
func TestSupersededRevisionOlder(t *testing.T) {
	parse := func(path, text string) corpus.Document {
		d, err := corpus.Parse(path, []byte(text))
		if err != nil {
			t.Fatalf("corpus.Parse(%s): %v", path, err)
		}
		return d
	}
	revB := parse("archive/baggage-rules-rev-b.txt", "Baggage and Cargo Rules\n\nDocument number: GOP-04\n\nRevision B\n\n"+
		"Superseded by Revision C on 1 February 2026\n\nRevision date: 3 March 2025\n\n"+
		"Excess baggage costs £10 per kg when paid at the airport.\n")
	revC := parse("procedures/baggage-rules.txt", "Baggage and Cargo Rules\n\nDocument number: GOP-04\n\nRevision C\n\n"+
		"Revision date: 12 January 2026\n\n"+
		"Excess baggage costs £12 per kg when paid at the airport.\n")
	if revB.Date != "3 March 2025" || revC.Date != "12 January 2026" {
		t.Errorf("dates: got %q and %q, want %q and %q", revB.Date, revC.Date, "3 March 2025", "12 January 2026")
	}
	ix := Build([]corpus.Document{revB, revC})
	opt := DefaultOptions()
	opt.MinConfidence = 0
	a, err := ix.AnswerWith(context.Background(), Parse("How much is excess baggage at the airport?"), opt)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Found || a.Source.Path != revC.Path || !strings.Contains(a.Sentence, "£12") {
		t.Errorf("got %q from %s, want the £12 sentence from %s", a.Sentence, a.Source.Path, revC.Path)
	}
	older := ""
	for _, c := range a.Conflicts {
		if c.Older {
			older = c.Source.Path
		}
	}
	if older != revB.Path {
		t.Errorf("older page: got %q, want %q (conflicts %+v)", older, revB.Path, a.Conflicts)
	}
}
