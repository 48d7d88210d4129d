#!/usr/bin/env python3
"""sq48.py: the 48-article SQuAD batch, a stand-in for SQuAD v1.1 dev (48
articles) made from the training folder beside the repository.

  sq48.py make DIR           copies the first 48 articles of
                             ../shared/eval/squad-train/corpus (in byte order)
                             to DIR/corpus and their 9,982 questions to
                             DIR/questions.jsonl
  sq48.py score DIR OUT      scores `qabot ask --corpus DIR/corpus --jsonl
                             --no-snapshot < DIR/questions.jsonl > OUT`:
                             answered; right (from the gold source, the
                             sentence holding a gold answer verbatim); exact
                             (the span equal to a gold answer after SQuAD's
                             normalisation, over all answered)
"""
import json, os, re, shutil, string, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SQUAD = os.path.join(HERE, '..', '..', '..', 'shared', 'eval', 'squad-train')


def make(d):
    src = os.path.join(SQUAD, 'corpus')
    files = sorted(os.listdir(src), key=lambda f: f.encode())[:48]
    os.makedirs(os.path.join(d, 'corpus'), exist_ok=True)
    for f in files:
        shutil.copyfile(os.path.join(src, f), os.path.join(d, 'corpus', f))
    keep, n = set(files), 0
    with open(os.path.join(d, 'questions.jsonl'), 'w') as out:
        for line in open(os.path.join(SQUAD, 'train.jsonl')):
            if json.loads(line)['sources'][0] in keep:
                out.write(line)
                n += 1
    print(f'{len(files)} articles, {n} questions in {d}')


def norm(s):
    s = ''.join(ch for ch in s.lower() if ch not in set(string.punctuation))
    return ' '.join(re.sub(r'\b(a|an|the)\b', ' ', s).split())


def score(d, outfile):
    gold = {}
    for line in open(os.path.join(d, 'questions.jsonl')):
        j = json.loads(line)
        gold[j['id']] = j
    n = answered = right = exact = 0
    for line in open(outfile):
        j = json.loads(line)
        n += 1
        if not j.get('answered'):
            continue
        answered += 1
        g = gold[j['id']]
        if j['source'] == g['sources'][0] and any(a in j['sentence'] for a in g['answers']):
            right += 1
        span = norm(j.get('answer', ''))
        if span and any(norm(a) == span for a in g['answers']):
            exact += 1
    print(f'n {n} answered {answered} right {right} exact {exact}')


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'make':
        make(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == 'score':
        score(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
