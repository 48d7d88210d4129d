package main

import (
	"bufio"
	"encoding/binary"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// binaryResident returns how many pages of the test binary's mappings,
// read-only or writable, are in the process's resident set
// (/proc/self/pagemap: bit 63 of a page's entry).
func binaryResident(t *testing.T) (readOnly, writable int) {
	t.Helper()
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skipf("no maps: %v", err)
	}
	pm, err := os.Open("/proc/self/pagemap")
	if err != nil {
		t.Skipf("no pagemap: %v", err)
	}
	defer pm.Close()
	pc := uint64(reflect.ValueOf(binaryResident).Pointer())
	type mapping struct {
		lo, hi uint64
		file   string
		write  bool
	}
	var ms []mapping
	exe := ""
	sc := bufio.NewScanner(strings.NewReader(string(maps)))
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 6 || fs[4] == "0" {
			continue
		}
		lo, hi, _ := strings.Cut(fs[0], "-")
		l, _ := strconv.ParseUint(lo, 16, 64)
		h, _ := strconv.ParseUint(hi, 16, 64)
		m := mapping{l, h, fs[3] + " " + fs[4], strings.Contains(fs[1], "w")}
		if l <= pc && pc < h {
			exe = m.file
		}
		ms = append(ms, m)
	}
	page := uint64(os.Getpagesize())
	for _, m := range ms {
		if m.file != exe {
			continue
		}
		entries := make([]byte, 8*((m.hi-m.lo)/page))
		if _, err := pm.ReadAt(entries, int64(m.lo/page*8)); err != nil {
			t.Fatalf("read pagemap: %v", err)
		}
		for i := 0; i < len(entries); i += 8 {
			if binary.LittleEndian.Uint64(entries[i:])>>63 == 1 {
				if m.write {
					writable++
				} else {
					readOnly++
				}
			}
		}
	}
	return readOnly, writable
}

// canary is an initialised variable: it lives in the binary's writable
// mapping, whose written pages releaseBinary must not hand back (they
// would read as the file's bytes again).
var canary = [3 * 4096]byte{1, 2, 3}

// releaseBinary hands back the pages of the binary's read-only mappings
// (most of them stay out: only those read again come back) and keeps the
// written pages of its writable one.
func TestReleaseBinary(t *testing.T) {
	for i := range canary {
		canary[i] = byte(i%251) + 7
	}
	before, _ := binaryResident(t)
	n := releaseBinary()
	after, _ := binaryResident(t)
	t.Logf("%d bytes of mappings handed back; resident read-only pages %d before, %d after", n, before, after)
	if n == 0 {
		t.Fatal("releaseBinary handed back nothing")
	}
	// The pages read between the release and the count (this test's and
	// the runtime's) come back, 64 kB around each: a few hundred at most.
	if after > before/2 {
		t.Errorf("resident read-only pages of the binary: %d before, %d after; want at most half", before, after)
	}
	for i := range canary {
		if canary[i] != byte(i%251)+7 {
			t.Fatalf("canary[%d] = %d after releaseBinary, want %d: a written page was handed back", i, canary[i], byte(i%251)+7)
		}
	}
}
