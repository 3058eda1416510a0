import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, ENGINE_VERSION } from '../../src/engine';
import { playBotSeason, type BotSeat } from '../../src/engine/bots';
import type { RoundOutcome } from '../../src/engine/types';
import { loadScenarioFile } from '../../src/scenario/scenario-loader';

/**
 * Golden replays: each bundled scenario played for a whole season by a fixed
 * mix of bots, its round outcome hashes pinned in test/golden/<id>.json.
 * A change to the engine, the seeds or a scenario that moves any figure
 * fails here; regenerating (`UPDATE_GOLDEN=1 npx jest test/golden`) is a
 * deliberate act to be reviewed with the diff of these files.
 */
const SCENARIOS = ['tutorial', 'eu-launch', 'russia-peak', 'rcep-sea'];
const SEATS: BotSeat[] = [
  { teamId: 'T01', strategy: 'ADAPTIVE' },
  { teamId: 'T02', strategy: 'COST_PLUS' },
  { teamId: 'T03', strategy: 'RANDOM' },
  { teamId: 'T04', strategy: 'ADAPTIVE' },
  { teamId: 'T05', strategy: 'COST_PLUS' },
];

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const root = join(__dirname, '..', '..');

interface Golden {
  scenario: string;
  contentHash: string;
  engineVersion: string;
  seed: number;
  seats: BotSeat[];
  rounds: string[];
}

function play(id: string) {
  const loaded = loadScenarioFile(join(root, 'scenarios', `${id}.yaml`));
  if (!loaded.ok) throw new Error(`${id}: ${JSON.stringify(loaded.errors)}`);
  const season = playBotSeason(loaded.scenario, loaded.scenario.seed, SEATS);
  return { scenario: loaded.scenario, contentHash: loaded.contentHash, season };
}

/** Season-wide market figures, from every team's report. */
function figures(outcomes: RoundOutcome[]) {
  let impressions = 0,
    clicks = 0,
    orders = 0,
    adImpressions = 0,
    adClicks = 0,
    adSpend = 0,
    parcels = 0,
    dayParcels = 0;
  const ratings: number[] = [];
  for (const o of outcomes) {
    for (const t of o.teams) {
      for (const l of t.listings) {
        impressions += l.impressions;
        clicks += l.clicks;
        orders += l.orders;
      }
      for (const a of t.auctions) {
        adImpressions += a.impressions;
        adClicks += a.clicks;
        adSpend += a.spendCents;
      }
      for (const l of t.lanes) {
        parcels += l.parcels;
        dayParcels += l.parcels * l.averageDeliveryDays;
      }
      if (t.kpis.OPERATIONS.rating > 0) ratings.push(t.kpis.OPERATIONS.rating);
    }
  }
  return {
    ctr: clicks / impressions,
    conversion: orders / clicks,
    cpcCents: adClicks > 0 ? adSpend / adClicks : 0,
    adCtr: adImpressions > 0 ? adClicks / adImpressions : 0,
    deliveryDays: dayParcels / parcels,
    minRating: Math.min(...ratings),
    maxRating: Math.max(...ratings),
  };
}

describe.each(SCENARIOS)('golden season of %s', (id) => {
  const { scenario, contentHash, season } = play(id);
  const hashes = season.outcomes.map((o) => sha256(canonicalJson(o)));
  const file = join(__dirname, `${id}.json`);

  it('reproduces the pinned round outcome hashes', () => {
    const actual: Golden = {
      scenario: `${scenario.id}@${scenario.version}`,
      contentHash,
      engineVersion: ENGINE_VERSION,
      seed: scenario.seed,
      seats: SEATS,
      rounds: hashes,
    };
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    if (!existsSync(file))
      throw new Error(`no golden file ${file}: run UPDATE_GOLDEN=1 npx jest test/golden and review it`);
    const golden = JSON.parse(readFileSync(file, 'utf8')) as Golden;
    expect(actual).toEqual(golden);
  });

  it('replays to the same bytes', () => {
    expect(play(id).season.outcomes.map((o) => sha256(canonicalJson(o)))).toEqual(hashes);
  });

  it('plays the whole season with plausible market figures (docs/market-facts.md ranges)', () => {
    expect(season.outcomes).toHaveLength(scenario.rounds.count);
    const f = figures(season.outcomes);
    if (process.env.SHOW_FIGURES === '1') console.log(id, JSON.stringify(f));
    expect(f.ctr).toBeGreaterThan(0.01);
    expect(f.ctr).toBeLessThan(0.1);
    // e-commerce conversion 2–4 %, AliExpress 1–3 % (est)
    expect(f.conversion).toBeGreaterThan(0.01);
    expect(f.conversion).toBeLessThan(0.05);
    expect(f.deliveryDays).toBeGreaterThan(2);
    expect(f.deliveryDays).toBeLessThan(45);
    expect(f.minRating).toBeGreaterThanOrEqual(1);
    expect(f.maxRating).toBeLessThanOrEqual(5);
    if (scenario.rounds.schedule.some((r) => r.modules.includes('ADS'))) {
      expect(f.cpcCents).toBeGreaterThanOrEqual(5);
      expect(f.cpcCents).toBeLessThanOrEqual(40);
      // sponsored-ad CTR 0.3–0.7 % (seeds/model.yaml is calibrated to land here)
      expect(f.adCtr).toBeGreaterThan(0.003);
      expect(f.adCtr).toBeLessThan(0.007);
    }
    // conversion per click 1–4 %
    expect(f.conversion).toBeGreaterThan(0.01);
    expect(f.conversion).toBeLessThan(0.04);
  });

  it('delivers within each tier of days (premium 5–10, standard 10–18, economy 20–45, warehouse 2–7)', () => {
    const range: Record<string, [number, number]> = {
      PREMIUM: [5, 10],
      STANDARD: [10, 18],
      ECONOMY: [20, 45],
      WAREHOUSE: [2, 7],
    };
    // the sensible bots hand over within 1–2 days (the RANDOM bot may take a week)
    const sensible = new Set(SEATS.filter((s) => s.strategy !== 'RANDOM').map((s) => s.teamId));
    const played = (round: number) =>
      scenario.rounds.schedule.find((r) => r.number === round)?.modules.includes('FULFILLMENT') ?? true;
    for (const o of season.outcomes.filter((x) => played(x.round)))
      for (const t of o.teams.filter((x) => sensible.has(x.teamId)))
        for (const lane of t.lanes.filter((l) => l.parcels > l.lost)) {
          expect(lane.averageDeliveryDays).toBeGreaterThanOrEqual(range[lane.tier][0]);
          expect(lane.averageDeliveryDays).toBeLessThanOrEqual(range[lane.tier][1]);
        }
  });

  it('makes clicks dearer in the peak round than in the round before', () => {
    const peak = scenario.rounds.schedule.find((r) => (r.adCompetition ?? 1) > 1.5);
    if (!peak) return;
    const cpc = (round: number) => {
      let spend = 0;
      let clicks = 0;
      for (const m of season.outcomes[round - 1].markets)
        for (const k of m.keywords) {
          spend += k.averageCpcCents * k.adClicks;
          clicks += k.adClicks;
        }
      return spend / clicks;
    };
    expect(cpc(peak.number)).toBeGreaterThan(cpc(peak.number - 1));
  });

  it('gives different strategies different results', () => {
    const last = season.outcomes[season.outcomes.length - 1].teams;
    const byTeam = new Map(last.map((t) => [t.teamId, t]));
    const totals = new Set(['T01', 'T02', 'T03'].map((t) => byTeam.get(t)?.total));
    expect(totals.size).toBe(3);
    const gmv = new Set(['T01', 'T02', 'T03'].map((t) => byTeam.get(t)?.kpis.SELECTION.gmvCents));
    expect(gmv.size).toBe(3);
  });
});
