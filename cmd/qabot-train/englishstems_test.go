package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa/english"
)

// TestEnglishStemsRemakesTheCommittedFile runs qabot-train english-stems on
// a copy of the data folder without its stems.bin and with SOURCES lacking
// its line: it must write back the committed stems.bin and SOURCES.
func TestEnglishStemsRemakesTheCommittedFile(t *testing.T) {
	data := filepath.Join("..", "..", "qa", "english", "data")
	dir := t.TempDir()
	for _, name := range []string{english.VectorsFile, english.WordNetFile, english.ManifestName} {
		b, err := os.ReadFile(filepath.Join(data, name))
		if err != nil {
			t.Fatal(err)
		}
		if name == english.ManifestName {
			var kept []string
			for _, l := range strings.SplitAfter(string(b), "\n") {
				if !strings.HasPrefix(l, "file "+english.StemsFile+" ") {
					kept = append(kept, l)
				}
			}
			b = []byte(strings.Join(kept, ""))
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"english-stems", "-data", dir}, env{stdout: &out, stderr: &errOut}); code != exitOK {
		t.Fatalf("english-stems exited %d: %s", code, errOut.String())
	}
	for _, name := range []string{english.StemsFile, english.ManifestName} {
		want, err := os.ReadFile(filepath.Join(data, name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("english-stems wrote a %s of %d bytes unlike the committed one (%d bytes)", name, len(got), len(want))
		}
	}
}

func TestWithFileLine(t *testing.T) {
	sum := english.SHA256(nil)
	f := english.DataFile{Name: "stems.bin", Size: 3, SHA256: sum}
	line := "file stems.bin 3 " + sum + "\n"
	tests := []struct{ name, old, want string }{
		{"after", "# c\nfile a 1 " + sum + "\nfile b 2 " + sum + "\n", "# c\nfile a 1 " + sum + "\n" + line + "file b 2 " + sum + "\n"},
		{"replaced", "file stems.bin 9 " + sum + "\nfile b 2 " + sum, line + "file b 2 " + sum + "\n"},
		{"at the end", "# c\n", "# c\n" + line},
		{"empty", "", line},
	}
	for _, tt := range tests {
		got, err := withFileLine([]byte(tt.old), f, "a")
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: withFileLine(%q) = %q, %v; want %q", tt.name, tt.old, got, err, tt.want)
		}
	}
	if _, err := withFileLine([]byte("frobnicate\n"), f, "a"); err == nil {
		t.Error("withFileLine of a bad SOURCES: no error")
	}
}
