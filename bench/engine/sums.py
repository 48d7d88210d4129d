#!/usr/bin/env python3
"""sums.py OUTDIR: the sums of devsets.sh's outputs: the chat-style sets' eval and train
halves (at the default minimum and at 0), their bold lead lines (right of shown,
and under a right sentence), the seed sets (with their lead lines) and wikisum sets apart, and each other set."""
import os, re, sys
D = sys.argv[1]
def read(f):
    t = open(os.path.join(D, f)).read()
    m = re.search(r'^overall: (\d+)/(\d+) right', t, re.M)
    r = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
    span = t.split('span by kind', 1)
    lead = (0, 0, 0, 0); emf1 = (0.0, 0.0)
    if len(span) > 1:
        m = re.search(r'^all\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+\S+\s+\S+\s+\S+\s+\S+\s+(\d+)/(\d+)\s+(\d+)/(\d+)', span[1], re.M)
        if m:
            lead = tuple(int(m.group(i)) for i in (4, 5, 6, 7)); emf1 = (float(m.group(2)), float(m.group(3)))
    ab = re.search(r'^all\s.*\s(\d+)/(\d+)\s*$', t.split('overall:')[0], re.M)
    return r, lead, emf1, ab
sets = sorted({f.split('.')[0] for f in os.listdir(D)} - {'seed-dev', 'chat', 'sq11', 'holes'})
seedsets = [s for s in sets if s.startswith('seeds')]
wikisum = [s for s in sets if s.startswith('wikisum')]
def tot(names, half, zero=False, leads=False):
    a = b = 0; L = [0, 0, 0, 0]
    for s in names:
        r, lead, _, _ = read(f"{s}.{half}{'.0' if zero else ''}.txt")
        a += r[0]; b += r[1]; L = [x + y for x, y in zip(L, lead)]
    return (a, b, L)
for half in ('eval', 'train'):
    a, b, L = tot(sets, half); a0, _, _ = tot(sets, half, True)
    _, _, Lc = tot([s for s in sets if s not in wikisum], half)
    print(f"{half}: {a}/{b} ({a0}@0); leads (no wikisum) {Lc[0]}/{Lc[1]} ({Lc[2]}/{Lc[3]} under right sentence); leads all {L[0]}/{L[1]} ({L[2]}/{L[3]})")
    a, b, L = tot(seedsets, half); a0, _, _ = tot(seedsets, half, True)
    print(f"  seeds {half}: {a}/{b} ({a0}@0); leads {L[0]}/{L[1]} ({L[2]}/{L[3]})")
    a, b, _ = tot(wikisum, half)
    print(f"  wikisum {half}: {a}/{b}")
for f in ('seed-dev', 'seed-dev.dir', 'chat', 'sq11.eval', 'sq11.eval.0', 'sq11.train', 'sq11.train.0', 'holes'):
    r, lead, emf1, ab = read(f + '.txt')
    extra = f" abstained {ab.group(1)}/{ab.group(2)}" if f == 'holes' and ab else ''
    print(f"{f}: {r[0]}/{r[1]} EM/F1 {emf1[0]}/{emf1[1]} leads {lead[0]}/{lead[1]} ({lead[2]}/{lead[3]}){extra}")
