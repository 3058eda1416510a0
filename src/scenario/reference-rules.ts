import type { Indexed, RuleInput } from './rule-input';
import type { PathIssue } from './scenario-issue';

const CARRIER_TIERS = new Set(['ECONOMY', 'STANDARD', 'PREMIUM']);

/** Duplicate ids and references to markets, categories, products and keywords that do not exist. */
export function referenceIssues(input: RuleInput): PathIssue[] {
  return [
    ...duplicateIssues(input),
    ...productIssues(input),
    ...marketIssues(input),
    ...keywordIssues(input),
    ...competitorIssues(input),
    ...logisticsIssues(input),
  ];
}

function duplicateIssues(input: RuleInput): PathIssue[] {
  const issues: PathIssue[] = [];
  const check = <T>(name: string, items: Indexed<T>[], field: 'id' | 'code', key: (item: T) => string): void => {
    const first = new Map<string, number>();
    for (const { index, item } of items) {
      const id = key(item);
      const at = first.get(id);
      if (at === undefined) first.set(id, index);
      else issues.push({ path: [name, index, field], message: `duplicate ${field} "${id}" (first at ${name}[${at}])` });
    }
  };
  check('markets', input.markets, 'code', (m) => m.code);
  check('categories', input.categories, 'id', (c) => c.id);
  check('products', input.products, 'id', (p) => p.id);
  check('keywords', input.keywords, 'id', (k) => k.id);
  check('competitors', input.competitors, 'id', (c) => c.id);
  check('logistics', input.logistics, 'id', (l) => l.id);
  return issues;
}

function productIssues(input: RuleInput): PathIssue[] {
  const categories = input.ids.categories;
  return input.products
    .filter(({ item }) => !categories.has(item.category))
    .map(({ index, item }) => ({
      path: ['products', index, 'category'],
      message: `unknown category "${item.category}"`,
    }));
}

function marketIssues(input: RuleInput): PathIssue[] {
  const categories = input.ids.categories;
  const laneMarkets = new Set(
    input.logistics.filter(({ item }) => CARRIER_TIERS.has(item.tier)).map(({ item }) => item.market),
  );
  const issues: PathIssue[] = [];
  for (const { index, item } of input.markets) {
    for (const category of Object.keys(item.demand)) {
      if (!categories.has(category))
        issues.push({
          path: ['markets', index, 'demand', category],
          message: `demand for unknown category "${category}"`,
          atKey: true,
        });
    }
    if (!laneMarkets.has(item.code)) {
      issues.push({
        path: ['markets', index, 'code'],
        message: `market "${item.code}" has no carrier lane (an ECONOMY, STANDARD or PREMIUM logistics service)`,
      });
    }
  }
  return issues;
}

function keywordIssues(input: RuleInput): PathIssue[] {
  const markets = input.ids.markets;
  const categories = input.ids.categories;
  const products = input.ids.products;
  const issues: PathIssue[] = [];
  for (const { index, item } of input.keywords) {
    if (!markets.has(item.market))
      issues.push({ path: ['keywords', index, 'market'], message: `unknown market "${item.market}"` });
    if (!categories.has(item.category))
      issues.push({ path: ['keywords', index, 'category'], message: `unknown category "${item.category}"` });
    for (const product of Object.keys(item.relevance)) {
      if (!products.has(product))
        issues.push({
          path: ['keywords', index, 'relevance', product],
          message: `relevance to unknown product "${product}"`,
          atKey: true,
        });
    }
  }
  return issues;
}

function competitorIssues(input: RuleInput): PathIssue[] {
  const markets = input.ids.markets;
  const products = input.ids.products;
  const keywordMarket = new Map(input.keywords.map(({ item }) => [item.id, item.market]));
  const keywords = input.ids.keywords;
  const issues: PathIssue[] = [];
  for (const { index, item } of input.competitors) {
    if (!markets.has(item.market))
      issues.push({ path: ['competitors', index, 'market'], message: `unknown market "${item.market}"` });
    item.listings.forEach((listing, l) => {
      const at = ['competitors', index, 'listings', l];
      if (!products.has(listing.product))
        issues.push({ path: [...at, 'product'], message: `listing of unknown product "${listing.product}"` });
      for (const keyword of Object.keys(listing.bids)) {
        const market = keywordMarket.get(keyword);
        if (!keywords.has(keyword))
          issues.push({ path: [...at, 'bids', keyword], message: `bid on unknown keyword "${keyword}"`, atKey: true });
        else if (market !== undefined && market !== item.market)
          issues.push({
            path: [...at, 'bids', keyword],
            message: `bid on keyword "${keyword}" of market ${market}, not ${item.market}`,
            atKey: true,
          });
      }
    });
  }
  return issues;
}

function logisticsIssues(input: RuleInput): PathIssue[] {
  const markets = input.ids.markets;
  return input.logistics
    .filter(({ item }) => !markets.has(item.market))
    .map(({ index, item }) => ({
      path: ['logistics', index, 'market'],
      message: `logistics service of unknown market "${item.market}"`,
    }));
}
