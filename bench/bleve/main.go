// Command bleve-baseline answers questions the way a search library bolted
// to a bot would: every sentence of a corpus is a document of a bleve
// index (English analyser: lower case, stop words, Porter stems), and a
// question's answer is the sentence its match query ranks first. It reads
// and writes the JSON lines of `qabot ask --jsonl` ({"id","question"} in,
// {"id","answered","sentence","source","score"} out), so that the two can
// be run side by side on one corpus and one question file (sidebyside.sh);
// it is the baseline of issue 10's whole-run bar, not part of qabot.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
)

// sentenceEnd splits a paragraph after a full stop, question or exclamation
// mark followed by a space and a capital letter, digit or quote: plain
// enough for Wikipedia text, as a library user would write it.
var sentenceEnd = regexp.MustCompile(`[.!?]["'”’)]?\s+["'“‘(]?[A-Z0-9]`)

// sentence is one indexed document.
type sentence struct {
	Text   string `json:"text"`
	Source string `json:"-"`
}

func main() {
	dir := flag.String("corpus", "", "folder of .txt and .md files")
	batch := flag.Int("batch", 1000, "sentences per index batch")
	flag.Parse()
	if err := run(*dir, *batch); err != nil {
		fmt.Fprintln(os.Stderr, "bleve-baseline:", err)
		os.Exit(1)
	}
}

func run(dir string, batchSize int) error {
	if dir == "" {
		return fmt.Errorf("--corpus DIR is required")
	}
	start := time.Now()
	sents, err := readCorpus(dir)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "bleve-baseline-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	// bleve's default index (scorch), in a temporary folder: its in-memory
	// index (bleve.NewMemOnly) is the older upsidedown one, several times
	// slower to build and to search.
	ix, err := bleve.New(filepath.Join(tmp, "index"), indexMapping())
	if err != nil {
		return fmt.Errorf("new index: %w", err)
	}
	defer ix.Close()
	b := ix.NewBatch()
	for i, s := range sents {
		if err := b.Index(strconv.Itoa(i), s); err != nil {
			return fmt.Errorf("index: %w", err)
		}
		if b.Size() >= batchSize {
			if err := ix.Batch(b); err != nil {
				return fmt.Errorf("index batch: %w", err)
			}
			b = ix.NewBatch()
		}
	}
	if err := ix.Batch(b); err != nil {
		return fmt.Errorf("index batch: %w", err)
	}
	built := time.Since(start)

	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	n := 0
	for in.Scan() {
		var q struct {
			ID       string `json:"id"`
			Question string `json:"question"`
		}
		if err := json.Unmarshal(in.Bytes(), &q); err != nil {
			return fmt.Errorf("question line %d: %w", n+1, err)
		}
		n++
		mq := bleve.NewMatchQuery(q.Question)
		mq.SetField("text")
		req := bleve.NewSearchRequestOptions(mq, 1, 0, false)
		res, err := ix.Search(req)
		if err != nil {
			return fmt.Errorf("search: %w", err)
		}
		a := struct {
			ID       string  `json:"id"`
			Answered bool    `json:"answered"`
			Sentence string  `json:"sentence,omitempty"`
			Source   string  `json:"source,omitempty"`
			Score    float64 `json:"score,omitempty"`
		}{ID: q.ID}
		if len(res.Hits) > 0 {
			i, _ := strconv.Atoi(res.Hits[0].ID)
			a.Answered, a.Sentence, a.Source, a.Score = true, sents[i].Text, sents[i].Source, res.Hits[0].Score
		}
		if err := enc.Encode(a); err != nil {
			return fmt.Errorf("write: %w", err)
		}
	}
	if err := in.Err(); err != nil {
		return fmt.Errorf("read questions: %w", err)
	}
	fmt.Fprintf(os.Stderr, "bleve-baseline: %d sentences indexed in %v; %d questions answered in %v\n",
		len(sents), built.Round(time.Millisecond), n, (time.Since(start) - built).Round(time.Millisecond))
	return nil
}

// indexMapping indexes the text field with bleve's English analyser.
func indexMapping() mapping.IndexMapping {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = en.AnalyzerName
	return m
}

// readCorpus splits every .txt and .md file under dir into paragraphs at
// blank lines and paragraphs into sentences.
func readCorpus(dir string) ([]sentence, error) {
	var sents []sentence
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if ext := filepath.Ext(path); ext != ".txt" && ext != ".md" {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		for _, para := range strings.Split(string(b), "\n\n") {
			para = strings.Join(strings.Fields(para), " ")
			for para != "" {
				cut := len(para)
				if loc := sentenceEnd.FindStringIndex(para); loc != nil {
					cut = loc[1] - 1
				}
				sents = append(sents, sentence{Text: strings.TrimSpace(para[:cut]), Source: rel})
				para = para[cut:]
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	return sents, nil
}
