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
  dumping: boolean;
  rating: number;
  reviews: number;
  conversionFactor: number;
  service?: LogisticsService;
  /** 'HOME' or the market code (overseas warehouse). */
  location: string;
  deliveryDays: number;
  /** Organic score without the keyword relevance factor (incl. badges and risk demotion). */
  baseScore: number;
  expV: number;
  startStock: number;
  // accumulators
  impressions: number;
  clicks: number;
  searchOrders: number;
  adImpressions: number;
  adClicks: number;
  adOrders: number;
  affiliateOrders: number;
}
