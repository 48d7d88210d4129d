package main

// qabot-train english-phrases: remake qa/english/data/phrases.bin, WordNet's
// multi-word expressions with their single-word synonyms, from the WordNet
// package SOURCES records (fetched again with apt-get download, and checked
// against its SHA-256) and the data folder's own vectors.bin and
// wordnet.bin, with no GloVe download (qabot-train english makes it too,
// with the other files), and record it in SOURCES.

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/qabot/qabot/qa/english"
)

func runEnglishPhrases(ctx context.Context, args []string, e env) error {
	fs := flag.NewFlagSet("qabot-train english-phrases", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dir := fs.String("data", filepath.Join("qa", "english", "data"), "the data folder to read and write")
	debArg := fs.String("deb", "wordnet-base", "the Debian package of WordNet 3.0, as apt-get download takes it (NAME or NAME=VERSION)")
	fs.Usage = func() {
		fmt.Fprint(e.stderr, "Usage: qabot-train english-phrases [-data DIR] [-deb PACKAGE]\n\nRemakes phrases.bin, WordNet's multi-word expressions and their single-word\nsynonyms, in the data folder, from the WordNet package SOURCES records\n(apt-get download; its SHA-256 must match) and the folder's vectors.bin and\nwordnet.bin, and its line in SOURCES.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	sources := filepath.Join(*dir, english.ManifestName)
	old, err := os.ReadFile(sources)
	if err != nil {
		return err
	}
	m, err := english.ParseManifest(old)
	if err != nil {
		return err
	}
	recorded, ok := m.Package(debName(*debArg))
	if !ok {
		return fmt.Errorf("%s records no package %s", sources, debName(*debArg))
	}
	vec, err := os.ReadFile(filepath.Join(*dir, english.VectorsFile))
	if err != nil {
		return err
	}
	wnFile, err := os.ReadFile(filepath.Join(*dir, english.WordNetFile))
	if err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "qabot-phrases-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	deb, err := download(ctx, e, work, "apt-get", []string{"download", *debArg}, debName(*debArg)+"_*.deb")
	if err != nil {
		return err
	}
	if deb.sha256 != recorded.SHA256 {
		return fmt.Errorf("%s has SHA-256 %s, but %s records %s: remake every file with qabot-train english", filepath.Base(deb.path), deb.sha256, sources, recorded.SHA256)
	}
	wn, err := unpackDeb(ctx, e, work, deb)
	if err != nil {
		return err
	}
	ph, err := english.GeneratePhrases(os.DirFS(wn.dir), vec, wnFile)
	if err != nil {
		return err
	}
	return writeDataFile(e, *dir, old, english.PhrasesFile, ph, english.StemsFile)
}
