import { checkDecision } from './check-decision';
import { emptyDecision } from './empty-decision';
import { fixtureScenario } from '../testing/fixture-scenario';
import { botDecisions } from '../testing/big-game';
import type { ModuleName } from '../types';

const scenario = fixtureScenario();
const bot = botDecisions(scenario, 0);

const codes = (module: ModuleName, payload: unknown, round?: number) => {
  const r = checkDecision(scenario, module, payload, round);
  return r.ok ? [] : r.errors.map((e) => `${e.code}@${e.path}`);
};

describe('checkDecision', () => {
  it.each(['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'] as const)(
    'accepts the empty and the bot decision for %s',
    (m) => {
      expect(codes(m, emptyDecision(m, scenario.model.fulfillment.shipWithinDays))).toEqual([]);
      expect(codes(m, bot[m])).toEqual([]);
    },
  );

  const ops = { prices: [], purchases: [], serviceLevel: 'BASIC' };
  const sel = { listings: [], storefront: 'BASIC' };
  const ads = { bids: [], dailyBudgetCents: 0, pacing: 'EVEN', affiliate: [] };
  const ful = { services: [], handlingDays: 2, transfers: [], packaging: 'STANDARD' };
  const listing = {
    product: 'sock-wool',
    market: 'ES',
    titleKeywords: ['es-lana'],
    language: 'es',
    images: 6,
    attributesFilled: 5,
  };

  it.each<[string, ModuleName, unknown, string[]]>([
    ['not an object', 'OPERATIONS', 42, ['INVALID_TYPE@']],
    ['missing field', 'OPERATIONS', { prices: [], purchases: [] }, ['REQUIRED@serviceLevel']],
    ['unknown field', 'ADS', { ...ads, extra: 1 }, ['UNKNOWN_FIELD@extra']],
    ['bad enum', 'FULFILLMENT', { ...ful, packaging: 'GIFT' }, ['INVALID_VALUE@packaging']],
    [
      'non-integer price',
      'OPERATIONS',
      { ...ops, prices: [{ product: 'sock-wool', market: 'ES', priceCents: 9.5, discountBps: 0 }] },
      ['INVALID_TYPE@prices[0].priceCents'],
    ],
    [
      'unknown product and market',
      'OPERATIONS',
      { ...ops, prices: [{ product: 'x', market: 'YY', priceCents: 900, discountBps: 0 }] },
      ['UNKNOWN_PRODUCT@prices[0].product', 'UNKNOWN_MARKET@prices[0].market'],
    ],
    ...(['<b>', "';--", '12', '🧦🧦', 'ES'] as const).map((language): [string, ModuleName, unknown, string[]] => [
      `a listing language ${language} that is no language tag`,
      'SELECTION',
      { ...sel, listings: [{ ...listing, language }] },
      ['INVALID_TYPE@listings[0].language'],
    ]),
    [
      'a listing language the scenario does not know',
      'SELECTION',
      { ...sel, listings: [{ ...listing, language: 'de' }] },
      ['UNKNOWN_LANGUAGE@listings[0].language'],
    ],
    [
      'price cap',
      'OPERATIONS',
      { ...ops, prices: [{ product: 'sock-wool', market: 'ES', priceCents: 899 * 100 + 1, discountBps: 0 }] },
      ['OUT_OF_RANGE@prices[0].priceCents'],
    ],
    [
      'compliance discount',
      'OPERATIONS',
      { ...ops, prices: [{ product: 'sock-wool', market: 'RU', priceCents: 900, discountBps: 6000 }] },
      ['NOT_ALLOWED@prices[0].discountBps'],
    ],
    [
      'duplicate price',
      'OPERATIONS',
      {
        ...ops,
        prices: [
          { product: 'sock-wool', market: 'ES', priceCents: 900, discountBps: 0 },
          { product: 'sock-wool', market: 'ES', priceCents: 800, discountBps: 0 },
        ],
      },
      ['DUPLICATE@prices[1]'],
    ],
    [
      'min order',
      'OPERATIONS',
      { ...ops, purchases: [{ product: 'sock-wool', units: 10 }] },
      ['OUT_OF_RANGE@purchases[0].units'],
    ],
    [
      'keyword of another market',
      'SELECTION',
      { ...sel, listings: [{ ...listing, titleKeywords: ['pl-skarpety'] }] },
      ['UNKNOWN_KEYWORD@listings[0].titleKeywords[0]'],
    ],
    [
      'too many images',
      'SELECTION',
      { ...sel, listings: [{ ...listing, images: 21 }] },
      ['OUT_OF_RANGE@listings[0].images'],
    ],
    [
      'attributes beyond product',
      'SELECTION',
      { ...sel, listings: [{ ...listing, attributesFilled: 11 }] },
      ['OUT_OF_RANGE@listings[0].attributesFilled'],
    ],
    ['duplicate listing', 'SELECTION', { ...sel, listings: [listing, listing] }, ['DUPLICATE@listings[1]']],
    [
      'too many listings',
      'SELECTION',
      {
        ...sel,
        listings: scenario.products
          .flatMap((p) =>
            scenario.markets.map((m) => ({
              ...listing,
              product: p.id,
              market: m.code,
              titleKeywords: [],
              attributesFilled: 0,
            })),
          )
          .concat([])
          .slice(0, 18)
          .concat(
            Array.from({ length: 3 }, (_, i) => ({
              ...listing,
              product: 'nope' + i,
              titleKeywords: [],
              attributesFilled: 0,
            })),
          ),
      },
      [
        'TOO_MANY@listings',
        'UNKNOWN_PRODUCT@listings[18].product',
        'UNKNOWN_PRODUCT@listings[19].product',
        'UNKNOWN_PRODUCT@listings[20].product',
      ],
    ],
    [
      'bid cap and unknown keyword',
      'ADS',
      {
        ...ads,
        bids: [
          { keyword: 'es-lana', product: 'sock-wool', bidCents: 801 },
          { keyword: 'zz', product: 'sock-wool', bidCents: 10 },
        ],
      },
      ['OUT_OF_RANGE@bids[0].bidCents', 'UNKNOWN_KEYWORD@bids[1].keyword'],
    ],
    [
      'affiliate band',
      'ADS',
      {
        ...ads,
        affiliate: [
          { category: 'socks', commissionBps: 2000 },
          { category: 'toys', commissionBps: 500 },
        ],
      },
      ['OUT_OF_RANGE@affiliate[0].commissionBps', 'UNKNOWN_CATEGORY@affiliate[1].category'],
    ],
    ['handling days', 'FULFILLMENT', { ...ful, handlingDays: 8 }, ['OUT_OF_RANGE@handlingDays']],
    [
      'service of another market',
      'FULFILLMENT',
      { ...ful, services: [{ market: 'ES', service: 'PL-std' }] },
      ['UNKNOWN_SERVICE@services[0].service'],
    ],
    [
      'duplicate transfer',
      'FULFILLMENT',
      {
        ...ful,
        transfers: [
          { product: 'sock-wool', market: 'ES', units: 5 },
          { product: 'sock-wool', market: 'ES', units: 5 },
        ],
      },
      ['DUPLICATE@transfers[1]'],
    ],
  ])('%s', (_name, module, payload, expected) => {
    expect(codes(module, payload)).toEqual(expected);
  });

  it('allows more title keywords than the policy (stuffing is flagged by the engine) up to the hard cap', () => {
    const kws = scenario.keywords.filter((k) => k.market === 'ES').map((k) => k.id);
    expect(codes('SELECTION', { ...sel, listings: [{ ...listing, titleKeywords: kws }] })).toEqual([]);
  });

  it('reports MODULE_DISABLED for a module not played in the round', () => {
    const s = fixtureScenario();
    s.rounds.schedule[0].modules = ['SELECTION'];
    const r = checkDecision(s, 'ADS', ads, 1);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['MODULE_DISABLED']);
    expect(checkDecision(s, 'ADS', ads, 2).ok).toBe(true);
  });
});
