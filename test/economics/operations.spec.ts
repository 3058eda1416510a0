/**
 * Fulfilment, ads and money in the market (engine 2).
 */
import { lateProbability, meanDeliveryDays, promisedDays } from '../../src/engine/fulfillment/delivery';
import { utility } from '../../src/engine/market/choice';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { bundled, listingProfit, mean, play, SEEDS, store, sum, teamOf } from './store';

const SCENARIOS = ['tutorial', 'eu-launch', 'russia-peak', 'rcep-sea'];
const SOCKS = ['hos-cotton-crew-5', 'hos-ankle-sport-6'];

const lane = (s: Scenario, market: string, tier: string) =>
  s.logistics.find((l) => l.market === market && l.tier === tier);

describe('fulfilment that rewards good operations', () => {
  it.each(SCENARIOS)('%s: premium is never later than standard, and the warehouse is the fastest tier', (id) => {
    const s = bundled(id);
    const f = s.model.fulfillment;
    for (const m of s.markets) {
      const premium = lane(s, m.code, 'PREMIUM');
      const standard = lane(s, m.code, 'STANDARD');
      const warehouse = lane(s, m.code, 'WAREHOUSE');
      if (premium && standard) {
        expect(promisedDays(f, premium.deliveryDays)).toBeLessThanOrEqual(promisedDays(f, standard.deliveryDays));
        expect(meanDeliveryDays(2, premium.deliveryDays)).toBeLessThanOrEqual(
          meanDeliveryDays(2, standard.deliveryDays),
        );
        expect(lateProbability(f, 2, premium.deliveryDays)).toBeLessThanOrEqual(
          lateProbability(f, 2, standard.deliveryDays) + 1e-12,
        );
      }
      if (warehouse) {
        const days = meanDeliveryDays(f.warehouseHandlingDays, warehouse.deliveryDays);
        expect(days).toBeGreaterThanOrEqual(2);
        expect(days).toBeLessThanOrEqual(7);
        for (const other of s.logistics.filter((l) => l.market === m.code && l.tier !== 'WAREHOUSE'))
          expect(days).toBeLessThan(meanDeliveryDays(1, other.deliveryDays));
      }
    }
  });

  it.each(['STANDARD', 'PREMIUM', 'WAREHOUSE'] as const)(
    'a good seller (handling ≤ 2 days) is on time for ≥ 95 %% of parcels on %s; slow handling makes it late',
    (tier) => {
      const s = bundled('eu-launch');
      const onTime = (handlingDays: number) => {
        let delivered = 0;
        let late = 0;
        for (const seed of SEEDS) {
          const decisions = store(s, { market: 'ES', products: SOCKS, tier, handlingDays, transfers: 200, units: 600 });
          // (a good seller hands over within a day; the promise allows two)
          for (const round of play(s, { A: decisions, B: store(s, { market: 'ES', products: SOCKS }) }, seed, 3))
            for (const l of teamOf(round, 'A').lanes.filter((x) => x.tier === tier)) {
              delivered += l.parcels - l.lost;
              late += l.late;
            }
        }
        expect(delivered).toBeGreaterThan(100);
        return 1 - late / delivered;
      };
      expect(onTime(1)).toBeGreaterThanOrEqual(0.95);
      if (tier !== 'WAREHOUSE') expect(onTime(6)).toBeLessThan(onTime(1));
    },
  );

  it('one day faster is worth about a 3 % discount to a shopper', () => {
    for (const id of SCENARIOS) {
      const s = bundled(id);
      const base = {
        priceCents: 1000,
        referencePriceCents: 1000,
        rating: 4.5,
        reviews: 10,
        deliveryDays: 6,
        quality: 0.8,
        localised: true,
        promo: false,
        ratingCenter: 4.5,
      };
      const v = (x: Partial<typeof base>) => utility(s.model.choice, 1, { ...base, ...x });
      const dayValue = v({ deliveryDays: 5 }) - v({});
      const discountValue = v({ priceCents: 970 }) - v({});
      expect(dayValue / discountValue).toBeGreaterThan(0.6);
      expect(dayValue / discountValue).toBeLessThan(1.5);
    }
  });

  it('a cheap item shipped by premium line earns less than by standard line', () => {
    const s = bundled('eu-launch');
    const cheap = 'hos-ankle-sport-6'; // $11.90
    const profit = (tier: 'STANDARD' | 'PREMIUM') =>
      mean(
        SEEDS.map((seed) =>
          listingProfit(
            s,
            teamOf(
              play(
                s,
                {
                  A: store(s, { market: 'ES', products: [cheap], tier }),
                  B: store(s, { market: 'ES', products: [cheap] }),
                },
                seed,
              )[0],
              'A',
            ),
            cheap,
          ),
        ),
      );
    expect(profit('PREMIUM')).toBeLessThan(profit('STANDARD'));
  });
});

describe('ads that respond', () => {
  const s = bundled('eu-launch');

  it('a higher bid wins a better slot, more ad impressions and more clicks', () => {
    const at = (bidMult: number) => {
      const runs = SEEDS.slice(0, 6).map(
        (seed) =>
          teamOf(play(s, { A: store(s, { market: 'ES', products: SOCKS, bidMult }), B: {} }, seed)[0], 'A').auctions,
      );
      return {
        position: mean(
          runs
            .flat()
            .filter((a) => a.averagePosition > 0)
            .map((a) => a.averagePosition),
        ),
        impressions: sum(runs.flat().map((a) => a.impressions)),
        clicks: sum(runs.flat().map((a) => a.clicks)),
      };
    };
    const low = at(1.2);
    const high = at(6);
    expect(high.position).toBeLessThan(low.position);
    expect(high.impressions).toBeGreaterThan(low.impressions);
    expect(high.clicks).toBeGreaterThan(low.clicks);
  });

  it('peak rounds bring more competitor bidding, so clicks cost more (Black Friday week)', () => {
    const peak = s.rounds.schedule.find((r) => (r.adCompetition ?? 1) > 1);
    expect(peak).toBeDefined();
    const n = peak?.number ?? 0;
    const a = store(s, { market: 'ES', products: SOCKS, bidMult: 8, units: 60, dailyBudgetCents: 1500 });
    const outs = play(s, { A: a, B: {} }, 9, n);
    const cpc = (r: number) => outs[r - 1].outcome.markets.find((m) => m.market === 'ES')?.averageCpcCents ?? 0;
    expect(cpc(n - 1)).toBeGreaterThan(0);
    expect(cpc(n)).toBeGreaterThan(cpc(n - 1));
  });

  it('a bid that cannot run says why', () => {
    const d = store(s, { market: 'ES', products: SOCKS, bidMult: 2 });
    const kw = s.keywords.find((k) => k.market === 'ES' && (k.relevance['hos-cotton-crew-5'] ?? 0) > 0);
    const unrelated = s.keywords.find((k) => k.market === 'ES' && (k.relevance['hos-cotton-crew-5'] ?? 0) === 0);
    if (!kw || !unrelated || !d.ADS) throw new Error('fixture');
    d.ADS.bids = [
      { keyword: kw.id, product: 'hos-cotton-crew-5', bidCents: kw.floorCpcCents - 1 },
      { keyword: unrelated.id, product: 'hos-cotton-crew-5', bidCents: 50 },
      { keyword: kw.id, product: 'hos-merino-hiking', bidCents: 50 },
    ];
    const t = teamOf(play(s, { A: d }, 1)[0], 'A');
    const status = Object.fromEntries(t.auctions.map((a) => [`${a.keyword}/${a.product}`, a.status]));
    expect(status[`${kw.id}/hos-cotton-crew-5`]).toBe('BELOW_FLOOR');
    expect(status[`${unrelated.id}/hos-cotton-crew-5`]).toBe('NOT_RELEVANT');
    expect(status[`${kw.id}/hos-merino-hiking`]).toBe('NO_LISTING');
    const poor = store(s, { market: 'ES', products: ['hos-cotton-crew-5'], bidMult: 2 });
    if (!poor.SELECTION) throw new Error('fixture');
    poor.SELECTION.listings[0] = {
      ...poor.SELECTION.listings[0],
      images: 0,
      attributesFilled: 0,
      titleKeywords: [],
      language: 'zh',
    };
    const weak = teamOf(play(s, { A: poor }, 1)[0], 'A');
    expect(weak.auctions.every((a) => a.status === 'LOW_QUALITY')).toBe(true);
  });
});

describe('money that matters', () => {
  const s = bundled('eu-launch');

  it('purchases and the ad budget are cut to the cash, each cut reported; an overdraft bears interest', () => {
    const d = store(s, { market: 'ES', products: SOCKS, bidMult: 3, dailyBudgetCents: 1_000_000, units: 100_000 });
    const [first] = play(s, { A: d }, 4);
    const t = teamOf(first, 'A');
    const codes = (t.adjustments ?? []).map((a) => a.code);
    expect(codes).toContain('PURCHASE_CUT');
    expect(codes).toContain('ADS_BUDGET_CUT');
    for (const a of t.adjustments ?? []) expect(a.message.length).toBeGreaterThan(10);
    expect(t.cashEndCents).toBe(t.cashStartCents + sum(t.ledger.map((l) => l.amountCents)));
    expect(t.cashEndCents >= 0 || codes.includes('OVERDRAFT')).toBe(true);
  });

  it('a negative balance is flagged and charged interest, never silent', () => {
    const rich = { ...s, policies: { ...s.policies, startingCashCents: 3000 } };
    const d = store(rich, { market: 'ES', products: SOCKS });
    if (!d.OPERATIONS || !d.SELECTION) throw new Error('fixture');
    d.OPERATIONS.serviceLevel = 'PREMIUM';
    d.SELECTION.storefront = 'FLAGSHIP';
    const t = teamOf(play(rich, { A: d }, 4)[0], 'A');
    expect(t.cashEndCents).toBeLessThan(0);
    expect((t.adjustments ?? []).map((a) => a.code)).toContain('OVERDRAFT');
    expect(t.ledger.find((l) => l.kind === 'INTEREST')?.amountCents).toBeLessThan(0);
  });
});
