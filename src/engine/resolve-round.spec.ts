import fc from 'fast-check';
import { canonicalJson, createInitialState, resolveRound } from './index';
import { fixtureScenario } from './testing/fixture-scenario';
import { botDecisions, buildBigGame, teamIdsFor } from './testing/big-game';
import type { ModuleDecisions, ResolveOutput, TeamRoundResult } from './types';
import type { Scenario } from '../scenario/scenario.schema';

const scenario = fixtureScenario();

function play(
  s: Scenario,
  decisions: Record<string, ModuleDecisions>,
  seed: number,
  rounds = 1,
  ids = Object.keys(decisions),
): ResolveOutput[] {
  let state = createInitialState(s, ids);
  const outs: ResolveOutput[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const out = resolveRound({ scenario: s, seed, state, decisions });
    outs.push(out);
    state = out.state;
  }
  return outs;
}

const team = (out: ResolveOutput, id: string): TeamRoundResult => {
  const t = out.outcome.teams.find((x) => x.teamId === id);
  if (!t) throw new Error(`no team ${id}`);
  return t;
};
const orders = (t: TeamRoundResult) => t.listings.reduce((a, l) => a + l.orders, 0);
const SEEDS = [1, 2, 3, 4, 5, 6];

/** A 4-team game; team-0001 gets `tweak` applied. */
function game(tweak: (d: ModuleDecisions) => ModuleDecisions): Record<string, ModuleDecisions> {
  const ids = teamIdsFor(4);
  const out: Record<string, ModuleDecisions> = {};
  ids.forEach((id, i) => (out[id] = botDecisions(scenario, i)));
  out[ids[0]] = tweak(structuredClone(out[ids[0]]));
  return out;
}

describe('resolveRound: determinism', () => {
  const base = buildBigGame(scenario, 6);

  it('same inputs give a byte-identical outcome', () => {
    const a = resolveRound({ scenario, seed: 9, state: base.state, decisions: base.decisions });
    const b = resolveRound({
      scenario: fixtureScenario(),
      seed: 9,
      state: structuredClone(base.state),
      decisions: structuredClone(base.decisions),
    });
    expect(canonicalJson(a.outcome)).toBe(canonicalJson(b.outcome));
    expect(canonicalJson(a.state)).toBe(canonicalJson(b.state));
    const c = resolveRound({ scenario, seed: 10, state: base.state, decisions: base.decisions });
    expect(canonicalJson(c.outcome)).not.toBe(canonicalJson(a.outcome));
  });

  it('permuting teams in the state and keys of decisions changes nothing', () => {
    const expected = canonicalJson(resolveRound({ scenario, seed: 5, state: base.state, decisions: base.decisions }));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(base.state.teams, { minLength: base.state.teams.length }),
        fc.shuffledSubarray(Object.keys(base.decisions), { minLength: 6 }),
        (teams, keys) => {
          const decisions: Record<string, ModuleDecisions> = {};
          for (const k of keys) decisions[k] = base.decisions[k];
          const out = resolveRound({ scenario, seed: 5, state: { round: 0, teams }, decisions });
          expect(canonicalJson(out)).toBe(expected);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('a team entering market ES changes nothing in market PL', () => {
    const onlyIn = (d: ModuleDecisions, market: string): ModuleDecisions => ({
      ...d,
      OPERATIONS: d.OPERATIONS && { ...d.OPERATIONS, prices: d.OPERATIONS.prices.filter((p) => p.market === market) },
      SELECTION: d.SELECTION && { ...d.SELECTION, listings: d.SELECTION.listings.filter((l) => l.market === market) },
      ADS: d.ADS && { ...d.ADS, bids: d.ADS.bids.filter((b) => b.keyword.startsWith(market.toLowerCase())) },
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 5 }), (seed, n) => {
        const decisions: Record<string, ModuleDecisions> = {};
        teamIdsFor(n).forEach((id, i) => (decisions[id] = onlyIn(botDecisions(scenario, i * 3 + 1), 'PL')));
        // the class is the same in both games: 'zz-new' lists nothing in the first
        const without = play(scenario, { ...decisions, 'zz-new': {} }, seed)[0];
        const withNew = play(scenario, { ...decisions, 'zz-new': onlyIn(botDecisions(scenario, 2), 'ES') }, seed)[0];
        const pl = (o: ResolveOutput) =>
          canonicalJson({
            m: o.outcome.markets.find((m) => m.market === 'PL'),
            t: o.outcome.teams.filter((t) => t.teamId !== 'zz-new'),
          });
        expect(pl(withNew)).toBe(pl(without));
      }),
      { numRuns: 10 },
    );
  });
});

describe('resolveRound: conservation and policies', () => {
  it('cash end = cash start + Σ ledger, to the cent, every team and round', () => {
    const { decisions } = buildBigGame(scenario, 8);
    for (const out of play(scenario, decisions, 11, 4)) {
      for (const t of out.outcome.teams) {
        const sum = t.ledger.reduce((a, e) => a + e.amountCents, 0);
        expect(t.ledger.every((e) => Number.isInteger(e.amountCents))).toBe(true);
        expect(t.cashEndCents).toBe(t.cashStartCents + sum);
        const credits = t.ledger.filter((e) => e.amountCents > 0).reduce((a, e) => a + e.amountCents, 0);
        const debits = t.ledger.filter((e) => e.amountCents < 0).reduce((a, e) => a - e.amountCents, 0);
        expect(t.cashEndCents).toBe(t.cashStartCents + credits - debits);
        const next = out.state.teams.find((s) => s.teamId === t.teamId);
        expect(next?.cashCents).toBe(t.cashEndCents);
      }
    }
  });

  it('absent teams carry their decisions forward (minus purchases) and are flagged', () => {
    const ids = teamIdsFor(2);
    const d = { [ids[0]]: botDecisions(scenario, 0), [ids[1]]: botDecisions(scenario, 1) };
    const r1 = resolveRound({ scenario, seed: 1, state: createInitialState(scenario, ids), decisions: d });
    const r2 = resolveRound({ scenario, seed: 1, state: r1.state, decisions: { [ids[0]]: d[ids[0]] } });
    const absent = team(r2, ids[1]);
    expect(absent.absentModules).toEqual(['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT']);
    expect(absent.listings.length).toBe(d[ids[1]].SELECTION?.listings.length);
    expect(absent.ledger.find((e) => e.kind === 'PURCHASES')).toBeUndefined();
    const nothing = { ...scenario, policies: { ...scenario.policies, absentTeam: 'NOTHING' as const } };
    const r2n = resolveRound({ scenario: nothing, seed: 1, state: r1.state, decisions: { [ids[0]]: d[ids[0]] } });
    expect(team(r2n, ids[1]).listings).toEqual([]);
  });

  it('an invalid payload counts as absent and never throws', () => {
    const ids = teamIdsFor(1);
    const out = resolveRound({
      scenario,
      seed: 1,
      state: createInitialState(scenario, ids),
      decisions: { [ids[0]]: { ADS: { nonsense: true } as unknown as ModuleDecisions['ADS'] } },
    });
    expect(team(out, ids[0]).absentModules).toEqual(['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT']);
  });

  it('modules not played are scored disabled and the total is renormalised', () => {
    const s = fixtureScenario();
    s.rounds.schedule[0].modules = ['SELECTION'];
    s.scoring.lossAversion = 0;
    const { decisions } = buildBigGame(s, 3);
    const out = play(s, decisions, 3)[0];
    for (const t of out.outcome.teams) {
      expect(t.scores.filter((m) => m.enabled).map((m) => m.module)).toEqual(['SELECTION']);
      expect(t.total).toBeCloseTo(t.scores[1].score, 2);
      expect(t.lossFactor).toBe(1);
      expect(t.absentModules).toEqual([]);
    }
  });

  it('awards badges to the top teams after the badge round', () => {
    const { decisions } = buildBigGame(scenario, 5);
    const outs = play(scenario, decisions, 4, 3);
    expect(outs[1].outcome.teams.every((t) => t.badges.length === 0)).toBe(true);
    expect(outs[2].outcome.teams.filter((t) => t.badges.includes('finalist')).length).toBe(3);
  });
});

describe('resolveRound: economics (other things equal)', () => {
  const sumOver = (tweak: (d: ModuleDecisions) => ModuleDecisions, f: (t: TeamRoundResult) => number) =>
    SEEDS.reduce((a, seed) => a + f(team(play(scenario, game(tweak), seed)[0], 'team-0001')), 0);

  it('a higher price sells fewer units', () => {
    const price = (mult: number) => (d: ModuleDecisions) => {
      d.OPERATIONS?.prices.forEach(
        (p) =>
          (p.priceCents = Math.round(
            (scenario.products.find((x) => x.id === p.product)?.referencePriceCents ?? 0) * mult,
          )),
      );
      return d;
    };
    expect(sumOver(price(1.5), orders)).toBeLessThan(sumOver(price(0.9), orders));
  });

  it('a higher bid never ranks lower', () => {
    const bid = (mult: number) => (d: ModuleDecisions) => {
      d.ADS?.bids.forEach((b) => (b.bidCents *= mult));
      if (d.ADS) d.ADS.dailyBudgetCents = 100000;
      return d;
    };
    const low = team(play(scenario, game(bid(1)), 1)[0], 'team-0001');
    const high = team(play(scenario, game(bid(3)), 1)[0], 'team-0001');
    expect(low.auctions.length).toBeGreaterThan(0);
    expect(high.auctions.some((a) => a.averagePosition > 0)).toBe(true);
    low.auctions.forEach((a, i) => {
      expect(high.auctions[i].keyword).toBe(a.keyword);
      expect(high.auctions[i].adRank).toBeGreaterThanOrEqual(a.adRank);
      expect(high.auctions[i].impressions).toBeGreaterThanOrEqual(a.impressions);
      if (a.averagePosition > 0) expect(high.auctions[i].averagePosition).toBeLessThanOrEqual(a.averagePosition);
    });
  });

  it('a better listing ranks no lower (more impressions, quality up)', () => {
    const listing = (images: number, lang: boolean) => (d: ModuleDecisions) => {
      d.SELECTION?.listings.forEach((l) => {
        l.images = images;
        if (!lang) l.language = 'en';
      });
      return d;
    };
    const poor = team(play(scenario, game(listing(1, false)), 1)[0], 'team-0001');
    const good = team(play(scenario, game(listing(8, true)), 1)[0], 'team-0001');
    poor.listings.forEach((l, i) => {
      expect(good.listings[i].quality).toBeGreaterThan(l.quality);
      expect(good.listings[i].impressions).toBeGreaterThanOrEqual(l.impressions);
    });
  });

  it('a faster carrier delivers sooner with no more late deliveries', () => {
    const tier = (t: string) => (d: ModuleDecisions) => {
      if (d.FULFILLMENT)
        d.FULFILLMENT.services = scenario.markets.map((m) => ({ market: m.code, service: `${m.code}-${t}` }));
      return d;
    };
    const late = (t: TeamRoundResult) =>
      t.lanes.reduce((a, l) => a + l.late, 0) /
      Math.max(
        1,
        t.lanes.reduce((a, l) => a + l.parcels - l.lost, 0),
      );
    const eco = SEEDS.map((seed) => team(play(scenario, game(tier('eco')), seed)[0], 'team-0001'));
    const prm = SEEDS.map((seed) => team(play(scenario, game(tier('prm')), seed)[0], 'team-0001'));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(prm.map((t) => t.kpis.FULFILLMENT.averageDeliveryDays))).toBeLessThan(
      mean(eco.map((t) => t.kpis.FULFILLMENT.averageDeliveryDays)),
    );
    expect(mean(prm.map(late))).toBeLessThanOrEqual(mean(eco.map(late)) + 0.02);
  });

  it('dumping gets flagged and throttled', () => {
    const dump = (d: ModuleDecisions) => {
      d.OPERATIONS?.prices.forEach((p) => {
        if (p.market === 'RU') p.priceCents = 100;
      });
      return d;
    };
    const t = team(play(scenario, game(dump), 1)[0], 'team-0001');
    const ru = t.listings.filter((l) => l.market === 'RU');
    expect(ru.length).toBeGreaterThan(0);
    expect(ru.every((l) => l.flags.includes('DUMPING'))).toBe(true);
    expect(t.kpis.OPERATIONS.priceFlags).toBe(ru.length);
  });

  it('no stock, no sales', () => {
    const noStock = (d: ModuleDecisions) => {
      if (d.OPERATIONS) d.OPERATIONS.purchases = [];
      return d;
    };
    const t = team(play(scenario, game(noStock), 1)[0], 'team-0001');
    expect(orders(t)).toBe(0);
    expect(t.ledger.find((e) => e.kind === 'REVENUE')).toBeUndefined();
    expect(t.listings.every((l) => l.flags.includes('OUT_OF_STOCK'))).toBe(true);
  });

  it('more budget never gives fewer ad clicks', () => {
    const budget = (cents: number) => (d: ModuleDecisions) => {
      if (d.ADS) d.ADS.dailyBudgetCents = cents;
      return d;
    };
    const clicks = (t: TeamRoundResult) => t.auctions.reduce((a, x) => a + x.clicks, 0);
    expect(sumOver(budget(2000), clicks)).toBeGreaterThanOrEqual(sumOver(budget(200), clicks));
  });
});
