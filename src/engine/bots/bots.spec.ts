import { join } from 'node:path';
import type { Scenario } from '../../scenario/scenario.schema';
import { loadScenarioFile, packageRoot } from '../../scenario/scenario-loader';
import { canonicalJson } from '../canonical';
import { checkDecision } from '../decisions/check-decision';
import { MODULE_ORDER } from '../market/modules';
import { moduleEnabled } from '../market/scenario-index';
import { createInitialState } from '../initial-state';
import { resolveRound } from '../resolve-round';
import type { ListingReport, ModuleDecisions, ModuleName } from '../types';
import { adaptBid, adaptPrice, fitToCash, lateRate, reorderUnits } from './adaptive-bot';
import { botDecisions } from './bot-decisions';
import { BOT_STRATEGIES } from './bot-input';
import { fasterTier } from './bot-catalog';
import { playBotSeason, seatDecisions, type BotSeat } from './play-season';

const BUNDLED = ['tutorial', 'eu-launch', 'russia-peak', 'rcep-sea'];

function bundled(id: string): Scenario {
  const r = loadScenarioFile(join(packageRoot(), 'scenarios', `${id}.yaml`));
  if (!r.ok) throw new Error(`${id}: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.scenario;
}

const seats: BotSeat[] = BOT_STRATEGIES.flatMap((strategy, i) => [
  { teamId: `T0${2 * i + 1}`, strategy },
  { teamId: `T0${2 * i + 2}`, strategy },
]);

describe('bot strategies', () => {
  it.each(BUNDLED)(
    '%s: every bot decision of every round passes checkDecision, for the modules of the round only',
    (id) => {
      const scenario = bundled(id);
      let state = createInitialState(
        scenario,
        seats.map((s) => s.teamId),
      );
      let last;
      for (let round = 1; round <= scenario.rounds.count; round += 1) {
        const decisions = seatDecisions(scenario, 7, state, seats, last);
        for (const seat of seats) {
          const d = decisions[seat.teamId] as Record<ModuleName, unknown>;
          expect(Object.keys(d).sort()).toEqual(MODULE_ORDER.filter((m) => moduleEnabled(scenario, round, m)).sort());
          for (const m of Object.keys(d) as ModuleName[]) {
            const check = checkDecision(scenario, m, d[m], round);
            expect({ id, round, seat: seat.strategy, m, errors: check.ok ? [] : check.errors }).toEqual({
              id,
              round,
              seat: seat.strategy,
              m,
              errors: [],
            });
          }
        }
        const next = resolveRound({ scenario, seed: 7, state, decisions });
        expect(next.outcome.teams.every((t) => t.absentModules.length === 0)).toBe(true);
        state = next.state;
        last = next.outcome;
      }
    },
  );

  it('is deterministic: same inputs, same decisions; another seed, other RANDOM decisions', () => {
    const scenario = bundled('eu-launch');
    const state = createInitialState(scenario, ['T01']);
    for (const strategy of BOT_STRATEGIES) {
      const a = botDecisions(strategy, scenario, state, 'T01', 1, undefined, 42);
      const b = botDecisions(strategy, scenario, JSON.parse(JSON.stringify(state)), 'T01', 1, undefined, 42);
      expect(canonicalJson(a)).toBe(canonicalJson(b));
    }
    const r1: ModuleDecisions = botDecisions('RANDOM', scenario, state, 'T01', 1, undefined, 42);
    const r2: ModuleDecisions = botDecisions('RANDOM', scenario, state, 'T01', 1, undefined, 43);
    expect(canonicalJson(r1)).not.toBe(canonicalJson(r2));
  });

  it('a whole bot season gives the same outcomes twice', () => {
    const scenario = bundled('tutorial');
    const a = playBotSeason(scenario, 3, seats);
    const b = playBotSeason(scenario, 3, seats);
    expect(canonicalJson(a.outcomes)).toBe(canonicalJson(b.outcomes));
  });
});

const product = { id: 'p', unitCostCents: 100, referencePriceCents: 1000 } as Parameters<typeof adaptPrice>[0];
const report = (over: Partial<ListingReport>): ListingReport => ({
  product: 'p',
  market: 'M',
  priceCents: 800,
  impressions: 0,
  clicks: 0,
  orders: 10,
  expectedOrders: 10,
  affiliateOrders: 0,
  lostToStockout: 0,
  revenueCents: 8000,
  commissionCents: 400,
  affiliateCents: 0,
  adSpendCents: 0,
  logisticsCents: 1000,
  refundsCents: 0,
  quality: 1,
  rating: 5,
  deliveryDays: 12,
  flags: [],
  keywords: [],
  ...over,
});

describe('ADAPTIVE rules', () => {
  it.each([
    ['stocked out: raise', report({ lostToStockout: 5 }), 864],
    ['sold nothing with stock: lower', report({ orders: 0 }), 744],
    ['sold nothing, no stock: keep', report({ orders: 0, flags: ['OUT_OF_STOCK'] }), 800],
    ['sold some: keep', report({}), 800],
  ])('price: %s', (_label, r, want) => expect(adaptPrice(product, 800, r)).toBe(want));

  it('price stays between cost × 1.25 and reference × 2', () => {
    expect(adaptPrice(product, 120, report({ orders: 0 }))).toBe(125);
    expect(adaptPrice(product, 2000, report({ lostToStockout: 1 }))).toBe(2000);
  });

  it.each([
    // demand, lead, position, min -> units
    [10, 1, 0, 5, 35],
    [10, 1, 25, 5, 0],
    [0, 2, 0, 30, 0],
    [1, 0, 0, 30, 30],
  ])('reorder: demand %i lead %i position %i min %i -> %i', (d, l, pos, min, want) =>
    expect(reorderUnits(d, l, pos, min)).toBe(want),
  );

  it('fits purchases to the cash budget, dropping orders below their minimum', () => {
    const orders = [
      { product: 'a', units: 100 },
      { product: 'b', units: 10 },
    ];
    expect(
      fitToCash(
        orders,
        () => 10,
        () => 5,
        10_000,
      ),
    ).toEqual(orders);
    expect(
      fitToCash(
        orders,
        () => 10,
        () => 5,
        550,
      ),
    ).toEqual([
      { product: 'a', units: 50 },
      { product: 'b', units: 5 },
    ]);
    expect(
      fitToCash(
        orders,
        () => 10,
        (p) => (p === 'b' ? 8 : 5),
        550,
      ),
    ).toEqual([{ product: 'a', units: 50 }]);
  });

  it('bids: cut above break-even ACoS, raise while ACoS is under half of it, else keep; within the floor', () => {
    expect(adaptBid(100, 10, report({ adSpendCents: 7000 }), 100)).toBe(80);
    expect(adaptBid(100, 10, report({ adSpendCents: 100 }), 100)).toBe(115);
    expect(adaptBid(10, 10, report({ adSpendCents: 7000 }), 100)).toBe(10);
    expect(adaptBid(100, 10, undefined, 100)).toBe(100);
  });

  it('carriers: late rate per market, and the next faster tier', () => {
    const lanes = [
      {
        market: 'M',
        service: 's',
        tier: 'ECONOMY',
        parcels: 12,
        averageDeliveryDays: 30,
        late: 2,
        lost: 2,
        damaged: 0,
        disputes: 0,
        costCents: 0,
      },
    ];
    expect(lateRate(lanes, 'M')).toBeCloseTo(0.2);
    expect(lateRate(lanes, 'X')).toBe(0);
    expect([fasterTier('ECONOMY'), fasterTier('STANDARD'), fasterTier('PREMIUM')]).toEqual([
      'STANDARD',
      'PREMIUM',
      'PREMIUM',
    ]);
  });
});
