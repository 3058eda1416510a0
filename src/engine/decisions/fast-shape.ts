/**
 * A hand-written fast path for the structural checks of the four module
 * schemas (decision-schemas.ts). It returns a fresh copy shaped exactly as
 * zod's parse would (keys in schema order, which is sorted: see
 * decision-json.ts), or null for anything it does not
 * accept at once; the caller then runs zod, which stays the one source of
 * error codes and paths. It may refuse more than zod, never accept more.
 */
import type { AdsDecision, FulfillmentDecision, OperationsDecision, SelectionDecision } from '../types';
import { DECISION_LIMITS as L } from './decision-limits';

type Obj = Record<string, unknown>;

/** A plain object with exactly these keys. */
function exact(v: unknown, keys: readonly string[]): v is Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  // own enumerable string keys, counted without building Object.keys' array
  let own = 0;
  for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k)) own += 1;
  if (own !== keys.length) return false;
  for (let i = 0; i < keys.length; i += 1) if (!Object.prototype.hasOwnProperty.call(v, keys[i])) return false;
  return true;
}

const isInt = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 64;

/** Maps an array with `f`; null when it is no array, longer than `max`, or any element fails. */
function list<T>(v: unknown, f: (item: unknown) => T | null, max = Number.MAX_SAFE_INTEGER): T[] | null {
  if (!Array.isArray(v) || v.length > max) return null;
  const out = new Array<T>(v.length);
  for (let i = 0; i < v.length; i += 1) {
    const item = f(v[i]);
    if (item === null) return null;
    out[i] = item;
  }
  return out;
}

const PRICE = ['product', 'market', 'priceCents', 'discountBps'] as const;
const PURCHASE = ['product', 'units'] as const;
const LISTING = ['product', 'market', 'titleKeywords', 'language', 'images', 'attributesFilled'] as const;
const BID = ['keyword', 'product', 'bidCents'] as const;
const AFFILIATE = ['category', 'commissionBps'] as const;
const SERVICE = ['market', 'service'] as const;
const TRANSFER = ['product', 'market', 'units'] as const;

export function fastOperations(v: unknown): OperationsDecision | null {
  if (!exact(v, ['prices', 'purchases', 'serviceLevel'])) return null;
  const prices = list(v.prices, (p) =>
    exact(p, PRICE) && isId(p.product) && isId(p.market) && isInt(p.priceCents, 1) && isInt(p.discountBps, 0, 10000)
      ? { discountBps: p.discountBps, market: p.market, priceCents: p.priceCents, product: p.product }
      : null,
  );
  const purchases = list(v.purchases, (p) =>
    exact(p, PURCHASE) && isId(p.product) && isInt(p.units, 0, L.maxUnits)
      ? { product: p.product, units: p.units }
      : null,
  );
  const level = v.serviceLevel;
  if (!prices || !purchases || (level !== 'BASIC' && level !== 'STANDARD' && level !== 'PREMIUM')) return null;
  return { prices, purchases, serviceLevel: level };
}

export function fastSelection(v: unknown): SelectionDecision | null {
  if (!exact(v, ['listings', 'storefront'])) return null;
  const listings = list(v.listings, (l) => {
    if (
      !exact(l, LISTING) ||
      !isId(l.product) ||
      !isId(l.market) ||
      typeof l.language !== 'string' ||
      l.language.length < 2 ||
      l.language.length > 10
    )
      return null;
    if (!isInt(l.images, 0, L.maxImages) || !isInt(l.attributesFilled, 0)) return null;
    const titleKeywords = list(l.titleKeywords, (k) => (isId(k) ? k : null), L.maxTitleKeywordsHard);
    if (!titleKeywords) return null;
    return {
      attributesFilled: l.attributesFilled,
      images: l.images,
      language: l.language,
      market: l.market,
      product: l.product,
      titleKeywords,
    };
  });
  const storefront = v.storefront;
  if (!listings || (storefront !== 'BASIC' && storefront !== 'DECORATED' && storefront !== 'FLAGSHIP')) return null;
  return { listings, storefront };
}

export function fastAds(v: unknown): AdsDecision | null {
  if (!exact(v, ['bids', 'dailyBudgetCents', 'pacing', 'affiliate'])) return null;
  const bids = list(
    v.bids,
    (b) =>
      exact(b, BID) && isId(b.keyword) && isId(b.product) && isInt(b.bidCents, 0)
        ? { bidCents: b.bidCents, keyword: b.keyword, product: b.product }
        : null,
    L.maxBids,
  );
  const affiliate = list(v.affiliate, (a) =>
    exact(a, AFFILIATE) && isId(a.category) && isInt(a.commissionBps, 0, 10000)
      ? { category: a.category, commissionBps: a.commissionBps }
      : null,
  );
  const pacing = v.pacing;
  if (
    !bids ||
    !affiliate ||
    !isInt(v.dailyBudgetCents, 0, L.maxDailyBudgetCents) ||
    (pacing !== 'EVEN' && pacing !== 'ASAP')
  )
    return null;
  return { affiliate, bids, dailyBudgetCents: v.dailyBudgetCents, pacing };
}

export function fastFulfillment(v: unknown): FulfillmentDecision | null {
  if (!exact(v, ['services', 'handlingDays', 'transfers', 'packaging'])) return null;
  const services = list(v.services, (s) =>
    exact(s, SERVICE) && isId(s.market) && isId(s.service) ? { market: s.market, service: s.service } : null,
  );
  const transfers = list(v.transfers, (t) =>
    exact(t, TRANSFER) && isId(t.product) && isId(t.market) && isInt(t.units, 0, L.maxUnits)
      ? { market: t.market, product: t.product, units: t.units }
      : null,
  );
  const packaging = v.packaging;
  if (
    !services ||
    !transfers ||
    !isInt(v.handlingDays, 1) ||
    (packaging !== 'STANDARD' && packaging !== 'COMPACT' && packaging !== 'PROTECTIVE')
  )
    return null;
  return { handlingDays: v.handlingDays, packaging, services, transfers };
}
