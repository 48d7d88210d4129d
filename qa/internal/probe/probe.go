// Package probe finds keys in the small open-addressed tables the engine
// keeps for one question or one walk: 256 uint32 slots, 0 an empty one,
// each other slot a nonzero key, shifted left to make room for a payload
// in its low bits where the table keeps one. The set of synsets a WordNet
// walk has met (english) and the verdicts of asked-instance for one
// question (qa) are such tables.
package probe

// Slots is the size of a table.
const Slots = 256

// Slot returns the place of key k (nonzero, below 2^(32-shift)) in table
// t, whose slots hold keys shifted left by shift: the slot holding k, or
// the empty slot where k would go. Probing starts at k's Fibonacci hash
// and goes on linearly; the table must keep an empty slot (its users keep
// it at most half full).
func Slot(t *[Slots]uint32, k uint32, shift uint) int {
	for i := k * 2654435761 >> 24; ; i = (i + 1) % Slots {
		if s := t[i]; s == 0 || s>>shift == k {
			return int(i)
		}
	}
}
