"""Reference for src/analysis/stats/rng.ts: an independent python3 (stdlib only) implementation
of sfc32 (Chris Doty-Humphrey, PractRand RNG_sfc.h) seeded from (seed, stream) through
MurmurHash3's fmix32 with 12 discarded outputs, as documented in rng.ts.
Run: python3 tests/reference/rng_reference.py   (values pasted into tests/analysis/stats/rng.test.ts)
"""
M = 0xFFFFFFFF


def fmix32(h):
    h &= M
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & M
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & M
    h ^= h >> 16
    return h


class Sfc32:
    def __init__(self, seed, stream=0):
        lo, hi = seed & M, seed >> 32
        slo, shi = stream & M, stream >> 32
        self.a = fmix32(lo)
        self.b = fmix32(slo ^ 0x9E3779B9)
        self.c = fmix32(hi ^ fmix32(shi ^ 0x243F6A88))
        self.d = 1
        for _ in range(12):
            self.uint32()

    def uint32(self):
        t = (self.a + self.b + self.d) & M
        self.d = (self.d + 1) & M
        self.a = self.b ^ (self.b >> 9)
        self.b = (self.c + (self.c << 3)) & M
        self.c = ((self.c << 21) | (self.c >> 11)) & M
        self.c = (self.c + t) & M
        return t

    def next(self):
        return ((self.uint32() >> 5) * 67108864 + (self.uint32() >> 6)) / 9007199254740992


for seed, stream in [(42, 0), (42, 1), (0, 0), (2**40 + 7, 3)]:
    g = Sfc32(seed, stream)
    print(f"uint32 seed={seed} stream={stream}:", [g.uint32() for _ in range(5)])
g = Sfc32(42, 0)
print("next seed=42 stream=0:", [repr(g.next()) for _ in range(3)])
