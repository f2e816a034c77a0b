"""Writes tests/fixtures/engine/asem-denominated/: a slice of the COINr ASEM example data
(/work/shared/data/asem/iData.csv, iMeta.csv) with the denominators as countries.csv columns.

8 countries x 4 numeric indicators, all higher-is-better: Conn = Flights (denominated by
Population, as in iMeta.csv), Goods and Services (by GDP, scaled x 1000 here to test the
factor); Social = TertGrad (no denominator; NA for BGD in the published data). countries.csv
carries population, gdp and income (ASEM's GDPpc_group) as the file's own columns.
Run once from the repository root: python3 tests/reference/engine/make_asem_denominated_fixture.py
"""
import csv
import os

SRC = '/work/shared/data/asem'
OUT = 'tests/fixtures/engine/asem-denominated'
COUNTRIES = ['AUT', 'BGD', 'FRA', 'JPN', 'KOR', 'MNG', 'NZL', 'THA']
INDICATORS = [  # (ASEM code, id, dimension, denominator, scale)
    ('Flights', 'flights', 'Conn', 'population', ''),
    ('Goods', 'goods', 'Conn', 'gdp', '1000'),
    ('Services', 'services', 'Conn', 'gdp', '1000'),
    ('TertGrad', 'tert_grad', 'Social', '', ''),
]
data = {r['uCode']: r for r in csv.DictReader(open(f'{SRC}/iData.csv'))}
meta = {r['iCode']: r for r in csv.DictReader(open(f'{SRC}/iMeta.csv'))}

os.makedirs(f'{OUT}/indicators', exist_ok=True)
os.makedirs(f'{OUT}/countries', exist_ok=True)
with open(f'{OUT}/indicators/dimensions.csv', 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['id', 'name', 'parent', 'weight', 'description'])
    w.writerow(['Conn', 'Connectivity', '', '1', 'ASEM Physical and ConEcFin indicators'])
    w.writerow(['Social', 'Social', '', '1', 'ASEM pillar Social'])
with open(f'{OUT}/indicators/indicators.csv', 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['id', 'dimension', 'name', 'type', 'direction', 'weight', 'source', 'denominator', 'denominator_scale'])
    for code, i, d, den, scale in INDICATORS:
        w.writerow([i, d, meta[code]['iName'], 'numeric', 'higher', '1', f"ASEM {code} ({meta[code]['Unit']})", den, scale])
with open(f'{OUT}/countries/countries.csv', 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['iso3', 'name', 'region', 'population', 'gdp', 'income'])
    for c in COUNTRIES:
        r = data[c]
        w.writerow([c, r['uName'], r['EurAsia_group'], r['Population'], r['GDP'], r['GDPpc_group']])
for c in COUNTRIES:
    with open(f'{OUT}/countries/{c}.csv', 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['indicator', 'edition', 'answer', 'justification', 'source'])
        for code, i, *_ in INDICATORS:
            v = data[c][code]
            if v == 'NA':
                w.writerow([i, '2018', '', '', ''])
            else:
                w.writerow([i, '2018', v, f'ASEM iData.csv {code}', 'COINr ASEM example data'])
