"""Writes tests/fixtures/engine/asem/: a slice of the COINr ASEM example data
(/work/shared/data/asem/iData.csv, lineage.csv, iMeta.csv) as a data project.

8 countries x 6 numeric indicators from two pillars: Instit (Tariff, TBTs, RTAs) and Social
(Poverty, Palma, TertGrad); 8 of the 48 cells are NA in the published data and stay blank here.
Directions come from iMeta.csv. Weights are NOT ASEM's (all 1): RTAs has weight 2 and Social
weight 2, so that renormalising weights over the indicators present is actually tested.
Run once from the repository root: python3 tests/reference/engine/make_asem_fixture.py
"""
import csv
import os

SRC = '/work/shared/data/asem'
OUT = 'tests/fixtures/engine/asem'
COUNTRIES = ['AUT', 'BGD', 'FRA', 'JPN', 'KOR', 'MNG', 'NZL', 'THA']
INDICATORS = [  # (ASEM code, our id, weight)
    ('Tariff', 'tariff', 1), ('TBTs', 'tbts', 1), ('RTAs', 'rtas', 2),
    ('Poverty', 'poverty', 1), ('Palma', 'palma', 1), ('TertGrad', 'tert_grad', 1),
]
DIM_WEIGHT = {'Instit': 1, 'Social': 2}

data = {r['uCode']: r for r in csv.DictReader(open(f'{SRC}/iData.csv'))}
meta = {r['iCode']: r for r in csv.DictReader(open(f'{SRC}/iMeta.csv'))}
pillar = {r['Indicator']: r['Pillar'] for r in csv.DictReader(open(f'{SRC}/lineage.csv'))}

os.makedirs(f'{OUT}/indicators', exist_ok=True)
os.makedirs(f'{OUT}/countries', exist_ok=True)
with open(f'{OUT}/indicators/dimensions.csv', 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['id', 'name', 'parent', 'weight', 'description'])
    for d in ['Instit', 'Social']:
        w.writerow([d, meta[d]['iName'], '', DIM_WEIGHT[d], f'ASEM pillar {d}'])
with open(f'{OUT}/indicators/indicators.csv', 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['id', 'dimension', 'name', 'type', 'direction', 'weight', 'source'])
    for code, iid, weight in INDICATORS:
        m = meta[code]
        w.writerow([iid, pillar[code], m['iName'], 'numeric', 'higher' if m['Direction'] == '1' else 'lower', weight, f'ASEM {code} ({m["Unit"]})'])
with open(f'{OUT}/countries/countries.csv', 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['iso3', 'name', 'region'])
    for c in COUNTRIES:
        w.writerow([c, data[c]['uName'], data[c]['EurAsia_group']])
for c in COUNTRIES:
    with open(f'{OUT}/countries/{c}.csv', 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['indicator', 'edition', 'answer', 'justification', 'source'])
        for code, iid, _ in INDICATORS:
            raw = data[c][code]
            if raw == 'NA':
                w.writerow([iid, data[c]['Time'], '', '', ''])
            else:
                w.writerow([iid, data[c]['Time'], repr(float(raw)), f'ASEM iData.csv {code}', 'COINr ASEM example data'])
