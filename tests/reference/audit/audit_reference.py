"""Reference for auditIndex() on tests/fixtures/audit: python3 stdlib only, independent of the engine.

Rebuilds the scores the way the fixture's methodology (the defaults) prescribes: min-max 0-100 per
indicator over the countries with a value (a constant indicator gets 50), each dimension the
weighted arithmetic mean of its indicators with a value (weights renormalised; at least half of
them present), the index the mean of the dimensions. Then:
- Pearson r, pairwise-complete (statistics.correlation on the pairs with both values);
- Cronbach's alpha, listwise, of the non-constant indicators: k/(k-1) * (1 - sum var_i / var_total);
- PCA of their correlation matrix (listwise): eigenpairs by power iteration with Hotelling
  deflation (not Jacobi, which the TypeScript uses), sign so the largest entry is positive.
Run: python3 tests/reference/audit/audit_reference.py
"""
import csv
import math
import os
import statistics as st

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, '..', '..', 'fixtures', 'audit')

with open(os.path.join(FIX, 'indicators', 'indicators.csv')) as f:
    indicators = list(csv.DictReader(f))
with open(os.path.join(FIX, 'indicators', 'dimensions.csv')) as f:
    dimensions = list(csv.DictReader(f))
with open(os.path.join(FIX, 'countries', 'countries.csv')) as f:
    countries = [r['iso3'] for r in csv.DictReader(f)]

raw = {i['id']: [] for i in indicators}
for iso in countries:
    with open(os.path.join(FIX, 'countries', f'{iso}.csv')) as f:
        answers = {r['indicator']: r['answer'] for r in csv.DictReader(f)}
    for i in indicators:
        a = answers.get(i['id'], '')
        raw[i['id']].append(float(a) if a != '' else None)


def minmax(xs):
    v = [x for x in xs if x is not None]
    lo, hi = min(v), max(v)
    return [None if x is None else (50.0 if hi == lo else (x - lo) / (hi - lo) * 100) for x in xs]


score = {k: minmax(v) for k, v in raw.items()}


def wmean(cols, weights):
    out = []
    for c in range(len(countries)):
        present = [(col[c], w) for col, w in zip(cols, weights) if col[c] is not None]
        if len(present) < 0.5 * len(cols):
            out.append(None)
        else:
            out.append(sum(x * w for x, w in present) / sum(w for _, w in present))
    return out


members = {d['id']: [i for i in indicators if i['dimension'] == d['id']] for d in dimensions}
for d in dimensions:
    ms = members[d['id']]
    score[d['id']] = wmean([score[i['id']] for i in ms], [float(i['weight']) for i in ms])
score['INDEX'] = wmean([score[d['id']] for d in dimensions], [float(d['weight']) for d in dimensions])


def r(x, y):
    px = [(a, b) for a, b in zip(x, y) if a is not None and b is not None]
    if len(px) < 3:
        return None
    a, b = zip(*px)
    if len(set(a)) == 1 or len(set(b)) == 1:
        return None
    return st.correlation(a, b)


def fmt(v):
    return 'null' if v is None else repr(round(v, 12))


print('# indicator: r with dimension, r with index')
for i in indicators:
    print(i['id'], fmt(r(score[i['id']], score[i['dimension']])), fmt(r(score[i['id']], score['INDEX'])))

print('# dimension matrix (A, B, C, INDEX)')
ids = [d['id'] for d in dimensions] + ['INDEX']
for a in ids:
    print(a, [fmt(r(score[a], score[b])) if a != b else '1' for b in ids])


def power(m, p):
    v = [1.0 / math.sqrt(p) + 0.01 * k for k in range(p)]
    for _ in range(100000):
        w = [sum(a * b for a, b in zip(row, v)) for row in m]
        n = math.sqrt(sum(x * x for x in w))
        w = [x / n for x in w]
        if max(abs(a - b) for a, b in zip(w, v)) < 1e-15:
            v = w
            break
        v = w
    lam = sum(a * b for a, b in zip(v, [sum(x * y for x, y in zip(row, v)) for row in m]))
    if max(v, key=abs) < 0:
        v = [-x for x in v]
    return lam, v


print('# dimension: items, complete n, alpha, eigenvalues, PC1 share, PC1 loadings')
for d in dimensions:
    items = [i['id'] for i in members[d['id']] if len(set(x for x in score[i['id']] if x is not None)) > 1]
    rows = [row for row in zip(*[score[i] for i in items]) if None not in row]
    cols = [list(c) for c in zip(*rows)]
    k, n = len(cols), len(rows)
    totals = [sum(row) for row in rows]
    alpha = k / (k - 1) * (1 - sum(st.variance(c) for c in cols) / st.variance(totals))
    R = [[1.0 if a == b else st.correlation(cols[a], cols[b]) for b in range(k)] for a in range(k)]
    m = [row[:] for row in R]
    values, vectors = [], []
    for _ in range(k):
        lam, v = power(m, k)
        values.append(lam)
        vectors.append(v)
        m = [[m[a][b] - lam * v[a] * v[b] for b in range(k)] for a in range(k)]
    loadings = [x * math.sqrt(values[0]) for x in vectors[0]]
    print(d['id'], items, n, fmt(alpha), [fmt(x) for x in values], fmt(values[0] / sum(values)), [fmt(x) for x in loadings])
