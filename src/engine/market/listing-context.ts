/** Per-round working data of team and competitor listings. */
import type { Competitor, CompetitorListing, LogisticsService, Market, Product } from '../../scenario/scenario.schema';

export interface SellerListing {
  /** Canonical id: `${teamId}/${product}@${market}` or `competitor:${id}/${product}`. */
  id: string;
  /** `${product}@${market}`: the key of the team's listing history and of its bids. */
  key: string;
  market: Market;
  product: Product;
  /** Index into the team contexts, or -1 for a competitor. */
  teamIndex: number;
  /** The owning team's id (undefined for a competitor). */
  teamId: string | undefined;
  competitor?: Competitor;
  competitorListing?: CompetitorListing;
  /** Price the shopper pays (after discount; competitors: price + shipping). */
  effectivePriceCents: number;
  listPriceCents: number;
  discountBps: number;
  quality: number;
  localised: boolean;
  titleKeywords: ReadonlySet<string>;
  stuffing: boolean;
  /** The price-anomaly check of this listing (set by the risk step). */
  anomaly?: PriceAnomalyFigures;
  rating: number;
  reviews: number;
  conversionFactor: number;
  service?: LogisticsService;
  /** Days between order and hand-over (the team's, or the warehouse's for warehouse stock). */
  handlingDays: number;
  /** 'HOME' or the market code (overseas warehouse). */
  location: string;
  deliveryDays: number;
  /** Organic score without the keyword relevance factor (incl. badges and risk demotion). */
  baseScore: number;
  /** Share of the shoppers a listing is shown to (1; less when throttled for dumping or stuffing). */
  exposure: number;
  expV: number;
  startStock: number;
  /** Expected units on hand at the start of the round (TeamState.expectedStock). */
  expectedStartStock: number;
  // accumulators
  impressions: number;
  clicks: number;
  searchOrders: number;
  adImpressions: number;
  adClicks: number;
  adOrders: number;
  affiliateOrders: number;
  /** Orders expected from search, ads and affiliates before the draws (the listing's own expected demand). */
  expectedOrders: number;
  /** Expected organic and paid clicks (before the draws). */
  expectedClicks: number;
  /** Expected orders from organic search, from ads and from affiliates (before the draws). */
  expectedSearchOrders: number;
  expectedAdOrders: number;
  expectedAffiliateOrders: number;
  /** Organic placement per keyword (average position over the result pages it was shown in). */
  positions: KeywordPlacement[];
}

export interface KeywordPlacement {
  keyword: string;
  /** Average organic position (1 = top), 0 when not shown. */
  position: number;
  impressions: number;
  clicks: number;
}

/** The figures of a listing's price-anomaly check. */
export interface PriceAnomalyFigures {
  /** Centre of the product's price distribution in the market (cents). */
  medianCents: number;
  /** Median absolute deviation, after the scenario's floor (cents). */
  madCents: number;
  /** Modified z-score of the listing's price. */
  z: number;
  /** Flagged below −threshold. */
  threshold: number;
  flagged: boolean;
  /** Exposure multiplier applied (1 when not flagged). */
  exposure: number;
}
