package main

import "runtime/debug"

// gcPercent is the garbage collector's target heap growth qabot runs with
// (GOGC), unless the environment sets GOGC: the heap may grow to 1.2 times
// the live data between collections instead of 2 times. Answering makes
// little garbage (some 2-3 kB a question) beside the index and the
// memories of words it keeps, so the collector's headroom over them is
// most of what a lower target saves: on the 9,982-question batch over 48
// SQuAD articles 20 gives an RSS at the end of the answering about 1.7 MB
// lower than 30 (43.8-44.2 MB against 45.3-45.8 MB), for about 10 more
// collections and 0.9% more instructions in the whole run (callgrind);
// 30 gave about 2 MB less than 50 (README "Measured" has today's figure;
// docs/engine-log.md "Memory" the earlier ones: 73 MB at Go's default
// 100 when 50 gave 64 MB).
const gcPercent = 20

// tuneGC sets the collector's target to gcPercent unless GOGC is set in
// the environment, and reports whether it did.
func tuneGC(getenv func(string) string) bool {
	if getenv("GOGC") != "" {
		return false
	}
	debug.SetGCPercent(gcPercent)
	return true
}
