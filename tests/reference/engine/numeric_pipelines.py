"""Reference values for tests/engine/numeric-pipelines.test.ts, python3 stdlib only.

Reads tests/fixtures/engine/asem/ (the same CSVs the test loads) and computes, from the
formulas of the OECD/JRC Handbook (2008) and COINr's n_minmax / n_zscore / a_amean / a_gmean:

  direction: a `lower` indicator is multiplied by -1 first, so higher is always better;
  min-max:   x' = lo + (x - min) / (max - min) * (hi - lo), min and max over countries present;
  z-score:   x' = (x - mean) / s, s the n-1 sample standard deviation over countries present;
  arithmetic mean: sum(w x) / sum(w) over the children present (weights renormalised);
  geometric mean:  prod(x ** (w / sum(w))) over the children present;
  an aggregate is missing when fewer than half its children have a value (minCoverage 0.5);
  a country is ranked when answered / (answered + missing) >= 0.7, competition ranks (1224),
  highest score first.

Run from the repository root: python3 tests/reference/engine/numeric_pipelines.py
"""
import csv
import math
import statistics

ROOT = 'tests/fixtures/engine/asem'


def read(path):
    with open(f'{ROOT}/{path}', newline='') as f:
        return list(csv.DictReader(f))


dims = read('indicators/dimensions.csv')
inds = read('indicators/indicators.csv')
countries = [r['iso3'] for r in read('countries/countries.csv')]
raw = {c: {} for c in countries}
for c in countries:
    for r in read(f'countries/{c}.csv'):
        raw[c][r['indicator']] = float(r['answer']) if r['answer'].strip() != '' else None


def normalise(method):
    out = {c: {} for c in countries}
    for ind in inds:
        sign = -1.0 if ind['direction'] == 'lower' else 1.0
        col = {c: (sign * raw[c][ind['id']] if raw[c][ind['id']] is not None else None) for c in countries}
        xs = [v for v in col.values() if v is not None]
        for c in countries:
            v = col[c]
            if v is None:
                out[c][ind['id']] = None
            elif method[0] == 'minmax':
                lo, hi = method[1], method[2]
                out[c][ind['id']] = lo + (v - min(xs)) / (max(xs) - min(xs)) * (hi - lo)
            else:
                out[c][ind['id']] = (v - statistics.mean(xs)) / statistics.stdev(xs)
    return out


def mean(pairs, kind):
    """pairs: [(value or None, weight)] of the children; None when under half are present."""
    present = [(v, w) for v, w in pairs if v is not None]
    if not present or len(present) / len(pairs) < 0.5:
        return None
    total = sum(w for _, w in present)
    if kind == 'arithmetic':
        return sum(v * w for v, w in present) / total
    return math.prod(v ** (w / total) for v, w in present)


def pipeline(method, kind):
    norm = normalise(method)
    result = {}
    for c in countries:
        s = {}
        for d in dims:
            s[d['id']] = mean([(norm[c][i['id']], float(i['weight'])) for i in inds if i['dimension'] == d['id']], kind)
        s['INDEX'] = mean([(s[d['id']], float(d['weight'])) for d in dims], kind)
        answered = sum(1 for i in inds if raw[c][i['id']] is not None)
        s['ranked'] = s['INDEX'] is not None and answered / len(inds) >= 0.7
        result[c] = s
    ranked = [result[c]['INDEX'] for c in countries if result[c]['ranked']]
    for c in countries:
        s = result[c]
        s['rank'] = 1 + sum(1 for x in ranked if x > s['INDEX']) if s['ranked'] else None
    return result


def ts(v):
    return 'null' if v is None else ('true' if v is True else 'false' if v is False else repr(v))


for name, method, kind in [
    ('minmaxArithmetic', ('minmax', 0.0, 100.0), 'arithmetic'),
    ('zscoreArithmetic', ('zscore',), 'arithmetic'),
    ('minmax1to100Geometric', ('minmax', 1.0, 100.0), 'geometric'),
]:
    r = pipeline(method, kind)
    print(f'const {name} = {{')
    for c in countries:
        s = r[c]
        print(f"  {c}: {{ Instit: {ts(s['Instit'])}, Social: {ts(s['Social'])}, INDEX: {ts(s['INDEX'])}, rank: {ts(s['rank'])} }},")
    print('};')
