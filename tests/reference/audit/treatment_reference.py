"""Reference rows of the audit's outlier-treatment table for tests/analysis/audit/treatment.test.ts.

Uses the definitions of tests/reference/engine/treat_reference.py (python3 stdlib, independent of
src/engine/treat/: type-2 skew and kurtosis, COINr's winsorise-then-log default, winmax 5) on
each raw column of tests/fixtures/engine/asem (8 countries x 6 indicators, blanks left out),
plus `tbts` forced to the log transform, and prints per indicator: skew and kurtosis before and
after, points winsorised high and low, log applied, passes after.

Run from the repository root:
  python3 tests/reference/audit/treatment_reference.py > tests/reference/audit/treatment.json
"""
import csv
import json
import math

# the function definitions only (the script's own run reads the full ASEM file)
with open('tests/reference/engine/treat_reference.py') as f:
    exec(f.read().split('with open(sys.argv[1]')[0])

ROOT = 'tests/fixtures/engine/asem'
with open(f'{ROOT}/indicators/indicators.csv', newline='') as f:
    inds = [r['id'] for r in csv.DictReader(f)]
with open(f'{ROOT}/countries/countries.csv', newline='') as f:
    countries = [r['iso3'] for r in csv.DictReader(f)]
cols = {i: [] for i in inds}
for c in countries:
    with open(f'{ROOT}/countries/{c}.csv', newline='') as f:
        for r in csv.DictReader(f):
            if r['answer'].strip() != '':
                cols[r['indicator']].append(float(r['answer']))


def record(xs, ys, high, low, log):
    return {'skewBefore': skew(xs), 'kurtosisBefore': kurt(xs), 'skewAfter': skew(ys), 'kurtosisAfter': kurt(ys),
            'winsorisedHigh': high, 'winsorisedLow': low, 'log': log, 'passes': passes(ys)}


out = {}
for i in inds:
    ys, high, low, log = treat(cols[i])
    out[i] = record(cols[i], ys, high, low, log)
xs = cols['tbts']
mn, mx = min(xs), max(xs)
out['tbts (log)'] = record(xs, [math.log(v - mn + 0.01 * (mx - mn)) for v in xs], 0, 0, True)
print(json.dumps(out, indent=1))
