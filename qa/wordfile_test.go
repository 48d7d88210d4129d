package qa

import (
	"regexp"
	"strings"
	"testing"
)

// embeddedWordFiles are the engine's word files: the name, the embedded
// text and the check of a text by the code that reads the file.
var embeddedWordFiles = []struct {
	name  string
	text  string
	check func(string) error
}{
	{spanWordsFile.name, spanWordsFile.text, spanWordsFile.check},
	{lexiconFile.name, lexiconFile.text, lexiconFile.check},
	{questionWordsFile.name, questionWordsFile.text, questionWordsFile.check},
	{phraseWordsFile.name, phraseWordsFile.text, phraseWordsFile.check},
	{splitWordsFile.name, splitWordsFile.text, splitWordsFile.check},
	{tokenWordsFile.name, tokenWordsFile.text, tokenWordsFile.check},
	{changeWordsFile.name, changeWordsFile.text, changeWordsFile.check},
}

// sectionLine matches a section line of a word file.
var sectionLine = regexp.MustCompile(`(?m)^\[([^\]\n]*)\]\n`)

// TestWordFiles checks that every embedded word file reads without a
// mistake: each section its code reads is there and not empty, and each
// section it has is read. Then, for every section, that the file without
// it is refused, naming the section: so every section is one the code
// needs.
func TestWordFiles(t *testing.T) {
	for _, f := range embeddedWordFiles {
		t.Run(f.name, func(t *testing.T) {
			if err := f.check(f.text); err != nil {
				t.Fatalf("check(embedded %s) = %v, want nil", f.name, err)
			}
			if !strings.HasPrefix(f.text, "#") || !strings.Contains(f.text[:strings.Index(f.text, "[")], ".go") {
				t.Errorf("%s does not open with a header naming the Go file that reads it", f.name)
			}
			sections := sectionLine.FindAllStringSubmatchIndex(f.text, -1)
			if len(sections) == 0 {
				t.Fatalf("%s has no section", f.name)
			}
			for i, m := range sections {
				name := f.text[m[2]:m[3]]
				end := len(f.text)
				if i+1 < len(sections) {
					end = sections[i+1][0]
				}
				for _, c := range []struct {
					what, text, want string
				}{
					{"without", f.text[:m[0]] + f.text[end:], "no section [" + name + "]"},
					{"emptied", f.text[:m[1]] + f.text[end:], "section [" + name + "] is empty"},
				} {
					err := f.check(c.text)
					if err == nil || !strings.Contains(err.Error(), c.want) {
						t.Errorf("check(%s %s [%s]) = %v, want an error with %q", f.name, c.what, name, err, c.want)
					}
				}
			}
		})
	}
}
