package qa

import (
	"encoding/binary"
	"os"
	"syscall"
	"testing"
	"unsafe"
)

// resident returns how many of the whole pages inside b are in the
// process's resident set (/proc/self/pagemap: bit 63 of a page's entry).
func resident(t *testing.T, b []byte) (in, pages int) {
	t.Helper()
	f, err := os.Open("/proc/self/pagemap")
	if err != nil {
		t.Skipf("no pagemap: %v", err)
	}
	defer f.Close()
	page := uintptr(syscall.Getpagesize())
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	lo := (start + page - 1) / page
	hi := (start + uintptr(len(b))) / page
	entries := make([]byte, 8*(hi-lo))
	if _, err := f.ReadAt(entries, int64(lo*8)); err != nil {
		t.Fatalf("read pagemap: %v", err)
	}
	for i := 0; i < len(entries); i += 8 {
		if binary.LittleEndian.Uint64(entries[i:])>>63 == 1 {
			in++
		}
	}
	return in, int(hi - lo)
}

// The pages of an embedded file read once leave the resident set when
// handed back, and read the same again after.
func TestReleaseEmbedded(t *testing.T) {
	want, err := os.ReadFile("span.txt")
	if err != nil {
		t.Fatal(err)
	}
	b := unsafe.Slice(unsafe.StringData(spanText), len(spanText))
	if string(b) != string(want) { // reads every page
		t.Fatal("spanText differs from span.txt")
	}
	if in, pages := resident(t, b); in != pages {
		t.Fatalf("before: %d of the %d pages of span.txt resident, want all", in, pages)
	}
	n := releaseEmbedded(b)
	defer released.Add(-int64(n)) // not the defaults' (TestDefaultsReleaseEmbedded)
	if in, pages := resident(t, b); in != 0 || n != pages*syscall.Getpagesize() {
		t.Errorf("after: %d of the %d pages resident, %d bytes handed back; want 0 and %d", in, pages, n, pages*syscall.Getpagesize())
	}
	if string(b) != string(want) {
		t.Error("spanText read after releaseEmbedded differs from span.txt")
	}
	if got := releaseEmbedded(b[:10]); got != 0 {
		t.Errorf("releaseEmbedded of 10 bytes handed back %d bytes, want 0 (no whole page)", got)
	}
}

// The committed models and cues hand back their files' pages once parsed.
func TestDefaultsReleaseEmbedded(t *testing.T) {
	if _, err := defaultSpanModel(); err != nil {
		t.Fatal(err)
	}
	if _, err := defaultModel(); err != nil {
		t.Fatal(err)
	}
	defaultCues()
	// Each file hands back all but at most two partial pages.
	page := syscall.Getpagesize()
	if min := len(spanText) + len(modelJSON) + len(cuesGz) - 6*page; released.Load() < int64(min) {
		t.Errorf("%d bytes handed back, want at least %d", released.Load(), min)
	}
}
