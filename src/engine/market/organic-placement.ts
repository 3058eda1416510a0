/**
 * Organic placement: where a keyword's candidates appear, on average over
 * the shoppers who search it.
 *
 * Results are personalised: for each shopper a listing's log score is its
 * log organic score plus noise, so listing j appears ahead of listing i
 * with probability logistic((ln score_j − ln score_i) / σ), σ being the
 * scenario's `search.rankNoise`. The number of listings ahead of i is the
 * sum of these independent chances (a Poisson-binomial count); listing i's
 * examination θ, reach and position are averaged over that distribution.
 * So equal scores share the same places, and a small change of price or
 * quality moves a listing a little, never from first to second at a step.
 * With σ = 0 only exact ties are shared (each ahead of the other half the
 * time).
 *
 * The result pages: with n candidates and S organic slots per page there
 * are K = ceil(n / S) pages; rank k (0-based) is on page k mod K at slot
 * floor(k / K).
 */
import type { ScenarioModel } from '../../scenario/scenario.schema';
import { positionReach, positionTheta, type PageLayout } from './search';

type SearchModel = ScenarioModel['search'];

/** Chances beyond this many σ of log score count as certain. */
const CERTAIN_AFTER_SIGMAS = 6;
/** Above this many uncertain neighbours the count's distribution is taken as normal. */
const EXACT_NEIGHBOURS = 48;

export interface Placement {
  /** Average examination probability θ over shoppers. */
  theta: number;
  /** Average share of shoppers who see the listing. */
  reach: number;
  /** Average position (1-based) when shown; 0 when never shown. */
  position: number;
}

/** A distribution of the count of listings ahead: probs[i] = P(count = from + i). */
interface CountDistribution {
  from: number;
  probs: number[];
}

/** Probability of k = 0..n listings ahead among `chances` (exact convolution, in place). */
function exactCount(chances: readonly number[]): CountDistribution {
  const probs = new Array<number>(chances.length + 1).fill(0);
  probs[0] = 1;
  chances.forEach((p, n) => {
    for (let k = n + 1; k > 0; k -= 1) probs[k] = probs[k] * (1 - p) + probs[k - 1] * p;
    probs[0] *= 1 - p;
  });
  return { from: 0, probs };
}

/** A count of n chances with this mean and variance, as a discretised normal (within 6 sd) over 0..n. */
function normalCount(n: number, mean: number, variance: number): CountDistribution {
  const sd = Math.sqrt(variance);
  if (sd < 1e-9) return { from: Math.min(n, Math.max(0, Math.round(mean))), probs: [1] };
  const cdf = (x: number) => 0.5 * (1 + erf((x - mean) / (sd * Math.SQRT2)));
  const from = Math.max(0, Math.floor(mean - 6 * sd));
  const to = Math.min(n, Math.ceil(mean + 6 * sd));
  const probs: number[] = [];
  let total = 0;
  for (let k = from; k <= to; k += 1) {
    const p = cdf(k + 0.5) - cdf(k - 0.5);
    probs.push(p);
    total += p;
  }
  return { from, probs: probs.map((x) => x / total) };
}

/** Abramowitz–Stegun 7.1.26 (error < 1.5e-7). */
function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return sign * y;
}

interface ScoreGroup {
  /** Log score shared by the group's members. */
  log: number;
  /** Indices (into the caller's order) of the members. */
  members: number[];
}

/** Exact chances of every uncertain neighbour being ahead of a member of group g. */
function neighbourChances(groups: readonly ScoreGroup[], g: number, from: number, to: number, sigma: number): number[] {
  const chances: number[] = [];
  for (let h = from; h <= to; h += 1) {
    const d = groups[h].log - groups[g].log;
    const p = sigma > 0 ? 1 / (1 + Math.exp(-d / sigma)) : 0.5;
    const count = h === g ? groups[h].members.length - 1 : groups[h].members.length;
    for (let k = 0; k < count; k += 1) chances.push(p);
  }
  return chances;
}

/** Mean and variance of the number ahead among many neighbours (groups from..to), by binned log score. */
function neighbourMoments(
  groups: readonly ScoreGroup[],
  g: number,
  from: number,
  to: number,
  sigma: number,
): { n: number; mean: number; variance: number } {
  let n = 0;
  let mean = 0;
  let variance = 0;
  for (let h = from; h <= to; h += 1) {
    const count = h === g ? groups[h].members.length - 1 : groups[h].members.length;
    const p = chanceAhead(Math.round(((groups[h].log - groups[g].log) / sigma) * BINS_PER_SIGMA));
    n += count;
    mean += count * p;
    variance += count * p * (1 - p);
  }
  return { n, mean, variance };
}

/** Bins per σ of log score for many neighbours; the logistic of each bin distance is tabulated. */
const BINS_PER_SIGMA = 8;
const CHANCE_TABLE = Array.from(
  { length: 2 * CERTAIN_AFTER_SIGMAS * BINS_PER_SIGMA + 1 },
  (_, i) => 1 / (1 + Math.exp(-(i - CERTAIN_AFTER_SIGMAS * BINS_PER_SIGMA) / BINS_PER_SIGMA)),
);
const chanceAhead = (bins: number): number =>
  CHANCE_TABLE[Math.min(CHANCE_TABLE.length - 1, Math.max(0, bins + CERTAIN_AFTER_SIGMAS * BINS_PER_SIGMA))];

/**
 * Placements of candidates given their organic scores (any order; the
 * result follows it).
 */
export function organicPlacements(scores: readonly number[], search: SearchModel, layout: PageLayout): Placement[] {
  const n = scores.length;
  const slots = Math.max(1, layout.organic.length);
  const pages = Math.max(1, Math.ceil(n / slots));
  const sigma = search.rankNoise;
  const logs = scores.map((x) => Math.log(Math.max(x, Number.MIN_VALUE)));
  const order = logs.map((_, i) => i).sort((a, b) => logs[b] - logs[a] || a - b);
  const groups: ScoreGroup[] = [];
  for (const i of order) {
    const last = groups[groups.length - 1];
    if (last && last.log === logs[i]) last.members.push(i);
    else groups.push({ log: logs[i], members: [i] });
  }
  const cutoff = sigma * CERTAIN_AFTER_SIGMAS;
  const thetas = layout.organic.map((pos) => positionTheta(search, pos));
  const reaches = layout.organic.map((pos) => positionReach(search, pos));
  const out = new Array<Placement>(n);
  let from = 0;
  let to = 0;
  let certainlyAhead = 0;
  for (let g = 0; g < groups.length; g += 1) {
    const s = groups[g].log;
    while (groups[from].log > s + cutoff) certainlyAhead += groups[from++].members.length;
    if (to < g) to = g;
    while (to + 1 < groups.length && groups[to + 1].log >= s - cutoff) to += 1;
    let uncertain = -1;
    for (let h = from; h <= to; h += 1) uncertain += groups[h].members.length;
    const dist =
      uncertain <= EXACT_NEIGHBOURS || sigma === 0
        ? exactCount(neighbourChances(groups, g, from, to, sigma))
        : ((m) => normalCount(m.n, m.mean, m.variance))(neighbourMoments(groups, g, from, to, sigma));
    let theta = 0;
    let reach = 0;
    let position = 0;
    let shown = 0;
    for (let i = 0; i < dist.probs.length; i += 1) {
      const p = dist.probs[i];
      const slot = Math.floor((certainlyAhead + dist.from + i) / pages);
      if (slot >= layout.organic.length) break;
      if (p === 0) continue;
      theta += p * thetas[slot];
      reach += p * reaches[slot];
      position += p * layout.organic[slot];
      shown += p;
    }
    const placement = { theta, reach, position: shown > 0 ? position / shown : 0 };
    for (const i of groups[g].members) out[i] = placement;
  }
  return out;
}
