package main

import "runtime/debug"

// gcPercent is the garbage collector's target heap growth qabot runs with
// (GOGC), unless the environment sets GOGC: the heap may grow to 1.3 times
// the live data between collections instead of 2 times. Answering makes
// little garbage (some 4 kB a question) beside the index and the memories
// of words it keeps, so the collector's headroom over them is most of
// what a lower target saves: on the 9,982-question batch over 48 SQuAD
// articles 30 gives a peak RSS about 2 MB lower than 50, for 6-8 more
// collections and 50-70 ms more of the collector's CPU in some 2.5 s
// (README "Measured" has today's figure; docs/engine-log.md "Memory" the
// earlier ones: 73 MB at Go's default 100 when 50 gave 64 MB).
const gcPercent = 30

// tuneGC sets the collector's target to gcPercent unless GOGC is set in
// the environment, and reports whether it did.
func tuneGC(getenv func(string) string) bool {
	if getenv("GOGC") != "" {
		return false
	}
	debug.SetGCPercent(gcPercent)
	return true
}
