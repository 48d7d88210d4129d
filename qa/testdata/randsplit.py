#!/usr/bin/env python3
"""Split a written question set into train and eval halves at random, with a
fixed seed, before anything is measured on it (testdata/README.md).

usage: python3 randsplit.py SEED EVAL_PERCENT DIR < all.jsonl

Within each kind, the questions are ordered by the SHA-256 of "SEED:id" (a
random order that the seed fixes and anyone can recompute), and the first
round(n * EVAL_PERCENT / 100) of them, halves rounded up, go to
DIR/eval.jsonl, the others to DIR/train.jsonl, both in id order. So each
half keeps the set's mix of kinds. TestQuestionSetsSplit recomputes it.
"""
import hashlib
import json
import sys
from collections import defaultdict

FIELDS = ["id", "question", "answers", "sources", "answerable", "kind"]


def key(seed, qid):
    return hashlib.sha256(f"{seed}:{qid}".encode()).hexdigest()


def main():
    seed, pct, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    items = [json.loads(l) for l in sys.stdin if l.strip()]
    by_kind = defaultdict(list)
    for it in items:
        by_kind[it["kind"]].append(it)
    to_eval = set()
    for kind, group in by_kind.items():
        n_eval = (len(group) * pct * 2 + 100) // 200  # round half up
        ranked = sorted(group, key=lambda it: key(seed, it["id"]))
        to_eval.update(it["id"] for it in ranked[:n_eval])
    for half, want in (("train", False), ("eval", True)):
        with open(f"{out}/{half}.jsonl", "w", encoding="utf-8") as f:
            for it in sorted(items, key=lambda it: it["id"]):
                if (it["id"] in to_eval) == want:
                    f.write(json.dumps({k: it[k] for k in FIELDS}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
