/** RANDOM: valid but arbitrary decisions, drawn afresh every round from the bot's stream. */
import type {
  BidDecision,
  FulfillmentDecision,
  ListingDecision,
  OperationsDecision,
  SelectionDecision,
} from '../types';
import { indexScenario } from '../market/scenario-index';
import { maxDiscountBps, parcelServices, productsOf, rankedPairs, relevantKeywords, type Pair } from './bot-catalog';
import { pick, randInt, sample, type BotInput, type FullDecisions } from './bot-input';

const SERVICE_LEVELS: readonly OperationsDecision['serviceLevel'][] = ['BASIC', 'STANDARD', 'PREMIUM'];
const STOREFRONTS: readonly SelectionDecision['storefront'][] = ['BASIC', 'DECORATED', 'FLAGSHIP'];
const PACKAGINGS: readonly FulfillmentDecision['packaging'][] = ['STANDARD', 'COMPACT', 'PROTECTIVE'];

export function randomBot(input: BotInput): FullDecisions {
  const { scenario, rng } = input;
  const ix = indexScenario(scenario);
  const model = scenario.model;
  const all = rankedPairs(scenario);
  const pairs: Pair[] = sample(rng, all, randInt(rng, 1, Math.min(scenario.policies.maxListings, 10, all.length)));
  const listings: ListingDecision[] = pairs.map((pair) => {
    const product = ix.products.get(pair.product);
    const kws = relevantKeywords(scenario, pair, 0);
    return {
      product: pair.product,
      market: pair.market,
      titleKeywords: sample(rng, kws, randInt(rng, 0, Math.min(kws.length, scenario.policies.maxTitleKeywords))).map(
        (k) => k.id,
      ),
      language: rng.next() < 0.7 ? (ix.markets.get(pair.market)?.language ?? 'en') : 'en',
      images: randInt(rng, 0, 10),
      attributesFilled: randInt(rng, 0, product?.attributes ?? 0),
    };
  });
  const prices = pairs.map((pair) => {
    const ref = ix.products.get(pair.product)?.referencePriceCents ?? 100;
    const maxDiscount = Math.min(3000, maxDiscountBps(scenario, pair.market));
    return {
      product: pair.product,
      market: pair.market,
      priceCents: Math.max(1, Math.round(ref * (0.5 + rng.next()))),
      discountBps: 100 * randInt(rng, 0, Math.floor(maxDiscount / 100)),
    };
  });
  const purchases = productsOf(pairs).flatMap((id) => {
    const product = ix.products.get(id);
    if (!product || rng.next() < 0.3) return [];
    return [{ product: id, units: product.minOrderUnits * randInt(rng, 1, 5) }];
  });
  const bids: BidDecision[] = pairs.flatMap((pair) =>
    relevantKeywords(scenario, pair, 0.01)
      .filter(() => rng.next() < 0.5)
      .map((k) => ({
        keyword: k.id,
        product: pair.product,
        bidCents: Math.round(k.floorCpcCents * (1 + 3 * rng.next())),
      })),
  );
  const affiliate = scenario.categories.flatMap((c) =>
    rng.next() < 0.5
      ? []
      : [{ category: c.id, commissionBps: randInt(rng, c.affiliateBandBps.min, c.affiliateBandBps.max) }],
  );
  const services = ix.marketCodes.flatMap((market) => {
    const list = parcelServices(scenario, market);
    return list.length > 0 ? [{ market, service: pick(rng, list).id }] : [];
  });
  return {
    OPERATIONS: { prices, purchases, serviceLevel: pick(rng, SERVICE_LEVELS) },
    SELECTION: { listings, storefront: pick(rng, STOREFRONTS) },
    ADS: { bids, dailyBudgetCents: randInt(rng, 0, 3000), pacing: rng.next() < 0.5 ? 'EVEN' : 'ASAP', affiliate },
    FULFILLMENT: {
      services,
      handlingDays: randInt(rng, 1, model.fulfillment.shipWithinDays),
      transfers: [],
      packaging: pick(rng, PACKAGINGS),
    },
  };
}
