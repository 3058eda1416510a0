/**
 * KPIs per module from a team's round figures (see kpi-catalog for each
 * one's label, unit and definition). Rates are fractions.
 *
 * Rules:
 * - Scored KPIs stand on expected quantities (expected-sales): what the
 *   team's decisions made likely, not how the draws fell, so teams deciding
 *   alike score alike. Realised counts are reported beside them.
 * - A KPI whose denominator is absent is not applicable (ACoS without ad
 *   spend, affiliate return without affiliate commission, delivery rates
 *   without parcels…): its value reads 0 and its band is not counted.
 */
import type { ModuleName } from '../types';
import type { ExpectedSales } from '../steps/expected-sales';

/** ACoS reported when ads cost money but were not expected to sell; also the cap. */
export const ACOS_CAP = 10;

export interface TeamFigures {
  /** Realised operating result minus cost of goods sold. */
  profitCents: number;
  /** Expected profit of the round: expected sales result, expected ad spend and the realised fixed and stock costs. */
  expectedProfitCents: number;
  rating: number;
  serviceScore: number;
  /** Units on hand at the start of the round, after arrivals. */
  unitsOnHand: number;
  listingsWithStock: number;
  listings: number;
  priceFlags: number;
  averageQuality: number;
  selectionFit: number;
  impressions: number;
  /** Realised counts, shown for information. */
  realised: {
    unitsSold: number;
    clicks: number;
    adSpendCents: number;
    adRevenueCents: number;
    adClicks: number;
    affiliateOrders: number;
    parcels: number;
    averageDeliveryDays: number;
  };
  adBudgetCents: number;
  expectedAdSpendCents: number;
  /** Σ expected paid clicks × their bid. */
  expectedClicksTimesBid: number;
  expected: ExpectedSales;
}

export interface Kpis {
  values: Record<ModuleName, Record<string, number>>;
  /** Per module, the KPIs that do not apply this round (their bands are not counted). */
  notApplicable: Record<ModuleName, string[]>;
}

/** The KPIs of a round; see the file comment for the rules. */
export function computeKpis(f: TeamFigures): Kpis {
  const e = f.expected;
  const na: Record<ModuleName, string[]> = { OPERATIONS: [], SELECTION: [], ADS: [], FULFILLMENT: [] };
  /** a ÷ b when b > 0; otherwise the KPI is not applicable and reads 0. */
  const rate = (module: ModuleName, id: string, a: number, b: number) => {
    if (b > 0) return a / b;
    na[module].push(id);
    return 0;
  };
  const netRevenue = e.revenue - e.refunds;
  const spend = f.expectedAdSpendCents;
  const parcels = e.served;
  const values: Record<ModuleName, Record<string, number>> = {
    OPERATIONS: {
      netMargin: netRevenue > 0 ? Math.max(-1, Math.min(1, f.expectedProfitCents / netRevenue)) : 0,
      rating: f.rating,
      serviceScore: f.serviceScore,
      inStockRate: e.demand > 0 ? e.served / e.demand : f.listings > 0 ? f.listingsWithStock / f.listings : 0,
      sellThrough: f.unitsOnHand > 0 ? e.served / f.unitsOnHand : 0,
      priceFlags: f.priceFlags,
      profitCents: f.profitCents,
      expectedProfitCents: Math.round(f.expectedProfitCents),
      unitsSold: f.realised.unitsSold,
    },
    SELECTION: {
      listingQuality: f.averageQuality,
      gmvCents: Math.round(e.revenue),
      conversion: e.clicks > 0 ? e.searchOrders / e.clicks : 0,
      selectionFit: f.selectionFit,
      listings: f.listings,
      impressions: f.impressions,
      clicks: f.realised.clicks,
    },
    ADS: {
      acos: spend > 0 ? (e.adRevenue > 0 ? Math.min(ACOS_CAP, spend / e.adRevenue) : ACOS_CAP) : 0,
      roas: rate('ADS', 'roas', e.adRevenue, spend),
      budgetUse: rate('ADS', 'budgetUse', spend, f.adBudgetCents),
      cpcToBid: rate('ADS', 'cpcToBid', spend, f.expectedClicksTimesBid),
      affiliateReturn: rate('ADS', 'affiliateReturn', e.affiliateRevenue, e.affiliate),
      adSpendCents: f.realised.adSpendCents,
      adRevenueCents: f.realised.adRevenueCents,
      adClicks: f.realised.adClicks,
      affiliateOrders: f.realised.affiliateOrders,
    },
    FULFILLMENT: {
      onTimeRate: rate('FULFILLMENT', 'onTimeRate', parcels - e.lost - e.late, parcels - e.lost),
      lateShipmentRate: rate('FULFILLMENT', 'lateShipmentRate', e.cancelled, parcels + e.cancelled),
      disputeRate: rate('FULFILLMENT', 'disputeRate', e.notReceived + e.nadDisputes, parcels),
      lossRate: rate('FULFILLMENT', 'lossRate', e.lost, parcels),
      logisticsCostShare: rate('FULFILLMENT', 'logisticsCostShare', e.logistics, e.revenue),
      parcels: f.realised.parcels,
      averageDeliveryDays: f.realised.averageDeliveryDays,
    },
  };
  if (spend <= 0) na.ADS.unshift('acos');
  return { values, notApplicable: na };
}
