/** A seeded stream of pseudo-random numbers. Each call advances the stream. */
export interface Rng {
  /** A uniform number in [0, 1) with 53 random bits (two 32-bit outputs). */
  next(): number;
  /** A uniform integer in 0 … n−1, without modulo bias (rejection); n an integer in [1, 2³²]. */
  int(n: number): number;
  /** The raw generator output: a uniform integer in 0 … 2³²−1. */
  uint32(): number;
}

/**
 * A seeded pseudo-random number generator: sfc32, Chris Doty-Humphrey's "Small Fast Chaotic" 32-bit
 * generator from the PractRand test suite (pracrand.sourceforge.net, `RNG_sfc.h`; passes PractRand
 * and BigCrush; 128-bit state with a counter, so no cycle shorter than 2³²).
 *
 * Sub-streams: `(seed, stream)` names a stream. Its state is the seed's and the stream index's
 * 32-bit halves each passed through MurmurHash3's `fmix32` finaliser (Appleby, a bijection),
 * then 12 outputs are discarded, as PractRand's own seeding does. Stream i therefore gives the
 * same numbers whichever worker draws it and however many workers there are. Distinct
 * (seed, stream) pairs below 2³² each give distinct starting states; streams are statistically
 * independent in practice (not proven non-overlapping; with 2¹²⁸ states overlap is negligible).
 *
 * Throws a RangeError unless seed and stream are non-negative safe integers.
 *
 * @example createRng(42).uint32() // → 203132144 (same in tests/reference/rng_reference.py)
 */
export function createRng(seed: number, stream = 0): Rng {
  for (const [name, v] of [['seed', seed], ['stream', stream]] as const) {
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new RangeError(`createRng: ${name} = ${String(v)} is not a non-negative integer (expected e.g. 42)`);
    }
  }
  const hi = (x: number) => Math.floor(x / 0x100000000) >>> 0;
  let a = fmix32(seed >>> 0);
  let b = fmix32((stream >>> 0) ^ 0x9e3779b9);
  let c = fmix32(hi(seed) ^ fmix32(hi(stream) ^ 0x243f6a88));
  let d = 1;

  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) uint32();

  return {
    uint32,
    next: () => ((uint32() >>> 5) * 0x4000000 + (uint32() >>> 6)) / 0x20000000000000,
    int: (n: number) => {
      if (!Number.isInteger(n) || n < 1 || n > 0x100000000) {
        throw new RangeError(`rng.int: n = ${String(n)} is not an integer from 1 to 2^32`);
      }
      const limit = 0x100000000 - (0x100000000 % n);
      let u = uint32();
      while (u >= limit) u = uint32();
      return u % n;
    },
  };
}

/** MurmurHash3's 32-bit finaliser (Austin Appleby, public domain): a bijective bit mixer. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
