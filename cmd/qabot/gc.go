package main

import "runtime/debug"

// gcPercent is the garbage collector's target heap growth qabot runs with
// (GOGC), unless the environment sets GOGC: the heap may grow to 1.15
// times the live data between collections instead of 2 times. Answering
// makes little garbage (some 4 kB a question in a batch) beside the index
// and the memories of words it keeps, so the collector's headroom over
// them is most of what a lower target saves: on the 9,982-question batch
// over 48 SQuAD articles, where the answering's end sets the peak RSS
// once the build collects its garbage (qa's collectBuildGarbage), 15
// gives a peak about 0.8 MB lower than 20 for 1.8% more instructions in
// the whole run (callgrind: each collection marks some 16 MB of index,
// documents and memories); 10 gave 1.5 MB for 4.5% more. 20 gave about
// 1.7 MB less than 30 for 0.9% more, 30 about 2 MB less than 50
// (docs/engine-log.md "Memory": 73 MB at Go's default 100 when 50 gave
// 64 MB).
const gcPercent = 15

// tuneGC sets the collector's target to gcPercent unless GOGC is set in
// the environment, and reports whether it did.
func tuneGC(getenv func(string) string) bool {
	if getenv("GOGC") != "" {
		return false
	}
	debug.SetGCPercent(gcPercent)
	return true
}
