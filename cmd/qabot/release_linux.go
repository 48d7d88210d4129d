package main

import (
	"bufio"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
)

// binaryReleases counts the calls of releaseBinary that handed pages back
// (for the tests).
var binaryReleases atomic.Int64

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
// written) are never touched. It returns how many bytes of mappings it
// handed back, 0 when it could not read /proc/self/maps.
func releaseBinary() int {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return 0
	}
	defer f.Close()
	type mapping struct {
		lo, hi uint64
		file   string // device and inode
		write  bool
	}
	var maps []mapping
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// lo-hi perms offset dev inode path
		fs := strings.Fields(sc.Text())
		if len(fs) < 6 || fs[4] == "0" {
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
		maps = append(maps, mapping{lo: l, hi: h, file: fs[3] + " " + fs[4], write: strings.Contains(fs[1], "w")})
	}
	// The executable is the file mapped where this function's code is.
	pc := uint64(reflect.ValueOf(releaseBinary).Pointer())
	exe := ""
	for _, m := range maps {
		if m.lo <= pc && pc < m.hi {
			exe = m.file
		}
	}
	n := 0
	for _, m := range maps {
		if exe == "" || m.file != exe || m.write {
			continue
		}
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, uintptr(m.lo), uintptr(m.hi-m.lo), syscall.MADV_DONTNEED); errno == 0 {
			n += int(m.hi - m.lo)
		}
	}
	if n > 0 {
		binaryReleases.Add(1)
	}
	return n
}
