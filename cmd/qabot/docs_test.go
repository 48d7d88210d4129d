package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/bot"
)

// wikiDir is the team-wiki test corpus: Markdown, HTML, Word and PDF.
const wikiDir = "../../corpus/testdata/wiki"

// wikiWithBadFiles copies the wiki into a new folder and adds a bad file
// of every kind, returning the folder.
func wikiWithBadFiles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir(wikiDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		raw, err := os.ReadFile(filepath.Join(wikiDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, e.Name()), string(raw))
	}
	enc, err := os.ReadFile("../../corpus/testdata/bad/encrypted.pdf")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "bad", "encrypted.pdf"), string(enc))
	writeFile(t, filepath.Join(dir, "bad", "truncated.pdf"), "%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
	writeFile(t, filepath.Join(dir, "bad", "renamed.docx"), "plain text, not a Word file")
	writeFile(t, filepath.Join(dir, "bad", "image.txt"), "\x89PNG\r\n\x1a\n\x00\x00")
	return dir
}

func TestDocsList(t *testing.T) {
	dir := wikiWithBadFiles(t)
	r := runQabot(t, "", false, "docs", "--corpus", dir)
	if r.code != exitOK {
		t.Fatalf("exit: got %d, want %d; stderr %q", r.code, exitOK, r.stderr)
	}
	for _, want := range []string{
		"4 documents loaded, 4 files skipped",
		"caching-paper.pdf\n  pdf, 2 pages, ",
		"2 lines dropped as page chrome, 1 line read as metadata",
		"title      Efficient Caching for Team Knowledge Bases  (from the text)",
		"date       2024-02-12  (from the front matter)",
		"publisher  Acme Cloud Docs  (from the HTML meta)",
		"publisher  Maria Okafor  (from the Word properties)",
		"bad/encrypted.pdf: encrypted: protected by a password",
		"bad/truncated.pdf: broken file",
		"bad/renamed.docx: broken file: not a Word file",
		"bad/image.txt: binary data, not text",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}

	r = runQabot(t, "", false, "docs", "--corpus", dir, "--json")
	var list docsList
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil {
		t.Fatalf("--json: %v in %q", err, r.stdout)
	}
	got := map[string]docInfo{}
	for _, d := range list.Documents {
		got[d.Path] = d
	}
	want := map[string]docInfo{
		"caching-paper.pdf":    {Format: "pdf", TitleFrom: "text", PublisherFrom: "text", DateFrom: "text", Pages: 2, Chrome: 2, Metadata: 1},
		"onboarding.md":        {Format: "markdown", TitleFrom: "front matter", PublisherFrom: "front matter", DateFrom: "front matter"},
		"pricing.html":         {Format: "html", TitleFrom: "HTML meta", PublisherFrom: "HTML meta", DateFrom: "HTML meta"},
		"travel-handbook.docx": {Format: "docx", TitleFrom: "Word properties", PublisherFrom: "Word properties", DateFrom: "Word properties"},
	}
	for path, w := range want {
		g := got[path]
		if g.Format != w.Format || g.TitleFrom != w.TitleFrom || g.PublisherFrom != w.PublisherFrom || g.DateFrom != w.DateFrom ||
			g.Pages != w.Pages || g.Chrome != w.Chrome || g.Metadata != w.Metadata || g.Sentences == 0 {
			t.Errorf("%s: got %+v, want %+v and some sentences", path, g, w)
		}
	}
	if len(list.Skipped) != 4 {
		t.Errorf("skipped: got %+v, want 4 files", list.Skipped)
	}
}

func TestDocsEmbeddedAndErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"the embedded corpus", []string{"docs"}, exitOK, "(embedded): 5 documents loaded, 0 files skipped", ""},
		{"a folder of bad files only", []string{"docs", "--corpus", "../../corpus/testdata/bad"}, exitNotFound,
			"encrypted.pdf: encrypted: protected by a password", "no document loaded"},
		{"a missing folder", []string{"docs", "--corpus", "/nonexistent/wiki"}, exitUsage, "", "give --corpus a folder"},
		{"a stray argument", []string{"docs", "wiki.md"}, exitUsage, "", "qabot docs --show wiki.md"},
		{"show a file not in the corpus", []string{"docs", "--corpus", wikiDir, "--show", "nope.md"}, exitUsage, "", `no document "nope.md" in the corpus`},
		{"show a skipped file", []string{"docs", "--corpus", "../../corpus/testdata/bad", "--show", "encrypted.pdf"}, exitNotFound, "",
			"encrypted.pdf was skipped: encrypted: protected by a password"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runQabot(t, "", false, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stdout, tt.stdout) || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("got exit %d, stdout %q, stderr %q; want %d, %q, %q", r.code, r.stdout, r.stderr, tt.code, tt.stdout, tt.stderr)
			}
		})
	}
}

func TestDocsShow(t *testing.T) {
	tests := []struct {
		file string
		want []string // in this order
	}{
		{"caching-paper.pdf", []string{
			"caching-paper.pdf — Efficient Caching for Team Knowledge Bases",
			"     ✂ page number: 1\n",
			"   1  Efficient Caching for Team Knowledge Bases\n",
			"     ✂ byline (metadata): Ada Lindqvist Tomas Berg March 2024\n",
			"── page 1 · Abstract\n",
			"  11  We interviewed forty-two engineers between January and March 2023.\n",
			"── page 1 · 3 Results\n",
			"     ✂ running header or footer: 5 APPENDIX 2\n",
			"── page 2 · 5 Appendix\n",
		}},
		{"onboarding.md", []string{
			"── Accounts\n",
			"Build cluster; Platform on-call; 1 day\n",
			"── Glossary\n",
			"SLO: Service level objective, the uptime target of a service; ours is 99.9% a month.\n",
			"── Accounts\n",
			"The VPN certificate expires after 90 days and is renewed from the self-service portal.\n",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r := runQabot(t, "", false, "docs", "--corpus", wikiDir, "--show", filepath.Join(wikiDir, tt.file))
			if r.code != exitOK {
				t.Fatalf("exit: got %d, want %d; stderr %q", r.code, exitOK, r.stderr)
			}
			rest := r.stdout
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("output lacks %q after the lines before it:\n%s", w, r.stdout)
				}
				rest = rest[i+len(w):]
			}
		})
	}
	r := runQabot(t, "", false, "docs", "--corpus", wikiDir, "--show", "caching-paper.pdf", "--json")
	var s shown
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("--json: %v in %q", err, r.stdout)
	}
	if len(s.Sentences) < 20 || s.Sentences[0].Page != 1 || len(s.Dropped) != 3 || s.Dropped[2].Why != "running header or footer" || s.Dropped[2].Page != 2 {
		t.Errorf("got %d sentences (first %+v) and dropped %+v; want 20 or more from page 1 and 3 dropped lines, the last on page 2",
			len(s.Sentences), s.Sentences[0], s.Dropped)
	}
}

// TestWikiAnswers asks a question of each file of the wiki and checks the
// file, the sentence and the citation's section or page, in the JSON and
// in the text a person reads.
func TestWikiAnswers(t *testing.T) {
	tests := []struct {
		question, source, sentence, section string
		page                                int
	}{
		// A footnote, cited with the section of its reference.
		{"After how many days does the VPN certificate expire?", "onboarding.md", "The VPN certificate expires after 90 days", "Accounts", 0},
		{"Where does the CODEOWNERS file live?", "onboarding.md", "The CODEOWNERS file lives at the root of every repository.", "First week › Code review", 0},
		// A definition list.
		{"What is the SLO?", "onboarding.md", "SLO: Service level objective", "Glossary", 0},
		{"What discount do non-profit organisations get?", "pricing.html", "Non-profit organisations get a 40% discount on the Team plan.", "Plans › Discounts", 0},
		{"What is the daily meal allowance?", "travel-handbook.docx", "The daily meal allowance is 55 euros in Europe", "Expenses › Meals", 0},
		{"How many engineers were interviewed?", "caching-paper.pdf", "We interviewed forty-two engineers between January and March 2023.", "2 Method", 1},
		{"Who approved the study?", "caching-paper.pdf", "The study was approved by the ethics board of the Nordic Institute of Workplace Studies.", "5 Appendix", 2},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			// The citation is what is tested here, not the confidence.
			r := runQabot(t, "", false, "ask", "--corpus", wikiDir, "--min-confidence", "0", "--json", tt.question)
			var a bot.AnswerJSON
			if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
				t.Fatalf("%v in %q (stderr %q)", err, r.stdout, r.stderr)
			}
			if !a.Answered || a.Source != tt.source || !strings.Contains(a.Sentence, tt.sentence) || a.Section != tt.section || a.Page != tt.page {
				t.Errorf("got answered %v from %s, section %q, page %d: %q; want %s, %q, %d: %q",
					a.Answered, a.Source, a.Section, a.Page, a.Sentence, tt.source, tt.section, tt.page, tt.sentence)
			}
			text := runQabot(t, "", false, "ask", "--corpus", wikiDir, "--min-confidence", "0", tt.question).stdout
			if !strings.Contains(text, tt.source) || !strings.Contains(text, tt.section) {
				t.Errorf("text reply %q: want it to cite %s and %q", text, tt.source, tt.section)
			}
		})
	}
}

// BenchmarkDocsSeeds measures `qabot docs` on the embedded corpus.
func BenchmarkDocsSeeds(b *testing.B) {
	b.ReportAllocs()
	e := env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: os.Getenv}
	for b.Loop() {
		if code, err := docsCommand(docsOptions{}, e); code != exitOK || err != nil {
			b.Fatal(code, err)
		}
	}
}

// TestDocsShowCaption checks that --show prints a table's rows under their
// table's caption, and a paragraph after the table out of it again (a
// bare rule when no section or page names where it is).
func TestDocsShowCaption(t *testing.T) {
	dir := t.TempDir()
	md := "# Report\n\nKey figures for 2025\n\n| Item | Value |\n|---|---|\n| Homes | 412 |\n| Tenants | 988 |\n\nThe figures were audited in March.\n"
	if err := os.WriteFile(filepath.Join(dir, "report.md"), []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runQabot(t, "", false, "docs", "--corpus", dir, "--show", "report.md")
	if r.code != exitOK {
		t.Fatalf("exit: got %d, want %d; stderr %q", r.code, exitOK, r.stderr)
	}
	rest := r.stdout
	for _, w := range []string{
		"   2  Key figures for 2025\n",
		"── table “Key figures for 2025”\n",
		"   3  Item; Value\n",
		"   5  Tenants; 988\n",
		"──\n",
		"The figures were audited in March.\n",
	} {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Fatalf("output lacks %q after the lines before it:\n%s", w, r.stdout)
		}
		rest = rest[i+len(w):]
	}
	r = runQabot(t, "", false, "docs", "--corpus", dir, "--show", "report.md", "--json")
	var s shown
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("--json: %v in %q", err, r.stdout)
	}
	var captions []string
	for _, l := range s.Sentences {
		captions = append(captions, l.Caption)
	}
	c := "Key figures for 2025"
	if want := []string{"", "", c, c, c, ""}; !slices.Equal(captions, want) {
		t.Errorf("captions: got %q, want %q", captions, want)
	}
}

// TestDocsShowCode checks that --show marks the lines of a code block,
// which the engine finds by their words but never gives as an answer,
// and no other line, in the text and in --json.
func TestDocsShowCode(t *testing.T) {
	dir := t.TempDir()
	md := "# Setup\n\nAdd the import:\n\n```go\nimport (\n\t_ \"example.org/zstd\"\n)\n```\n\nThen rebuild the binary.\n"
	if err := os.WriteFile(filepath.Join(dir, "setup.md"), []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runQabot(t, "", false, "docs", "--corpus", dir, "--show", "setup.md")
	if r.code != exitOK {
		t.Fatalf("exit: got %d, want %d; stderr %q", r.code, exitOK, r.stderr)
	}
	for _, w := range []string{"   2  Add the import:\n", "   3  ⌨ import (\n", "   4  ⌨ _ \"example.org/zstd\"\n", "   5  Then rebuild the binary.\n"} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("output lacks %q:\n%s", w, r.stdout)
		}
	}
	r = runQabot(t, "", false, "docs", "--corpus", dir, "--show", "setup.md", "--json")
	var s shown
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("--json: %v in %q", err, r.stdout)
	}
	var code []bool
	for _, l := range s.Sentences {
		code = append(code, l.Code)
	}
	if want := []bool{false, false, true, true, false}; !slices.Equal(code, want) {
		t.Errorf("code flags: got %v, want %v", code, want)
	}
}

// TestDocsShowManualNames checks that --show cuts a block into the
// sentences the index does, with the commands a manual page's title
// names (a lower-case command opens a sentence after a stop): before,
// each block was split without the title, and the run-on "… named
// files. gunzip restores them." was shown as one sentence the index
// never held.
func TestDocsShowManualNames(t *testing.T) {
	dir := t.TempDir()
	md := "# gzip, gunzip - compress or expand files\n\nThe tool reduces the size of the named files. gunzip restores them.\n"
	if err := os.WriteFile(filepath.Join(dir, "gzip.md"), []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runQabot(t, "", false, "docs", "--corpus", dir, "--show", "gzip.md")
	if r.code != exitOK {
		t.Fatalf("exit: got %d, want %d; stderr %q", r.code, exitOK, r.stderr)
	}
	for _, w := range []string{"   2  The tool reduces the size of the named files.\n", "   3  gunzip restores them.\n"} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("output lacks %q:\n%s", w, r.stdout)
		}
	}
}

// TestDocsWarnings checks that a file whose front matter is broken is
// listed as loaded, with a warning saying what was wrong, in the listing
// and in --show.
func TestDocsWarnings(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "broken.md"), "---\ntitle: [Madrid\n---\nThe museum opens at nine on Sundays.\n")
	const warning = "invalid front matter: line 1: did not find expected ',' or ']'; read the text without it"
	r := runQabot(t, "", false, "docs", "--corpus", dir)
	for _, want := range []string{"1 document loaded, 0 files skipped", "  warning    " + warning} {
		if r.code != exitOK || !strings.Contains(r.stdout, want) {
			t.Errorf("docs: got exit %d and\n%s\nwant exit %d and %q", r.code, r.stdout, exitOK, want)
		}
	}
	r = runQabot(t, "", false, "docs", "--corpus", dir, "--show", "broken.md")
	for _, want := range []string{"warning: " + warning, "The museum opens at nine on Sundays."} {
		if r.code != exitOK || !strings.Contains(r.stdout, want) {
			t.Errorf("docs --show: got exit %d and\n%s\nwant exit %d and %q", r.code, r.stdout, exitOK, want)
		}
	}
}
