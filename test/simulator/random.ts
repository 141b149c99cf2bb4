/**
 * A seeded pseudo-random generator and the distributions the simulator draws from. Never `Math.random`: the same
 * seed gives the same group, the same browsing and the same files, byte for byte.
 */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** Log-normal with the given median and spread (the standard deviation of its logarithm). */
  logNormal(median: number, sigma: number): number;
  /** Exponential with the given mean. */
  exponential(mean: number): number;
  /** Poisson with the given mean. */
  poisson(mean: number): number;
  pick<T>(items: readonly T[]): T;
  /** An index drawn with probability proportional to its weight. */
  weighted(weights: readonly number[]): number;
  /** An independent generator for one part of the simulation, so adding draws in one part leaves the others. */
  fork(label: string): Random;
}

/** A 32-bit hash of a text (FNV-1a), to turn a seed and a label into a generator state. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** sfc32: small, fast, and good enough for a simulation (passes PractRand to 2^40 bytes). */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
}

export function createRandom(seed: string | number): Random {
  const key = String(seed);
  const next = sfc32(hash(`a${key}`), hash(`b${key}`), hash(`c${key}`), hash(`d${key}`));
  for (let warm = 0; warm < 15; warm += 1) next();
  let spareNormal: number | undefined;
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    normal: () => {
      if (spareNormal !== undefined) {
        const value = spareNormal;
        spareNormal = undefined;
        return value;
      }
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      const angle = 2 * Math.PI * next();
      spareNormal = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    logNormal: (median, sigma) => median * Math.exp(sigma * random.normal()),
    exponential: (mean) => -mean * Math.log(1 - next()),
    poisson: (mean) => {
      if (mean <= 0) return 0;
      if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.normal()));
      // Knuth's product of uniforms: exact, and fast for the small means a member has per day.
      const limit = Math.exp(-mean);
      let count = 0;
      let product = next();
      while (product > limit) {
        count += 1;
        product *= next();
      }
      return count;
    },
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (weights) => {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let target = next() * total;
      for (let index = 0; index < weights.length; index += 1) {
        target -= weights[index]!;
        if (target < 0) return index;
      }
      return weights.length - 1;
    },
    fork: (label) => createRandom(`${key}/${label}`),
  };
  return random;
}
