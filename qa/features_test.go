package qa

import (
	"context"
	"math"
	"math/bits"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// featureOf returns the value of the named candidate feature for the
// candidate sentence holding marker, asking q of a corpus of one document
// per body.
func featureOf(t *testing.T, name, q, marker string, bodies ...string) float64 {
	t.Helper()
	var docs []corpus.Document
	for i, b := range bodies {
		docs = append(docs, corpus.Document{Path: string(rune('a'+i)) + ".txt", Body: b})
	}
	cands, err := Build(docs).Candidates(context.Background(), Parse(q))
	if err != nil {
		t.Fatal(err)
	}
	fi := slices.Index(FeatureNames(), name)
	if fi < 0 {
		t.Fatalf("no feature %q", name)
	}
	for _, c := range cands {
		if strings.Contains(c.Sentence, marker) {
			return c.Features[fi]
		}
	}
	t.Fatalf("%q: no candidate holds %q among %d", q, marker, len(cands))
	return 0
}

// TestFeatures checks each feature on a small example: its value for a
// sentence that has what it measures, and for one that has not.
func TestFeatures(t *testing.T) {
	change := []string{"Analog chip imports made up 47% of the market in 2022 and 62% in 2024.\nFrom 2022 to 2024, analog imports rose by 37% while their prices fell by 52%."}
	dates := []string{"The talks began on Sunday in Madrid.\nThe deadline for the sale is September 17.\nThe deadline was set on Sunday."}
	tests := []struct {
		feature, q  string
		bodies      []string
		has, hasNot string // markers of a sentence with the feature (a positive value) and one without (0)
	}{
		{"change", "how much did analog imports grow", change, "rose by 37%", "made up 47%"},
		{"rule", "can i claim wine at dinner",
			[]string{"Wine at dinner is not paid for.\nWine at dinner is served at eight."}, "not paid", "at eight"},
		{"rule", "can a workspace have 2 owners",
			[]string{"A workspace has only one owner at a time.\nA workspace has 2 owners in the picture."}, "only one owner", "in the picture"},
		{"defines", "what is kettle",
			[]string{"Kettle: the Monday stand-up, named after a cafe.\nKettle and the monthly all-hands are cameras on."}, "Monday stand-up", "cameras on"},
		{"defines", "whats an icp",
			[]string{"An ICP is the installation control point of a site.\nEvery site has an ICP near the meter."}, "control point", "near the meter"},
		{"defines", "what is smic",
			[]string{"SMIC, the leading chipmaker, grew fast.\nSMIC-made chips sold well."}, "leading chipmaker", "sold well"},
		{"defines", "who is scott bessent",
			[]string{"Scott Bessent, the Treasury Secretary, flew in.\nScott Bessent and He Lifeng met on Sunday."}, "Treasury Secretary", "met on Sunday"},
		{"defines", "what is tiktok",
			[]string{"At the heart of the talks is TikTok, the social media platform.\nThe talks are about TikTok, trade and chips."}, "social media platform", "trade and chips"},
		{"defines", "what is kettle",
			[]string{"Kettle: the Monday stand-up.\nThey met at the Gull & Kettle, a games cafe."}, "Monday stand-up", "games cafe"},
		{"date-calendar", "when is the deadline", dates, "September 17", "set on Sunday"},
		{"type-date", "when is the deadline", dates, "September 17", ""},
		{"money", "how much is the solo plan",
			[]string{"The solo plan costs $4 per month.\nThe solo plan has 3 seats."}, "$4", "3 seats"},
		{"counts", "how many investigations did china open",
			[]string{"China opened two investigations into US chips.\nChina opened its markets in 2001 and investigations followed."}, "two investigations", "in 2001"},
		{"counts", "how deep can a diver go",
			[]string{"A trained diver may go down to 30 metres.\nA diver may go down 4 times a day."}, "30 metres", "4 times"},
		{"counts", "how heavy is the boat",
			[]string{"The boat weighs 4 tonnes when empty.\nThe boat carries 4 people when full."}, "4 tonnes", "4 people"},
		{"counts", "how old is the captain",
			[]string{"The captain, 42 years old, joined in 2001.\nThe captain has 42 crew members."}, "42 years", "crew members"},
		{"predicate", "when did the talks start",
			[]string{"The talks started on Sunday in Madrid.\nThe talks ended on Wednesday in Madrid."}, "started", "ended"},
		{"predicate-missing", "when did the talks start",
			[]string{"The talks started on Sunday in Madrid.", "The talks ended on Wednesday in Madrid."}, "ended", "started"},
		{"name-missing", "when did beyonce win the nobel prize",
			[]string{"In 2003 Beyoncé released her debut album. Then Beyoncé won many Grammy awards. In 2006 Beyoncé starred in a film.",
				"Domagk received the 1939 Nobel Prize for Medicine.\nDomagk studied medicine in Kiel.",
				"Paris is the capital of the department."}, "Domagk received", "Grammy"},
		{"names-asked", "which president founded the club",
			[]string{"Yale president Ezra Stiles founded the club.\nThe president of Yale founded a club."}, "Ezra Stiles", "of Yale"},
		{"names-asked", "what station aired the show",
			[]string{"The show aired on the television station, NDtv, in May.\nThe show aired on a station in May, said Reuters."}, "NDtv", "said Reuters"},
		{"asked-instance", "what country are the talks in",
			[]string{"The talks on chips are in Spain this week.\nThe talks on chips are at the Ritz this week."}, "Spain", "Ritz"},
		{"asked-instance", "which city hosted the final",
			[]string{"The final was hosted by Madrid in May.\nThe final was hosted by Spain in May."}, "Madrid", "Spain"},
		{"asked-instance", "what language do they speak at home",
			[]string{"At home they speak Basque to the children.\nAt home they speak softly in Bilbao."}, "Basque", "Bilbao"},
		{"asked-instance", "what country borders spain", // not the question's own name
			[]string{"Spain borders France to the north.\nSpain borders the sea to the east."}, "France", "the sea"},
		{"asked-noun", "which institute hosts the peace studies",
			[]string{"The Kroc Institute hosts the peace studies on campus.\nThe peace studies are hosted by Father Gutierrez on campus."}, "Kroc", "Gutierrez"},
		{"asked-noun", "what is the name of the library that holds the old maps",
			[]string{"The Hesburgh Library holds the old maps of the county.\nThe town archive holds the old maps of the county."}, "Hesburgh", "archive"},
		{"condition", "what happens if the on-call engineer does not answer",
			[]string{"If the on-call engineer does not answer within 10 minutes, call the backup.\nThe on-call engineer does not answer the phone at night."}, "call the backup", "at night"},
		{"condition", "lost my laptop what now",
			[]string{"Tell IT within an hour unless the laptop was lost abroad.\nA laptop is lost about once a month."}, "Tell IT", "once a month"},
		{"date-span", "what days are the talks on",
			[]string{"The talks are on between Sunday and Wednesday in Madrid.\nThe talks in Madrid were agreed on Friday after 90 days."}, "Sunday", "Friday"},
		{"date-span", "switching team opening hours",
			[]string{"The switching team is open 9 am to 5 pm.\nThe switching team opening hours changed at 9 am today."}, "5 pm", "changed"},
		{"date-day", "date the truce was agreed",
			[]string{"The truce was agreed on August 12 after talks.\nThe envoys met in July and agreed the truce."}, "August 12", "in July"},
		{"refers", "how many copies did the album sell in its first week",
			[]string{"The album was released in June 2006 by the label. It sold 541,000 copies in its first week.\nA different record sold 20,000 copies over a year."},
			"It sold", "different record"},
		{"refers", "how much did facebook pay for whatsapp",
			[]string{"WhatsApp is a messaging app. Facebook bought it in 2014 for about 19 billion dollars.\nFacebook paid 20 million dollars for a different app."},
			"Facebook bought it", "different app"},
	}
	for _, tt := range tests {
		t.Run(tt.feature, func(t *testing.T) {
			if got := featureOf(t, tt.feature, tt.q, tt.has, tt.bodies...); got <= 0 {
				t.Errorf("%s of %q for %q: got %v, want > 0", tt.feature, tt.has, tt.q, got)
			}
			if tt.hasNot == "" {
				return
			}
			if got := featureOf(t, tt.feature, tt.q, tt.hasNot, tt.bodies...); got != 0 {
				t.Errorf("%s of %q for %q: got %v, want 0", tt.feature, tt.hasNot, tt.q, got)
			}
		})
	}
}

// TestMissingCountsTitle checks the feature "missing": a question word in
// the document's title is not missing from any sentence of the document,
// since the title says what every sentence is about ("He was shot by ..."
// for "who shot abraham lincoln"); without the title, it is.
func TestMissingCountsTitle(t *testing.T) {
	body := "Abraham Lincoln was the 16th president of the United States. He grew up on the frontier in Kentucky. He was shot by the actor John Wilkes Booth in 1865."
	fi := slices.Index(FeatureNames(), "missing")
	for _, c := range []struct {
		title  string
		absent bool // whether "abraham lincoln" counts as missing
	}{{"Abraham Lincoln", false}, {"", true}} {
		cands, err := Build([]corpus.Document{{Path: "a.txt", Title: c.title, Body: body}}).Candidates(context.Background(), Parse("who shot abraham lincoln"))
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(cands, func(cd Candidate) bool { return strings.Contains(cd.Sentence, "John Wilkes Booth") })
		if i < 0 {
			t.Fatalf("title %q: no candidate holds %q among %d", c.title, "John Wilkes Booth", len(cands))
		}
		if got := cands[i].Features[fi]; (got > 0) != c.absent {
			t.Errorf("title %q: missing of %q: got %v, want it > 0 to be %v", c.title, cands[i].Sentence, got, c.absent)
		}
	}
}

// TestNameMissingFolders checks the feature "name-missing" on a corpus
// sorted into folders by project: a question word that names the folder of
// a few documents marks them, and a sentence of a document outside those
// folders misses it even when its text says the word ("gonum" is written
// in lower case here, so it is no name by its text alone); a folder word
// that the text of more than a third of the documents holds ("bins")
// marks nothing.
func TestNameMissingFolders(t *testing.T) {
	docs := []corpus.Document{
		{Path: "gonum/CONTRIBUTING.md", Body: "A change can merge once 1 reviewer says LGTM. Ask on the gonum-dev list."},
		{Path: "nodejs/GOVERNANCE.md", Body: "Two collaborators must approve a change before it can merge, unlike gonum."},
		{Path: "cobra/SECURITY.md", Body: "Report a vulnerability by email."},
		{Path: "bins/sizes.md", Body: "Bins come in two sizes for a merge of streets."},
		{Path: "news/fees.md", Body: "Bins are emptied weekly, and 3 collectors merge the rounds."},
		{Path: "rules/rules.md", Body: "Leave bins at the kerb by seven."},
	}
	ix := Build(docs)
	fi := slices.Index(FeatureNames(), "name-missing")
	for _, c := range []struct {
		q    string
		want map[string]float64
	}{
		{"how many approvals to merge in gonum", map[string]float64{"1 reviewer": 0, "Two collaborators": 1}},
		{"how many bins merge", map[string]float64{"two sizes": 0, "3 collectors": 0}},
	} {
		cands, err := ix.Candidates(context.Background(), Parse(c.q))
		if err != nil {
			t.Fatal(err)
		}
		checkByMarker(t, "name-missing of "+c.q, cands, func(cd Candidate) float64 { return cd.Features[fi] }, c.want)
	}
}

// folderPolicyDocs is a corpus sorted into folders by project, which
// TestDocumentFolders and TestMissingFolders read: two security policies
// that say the same thing under slack/ and cobra/, and "bins", a folder's
// name that the text of three of the seven documents holds.
func folderPolicyDocs() []corpus.Document {
	return []corpus.Document{
		{Path: "slack/SECURITY.md", Body: "Report a vulnerability by email to the maintainers."},
		{Path: "cobra/SECURITY.md", Body: "Report a vulnerability by email to the team."},
		{Path: "bins/sizes.md", Body: "Collection of waste happens weekly."},
		{Path: "news/fees.md", Body: "Collection of waste costs nothing."},
		{Path: "rules/rules.md", Body: "Leave bins at the kerb by seven, and ask on the slack channel."},
		{Path: "rules/more.md", Body: "Bins and bags go out on Monday, cobra or not."},
		{Path: "rules/last.md", Body: "Bins with lids only."},
	}
}

// TestDocumentFolders checks the feature "document" (the relevance of the
// sentence's document) on a corpus sorted into folders by project: a
// question word that names the folder of a few documents counts for them as
// if their text held it, so two security policies that say the same thing
// are told apart by the project the question names; a folder word that
// the text of more than a third of the documents holds ("bins") counts
// only where the text says it.
func TestDocumentFolders(t *testing.T) {
	ix := Build(folderPolicyDocs())
	fi := slices.Index(FeatureNames(), "document")
	for _, c := range []struct {
		q          string
		more, less string // the sentence whose document is more relevant, and the other
	}{
		{"how to report a slack vulnerability", "the maintainers", "the team"},
		{"how to report a cobra vulnerability", "the team", "the maintainers"},
	} {
		cands, err := ix.Candidates(context.Background(), Parse(c.q))
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]float64{}
		for _, m := range []string{c.more, c.less} {
			i := slices.IndexFunc(cands, func(cd Candidate) bool { return strings.Contains(cd.Sentence, m) })
			if i < 0 {
				t.Fatalf("%q: no candidate holds %q", c.q, m)
			}
			got[m] = cands[i].Features[fi]
		}
		if got[c.more] <= got[c.less] {
			t.Errorf("%q: document of %q got %v, want more than %q's %v", c.q, c.more, got[c.more], c.less, got[c.less])
		}
	}
	// "bins" is in the text of three of seven documents and names one folder:
	// bins/sizes.md gains nothing from it.
	cands, err := ix.Candidates(context.Background(), Parse("how often is waste collection for bins"))
	if err != nil {
		t.Fatal(err)
	}
	checkByMarker(t, "document (bins)", cands, func(cd Candidate) float64 { return cd.Features[fi] },
		map[string]float64{"happens weekly": docValue(t, cands, fi, "costs nothing")})
}

// TestMissingFolders checks the features "missing" and "document-words" on
// a corpus sorted into folders by project: a question word that names the
// folder of a few documents (folderWords) is held by those documents, so
// slack/SECURITY.md's sentence misses nothing of "how to report a slack
// vulnerability" though its text never says "slack", while cobra's misses
// "slack"; a folder word that the text of more than a third of the
// documents holds ("bins") is held only where the text says it.
func TestMissingFolders(t *testing.T) {
	built := Build(folderPolicyDocs())
	// An index sharing the built one's data (WithModel, WithCues: the
	// trainer's and measure's) reads the folders as the built one does.
	for name, ix := range map[string]*Index{"built": built, "shared": built.share()} {
		t.Run(name, func(t *testing.T) { checkMissingFolders(t, ix) })
	}
}

// checkMissingFolders runs TestMissingFolders' checks on ix.
func checkMissingFolders(t *testing.T, ix *Index) {
	mi, di := slices.Index(FeatureNames(), "missing"), slices.Index(FeatureNames(), "document-words")
	cands, err := ix.Candidates(context.Background(), Parse("how to report a slack vulnerability"))
	if err != nil {
		t.Fatal(err)
	}
	if got := docValue(t, cands, mi, "the maintainers"); got != 0 {
		t.Errorf("missing of slack/SECURITY.md's sentence: got %v, want 0", got)
	}
	if got := docValue(t, cands, mi, "the team"); got <= 0 {
		t.Errorf("missing of cobra/SECURITY.md's sentence: got %v, want it > 0", got)
	}
	if got, other := docValue(t, cands, di, "the maintainers"), docValue(t, cands, di, "the team"); got <= other {
		t.Errorf("document-words of slack/SECURITY.md's sentence: got %v, want more than cobra's %v", got, other)
	}
	// "bins" is in the text of three of seven documents: bins/sizes.md
	// misses it as news/fees.md does.
	cands, err = ix.Candidates(context.Background(), Parse("how often is waste collection for bins"))
	if err != nil {
		t.Fatal(err)
	}
	for _, fi := range []int{mi, di} {
		checkByMarker(t, FeatureNames()[fi]+" (bins)", cands, func(cd Candidate) float64 { return cd.Features[fi] },
			map[string]float64{"happens weekly": docValue(t, cands, fi, "costs nothing")})
	}
}

// TestFolderOnlyWords checks a question word that names a folder and that
// the corpus's text never holds as a word ("procfs", which docs36's
// procfs/CONTRIBUTING.md writes only in a link's address, here not at all):
// it is not counted as a word the corpus lacks, it raises the
// relevance ("document") of the documents under the folder, and a sentence
// of another folder's document misses it ("name-missing").
func TestFolderOnlyWords(t *testing.T) {
	docs := []corpus.Document{
		{Path: "procfs/CONTRIBUTING.md", Body: "Commits should be as small as possible. Ask the maintainers for help."},
		{Path: "gonum/CONTRIBUTING.md", Body: "Commits should be small and focused on one change."},
		{Path: "cobra/SECURITY.md", Body: "Report a vulnerability by email."},
	}
	ix := Build(docs)
	if ix.folderOnly["procfs"] == nil {
		t.Fatalf("procfs: no folder-only documents (the text holds it as a word?)")
	}
	cands, err := ix.Candidates(context.Background(), Parse("how small should commits be in procfs"))
	if err != nil {
		t.Fatal(err)
	}
	di, ni := slices.Index(FeatureNames(), "document"), slices.Index(FeatureNames(), "name-missing")
	if got, other := docValue(t, cands, di, "as possible"), docValue(t, cands, di, "one change"); got <= other {
		t.Errorf("document of procfs/CONTRIBUTING.md's sentence: got %v, want more than gonum's %v", got, other)
	}
	checkByMarker(t, "name-missing (procfs)", cands, func(cd Candidate) float64 { return cd.Features[ni] },
		map[string]float64{"as possible": 0, "one change": 1})
	q := Parse("how small should commits be in procfs")
	sc := ix.scratch.Get()
	defer ix.scratch.Put(sc)
	_, oov := ix.resolve(&q, sc)
	sc.reset(ix)
	if oov != 0 {
		t.Errorf("resolve: weight the corpus lacks got %v, want 0 (procfs names a folder)", oov)
	}
}

// docValue returns feature fi of the candidate whose sentence holds marker.
func docValue(t *testing.T, cands []Candidate, fi int, marker string) float64 {
	t.Helper()
	i := slices.IndexFunc(cands, func(cd Candidate) bool { return strings.Contains(cd.Sentence, marker) })
	if i < 0 {
		t.Fatalf("no candidate holds %q among %d", marker, len(cands))
	}
	return cands[i].Features[fi]
}

// TestRarestMissing checks the question feature "rarest-missing": 1 for a
// sentence without the question's rarest word, 0 for one with it.
func TestRarestMissing(t *testing.T) {
	docs := []corpus.Document{
		{Path: "a.txt", Body: "The harbour welcomed 3 million tourists in 2020."},
		{Path: "b.txt", Body: "The harbour was dredged in 1850 by the city."},
		{Path: "c.txt", Body: "The harbour ferry leaves at nine."},
	}
	cands, err := Build(docs).Candidates(context.Background(), Parse("how many tourists visited the harbour"))
	if err != nil {
		t.Fatal(err)
	}
	qi := slices.Index(QuestionFeatureNames(), "rarest-missing")
	checkByMarker(t, "rarest-missing", cands, func(c Candidate) float64 { return c.Question[qi] },
		map[string]float64{"tourists": 0, "dredged": 1, "ferry": 1})
}

// checkByMarker checks, for each marker of want, the value that value reads
// from the candidate whose sentence holds the marker.
func checkByMarker(t *testing.T, name string, cands []Candidate, value func(Candidate) float64, want map[string]float64) {
	t.Helper()
	for marker, w := range want {
		i := slices.IndexFunc(cands, func(c Candidate) bool { return strings.Contains(c.Sentence, marker) })
		if i < 0 {
			t.Fatalf("no candidate holds %q among %d", marker, len(cands))
		}
		if got := value(cands[i]); got != w {
			t.Errorf("%s of %q: got %v, want %v", name, cands[i].Sentence, got, w)
		}
	}
}

// TestMarginIgnoresOlderVersions checks the question feature "margin": an
// older page that states the winner's fact with another figure is no
// rival, so the winner's margin is its lead over the best other candidate.
func TestMarginIgnoresOlderVersions(t *testing.T) {
	ix := buildFiles(t, []file{
		{"prices-2025.md", "---\ndate: 2025-01-10\n---\nThe Starter plan price is €25 a month.\n"},
		{"prices-2026.md", "---\ndate: 2026-01-10\n---\nThe Starter plan price is €29 a month.\n"},
		{"growth.txt", "The Growth plan price is €99 a month, billed yearly.\n"},
	})
	cands, err := ix.Candidates(context.Background(), Parse("starter plan price"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cands) < 3 || !strings.Contains(cands[0].Sentence, "€29") {
		t.Fatalf("got %d candidates, first %q; want the 2026 price first of 3", len(cands), cands[0].Sentence)
	}
	mi := slices.Index(QuestionFeatureNames(), "margin")
	other := slices.IndexFunc(cands, func(c Candidate) bool { return strings.Contains(c.Sentence, "Growth") })
	if got, want := cands[0].Question[mi], min(cands[0].Score-cands[other].Score, MaxMargin); got != want {
		t.Errorf("margin of the newest price: got %v, want its lead over the Growth plan, %v", got, want)
	}
}

// TestRowKey checks the feature "row-key": 1 for the table row that names
// the thing asked about under a header naming what is asked, 0 for a row
// found by its header alone and for a sentence.
func TestRowKey(t *testing.T) {
	md := "# Plans\n\n| Plan | Price | Invoices per month |\n|---|---|---|\n| Solo | $4 | 300 |\n| Team | $9 | 2,000 |\n\nThe Solo plan suits one person who sends invoices.\n"
	cands, err := buildOne(t, "plans.md", md).Candidates(context.Background(), Parse("how many invoices a month on the solo plan"))
	if err != nil {
		t.Fatal(err)
	}
	fi := slices.Index(FeatureNames(), "row-key")
	checkByMarker(t, "row-key", cands, func(c Candidate) float64 { return c.Features[fi] },
		map[string]float64{"Solo; $4": 1, "Team; $9": 0, "suits one person": 0})
}

// TestRowColumn checks the candidate feature "row-column" on a rota: the
// row with the person asked about under the column asked for, not the one
// with them under another column; and a price row whose key sits under the
// column the question names.
func TestRowColumn(t *testing.T) {
	md := "# On-call\n\n| Week | Primary | Secondary |\n|---|---|---|\n| Mon 2 Feb | Samir Haddad | Lucia Romero |\n| Mon 9 Feb | Lucia Romero | Samir Haddad |\n\n" +
		"# Plans\n\n| Plan | Price |\n|---|---|\n| Solo | $4 |\n| Team | $9 |\n\nLucia Romero is the primary contact for billing.\n"
	ix := buildOne(t, "wiki.md", md)
	fi := slices.Index(FeatureNames(), "row-column")
	for _, tt := range []struct {
		question string
		want     map[string]float64
	}{
		{"when is lucia primary", map[string]float64{"Mon 9 Feb": 1, "Mon 2 Feb": 0, "primary contact": 0}},
		{"price of the solo plan", map[string]float64{"Solo; $4": 1, "Team; $9": 0}},
	} {
		cands, err := ix.Candidates(context.Background(), Parse(tt.question))
		if err != nil {
			t.Fatal(err)
		}
		checkByMarker(t, tt.question+": row-column", cands, func(c Candidate) float64 { return c.Features[fi] }, tt.want)
	}
}

// TestInRange checks inRange, the feature "in-range": a number of the
// question inside a range of the text, its ends included, by a dash or
// "to" with a unit or a currency sign about them; not outside it, not in a
// time, a list or a descending pair, and nothing for a question with no
// number in digits, only a year or only the ends of its own range.
func TestInRange(t *testing.T) {
	for _, tt := range []struct {
		question, text string
		want           bool
	}{
		{"ferry 90 mins late what do i get", "60–119 min; 50% of the single fare; voucher or refund", true},
		{"ferry 90 mins late what do i get", "30–59 min; 25% of the single fare; voucher", false},
		{"permit fee event 500 people", "200 to 999 people; 12 weeks before; £240", true},
		{"85% fuzzy charge", "75%–94% fuzzy; 70%", true},
		{"train was 30 mins late", "30 to 59 minutes; 50% of the fare", true},
		{"a saver with 250 a month", "You can pay between £10 to £250 a month.", true},
		{"a saver with 250 a month", "You can pay between £10 and £250 a month.", false},
		{"open at 9", "Open 8:00 to 10:00 on weekdays.", false},
		{"size 7", "Sizes 9 to 5, 6 and 8.", false},
		{"wait 2 hours", "It takes 1.5 - 2.5 hours.", true},
		{"a 20 min wait", "15 min – 30 min; £5", true},
		{"how many teams in the 2015 season", "From 2011 to 2015, the season had 18 games.", false},
		{"who left in season nine", "Seasons 1–9 were made by one label.", false},
		{"in the last 50-60 years", "Between 50–90% of them stayed.", false},
		{"how late can i be", "60–119 min; 50% of the single fare", false},
	} {
		if q := Parse(tt.question); inRange(tt.text, q.appendGivenNumbers(nil)) != tt.want {
			t.Errorf("%q in %q: got %v, want %v", tt.question, tt.text, !tt.want, tt.want)
		}
	}
}

// TestRowHeader checks that each table row takes its own table's header,
// also when another table has a row of the same text.
func TestRowHeader(t *testing.T) {
	md := "# Leads\n\n| Name | Role |\n|---|---|\n| Ana Reis | Lead |\n| Bo Lin | Member |\n\n" +
		"# Mentors\n\n| Mentor | Track |\n|---|---|\n| Ana Reis | Lead |\n\nText between the tables.\n"
	ix := buildOne(t, "teams.md", md)
	var got [][]string
	for s := range ix.sents {
		if ix.sents[s].row {
			got = append(got, ix.rowHeader(int32(s)))
		}
	}
	want := [][]string{{"Name", "Role"}, {"Name", "Role"}, {"Mentor", "Track"}}
	if len(got) != len(want) {
		t.Fatalf("got headers %q, want %q", got, want)
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("row %d: got header %q, want %q", i, got[i], want[i])
		}
	}
}

// buildOne indexes one document, text read as the file at path.
func buildOne(t *testing.T, path, text string) *Index {
	t.Helper()
	return buildFiles(t, []file{{path, text}})
}

// file is a document of a test corpus: its path and its text.
type file struct{ path, text string }

// buildFiles builds an index of the files, each parsed by its path's kind.
func buildFiles(t *testing.T, files []file) *Index {
	t.Helper()
	var docs []corpus.Document
	for _, f := range files {
		d, err := corpus.Parse(f.path, []byte(f.text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return Build(docs)
}

// TestMarginOverRivals checks that a candidate giving the same date as the
// winner (another article's "September 17") agrees with it and is no
// rival in its margin, which is its lead over the best candidate that
// gives another answer.
func TestMarginOverRivals(t *testing.T) {
	cands := deadlineCandidates(t, 3, "The deadline for the sale is September 17.",
		"Buyers face a September 17 deadline for the sale.", "An earlier sale deadline was October 3.")
	win := cands[0]
	if !strings.Contains(win.Sentence, "September 17") {
		t.Fatalf("winner %q, want a September 17 sentence", win.Sentence)
	}
	checkMargin(t, cands, win.Agrees, "September 17")
}

// checkMargin checks that the winner of cands says the same (bit r of
// same for the candidate of Row r) as exactly the other candidates whose
// sentence holds says, and that its margin is its lead over the best of
// the others.
func checkMargin(t *testing.T, cands []Candidate, same uint64, says string) {
	t.Helper()
	mi := slices.Index(QuestionFeatureNames(), "margin")
	win := cands[0]
	var rival *Candidate
	for i := range cands[1:] {
		c := &cands[1+i]
		got := same&(1<<c.Row) != 0
		if want := strings.Contains(c.Sentence, says); got != want {
			t.Errorf("candidate %q: got the same as the winner %v, want %v", c.Sentence, got, want)
		}
		if !got && rival == nil {
			rival = c
		}
	}
	if rival == nil {
		t.Fatal("no rival among the candidates")
	}
	if got, want := win.Question[mi], min(win.Score-rival.Score, MaxMargin); math.Abs(got-want) > 1e-9 {
		t.Errorf("winner's margin: got %v, want %v (its lead over %q)", got, want, rival.Sentence)
	}
}

// TestAgreeingAnswerAsSurely checks that a candidate answers at least as
// surely as the best candidates of other documents that give the same
// date: their confidences add to its own (LendConfidence).
func TestAgreeingAnswerAsSurely(t *testing.T) {
	cands := deadlineCandidates(t, 2, "At the heart of the debate is the app, which faces a September 17 deadline for the sale.",
		"The sale deadline is September 17.", "The sale deadline talks began on Sunday.")
	lent := 0
	for i, c := range cands {
		want := c.OwnConfidence
		for j, o := range cands[:min(len(cands), MaxAgreeing)] {
			if j != i && c.Agrees&(1<<o.Row) != 0 {
				want = LendConfidence(want, o.OwnConfidence)
			}
		}
		if math.Abs(c.Confidence-want) > 1e-12 {
			t.Errorf("%q: got confidence %v, want %v (own %v)", c.Sentence, c.Confidence, want, c.OwnConfidence)
		}
		if want > c.OwnConfidence {
			lent++
		}
	}
	if lent == 0 {
		t.Error("no candidate took the confidence of one agreeing with it: the test shows nothing")
	}
}

// deadlineCandidates asks "when is the sale deadline" of a corpus of one
// document per body and returns the candidates, at least least of them.
func deadlineCandidates(t *testing.T, least int, bodies ...string) []Candidate {
	t.Helper()
	var docs []corpus.Document
	for i, b := range bodies {
		docs = append(docs, corpus.Document{Path: string(rune('a'+i)) + ".txt", Body: b})
	}
	cands, err := Build(docs).Candidates(context.Background(), Parse("when is the sale deadline"))
	if err != nil || len(cands) < least {
		t.Fatalf("Candidates: %v, %d candidates, want %d or more", err, len(cands), least)
	}
	return cands
}

// TestParaphraseNoRival checks that for a question asking for no date,
// figure or name, a best candidate of another document that tells the
// same in nearly the same words is no rival in the winner's margin (Same)
// and lends it no confidence (Agrees), while a sentence of the same
// document, or one that only shares the topic's words, stays a rival.
func TestParaphraseNoRival(t *testing.T) {
	docs := []corpus.Document{
		{Path: "a.txt", Body: "Ahead of the talks, China on Sunday announced two investigations targeting the US semiconductor sector."},
		{Path: "b.txt", Body: "The negotiations come just as China announced two investigations into US semiconductors."},
		{Path: "c.txt", Body: "China said the talks would also cover farm purchases from the US."},
	}
	cands, err := Build(docs).Candidates(context.Background(), Parse("what did china announce about us semiconductors"))
	if err != nil || len(cands) < 3 {
		t.Fatalf("Candidates: %v, %d candidates, want 3", err, len(cands))
	}
	win := cands[0]
	if !strings.Contains(win.Sentence, "two investigations") {
		t.Fatalf("winner %q, want a two investigations sentence", win.Sentence)
	}
	if win.Agrees != 0 {
		t.Errorf("the winner agrees with candidates %b, want none: a paraphrase lends no confidence", win.Agrees)
	}
	checkMargin(t, cands, win.Same, "two investigations")
}

// TestParaphraseNoRivalForNames checks that a who or a where question
// takes the paraphrase test too: another article naming the same company
// in nearly the same words is no rival in the winner's margin and lends
// no confidence, while a sentence that names another stays a rival; and
// that a question asking for a figure does not (agreement compares those
// by value): there the restatement stays a rival.
func TestParaphraseNoRivalForNames(t *testing.T) {
	docs := []corpus.Document{
		{Path: "a.txt", Body: "Two Chinese companies accused of buying chipmaking equipment for the chipmaker Norvex are on the US list."},
		{Path: "b.txt", Body: "Among those listed are two companies accused of buying equipment for the chipmaker Norvex."},
		{Path: "c.txt", Body: "Two Chinese companies accused of selling software to the carmaker Vantor were fined."},
	}
	ix := Build(docs)
	for _, tt := range []struct {
		question string
		typ      AnswerType
		same     bool
	}{
		{"who were the two companies buying equipment for", TypePerson, true},
		{"how many companies bought equipment for norvex", TypeNumber, false},
	} {
		q := Parse(tt.question)
		if q.Type != tt.typ {
			t.Fatalf("type of %q: got %v, want %v", tt.question, q.Type, tt.typ)
		}
		cands, err := ix.Candidates(context.Background(), q)
		if err != nil || len(cands) < 3 {
			t.Fatalf("%q: Candidates: %v, %d candidates, want 3", tt.question, err, len(cands))
		}
		win := cands[0]
		if !strings.Contains(win.Sentence, "Norvex") {
			t.Fatalf("%q: winner %q, want a Norvex sentence", tt.question, win.Sentence)
		}
		if win.Agrees != 0 {
			t.Errorf("%q: the winner agrees with candidates %b, want none: a paraphrase lends no confidence", tt.question, win.Agrees)
		}
		says := "Norvex"
		if !tt.same {
			says = "no candidate says it"
		}
		checkMargin(t, cands, win.Same, says)
	}
}

// TestSharesMost checks the word overlap that makes two sentences say the
// same: paraphraseShare of the shorter one's words.
func TestSharesMost(t *testing.T) {
	for _, c := range []struct {
		a, b []int32
		want bool
	}{
		{[]int32{1, 2, 3, 4, 5}, []int32{1, 2, 3, 8}, true},         // 3 of the shorter's 4
		{[]int32{1, 2, 3, 4, 5}, []int32{1, 2, 7}, false},           // 2 of 3: too few words
		{[]int32{1, 2, 3, 4, 5}, []int32{1, 6, 7, 8}, false},        // 1 of 4
		{[]int32{1, 2, 3, 4, 5, 6}, []int32{2, 4, 7, 9, 10}, false}, // 2 of 5
		{nil, []int32{1}, false},
		{[]int32{3}, []int32{3}, false}, // one word is no statement
	} {
		if got := sharesMost(c.a, c.b); got != c.want {
			t.Errorf("sharesMost(%v, %v): got %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestCountsThingsFit checks that an amount of money or a share fits a
// question that counts things only as loosely as measureFit, unless the
// thing counted is money.
func TestCountsThingsFit(t *testing.T) {
	body := "The helpline has 40 staff on every shift.\nThe helpline staff cost £1.8 million a year."
	tests := []struct {
		q, marker string
		want      float64
	}{
		{"how many helpline staff are there", "40 staff", 1},
		{"how many helpline staff are there", "£1.8 million", measureFit},
		{"how much do the helpline staff cost", "£1.8 million", 1},
		{"how many pounds do the helpline staff cost", "£1.8 million", 1},
	}
	for _, tt := range tests {
		if got := featureOf(t, "type-number", tt.q, tt.marker, body); got != tt.want {
			t.Errorf("type-number of %q for the sentence with %q: got %v, want %v", tt.q, tt.marker, got, tt.want)
		}
	}
}

// TestAsksIdentifier checks which questions ask for the number that names
// a thing (a code or a phone number), not for an amount.
func TestAsksIdentifier(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"part number for the water tank", true},
		{"whats the anti dumping case number", true},
		{"dept phone number", true},
		{"total number of quadrats", false},
		{"max number of brown bins per house", false},
		{"2024 number for american analog chips share", false},
		{"number for the red phone", false},
		{"passenger numbers last year", false},
	}
	for _, tt := range tests {
		q := Parse(tt.q)
		if got := q.asksIdentifier(); got != tt.want {
			t.Errorf("asksIdentifier(%q): got %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestLog1pCount: the table of log1pCount holds math.Log1p to the bit, and
// counts past it are worked out.
func TestLog1pCount(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 30, 255, 256, 257, 1000, 1 << 20} {
		if got, want := log1pCount(n), math.Log1p(float64(n)); math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("log1pCount(%d): got %v, want %v", n, got, want)
		}
	}
	for n := range log1pCounts {
		if got, want := log1pCount(n), math.Log1p(float64(n)); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("log1pCount(%d): got %v, want %v", n, got, want)
		}
	}
}

// wordsOfTermByTerm is wordsOf as it read before it stepped a word at a
// time: one step a term.
func wordsOfTermByTerm(sc *scratch, mask termMask) uint32 {
	var words uint32
	for ; mask != 0; mask &= mask - 1 {
		words |= 1 << sc.terms[bits.TrailingZeros64(mask)].word
	}
	return words
}

// TestWordsOfByWord checks wordsOf, which drops a word's other terms
// (wordSpan) once it has the word, against one step a term, on the masks
// of seedMasks.
func TestWordsOfByWord(t *testing.T) {
	checked, several := 0, 0
	seedMasks(t, func(sc *scratch, question string, m termMask) {
		got, want := sc.wordsOf(m), wordsOfTermByTerm(sc, m)
		if got != want {
			t.Errorf("%q, mask %b: wordsOf is %b, want %b", question, m, got, want)
		}
		if bits.OnesCount64(m) > bits.OnesCount32(want) {
			several++
		}
		checked++
	})
	if checked < 100 || several < 10 {
		t.Errorf("checked %d masks, %d with several terms of a word, want at least 100 and 10", checked, several)
	}
	t.Logf("checked %d masks, %d with several terms of a word", checked, several)
}

// seedMasks calls check with masks of question terms of the seed
// questions on the embedded documents: each candidate's and its
// paragraph's, the question's own terms', and every term, every other
// term, where a word's terms and its alternatives meet.
func seedMasks(t *testing.T, check func(sc *scratch, question string, m termMask)) {
	ix := Build(embedded(t))
	for _, it := range readEval(t, filepath.Join("testdata", "seed-dev.jsonl")) {
		q := Parse(it.Question)
		err := ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, total float64) {
			all := ^termMask(0) >> (64 - len(sc.terms))
			masks := []termMask{all, all & 0x5555555555555555, all & 0xaaaaaaaaaaaaaaaa, sc.own}
			for _, c := range sc.top {
				masks = append(masks, sc.mask[c.sent], sc.paraMask[ix.sents[c.sent].para])
			}
			for _, m := range masks {
				check(sc, it.Question, m)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestGatherClearsFacts checks that gather leaves nothing of the facts it
// is handed (it clears them in place, then sets them): each candidate's
// facts gathered over those of another candidate equal those gathered
// into fresh facts, for every candidate of a few hundred training
// questions.
func TestGatherClearsFacts(t *testing.T) {
	docs, questions := trainQuestions(t, []string{"seeds", "handbook"}, 200)
	ix := Build(docs)
	checked := 0
	for _, text := range questions {
		q := Parse(text)
		if err := ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, total float64) {
			var used facts
			for i := len(sc.top) - 1; i >= 0; i-- {
				var fresh facts
				ix.gather(&fresh, &q, sc, sc.top[i], i, total)
				ix.gather(&used, &q, sc, sc.top[i], i, total)
				if !reflect.DeepEqual(used, fresh) {
					t.Fatalf("%q: candidate %d: facts gathered over another's differ from fresh ones", text, i)
				}
				// The next candidate's facts are gathered over these.
				checked++
			}
		}); err != nil {
			t.Fatal(err)
		}
	}
	if checked == 0 {
		t.Error("no candidate checked")
	}
}

// TestVariantSharesPlain checks the variant shares gather sets (variant
// and variantNear, left at 0 without reading variantMass's zeros when no
// term of the mask is an alternative) against the plain sums of
// variantMass's shares, for every candidate of the seeds and handbook
// training questions: the same values to the bit.
func TestVariantSharesPlain(t *testing.T) {
	checked, variant, near := 0, 0, 0
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, total float64) {
		for i := range sc.top {
			var f facts
			ix.gather(&f, q, sc, sc.top[i], i, total)
			want := sc.variantMass(f.m)
			for k := range want {
				want[k] /= f.total
				if want[k] != 0 {
					variant++
				}
			}
			wantNear := 0.0
			for _, v := range sc.variantMass((f.before | f.after) &^ sc.wordTerms(f.m)) {
				wantNear += v / f.total
			}
			if wantNear != 0 {
				near++
			}
			for k := range want {
				if math.Float64bits(f.variant[k]) != math.Float64bits(want[k]) {
					t.Fatalf("%q: candidate %d: variant[%d] = %v, want %v", text, i, k, f.variant[k], want[k])
				}
			}
			if math.Float64bits(f.variantNear) != math.Float64bits(wantNear) {
				t.Fatalf("%q: candidate %d: variantNear = %v, want %v", text, i, f.variantNear, wantNear)
			}
			checked++
		}
	})
	t.Logf("%d candidates, %d variant shares and %d near ones not 0", checked, variant, near)
	if variant == 0 || near == 0 {
		t.Error("no candidate with a variant share, or none with a near one")
	}
}

// TestAsksConsequence checks which questions ask what follows from a
// condition, for the feature "condition".
func TestAsksConsequence(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"what happens if i submit my expenses late", true},
		{"What happens to alerts that fire often?", true},
		{"what would happen to tiktok", true},
		{"what if the truce collapses", true},
		{"lost my phone what now", true},
		{"what happened sunday", false},
		{"what now counts as a sev1", false},
		{"when does it happen", false},
		{"if the deadline passes, who decides", false},
	} {
		q := Parse(tt.q)
		if q.consequence != tt.want {
			t.Errorf("%q: asks a consequence: got %v, want %v", tt.q, q.consequence, tt.want)
		}
	}
}

// TestAsksSpan checks asksSpan, for the feature "date-span": a when or
// what-time question with a plural noun of dates or times, or "when"
// twice, asks for several dates or a span of them; a question that counts
// them, or asks one date, does not.
func TestAsksSpan(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"what days are the talks on", true},
		{"walk in flu clinic dates", true},
		{"switching team opening hours", true},
		{"talks run from when to when", true},
		{"which days does lucy work", true},
		{"when is the deadline", false},
		{"how many days can i take", false},
		{"what day did the talks start", false},
		{"who works late hours", false},
	} {
		q := Parse(tt.q)
		if q.span != tt.want {
			t.Errorf("%q (type %v): asks a span: got %v, want %v", tt.q, q.Type, q.span, tt.want)
		}
	}
}

// TestAsksDay checks asksDay, for the feature "date-day": a when
// question that holds "date" asks for a day of a month; one without it,
// or of another type, does not.
func TestAsksDay(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"date the truce was agreed", true},
		{"switch offer end date", true},
		{"what date was the failure spotted", true},
		{"when was the truce agreed", false},
		{"what year did it open", false},
		{"who set the date", false},
	} {
		q := Parse(tt.q)
		if q.day != tt.want {
			t.Errorf("%q (type %v): asks a day: got %v, want %v", tt.q, q.Type, q.day, tt.want)
		}
	}
}

// TestNamesDayOfMonth checks namesDayOfMonth on the normalised values of
// date phrases: a month and a day, or a date in figures, and not a month
// or a year alone.
func TestNamesDayOfMonth(t *testing.T) {
	for value, want := range map[string]bool{
		"august 12 2025": true,
		"30 june 2026":   true,
		"13th april":     true,
		"2026 03 12":     true,
		"july":           false,
		"july 2025":      false,
		"2024":           false,
		"90":             false,
	} {
		if got := namesDayOfMonth(value); got != want {
			t.Errorf("%q: names a day of a month: got %v, want %v", value, got, want)
		}
	}
}

// TestSpansDates checks spansDates, for the feature "date-span": a range
// of clock times, or two date or time phrases joined by "to", "and", a
// dash or a comma, and not two dates with other words between them or a
// number beside a date.
func TestSpansDates(t *testing.T) {
	want := map[string]bool{
		"Bessent and He are scheduled to meet between Sunday and Wednesday, joined by Greer.": true,
		"The line is open Monday to Friday.":                                                  true,
		"The desk opens from 07:00 to 23:00 every day.":                                       true,
		"The ferry runs 9am-5pm daily.":                                                       true,
		"Lift works run between 13 April and 5 June 2026.":                                    true,
		"They met in July and agreed a truce for 90 days.":                                    false,
		"The deal was agreed on August 12, 2025.":                                             false,
		"Our brew days are Tuesdays and Thursdays.":                                           true,
		"The fair opened on Monday and closed early on Friday.":                               false,
	}
	var body []string
	for s := range want {
		body = append(body, s)
	}
	ix := Build([]corpus.Document{{Path: "a.txt", Body: strings.Join(body, "\n\n")}})
	seen := 0
	for i := range ix.sents {
		st := &ix.sents[i]
		w, ok := want[st.text]
		if !ok {
			continue
		}
		seen++
		if got := spansDates(st); got != w {
			t.Errorf("%q: spans dates: got %v, want %v", st.text, got, w)
		}
	}
	if seen != len(want) {
		t.Fatalf("found %d of the %d sentences", seen, len(want))
	}
}

// TestKeyTyped checks the question features key-number and key-date: key
// words that ask for a number or a date, and not a question asking with a
// question word or key words asking for neither.
func TestKeyTyped(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "The maximum pallet height is 1.8 metres.\nThe parking fine is 40 euros, paid within 21 days.\nExpense claims are due by 5 March."}})
	tests := []struct {
		feature, q string
		want       float64
	}{
		{"key-number", "max pallet height", 1},
		{"key-number", "parking fine amount", 1},
		{"key-number", "how tall can a pallet be", 0},
		{"key-number", "how much is the parking fine", 0},
		{"key-number", "pallet rules", 0},
		{"key-number", "expenses claim deadline", 0},
		{"key-date", "expenses claim deadline", 1},
		{"key-date", "when are expense claims due", 0},
		{"key-date", "max pallet height", 0},
		{"key-date", "pallet rules", 0},
	}
	for _, tt := range tests {
		ki := slices.Index(QuestionFeatureNames(), tt.feature)
		if ki < 0 {
			t.Fatalf("no question feature %q", tt.feature)
		}
		cands, err := ix.Candidates(context.Background(), Parse(tt.q))
		if err != nil || len(cands) == 0 {
			t.Fatalf("%q: %d candidates, error %v", tt.q, len(cands), err)
		}
		if got := cands[0].Question[ki]; got != tt.want {
			t.Errorf("%s for %q = %v, want %v", tt.feature, tt.q, got, tt.want)
		}
	}
}

// TestRangeTerms checks that a when-question's word of a start or an end
// ("when do the new terms start") counts as held by a sentence that gives
// that end of a span of time as a date after "from" or "until" (rangeTerms),
// and only by such a sentence.
func TestRangeTerms(t *testing.T) {
	docs := []corpus.Document{
		{Path: "terms.txt", Body: "These terms apply to savings accounts from 6 January 2026.\n\nThe terms were written in 2025.\n\nThe offer runs until 30 June 2026.\n\nThe offer is open from 1 May 2026.\n\nBefore you start, read the terms.\n\nThe offer will end soon."},
		{Path: "other.txt", Body: "The branch is open from 9 am on weekdays."},
	}
	ix := Build(docs)
	for _, tc := range []struct {
		question, sentence string
		word               string // the question word asked for
		want               bool
	}{
		{"when do the new terms start", "These terms apply to savings accounts from 6 January 2026.", "start", true},
		{"when do the new terms start", "The terms were written in 2025.", "start", false},
		{"when does the offer end", "The offer runs until 30 June 2026.", "end", true},
		{"when does the offer end", "The offer is open from 1 May 2026.", "end", false},
		{"when does the offer start", "The offer is open from 1 May 2026.", "start", true},
		{"when does the offer start", "The offer runs until 30 June 2026.", "start", false},
		{"what terms start", "These terms apply to savings accounts from 6 January 2026.", "start", false},
	} {
		q := Parse(tc.question)
		k := slices.IndexFunc(q.words, func(w qword) bool { return w.text == tc.word })
		if k < 0 {
			t.Fatalf("%q: no word %q", tc.question, tc.word)
		}
		found := false
		if err := ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, total float64) {
			for i, c := range sc.top {
				if ix.sents[c.sent].text != tc.sentence {
					continue
				}
				found = true
				f := &sc.facts
				ix.gather(f, &q, sc, c, i, total)
				if got := f.words&(1<<k) != 0; got != tc.want {
					t.Errorf("%q against %q: holds %q = %v, want %v", tc.question, tc.sentence, tc.word, got, tc.want)
				}
			}
		}); err != nil {
			t.Fatal(err)
		}
		if !found {
			t.Errorf("%q: %q is no candidate", tc.question, tc.sentence)
		}
	}
}

// TestMarginPlain checks margin, which compares a candidate's score with
// the best rival's so far before it asks whether the candidate is a rival,
// against the plain walk (the rival's tests first) for every candidate of
// the seeds' and the handbook's training questions, in the ranker's order
// and turned by half, to the bit; and that
// the rivals' tests left out a candidate that would have led in some of
// them, so that the check is not empty.
func TestMarginPlain(t *testing.T) {
	// plain is margin as first written.
	plain := func(f *facts) (float64, bool) {
		top := f.sc.top
		best := f.pick == 0
		agrees := f.sc.sameAs[top[f.pick].row]
		other, found, passed := 0.0, false, false
		for i, c := range top {
			if i == f.pick || agrees&(1<<c.row) != 0 || best && (c.offDay || f.ix.supersedes(top[0], c)) {
				passed = passed || i != f.pick && (!found || c.score > other)
				continue
			}
			if !found || c.score > other {
				other, found = c.score, true
			}
		}
		if !found {
			return MaxMargin, passed
		}
		return min(top[f.pick].score-other, MaxMargin), passed
	}
	checked, passed := 0, 0
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, total float64) {
		// plain reads sameAs whole, with the pairs of the same value
		// agrees finds only when asked.
		ix.fillAgreement(sc)
		// In the ranker's order, and turned by half (the worse half
		// first): the candidates that rerank moves up out of the scores'
		// order (preferNewer and the others) stand before better-scored
		// ones too.
		orig := slices.Clone(sc.top)
		for _, turn := range []int{0, len(sc.top) / 2} {
			copy(sc.top, orig[turn:])
			copy(sc.top[len(orig)-turn:], orig[:turn])
			for i := range sc.top {
				f := facts{ix: ix, q: q, sc: sc}
				f.pick = i
				want, p := plain(&f)
				if got := f.margin(); math.Float64bits(got) != math.Float64bits(want) {
					t.Fatalf("%q (turned by %d): candidate %d: margin got %v, want %v", text, turn, i, got, want)
				}
				checked++
				if p {
					passed++
				}
			}
		}
		copy(sc.top, orig)
	})
	t.Logf("%d candidates, %d with a leading candidate passed over as no rival", checked, passed)
	if passed == 0 {
		t.Error("no candidate whose margin passed over a leading non-rival")
	}
}

// TestInRangePlain: inRange, which steps from digit to digit and reads a
// pair's values only when a range join stands between them, gives what
// reading every number's value in one byte-by-byte pass gave, on every
// text of sentenceRuleTexts and texts with numbers that are none
// ("1.2.3"), for the values of each text's own figures, each half a unit
// more and less, and one far off.
func TestInRangePlain(t *testing.T) {
	plain := func(text string, given []float64) bool {
		lo, loEnd := 0.0, -1
		for i := 0; i < len(text); {
			if !isDigitByte(text[i]) || i > 0 && (isDigitByte(text[i-1]) || strings.IndexByte(".,:", text[i-1]) >= 0) {
				i++
				continue
			}
			j := i
			for j < len(text) && (isDigitByte(text[j]) || (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigitByte(text[j+1])) {
				j++
			}
			hi, err := strconv.ParseFloat(strings.ReplaceAll(text[i:j], ",", ""), 64)
			if err != nil {
				loEnd, i = -1, j
				continue
			}
			if loEnd >= 0 && rangeJoin(text[loEnd:i]) && slices.ContainsFunc(given, func(v float64) bool { return v >= lo && v <= hi }) {
				return true
			}
			lo, loEnd, i = hi, j, j
		}
		return false
	}
	texts := append([]string{"1.2.3 - 5", "5 - 1.2.3 - 7", "3 - 1.2.3", "1.2.3 to 4.5.6", "2 to 4 to 6", "9:00 to 11", "1,000–2,000", "7–",
		"–7", "5 to", "0", "x1 - 3", "1 - x3", "4 – 8", "1e5 to 2e5"}, sentenceRuleTexts(t)...)
	figure := regexp.MustCompile(`[0-9][0-9.,]*`)
	found := 0
	for _, text := range texts {
		given := []float64{1e9}
		for _, m := range figure.FindAllString(text, 20) {
			if v, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimRight(m, ".,"), ",", ""), 64); err == nil {
				given = append(given, v, v-0.5, v+0.5)
			}
		}
		want := plain(text, given)
		if got := inRange(text, given); got != want {
			t.Errorf("inRange(%q, %v): got %v, want %v", text, given, got, want)
		}
		if want {
			found++
		}
	}
	if found < 20 {
		t.Errorf("%d texts hold a range of their figures: want at least 20", found)
	}
}
