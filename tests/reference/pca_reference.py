"""Reference for pca(): python3 stdlib only. Correlation matrix of the listwise-complete rows
(statistics.correlation), then eigenpairs by power iteration with Hotelling deflation (a method
independent of the Jacobi rotations used in src/analysis/stats/symmetric-eigen.ts). Each vector
is flipped so its largest-magnitude entry is positive, as pca() documents.
Run: python3 tests/reference/pca_reference.py
"""
import math
import statistics as st

COLS = [
    [0.62, 0.55, 0.91, None, 0.33, 0.78, 0.45, 0.70, 0.21, 0.84],
    [0.58, 0.49, 0.88, 0.40, 0.41, 0.69, 0.52, 0.61, 0.30, 0.90],
    [0.20, 0.65, 0.40, 0.35, 0.71, 0.30, 0.55, 0.28, 0.60, 0.15],
    [0.50, 0.45, 0.72, 0.60, None, 0.66, 0.35, 0.80, 0.25, 0.70],
]

rows = [r for r in zip(*COLS) if None not in r]
cols = [list(c) for c in zip(*rows)]
p = len(cols)
R = [[1.0 if i == j else st.correlation(cols[i], cols[j]) for j in range(p)] for i in range(p)]


def matvec(m, v):
    return [sum(a * b for a, b in zip(row, v)) for row in m]


def power(m):
    v = [1.0 / math.sqrt(p) + 0.01 * i for i in range(p)]
    lam = 0.0
    for _ in range(100000):
        w = matvec(m, v)
        norm = math.sqrt(sum(x * x for x in w))
        w = [x / norm for x in w]
        if max(abs(a - b) for a, b in zip(w, v)) < 1e-15:
            v = w
            break
        v = w
    lam = sum(a * b for a, b in zip(v, matvec(m, v)))
    big = max(v, key=abs)
    if big < 0:
        v = [-x for x in v]
    return lam, v


m = [row[:] for row in R]
values, vectors = [], []
for _ in range(p):
    lam, v = power(m)
    values.append(lam)
    vectors.append(v)
    m = [[m[i][j] - lam * v[i] * v[j] for j in range(p)] for i in range(p)]

print("n =", len(rows))
print("eigenvalues =", [round(x, 12) for x in values])
print("proportions =", [round(x / sum(values), 12) for x in values])
print("vector 1 =", [round(x, 10) for x in vectors[0]])
print("vector 2 =", [round(x, 10) for x in vectors[1]])
