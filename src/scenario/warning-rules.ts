/**
 * Settings that validate but cannot make sense in a market: reported as
 * warnings (the file still loads; `--strict` turns them into errors).
 *
 * - a keyword of a category its market has no demand for (nobody searches it);
 * - two parcel lanes of the same tier in one market (teams cannot tell them apart);
 * - a product whose unit cost is at or above its reference price (no margin at the usual price);
 * - a competitor listing priced at 10 × the product's reference price or more (it never sells).
 */
import type { PathIssue } from './scenario-issue';
import type { Scenario } from './scenario.schema';

/** A competitor price at or above this multiple of the reference price never sells. */
const ABSURD_PRICE_MULTIPLE = 10;

export function warningIssues(s: Scenario): PathIssue[] {
  return [...idleKeywords(s), ...twinLanes(s), ...noMargin(s), ...absurdCompetitorPrices(s)];
}

function idleKeywords(s: Scenario): PathIssue[] {
  const demand = new Map(s.markets.map((m) => [m.code, m.demand]));
  return s.keywords.flatMap((k, i) =>
    (demand.get(k.market)?.[k.category] ?? 0) > 0
      ? []
      : [
          {
            path: ['keywords', i, 'category'],
            message: `keyword "${k.id}" is for category "${k.category}", which market ${k.market} has no demand for: nobody will search it`,
          },
        ],
  );
}

function twinLanes(s: Scenario): PathIssue[] {
  const first = new Map<string, string>();
  return s.logistics.flatMap((l, i) => {
    if (l.tier === 'WAREHOUSE') return [];
    const key = `${l.market}|${l.tier}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, l.id);
      return [];
    }
    return [
      {
        path: ['logistics', i, 'tier'],
        message: `market ${l.market} has two ${l.tier} lanes ("${earlier}" and "${l.id}"): bots and teams pick the first of a tier`,
      },
    ];
  });
}

function noMargin(s: Scenario): PathIssue[] {
  return s.products.flatMap((p, i) =>
    p.unitCostCents >= p.referencePriceCents
      ? [
          {
            path: ['products', i, 'unitCostCents'],
            message: `product "${p.id}" costs ${p.unitCostCents} cents, at or above its reference price ${p.referencePriceCents}: no margin at the usual price`,
          },
        ]
      : [],
  );
}

function absurdCompetitorPrices(s: Scenario): PathIssue[] {
  const reference = new Map(s.products.map((p) => [p.id, p.referencePriceCents]));
  return s.competitors.flatMap((c, i) =>
    c.listings.flatMap((l, j) => {
      const ref = reference.get(l.product);
      return ref !== undefined && l.priceCents >= ABSURD_PRICE_MULTIPLE * ref
        ? [
            {
              path: ['competitors', i, 'listings', j, 'priceCents'],
              message: `competitor "${c.id}" sells "${l.product}" at ${l.priceCents} cents, ${Math.round(l.priceCents / ref)} × its reference price: it will never sell`,
            },
          ]
        : [];
    }),
  );
}
