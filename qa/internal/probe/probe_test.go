package probe

import "testing"

// TestSlot checks that a key is found where it was put, with or without a
// payload in its low bits, that a missing key gets an empty slot, and
// that keys with the same first slot are probed past each other.
func TestSlot(t *testing.T) {
	tests := []struct {
		name  string
		shift uint
		keys  []uint32
	}{
		{"keys alone", 0, []uint32{1, 2, 3, 1000, 1 << 23}},
		{"keys with a payload bit", 1, []uint32{1, 7, 99, 1 << 20}},
		{"a run of keys with one first slot", 0, collide(8)},
	}
	for _, tt := range tests {
		var tab [Slots]uint32
		for n, k := range tt.keys {
			i := Slot(&tab, k, tt.shift)
			if tab[i] != 0 {
				t.Fatalf("%s: key %d before it was put: got slot %d holding %d, want an empty one", tt.name, k, i, tab[i])
			}
			tab[i] = k<<tt.shift | payload(n, tt.shift)
		}
		for n, k := range tt.keys {
			i := Slot(&tab, k, tt.shift)
			if got, want := tab[i], k<<tt.shift|payload(n, tt.shift); got != want {
				t.Errorf("%s: key %d: got slot %d holding %d, want %d", tt.name, k, i, got, want)
			}
		}
		if i := Slot(&tab, 12345, tt.shift); tab[i] != 0 {
			t.Errorf("%s: a missing key: got slot %d holding %d, want an empty one", tt.name, i, tab[i])
		}
	}
}

// collide returns n keys whose first slot is the same.
func collide(n int) []uint32 {
	var keys []uint32
	for k := uint32(1); len(keys) < n; k++ {
		if k*2654435761>>24 == 2654435761>>24 {
			keys = append(keys, k)
		}
	}
	return keys
}

// payload returns the low bits kept with the nth key: its parity, where
// the shift leaves room.
func payload(n int, shift uint) uint32 {
	if shift == 0 {
		return 0
	}
	return uint32(n & 1)
}
