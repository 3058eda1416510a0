import { gqlOk } from './test-server';

export interface ScenarioView {
  roundCount: number;
  markets: { code: string; language: string }[];
  products: {
    id: string;
    category: string;
    unitCostCents: number;
    referencePriceCents: number;
    attributes: number;
    minOrderUnits: number;
  }[];
  keywords: { id: string; market: string; category: string; floorCpcCents: number }[];
  logistics: { id: string; market: string; tier: string }[];
  categories: { id: string; affiliateMinBps: number; affiliateMaxBps: number }[];
  rounds: { number: number; modules: string[] }[];
}

export const SCENARIO_VIEW = `query S($id: String!) { scenario(id: $id) {
  roundCount markets { code language } rounds { number modules }
  products { id category unitCostCents referencePriceCents attributes minOrderUnits }
  keywords { id market category floorCpcCents } logistics { id market tier }
  categories { id affiliateMinBps affiliateMaxBps } } }`;

export async function scenarioView(url: string, token: string, id: string): Promise<ScenarioView> {
  return (await gqlOk<{ scenario: ScenarioView }>(url, SCENARIO_VIEW, { id }, token)).scenario;
}

/**
 * A plausible full set of decisions for team number `k` (0-based): teams differ
 * in price level, products, bids and carriers so the market has something to resolve.
 */
export function decisionsFor(
  s: ScenarioView,
  k: number,
  modules = ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'],
): Record<string, unknown> {
  const products = s.products.filter((_, i) => (i + k) % 3 !== 0).slice(0, 6);
  const listings = s.markets.flatMap((m) =>
    products.map((p) => {
      const kws = s.keywords.filter((kw) => kw.market === m.code && kw.category === p.category).slice(0, 2 + (k % 3));
      return {
        product: p.id,
        market: m.code,
        titleKeywords: kws.map((kw) => kw.id),
        language: k % 2 === 0 ? m.language : 'en',
        images: 5 + (k % 4),
        attributesFilled: Math.max(1, p.attributes - (k % 3)),
      };
    }),
  );
  const priceFactor = 0.85 + 0.1 * (k % 4);
  const out: Record<string, unknown> = {};
  if (modules.includes('SELECTION')) out.selection = { storefront: k % 2 === 0 ? 'DECORATED' : 'BASIC', listings };
  if (modules.includes('OPERATIONS')) {
    out.operations = {
      serviceLevel: ['BASIC', 'STANDARD', 'PREMIUM'][k % 3],
      prices: listings.map((l) => {
        const p = s.products.find((x) => x.id === l.product)!;
        return {
          product: p.id,
          market: l.market,
          priceCents: Math.max(p.unitCostCents + 1, Math.round(p.referencePriceCents * priceFactor)),
          discountBps: (k % 3) * 500,
        };
      }),
      purchases: products.map((p) => ({ product: p.id, units: Math.max(p.minOrderUnits, 150 + 50 * k) })),
    };
  }
  if (modules.includes('ADS')) {
    out.ads = {
      dailyBudgetCents: 500 + 300 * k,
      pacing: k % 2 === 0 ? 'EVEN' : 'ASAP',
      bids: listings.flatMap((l) =>
        l.titleKeywords.slice(0, 1).map((kw) => ({
          keyword: kw,
          product: l.product,
          bidCents: s.keywords.find((x) => x.id === kw)!.floorCpcCents + 5 * (k + 1),
        })),
      ),
      affiliate: [...new Set(products.map((p) => p.category))]
        .map((c) => {
          const cat = s.categories.find((x) => x.id === c)!;
          return {
            category: c,
            commissionBps: cat.affiliateMinBps + ((cat.affiliateMaxBps - cat.affiliateMinBps) * (k % 3)) / 2,
          };
        })
        .map((a) => ({ ...a, commissionBps: Math.round(a.commissionBps) })),
    };
  }
  if (modules.includes('FULFILLMENT')) {
    const tiers = ['STANDARD', 'ECONOMY', 'PREMIUM'];
    out.fulfillment = {
      handlingDays: 1 + (k % 3),
      packaging: ['STANDARD', 'COMPACT', 'PROTECTIVE'][k % 3],
      transfers: [],
      services: s.markets.map((m) => {
        const lanes = s.logistics.filter((l) => l.market === m.code && l.tier !== 'WAREHOUSE');
        const lane = lanes.find((l) => l.tier === tiers[k % 3]) ?? lanes[0];
        return { market: m.code, service: lane.id };
      }),
    };
  }
  return out;
}
