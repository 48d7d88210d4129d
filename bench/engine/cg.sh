#!/usr/bin/env bash
# Counts the instructions of 1,000 cold answers of BenchmarkAnswerSquad48
# with callgrind (valgrind), inside (*Index).Ask only, and prints the total.
#
#   cd qa && go test -c -o /tmp/qa.test . && ../bench/engine/cg.sh /tmp/qa.test /tmp/cg.out
#   callgrind_annotate --inclusive=yes /tmp/cg.out | less   # by function
#
# The test binary runs in the repository's qa folder, so that the SQuAD
# training folder beside the repository (../shared) is found; without it
# the benchmark skips and nothing is counted. GOGC=off keeps the garbage
# collector's work out of the count; valgrind 3.19 knows neither RDTSCP
# (runtime.cputicks) nor Go's preemption signals, hence the GODEBUG.
# Counts move by ±2M between runs (the English tables' lazy builds):
# compare two binaries in the same hour, and by function.
set -euo pipefail
bin=$1 out=$2
qa=$(cd "$(dirname "$0")/../../qa" && pwd)
cd "$qa"
GOGC=off GODEBUG=cpu.rdtscp=off,asyncpreemptoff=1 valgrind --tool=callgrind --callgrind-out-file="$out" \
	--toggle-collect='github.com/qabot/qabot/qa.(*Index).Ask' \
	"$bin" -test.run '^$' -test.bench '^BenchmarkAnswerSquad48$' -test.benchtime 1000x -test.cpu 1 >"$out.log" 2>&1
callgrind_annotate "$out" 2>/dev/null | grep -m1 "PROGRAM TOTALS"
