package keyhash

import (
	"encoding/binary"
	"testing"
)

// TestLoad checks Load64 and Load32 against encoding/binary's little-endian
// reads, on strings and byte slices alike.
func TestLoad(t *testing.T) {
	for _, s := range []string{"abcdefgh", "\x00\xff\x01\xfe\x80\x7f\x10\x20 and more", "12345678"} {
		if got, want := Load64(s), binary.LittleEndian.Uint64([]byte(s)); got != want {
			t.Errorf("Load64(%q): got %#x, want %#x", s, got, want)
		}
		if got, want := Load32([]byte(s)), binary.LittleEndian.Uint32([]byte(s)); got != want {
			t.Errorf("Load32(%q): got %#x, want %#x", s, got, want)
		}
	}
}

// TestSum checks that a key hashes alike as a string and as bytes, that
// the seed and every byte and the length change the hash, and that the
// keys of 0 to 40 bytes of one letter, which differ only by length, and
// all two-byte keys hash apart.
func TestSum(t *testing.T) {
	for _, k := range []string{"", "a", "abc", "abcd", "abcdefgh", "abcdefghi", "a longer key of more than sixteen bytes"} {
		if got, want := Sum(7, []byte(k)), Sum(7, k); got != want {
			t.Errorf("Sum(7, []byte(%q)): got %#x, want %#x (the string's)", k, got, want)
		}
		if Sum(7, k) == Sum(8, k) {
			t.Errorf("Sum(7, %q) == Sum(8, %q): the seed changes nothing", k, k)
		}
		for i := range len(k) {
			b := []byte(k)
			b[i] ^= 1
			if Sum(7, b) == Sum(7, k) {
				t.Errorf("Sum(7, %q): byte %d changes nothing", k, i)
			}
		}
	}
	seen := map[uint64]string{}
	add := func(k string) {
		h := Sum(0, k)
		if other, ok := seen[h]; ok {
			t.Fatalf("Sum(0, %q) == Sum(0, %q) = %#x", k, other, h)
		}
		seen[h] = k
	}
	run := ""
	for range 41 {
		add(run)
		run += "a"
	}
	for a := range 256 {
		for b := range 256 {
			if a != 'a' || b != 'a' {
				add(string([]byte{byte(a), byte(b)}))
			}
		}
	}
}
