#!/usr/bin/env bash
# Runs `qabot eval` on every dev set, two at a time, into OUTDIR: each
# chat-style set's train and eval halves (qa/testdata/*/, at the default
# minimum with --show-misses and at --min-confidence 0), seed-dev on the
# embedded corpus and on ../shared/seeds, chat.jsonl, squad-train11's eval
# and train splits (both ways) and its holes. sums.py OUTDIR adds them up;
# `diff -r -x "*.err"` of two OUTDIRs shows what a change moved (stderr,
# the progress lines a slow load prints, goes to NAME.err).
#
#   go build -o /tmp/qabot ./cmd/qabot && bench/engine/devsets.sh /tmp/qabot /tmp/out
#
# Read the misses of the train halves only: the eval halves, squad-train11
# eval, holes and seed-dev are for measuring (qa/testdata/README.md).
set -euo pipefail
bin=$(realpath "$1") out=$(mkdir -p "$2" && realpath "$2")
repo=$(cd "$(dirname "$0")/../.." && pwd)
shared=$repo/../shared/eval
jobs=$(mktemp)
trap 'rm -f "$jobs"' EXIT
cd "$repo/qa/testdata"
for d in */; do
	d=${d%/}
	[ -f "$d/eval.jsonl" ] || continue
	c=""
	[ -d "$d/corpus" ] && c="--corpus $repo/qa/testdata/$d/corpus"
	for h in train eval; do
		echo "$bin eval --no-snapshot --show-misses $c $repo/qa/testdata/$d/$h.jsonl > $out/$d.$h.txt 2> $out/$d.$h.err" >>"$jobs"
		echo "$bin eval --no-snapshot --min-confidence 0 $c $repo/qa/testdata/$d/$h.jsonl > $out/$d.$h.0.txt 2> $out/$d.$h.0.err" >>"$jobs"
	done
done
echo "$bin eval --no-snapshot --show-misses $repo/qa/testdata/seed-dev.jsonl > $out/seed-dev.txt 2> $out/seed-dev.err" >>"$jobs"
echo "$bin eval --no-snapshot --corpus $shared/../seeds $repo/qa/testdata/seed-dev.jsonl > $out/seed-dev.dir.txt 2> $out/seed-dev.dir.err" >>"$jobs"
echo "$bin eval --no-snapshot --show-misses $repo/qa/testdata/chat.jsonl > $out/chat.txt 2> $out/chat.err" >>"$jobs"
for h in eval train; do
	echo "$bin eval --no-snapshot --show-misses --corpus $shared/squad-train11/corpus $shared/squad-train11/$h.jsonl > $out/sq11.$h.txt 2> $out/sq11.$h.err" >>"$jobs"
	echo "$bin eval --no-snapshot --min-confidence 0 --corpus $shared/squad-train11/corpus $shared/squad-train11/$h.jsonl > $out/sq11.$h.0.txt 2> $out/sq11.$h.0.err" >>"$jobs"
done
echo "$bin eval --no-snapshot --show-misses --corpus $shared/squad-train11/holes/corpus $shared/squad-train11/holes/eval.jsonl > $out/holes.txt 2> $out/holes.err" >>"$jobs"
tr '\n' '\0' <"$jobs" | xargs -0 -P 2 -I{} bash -c '{}' || true
echo "$(ls "$out"/*.txt | wc -l) outputs in $out"
