/**
 * The market's fairness properties (engine 2): a fixed pie, equal chances
 * for equal decisions, and every team's luck from its own streams.
 */
import { canonicalJson } from '../../src/engine';
import { bundled, mean, play, SEEDS, store, sum, teamOf } from './store';

const s = bundled('eu-launch');
const SOCKS = ['hos-cotton-crew-5', 'hos-ankle-sport-6'];
const ordersExpected = (t: ReturnType<typeof teamOf>) => sum(t.listings.map((l) => l.expectedOrders));

describe('a fixed pie', () => {
  it('shoppers per market do not depend on who lists where', () => {
    for (const seed of SEEDS.slice(0, 4)) {
      const quiet = play(s, { A: store(s, { market: 'ES', products: SOCKS }), B: {}, C: {} }, seed)[0];
      const busy = play(
        s,
        {
          A: store(s, { market: 'ES', products: SOCKS }),
          B: store(s, { market: 'ES', products: ['app-basic-tee'] }),
          C: store(s, { market: 'PL', products: SOCKS }),
        },
        seed,
      )[0];
      expect(busy.outcome.markets.map((m) => m.shoppers)).toEqual(quiet.outcome.markets.map((m) => m.shoppers));
    }
  });

  it('a team entering a category takes share from the incumbents', () => {
    const incumbents = {
      A: store(s, { market: 'ES', products: SOCKS }),
      B: store(s, { market: 'ES', products: SOCKS }),
    };
    const before = play(s, { ...incumbents, C: {} }, 7)[0];
    const after = play(s, { ...incumbents, C: store(s, { market: 'ES', products: SOCKS }) }, 7)[0];
    for (const id of ['A', 'B'])
      expect(ordersExpected(teamOf(after, id))).toBeLessThan(ordersExpected(teamOf(before, id)));
    expect(after.outcome.markets.find((m) => m.market === 'ES')?.shoppers).toBe(
      before.outcome.markets.find((m) => m.market === 'ES')?.shoppers,
    );
  });

  it("a team's whole round is unchanged when another team enters another category", () => {
    for (const seed of SEEDS.slice(0, 4)) {
      const a = store(s, { market: 'ES', products: SOCKS, bidMult: 2 });
      const without = play(s, { A: a, B: {} }, seed, 2);
      const withRival = play(
        s,
        { A: a, B: store(s, { market: 'ES', products: ['app-basic-tee'], bidMult: 3 }) },
        seed,
        2,
      );
      for (let r = 0; r < 2; r += 1)
        expect(canonicalJson(teamOf(withRival[r], 'A'))).toBe(canonicalJson(teamOf(without[r], 'A')));
    }
  });
});

describe('equal decisions, equal chances', () => {
  const MANY_SEEDS = Array.from({ length: 30 }, (_, i) => 1000 + i);
  const twins = (n: number) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [`T${i + 1}`, store(s, { market: 'ES', products: SOCKS, bidMult: 2 })]),
    );

  it('identical listings get identical expected orders, positions and ad slots', () => {
    const out = play(s, twins(4), 11)[0];
    const first = teamOf(out, 'T1');
    for (const id of ['T2', 'T3', 'T4']) {
      const t = teamOf(out, id);
      const placements = (x: typeof t) =>
        x.listings.map((l) => [l.expectedOrders, l.keywords.map((k) => [k.keyword, k.position, k.impressions])]);
      expect(placements(t)).toEqual(placements(first));
      expect(t.auctions.map((a) => a.averagePosition)).toEqual(first.auctions.map((a) => a.averagePosition));
    }
  });

  it('no twin keeps the top slot for a whole round: realised orders are close on average', () => {
    const totals = ['T1', 'T2', 'T3', 'T4'].map((id) =>
      mean(MANY_SEEDS.map((seed) => sum(teamOf(play(s, twins(4), seed)[0], id).listings.map((l) => l.orders)))),
    );
    const avg = mean(totals);
    for (const t of totals) expect(Math.abs(t - avg) / avg).toBeLessThan(0.15);
  });
});

describe("each team's own streams", () => {
  it("a rival's volume never moves my parcels' luck", () => {
    // The rival ('A', drawn first in canonical order) sells apparel in my market: its volume changes, my orders do not.
    const mine = store(s, { market: 'PL', products: SOCKS });
    const apparel = ['app-basic-tee', 'app-leggings'];
    for (const seed of SEEDS.slice(0, 4)) {
      const small = play(s, { A: store(s, { market: 'PL', products: apparel, priceMult: 1.3 }), Z: mine }, seed)[0];
      const large = play(
        s,
        { A: store(s, { market: 'PL', products: apparel, priceMult: 0.8, bidMult: 3 }), Z: mine },
        seed,
      )[0];
      expect(sum(teamOf(large, 'A').listings.map((l) => l.orders))).toBeGreaterThan(
        sum(teamOf(small, 'A').listings.map((l) => l.orders)),
      );
      expect(canonicalJson(teamOf(large, 'Z'))).toBe(canonicalJson(teamOf(small, 'Z')));
    }
  });
});
