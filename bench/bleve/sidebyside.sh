#!/usr/bin/env bash
# Runs qabot and the bleve baseline side by side on one corpus and one
# question file, RUNS times each, alternating, and prints each run's wall
# time, CPU time and peak RSS, and the ratio of the medians (issue 10's
# whole-run bar: qabot at most 0.25 times the baseline's wall time).
#
#   bench/bleve/sidebyside.sh CORPUS QUESTIONS.jsonl [RUNS]
#
# Run from anywhere; it builds both programs into a temporary folder.
set -euo pipefail
corpus=$1 questions=$2 runs=${3:-3}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$here/../.." && go build -o "$work/qabot" ./cmd/qabot)
(cd "$here" && go build -o "$work/bleve-baseline" .)
for i in $(seq "$runs"); do
	/usr/bin/time -f "qabot %e %U %S %M" -a -o "$work/times" \
		"$work/qabot" ask --corpus "$corpus" --jsonl --no-snapshot <"$questions" >"$work/qabot.jsonl"
	/usr/bin/time -f "bleve %e %U %S %M" -a -o "$work/times" \
		"$work/bleve-baseline" --corpus "$corpus" <"$questions" >"$work/bleve.jsonl" 2>/dev/null
done
awk '{ printf "%-6s wall %5.2f s  cpu %5.2f s  peak RSS %5.1f MiB\n", $1, $2, $3 + $4, $5 / 1024 }' "$work/times"
for p in qabot bleve; do
	awk -v p=$p '$1 == p { print $2 }' "$work/times" | sort -n | awk -v p=$p '{ w[NR] = $1 } END { print p, w[int((NR + 1) / 2)] }'
done | awk '{ m[$1] = $2 } END { printf "median wall: qabot %.2f s, bleve %.2f s, ratio %.2f\n", m["qabot"], m["bleve"], m["qabot"] / m["bleve"] }'
