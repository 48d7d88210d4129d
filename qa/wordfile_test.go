package qa

import (
	"reflect"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// sectionLine matches a section line of a word file.
var sectionLine = regexp.MustCompile(`(?m)^\[([^\]\n]*)\]\n`)

// TestWordFiles checks that every embedded word file reads without a
// mistake: each section its code reads is there and not empty, and each
// section it has is read. Then, for every section, that the file without
// it is refused, naming the section: so every section is one the code
// needs.
func TestWordFiles(t *testing.T) {
	for _, f := range wordFiles() {
		name, text := f.fileName(), f.embedded()
		t.Run(name, func(t *testing.T) {
			if err := f.check(text); err != nil {
				t.Fatalf("check(embedded %s) = %v, want nil", name, err)
			}
			if !strings.HasPrefix(text, "#") || !strings.Contains(text[:strings.Index(text, "[")], ".go") {
				t.Errorf("%s does not open with a header naming the Go file that reads it", name)
			}
			sections := sectionLine.FindAllStringSubmatchIndex(text, -1)
			if len(sections) == 0 {
				t.Fatalf("%s has no section", name)
			}
			for i, m := range sections {
				section := text[m[2]:m[3]]
				end := len(text)
				if i+1 < len(sections) {
					end = sections[i+1][0]
				}
				for _, c := range []struct {
					what, text, want string
				}{
					{"without", text[:m[0]] + text[end:], "no section [" + section + "]"},
					{"emptied", text[:m[1]] + text[end:], "section [" + section + "] is empty"},
				} {
					err := f.check(c.text)
					if err == nil || !strings.Contains(err.Error(), c.want) {
						t.Errorf("check(%s %s [%s]) = %v, want an error with %q", name, c.what, section, err, c.want)
					}
				}
			}
		})
	}
}

// TestScanWordSections checks the loader on well-formed and malformed
// text: the sections and entries it reads, and the mistakes it reports.
func TestScanWordSections(t *testing.T) {
	tests := []struct {
		name, text string
		read       []string // the sections read as words, in this order
		want       string   // the words read, joined by "|" per section
		wantErr    string   // "" for no error
	}{
		{"words", "# header\n\n[a]\nx y\n  z  \n# note\n[b]\nw\n", []string{"a", "b"}, "x y z|w", ""},
		{"CRLF and tabs", "[a]\r\n\tx\ty\r\n", []string{"a"}, "x y", ""},
		{"missing", "[a]\nx\n", []string{"a", "b"}, "x|", "no section [b]"},
		{"empty", "[a]\n# only a comment\n[b]\nw\n", []string{"a", "b"}, "|w", "section [a] is empty"},
		{"unread", "[a]\nx\n[b]\nw\n", []string{"a"}, "x", "section [b] is read by no code"},
		{"before any section", "x\n[a]\ny\n", []string{"a"}, "y", `line 1: "x" comes before the first [section] line`},
		{"unclosed", "[a\nx\n", nil, "", `line 1: "[a" is not a section line`},
		{"empty name", "[]\nx\n", nil, "", `line 1: "[]" is not a section line`},
		{"spaced name", "[a b]\nx\n", nil, "", `"[a b]" is not a section line`},
		{"twice", "[a]\nx\n[a]\ny\n", []string{"a"}, "x y", "line 3: section [a] is opened twice"},
		{"no sections", "", []string{"a"}, "", "no section [a]"},
		{"binary", "\x00\xff[\n]", nil, "", "comes before the first [section] line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := scanWordSections(tt.text)
			var got []string
			for _, name := range tt.read {
				got = append(got, strings.Join(s.words(name), " "))
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("words = %q, want %q", g, tt.want)
			}
			checkErr(t, s.err(), tt.wantErr)
		})
	}
}

// checkErr reports err unless it contains want, or is nil when want is "".
func checkErr(t *testing.T, err error, want string) {
	t.Helper()
	switch {
	case want == "" && err != nil:
		t.Errorf("err() = %v, want nil", err)
	case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
		t.Errorf("err() = %v, want an error with %q", err, want)
	}
}

// TestMeanings checks the "words: meaning" lines of a section.
func TestMeanings(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
		wantErr    string
	}{
		{"pairs", "[m]\nrun  out: expire\nusa:us\n", map[string]string{"run out": "expire", "usa": "us"}, ""},
		{"no colon", "[m]\nrun out expire\nusa: us\n", map[string]string{"usa": "us"}, `"run out expire" is not a line such as "words: meaning"`},
		{"no meaning", "[m]\nusa:\n", map[string]string{}, `"usa:" is not a line such as`},
		{"no words", "[m]\n: us\n", map[string]string{}, `": us" is not a line such as`},
		{"twice", "[m]\nusa: us\nusa: america\n", map[string]string{"usa": "us"}, `"usa" is given twice`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := scanWordSections(tt.text)
			got := s.meanings("m")
			if len(got) != len(tt.want) {
				t.Errorf("meanings = %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("meanings[%q] = %q, want %q", k, got[k], v)
				}
			}
			checkErr(t, s.err(), tt.wantErr)
		})
	}
}

// TestWordFileReaders checks the mistakes the readers of particular files
// find beyond the format: a noun of two answer types, a phrase of three
// words, a spelling of two.
func TestWordFileReaders(t *testing.T) {
	replace := func(text, old, new string) string {
		if !strings.Contains(text, old) {
			t.Fatalf("the embedded file lacks %q", old)
		}
		return strings.Replace(text, old, new, 1)
	}
	tests := []struct {
		name    string
		check   func(string) error
		text    string
		wantErr string
	}{
		{"noun of two types", questionWordsFile.check, replace(questionWordsFile.text, "[reasonnouns]\n", "[reasonnouns]\nriver\n"), `section [reasonnouns]: "river" names another type too`},
		{"time is read in code", questionWordsFile.check, replace(questionWordsFile.text, "[datenouns]\n", "[datenouns]\ntime\n"), `"time" names another type too`},
		{"three-word phrase", tokenWordsFile.check, replace(tokenWordsFile.text, "[phrases]\n", "[phrases]\nunited states of: us\n"), `"united states of": "us" is not two words for one`},
		{"two-word spelling", tokenWordsFile.check, replace(tokenWordsFile.text, "[spellings]\n", "[spellings]\nu s a: us\n"), `"u s a": "us" is not one word for one word`},
		{"three-word verb", lexiconFile.check, replace(lexiconFile.text, "[phrases]\n", "[phrases]\nrun out of: expire\n"), `"run out of" is not a verb and its particle`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.check(tt.text); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("check = %v, want an error with %q", err, tt.wantErr)
			}
		})
	}
}

// FuzzWordFile checks that the loader and every file's reader take any
// text without a crash, and that a text the scanner finds well formed
// reads the same once written back in the plain format.
func FuzzWordFile(f *testing.F) {
	for _, w := range wordFiles() {
		f.Add(w.embedded())
	}
	f.Add("[a]\nx y\n[b]\n")
	f.Add("x\n[a\n[]\n")
	f.Fuzz(func(t *testing.T, text string) {
		for _, w := range wordFiles() {
			_ = w.check(text) // must not panic
		}
		s := scanWordSections(text)
		if len(s.errs) > 0 {
			return
		}
		var b strings.Builder
		for _, name := range s.order {
			b.WriteString("[" + name + "]\n")
			for _, l := range s.entries[name] {
				b.WriteString(l + "\n")
			}
		}
		again := scanWordSections(b.String())
		if len(again.errs) > 0 || strings.Join(again.order, " ") != strings.Join(s.order, " ") {
			t.Fatalf("rescan of %q: order %v, errors %v; want order %v", b.String(), again.order, again.errs, s.order)
		}
		for _, name := range s.order {
			if g, w := strings.Join(again.entries[name], "\n"), strings.Join(s.entries[name], "\n"); g != w {
				t.Fatalf("rescan of section [%s]: %q, want %q", name, g, w)
			}
		}
	})
}

// TestWordFileTablesOnce checks that a word file's tables are built once,
// however many callers ask for them at once, and that every call gives
// those tables: the ones read from the file (wordFileTables.get's fast
// path against a fresh read), for a file made here, whose builds it
// counts, and for the engine's span and tokenizer lists.
func TestWordFileTablesOnce(t *testing.T) {
	var builds atomic.Int32
	f := wordFile[*[]string]{name: "test.txt", text: "[words]\nalpha beta\n", build: func(s *wordSections) *[]string {
		builds.Add(1)
		time.Sleep(20 * time.Millisecond) // the other callers come meanwhile
		w := s.words("words")
		return &w
	}}
	tables := f.load()
	const callers = 8
	got := make([]*[]string, callers)
	var wg sync.WaitGroup
	for i := range callers {
		wg.Go(func() { got[i] = tables.get() })
	}
	wg.Wait()
	for range 3 {
		got = append(got, tables.get())
	}
	for i, g := range got {
		if g != got[0] {
			t.Errorf("call %d: got tables %p, want %p, the first call's", i, g, got[0])
		}
	}
	if want := []string{"alpha", "beta"}; !reflect.DeepEqual(*got[0], want) {
		t.Errorf("tables: got %q, want %q", *got[0], want)
	}
	if n := builds.Load(); n != 1 {
		t.Errorf("builds: got %d, want 1", n)
	}
	if a, b := spanWords(), spanWords(); a != b {
		t.Errorf("spanWords: got %p, then %p, want one", a, b)
	}
	if fresh, _ := spanWordsFile.read(spanWordsFile.text); !reflect.DeepEqual(spanWords(), fresh) {
		t.Errorf("spanWords: the tables differ from a fresh read of %s", spanWordsFile.name)
	}
	if fresh, _ := tokenWordsFile.read(tokenWordsFile.text); !reflect.DeepEqual(tokenWords(), fresh) {
		t.Errorf("tokenWords: the tables differ from a fresh read of %s", tokenWordsFile.name)
	}
}
