"""Reference values for tests/engine/treat.test.ts, python3 stdlib only, written independently
of src/engine/treat/ from the definitions in COINr 1.1.14 (R/treat.R, vignette "Outlier
Treatment"):

  skew:      type 2, G1 = g1 * sqrt(n(n-1)) / (n-2), g1 = m3 / m2^1.5, m_k = sum((x-mean)^k)/n
  kurtosis:  type 2 excess, G2 = ((n+1) g2 + 6)(n-1) / ((n-2)(n-3)), g2 = m4 / m2^2 - 3
  check:     pass if |G1| < 2 or G2 < 3.5 (undefined statistics pass)
  winsorise: while failing and fewer than winmax (5) points changed: on the side of the current
             skew (>= 0: high), set the extreme value(s) to the next value inwards
  log_CT:    if still failing, ln(x - min + 0.01 (max - min)) of the ORIGINAL column
  NA cells are ignored by every statistic and stay NA.

Reads the ASEM raw data (51 countries x 49 indicators, no denomination) and writes each column
with its expected treated column and record to tests/reference/engine/treat_asem.json.

Run from the repository root:
  python3 tests/reference/engine/treat_reference.py /work/shared/data/asem/iData.csv
"""
import csv
import json
import math
import sys

NON_INDICATORS = {'uName', 'uCode', 'GDP_group', 'GDPpc_group', 'Pop_group', 'EurAsia_group', 'Time',
                  'Area', 'Energy', 'GDP', 'Population'}


def moments(xs):
    n = len(xs)
    m = sum(xs) / n
    return (sum((x - m) ** 2 for x in xs) / n, sum((x - m) ** 3 for x in xs) / n, sum((x - m) ** 4 for x in xs) / n)


def skew(xs):
    n = len(xs)
    if n < 3:
        return None
    m2, m3, _ = moments(xs)
    if m2 <= 0:
        return None
    return m3 / m2 ** 1.5 * math.sqrt(n * (n - 1)) / (n - 2)


def kurt(xs):
    n = len(xs)
    if n < 4:
        return None
    m2, _, m4 = moments(xs)
    if m2 <= 0:
        return None
    return ((n + 1) * (m4 / m2 ** 2 - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))


def passes(xs):
    s, k = skew(xs), kurt(xs)
    return s is None or k is None or abs(s) < 2 or k < 3.5


def treat(xs, winmax=5):
    if passes(xs):
        return list(xs), 0, 0, False
    x = list(xs)
    hi, lo = set(), set()
    while not passes(x) and len(hi) + len(lo) < winmax:
        up = (skew(x) or 0) >= 0
        ext = max(x) if up else min(x)
        others = [v for v in x if v != ext]
        if not others:
            break
        new = max(others) if up else min(others)
        for i, v in enumerate(x):
            if v == ext:
                x[i] = new
                (hi if up else lo).add(i)
    if passes(x):
        return x, len(hi), len(lo), False
    mn, mx = min(xs), max(xs)
    return [math.log(v - mn + 0.01 * (mx - mn)) for v in xs], 0, 0, True


with open(sys.argv[1], newline='') as f:
    rows = list(csv.DictReader(f))
out = {}
for name in rows[0].keys():
    if name in NON_INDICATORS:
        continue
    col = [None if r[name] in ('NA', '') else float(r[name]) for r in rows]
    xs = [v for v in col if v is not None]
    ys, hi, lo, log = treat(xs)
    it = iter(ys)
    treated = [None if v is None else next(it) for v in col]
    out[name] = {'values': col, 'treated': treated, 'skewBefore': skew(xs), 'kurtosisBefore': kurt(xs),
                 'skewAfter': skew(ys), 'kurtosisAfter': kurt(ys), 'winsorisedHigh': hi, 'winsorisedLow': lo,
                 'log': log, 'passes': passes(ys)}
with open('tests/reference/engine/treat_asem.json', 'w') as f:
    json.dump(out, f, indent=0)
    f.write('\n')
print({k: (v['winsorisedHigh'], v['winsorisedLow'], v['log']) for k, v in out.items() if v['winsorisedHigh'] or v['winsorisedLow'] or v['log']})
