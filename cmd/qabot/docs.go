package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
)

const docsAbout = `Lists what qabot made of the corpus: for each document loaded, its path,
format, title, publisher and date (and where each was read: front matter,
HTML meta, PDF or Word properties, or the text), its pages, its sentences,
the lines dropped as page chrome and what was wrong in a file read all the
same (broken front matter, passed over); then each file skipped, and why.

--show PATH prints one document as the engine sees it: sentence by sentence,
under its sections and pages (a table's rows also under its caption), code
lines marked ⌨ (found by their words, never an answer), with the dropped
lines marked where they stood.
Exits 0, or 1 when no document loaded or the shown file was skipped, 2 on a
usage error.`

const docsExamples = `  qabot docs
  qabot docs --corpus ./wiki
  qabot docs --corpus ./wiki --json
  qabot docs --corpus ./wiki --show handbook/travel.pdf
`

// docsOptions are the flags of qabot docs.
type docsOptions struct {
	dir  string // the corpus folder, "" for the embedded corpus
	json bool
	show string // the document to print, relative to dir
}

func newDocsCommand(e env, code *int) *cobra.Command {
	var o docsOptions
	c := &cobra.Command{
		Use:     "docs [flags]",
		Short:   "list the documents loaded and the files skipped; --show PATH prints one",
		Long:    docsAbout,
		Example: docsExamples,
		Args:    cobra.ArbitraryArgs,
	}
	c.RunE = exits(code, func(_ context.Context, pos []string) (int, error) {
		if len(pos) > 0 {
			return exitUsage, usagef("docs", "unexpected argument %q: to print one document, run `qabot docs --show %s`", pos[0], pos[0])
		}
		return docsCommand(o, e)
	})
	f := c.Flags()
	f.StringVar(&o.dir, "corpus", "", "list the .txt, .md, .html, .pdf and .docx files below `DIR` instead of the embedded corpus")
	f.BoolVar(&o.json, "json", false, "print one JSON object")
	f.StringVar(&o.show, "show", "", "print the document at `PATH` (relative to the corpus folder) sentence by sentence")
	return c
}

// docsCommand loads the corpus and prints the listing, or one document.
func docsCommand(o docsOptions, e env) (int, error) {
	docs, skipped, err := loadDocuments(o.dir)
	if err != nil && !errors.Is(err, corpus.ErrEmpty) {
		return exitUsage, usagef("docs", "%v: give --corpus a folder of .txt, .md, .html, .pdf or .docx files, or leave it out for the embedded corpus", err)
	}
	if o.show != "" {
		return showDocument(o, docs, skipped, e)
	}
	list := newDocsList(o.dir, docs, skipped)
	if o.json {
		err = writeJSON(e.stdout, list)
	} else {
		err = list.write(e.stdout)
	}
	if err != nil {
		return outputError("docs", err)
	}
	if len(docs) == 0 {
		return exitNotFound, &cmdError{cmd: "docs", code: exitNotFound, err: fmt.Errorf("no document loaded: %w", corpus.ErrEmpty)}
	}
	return exitOK, nil
}

// docsList is the listing of a corpus, and its JSON shape.
type docsList struct {
	Corpus    string     `json:"corpus"`
	Documents []docInfo  `json:"documents"`
	Skipped   []skipInfo `json:"skipped"`
}

// docInfo describes one loaded document.
type docInfo struct {
	Path          string `json:"path"`
	Format        string `json:"format"`
	Title         string `json:"title"`
	TitleFrom     string `json:"title_from,omitempty"`
	Publisher     string `json:"publisher"`
	PublisherFrom string `json:"publisher_from,omitempty"`
	Date          string `json:"date"`
	DateFrom      string `json:"date_from,omitempty"`
	Pages         int    `json:"pages,omitempty"`
	Sentences     int    `json:"sentences"`
	// Chrome counts the lines dropped as page chrome; Metadata the lines
	// read as byline and date.
	Chrome   int `json:"chrome_lines"`
	Metadata int `json:"metadata_lines"`
	// Warnings say what was wrong in the file, read all the same (broken
	// front matter passed over).
	Warnings []string `json:"warnings,omitempty"`
}

// skipInfo is a file that was not loaded, and why.
type skipInfo struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// newDocsList describes the documents loaded from dir and the files
// skipped.
func newDocsList(dir string, docs []corpus.Document, skipped []*corpus.FileError) docsList {
	l := docsList{Corpus: dir, Documents: []docInfo{}, Skipped: []skipInfo{}}
	if dir == "" {
		l.Corpus = "(embedded)"
	}
	for _, d := range docs {
		chrome, meta := dropCounts(d)
		l.Documents = append(l.Documents, docInfo{
			Path: d.Path, Format: string(d.Format),
			Title: d.Title, TitleFrom: string(d.From.Title),
			Publisher: d.Publisher, PublisherFrom: string(d.From.Publisher),
			Date: d.Date, DateFrom: string(d.From.Date),
			Pages: d.Pages, Sentences: len(qa.Sentences(d)), Chrome: chrome, Metadata: meta,
			Warnings: d.Warnings,
		})
	}
	for _, s := range skipped {
		l.Skipped = append(l.Skipped, skipInfo{Path: filepath.ToSlash(s.Path), Reason: s.Err.Error()})
	}
	return l
}

// dropCounts counts a document's dropped lines: page chrome, and lines read
// as metadata.
func dropCounts(d corpus.Document) (chrome, meta int) {
	for _, x := range d.Dropped {
		if strings.HasPrefix(x.Why, "byline") {
			meta++
		} else {
			chrome++
		}
	}
	return chrome, meta
}

// write prints the listing for a person.
func (l docsList) write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s loaded, %s skipped\n", l.Corpus, plural(len(l.Documents), "document"), plural(len(l.Skipped), "file"))
	for _, d := range l.Documents {
		fmt.Fprintf(&b, "\n%s\n", d.Path)
		facts := []string{d.Format}
		if d.Pages > 0 {
			facts = append(facts, plural(d.Pages, "page"))
		}
		facts = append(facts, plural(d.Sentences, "sentence"), plural(d.Chrome, "line")+" dropped as page chrome")
		if d.Metadata > 0 {
			facts = append(facts, plural(d.Metadata, "line")+" read as metadata")
		}
		fmt.Fprintf(&b, "  %s\n", strings.Join(facts, ", "))
		for _, f := range []struct{ name, value, from string }{
			{"title", d.Title, d.TitleFrom}, {"publisher", d.Publisher, d.PublisherFrom}, {"date", d.Date, d.DateFrom},
		} {
			if f.value == "" {
				fmt.Fprintf(&b, "  %-10s —\n", f.name)
				continue
			}
			fmt.Fprintf(&b, "  %-10s %s  (from the %s)\n", f.name, f.value, f.from)
		}
		for _, w := range d.Warnings {
			fmt.Fprintf(&b, "  %-10s %s\n", "warning", w)
		}
	}
	if len(l.Skipped) > 0 {
		b.WriteString("\nSkipped:\n")
		for _, s := range l.Skipped {
			fmt.Fprintf(&b, "  %s: %s\n", s.Path, s.Reason)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// shown is one document as the engine sees it, and its JSON shape.
type shown struct {
	Path      string      `json:"path"`
	Title     string      `json:"title"`
	Sentences []shownLine `json:"sentences"`
	Dropped   []shownLine `json:"dropped"`
	Warnings  []string    `json:"warnings,omitempty"`
}

// shownLine is a sentence, or a dropped line with its reason; Before is
// the number of sentences above a dropped line.
type shownLine struct {
	Text    string `json:"text"`
	Section string `json:"section,omitempty"`
	Caption string `json:"caption,omitempty"` // a table row's table caption
	Code    bool   `json:"code,omitempty"`    // a line of code: found by its words, never an answer
	Page    int    `json:"page,omitempty"`
	Why     string `json:"why,omitempty"`
	Before  int    `json:"before_sentence,omitempty"`
}

// showDocument prints the document o.show of the corpus.
func showDocument(o docsOptions, docs []corpus.Document, skipped []*corpus.FileError, e env) (int, error) {
	want := filepath.ToSlash(o.show)
	if rel, err := filepath.Rel(o.dir, o.show); o.dir != "" && err == nil && !strings.HasPrefix(rel, "..") {
		want = filepath.ToSlash(rel)
	}
	for _, s := range skipped {
		if filepath.ToSlash(s.Path) == want {
			return exitNotFound, &cmdError{cmd: "docs", code: exitNotFound, err: fmt.Errorf("%s was skipped: %w", want, s.Err)}
		}
	}
	for _, d := range docs {
		if d.Path != want {
			continue
		}
		s := showOf(d)
		var err error
		if o.json {
			err = writeJSON(e.stdout, s)
		} else {
			err = s.write(e.stdout, d)
		}
		if err != nil {
			return outputError("docs", err)
		}
		return exitOK, nil
	}
	return exitUsage, usagef("docs", "no document %q in the corpus: run `qabot docs` to list them", want)
}

// showOf splits a document into the engine's sentences, block by block,
// and places its dropped lines among them.
func showOf(d corpus.Document) shown {
	s := shown{Path: d.Path, Title: d.Title, Sentences: []shownLine{}, Dropped: []shownLine{}, Warnings: d.Warnings}
	all := qa.Sentences(d)
	// The engine puts the title first when the body does not open with it.
	if len(d.Blocks) == 0 || d.Title != "" && strings.TrimSpace(d.Blocks[0].Text) != d.Title {
		if len(all) > 0 && all[0] == strings.TrimSpace(d.Title) {
			s.Sentences = append(s.Sentences, shownLine{Text: all[0]})
		}
	}
	next := 0 // the next dropped line
	each := qa.BlockSentences(d)
	for i, b := range d.Blocks {
		for next < len(d.Dropped) && d.Dropped[next].Before <= i {
			x := d.Dropped[next]
			s.Dropped = append(s.Dropped, shownLine{Text: x.Text, Why: x.Why, Page: x.Page, Before: len(s.Sentences)})
			next++
		}
		for _, t := range each[i] {
			s.Sentences = append(s.Sentences, shownLine{Text: t, Section: b.Section, Caption: b.Caption, Page: b.Page, Code: b.Kind == corpus.KindCode})
		}
	}
	for ; next < len(d.Dropped); next++ {
		x := d.Dropped[next]
		s.Dropped = append(s.Dropped, shownLine{Text: x.Text, Why: x.Why, Page: x.Page, Before: len(s.Sentences)})
	}
	return s
}

// write prints a shown document: numbered sentences under their sections
// and pages (table rows also under their table's caption), code lines
// marked with ⌨, dropped lines marked with ✂ where they stood.
func (s shown) write(w io.Writer, d corpus.Document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s", s.Path)
	if s.Title != "" {
		fmt.Fprintf(&b, " — %s", s.Title)
	}
	fmt.Fprintf(&b, "\n%s, %s, %s dropped\n", d.Format, plural(len(s.Sentences), "sentence"), plural(len(s.Dropped), "line"))
	for _, w := range s.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	section, caption, page, k := "", "", 0, 0
	dropped := func(upTo int) {
		for ; k < len(s.Dropped) && s.Dropped[k].Before <= upTo; k++ {
			fmt.Fprintf(&b, "     ✂ %s: %s\n", s.Dropped[k].Why, s.Dropped[k].Text)
		}
	}
	for i, l := range s.Sentences {
		dropped(i)
		if l.Section != section || l.Caption != caption || l.Page != page {
			section, caption, page = l.Section, l.Caption, l.Page
			var where []string
			if page > 0 {
				where = append(where, fmt.Sprintf("page %d", page))
			}
			if section != "" {
				where = append(where, section)
			}
			if caption != "" {
				where = append(where, "table “"+caption+"”")
			}
			if len(where) > 0 {
				fmt.Fprintf(&b, "── %s\n", strings.Join(where, " · "))
			} else if i > 0 {
				b.WriteString("──\n") // out of a captioned table, into no section
			}
		}
		mark := ""
		if l.Code {
			mark = "⌨ " // a code line, which is never an answer
		}
		fmt.Fprintf(&b, "%4d  %s%s\n", i+1, mark, l.Text)
	}
	dropped(len(s.Sentences))
	_, err := io.WriteString(w, b.String())
	return err
}
