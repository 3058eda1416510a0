/**
 * Calibration of a scenario as a market: one season in which every
 * strategy holds a seat, measured the way a marketplace's seller centre
 * would show it — conversion of clicks, sponsored click-through, cost per
 * click by round (and in the peak rounds), delivery days per tier,
 * on-time share and rating the good sellers reach, and the share of
 * revenue the best team spends on logistics. The ranges the bundled
 * scenarios must fall in are those of real cross-border sellers
 * (docs/model.md, "Calibration"). Engine only, pure.
 */
import type { Scenario, ServiceTier } from '../scenario/scenario.schema';
import { BOT_STRATEGIES, type BotStrategy, type LaneReport, type RoundOutcome } from '../engine';
import { playBotSeason } from '../engine/bots/play-season';

export interface RoundCalibration {
  round: number;
  /** The round's shopping-event multiplier (1 without an event). */
  event: number;
  /** Ad spend ÷ ad clicks over every team, in cents (0 without clicks). */
  cpcCents: number;
  /** The same over every bidder of the markets' reports, competitor sellers included. */
  marketCpcCents: number;
}

export interface TierCalibration {
  tier: ServiceTier;
  parcels: number;
  /** Mean days from order to door (handling included) of sensible teams' parcels. */
  averageDeliveryDays: number;
}

export interface Calibration {
  scenario: string;
  seed: number;
  /** Orders from search and ads ÷ clicks, over every listing of the season. */
  conversion: number;
  /** Ad clicks ÷ ad impressions. */
  sponsoredCtr: number;
  rounds: RoundCalibration[];
  tiers: TierCalibration[];
  /** Best share of parcels on time over one round of one lane with at least 20 parcels, among sensible teams. */
  bestOnTime: number;
  /** Highest listing rating reached in the season. */
  bestRating: number;
  /** The season's winner by total score, and its logistics cost ÷ revenue. */
  bestTeam: { strategy: BotStrategy; total: number; logisticsShare: number };
}

const sumOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** Plays one season with one seat per strategy and measures it. */
export function calibrateScenario(scenario: Scenario, seed: number = scenario.seed): Calibration {
  const seats = BOT_STRATEGIES.map((strategy, i) => ({ teamId: `seat-${i + 1}`, strategy }));
  const { outcomes } = playBotSeason(scenario, seed, seats);
  const strategyOf = new Map(seats.map((s) => [s.teamId, s.strategy]));
  const listings = outcomes.flatMap((o) => o.teams.flatMap((t) => t.listings));
  const auctions = outcomes.flatMap((o) => o.teams.flatMap((t) => t.auctions));
  const sensibleLanes = outcomes.flatMap((o) =>
    o.teams.filter((t) => strategyOf.get(t.teamId) !== 'RANDOM').flatMap((t) => t.lanes),
  );
  return {
    scenario: scenario.id,
    seed,
    conversion: ratio(sumOf(listings.map((l) => l.orders - l.affiliateOrders)), sumOf(listings.map((l) => l.clicks))),
    sponsoredCtr: ratio(sumOf(auctions.map((a) => a.clicks)), sumOf(auctions.map((a) => a.impressions))),
    rounds: outcomes.map((o) => roundCalibration(scenario, o)),
    tiers: tierCalibration(sensibleLanes),
    bestOnTime: Math.max(
      0,
      ...sensibleLanes.filter((l) => l.parcels >= 20).map((l) => 1 - (l.late + l.lost) / l.parcels),
    ),
    bestRating: Math.max(0, ...listings.filter((l) => l.orders > 0).map((l) => l.rating)),
    bestTeam: bestTeam(outcomes, strategyOf),
  };
}

function roundCalibration(scenario: Scenario, o: RoundOutcome): RoundCalibration {
  const auctions = o.teams.flatMap((t) => t.auctions);
  const keywords = o.markets.flatMap((m) => m.keywords);
  const spec = scenario.rounds.schedule.find((s) => s.number === o.round);
  return {
    round: o.round,
    event: spec?.event ?? 1,
    cpcCents: Math.round(ratio(sumOf(auctions.map((a) => a.spendCents)), sumOf(auctions.map((a) => a.clicks)))),
    marketCpcCents: Math.round(
      ratio(sumOf(keywords.map((k) => k.adClicks * k.averageCpcCents)), sumOf(keywords.map((k) => k.adClicks))),
    ),
  };
}

function tierCalibration(lanes: readonly LaneReport[]): TierCalibration[] {
  const byTier = new Map<ServiceTier, { parcels: number; days: number }>();
  for (const lane of lanes) {
    const tier = lane.tier as ServiceTier;
    const acc = byTier.get(tier) ?? { parcels: 0, days: 0 };
    acc.parcels += lane.parcels;
    acc.days += lane.averageDeliveryDays * lane.parcels;
    byTier.set(tier, acc);
  }
  return [...byTier.entries()]
    .filter(([, acc]) => acc.parcels > 0)
    .map(([tier, acc]) => ({ tier, parcels: acc.parcels, averageDeliveryDays: acc.days / acc.parcels }))
    .sort((a, b) => (a.tier < b.tier ? -1 : 1));
}

function bestTeam(outcomes: RoundOutcome[], strategyOf: Map<string, BotStrategy>): Calibration['bestTeam'] {
  const totals = new Map<string, { total: number; revenue: number; logistics: number }>();
  for (const t of outcomes.flatMap((o) => o.teams)) {
    const acc = totals.get(t.teamId) ?? { total: 0, revenue: 0, logistics: 0 };
    acc.total += t.total;
    for (const e of t.ledger) {
      if (e.kind === 'REVENUE') acc.revenue += e.amountCents;
      if (e.kind === 'LOGISTICS') acc.logistics -= e.amountCents;
    }
    totals.set(t.teamId, acc);
  }
  const [teamId, best] = [...totals.entries()].sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1))[0];
  return {
    strategy: strategyOf.get(teamId) ?? 'RANDOM',
    total: best.total,
    logisticsShare: ratio(best.logistics, best.revenue),
  };
}

/**
 * What real cross-border sellers see, as the ranges a scenario's market
 * should produce (docs/model.md, "Calibration"): conversion of clicks
 * 1–4 %, sponsored click-through 0.3–0.7 %, a cost per click of
 * $0.05–0.40 that is higher in peak rounds than in ordinary ones,
 * door-to-door days per tier (premium 5–10, standard 10–18, economy
 * 20–45, overseas warehouse 2–7), on-time ≥ 95 % and a rating ≥ 4.8
 * within reach of good sellers, and logistics under 30 % of the winner's
 * revenue.
 */
export const CALIBRATION_TARGETS = {
  conversion: { min: 0.01, max: 0.04 },
  sponsoredCtr: { min: 0.003, max: 0.007 },
  cpcCents: { min: 5, max: 40 },
  /** A round with at least this event multiplier is a peak round. */
  peakEvent: 2,
  deliveryDays: {
    PREMIUM: { min: 5, max: 10 },
    STANDARD: { min: 10, max: 18 },
    ECONOMY: { min: 20, max: 45 },
    WAREHOUSE: { min: 2, max: 7 },
  } satisfies Record<ServiceTier, { min: number; max: number }>,
  bestOnTime: 0.95,
  bestRating: 4.8,
  bestLogisticsShare: 0.3,
} as const;

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const usd = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** Each figure outside its target range, in words (empty when the scenario is calibrated). */
export function calibrationMisses(c: Calibration): string[] {
  const t = CALIBRATION_TARGETS;
  const misses: string[] = [];
  const range = (name: string, x: number, r: { min: number; max: number }, show: (v: number) => string) => {
    if (x < r.min || x > r.max) misses.push(`${name} ${show(x)} is outside ${show(r.min)}–${show(r.max)}`);
  };
  range('conversion', c.conversion, t.conversion, pct);
  range('sponsored CTR', c.sponsoredCtr, t.sponsoredCtr, pct);
  const withAds = c.rounds.filter((r) => r.cpcCents > 0);
  for (const r of withAds) range(`round ${r.round} CPC`, r.cpcCents, t.cpcCents, usd);
  const ordinary = withAds.filter((r) => r.event < t.peakEvent);
  const ordinaryCpc = sumOf(ordinary.map((r) => r.marketCpcCents)) / Math.max(1, ordinary.length);
  for (const r of withAds.filter((x) => x.event >= t.peakEvent))
    if (ordinary.length > 0 && r.marketCpcCents <= ordinaryCpc)
      misses.push(
        `peak round ${r.round} CPC ${usd(r.marketCpcCents)} is not above ordinary rounds' ${usd(ordinaryCpc)}`,
      );
  for (const tier of c.tiers)
    range(`${tier.tier} delivery days`, tier.averageDeliveryDays, t.deliveryDays[tier.tier], (v) => v.toFixed(1));
  if (c.bestOnTime < t.bestOnTime) misses.push(`best on-time ${pct(c.bestOnTime)} is below ${pct(t.bestOnTime)}`);
  if (c.bestRating < t.bestRating) misses.push(`best rating ${c.bestRating.toFixed(2)} is below ${t.bestRating}`);
  if (c.bestTeam.logisticsShare > t.bestLogisticsShare)
    misses.push(
      `the winner (${c.bestTeam.strategy}) spends ${pct(c.bestTeam.logisticsShare)} of revenue on logistics (over ${pct(t.bestLogisticsShare)})`,
    );
  return misses;
}

/** The calibration as a few lines for `scenario check`. */
export function formatCalibration(c: Calibration): string {
  const misses = calibrationMisses(c);
  return [
    `calibration (one season, one seat per strategy, seed ${c.seed}):`,
    `  conversion ${pct(c.conversion)}, sponsored CTR ${pct(c.sponsoredCtr)}, best on-time ${pct(c.bestOnTime)}, best rating ${c.bestRating.toFixed(2)}`,
    `  CPC by round: ${c.rounds.map((r) => `${r.round}${r.event >= CALIBRATION_TARGETS.peakEvent ? '*' : ''} ${r.cpcCents > 0 ? usd(r.cpcCents) : '–'}`).join(', ')} (* a peak round; – no ads)`,
    `  delivery days: ${c.tiers.map((t) => `${t.tier} ${t.averageDeliveryDays.toFixed(1)}`).join(', ')}`,
    `  winner ${c.bestTeam.strategy}: logistics ${pct(c.bestTeam.logisticsShare)} of revenue`,
    ...(misses.length === 0 ? ['  within every target range'] : misses.map((m) => `  OUT OF RANGE: ${m}`)),
  ].join('\n');
}
