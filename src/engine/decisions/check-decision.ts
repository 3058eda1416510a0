/**
 * The one shared validator of a module payload: structure (strict zod),
 * then semantics against the scenario. Reports every error, never throws.
 *
 * Notes: a bid below the keyword's floor CPC is accepted but never wins an
 * auction; more title keywords than policies.maxTitleKeywords are accepted
 * (up to a hard cap) but flag keyword stuffing in the engine.
 */
import type { Scenario } from '../../scenario/scenario.schema';
import type {
  AdsDecision,
  DecisionCheck,
  DecisionError,
  FulfillmentDecision,
  ModuleName,
  OperationsDecision,
  SelectionDecision,
} from '../types';
import { indexScenario, moduleEnabled, warehouseService, type ScenarioIndex } from '../market/scenario-index';
import { DecisionErrorCode as C } from './decision-codes';
import { DECISION_LIMITS } from './decision-limits';
import { listingLanguages } from './language-tag';
import { adsSchema, fulfillmentSchema, operationsSchema, selectionSchema } from './decision-schemas';
import { zodIssuesToErrors } from './zod-issues';
import type { AnyModuleDecision } from './empty-decision';

type Err = DecisionError;
const err = (code: string, path: string, message: string): Err => ({ code, path, message });

const NONE: readonly Err[] = [];

function duplicates<T>(
  items: readonly T[],
  key: (t: T) => string,
  path: (i: number) => string,
  what: string,
): readonly Err[] {
  if (items.length < 2) return NONE;
  const seen = new Set<string>();
  const out: Err[] = [];
  items.forEach((it, i) => {
    const k = key(it);
    if (seen.has(k)) out.push(err(C.DUPLICATE, path(i), `${what} ${k} appears more than once`));
    seen.add(k);
  });
  return out;
}

export function checkOperations(scenario: Scenario, ix: ScenarioIndex, d: OperationsDecision): Err[] {
  const errors: Err[] = [];
  d.prices.forEach((p, i) => {
    const at = `prices[${i}]`;
    const product = ix.products.get(p.product);
    const market = ix.markets.get(p.market);
    if (!product) errors.push(err(C.UNKNOWN_PRODUCT, `${at}.product`, `unknown product ${p.product}`));
    if (!market) errors.push(err(C.UNKNOWN_MARKET, `${at}.market`, `unknown market ${p.market}`));
    if (product) {
      const cap = product.referencePriceCents * DECISION_LIMITS.maxPriceMultipleOfReference;
      if (p.priceCents > cap)
        errors.push(err(C.OUT_OF_RANGE, `${at}.priceCents`, `price must be at most ${cap} cents`));
    }
    if (market?.compliance && p.discountBps > market.compliance.maxDiscountBps) {
      errors.push(
        err(
          C.NOT_ALLOWED,
          `${at}.discountBps`,
          `${p.market} allows discounts up to ${market.compliance.maxDiscountBps} bps`,
        ),
      );
    }
  });
  errors.push(
    ...duplicates(
      d.prices,
      (p) => `${p.product}@${p.market}`,
      (i) => `prices[${i}]`,
      'price for',
    ),
  );
  d.purchases.forEach((p, i) => {
    const at = `purchases[${i}]`;
    const product = ix.products.get(p.product);
    if (!product) errors.push(err(C.UNKNOWN_PRODUCT, `${at}.product`, `unknown product ${p.product}`));
    else if (p.units > 0 && p.units < product.minOrderUnits) {
      errors.push(
        err(C.OUT_OF_RANGE, `${at}.units`, `a purchase of ${p.product} is at least ${product.minOrderUnits} units`),
      );
    }
  });
  errors.push(
    ...duplicates(
      d.purchases,
      (p) => p.product,
      (i) => `purchases[${i}]`,
      'purchase of',
    ),
  );
  return errors;
}

export function checkSelection(scenario: Scenario, ix: ScenarioIndex, d: SelectionDecision): Err[] {
  const errors: Err[] = [];
  if (d.listings.length > scenario.policies.maxListings) {
    errors.push(err(C.TOO_MANY, 'listings', `at most ${scenario.policies.maxListings} listings`));
  }
  const languages = listingLanguages(scenario);
  for (let i = 0; i < d.listings.length; i += 1) {
    const l = d.listings[i];
    if (!languages.has(l.language))
      errors.push(
        err(
          C.UNKNOWN_LANGUAGE,
          `listings[${i}].language`,
          `language ${l.language} is not used in this scenario (known: ${[...languages].sort().join(', ')})`,
        ),
      );
    const product = ix.products.get(l.product);
    const market = ix.markets.get(l.market);
    if (!product) errors.push(err(C.UNKNOWN_PRODUCT, `listings[${i}].product`, `unknown product ${l.product}`));
    if (!market) errors.push(err(C.UNKNOWN_MARKET, `listings[${i}].market`, `unknown market ${l.market}`));
    if (product && l.attributesFilled > product.attributes) {
      errors.push(
        err(C.OUT_OF_RANGE, `listings[${i}].attributesFilled`, `${l.product} has ${product.attributes} attributes`),
      );
    }
    for (let j = 0; j < l.titleKeywords.length; j += 1) {
      const k = l.titleKeywords[j];
      const kw = ix.keywords.get(k);
      if (!kw || (market && kw.market !== market.code)) {
        errors.push(
          err(C.UNKNOWN_KEYWORD, `listings[${i}].titleKeywords[${j}]`, `unknown keyword ${k} in market ${l.market}`),
        );
      }
    }
    if (l.titleKeywords.length > 1)
      errors.push(
        ...duplicates(
          l.titleKeywords,
          (k) => k,
          (j) => `listings[${i}].titleKeywords[${j}]`,
          'title keyword',
        ),
      );
  }
  errors.push(
    ...duplicates(
      d.listings,
      (l) => `${l.product}@${l.market}`,
      (i) => `listings[${i}]`,
      'listing',
    ),
  );
  return errors;
}

export function checkAds(scenario: Scenario, ix: ScenarioIndex, d: AdsDecision): Err[] {
  const errors: Err[] = [];
  d.bids.forEach((b, i) => {
    const at = `bids[${i}]`;
    const kw = ix.keywords.get(b.keyword);
    if (!kw) errors.push(err(C.UNKNOWN_KEYWORD, `${at}.keyword`, `unknown keyword ${b.keyword}`));
    if (!ix.products.has(b.product))
      errors.push(err(C.UNKNOWN_PRODUCT, `${at}.product`, `unknown product ${b.product}`));
    if (kw) {
      const cap = kw.floorCpcCents * DECISION_LIMITS.maxBidMultipleOfFloor;
      if (b.bidCents > cap) errors.push(err(C.OUT_OF_RANGE, `${at}.bidCents`, `bid must be at most ${cap} cents`));
    }
  });
  errors.push(
    ...duplicates(
      d.bids,
      (b) => `${b.keyword}/${b.product}`,
      (i) => `bids[${i}]`,
      'bid',
    ),
  );
  d.affiliate.forEach((a, i) => {
    const at = `affiliate[${i}]`;
    const cat = ix.categories.get(a.category);
    if (!cat) errors.push(err(C.UNKNOWN_CATEGORY, `${at}.category`, `unknown category ${a.category}`));
    else if (
      a.commissionBps !== 0 &&
      (a.commissionBps < cat.affiliateBandBps.min || a.commissionBps > cat.affiliateBandBps.max)
    ) {
      errors.push(
        err(
          C.OUT_OF_RANGE,
          `${at}.commissionBps`,
          `commission for ${a.category} is 0 or ${cat.affiliateBandBps.min}..${cat.affiliateBandBps.max} bps`,
        ),
      );
    }
  });
  errors.push(
    ...duplicates(
      d.affiliate,
      (a) => a.category,
      (i) => `affiliate[${i}]`,
      'affiliate category',
    ),
  );
  return errors;
}

export function checkFulfillment(scenario: Scenario, ix: ScenarioIndex, d: FulfillmentDecision): Err[] {
  const errors: Err[] = [];
  const maxDays = scenario.model.fulfillment.shipWithinDays;
  if (d.handlingDays > maxDays) errors.push(err(C.OUT_OF_RANGE, 'handlingDays', `handling days are 1..${maxDays}`));
  d.services.forEach((s, i) => {
    const at = `services[${i}]`;
    if (!ix.markets.has(s.market)) errors.push(err(C.UNKNOWN_MARKET, `${at}.market`, `unknown market ${s.market}`));
    const svc = ix.services.get(s.service);
    if (!svc || svc.market !== s.market)
      errors.push(err(C.UNKNOWN_SERVICE, `${at}.service`, `unknown service ${s.service} for market ${s.market}`));
  });
  errors.push(
    ...duplicates(
      d.services,
      (s) => s.market,
      (i) => `services[${i}]`,
      'service for market',
    ),
  );
  d.transfers.forEach((t, i) => {
    const at = `transfers[${i}]`;
    if (!ix.products.has(t.product))
      errors.push(err(C.UNKNOWN_PRODUCT, `${at}.product`, `unknown product ${t.product}`));
    if (!ix.markets.has(t.market)) errors.push(err(C.UNKNOWN_MARKET, `${at}.market`, `unknown market ${t.market}`));
    else if (!warehouseService(ix, t.market))
      errors.push(err(C.NOT_ALLOWED, `${at}.market`, `${t.market} has no overseas warehouse`));
  });
  errors.push(
    ...duplicates(
      d.transfers,
      (t) => `${t.product}@${t.market}`,
      (i) => `transfers[${i}]`,
      'transfer of',
    ),
  );
  return errors;
}

export function checkDecision(
  scenario: Scenario,
  module: 'OPERATIONS',
  payload: unknown,
  round?: number,
): DecisionCheck<OperationsDecision>;
export function checkDecision(
  scenario: Scenario,
  module: 'SELECTION',
  payload: unknown,
  round?: number,
): DecisionCheck<SelectionDecision>;
export function checkDecision(
  scenario: Scenario,
  module: 'ADS',
  payload: unknown,
  round?: number,
): DecisionCheck<AdsDecision>;
export function checkDecision(
  scenario: Scenario,
  module: 'FULFILLMENT',
  payload: unknown,
  round?: number,
): DecisionCheck<FulfillmentDecision>;
export function checkDecision(
  scenario: Scenario,
  module: ModuleName,
  payload: unknown,
  round?: number,
): DecisionCheck<AnyModuleDecision>;
export function checkDecision(
  scenario: Scenario,
  module: ModuleName,
  payload: unknown,
  round?: number,
): DecisionCheck<AnyModuleDecision> {
  if (round !== undefined && !moduleEnabled(scenario, round, module)) {
    return { ok: false, errors: [err(C.MODULE_DISABLED, '', `${module} is not played in round ${round}`)] };
  }
  const ix = indexScenario(scenario);
  switch (module) {
    case 'OPERATIONS': {
      const r = operationsSchema.safeParse(payload);
      if (!r.success) return { ok: false, errors: zodIssuesToErrors(r.error.issues, payload) };
      const errors = checkOperations(scenario, ix, r.data);
      return errors.length ? { ok: false, errors } : { ok: true, value: r.data };
    }
    case 'SELECTION': {
      const r = selectionSchema.safeParse(payload);
      if (!r.success) return { ok: false, errors: zodIssuesToErrors(r.error.issues, payload) };
      const errors = checkSelection(scenario, ix, r.data);
      return errors.length ? { ok: false, errors } : { ok: true, value: r.data };
    }
    case 'ADS': {
      const r = adsSchema.safeParse(payload);
      if (!r.success) return { ok: false, errors: zodIssuesToErrors(r.error.issues, payload) };
      const errors = checkAds(scenario, ix, r.data);
      return errors.length ? { ok: false, errors } : { ok: true, value: r.data };
    }
    case 'FULFILLMENT': {
      const r = fulfillmentSchema.safeParse(payload);
      if (!r.success) return { ok: false, errors: zodIssuesToErrors(r.error.issues, payload) };
      const errors = checkFulfillment(scenario, ix, r.data);
      return errors.length ? { ok: false, errors } : { ok: true, value: r.data };
    }
    default:
      return { ok: false, errors: [err(C.UNKNOWN_MODULE, '', `unknown module ${String(module)}`)] };
  }
}
