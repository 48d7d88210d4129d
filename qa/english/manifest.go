package english

// The SOURCES file of the data folder: which packages the data files were
// generated from, with what options, and the checksums of both.
//
//	# comment lines and blank lines are ignored
//	package NAME VERSION FILE SHA256    a downloaded package
//	option NAME VALUE                   an option of the generator
//	file NAME BYTES SHA256              a generated file of the folder
//
// SHA256 is 64 lower-case hex digits. Fields are separated by single
// spaces; no field holds a space.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ManifestName is the name of the manifest in the data folder.
const ManifestName = "SOURCES"

// Manifest is the content of a SOURCES file.
type Manifest struct {
	// Header is written as comment lines at the top.
	Header   []string
	Packages []SourcePackage
	Options  []ManifestOption
	Files    []DataFile
}

// SourcePackage is a package the generator downloaded.
type SourcePackage struct {
	Name, Version, File string
	SHA256              string
}

// ManifestOption is a setting of the generator.
type ManifestOption struct{ Name, Value string }

// DataFile is a file of the data folder.
type DataFile struct {
	Name   string
	Size   int64
	SHA256 string
}

// NewDataFile describes a file's content.
func NewDataFile(name string, data []byte) DataFile {
	return DataFile{Name: name, Size: int64(len(data)), SHA256: SHA256(data)}
}

// SHA256 returns the hex SHA-256 of data.
func SHA256(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// errManifest is returned when a SOURCES file cannot be parsed.
var errManifest = errors.New("bad SOURCES line")

// Bytes returns the manifest as written to SOURCES. It fails when a field
// could not be read back (empty, or holding white space).
func (m Manifest) Bytes() ([]byte, error) {
	var b bytes.Buffer
	for _, h := range m.Header {
		if strings.ContainsAny(h, "\r\n") {
			return nil, fmt.Errorf("english: header line %q holds a line break", h)
		}
		b.WriteString(strings.TrimRight("# "+h, " ") + "\n")
	}
	line := func(fields ...string) error {
		for _, f := range fields {
			if f == "" || strings.ContainsFunc(f, isSpace) {
				return fmt.Errorf("english: SOURCES field %q is empty or holds white space", f)
			}
		}
		b.WriteString(strings.Join(fields, " ") + "\n")
		return nil
	}
	for _, p := range m.Packages {
		if err := line("package", p.Name, p.Version, p.File, p.SHA256); err != nil {
			return nil, err
		}
	}
	for _, o := range m.Options {
		if err := line("option", o.Name, o.Value); err != nil {
			return nil, err
		}
	}
	for _, f := range m.Files {
		if err := line("file", f.Name, strconv.FormatInt(f.Size, 10), f.SHA256); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
}

// ParseManifest reads a SOURCES file. Comment lines are not kept.
func ParseManifest(data []byte) (Manifest, error) {
	var m Manifest
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, " ")
		bad := func(why string) (Manifest, error) {
			return Manifest{}, fmt.Errorf("english: %s:%d: %s: %w", ManifestName, n+1, why, errManifest)
		}
		for _, x := range f {
			if x == "" || strings.ContainsFunc(x, isSpace) {
				return bad("empty field or stray white space")
			}
		}
		switch {
		case f[0] == "package" && len(f) == 5:
			if !isSHA256(f[4]) {
				return bad("checksum is not 64 lower-case hex digits")
			}
			m.Packages = append(m.Packages, SourcePackage{Name: f[1], Version: f[2], File: f[3], SHA256: f[4]})
		case f[0] == "option" && len(f) == 3:
			m.Options = append(m.Options, ManifestOption{Name: f[1], Value: f[2]})
		case f[0] == "file" && len(f) == 4:
			size, err := strconv.ParseInt(f[2], 10, 64)
			if err != nil || size < 0 {
				return bad("size is not a whole number of bytes")
			}
			if !isSHA256(f[3]) {
				return bad("checksum is not 64 lower-case hex digits")
			}
			m.Files = append(m.Files, DataFile{Name: f[1], Size: size, SHA256: f[3]})
		default:
			return bad("want package NAME VERSION FILE SHA256, option NAME VALUE or file NAME BYTES SHA256")
		}
	}
	return m, nil
}

func isSHA256(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, c := range []byte(s) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// Package returns the manifest's package of that name.
func (m Manifest) Package(name string) (SourcePackage, bool) {
	for _, p := range m.Packages {
		if p.Name == name {
			return p, true
		}
	}
	return SourcePackage{}, false
}
