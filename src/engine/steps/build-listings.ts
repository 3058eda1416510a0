/**
 * Step 3a: the round's listings — each team's (from its SELECTION, priced
 * by OPERATIONS, shipped by FULFILLMENT) and the competitor sellers' of
 * the scenario — with what a shopper weighs: price paid, rating, reviews,
 * promised delivery days, quality, language and promotion, folded into
 * exp(V) of the choice model (relative to not buying).
 */
import type { LogisticsService, Market, Product } from '../../scenario/scenario.schema';
import type { ListingDecision, PriceDecision } from '../types';
import type { EffectiveDecisions } from '../decisions/effective-decisions';
import { defaultService, type ScenarioIndex } from '../market/scenario-index';
import { utility, type ChoiceInput } from '../market/choice';
import { conversionFactor, priorConversion } from '../market/search';
import type { SellerListing } from '../market/listing-context';
import { listingQuality } from '../selection/listing-quality';
import { bayesianRating } from '../fulfillment/rating';
import { handlingDaysFor, shopperExpectedDays } from '../fulfillment/delivery';
import { compareText } from '../compare-text';
import { bpsOf, expectedStockOf, HOME, stockOf, type RoundContext, type TeamCtx } from './round-context';

/** The service a team ships a market's orders with: its choice there, else the market's default. */
export function serviceFor(ix: ScenarioIndex, d: EffectiveDecisions, market: string): LogisticsService | undefined {
  const chosen = d.FULFILLMENT.services.find((s) => s.market === market);
  const svc = chosen ? ix.services.get(chosen.service) : undefined;
  return svc && svc.market === market ? svc : defaultService(ix, market);
}

function expUtility(ctx: RoundContext, market: Market, x: Omit<ChoiceInput, 'ratingCenter'>): number {
  const model = ctx.scenario.model;
  return Math.exp(
    utility(model.choice, market.priceSensitivity, { ...x, ratingCenter: model.reviews.priorMean }) -
      model.choice.noPurchase,
  );
}

const emptyCounters = () => ({
  impressions: 0,
  clicks: 0,
  searchOrders: 0,
  adImpressions: 0,
  adClicks: 0,
  adOrders: 0,
  affiliateOrders: 0,
  expectedOrders: 0,
  expectedClicks: 0,
  expectedSearchOrders: 0,
  expectedAdOrders: 0,
  expectedAffiliateOrders: 0,
});

/** The list price, discount and price paid of a listing (the reference price when no price was decided). */
function pricing(price: PriceDecision | undefined, product: Product) {
  const listPriceCents = price?.priceCents ?? product.referencePriceCents;
  const discountBps = price?.discountBps ?? 0;
  return {
    listPriceCents,
    discountBps,
    effectivePriceCents: Math.max(1, Math.round(listPriceCents * (1 - bpsOf(discountBps)))),
  };
}

/** Quality 0..1 of a listing's content (language, images, attributes, relevant title keywords, storefront). */
function contentQuality(ctx: RoundContext, team: TeamCtx, l: ListingDecision, product: Product, market: Market) {
  const { ix, scenario } = ctx;
  const titleKeywords = new Set(l.titleKeywords.filter((k) => ix.keywords.get(k)?.market === market.code));
  let relevantTitle = 0;
  for (const k of titleKeywords) if ((ix.keywords.get(k)?.relevance[product.id] ?? 0) > 0) relevantTitle += 1;
  const localised = l.language === market.language;
  const quality = listingQuality(
    scenario.model.quality,
    {
      localised,
      images: l.images,
      attributesFilled: l.attributesFilled,
      attributes: product.attributes,
      relevantTitleKeywords: relevantTitle,
    },
    scenario.policies.maxTitleKeywords,
    scenario.model.quality.storefront[team.decisions.SELECTION.storefront].qualityBonus,
  );
  return { titleKeywords, localised, quality };
}

function teamListing(
  ctx: RoundContext,
  team: TeamCtx,
  l: ListingDecision,
  product: Product,
  market: Market,
  price: PriceDecision | undefined,
): SellerListing {
  const model = ctx.scenario.model;
  const key = `${product.id}@${market.code}`;
  const prices = pricing(price, product);
  const content = contentQuality(ctx, team, l, product, market);
  const service = serviceFor(ctx.ix, team.decisions, market.code);
  const location = service?.tier === 'WAREHOUSE' ? market.code : HOME;
  const handling = handlingDaysFor(model.fulfillment, service, team.decisions.FULFILLMENT.handlingDays);
  const history = team.state.listings[key];
  const rating = bayesianRating(history?.starSum ?? 0, history?.starCount ?? 0, model.reviews);
  const reviews = history?.starCount ?? 0;
  const days = service ? shopperExpectedDays(handling, service.deliveryDays) : handling;
  const prior = priorConversion(model.choice);
  return {
    id: `${team.state.teamId}/${key}`,
    key,
    market,
    product,
    teamIndex: team.index,
    teamId: team.state.teamId,
    ...prices,
    ...content,
    stuffing: l.titleKeywords.length > ctx.scenario.policies.maxTitleKeywords,
    rating,
    reviews,
    conversionFactor: conversionFactor(history?.orders ?? 0, history?.clicks ?? 0, prior, model.reviews.priorWeight),
    service,
    handlingDays: handling,
    location,
    deliveryDays: days,
    baseScore: 0,
    exposure: 1,
    expV: expUtility(ctx, market, {
      priceCents: prices.effectivePriceCents,
      referencePriceCents: product.referencePriceCents,
      rating,
      reviews,
      deliveryDays: days,
      quality: content.quality,
      localised: content.localised,
      promo: prices.discountBps > 0,
    }),
    startStock: stockOf(team.state, location, product.id),
    expectedStartStock: expectedStockOf(team.state, location, product.id),
    positions: [],
    ...emptyCounters(),
  };
}

/** One team's listings, in (market, product) order; the first price decided for a listing counts. */
export function buildTeamListings(ctx: RoundContext, team: TeamCtx): void {
  const d = team.decisions;
  const priceByKey = new Map<string, PriceDecision>();
  for (const p of d.OPERATIONS.prices) {
    const k = `${p.product}@${p.market}`;
    if (!priceByKey.has(k)) priceByKey.set(k, p);
  }
  const listings = [...d.SELECTION.listings].sort(
    (a, b) => compareText(a.market, b.market) || compareText(a.product, b.product),
  );
  for (const l of listings) {
    const product = ctx.ix.products.get(l.product);
    const market = ctx.ix.markets.get(l.market);
    if (!product || !market) continue;
    team.listings.push(teamListing(ctx, team, l, product, market, priceByKey.get(`${product.id}@${market.code}`)));
  }
  for (const l of team.listings) team.listingByKey.set(l.key, l);
}

/** The competitor sellers' listings of one market (unlimited stock, no luck of their own). */
export function competitorListings(ctx: RoundContext, market: Market): SellerListing[] {
  const { scenario, ix } = ctx;
  const model = scenario.model;
  const prior = conversionFactor(0, 0, priorConversion(model.choice), model.reviews.priorWeight);
  const out: SellerListing[] = [];
  for (const c of ix.competitorsByMarket.get(market.code) ?? []) {
    c.listings.forEach((cl, i) => {
      const product = ix.products.get(cl.product);
      if (!product) return;
      const price = cl.priceCents + cl.shippingCents;
      out.push({
        id: `competitor:${c.id}/${i}/${cl.product}`,
        key: `${product.id}@${market.code}`,
        market,
        product,
        teamIndex: -1,
        teamId: undefined,
        competitor: c,
        competitorListing: cl,
        effectivePriceCents: price,
        listPriceCents: price,
        discountBps: 0,
        quality: cl.quality,
        localised: true,
        titleKeywords: new Set(),
        stuffing: false,
        rating: c.rating,
        reviews: c.reviews,
        conversionFactor: prior,
        service: undefined,
        handlingDays: 0,
        location: market.code,
        deliveryDays: cl.deliveryDays,
        baseScore: 0,
        exposure: 1,
        expV: expUtility(ctx, market, {
          priceCents: price,
          referencePriceCents: product.referencePriceCents,
          rating: c.rating,
          reviews: c.reviews,
          deliveryDays: cl.deliveryDays,
          quality: cl.quality,
          localised: true,
          promo: false,
        }),
        startStock: Number.MAX_SAFE_INTEGER,
        expectedStartStock: Number.MAX_SAFE_INTEGER,
        positions: [],
        ...emptyCounters(),
      });
    });
  }
  return out;
}
