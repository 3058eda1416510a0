import { graphql } from '../generated';
import type { ScenarioFactsFragment } from '../generated/graphql';

/** What a team may know of the scenario: catalog, markets, keywords, lanes, categories and the rounds' modules. */
export const ScenarioFacts = graphql(`
  fragment ScenarioFacts on ScenarioModel {
    id
    title {
      en
      zh
    }
    maxListings
    roundDays
    roundCount
    startingCashCents
    markets {
      code
      name {
        en
        zh
      }
      language
      currency
      maxDiscountBps
      buyerProtectionDays
    }
    categories {
      id
      name {
        en
        zh
      }
      commissionBps
      affiliateMinBps
      affiliateMaxBps
    }
    products {
      id
      category
      name {
        en
        zh
      }
      unitCostCents
      referencePriceCents
      weightGrams
      minOrderUnits
      attributes
      leadTimeRounds
    }
    keywords {
      id
      market
      category
      text
      gloss
      floorCpcCents
      searchVolume
    }
    logistics {
      id
      market
      tier
      name
      minDays
      maxDays
      perParcelCents
      ratePerKgCents
      firstOrdersFree
    }
    rounds {
      number
      label
      modules
    }
  }
`);

/** The game's rounds and its scenario's facts (Market and Results start from it). */
export const GameFactsQuery = graphql(`
  query StudentGameFacts($gameId: ID!) {
    game(id: $gameId) {
      id
      rounds {
        number
        status
      }
      scenario {
        ...ScenarioFacts
      }
    }
  }
`);

export type Facts = ScenarioFactsFragment;
export type Product = Facts['products'][number];
export type Market = Facts['markets'][number];
export type Keyword = Facts['keywords'][number];
export type Lane = Facts['logistics'][number];
export type Category = Facts['categories'][number];

/** Lookups by id over the scenario facts (built once per page render). */
export function indexFacts(facts: Facts) {
  return {
    product: new Map(facts.products.map((p) => [p.id, p])),
    market: new Map(facts.markets.map((m) => [m.code, m])),
    keyword: new Map(facts.keywords.map((k) => [k.id, k])),
    lane: new Map(facts.logistics.map((l) => [l.id, l])),
    category: new Map(facts.categories.map((c) => [c.id, c])),
  };
}
export type FactsIndex = ReturnType<typeof indexFacts>;

/**
 * Expected shipping of one parcel of a product on a lane: the per-parcel fee plus the weight rate
 * (the lane's published prices; the engine may add surcharges the team learns from its ledger).
 */
export function expectedShippingCents(product: Product, lane: Lane): number {
  return Math.round(lane.perParcelCents + (lane.ratePerKgCents * product.weightGrams) / 1000);
}
