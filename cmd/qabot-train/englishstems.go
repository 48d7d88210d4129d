package main

// qabot-train english-stems: remake qa/english/data/stems.bin, the table of
// the snowball stems of the vocabulary, from the data folder's own
// vectors.bin and wordnet.bin, with no download (qabot-train english makes
// it too, with the other files), and record it in SOURCES.

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/qabot/qabot/qa/english"
)

func runEnglishStems(args []string, e env) error {
	fs := flag.NewFlagSet("qabot-train english-stems", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dir := fs.String("data", filepath.Join("qa", "english", "data"), "the data folder to read and write")
	fs.Usage = func() {
		fmt.Fprint(e.stderr, "Usage: qabot-train english-stems [-data DIR]\n\nRemakes stems.bin, the snowball stems of the words of vectors.bin and\nwordnet.bin, in the data folder, and its line in SOURCES.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	vec, err := os.ReadFile(filepath.Join(*dir, english.VectorsFile))
	if err != nil {
		return err
	}
	wn, err := os.ReadFile(filepath.Join(*dir, english.WordNetFile))
	if err != nil {
		return err
	}
	st, err := english.GenerateStems(vec, wn)
	if err != nil {
		return err
	}
	old, err := os.ReadFile(filepath.Join(*dir, english.ManifestName))
	if err != nil {
		return err
	}
	return writeDataFile(e, *dir, old, english.StemsFile, st, english.WordNetFile)
}

// writeDataFile writes data as the file name of the English data folder dir
// and the folder's SOURCES, whose text was old, with name's file line in
// place (after the line of the file named after when it is new), and
// prints the file's path and size: the last step of the commands that
// remake one generated file alone.
func writeDataFile(e env, dir string, old []byte, name string, data []byte, after string) error {
	manifest, err := withFileLine(old, english.NewDataFile(name, data), after)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, english.ManifestName), manifest, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s %d bytes\n", filepath.Join(dir, name), len(data))
	return nil
}

// withFileLine returns the SOURCES text old with f's file line in place of
// the one of the same name, or else inserted after the file line of the
// file named after (at the end when there is none); the other lines,
// comments included, are kept as they are.
func withFileLine(old []byte, f english.DataFile, after string) ([]byte, error) {
	if _, err := english.ParseManifest(old); err != nil {
		return nil, err
	}
	line := strings.Join([]string{"file", f.Name, strconv.FormatInt(f.Size, 10), f.SHA256}, " ") + "\n"
	lines := strings.SplitAfter(string(old), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if n := len(lines); n > 0 && !strings.HasSuffix(lines[n-1], "\n") {
		lines[n-1] += "\n"
	}
	at := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "file "+f.Name+" ") {
			lines[i] = line
			return []byte(strings.Join(lines, "")), nil
		}
		if strings.HasPrefix(l, "file "+after+" ") {
			at = i + 1
		}
	}
	if at < 0 {
		at = len(lines)
	}
	lines = slices.Insert(lines, at, line)
	return []byte(strings.Join(lines, "")), nil
}
