package main

import (
	"encoding/binary"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// binaryResident returns how many pages of the test binary's mappings,
// read-only or writable, are in the process's resident set
// (/proc/self/pagemap: bit 63 of a page's entry).
func binaryResident(t *testing.T) (readOnly, writable int) {
	t.Helper()
	ms, exe := exeMappings("/proc/self/maps")
	if exe == "" {
		t.Skip("the test binary's mappings could not be read")
	}
	pm, err := os.Open("/proc/self/pagemap")
	if err != nil {
		t.Skipf("no pagemap: %v", err)
	}
	defer pm.Close()
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

// touchBinary maps every page of the test binary's read-only mappings
// into the process (MADV_POPULATE_READ, Linux 5.14), as reading them
// would, so that they are all resident.
func touchBinary(t *testing.T) {
	t.Helper()
	ms, exe := exeMappings("/proc/self/maps")
	if exe == "" {
		t.Skip("the test binary's mappings could not be read")
	}
	const madvPopulateRead = 22
	for _, m := range ms {
		if m.file != exe || m.write {
			continue
		}
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, uintptr(m.lo), uintptr(m.hi-m.lo), madvPopulateRead); errno != 0 {
			t.Skipf("MADV_POPULATE_READ: %v", errno)
		}
	}
}

// The function binaryReleaser returns hands the binary's pages back at
// each call, from the mappings it read once: the pages read after the
// first call go again at the second. It fails with the function handing
// back only at its first call.
func TestBinaryReleaserRepeats(t *testing.T) {
	release := binaryReleaser()
	releases := binaryReleases.Load()
	for call := 1; call <= 2; call++ {
		touchBinary(t)
		before, _ := binaryResident(t)
		n := release()
		after, _ := binaryResident(t)
		t.Logf("call %d: %d bytes of mappings handed back; resident read-only pages %d before, %d after", call, n, before, after)
		if n == 0 || after > before/2 {
			t.Errorf("call %d: got %d bytes handed back and %d resident read-only pages of %d, want some bytes and at most half", call, n, after, before)
		}
	}
	if got := binaryReleases.Load() - releases; got != 2 {
		t.Errorf("releases counted: got %d, want 2", got)
	}
}

// The process reads its mappings once: releaseBinary and the batch's
// releaser (binaryRelease) hand pages back from that one reading. It fails
// with releaseBinary reading /proc/self/smaps at each call.
func TestBinaryReleaseReadsMappingsOnce(t *testing.T) {
	releaseBinary()
	reads := mappingReads.Load()
	for range 3 {
		if releaseBinary() == 0 {
			t.Fatal("releaseBinary handed back nothing")
		}
	}
	if binaryRelease()() == 0 {
		t.Fatal("the batch's releaser handed back nothing")
	}
	if got := mappingReads.Load() - reads; got != 0 {
		t.Errorf("readings of the mappings after the first release: got %d, want 0", got)
	}
}

// A read-only mapping whose pages the process wrote before making it
// read-only (as a position-independent binary's relocated pointers are)
// keeps them: releaseFile skips it, and hands back an untouched mapping of
// the same file.
func TestReleaseFileKeepsWrittenPages(t *testing.T) {
	page := os.Getpagesize()
	f, err := os.CreateTemp(t.TempDir(), "mapped")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(make([]byte, 2*page)); err != nil {
		t.Fatal(err)
	}
	written, err := syscall.Mmap(int(f.Fd()), 0, page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE)
	if err != nil {
		t.Skipf("mmap: %v", err)
	}
	defer syscall.Munmap(written)
	untouched, err := syscall.Mmap(int(f.Fd()), int64(page), page, syscall.PROT_READ, syscall.MAP_PRIVATE)
	if err != nil {
		t.Skipf("mmap: %v", err)
	}
	defer syscall.Munmap(untouched)
	written[0], written[page-1] = 42, 43
	if err := syscall.Mprotect(written, syscall.PROT_READ); err != nil {
		t.Fatal(err)
	}
	_ = untouched[0]
	sm, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	maps := readMappings(sm)
	sm.Close()
	var st syscall.Stat_t
	if err := syscall.Fstat(int(f.Fd()), &st); err != nil {
		t.Fatal(err)
	}
	file := ""
	for _, m := range maps {
		if m.file != "" && strings.HasSuffix(m.file, " "+strconv.FormatUint(st.Ino, 10)) {
			file = m.file
		}
	}
	if file == "" {
		t.Fatal("the test's mappings are not in /proc/self/smaps")
	}
	if got, want := releaseFile(maps, file), page; got != want {
		t.Errorf("releaseFile handed back %d bytes, want %d (the untouched mapping only)", got, want)
	}
	if written[0] != 42 || written[page-1] != 43 {
		t.Errorf("written page reads %d, %d after releaseFile, want 42, 43", written[0], written[page-1])
	}
	// The mapping handed back is marked not to be mapped in huge pages
	// (smaps' VmFlags "nh"), the one skipped is left as it was; a kernel
	// built without transparent huge pages refuses the mark (releaseFile
	// goes on without it), and there is nothing to check.
	probe, err := syscall.Mmap(-1, 0, page, syscall.PROT_READ, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(probe)
	if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, uintptr(unsafe.Pointer(&probe[0])), uintptr(page), syscall.MADV_NOHUGEPAGE); errno != 0 {
		t.Skipf("MADV_NOHUGEPAGE refused (%v): no huge pages on this kernel", errno)
	}
	for _, c := range []struct {
		name string
		b    []byte
		want bool
	}{{"untouched", untouched, true}, {"written", written, false}} {
		flags := vmFlags(t, uint64(uintptr(unsafe.Pointer(&c.b[0]))))
		if got := slices.Contains(flags, "nh"); got != c.want {
			t.Errorf("%s mapping's VmFlags %q: got nh %v, want %v", c.name, flags, got, c.want)
		}
	}
}

// vmFlags returns the VmFlags of the mapping of /proc/self/smaps that
// holds addr.
func vmFlags(t *testing.T, addr uint64) []string {
	t.Helper()
	b, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	in := false
	for l := range strings.Lines(string(b)) {
		fs := strings.Fields(l)
		if len(fs) == 0 {
			continue
		}
		if lo, hi, ok := strings.Cut(fs[0], "-"); ok && len(fs) >= 5 {
			l, err1 := strconv.ParseUint(lo, 16, 64)
			h, err2 := strconv.ParseUint(hi, 16, 64)
			in = err1 == nil && err2 == nil && l <= addr && addr < h
			continue
		}
		if in && fs[0] == "VmFlags:" {
			return fs[1:]
		}
	}
	t.Fatalf("no VmFlags for %#x in /proc/self/smaps", addr)
	return nil
}

// readMappings reads a mapping's line and its Anonymous size from smaps,
// and a mapping of no file (inode 0) as no file's.
func TestReadMappings(t *testing.T) {
	smaps := `00400000-00b7d000 r-xp 00000000 08:01 1234 /usr/bin/qabot
Size:               7668 kB
Anonymous:             0 kB
VmFlags: rd ex mr mw me
01e45000-020e7000 r--p 01a45000 08:01 1234 /usr/bin/qabot
Anonymous:           640 kB
020e7000-021a2000 rw-p 01ce7000 08:01 1234 /usr/bin/qabot
7f00000000-7f00001000 rw-p 00000000 00:00 0
Anonymous:             4 kB
`
	got := readMappings(strings.NewReader(smaps))
	want := []mapping{
		{lo: 0x400000, hi: 0xb7d000, file: "08:01 1234"},
		{lo: 0x1e45000, hi: 0x20e7000, file: "08:01 1234", anonymous: 640 << 10},
		{lo: 0x20e7000, hi: 0x21a2000, file: "08:01 1234", write: true},
		{lo: 0x7f00000000, hi: 0x7f00001000, write: true, anonymous: 4 << 10},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d mappings, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("mapping %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}
