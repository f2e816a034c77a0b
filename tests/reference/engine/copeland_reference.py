"""Reference Copeland scores for tests/engine/copeland.test.ts, python3 stdlib only.

Written from the definition (COINr's outrankMatrix / a_copeland, Munda & Nardo 2009), not from
the TypeScript: for a pair of units (a, b), over the children both have,
    orm[a][b] = (sum of w where a > b + half the sum of w where a == b) / (sum of w both have),
computed exactly with fractions; a beats b when orm[a][b] > 1/2, loses when < 1/2, and a pair
with no child in common (or orm exactly 1/2) is a tie. Score = wins - losses.

Part 1, `hand`: a 6-unit, 4-child example with a tie in a child, a balanced pair, missing cells,
a unit with no child in common with another, and unequal weights.
Part 2, `asem`: tests/fixtures/engine/asem (8 countries x 6 indicators, 8 cells missing) with
copeland at every level (methodology aggregate.default = copeland): lower-is-better indicators
negated; Instit and Social from the indicators (their weights), the index from Instit and Social
(weights 1, 2); a node is missing when fewer than half its children have a value.

Run from the repository root:
    python3 tests/reference/engine/copeland_reference.py > tests/reference/engine/copeland.json
"""
import csv
import json
from fractions import Fraction as F


def copeland(rows, weights):
    n = len(rows)
    out = []
    for a in range(n):
        s = 0
        for b in range(n):
            if a == b:
                continue
            shared = [i for i in range(len(weights)) if rows[a][i] is not None and rows[b][i] is not None]
            total = sum(F(weights[i]) for i in shared)
            if total == 0:
                continue
            above = sum(F(weights[i]) for i in shared if rows[a][i] > rows[b][i])
            same = sum(F(weights[i]) for i in shared if rows[a][i] == rows[b][i])
            orm = (above + same / 2) / total
            s += 1 if orm > F(1, 2) else -1 if orm < F(1, 2) else 0
        out.append(s)
    return out


hand_rows = [
    [3, 1, None, 2],
    [3, 2, 1, None],
    [1, 5, 4, 4],
    [None, None, 9, None],
    [2, 1, 2, 1],
    [4, 1, None, 1],
]
hand_weights = ['1', '2', '1', '1']

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
        v = r['answer'].strip()
        raw[c][r['indicator']] = None if v == '' else F(v) * (-1 if next(i for i in inds if i['id'] == r['indicator'])['direction'] == 'lower' else 1)


def node(children, weights, values):
    """values[c] = list of child values (None = missing) → {country: score or None}."""
    have = [c for c in countries if sum(v is not None for v in values[c]) / len(children) >= 0.5]
    scores = copeland([values[c] for c in have], weights)
    return {c: (scores[have.index(c)] if c in have else None) for c in countries}


result = {c: {} for c in countries}
for d in dims:
    kids = [i for i in inds if i['dimension'] == d['id']]
    s = node(kids, [i['weight'] for i in kids], {c: [raw[c].get(i['id']) for i in kids] for c in countries})
    for c in countries:
        result[c][d['id']] = s[c]
s = node(dims, [d['weight'] for d in dims], {c: [result[c][d['id']] for d in dims] for c in countries})
for c in countries:
    result[c]['INDEX'] = s[c]

print(json.dumps({'hand': {'rows': hand_rows, 'weights': [float(w) for w in hand_weights], 'scores': copeland(hand_rows, hand_weights)},
                  'asem': result}, indent=1))
