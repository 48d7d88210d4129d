// Package keyhash hashes the short keys of qabot's tables (a corpus's
// words in the qa package's vocab and memories, the English resources'
// words and expressions in qa/english) as wyhash does, and reads bytes
// eight or four at a time for the scanners that skip text by words.
package keyhash

import "math/bits"

// Sum hashes key with seed, as wyhash does: the key's bytes, eight at a
// time, each multiplied with the state into 128 bits whose halves are
// joined. A key's last eight bytes or fewer are read whole in one
// multiply, by their first and last four bytes, or by their first, middle
// and last when they are fewer than four (which, with the key's length,
// tell them apart). A key of 5 to 16 bytes takes some 20 instructions,
// about a third of hash/maphash's count for a corpus's words, and a
// sixth of FNV-1a's (a multiply a byte).
func Sum[K ~string | ~[]byte](seed uint64, key K) uint64 {
	h := seed ^ uint64(len(key))*mul0
	for len(key) > 8 {
		h = mix(h^Load64(key), mul1)
		key = key[8:]
	}
	var x uint64
	switch n := len(key); {
	case n >= 4:
		x = uint64(Load32(key))<<32 | uint64(Load32(key[n-4:]))
	case n > 0:
		x = uint64(key[0])<<16 | uint64(key[n/2])<<8 | uint64(key[n-1])
	}
	return mix(h^x^mul2, x^mul1^h>>29)
}

// The odd constants Sum multiplies by (wyhash's).
const (
	mul0 = 0xa0761d6478bd642f
	mul1 = 0xe7037ed1a0b428db
	mul2 = 0x8ebc6af09c88c6e3
)

// mix multiplies a and b into 128 bits and joins the halves.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// Load64 and Load32 read the first eight or four bytes of s,
// little-endian, each in one load.
func Load64[K ~string | ~[]byte](s K) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Load32 reads the first four bytes of s, little-endian (Load64).
func Load32[K ~string | ~[]byte](s K) uint32 {
	s = s[:4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
