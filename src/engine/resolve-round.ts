/**
 * The engine's reducer: (state, every team's decisions) -> new state and
 * the outcome of round `state.round + 1`. Pure; never throws for bad
 * decisions (an invalid module payload counts as absent).
 *
 * Order of a round:
 *  1. effective decisions per team (absent policy, disabled modules);
 *  2. arrivals, purchases (cut to cash), transfers, fixed costs;
 *  3. listings, price anomaly flags, organic base scores;
 *  4. demand per (market, category) and its split over keywords;
 *  5. ad auctions over ticks (budgets shared over all markets);
 *  6. clicks and orders per keyword, affiliate orders;
 *  7. stock allocation, fulfilment, refunds, reviews, ledger;
 *  8. KPIs, scores, badges, market reports, the new state.
 */
import type { LogisticsService, Market, Scenario } from '../scenario/scenario.schema';
import type {
  AuctionReport,
  DecisionError,
  GameState,
  LaneReport,
  ListingReport,
  MarketRoundReport,
  ModuleDecisions,
  ModuleName,
  PriceDecision,
  ResolveInput,
  ResolveOutput,
  TeamRoundResult,
  TeamState,
} from './types';
import {
  createStream,
  rankWithSeededTies,
  type Rng,
  sampleBinomial,
  sampleNormal,
  samplePoisson,
  splitMultinomial,
} from './random';
import { effectiveDecisions, type EffectiveDecisions } from './decisions/effective-decisions';
import {
  defaultService,
  indexScenario,
  roundSpec,
  warehouseService,
  type ScenarioIndex,
} from './market/scenario-index';
import { demandMultiplier, expectedShoppers } from './market/demand';
import { utility } from './market/choice';
import { conversionFactor, organicScore, pageLayout, priceFactor, priorConversion } from './market/search';
import { isDumping, priceStats } from './market/price-anomaly';
import type { SellerListing } from './market/listing-context';
import { buildKeywordMarket, drawKeyword, type AdBidEntry, type KeywordMarket } from './market/keyword-market';
import { listingQuality, titleMissFactor } from './selection/listing-quality';
import { potentialOf, selectionFit, sortedPotentials } from './selection/selection-fit';
import { adRank, eligibleForAuction } from './ads/auction';
import { roundBudget } from './ads/pacing';
import { runTickAuctions, type TeamBudget } from './ads/tick-auction';
import { expectedAffiliateOrders } from './ads/affiliate';
import { billableGrams, paidParcels, parcelCostCents } from './fulfillment/billing';
import { expectedDeliveryDays, lateProbability, triangularMean } from './fulfillment/delivery';
import { bayesianRating, reviewStars, type OrderFate } from './fulfillment/rating';
import { serviceScore } from './fulfillment/service-score';
import { affordableUnits, allocateProportionally } from './operations/inventory';
import { LedgerBuilder } from './operations/ledger';
import { computeKpis, type TeamFigures } from './scoring/kpis';
import { moduleScore, totalScore } from './scoring/band-points';
import { MODULE_ORDER } from './market/modules';

export const ENGINE_VERSION = '1.0.0';

const HOME = 'HOME';
const bpsOf = (bps: number) => bps / 10000;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Adjustment = DecisionError;

interface TeamCtx {
  index: number;
  state: TeamState;
  decisions: EffectiveDecisions;
  absent: ModuleName[];
  ledger: LedgerBuilder;
  listings: SellerListing[];
  listingByKey: Map<string, SellerListing>;
  bids: AdBidEntry[];
  /** Bids in decision order with their entry, if the bid could take part. */
  bidReports: {
    keyword: string;
    market: string;
    product: string;
    bidCents: number;
    quality: number;
    entry?: AdBidEntry;
  }[];
  adjustments: Adjustment[];
  availableUnits: number;
}

function cloneTeam(t: TeamState): TeamState {
  const stock: TeamState['stock'] = {};
  for (const loc of Object.keys(t.stock).sort()) stock[loc] = { ...t.stock[loc] };
  const listings: TeamState['listings'] = {};
  for (const k of Object.keys(t.listings).sort()) listings[k] = { ...t.listings[k] };
  return {
    ...t,
    stock,
    pipeline: t.pipeline.map((p) => ({ ...p })),
    listings,
    parcelsByService: { ...t.parcelsByService },
    lastDecisions: t.lastDecisions,
    badges: [...t.badges],
  };
}

const addStock = (t: TeamState, loc: string, product: string, units: number) => {
  const at = (t.stock[loc] ??= {});
  at[product] = (at[product] ?? 0) + units;
  if (at[product] === 0) delete at[product];
};
const stockOf = (t: TeamState, loc: string, product: string) => t.stock[loc]?.[product] ?? 0;

// ------------------------------------------------------------------ step 2

function operationsBeforeSales(scenario: Scenario, ix: ScenarioIndex, round: number, team: TeamCtx): void {
  const s = team.state;
  const arrived = s.pipeline.filter((p) => p.arrivesRound <= round);
  s.pipeline = s.pipeline.filter((p) => p.arrivesRound > round);
  for (const p of arrived) addStock(s, p.location, p.product, p.units);

  let cash = s.cashCents;
  const purchases = [...team.decisions.OPERATIONS.purchases].sort((a, b) => cmp(a.product, b.product));
  for (const p of purchases) {
    const product = ix.products.get(p.product);
    if (!product || p.units <= 0) continue;
    const units = affordableUnits(p.units, product.unitCostCents, cash, product.minOrderUnits);
    if (units < p.units) {
      team.adjustments.push({
        code: 'PURCHASE_CUT',
        path: `purchases.${p.product}`,
        message: `cash allowed ${units} of ${p.units} units`,
      });
    }
    if (units === 0) continue;
    const cost = units * product.unitCostCents;
    cash -= cost;
    team.ledger.add('PURCHASES', -cost);
    if (product.leadTimeRounds === 0) addStock(s, HOME, product.id, units);
    else s.pipeline.push({ product: product.id, units, location: HOME, arrivesRound: round + product.leadTimeRounds });
  }

  const transfers = [...team.decisions.FULFILLMENT.transfers].sort(
    (a, b) => cmp(a.market, b.market) || cmp(a.product, b.product),
  );
  for (const t of transfers) {
    const product = ix.products.get(t.product);
    const wh = warehouseService(ix, t.market);
    if (!product || !wh || t.units <= 0) continue;
    const units = Math.min(t.units, stockOf(s, HOME, t.product));
    if (units < t.units) {
      team.adjustments.push({
        code: 'TRANSFER_CUT',
        path: `transfers.${t.product}@${t.market}`,
        message: `home stock allowed ${units} of ${t.units} units`,
      });
    }
    if (units === 0) continue;
    addStock(s, HOME, t.product, -units);
    s.pipeline.push({ product: t.product, units, location: t.market, arrivesRound: round + 1 });
    team.ledger.add('TRANSFERS', -Math.round(((units * product.weightGrams) / 1000) * wh.transferPerKgCents));
  }
  s.pipeline.sort(
    (a, b) => a.arrivesRound - b.arrivesRound || cmp(a.location, b.location) || cmp(a.product, b.product),
  );

  const service = scenario.model.operations.serviceLevels[team.decisions.OPERATIONS.serviceLevel];
  team.ledger.add('SERVICE', -service.costCents);
  const storefront = scenario.model.quality.storefront[team.decisions.SELECTION.storefront];
  team.ledger.add('STOREFRONT', -storefront.costCents);

  let available = 0;
  for (const loc of Object.keys(s.stock)) for (const p of Object.keys(s.stock[loc])) available += s.stock[loc][p];
  team.availableUnits = available;
}

// ------------------------------------------------------------------ step 3

function serviceFor(ix: ScenarioIndex, d: EffectiveDecisions, market: string): LogisticsService | undefined {
  const chosen = d.FULFILLMENT.services.find((s) => s.market === market);
  const svc = chosen ? ix.services.get(chosen.service) : undefined;
  return svc && svc.market === market ? svc : defaultService(ix, market);
}

function buildTeamListings(scenario: Scenario, ix: ScenarioIndex, team: TeamCtx): void {
  const model = scenario.model;
  const d = team.decisions;
  const storefrontBonus = model.quality.storefront[d.SELECTION.storefront].qualityBonus;
  const prior = priorConversion(model.choice);
  const listings = [...d.SELECTION.listings].sort((a, b) => cmp(a.market, b.market) || cmp(a.product, b.product));
  const priceByKey = new Map<string, PriceDecision>();
  for (const p of d.OPERATIONS.prices) {
    const k = `${p.product}@${p.market}`;
    if (!priceByKey.has(k)) priceByKey.set(k, p);
  }
  for (const l of listings) {
    const product = ix.products.get(l.product);
    const market = ix.markets.get(l.market);
    if (!product || !market) continue;
    const key = `${product.id}@${market.code}`;
    const price = priceByKey.get(key);
    const listPrice = price?.priceCents ?? product.referencePriceCents;
    const discountBps = price?.discountBps ?? 0;
    const effective = Math.max(1, Math.round(listPrice * (1 - bpsOf(discountBps))));
    const titleKeywords = new Set(l.titleKeywords.filter((k) => ix.keywords.get(k)?.market === market.code));
    let relevantTitle = 0;
    for (const k of titleKeywords) if ((ix.keywords.get(k)?.relevance[product.id] ?? 0) > 0) relevantTitle += 1;
    const localised = l.language === market.language;
    const quality = listingQuality(
      model.quality,
      {
        localised,
        images: l.images,
        attributesFilled: l.attributesFilled,
        attributes: product.attributes,
        relevantTitleKeywords: relevantTitle,
      },
      scenario.policies.maxTitleKeywords,
      storefrontBonus,
    );
    const service = serviceFor(ix, d, market.code);
    const location = service?.tier === 'WAREHOUSE' ? market.code : HOME;
    const history = team.state.listings[key];
    const rating = bayesianRating(history?.starSum ?? 0, history?.starCount ?? 0, model.reviews);
    const days = service
      ? expectedDeliveryDays(d.FULFILLMENT.handlingDays, service.deliveryDays)
      : d.FULFILLMENT.handlingDays;
    const convFactor = conversionFactor(history?.orders ?? 0, history?.clicks ?? 0, prior, model.reviews.priorWeight);
    const expV = Math.exp(
      utility(model.choice, market.priceSensitivity, {
        priceCents: effective,
        referencePriceCents: product.referencePriceCents,
        rating,
        reviews: history?.starCount ?? 0,
        deliveryDays: days,
        quality,
        localised,
        promo: discountBps > 0,
        ratingCenter: model.reviews.priorMean,
      }) - model.choice.noPurchase,
    );
    team.listings.push({
      id: `${team.state.teamId}/${key}`,
      key,
      market,
      product,
      teamIndex: team.index,
      competitor: undefined, // (both kinds of listing share one object shape)
      competitorListing: undefined,
      effectivePriceCents: effective,
      listPriceCents: listPrice,
      discountBps,
      quality,
      localised,
      titleKeywords,
      stuffing: l.titleKeywords.length > scenario.policies.maxTitleKeywords,
      dumping: false,
      rating,
      reviews: history?.starCount ?? 0,
      conversionFactor: convFactor,
      service,
      location,
      deliveryDays: days,
      baseScore: 0,
      expV,
      startStock: stockOf(team.state, location, product.id),
      impressions: 0,
      clicks: 0,
      searchOrders: 0,
      adImpressions: 0,
      adClicks: 0,
      adOrders: 0,
      affiliateOrders: 0,
    });
  }
}

function competitorListings(scenario: Scenario, ix: ScenarioIndex, market: Market): SellerListing[] {
  const model = scenario.model;
  const prior = priorConversion(model.choice);
  const out: SellerListing[] = [];
  for (const c of ix.competitorsByMarket.get(market.code) ?? []) {
    c.listings.forEach((cl, i) => {
      const product = ix.products.get(cl.product);
      if (!product) return;
      const price = cl.priceCents + cl.shippingCents;
      const expV = Math.exp(
        utility(model.choice, market.priceSensitivity, {
          priceCents: price,
          referencePriceCents: product.referencePriceCents,
          rating: c.rating,
          reviews: c.reviews,
          deliveryDays: cl.deliveryDays,
          quality: cl.quality,
          localised: true,
          promo: false,
          ratingCenter: model.reviews.priorMean,
        }) - model.choice.noPurchase,
      );
      out.push({
        id: `competitor:${c.id}/${i}/${cl.product}`,
        key: `${product.id}@${market.code}`,
        market,
        product,
        teamIndex: -1,
        competitor: c,
        competitorListing: cl,
        effectivePriceCents: price,
        listPriceCents: price,
        discountBps: 0,
        quality: cl.quality,
        localised: true,
        titleKeywords: new Set(),
        stuffing: false,
        dumping: false,
        rating: c.rating,
        reviews: c.reviews,
        conversionFactor: conversionFactor(0, 0, prior, model.reviews.priorWeight),
        service: undefined,
        location: market.code,
        deliveryDays: cl.deliveryDays,
        baseScore: 0,
        expV,
        startStock: Number.MAX_SAFE_INTEGER,
        impressions: 0,
        clicks: 0,
        searchOrders: 0,
        adImpressions: 0,
        adClicks: 0,
        adOrders: 0,
        affiliateOrders: 0,
      });
    });
  }
  return out;
}

function applyRiskAndScores(scenario: Scenario, market: Market, listings: SellerListing[], teams: TeamCtx[]): void {
  const model = scenario.model;
  const byCategory = new Map<string, SellerListing[]>();
  for (const l of listings) {
    const list = byCategory.get(l.product.category) ?? [];
    list.push(l);
    byCategory.set(l.product.category, list);
  }
  for (const group of byCategory.values()) {
    const stats = priceStats(group.map((l) => l.effectivePriceCents));
    for (const l of group)
      l.dumping = isDumping(
        l.effectivePriceCents,
        stats,
        model.risk.zThreshold,
        market.compliance?.minPriceBpsOfMedian,
      );
  }
  const badgeWeight = new Map(scenario.policies.badges.map((b) => [b.id, b.searchWeight]));
  const weights = { ...model.search.weights, relevance: 0 };
  for (const l of listings) {
    const service = l.teamIndex >= 0 ? teams[l.teamIndex].state.serviceScore / 100 : l.rating / 5;
    let score = organicScore(weights, {
      relevance: 1,
      quality: l.quality,
      rating: l.rating / 5,
      conversion: l.conversionFactor,
      service,
      price: priceFactor(l.effectivePriceCents, l.product.referencePriceCents),
    });
    if (l.teamIndex >= 0) for (const b of teams[l.teamIndex].state.badges) score *= badgeWeight.get(b) ?? 1;
    if (l.dumping) score *= model.risk.dumpingExposure;
    if (l.stuffing) score *= model.risk.stuffingExposure;
    l.baseScore = score;
  }
}

// ------------------------------------------------------------------ the reducer

export function resolveRound(input: ResolveInput): ResolveOutput {
  const { scenario, seed } = input;
  const ix = indexScenario(scenario);
  const model = scenario.model;
  const round = input.state.round + 1;
  const spec = roundSpec(scenario, round);
  const layout = pageLayout(model.search);
  const expNoPurchase = 1; // utilities are taken relative to the no-purchase option
  const missFactor = titleMissFactor(model.quality);

  // 1. teams in canonical order with their effective decisions
  const sortedStates = [...input.state.teams].sort((a, b) => cmp(a.teamId, b.teamId));
  const teams: TeamCtx[] = sortedStates.map((t, index) => {
    const { decisions, absent } = effectiveDecisions(scenario, round, input.decisions[t.teamId], t.lastDecisions);
    return {
      index,
      state: cloneTeam(t),
      decisions,
      absent,
      ledger: new LedgerBuilder(),
      listings: [],
      listingByKey: new Map(),
      bids: [],
      bidReports: [],
      adjustments: [],
      availableUnits: 0,
    };
  });

  // 2–3.
  for (const team of teams) {
    operationsBeforeSales(scenario, ix, round, team);
    buildTeamListings(scenario, ix, team);
  }
  const listingsByMarket = new Map<string, SellerListing[]>();
  for (const code of ix.marketCodes) listingsByMarket.set(code, []);
  for (const team of teams) for (const l of team.listings) listingsByMarket.get(l.market.code)?.push(l);
  const competitorsByMarket = new Map<string, SellerListing[]>();
  for (const code of ix.marketCodes) {
    const market = ix.markets.get(code) as Market;
    const comps = competitorListings(scenario, ix, market);
    competitorsByMarket.set(code, comps);
    applyRiskAndScores(scenario, market, [...(listingsByMarket.get(code) ?? []), ...comps], teams);
  }

  // 4–5. demand, keyword markets, bids
  const bidsByKeyword = new Map<string, { team: TeamCtx; bid: EffectiveDecisions['ADS']['bids'][number] }[]>();
  for (const team of teams) {
    for (const l of team.listings) team.listingByKey.set(l.key, l);
    for (const bid of team.decisions.ADS.bids) {
      const list = bidsByKeyword.get(bid.keyword) ?? [];
      list.push({ team, bid });
      bidsByKeyword.set(bid.keyword, list);
    }
  }
  const keywordMarkets: KeywordMarket[] = [];
  const multipliers = new Map<string, Map<string, number>>();
  const shoppersByMarket = new Map<string, number>();
  for (const code of ix.marketCodes) {
    const market = ix.markets.get(code) as Market;
    const teamListings = listingsByMarket.get(code) ?? [];
    const comps = competitorsByMarket.get(code) ?? [];
    const teamsInMarket = new Set(teamListings.map((l) => l.teamIndex)).size;
    let shoppersTotal = 0;
    const marketMultipliers = new Map<string, number>();
    multipliers.set(code, marketMultipliers);
    for (const category of Object.keys(market.demand).sort()) {
      const eps = sampleNormal(createStream(seed, round, code, 'demand', category), 0, model.demand.noiseSigma);
      const mult = demandMultiplier(market, spec, round, eps);
      marketMultipliers.set(category, mult);
      const shoppers = samplePoisson(
        createStream(seed, round, code, 'shoppers', category),
        expectedShoppers(market, category, teamsInMarket, mult),
      );
      shoppersTotal += shoppers;
      const kws = (ix.keywordsByMarket.get(code) ?? []).filter((k) => k.category === category);
      const split = splitMultinomial(
        createStream(seed, round, code, 'keywords', category),
        shoppers,
        kws.map((k) => k.searchVolume),
      );
      kws.forEach((kw, i) => {
        const candidates: { listing: SellerListing; relevance: number }[] = [];
        for (const l of teamListings) {
          const r = kw.relevance[l.product.id] ?? 0;
          if (r > 0) candidates.push({ listing: l, relevance: r * (l.titleKeywords.has(kw.id) ? 1 : missFactor) });
        }
        for (const l of comps) {
          const r = kw.relevance[l.product.id] ?? 0;
          if (r > 0) candidates.push({ listing: l, relevance: r });
        }
        const relevanceOf = (l: SellerListing) =>
          (kw.relevance[l.product.id] ?? 0) * (l.teamIndex < 0 || l.titleKeywords.has(kw.id) ? 1 : missFactor);
        const bidders: AdBidEntry[] = [];
        const entry = (listing: SellerListing, bidCents: number, teamIndex: number): AdBidEntry => {
          const quality = relevanceOf(listing) * listing.quality * (listing.rating / 5);
          return {
            listing,
            keyword: kw.id,
            bidCents,
            quality,
            adRank: 0,
            floorCpcCents: kw.floorCpcCents,
            teamIndex,
            expImpressions: 0,
            expClicks: 0,
            expSpend: 0,
            ticksWon: 0,
            positionSum: 0,
            ticksLostToBudget: 0,
            clicks: 0,
            orders: 0,
            spend: 0,
          };
        };
        for (const l of comps) {
          const bid = l.competitorListing?.bids[kw.id];
          if (bid === undefined) continue;
          const e = entry(l, bid, -1);
          e.adRank = adRank(e);
          if (eligibleForAuction(e, model.ads.minQuality)) bidders.push(e);
        }
        for (const { team, bid: b } of bidsByKeyword.get(kw.id) ?? []) {
          {
            const listing = team.listingByKey.get(`${b.product}@${code}`);
            const report = {
              keyword: kw.id,
              market: code,
              product: b.product,
              bidCents: b.bidCents,
              quality: 0,
              entry: undefined as AdBidEntry | undefined,
            };
            if (listing) {
              const e = entry(listing, b.bidCents, team.index);
              e.adRank = adRank(e);
              report.quality = e.quality;
              if (eligibleForAuction(e, model.ads.minQuality)) {
                bidders.push(e);
                team.bids.push(e);
                report.entry = e;
              }
            }
            team.bidReports.push(report);
          }
        }
        keywordMarkets.push(
          buildKeywordMarket(
            kw,
            market,
            split[i],
            candidates,
            bidders,
            layout,
            createStream(seed, round, code, 'ties', kw.id),
            createStream(seed, round, code, 'ad-ties', kw.id),
            createStream(seed, round, code, 'shards', kw.id),
          ),
        );
      });
    }
    shoppersByMarket.set(code, shoppersTotal);
  }
  // bids on keywords of no market category (no demand entry) still get reported
  for (const team of teams) {
    const reported = new Set(team.bidReports.map((r) => `${r.keyword}/${r.product}`));
    for (const b of team.decisions.ADS.bids) {
      if (reported.has(`${b.keyword}/${b.product}`)) continue;
      const kw = ix.keywords.get(b.keyword);
      team.bidReports.push({
        keyword: b.keyword,
        market: kw?.market ?? '',
        product: b.product,
        bidCents: b.bidCents,
        quality: 0,
      });
    }
  }

  const budgets: TeamBudget[] = teams.map((t) => ({
    budgetCents: roundBudget(t.decisions.ADS.dailyBudgetCents, scenario.rounds.days),
    pacing: t.decisions.ADS.pacing,
    spent: 0,
  }));
  runTickAuctions(keywordMarkets, budgets, model, layout);

  // 6. clicks and orders
  for (const km of keywordMarkets) {
    drawKeyword(
      km,
      { model, layout, expNoPurchase },
      createStream(seed, round, km.market.code, 'search', km.keyword.id),
      createStream(seed, round, km.market.code, 'ad-clicks', km.keyword.id),
    );
  }
  // One stream per (round, market, purpose); draws in canonical (team id, market, product) order.
  const marketStreams = new Map<string, Map<string, Rng>>();
  const marketStream = (market: string, purpose: string): Rng => {
    let byMarket = marketStreams.get(purpose);
    if (!byMarket) {
      byMarket = new Map<string, Rng>();
      marketStreams.set(purpose, byMarket);
    }
    let rng = byMarket.get(market);
    if (!rng) {
      rng = createStream(seed, round, market, purpose);
      byMarket.set(market, rng);
    }
    return rng;
  };
  for (const team of teams) {
    for (const l of team.listings) {
      const aff = team.decisions.ADS.affiliate.find((a) => a.category === l.product.category);
      const mult = multipliers.get(l.market.code)?.get(l.product.category) ?? 0;
      const lambda = expectedAffiliateOrders(model.affiliate, aff?.commissionBps ?? 0, l.product.appeal, mult);
      l.affiliateOrders = samplePoisson(marketStream(l.market.code, 'affiliate'), lambda);
    }
  }

  // 7. stock, fulfilment, ledger per team
  const results: TeamRoundResult[] = [];
  const marketAgg = new Map<string, { orders: number; gmv: number; shipped: number; daysSum: number }>();
  for (const code of ix.marketCodes) marketAgg.set(code, { orders: 0, gmv: 0, shipped: 0, daysSum: 0 });
  const potentials = sortedPotentials(scenario);

  for (const team of teams) {
    const s = team.state;
    const d = team.decisions;
    const packaging = model.fulfillment.packaging[d.FULFILLMENT.packaging];
    const level = model.operations.serviceLevels[d.OPERATIONS.serviceLevel];
    const affBps = new Map(d.ADS.affiliate.map((a) => [a.category, a.commissionBps]));

    // ad spend: round each bid once, cap the team's total at its budget
    let spendTotal = 0;
    const bidSpend = team.bids.map((b) => Math.round(b.spend));
    for (const v of bidSpend) spendTotal += v;
    const budget = budgets[team.index].budgetCents;
    if (spendTotal > budget) {
      for (let i = 0; i < bidSpend.length; i += 1) bidSpend[i] = Math.floor((bidSpend[i] * budget) / spendTotal);
      spendTotal = bidSpend.reduce((a, b) => a + b, 0);
    }
    team.bids.forEach((b, i) => (b.spend = bidSpend[i]));
    team.ledger.add('ADS', -spendTotal);

    // allocation of stock per (location, product)
    const demand = team.listings.map((l) => l.searchOrders + l.adOrders + l.affiliateOrders);
    const served = new Array<number>(team.listings.length).fill(0);
    const groups = new Map<string, { loc: string; product: string; idxs: number[] }>();
    team.listings.forEach((l, i) => {
      const k = `${l.location}|${l.product.id}`;
      const g = groups.get(k);
      if (g) g.idxs.push(i);
      else groups.set(k, { loc: l.location, product: l.product.id, idxs: [i] });
    });
    for (const { loc, product, idxs } of groups.values()) {
      const alloc = allocateProportionally(
        stockOf(s, loc, product),
        idxs.map((i) => demand[i]),
      );
      idxs.forEach((i, j) => (served[i] = alloc[j]));
      addStock(s, loc, product, -alloc.reduce((a, b) => a + b, 0));
    }

    const listingReports: ListingReport[] = [];
    const laneMap = new Map<string, LaneReport & { daysSum: number }>();
    const f = {
      revenue: 0,
      refunds: 0,
      commission: 0,
      affiliate: 0,
      logistics: 0,
      packaging: 0,
      cogs: 0,
      demand: 0,
      served: 0,
      cancelled: 0,
      shipped: 0,
      late: 0,
      lost: 0,
      disputes: 0,
      notReceived: 0,
      nadDisputes: 0,
      arbitrations: 0,
      reviews: 0,
      positive: 0,
      searchClicks: 0,
      searchOrders: 0,
      adRevenue: 0,
      affiliateOrders: 0,
      daysSum: 0,
      impressions: 0,
      gmv: 0,
      flags: 0,
      quality: 0,
      withStock: 0,
    };
    const adSpendByListing = new Map<string, number>();
    for (const b of team.bids) adSpendByListing.set(b.listing.id, (adSpendByListing.get(b.listing.id) ?? 0) + b.spend);

    team.listings.forEach((l, i) => {
      const n = served[i];
      const want = demand[i];
      const lostToStockout = want - n;
      const cancelled = l.startStock > 0 ? lostToStockout : 0;
      const price = l.effectivePriceCents;
      const rng = marketStream(l.market.code, 'fulfilment');
      const svc = l.service;
      let lost = 0,
        damaged = 0,
        nad = 0,
        late = 0,
        notReceived = 0,
        nadDisputes = 0,
        arbitrations = 0,
        logistics = 0;
      if (n > 0 && svc) {
        lost = sampleBinomial(rng, n, bpsOf(svc.lossBps));
        damaged = sampleBinomial(rng, n - lost, Math.min(1, bpsOf(svc.damageBps) * packaging.damageFactor));
        const category = ix.categories.get(l.product.category);
        nad = sampleBinomial(rng, n - lost - damaged, bpsOf(category?.nadRateBps ?? 0) * (1 - l.quality));
        late = sampleBinomial(rng, n - lost, lateProbability(svc.deliveryDays));
        const df = Math.min(1, level.disputeFactor);
        notReceived =
          sampleBinomial(rng, late, Math.min(1, bpsOf(model.fulfillment.lateDisputeBps) * level.disputeFactor)) +
          sampleBinomial(rng, lost, df);
        nadDisputes = sampleBinomial(rng, damaged + nad, df);
        arbitrations = sampleBinomial(rng, nadDisputes, 1 - l.quality);
        const before = s.parcelsByService[svc.id] ?? 0;
        const paid = paidParcels(n, before, svc.firstOrdersFree);
        s.parcelsByService[svc.id] = before + n;
        logistics = Math.round(paid * parcelCostCents(svc, billableGrams(l.product, packaging, model.fulfillment)));
        // reviews by fate
        const bad = damaged + nad;
        const lateOnly = Math.min(late, n - lost - bad);
        const fates: [OrderFate, number][] = [
          ['OK', n - lost - bad - lateOnly],
          ['LATE', lateOnly],
          ['LOST', lost],
          ['NAD', bad],
        ];
        const hist = (s.listings[l.key] ??= { starSum: 0, starCount: 0, orders: 0, clicks: 0 });
        for (const [fate, count] of fates) {
          const reviews = sampleBinomial(rng, count, model.reviews.reviewProbability);
          const stars = reviewStars(model.reviews, fate, l.quality, level.starBonus);
          hist.starSum += reviews * stars;
          hist.starCount += reviews;
          f.reviews += reviews;
          if (stars >= scenario.model.serviceScore.positiveStars) f.positive += reviews;
        }
        const lane = laneMap.get(`${l.market.code}|${svc.id}`) ?? {
          market: l.market.code,
          service: svc.id,
          tier: svc.tier,
          parcels: 0,
          averageDeliveryDays: 0,
          late: 0,
          lost: 0,
          damaged: 0,
          disputes: 0,
          costCents: 0,
          daysSum: 0,
        };
        const days = d.FULFILLMENT.handlingDays + triangularMean(svc.deliveryDays);
        lane.parcels += n;
        lane.daysSum += days * (n - lost);
        lane.late += late;
        lane.lost += lost;
        lane.damaged += damaged;
        lane.disputes += notReceived + nadDisputes;
        lane.costCents += logistics;
        laneMap.set(`${l.market.code}|${svc.id}`, lane);
        f.daysSum += days * (n - lost);
      }
      const refunded = lost + damaged + nad;
      const revenue = n * price;
      const refunds = refunded * price;
      const completed = n - refunded;
      const commission = Math.round(
        completed * price * bpsOf(ix.categories.get(l.product.category)?.commissionBps ?? 0),
      );
      const affServed = want > 0 ? (l.affiliateOrders * n) / want : 0;
      const affiliate =
        n > 0 ? Math.round(affServed * (completed / n) * price * bpsOf(affBps.get(l.product.category) ?? 0)) : 0;
      const packagingCents = n * packaging.costCents;
      const searchServed = want > 0 ? ((l.searchOrders + l.adOrders) * n) / want : 0;
      const adServed = want > 0 ? (l.adOrders * n) / want : 0;

      team.ledger.add('REVENUE', revenue);
      team.ledger.add('REFUNDS', -refunds);
      team.ledger.add('COMMISSION', -commission);
      team.ledger.add('AFFILIATE', -affiliate);
      team.ledger.add('LOGISTICS', -logistics);
      team.ledger.add('PACKAGING', -packagingCents);

      const hist = (s.listings[l.key] ??= { starSum: 0, starCount: 0, orders: 0, clicks: 0 });
      hist.orders += Math.round(searchServed);
      hist.clicks += l.clicks + l.adClicks;

      f.revenue += revenue;
      f.refunds -= refunds;
      f.commission += commission;
      f.affiliate += affiliate;
      f.logistics += logistics + packagingCents;
      f.cogs += n * l.product.unitCostCents;
      f.demand += want;
      f.served += n;
      f.cancelled += cancelled;
      f.shipped += n;
      f.late += late;
      f.lost += lost;
      f.notReceived += notReceived;
      f.nadDisputes += nadDisputes;
      f.arbitrations += arbitrations;
      f.disputes += notReceived + nadDisputes;
      f.searchClicks += l.clicks + l.adClicks;
      f.searchOrders += Math.round(searchServed);
      f.adRevenue += Math.round(adServed * price);
      f.affiliateOrders += l.affiliateOrders;
      f.impressions += l.impressions;
      f.gmv += revenue;
      f.quality += l.quality;
      if (l.startStock > 0) f.withStock += 1;
      const flags: string[] = [];
      if (l.dumping) flags.push('DUMPING');
      if (l.stuffing) flags.push('KEYWORD_STUFFING');
      if (l.startStock <= 0) flags.push('OUT_OF_STOCK');
      if (!l.localised) flags.push('NOT_LOCALISED');
      if (l.dumping) f.flags += 1;

      const agg = marketAgg.get(l.market.code);
      if (agg) {
        agg.orders += n;
        agg.gmv += revenue;
        agg.shipped += n - lost;
      }
      listingReports.push({
        product: l.product.id,
        market: l.market.code,
        priceCents: price,
        impressions: l.impressions + l.adImpressions,
        clicks: l.clicks + l.adClicks,
        orders: n,
        affiliateOrders: l.affiliateOrders,
        lostToStockout,
        revenueCents: revenue,
        commissionCents: commission,
        affiliateCents: affiliate,
        adSpendCents: adSpendByListing.get(l.id) ?? 0,
        logisticsCents: logistics,
        refundsCents: refunds,
        quality: l.quality,
        rating: bayesianRating(hist.starSum, hist.starCount, model.reviews),
        flags,
      });
    });

    // holding and storage on end-of-round stock
    let holding = 0;
    let storage = 0;
    for (const loc of Object.keys(s.stock).sort()) {
      for (const p of Object.keys(s.stock[loc]).sort()) {
        const units = s.stock[loc][p];
        const product = ix.products.get(p);
        if (product) holding += units * product.unitCostCents * bpsOf(model.operations.holdingCostBps);
        if (loc !== HOME) storage += units * (warehouseService(ix, loc)?.storagePerUnitCents ?? 0);
      }
    }
    team.ledger.add('HOLDING', -Math.round(holding));
    team.ledger.add('STORAGE', -storage);

    // store rating and service score
    let starSum = 0;
    let starCount = 0;
    for (const k of Object.keys(s.listings)) {
      starSum += s.listings[k].starSum;
      starCount += s.listings[k].starCount;
    }
    const storeRating = bayesianRating(starSum, starCount, model.reviews);
    const onTime = f.shipped - f.lost > 0 ? (f.shipped - f.lost - f.late) / (f.shipped - f.lost) : 1;
    if (f.shipped + f.cancelled > 0) {
      s.serviceScore = serviceScore(
        {
          orders: f.shipped,
          cancelled: f.cancelled,
          notReceivedDisputes: f.notReceived,
          nadDisputes: f.nadDisputes,
          nadArbitrations: f.arbitrations,
          reviews: f.reviews,
          positiveReviews: f.positive,
          rating: storeRating,
          serviceStarBonus: level.starBonus,
          onTimeRate: onTime,
        },
        model.serviceScore,
      );
    }

    const cashStart = s.cashCents;
    const ledger = team.ledger.entries();
    s.cashCents = cashStart + team.ledger.total();

    // auctions report
    let adClicks = 0;
    let clicksTimesBid = 0;
    const auctions: AuctionReport[] = team.bidReports
      .map((r) => {
        const e = r.entry;
        if (e) {
          adClicks += e.clicks;
          clicksTimesBid += e.clicks * e.bidCents;
        }
        return {
          keyword: r.keyword,
          market: r.market,
          product: r.product,
          bidCents: r.bidCents,
          qualityScore: r.quality,
          adRank: r.bidCents * r.quality,
          averagePosition: e && e.ticksWon > 0 ? e.positionSum / e.ticksWon : 0,
          impressions: e ? Math.round(e.expImpressions) : 0,
          clicks: e?.clicks ?? 0,
          cpcCents: e && e.clicks > 0 ? Math.round(e.spend / e.clicks) : 0,
          spendCents: e?.spend ?? 0,
          lostToBudget: e ? e.ticksLostToBudget / model.ads.ticks : 0,
        };
      })
      .sort((a, b) => cmp(a.market, b.market) || cmp(a.keyword, b.keyword) || cmp(a.product, b.product));

    const lanes: LaneReport[] = [...laneMap.values()]
      .sort((a, b) => cmp(a.market, b.market) || cmp(a.service, b.service))
      .map(({ daysSum, ...lane }) => ({
        ...lane,
        averageDeliveryDays: lane.parcels - lane.lost > 0 ? daysSum / (lane.parcels - lane.lost) : 0,
      }));

    const operatingResult = team.ledger.total() - team.ledger.get('PURCHASES');
    const figures: TeamFigures = {
      revenueCents: f.revenue,
      refundsCents: f.refunds,
      cogsCents: f.cogs,
      operatingResultCents: operatingResult,
      rating: storeRating,
      serviceScore: s.serviceScore,
      demandUnits: f.demand,
      servedUnits: f.served,
      availableUnits: team.availableUnits,
      listingsWithStock: f.withStock,
      listings: team.listings.length,
      priceFlags: f.flags,
      averageQuality: team.listings.length > 0 ? f.quality / team.listings.length : 0,
      gmvCents: f.gmv,
      searchClicks: f.searchClicks,
      searchOrders: f.searchOrders,
      selectionFit: selectionFit(
        team.listings.map((l) => potentialOf(l.product, l.market)),
        potentials,
      ),
      adSpendCents: spendTotal,
      adRevenueCents: f.adRevenue,
      adBudgetCents: budget,
      adClicks,
      adClicksTimesBid: clicksTimesBid,
      affiliateCents: f.affiliate,
      affiliateOrders: f.affiliateOrders,
      shipped: f.shipped,
      cancelled: f.cancelled,
      late: f.late,
      lost: f.lost,
      disputes: f.disputes,
      logisticsCents: f.logistics,
      averageDeliveryDays: f.shipped - f.lost > 0 ? f.daysSum / (f.shipped - f.lost) : 0,
      impressions: f.impressions,
    };
    const kpis = computeKpis(figures);
    const scores = MODULE_ORDER.map((m) =>
      moduleScore(m, scenario.scoring.bands[m], kpis[m], spec.modules.includes(m)),
    );
    const total = totalScore(scores, scenario.scoring.weights);
    s.cumulativeTotal = Math.round((s.cumulativeTotal + total) * 100) / 100;
    const used: ModuleDecisions = {
      OPERATIONS: d.OPERATIONS,
      SELECTION: d.SELECTION,
      ADS: d.ADS,
      FULFILLMENT: d.FULFILLMENT,
    };
    s.lastDecisions = used;

    const result: TeamRoundResult = {
      teamId: s.teamId,
      absentModules: team.absent,
      kpis,
      scores,
      total,
      cashStartCents: cashStart,
      cashEndCents: s.cashCents,
      ledger,
      listings: listingReports,
      auctions,
      lanes,
      badges: [],
    };
    if (team.adjustments.length > 0) result.adjustments = team.adjustments;
    results.push(result);
  }

  // badges
  for (const badge of scenario.policies.badges) {
    if (badge.afterRound !== round) continue;
    const ranked = rankWithSeededTies(
      createStream(seed, round, '*', 'badge', badge.id),
      teams,
      (t) => t.state.cumulativeTotal,
      (t) => t.state.teamId,
    );
    for (const t of ranked.slice(0, badge.topN))
      if (!t.state.badges.includes(badge.id)) t.state.badges = [...t.state.badges, badge.id].sort();
  }
  results.forEach((r, i) => (r.badges = [...teams[i].state.badges]));

  // 8. market reports (aggregates only)
  const markets: MarketRoundReport[] = ix.marketCodes.map((code) => {
    const agg = marketAgg.get(code) ?? { orders: 0, gmv: 0, shipped: 0, daysSum: 0 };
    let orders = agg.orders;
    let gmv = agg.gmv;
    for (const c of competitorsByMarket.get(code) ?? []) {
      const o = c.searchOrders + c.adOrders;
      orders += o;
      gmv += o * c.effectivePriceCents;
    }
    let daysSum = 0;
    let delivered = 0;
    for (const r of results)
      for (const lane of r.lanes)
        if (lane.market === code) {
          daysSum += lane.averageDeliveryDays * (lane.parcels - lane.lost);
          delivered += lane.parcels - lane.lost;
        }
    let spend = 0;
    let clicks = 0;
    const kwReports = keywordMarkets
      .filter((km) => km.market.code === code)
      .map((km) => {
        let kSpend = 0;
        let kClicks = 0;
        for (const b of km.bidders) {
          kSpend += b.spend;
          kClicks += b.clicks;
        }
        spend += kSpend;
        clicks += kClicks;
        return {
          keyword: km.keyword.id,
          searches: km.searches,
          adClicks: kClicks,
          averageCpcCents: kClicks > 0 ? Math.round(kSpend / kClicks) : 0,
        };
      })
      .sort((a, b) => cmp(a.keyword, b.keyword));
    return {
      market: code,
      shoppers: shoppersByMarket.get(code) ?? 0,
      searches: kwReports.reduce((a, k) => a + k.searches, 0),
      orders,
      gmvCents: gmv,
      averagePriceCents: orders > 0 ? Math.round(gmv / orders) : 0,
      averageCpcCents: clicks > 0 ? Math.round(spend / clicks) : 0,
      averageDeliveryDays: delivered > 0 ? daysSum / delivered : 0,
      keywords: kwReports,
    };
  });

  const state: GameState = { round, teams: teams.map((t) => t.state) };
  return { state, outcome: { round, engineVersion: ENGINE_VERSION, teams: results, markets } };
}
