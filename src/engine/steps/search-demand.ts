/**
 * Step 4: demand and the keyword markets.
 *
 * A fixed pie: expected shoppers per (market, category, round) =
 *   market.demand[category] (per team in the class) × class size
 *   × season × event × trend^(round−1) × exp(ε),  ε ~ N(0, σ²),
 * drawn Poisson from the market's stream — never from who lists where, so
 * a team entering a category takes share from the incumbents. The
 * shoppers are split over the category's keywords by search volume.
 *
 * Each keyword gets its organic candidates (listings of a relevant
 * product; a team listing without the keyword in its title counts with the
 * title-miss factor) and its ad bidders. A team's bid takes part only with
 * a listing of the product in the keyword's market, a product relevant to
 * the keyword, a normal price, a bid at or above the keyword's floor and
 * enough quality; otherwise its report says why. A peak round's ad
 * competition multiplies the competitor sellers' bids and the keywords'
 * reserve prices (more sellers bid for the slots).
 */
import type { Keyword, Market } from '../../scenario/scenario.schema';
import { createStream, sampleNormal, samplePoisson, splitMultinomial } from '../random';
import { demandMultiplier, expectedShoppers } from '../market/demand';
import { buildKeywordMarket, type AdBidEntry, type KeywordMarket } from '../market/keyword-market';
import type { SellerListing } from '../market/listing-context';
import { titleMissFactor } from '../selection/listing-quality';
import { adRank } from '../ads/auction';
import { compareText } from '../compare-text';
import type { BidReport, BidStatus, RoundContext, TeamCtx } from './round-context';

export interface MarketDemand {
  shoppers: number;
  /** category -> the round's demand multiplier (season × event × trend × noise). */
  multipliers: Map<string, number>;
  keywordMarkets: KeywordMarket[];
}

/**
 * The keyword's reserve price this round: its floor × the round's ad
 * competition (more sellers bidding in a peak round raise the price of the
 * last slot), rounded to a cent.
 */
export function roundFloorCents(ctx: RoundContext, kw: Keyword): number {
  return Math.round(kw.floorCpcCents * (ctx.spec.adCompetition ?? 1));
}

function newEntry(
  listing: SellerListing,
  kw: Keyword,
  bidCents: number,
  quality: number,
  floorCents: number,
): AdBidEntry {
  const entry: AdBidEntry = {
    listing,
    keyword: kw.id,
    bidCents,
    quality,
    adRank: 0,
    floorCpcCents: floorCents,
    teamIndex: listing.teamIndex,
    expImpressions: 0,
    expClicks: 0,
    expSpend: 0,
    ticksWon: 0,
    positionSum: 0,
    ticksLostToBudget: 0,
    impressionsLostToBudget: 0,
    clicks: 0,
    orders: 0,
    spend: 0,
  };
  entry.adRank = adRank(entry);
  return entry;
}

/** Why a bid with this entry may not take part, if it may not. */
function refusalOf(ctx: RoundContext, relevance: number, e: AdBidEntry): BidStatus | undefined {
  if (relevance <= 0) return 'NOT_RELEVANT';
  if (e.listing.anomaly?.flagged) return 'PRICE_ANOMALY';
  if (e.bidCents < e.floorCpcCents || e.bidCents <= 0) return 'BELOW_FLOOR';
  if (e.quality < ctx.scenario.model.ads.minQuality || e.quality <= 0) return 'LOW_QUALITY';
  return undefined;
}

/** A market's listings by product, and the teams' bids by keyword, indexed once per market. */
interface MarketIndex {
  teamsByProduct: Map<string, SellerListing[]>;
  competitorsByProduct: Map<string, SellerListing[]>;
  bidsByKeyword: Map<string, { team: TeamCtx; report: BidReport }[]>;
}

function byProduct(listings: SellerListing[]): Map<string, SellerListing[]> {
  const out = new Map<string, SellerListing[]>();
  for (const l of listings) {
    const list = out.get(l.product.id);
    if (list) list.push(l);
    else out.set(l.product.id, [l]);
  }
  return out;
}

function indexMarket(
  ctx: RoundContext,
  market: Market,
  teamListings: SellerListing[],
  competitors: SellerListing[],
): MarketIndex {
  const bidsByKeyword = new Map<string, { team: TeamCtx; report: BidReport }[]>();
  for (const team of ctx.teams)
    for (const report of team.bidReports) {
      if (report.market !== market.code) continue;
      const list = bidsByKeyword.get(report.keyword);
      if (list) list.push({ team, report });
      else bidsByKeyword.set(report.keyword, [{ team, report }]);
    }
  return { teamsByProduct: byProduct(teamListings), competitorsByProduct: byProduct(competitors), bidsByKeyword };
}

function keywordMarket(
  ctx: RoundContext,
  market: Market,
  kw: Keyword,
  searches: number,
  index: MarketIndex,
): KeywordMarket {
  const miss = titleMissFactor(ctx.scenario.model.quality);
  const relevanceOf = (l: SellerListing) =>
    (kw.relevance[l.product.id] ?? 0) * (l.teamIndex < 0 || l.titleKeywords.has(kw.id) ? 1 : miss);
  const adQuality = (l: SellerListing) => relevanceOf(l) * l.quality * (l.rating / 5);
  const relevant = Object.keys(kw.relevance)
    .filter((product) => (kw.relevance[product] ?? 0) > 0)
    .sort();
  const teamCandidates = relevant.flatMap((product) => index.teamsByProduct.get(product) ?? []);
  const competitors = relevant.flatMap((product) => index.competitorsByProduct.get(product) ?? []);
  const candidates = [...teamCandidates, ...competitors].map((listing) => ({
    listing,
    relevance: relevanceOf(listing),
  }));
  const bidders: AdBidEntry[] = [];
  const competition = ctx.spec.adCompetition ?? 1;
  for (const l of competitors) {
    const bid = l.competitorListing?.bids[kw.id];
    if (bid === undefined) continue;
    const e = newEntry(l, kw, Math.round(bid * competition), adQuality(l), roundFloorCents(ctx, kw));
    if (!refusalOf(ctx, relevanceOf(l), e)) bidders.push(e);
  }
  for (const { team, report } of index.bidsByKeyword.get(kw.id) ?? []) {
    const listing = team.listingByKey.get(`${report.product}@${market.code}`);
    if (!listing) continue;
    const e = newEntry(listing, kw, report.bidCents, adQuality(listing), roundFloorCents(ctx, kw));
    report.quality = e.quality;
    report.refusal = refusalOf(ctx, relevanceOf(listing), e);
    if (report.refusal) continue;
    report.entry = e;
    bidders.push(e);
    team.bids.push(e);
  }
  return buildKeywordMarket(kw, market, searches, candidates, bidders, ctx.scenario.model, ctx.layout);
}

/** Every team's bids, in canonical order, each refused as NO_LISTING / NOT_RELEVANT until a market takes it. */
export function collectBids(ctx: RoundContext, team: TeamCtx): void {
  const bids = [...team.decisions.ADS.bids].sort(
    (a, b) => compareText(a.keyword, b.keyword) || compareText(a.product, b.product),
  );
  team.bidReports = bids.map((b): BidReport => {
    const kw = ctx.ix.keywords.get(b.keyword);
    const market = kw?.market ?? '';
    const hasListing = team.listingByKey.has(`${b.product}@${market}`);
    return {
      keyword: b.keyword,
      market,
      product: b.product,
      bidCents: b.bidCents,
      quality: 0,
      floorCpcCents: kw ? roundFloorCents(ctx, kw) : 0,
      refusal: hasListing ? 'NOT_RELEVANT' : 'NO_LISTING',
    };
  });
}

/** Step 4 for one market: shoppers per category and the keyword markets they search in. */
export function searchDemand(
  ctx: RoundContext,
  market: Market,
  teamListings: SellerListing[],
  competitors: SellerListing[],
): MarketDemand {
  const { seed, round, scenario } = ctx;
  const out: MarketDemand = { shoppers: 0, multipliers: new Map(), keywordMarkets: [] };
  const index = indexMarket(ctx, market, teamListings, competitors);
  for (const category of Object.keys(market.demand).sort()) {
    const eps = sampleNormal(
      createStream(seed, round, market.code, 'demand', category),
      0,
      scenario.model.demand.noiseSigma,
    );
    const mult = demandMultiplier(market, ctx.spec, round, eps);
    out.multipliers.set(category, mult);
    const shoppers = samplePoisson(
      createStream(seed, round, market.code, 'shoppers', category),
      expectedShoppers(market, category, ctx.classSize, mult),
    );
    out.shoppers += shoppers;
    const kws = (ctx.ix.keywordsByMarket.get(market.code) ?? []).filter((k) => k.category === category);
    const split = splitMultinomial(
      createStream(seed, round, market.code, 'keywords', category),
      shoppers,
      kws.map((k) => k.searchVolume),
    );
    kws.forEach((kw, i) => out.keywordMarkets.push(keywordMarket(ctx, market, kw, split[i], index)));
  }
  return out;
}
