package main

import "runtime/debug"

// gcPercent is the garbage collector's target heap growth qabot runs with
// (GOGC), unless the environment sets GOGC: the heap may grow to 1.5 times
// the live data between collections instead of 2 times. Building the
// index leaves much short-lived garbage; on the 9,982-question batch over
// 48 SQuAD articles this lowers the peak RSS from about 73 MB to 64 MB at
// the same CPU time (README, "Measured").
const gcPercent = 50

// tuneGC sets the collector's target to gcPercent unless GOGC is set in
// the environment, and reports whether it did.
func tuneGC(getenv func(string) string) bool {
	if getenv("GOGC") != "" {
		return false
	}
	debug.SetGCPercent(gcPercent)
	return true
}
