package english

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestManifestRoundTrip(t *testing.T) {
	m := Manifest{
		Header:   []string{"generated; do not edit", ""},
		Packages: []SourcePackage{{Name: "wordnet-base", Version: "1:3.0-37", File: "wordnet-base_1%3a3.0-37_all.deb", SHA256: SHA256([]byte("deb"))}},
		Options:  []ManifestOption{{Name: "words", Value: "50000"}, {Name: "min-cos", Value: "0.5"}},
		Files:    []DataFile{NewDataFile("vectors.bin", []byte("abc")), NewDataFile("empty", nil)},
	}
	b, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "# generated; do not edit\n#\npackage wordnet-base 1:3.0-37 ") {
		t.Errorf("Bytes() starts %q", b[:60])
	}
	got, err := ParseManifest(b)
	if err != nil {
		t.Fatalf("ParseManifest(%q): %v", b, err)
	}
	m.Header = nil // comments are not kept
	if !slices.Equal(got.Packages, m.Packages) || !slices.Equal(got.Options, m.Options) || !slices.Equal(got.Files, m.Files) {
		t.Errorf("ParseManifest(Bytes()) = %+v, want %+v", got, m)
	}
	if f := got.Files[0]; f.Size != 3 || f.SHA256 != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Errorf("NewDataFile(abc) = %+v, want size 3 and the SHA-256 of abc", f)
	}
	if p, ok := got.Package("wordnet-base"); !ok || p.Version != "1:3.0-37" {
		t.Errorf("Package(wordnet-base) = %+v, %v", p, ok)
	}
	if _, ok := got.Package("npm"); ok {
		t.Error("Package(npm) found")
	}
}

func TestManifestRefusesBadFields(t *testing.T) {
	for _, m := range []Manifest{
		{Packages: []SourcePackage{{Name: "two words", Version: "1", File: "f", SHA256: SHA256(nil)}}},
		{Options: []ManifestOption{{Name: "words", Value: ""}}},
		{Header: []string{"line\nbreak"}},
	} {
		if b, err := m.Bytes(); err == nil {
			t.Errorf("Bytes() of %+v = %q, want an error", m, b)
		}
	}
}

func TestParseManifestErrors(t *testing.T) {
	sum := SHA256(nil)
	tests := []string{
		"package a 1 f\n",                  // too few fields
		"package a 1 f " + sum[:63] + "\n", // short checksum
		"package a 1 f " + strings.ToUpper(sum) + "\n",
		"file a -1 " + sum + "\n", // negative size
		"file a x " + sum + "\n",  // not a number
		"file  a 1 " + sum + "\n", // two spaces
		"option a\n",              // no value
		"frobnicate a b\n",        // unknown line
		"file a 1 " + sum + " \n", // trailing space
	}
	for _, in := range tests {
		if m, err := ParseManifest([]byte(in)); err == nil || !errors.Is(err, errManifest) {
			t.Errorf("ParseManifest(%q) = %+v, %v; want an error wrapping errManifest", in, m, err)
		}
	}
}
