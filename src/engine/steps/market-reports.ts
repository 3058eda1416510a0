/**
 * Step 8c: what a market looked like this round, as aggregates only (no
 * team identity): shoppers, searches, orders and GMV of teams and
 * competitor sellers, average price, CPC and delivery days, and per
 * keyword its searches, ad clicks and average CPC.
 */
import type { MarketRoundReport, TeamRoundResult } from '../types';
import type { KeywordMarket } from '../market/keyword-market';
import type { SellerListing } from '../market/listing-context';
import { compareText } from '../compare-text';

export interface MarketRoundData {
  code: string;
  shoppers: number;
  keywordMarkets: KeywordMarket[];
  competitors: SellerListing[];
  /** Orders and GMV of the teams' listings. */
  teamOrders: number;
  teamGmv: number;
}

export function marketReport(m: MarketRoundData, results: readonly TeamRoundResult[]): MarketRoundReport {
  let orders = m.teamOrders;
  let gmv = m.teamGmv;
  for (const c of m.competitors) {
    const o = Math.round(c.searchOrders + c.adOrders);
    orders += o;
    gmv += o * c.effectivePriceCents;
  }
  let daysSum = 0;
  let delivered = 0;
  for (const r of results)
    for (const lane of r.lanes)
      if (lane.market === m.code) {
        daysSum += lane.averageDeliveryDays * (lane.parcels - lane.lost);
        delivered += lane.parcels - lane.lost;
      }
  let spend = 0;
  let clicks = 0;
  const keywords = m.keywordMarkets
    .map((km) => {
      let kSpend = 0;
      let kClicks = 0;
      for (const b of km.bidders) {
        kSpend += b.teamIndex >= 0 ? b.spend : b.expSpend;
        kClicks += b.teamIndex >= 0 ? b.clicks : b.expClicks;
      }
      spend += kSpend;
      clicks += kClicks;
      return {
        keyword: km.keyword.id,
        searches: km.searches,
        adClicks: Math.round(kClicks),
        averageCpcCents: kClicks > 0 ? Math.round(kSpend / kClicks) : 0,
      };
    })
    .sort((a, b) => compareText(a.keyword, b.keyword));
  return {
    market: m.code,
    shoppers: m.shoppers,
    searches: keywords.reduce((a, k) => a + k.searches, 0),
    orders,
    gmvCents: gmv,
    averagePriceCents: orders > 0 ? Math.round(gmv / orders) : 0,
    averageCpcCents: clicks > 0 ? Math.round(spend / clicks) : 0,
    averageDeliveryDays: delivered > 0 ? daysSum / delivered : 0,
    keywords,
  };
}
