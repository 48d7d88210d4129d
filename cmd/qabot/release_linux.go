package main

import (
	"bufio"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
)

// binaryReleases counts the calls of releaseBinary that handed pages back,
// and mappingReads the readings of the process's mappings (for the tests).
var binaryReleases, mappingReads atomic.Int64

// releaseBinary hands back to the system the resident pages of the
// executable's read-only mappings: its code, read-only data, function
// table and the embedded files (the English tables among them). A page of
// the binary, once read, stays in the process's resident set to the end,
// and the kernel maps the pages around each one read (64 kB at a time),
// so the package initialisers of every library linked in (the servers',
// the PDF and Markdown readers', ...) leave some 11 MB of the binary
// resident before the command starts, and building the index adds the
// pages of the build's code. Pages read again come back from the file
// unchanged, as these mappings are never written; pages only the
// initialisers or the build read do not. The writable mappings (the
// binary's initialised variables, whose pages the program may have
// written) are never touched, nor is a read-only mapping that holds pages
// written before it was made read-only: a position-independent build
// (-buildmode=pie) has its pointers relocated at start in a segment then
// made read-only (RELRO), and handing those pages back would bring the
// file's unrelocated bytes in their place. It returns how many bytes of
// mappings it handed back, 0 when it could not read /proc/self/smaps.
//
// It hands them back with the process's one releaser (binaryRelease),
// which read the mappings at the first call: a batch read them four times
// (before and during its load, after it, and for its answers), some 10-20
// ms of system time each.
func releaseBinary() int { return binaryRelease()() }

// binaryReleaser reads the process's mappings once and returns a function
// that hands back the pages of the executable's read-only mappings each
// time it is called, as releaseBinary does, without reading the mappings
// again: a batch hands them back every batchReleaseLines lines
// (runBatch), and reading /proc/self/smaps, which walks the page tables
// of every mapping, took 10-20 ms each time on the batch over 48 SQuAD
// articles, where handing the pages back and reading those needed again
// takes well under 1 ms. The executable's mappings do not change while
// the process runs, and a read-only one never gains pages of its own.
// The function returns 0 when the mappings could not be read.
func binaryReleaser() func() int {
	maps, exe := exeMappings("/proc/self/smaps")
	if exe == "" {
		return func() int { return 0 }
	}
	return func() int {
		n := releaseFile(maps, exe)
		if n > 0 {
			binaryReleases.Add(1)
		}
		return n
	}
}

// exeMappings reads the process's mappings from path (/proc/self/smaps or
// maps) and names the executable's file among them: the file mapped where
// this function's code is. It returns no file when path cannot be read or
// no mapping holds the code.
func exeMappings(path string) (maps []mapping, exe string) {
	f, err := os.Open(path)
	if err != nil {
		return nil, ""
	}
	mappingReads.Add(1)
	maps = readMappings(f)
	f.Close()
	pc := uint64(reflect.ValueOf(exeMappings).Pointer())
	for _, m := range maps {
		if m.lo <= pc && pc < m.hi {
			exe = m.file
		}
	}
	return maps, exe
}

// mapping is one mapping of /proc/self/smaps (or maps).
type mapping struct {
	lo, hi uint64
	file   string // device and inode; "" for a mapping of no file
	write  bool
	// anonymous is the size of the mapping's pages that are the process's
	// own, not the file's: pages written since they were mapped (smaps'
	// Anonymous line; 0 when read from maps, which has none).
	anonymous uint64
}

// readMappings reads the mappings of /proc/PID/smaps, or of maps: a
// mapping's line ("lo-hi perms offset dev inode [path]") and, in smaps,
// lines of its sizes after it ("Anonymous:  8 kB").
func readMappings(r io.Reader) []mapping {
	var maps []mapping
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) >= 2 && fs[0] == "Anonymous:" && len(maps) > 0 {
			if kb, err := strconv.ParseUint(fs[1], 10, 64); err == nil {
				maps[len(maps)-1].anonymous = kb << 10
			}
			continue
		}
		if len(fs) < 5 {
			continue
		}
		lo, hi, ok := strings.Cut(fs[0], "-")
		if !ok {
			continue
		}
		l, err1 := strconv.ParseUint(lo, 16, 64)
		h, err2 := strconv.ParseUint(hi, 16, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		m := mapping{lo: l, hi: h, write: strings.Contains(fs[1], "w")}
		if fs[4] != "0" {
			m.file = fs[3] + " " + fs[4]
		}
		maps = append(maps, m)
	}
	return maps
}

// releaseFile hands back the pages of the read-only mappings of file that
// hold none of the process's own pages (releaseBinary), and returns how
// many bytes of mappings it handed back.
//
// It first marks each such mapping as not to be mapped in huge pages
// (MADV_NOHUGEPAGE). The kernel keeps a file's cached bytes in blocks
// (folios) of up to 2 MB, sized by how the file was written or read ahead,
// and a read inside a 2 MB one aligned with the mapping maps all of it at
// once, where a read otherwise maps the 64 kB around it: once the binary
// is in 2 MB blocks, one name looked up in the function table (some 1.1 MB
// of function names) brings the whole table back. On the 9,982-question
// batch over 48 SQuAD articles, the binary's pages at the end were 15.3-15.5
// MB for a freshly built binary and 13.8-14.1 MB for a copy of the same
// bytes, run after run (the function table's pages 4.0-4.2 MB against
// 2.8-2.9 MB); with the mark, 13.8-14.0 MB for both.
func releaseFile(maps []mapping, file string) int {
	n := 0
	for _, m := range maps {
		if m.file != file || m.write || m.anonymous > 0 {
			continue
		}
		syscall.Syscall(syscall.SYS_MADVISE, uintptr(m.lo), uintptr(m.hi-m.lo), syscall.MADV_NOHUGEPAGE)
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, uintptr(m.lo), uintptr(m.hi-m.lo), syscall.MADV_DONTNEED); errno == 0 {
			n += int(m.hi - m.lo)
		}
	}
	return n
}
