/**
 * Seeded random streams. Alea (alea.ts) is the engine's only source of
 * randomness. One stream per `${seed}|${round}|${market}|${purpose}` (plus
 * an optional sub-key: a keyword, a listing), so a stream's draws never
 * depend on how many draws another stream made or on submission order.
 */
import { AleaStream } from './alea';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
}

export function streamKey(seed: number, round: number, market: string, purpose: string, sub?: string): string {
  const base = `${seed}|${round}|${market}|${purpose}`;
  return sub === undefined ? base : `${base}|${sub}`;
}

export function createStream(seed: number, round: number, market: string, purpose: string, sub?: string): Rng {
  return new AleaStream(streamKey(seed, round, market, purpose, sub));
}

/** Standard normal via Box-Muller (one value per call, two uniforms). */
export function sampleNormal(rng: Rng, mean = 0, sd = 1): number {
  let u = rng.next();
  while (u <= 0) u = rng.next();
  const v = rng.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Knuth below this mean, a continuity-corrected normal approximation above. */
const POISSON_KNUTH_LIMIT = 30;

export function samplePoisson(rng: Rng, lambda: number): number {
  if (!(lambda > 0)) return 0;
  if (lambda < POISSON_KNUTH_LIMIT) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rng.next();
    while (p > limit) {
      k += 1;
      p *= rng.next();
    }
    return k;
  }
  return Math.max(0, Math.round(sampleNormal(rng, lambda, Math.sqrt(lambda))));
}

/** Direct Bernoulli trials below this n; inversion for small means; normal approximation otherwise. */
const BINOMIAL_DIRECT_LIMIT = 25;
const BINOMIAL_INVERSION_MEAN = 10;

export function sampleBinomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || !(p > 0)) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - sampleBinomial(rng, n, 1 - p);
  if (n < BINOMIAL_DIRECT_LIMIT) {
    let k = 0;
    for (let i = 0; i < n; i += 1) if (rng.next() < p) k += 1;
    return k;
  }
  const mean = n * p;
  if (mean < BINOMIAL_INVERSION_MEAN) {
    // Inversion by sequential search of the CDF.
    const q = 1 - p;
    const ratio = p / q;
    let prob = Math.pow(q, n);
    let cdf = prob;
    const u = rng.next();
    let k = 0;
    while (u > cdf && k < n) {
      prob *= (ratio * (n - k)) / (k + 1);
      cdf += prob;
      k += 1;
    }
    return k;
  }
  const x = Math.round(sampleNormal(rng, mean, Math.sqrt(mean * (1 - p))));
  return Math.min(n, Math.max(0, x));
}

/** Triangular(min, mode, max) by inversion. */
export function sampleTriangular(rng: Rng, min: number, mode: number, max: number): number {
  if (max <= min) return min;
  const u = rng.next();
  const f = (mode - min) / (max - min);
  if (u < f) return min + Math.sqrt(u * (max - min) * (mode - min));
  return max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** Multinomial split of n over weights by sequential binomials. */
export function splitMultinomial(rng: Rng, n: number, weights: readonly number[]): number[] {
  const out = weights.map(() => 0);
  let remaining = n;
  let rest = weights.reduce((s, w) => s + Math.max(0, w), 0);
  for (let i = 0; i < weights.length && remaining > 0; i += 1) {
    const w = Math.max(0, weights[i]);
    if (rest <= 0) break;
    const k = i === weights.length - 1 ? remaining : sampleBinomial(rng, remaining, w / rest);
    out[i] = k;
    remaining -= k;
    rest -= w;
  }
  return out;
}

/** Fisher-Yates shuffle driven by a stream (used to break exact ties). */
export function shuffleInPlace<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  return items;
}

/**
 * Sort by a descending score; items with exactly equal scores are put in
 * canonical `id` order first, then shuffled with the stream, so neither the
 * input order nor insertion order decides a tie.
 */
export function rankWithSeededTies<T>(
  rng: Rng,
  items: readonly T[],
  score: (t: T) => number,
  id: (t: T) => string,
): T[] {
  const sorted = [...items].sort((a, b) => {
    const d = score(b) - score(a);
    if (d !== 0) return d;
    const ia = id(a);
    const ib = id(b);
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    const s = score(sorted[i]);
    while (j < sorted.length && score(sorted[j]) === s) j += 1;
    if (j - i > 1) {
      const group = shuffleInPlace(rng, sorted.slice(i, j));
      for (let k = 0; k < group.length; k += 1) sorted[i + k] = group[k];
    }
    i = j;
  }
  return sorted;
}
