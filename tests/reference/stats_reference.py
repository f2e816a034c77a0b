"""Reference values for tests/analysis/stats/*.test.ts, python3 stdlib only (no numpy, no R here).
`statistics.quantiles(method="inclusive")` is R's type 7 quantile; `statistics.variance` is the
n-1 sample variance; `statistics.correlation` is Pearson's r. Spearman is Pearson on average ranks
computed below. Run: python3 tests/reference/stats_reference.py
"""
import statistics as st

# Data shared with the tests (None = missing).
X = [3.1, 4.7, None, 2.2, 5.9, 6.4, 1.8, 4.7, 3.3, 7.0]
Y = [2.0, 3.9, 1.1, None, 6.1, 5.2, 2.6, 4.1, 2.9, 8.8]


def pairs(x, y):
    p = [(a, b) for a, b in zip(x, y) if a is not None and b is not None]
    return [a for a, _ in p], [b for _, b in p]


def avg_ranks(v):
    order = sorted(range(len(v)), key=lambda i: v[i])
    r = [0.0] * len(v)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + 1 + j + 1) / 2
        i = j + 1
    return r


xs = [v for v in X if v is not None]
print("mean(X) =", repr(st.mean(xs)))
print("variance(X) =", repr(st.variance(xs)))
print("median(X) =", repr(st.median(xs)))
for p in (0.1, 0.25, 0.9):
    # quantiles(n=20) gives the 5%,10%,...,95% cut points; pick the one for p.
    q = st.quantiles(xs, n=20, method="inclusive")
    print(f"quantile(X, {p}) =", repr(q[round(p * 20) - 1]))
px, py = pairs(X, Y)
print("pearson(X, Y) =", repr(st.correlation(px, py)))
print("spearman(X, Y) =", repr(st.correlation(avg_ranks(px), avg_ranks(py))))

# Cronbach's alpha: 5 items x 8 countries, one country with a missing answer (row dropped).
ITEMS = [
    [2, 3, 3, 1, 4, 2, None, 3],
    [1, 3, 2, 2, 4, 2, 3, 3],
    [2, 4, 3, 1, 3, 1, 2, 4],
    [1, 2, 3, 2, 4, 2, 1, 3],
    [2, 3, 2, 1, 4, 1, 2, 2],
]
rows = [r for r in zip(*ITEMS) if None not in r]
cols = list(zip(*rows))
k = len(cols)
tot = [sum(r) for r in rows]
alpha = k / (k - 1) * (1 - sum(st.variance(c) for c in cols) / st.variance(tot))
print("cronbachAlpha(ITEMS) =", repr(alpha))
