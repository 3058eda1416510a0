/**
 * Price in the market (engine 2): own-price elasticity in a sane range,
 * and price-anomaly control that judges each product by its own prices and
 * makes dumping cost more than it gains.
 */
import type { Scenario } from '../../src/scenario/scenario.schema';
import { bundled, listingProfit, mean, play, SEEDS, store, sum, teamOf } from './store';

const expectedOrders = (s: Scenario, decisions: Parameters<typeof play>[1], id: string, seed = 5) =>
  sum(teamOf(play(s, decisions, seed)[0], id).listings.map((l) => l.expectedOrders));

/** Arc elasticity of expected orders between 0.95 and 1.05 × the reference price. */
function arcElasticity(s: Scenario, market: string, product: string, twin: boolean): number {
  const at = (mult: number) =>
    expectedOrders(
      s,
      {
        A: store(s, { market, products: [product], priceMult: mult }),
        ...(twin ? { B: store(s, { market, products: [product] }) } : {}),
      },
      'A',
    );
  const q1 = at(0.95);
  const q2 = at(1.05);
  return (q2 - q1) / ((q1 + q2) / 2) / (0.1 / 1);
}

const CASES: [string, string, string][] = [
  ['eu-launch', 'ES', 'hos-cotton-crew-5'],
  ['eu-launch', 'PL', 'pho-tpu-case'],
  ['eu-launch', 'FR', 'app-leggings'],
  ['russia-peak', 'RU', 'hos-merino-hiking'],
  ['rcep-sea', 'MY', 'pho-tpu-case'],
];

describe('own-price elasticity', () => {
  it.each(CASES)('%s %s %s: between −3.5 and −1.2 alone, not beyond −7 beside a twin', (id, market, product) => {
    const s = bundled(id);
    const alone = arcElasticity(s, market, product, false);
    const besideTwin = arcElasticity(s, market, product, true);
    expect(alone).toBeLessThan(-1.2);
    expect(alone).toBeGreaterThan(-3.5);
    expect(besideTwin).toBeLessThan(alone);
    expect(besideTwin).toBeGreaterThan(-7);
  });
});

describe('price-anomaly control', () => {
  it.each(['eu-launch', 'russia-peak', 'rcep-sea', 'tutorial'])(
    '%s: no listing at its own reference price is ever flagged, whatever else is listed',
    (id) => {
      const s = bundled(id);
      for (const market of s.markets) {
        const products = s.products
          .filter((p) => s.keywords.some((k) => k.market === market.code && (k.relevance[p.id] ?? 0) > 0))
          .map((p) => p.id)
          .slice(0, s.policies.maxListings);
        const out = play(
          s,
          {
            A: store(s, { market: market.code, products }),
            B: store(s, { market: market.code, products, priceMult: 1.6 }),
          },
          3,
        )[0];
        const flagged = teamOf(out, 'A').listings.filter((l) => l.flags.includes('DUMPING'));
        expect(flagged.map((l) => `${l.product}@${l.market}`)).toEqual([]);
      }
    },
  );

  it('a dumped listing is flagged, explained, and earns less than the same listing at a normal price', () => {
    const s = bundled('eu-launch');
    const product = 'hos-cotton-crew-5';
    const p = s.products.find((x) => x.id === product);
    const dumpMult = 0.4;
    expect(dumpMult * (p?.referencePriceCents ?? 0)).toBeGreaterThan(p?.unitCostCents ?? Infinity);
    const rivals = {
      B: store(s, { market: 'ES', products: [product] }),
      C: store(s, { market: 'ES', products: [product] }),
    };
    const profitAt = (mult: number) =>
      mean(
        SEEDS.map((seed) =>
          listingProfit(
            s,
            teamOf(
              play(s, { A: store(s, { market: 'ES', products: [product], priceMult: mult }), ...rivals }, seed)[0],
              'A',
            ),
            product,
          ),
        ),
      );
    const dumped = teamOf(
      play(s, { A: store(s, { market: 'ES', products: [product], priceMult: dumpMult }), ...rivals }, 1)[0],
      'A',
    );
    const listing = dumped.listings[0];
    expect(listing.flags).toContain('DUMPING');
    expect(listing.priceCheck).toMatchObject({ flagged: true, threshold: 3.5, exposure: s.model.risk.dumpingExposure });
    expect(listing.priceCheck?.z).toBeLessThan(-3.5);
    expect(listing.priceCheck?.medianCents).toBe(p?.referencePriceCents);
    expect(profitAt(dumpMult)).toBeLessThan(profitAt(1));
    expect(profitAt(dumpMult)).toBeLessThan(profitAt(0.9));
  });
});
