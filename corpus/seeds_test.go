package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEmbeddedSeeds checks the metadata of the five seed documents and that
// their page chrome is gone while their headings and sentences are kept.
func TestEmbeddedSeeds(t *testing.T) {
	docs, err := Embedded()
	if err != nil {
		t.Fatalf("Embedded: %v", err)
	}
	want := []struct {
		path, title, publisher, date string
		firstLine                    string
		kept, dropped                []string
	}{
		{
			path:      "000_7babf92828a43abc.txt",
			title:     "US, China Officials Meet in Madrid Amid Chip Probes and TikTok Deadline",
			publisher: "Gulan Media",
			date:      "September 14, 2025",
			firstLine: "US, China Officials Meet in Madrid Amid Chip Probes and TikTok Deadline",
			kept:      []string{"The US Treasury said discussions will also touch on joint efforts to combat money laundering and Washington’s push for Beijing to curb illicit shipments of technology to Russia."},
			dropped:   []string{"• Monday, 02 February 2026", "Monday, 02 February 2026", "logo", "Gulan Media September 14, 2025 News", "Top"},
		},
		{
			path:      "001_1f5ae173ef89af86.txt",
			title:     "US, China kick off talks on trade, TikTok, in Madrid meeting",
			publisher: "Dharvi Vaid with Reuters and AP",
			date:      "September 14, 2025",
			firstLine: "US, China kick off talks on trade, TikTok, in Madrid meeting",
			kept: []string{
				"United States Treasury Secretary Scott Bessent is slated to meet Chinese Vice Premier He Lifeng between Sunday and Wednesday, Beijing said.",
				"China launches probes targeting US semiconductors",
				"What is expected from the US-China talks in Madrid?",
				"The US has been demanding a crackdown from China on illicit shipments of technology goods to Russia that aid its war in Ukraine.",
			},
			dropped: []string{"Skip to content", "Skip to main menu", "Skip to more DW sites", "PoliticsChina",
				"Dharvi Vaid with Reuters and AP", "September 14, 2025", "TikTok in China's shadow", "42:34",
				"This browser does not support the video element.", "Edited by: Jenipher Camino Gonzalez",
				"Skip next section DW's Top Story", "DW's Top Story", "Skip next section More stories from DW",
				"The American and Chinese flags are photographed, during a bilateral meeting between the United States and China, in Geneva, Switzerland"},
		},
		{
			path:      "002_a89427f5ebe012d2.txt",
			firstLine: "Senior US and Chinese officials gathered in Madrid on Sunday for their fourth round of diplomatic bargaining this year, amid intensifying economic tensions and an imminent deadline that puts TikTok’s US future at risk.",
			kept: []string{"Why Is TikTok Central to These Talks?", "Did you know?", "How Do Chip Probes Affect Negotiations?",
				"Can Madrid Talks Prevent Escalation?",
				"Even as headline risks dominate the news cycle, practical cooperation and creative diplomacy could help stabilize markets and maintain the flow of innovation and commerce between the two superpowers."},
			dropped: []string{"ALSO READ | France’s Parliamentary Committee Seeks Criminal Charges Against TikTok", "Comments (0)", "Please sign in to leave a comment"},
		},
		{
			path:      "003_6898b1c5eca1147e.txt",
			title:     "China and the U.S. Convene Trade Talks in Madrid to Address Tariffs, Export Controls, and TikTok",
			firstLine: "China and the U.S. Convene Trade Talks in Madrid to Address Tariffs, Export Controls, and TikTok",
			kept:      []string{"The investigation process will follow legal procedures, ensuring all stakeholders’ rights and delivering an objective ruling based on the findings. Xiang Ligang, chairman of the Zhongguancun Information Consumption Alliance, noted that analog chips rely on mature semiconductor nodes—an area where Chinese firms have advanced significantly and of which China is the world’s largest consumer. Under sustained low-priced dumping by U.S. companies, domestic analog-chip manufacturers have suffered operational and financial harm."},
		},
		{
			path:      "004_4693065a2af49a28.txt",
			date:      "September 2025",
			firstLine: "Madrid, September 2025 — Senior trade officials from the United States and China gathered in Madrid this week to address long-running disputes over tariffs, technology regulation, and digital platforms. The meeting, led by U.S. Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng, highlights the difficulty both sides face in balancing economic ties with growing political and security concerns.",
			kept: []string{"Tariff Pause Nears Its Deadline", "TikTok and Digital Oversight", "Semiconductor Disputes Intensify",
				"Wider Strategic Concerns", "What Comes Next", "Global Significance",
				"TikTok decision: A new extension beyond September 17 is almost certain, delaying but not resolving the issue."},
		},
	}
	if len(docs) != len(want) {
		t.Fatalf("got %d documents, want %d", len(docs), len(want))
	}
	for i, w := range want {
		d := docs[i]
		t.Run(w.path, func(t *testing.T) {
			if d.Path != w.path {
				t.Fatalf("path: got %q, want %q", d.Path, w.path)
			}
			for _, f := range []struct{ name, got, want string }{
				{"title", d.Title, w.title}, {"publisher", d.Publisher, w.publisher}, {"date", d.Date, w.date},
			} {
				if f.got != f.want {
					t.Errorf("%s: got %q, want %q", f.name, f.got, f.want)
				}
			}
			if first, _, _ := strings.Cut(d.Body, "\n"); first != w.firstLine {
				t.Errorf("first line: got %q, want %q", first, w.firstLine)
			}
			if n := strings.Count(d.Body, d.Title+"\n"); d.Title != "" && n != 1 {
				t.Errorf("title line: got %d copies in the body, want 1", n)
			}
			for _, s := range w.kept {
				if !hasLine(d.Body, s) {
					t.Errorf("line %q: got dropped, want kept", s)
				}
			}
			for _, s := range w.dropped {
				if hasLine(d.Body, s) {
					t.Errorf("line %q: got kept, want dropped", s)
				}
			}
		})
	}
}

// TestSeedSentencesKept checks that every line of the seed files that ends
// a sentence survives cleaning (white space normalised), so that cleaning
// never costs an answer.
func TestSeedSentencesKept(t *testing.T) {
	docs, err := Embedded()
	if err != nil {
		t.Fatalf("Embedded: %v", err)
	}
	chrome := map[string]bool{
		"This browser does not support the video element.": true,
	}
	for _, d := range docs {
		raw, err := seeds.ReadFile("seeds/" + d.Path)
		if err != nil {
			t.Fatalf("read %s: %v", d.Path, err)
		}
		for line := range strings.Lines(string(raw)) {
			line = normSpace(line)
			line = line[bulletMarker(line):]
			if !endsSentence(line) || len(strings.Fields(line)) < 4 || chrome[line] {
				continue
			}
			if !hasLine(d.Body, line) {
				t.Errorf("%s: sentence %q: got dropped, want kept", d.Path, line)
			}
		}
	}
}

// TestSquadParagraphsKept loads the SQuAD evaluation corpus, when it is
// present next to the repository, and checks that every paragraph and title
// survives: nothing in a clean encyclopaedia article is chrome.
func TestSquadParagraphsKept(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "eval", "squad-train11", "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no SQuAD corpus at %s", dir)
	}
	docs, skipped, err := Load(dir)
	if err != nil || len(skipped) > 0 {
		t.Fatalf("Load: got %v and %d skipped, want no error", err, len(skipped))
	}
	for _, d := range docs {
		raw, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(d.Path)))
		if err != nil {
			t.Fatal(err)
		}
		first, _, _ := strings.Cut(string(raw), "\n")
		if d.Title != strings.TrimSpace(first) {
			t.Errorf("%s: title: got %q, want %q", d.Path, d.Title, first)
		}
		for line := range strings.Lines(string(raw)) {
			if line = normSpace(line); line != "" && !hasLine(d.Body, line) {
				t.Errorf("%s: paragraph %.60q…: got dropped, want kept", d.Path, line)
			}
		}
	}
}
