"""Reference scores for tests/engine/denominate.test.ts (and the group imputation test), python3
stdlib only, written from COINr's Denominate / Screen / Impute definitions and the OECD/JRC
Handbook (2008), independent of the TypeScript. Reads tests/fixtures/engine/asem-denominated/.

  denominate: x' = x / d * s, d the country's value in the indicator's denominator column of
              countries.csv, s its denominator_scale (blank = 1); blank answers stay blank;
  screen:     a country is left out when answered / applicable < minShare (before anything else);
  impute:     groupMean: a blank takes the mean of the countries of its group (countries.csv column)
              that have a value, over the countries kept;
  min-max to [0, 100] over the countries present, arithmetic means with weights renormalised
  over the children present (all weights 1), an aggregate needs half its children; ranked when
  answered / applicable >= 0.7; competition ranks, highest first.

Scenarios: `denominated` (the default methodology), `raw` (denominate: false), `screened`
(screen.minShare 0.8: BGD answers 3 of 4 and is left out), `rawScreened` (both: the
sensitivity analysis' denomination × screening test), `groupMeanIncome` (imputation groupMean by
the income column).

Run from the repository root:
  python3 tests/reference/engine/denominate_reference.py > tests/reference/engine/denominate.json
"""
import csv
import json

ROOT = 'tests/fixtures/engine/asem-denominated'


def read(path):
    with open(f'{ROOT}/{path}', newline='') as f:
        return list(csv.DictReader(f))


dims = read('indicators/dimensions.csv')
inds = read('indicators/indicators.csv')
crow = {r['iso3']: r for r in read('countries/countries.csv')}
raw = {}
for c in crow:
    raw[c] = {r['indicator']: (float(r['answer']) if r['answer'].strip() else None) for r in read(f'countries/{c}.csv')}


def run(denominate=True, min_share=0.0, group=None):
    kept = [c for c in crow if sum(raw[c][i['id']] is not None for i in inds) / len(inds) >= min_share]
    val = {}
    for c in kept:
        val[c] = {}
        for i in inds:
            x = raw[c][i['id']]
            if x is not None and denominate and i['denominator']:
                x = x / float(crow[c][i['denominator']]) * (float(i['denominator_scale']) if i['denominator_scale'] else 1.0)
            val[c][i['id']] = x
    answered = {c: sum(val[c][i['id']] is not None for i in inds) for c in kept}
    if group:
        for i in inds:
            for c in kept:
                if val[c][i['id']] is None:
                    xs = [val[k][i['id']] for k in kept if crow[k][group] == crow[c][group] and val[k][i['id']] is not None]
                    if xs:
                        val[c][i['id']] = sum(xs) / len(xs)
    norm = {c: {} for c in kept}
    for i in inds:
        xs = [val[c][i['id']] for c in kept if val[c][i['id']] is not None]
        lo, hi = min(xs), max(xs)
        for c in kept:
            x = val[c][i['id']]
            norm[c][i['id']] = None if x is None else (x - lo) / (hi - lo) * 100
    out = {}
    for c in kept:
        s = {}
        for d in dims:
            kids = [norm[c][i['id']] for i in inds if i['dimension'] == d['id']]
            have = [v for v in kids if v is not None]
            s[d['id']] = sum(have) / len(have) if have and len(have) / len(kids) >= 0.5 else None
        have = [s[d['id']] for d in dims if s[d['id']] is not None]
        s['INDEX'] = sum(have) / len(have) if have and len(have) / len(dims) >= 0.5 else None
        s['ranked'] = s['INDEX'] is not None and answered[c] / len(inds) >= 0.7
        out[c] = s
    for c in kept:
        s = out[c]
        s['rank'] = 1 + sum(1 for k in kept if out[k]['ranked'] and out[k]['INDEX'] > s['INDEX']) if s['ranked'] else None
    for c in kept:
        del out[c]['ranked']
    return out


print(json.dumps({
    'denominated': run(),
    'raw': run(denominate=False),
    'screened': run(min_share=0.8),
    'rawScreened': run(denominate=False, min_share=0.8),
    'groupMeanIncome': run(group='income'),
}, indent=1))
