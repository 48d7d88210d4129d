package main

// Index snapshots on disk. After building the index of a corpus folder,
// qabot saves it (qa.WriteSnapshot) in the snapshot folder, one file per
// corpus folder; the next ask, eval or serve over that folder reads it
// instead of reading and building again, as long as its key matches.
//
// The key is a SHA-256 over the qabot binary (its path, size and time, and
// the version and commit it was built from), the corpus folder's absolute
// path, and each document file's path, size, modification time and mode,
// and each skipped file's path and reason. A file added, removed, edited or
// touched, or a new binary, changes the key: the snapshot is then stale
// and the index is built afresh and saved again. qa checks the rest (the
// format version, the answer model, the checksum, every index), so a
// snapshot that is damaged is rebuilt too, never trusted.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
)

// snapshotStore keeps index snapshots in one folder.
type snapshotStore struct {
	dir string
	// engine identifies the binary (see binaryIdentity); a snapshot
	// written by another is stale.
	engine string
}

// snapshotMeta is what a snapshot records beside the index: its key, and
// the files skipped when it was built, to be reported again.
type snapshotMeta struct {
	Key     string        `json:"key"`
	Corpus  string        `json:"corpus"`
	Skipped []skippedFile `json:"skipped"`
}

// skippedFile is a corpus.FileError as a snapshot keeps it.
type skippedFile struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// errNoSnapshot is returned by snapshotStore.load when there is no
// snapshot of the folder yet.
var errNoSnapshot = errors.New("no index snapshot yet")

// file is the snapshot file of the corpus folder dir: named after the
// folder, and a hash of its absolute path so that two folders of one name
// do not share it.
func (s snapshotStore) file(dir string) string {
	abs := absPath(dir)
	sum := sha256.Sum256([]byte(abs))
	name := strings.Map(func(r rune) rune {
		if r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return r
		}
		return '_'
	}, filepath.Base(abs))
	return filepath.Join(s.dir, fmt.Sprintf("index-%.40s-%x.qabot", name, sum[:6]))
}

// absPath returns dir made absolute, or dir when that fails.
func absPath(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		return abs
	}
	return dir
}

// key is the snapshot key of the listing l of the corpus folder dir.
func (s snapshotStore) key(dir string, l corpus.Listing) string {
	h := sha256.New()
	fmt.Fprintf(h, "qabot index\n%s\n%s\n", s.engine, absPath(dir))
	for _, f := range l.Files {
		fmt.Fprintf(h, "file %q %d %d %d\n", f.Path, f.Size, f.ModTime.UnixNano(), f.Mode)
	}
	for _, fe := range l.Skipped {
		fmt.Fprintf(h, "skipped %q %q\n", fe.Path, fe.Err.Error())
	}
	return hex.EncodeToString(h.Sum(nil))
}

// load reads the snapshot of the corpus folder dir if its key is key. It
// returns errNoSnapshot when there is none, and an error wrapping
// qa.ErrSnapshotStale or qa.ErrSnapshotCorrupt when it cannot be used.
func (s snapshotStore) load(dir, key string) (*qa.Index, []*corpus.FileError, error) {
	f, err := os.Open(s.file(dir))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, errNoSnapshot
	}
	if err != nil {
		return nil, nil, fmt.Errorf("open index snapshot: %w", err)
	}
	defer f.Close()
	// Reading allocates little more than the index it makes: the
	// collector would only trace it as it grows.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	var meta snapshotMeta
	ix, err := qa.ReadSnapshot(f, func(raw []byte) error {
		if err := json.Unmarshal(raw, &meta); err != nil {
			return fmt.Errorf("%w: its description: %w", qa.ErrSnapshotCorrupt, err)
		}
		if meta.Key != key {
			return fmt.Errorf("%w: the corpus files or the qabot binary changed", qa.ErrSnapshotStale)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	var skipped []*corpus.FileError
	for _, sf := range meta.Skipped {
		skipped = append(skipped, &corpus.FileError{Path: sf.Path, Err: errors.New(sf.Reason)})
	}
	return ix, skipped, nil
}

// save writes the snapshot of ix, built from the corpus folder dir whose
// listing has key key, replacing the last one at once: the file is written
// beside it and renamed, so that a reader never sees half a snapshot.
func (s snapshotStore) save(dir, key string, ix *qa.Index, skipped []*corpus.FileError) error {
	meta := snapshotMeta{Key: key, Corpus: absPath(dir), Skipped: []skippedFile{}}
	for _, fe := range skipped {
		meta.Skipped = append(meta.Skipped, skippedFile{Path: fe.Path, Reason: fe.Err.Error()})
	}
	raw, err := json.Marshal(meta)
	if err != nil {
		return fmt.Errorf("save index snapshot: %w", err)
	}
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return fmt.Errorf("save index snapshot: %w", err)
	}
	tmp, err := os.CreateTemp(s.dir, ".index-*.tmp")
	if err != nil {
		return fmt.Errorf("save index snapshot: %w", err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	werr := ix.WriteSnapshot(tmp, raw)
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return fmt.Errorf("save index snapshot: %w", werr)
	}
	if err := os.Rename(tmp.Name(), s.file(dir)); err != nil {
		return fmt.Errorf("save index snapshot: %w", err)
	}
	return nil
}

// binaryIdentity identifies the running qabot binary for snapshot keys:
// the version and commit it was built from, and the executable's path,
// size and modification time, which any rebuild changes.
func binaryIdentity() string {
	b := readBuildInfo()
	var out bytes.Buffer
	fmt.Fprintf(&out, "%s %s %s %v %s", b.version, b.commit, b.time, b.modified, b.goVer)
	if exe, err := os.Executable(); err == nil {
		if fi, err := os.Stat(exe); err == nil {
			fmt.Fprintf(&out, " %s %d %d", exe, fi.Size(), fi.ModTime().UnixNano())
		}
	}
	return out.String()
}

// snapshotDir returns the snapshot folder: configured, else a qabot folder
// in the user's cache folder as os.UserCacheDir finds it (read from
// getenv), or "" when there is none: then no snapshot is kept.
func snapshotDir(configured string, getenv func(string) string) string {
	if configured != "" {
		return configured
	}
	if getenv == nil {
		return ""
	}
	var base string
	switch runtime.GOOS {
	case "windows":
		base = getenv("LocalAppData")
	case "darwin", "ios":
		if h := getenv("HOME"); h != "" {
			base = filepath.Join(h, "Library", "Caches")
		}
	case "plan9":
		if h := getenv("home"); h != "" {
			base = filepath.Join(h, "lib", "cache")
		}
	default:
		base = getenv("XDG_CACHE_HOME")
		if !filepath.IsAbs(base) {
			base = ""
			if h := getenv("HOME"); h != "" {
				base = filepath.Join(h, ".cache")
			}
		}
	}
	if base == "" {
		return ""
	}
	return filepath.Join(base, "qabot")
}

// snapshotFlags are the flags that move the snapshots or turn them off,
// shared by ask, eval, serve and config check.
type snapshotFlags struct {
	dir string
	off bool
}

func (o *snapshotFlags) addFlags(c *cobra.Command, dirKey, offKey string) {
	f := c.Flags()
	f.StringVar(&o.dir, "snapshot-dir", "", "keep the index snapshots in `DIR` instead of the user's cache folder"+dirKey)
	f.BoolVar(&o.off, "no-snapshot", false, "build the index from the files every time, keeping no snapshot"+offKey)
}

// corpusConfig is the corpus section ask and eval run with: the folder
// dir, with snapshots as the QABOT_CORPUS_SNAPSHOT and
// QABOT_CORPUS_SNAPSHOT_DIR variables and then the flags say. They read
// no configuration file.
func (o snapshotFlags) corpusConfig(cmd, dir string, getenv func(string) string) (CorpusConfig, error) {
	c := defaultConfig().Corpus
	c.Dir = dir
	if getenv != nil {
		c.SnapshotDir = getenv(envName("corpus.snapshot_dir"))
		if v := getenv(envName("corpus.snapshot")); v != "" {
			on, err := strconv.ParseBool(v)
			if err != nil {
				return c, usagef(cmd, "%s=%q: give true or false", envName("corpus.snapshot"), v)
			}
			c.Snapshot = on
		}
	}
	if o.dir != "" {
		c.SnapshotDir = o.dir
	}
	if o.off {
		c.Snapshot = false
	}
	if fi, err := os.Stat(c.SnapshotDir); c.SnapshotDir != "" && err == nil && !fi.IsDir() {
		return c, usagef(cmd, "--snapshot-dir %s is a file: give a folder (it is created when missing)", c.SnapshotDir)
	}
	return c, nil
}
