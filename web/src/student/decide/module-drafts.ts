import type { ModuleName } from '../draft-store';

/** The four module decisions as the forms edit them: exactly the API's input fields, in cents and basis points. */
export interface ListingDraft {
  product: string;
  market: string;
  titleKeywords: string[];
  language: string;
  images: number;
  attributesFilled: number;
}
export interface SelectionDraft {
  listings: ListingDraft[];
  storefront: 'BASIC' | 'DECORATED' | 'FLAGSHIP';
}
export interface PriceDraft {
  product: string;
  market: string;
  priceCents: number;
  discountBps: number;
}
export interface OperationsDraft {
  prices: PriceDraft[];
  purchases: { product: string; units: number }[];
  serviceLevel: 'BASIC' | 'STANDARD' | 'PREMIUM';
}
export interface AdsDraft {
  bids: { keyword: string; product: string; bidCents: number }[];
  dailyBudgetCents: number;
  pacing: 'EVEN' | 'ASAP';
  affiliate: { category: string; commissionBps: number }[];
}
export interface FulfillmentDraft {
  services: { market: string; service: string }[];
  handlingDays: number;
  transfers: { product: string; market: string; units: number }[];
  packaging: 'STANDARD' | 'COMPACT' | 'PROTECTIVE';
}

export interface Drafts {
  SELECTION: SelectionDraft;
  OPERATIONS: OperationsDraft;
  ADS: AdsDraft;
  FULFILLMENT: FulfillmentDraft;
}

/** The field of submitDecisions' input that carries each module. */
export const INPUT_KEY = {
  SELECTION: 'selection',
  OPERATIONS: 'operations',
  ADS: 'ads',
  FULFILLMENT: 'fulfillment',
} as const satisfies Record<ModuleName, string>;

/** A module decided for the first time: nothing listed, bought or bid; the cheapest service level. */
export function emptyDraft<M extends ModuleName>(module: M): Drafts[M] {
  const empty: Drafts = {
    SELECTION: { listings: [], storefront: 'BASIC' },
    OPERATIONS: { prices: [], purchases: [], serviceLevel: 'BASIC' },
    ADS: { bids: [], dailyBudgetCents: 0, pacing: 'EVEN', affiliate: [] },
    FULFILLMENT: { services: [], handlingDays: 2, transfers: [], packaging: 'STANDARD' },
  };
  return empty[module];
}

/** A stored decision (canonical JSON of the same fields) as a draft; null when it cannot be read. */
export function draftFromPayload<M extends ModuleName>(module: M, payload: string): Drafts[M] | null {
  try {
    const parsed = JSON.parse(payload) as Partial<Drafts[M]>;
    return { ...emptyDraft(module), ...parsed };
  } catch {
    return null;
  }
}
