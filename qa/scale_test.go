package qa

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/qabot/qabot/corpus"
)

// The scale figures of the README, measured on corpora generated from the
// SQuAD training articles beside the repository (../shared/eval/squad-train,
// 442 articles). Nothing is committed: the corpora are made afresh each
// time, the same each time.
//
//	QABOT_SCALE=1,10,100 go test ./qa -run TestScale -v -timeout 1h
//	QABOT_SCALE_MARKDOWN=/tmp/md4000 go test ./qa -run TestScaleMarkdown -v
//	QABOT_SCALE_MARKDOWN=/tmp/md160 QABOT_SCALE_MB=160 go test ./qa -run TestScaleMarkdown -v
//
// The first builds corpora of 1, 10 and 100 times the size of SQuAD v1.1's
// dev set (48 articles, 1.6 MB) in memory and prints, for each, the build
// time, the memory the index keeps, and the snapshot's size and read time,
// also per 1,000 documents and per million sentences. The second writes a
// folder of 4,000 Markdown files, 32 MB (or QABOT_SCALE_MB megabytes, 125
// files a megabyte), for timing `qabot ask --corpus`.

// squadArticles reads the SQuAD training articles: title and paragraphs.
func squadArticles(t *testing.T) []article {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "squad-train", "corpus", "*.txt"))
	if err != nil || len(names) < 400 {
		t.Skipf("the SQuAD training articles are not beside the repository (%d files, %v)", len(names), err)
	}
	sort.Strings(names)
	var out []article
	for _, n := range names {
		raw, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		title, body, _ := strings.Cut(string(raw), "\n")
		a := article{name: strings.TrimSuffix(filepath.Base(n), ".txt"), title: strings.TrimSpace(title)}
		for _, p := range strings.Split(body, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				a.paras = append(a.paras, p)
			}
		}
		out = append(out, a)
	}
	return out
}

// article is one SQuAD article.
type article struct {
	name, title string
	paras       []string
}

// variant is copy k of article a: copy 0 as it is; the others with their
// paragraphs shuffled (the same way each time) and every number in them
// raised by k, so that copies are not identical and their numbers are
// words of their own.
func (a article) variant(k int) article {
	if k == 0 {
		return a
	}
	out := article{name: fmt.Sprintf("%s-%03d", a.name, k), title: fmt.Sprintf("%s (%d)", a.title, k)}
	out.paras = append(out.paras, a.paras...)
	rng := rand.New(rand.NewPCG(uint64(k), uint64(len(a.name))))
	rng.Shuffle(len(out.paras), func(i, j int) { out.paras[i], out.paras[j] = out.paras[j], out.paras[i] })
	for i, p := range out.paras {
		out.paras[i] = shiftNumbers(p, k)
	}
	return out
}

// shiftNumbers adds k to every whole number written in digits in s.
func shiftNumbers(s string, k int) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j > i && j-i < 10 {
			n, _ := strconv.Atoi(s[i:j])
			b.WriteString(strconv.Itoa(n + k))
			i = j
			continue
		}
		if j > i {
			b.WriteString(s[i:j])
			i = j
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// scaleCorpus returns a corpus of n articles: the articles in order, then
// their variants, as many rounds as it takes.
func scaleCorpus(arts []article, n int) []corpus.Document {
	docs := make([]corpus.Document, 0, n)
	for i := range n {
		a := arts[i%len(arts)].variant(i / len(arts))
		docs = append(docs, corpus.Document{Path: a.name + ".txt", Format: corpus.FormatText, Title: a.title,
			Body: a.title + "\n" + strings.Join(a.paras, "\n")})
	}
	return docs
}

// heapInUse is the live heap after a collection.
func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func TestScale(t *testing.T) {
	spec := os.Getenv("QABOT_SCALE")
	if spec == "" {
		t.Skip("set QABOT_SCALE=1,10,100 to measure")
	}
	arts := squadArticles(t)
	t.Logf("%-6s %6s %9s %8s %9s %9s %10s %10s %9s %9s %10s %9s",
		"size", "docs", "sentences", "MB text", "build", "index MB", "build/1k d", "build/1M s", "MB/1k d", "MB/1M s", "snapshot", "read")
	for _, f := range strings.Split(spec, ",") {
		x, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			t.Fatalf("QABOT_SCALE: %v", err)
		}
		docs := scaleCorpus(arts, 48*x)
		text := 0
		for _, d := range docs {
			text += len(d.Body)
		}
		before := heapInUse()
		start := time.Now()
		ix := Build(docs)
		took := time.Since(start)
		kept := float64(heapInUse()-before) / (1 << 20)
		var snap bytes.Buffer
		if err := ix.WriteSnapshot(&snap, nil); err != nil {
			t.Fatal(err)
		}
		start = time.Now()
		back, err := ReadSnapshot(bytes.NewReader(snap.Bytes()), nil)
		read := time.Since(start)
		if err != nil {
			t.Fatal(err)
		}
		st := ix.Stats()
		kd, ms := float64(st.Documents)/1000, float64(st.Sentences)/1e6
		t.Logf("%-6s %6d %9d %8.1f %9s %9.0f %10s %10s %9.1f %9.0f %8.0fMB %9s",
			fmt.Sprintf("%dx", x), st.Documents, st.Sentences, float64(text)/(1<<20), took.Round(time.Millisecond), kept,
			(time.Duration(float64(took) / kd)).Round(time.Millisecond), (time.Duration(float64(took) / ms)).Round(time.Millisecond),
			kept/kd, kept/ms, float64(snap.Len())/(1<<20), read.Round(time.Millisecond))
		runtime.KeepAlive(ix)
		runtime.KeepAlive(back)
	}
}

// TestScaleMarkdown writes 4,000 Markdown files of about 8 KB each (32 MB;
// QABOT_SCALE_MB sets another size) into the folder QABOT_SCALE_MARKDOWN:
// each a part of an article, or of a variant of one, with front matter, a
// heading, sub-headings and paragraphs.
func TestScaleMarkdown(t *testing.T) {
	dir := os.Getenv("QABOT_SCALE_MARKDOWN")
	if dir == "" {
		t.Skip("set QABOT_SCALE_MARKDOWN=DIR to write the corpus")
	}
	arts := squadArticles(t)
	mb := 32
	if v := os.Getenv("QABOT_SCALE_MB"); v != "" {
		var err error
		if mb, err = strconv.Atoi(v); err != nil || mb < 1 {
			t.Fatalf("QABOT_SCALE_MB=%q: give a number of megabytes", v)
		}
	}
	files, size := 125*mb, 8900
	written, total := 0, 0
	for round := 0; written < files; round++ {
		for _, base := range arts {
			a := base.variant(round)
			for part := 0; len(a.paras) > 0 && written < files; part++ {
				var b strings.Builder
				fmt.Fprintf(&b, "---\ntitle: %s\n---\n\n# %s\n\n", strconv.Quote(fmt.Sprintf("%s, part %d", a.title, part+1)), a.title)
				for len(a.paras) > 0 && b.Len() < size {
					if b.Len() > size/2 && len(a.paras)%3 == 0 {
						fmt.Fprintf(&b, "## Section %d\n\n", len(a.paras))
					}
					fmt.Fprintf(&b, "%s\n\n", a.paras[0])
					a.paras = a.paras[1:]
				}
				p := filepath.Join(dir, fmt.Sprintf("%02d", written%50), fmt.Sprintf("%s-part%02d.md", a.name, part+1))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				written++
				total += b.Len()
			}
			if written >= files {
				break
			}
		}
	}
	t.Logf("wrote %d files, %.1f MB, below %s", written, float64(total)/(1<<20), dir)
}
