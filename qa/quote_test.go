package qa

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/qabot/qabot/corpus"
)

func TestQuoteSpeaker(t *testing.T) {
	for _, tt := range []struct {
		sents []string
		want  string
	}{
		{[]string{`"Groceries are not a luxury.`, `Any merger will get our closest attention," said Raymond Adeyemi, the bureau's commissioner.`}, "Raymond Adeyemi"},
		{[]string{`"These parents lost days of work," Ms Achterberg said.`}, "Ms Achterberg"},
		{[]string{`Petrakis said the city would not wait.`}, "Petrakis"},
		{[]string{`"Nobody likes brown grass," he said.`}, ""},                                                                                        // a pronoun, and no name before it
		{[]string{`Governor Paul Hendricks welcomed the appointment.`, `"Families are paying for this strike," he said.`}, "Governor Paul Hendricks"}, // "he": the paragraph's first name
		{[]string{`The port employs about 5,000 people.`}, ""},
	} {
		if got := quoteSpeaker(tt.sents); got != tt.want {
			t.Errorf("quoteSpeaker(%q) = %q, want %q", tt.sents, got, tt.want)
		}
	}
	for _, tt := range []struct {
		sent string
		want bool
	}{
		{`"Groceries are not a luxury.`, true},
		{`"I just want it done."`, true},
		{`"Nobody likes brown grass," he said.`, false},
		{`Groceries are not a luxury.`, false},
	} {
		if got := allQuote(tt.sent); got != tt.want {
			t.Errorf("allQuote(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
	docs := []corpus.Document{
		{Path: "review.txt", Title: "Bureau opens review of grocery merger", Body: "\"Groceries are not a luxury. Any merger that could raise what families pay for food will get our closest attention,\" said Raymond Adeyemi, the bureau's commissioner.\n\nThe bureau said groceries made up a tenth of household spending.\n\nAdeyemi said the review would take months."},
	}
	ix := Build(docs)
	opt := DefaultOptions()
	opt.MinConfidence = 0
	a, err := ix.AnswerWith(context.Background(), Parse("what did adeyemi say about groceries"), opt)
	if err != nil {
		t.Fatal(err)
	}
	if want := "not a luxury"; !strings.Contains(a.Sentence, want) {
		t.Errorf("got %q, want the sentence with %q", a.Sentence, want)
	}
}

// TestMayHoldSpeechVerb checks the filter quoteSpeaker applies before
// tokenizing a sentence: it may say yes where no verb of speech is, never
// no where tokenizing finds one.
func TestMayHoldSpeechVerb(t *testing.T) {
	verbs := splitWords().speechHeads
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{`Petrakis said the city would not wait.`, true},
		{`"Nobody likes brown grass," he SAID.`, true},
		{`The port employs about 5,000 people.`, false},
		{`The saint sat down.`, false},
		{`Asked about it, she declined.`, true},
		{`He was told to leave.`, true},
		{`The café opened.`, true}, // an accent: tokenize
		{`The port – and the town – grew.`, false},
		{`“Told you,” she wrote.`, true},
		{`He’s said so.`, true},
		{`S.a.i.d. is no word.`, true}, // stops between letters: tokenize
	} {
		if got := mayHoldSpeechVerb(tt.s, verbs); got != tt.want {
			t.Errorf("mayHoldSpeechVerb(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	// The filter on a word's first two letters: a verb list of other
	// heads, and one that opens with no two letters, which turns it off.
	for _, tt := range []struct {
		s     string
		verbs []string
		want  bool
	}{
		{`She QUIPPED back.`, []string{"quipped"}, true},
		{`She quietly left.`, []string{"quipped"}, false},
		{`She left, quipping.`, []string{"quipped"}, false},
		{`A cat sat.`, []string{"a"}, true},
		{`The 9a form.`, []string{"9a"}, false}, // words opening with a digit are never read
	} {
		if got := mayHoldSpeechVerb(tt.s, newSpeechHeads(tt.verbs)); got != tt.want {
			t.Errorf("mayHoldSpeechVerb(%q, %q) = %v, want %v", tt.s, tt.verbs, got, tt.want)
		}
	}
	// No spelling or phrase of tokenwords.txt gives a verb of speech.
	sw, tw := splitWords(), tokenWords()
	for from, to := range tw.spellings {
		if sw.speechVerbs[to] {
			t.Errorf("spelling %q -> %q gives a verb of speech: mayHoldSpeechVerb must look for it", from, to)
		}
	}
	for from, to := range tw.phrases {
		if sw.speechVerbs[to] {
			t.Errorf("phrase %q -> %q gives a verb of speech: mayHoldSpeechVerb must look for it", from, to)
		}
	}
	// Never no where tokenizing finds one, over the test corpora.
	docs := embedded(t)
	dirs, _ := filepath.Glob(filepath.Join("testdata", "*", "corpus"))
	for _, dir := range dirs {
		more, _, err := corpus.Load(dir)
		if err != nil {
			t.Fatalf("corpus.Load(%s): %v", dir, err)
		}
		docs = append(docs, more...)
	}
	n := 0
	for _, d := range docs {
		for _, b := range indexBlocks(d) {
			for _, s := range blockSentences(nil, b) {
				for _, tk := range tokenize(s, nil) {
					if sw.speechVerbs[tk.text] {
						n++
						if !mayHoldSpeechVerb(s, verbs) {
							t.Errorf("mayHoldSpeechVerb(%q) = false, but it holds %q", s, tk.text)
						}
					}
				}
			}
		}
	}
	if n < 10 {
		t.Errorf("got %d verbs of speech in the test corpora, want at least 10", n)
	}
}

// TestMayHoldSpeechVerbPlain compares mayHoldSpeechVerb, which finds the
// verbs' pairs of first letters in speechHeads' tables, with its plain
// version (mayHoldSpeechVerbPlain, which makes the heads of the verbs at
// each call and tests a word's letters one by one) for the verbs of
// speech and three other lists, on every sentence of the test corpora, of
// squad48 when the corpus is beside the repository, and on every text of
// up to four pieces of words and marks.
func TestMayHoldSpeechVerbPlain(t *testing.T) {
	lists := [][]string{splitWords().speechHeads.verbs, {"quipped", "Zz"}, {"a", "told"}, {"said", "9a", "éte"}}
	var texts []string
	docs := embedded(t)
	dirs, _ := filepath.Glob(filepath.Join("testdata", "*", "corpus"))
	for _, dir := range dirs {
		more, _, err := corpus.Load(dir)
		if err != nil {
			t.Fatalf("corpus.Load(%s): %v", dir, err)
		}
		docs = append(docs, more...)
	}
	if more := squad48Docs(t); more != nil {
		docs = append(docs, more...)
	}
	for _, d := range docs {
		for _, b := range indexBlocks(d) {
			texts = append(texts, blockSentences(nil, b)...)
		}
	}
	pieces := []string{"said", "SAID", "Sa", "sAid", "told", "quipped", "zz", "a", "x", "9", " ", ".", "é", "—", "'", strings.Repeat("w", 40)}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		texts = append(texts, s)
		if n == 4 {
			return
		}
		for _, p := range pieces {
			walk(s+p, n+1)
		}
	}
	walk("", 0)
	yes := 0
	for _, verbs := range lists {
		h := newSpeechHeads(verbs)
		for _, s := range texts {
			got, want := mayHoldSpeechVerb(s, h), mayHoldSpeechVerbPlain(s, verbs)
			if got != want {
				t.Fatalf("mayHoldSpeechVerb(%q, %q): got %v, want %v", s, verbs, got, want)
			}
			if got {
				yes++
			}
		}
	}
	if yes == 0 {
		t.Error("got no text that may hold a verb, want some")
	}
}

// mayHoldSpeechVerbPlain is mayHoldSpeechVerb as it was before speechHeads:
// the verbs' heads made at each call, a word's first two letters tested
// and lowered one by one.
func mayHoldSpeechVerbPlain(s string, verbs []string) bool {
	var heads [26]uint32
	all := false
	for _, v := range verbs {
		if len(v) < 2 || v[0] < 'a' || v[0] > 'z' || v[1] < 'a' || v[1] > 'z' {
			all = true
			continue
		}
		heads[v[0]-'a'] |= 1 << (v[1] - 'a')
	}
	run := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || isWordRune(r) {
				return true
			}
			i += n
			run += n
		case plainWordByte(c):
			if isASCIILetter(c) && (all || i+1 < len(s) && isASCIILetter(s[i+1]) && heads[(c|0x20)-'a']&(1<<((s[i+1]|0x20)-'a')) != 0) {
				for _, v := range verbs {
					if hasPrefixLower(s[i:], v) {
						return true
					}
				}
			}
			j := i + 1
			for j < len(s) && plainWordByte(s[j]) {
				j++
			}
			run += j - i
			i = j
		case c == '.' && i+1 < len(s) && isASCIILetter(s[i+1]):
			return true
		case c == ' ' || c == '\t' || c == '\n':
			run = 0
			i++
			continue
		default:
			i++
			run++
		}
		if run >= maxTokenBytes {
			return true
		}
	}
	return false
}

// plainWordByte is isWordByte by its ranges.
func plainWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// TestQuotedSpeakerPlain checks that quotedSpeaker, which looks for a
// speaker only in a paragraph with a sentence that opens with a quotation
// mark, gives every sentence the same hidden speaker as quoteSpeaker
// would (the speaker of a sentence of quotation, allQuote), over the
// paragraphs of TestQuoteSpeaker and the test corpora, and of squad48
// when the corpus is beside the repository.
func TestQuotedSpeakerPlain(t *testing.T) {
	paras := [][]string{
		{`"Groceries are not a luxury.`, `Any merger will get our closest attention," said Raymond Adeyemi, the bureau's commissioner.`},
		{`Governor Paul Hendricks welcomed the appointment.`, `"Families are paying for this strike," he said.`},
		{`Petrakis said the city would not wait.`, `He left.`, `“It is done.”`},
		{`Petrakis said the city would not wait.`},
	}
	docs := embedded(t)
	dirs, _ := filepath.Glob(filepath.Join("testdata", "*", "corpus"))
	for _, dir := range dirs {
		more, _, err := corpus.Load(dir)
		if err != nil {
			t.Fatalf("corpus.Load(%s): %v", dir, err)
		}
		docs = append(docs, more...)
	}
	if more := squad48Docs(t); more != nil {
		docs = append(docs, more...)
	}
	for _, d := range docs {
		for _, b := range indexBlocks(d) {
			paras = append(paras, blockSentences(nil, b))
		}
	}
	quoted := 0
	for _, sents := range paras {
		fast, plain := quotedSpeaker(sents), quoteSpeaker(sents)
		for _, s := range sents {
			got, want := "", ""
			if fast != "" && allQuote(s) {
				got = fast
			}
			if plain != "" && allQuote(s) {
				want = plain
			}
			if got != want {
				t.Fatalf("speaker of %q in %q: got %q, want %q", s, sents, got, want)
			}
			if got != "" {
				quoted++
			}
		}
	}
	if quoted < 3 {
		t.Errorf("got %d sentences of quotation with a speaker, want at least 3", quoted)
	}
}
