/**
 * KPIs per module from a team's round figures. Rates are fractions.
 * Defined values when a denominator is zero ("no activity earns no points"
 * with the usual bands): see each line.
 */
import type { ModuleName } from '../types';

/** ACoS reported when ads were bought without ad revenue, or no ads were bought at all; also the cap. */
export const ACOS_CAP = 10;

export interface TeamFigures {
  revenueCents: number;
  refundsCents: number;
  cogsCents: number;
  /** Σ ledger without PURCHASES (inventory is an asset, COGS is the cost). */
  operatingResultCents: number;
  rating: number;
  serviceScore: number;
  demandUnits: number;
  servedUnits: number;
  availableUnits: number;
  listingsWithStock: number;
  listings: number;
  priceFlags: number;
  averageQuality: number;
  gmvCents: number;
  searchClicks: number;
  searchOrders: number;
  selectionFit: number;
  adSpendCents: number;
  adRevenueCents: number;
  adBudgetCents: number;
  adClicks: number;
  adClicksTimesBid: number;
  affiliateCents: number;
  affiliateOrders: number;
  shipped: number;
  cancelled: number;
  late: number;
  lost: number;
  disputes: number;
  logisticsCents: number;
  averageDeliveryDays: number;
  impressions: number;
  /**
   * Expected counts given the team's own choices (probability × parcels):
   * what the team controls, without the luck of the draws.
   */
  expected?: { late: number; lost: number; disputes: number; shipped: number };
}

const ratio = (a: number, b: number, whenZero: number) => (b > 0 ? a / b : whenZero);

export function computeKpis(f: TeamFigures): Record<ModuleName, Record<string, number>> {
  const netRevenue = f.revenueCents + f.refundsCents;
  const profit = f.operatingResultCents - f.cogsCents;
  return {
    OPERATIONS: {
      // no net revenue -> 0
      netMargin: netRevenue > 0 ? Math.max(-1, Math.min(1, profit / netRevenue)) : 0,
      rating: f.rating,
      serviceScore: f.serviceScore,
      // no demand -> share of listings with stock (0 without listings)
      inStockRate: f.demandUnits > 0 ? f.servedUnits / f.demandUnits : ratio(f.listingsWithStock, f.listings, 0),
      // nothing available -> 0
      sellThrough: ratio(f.servedUnits, f.availableUnits, 0),
      priceFlags: f.priceFlags,
      profitCents: profit,
      unitsSold: f.servedUnits,
    },
    SELECTION: {
      listingQuality: f.averageQuality,
      gmvCents: f.gmvCents,
      // no clicks -> 0
      conversion: ratio(f.searchOrders, f.searchClicks, 0),
      selectionFit: f.selectionFit,
      listings: f.listings,
      impressions: f.impressions,
      clicks: f.searchClicks,
    },
    ADS: {
      // no ad spend or no ad revenue -> ACOS_CAP
      acos:
        f.adSpendCents > 0 && f.adRevenueCents > 0 ? Math.min(ACOS_CAP, f.adSpendCents / f.adRevenueCents) : ACOS_CAP,
      // no spend -> 0
      roas: ratio(f.adRevenueCents, f.adSpendCents, 0),
      // no budget -> 0
      budgetUse: ratio(f.adSpendCents, f.adBudgetCents, 0),
      // no paid clicks -> 1
      cpcToBid: ratio(f.adSpendCents, f.adClicksTimesBid, 1),
      // no GMV -> 1
      affiliateShare: ratio(f.affiliateCents, f.gmvCents, 1),
      adSpendCents: f.adSpendCents,
      adRevenueCents: f.adRevenueCents,
      adClicks: f.adClicks,
      affiliateOrders: f.affiliateOrders,
    },
    FULFILLMENT: {
      // nothing delivered -> 0
      onTimeRate: ratio(f.shipped - f.lost - f.late, f.shipped - f.lost, 0),
      // no orders -> 1 (cancelled orders are non-fulfilment / late shipment)
      lateShipmentRate: ratio(f.cancelled, f.shipped + f.cancelled, 1),
      // nothing shipped -> 1
      disputeRate: ratio(f.disputes, f.shipped, 1),
      lossRate: ratio(f.lost, f.shipped, 1),
      // no revenue -> 1
      logisticsCostShare: ratio(f.logisticsCents, f.revenueCents, 1),
      parcels: f.shipped,
      averageDeliveryDays: f.averageDeliveryDays,
    },
  };
}
