import { decisionsFor, scenarioView, type ScenarioView } from '../support/play';
import {
  closeRound,
  count,
  createGame,
  type CreatedGame,
  CREATE_GAME,
  expectNoLeak,
  myDecisions,
  openRound,
  rawPost,
  submit,
  SUBMIT,
  type SubmitAnswer,
  VALIDATE,
} from '../support/game-ops';
import { gql, gqlOk, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

type Decisions = Record<string, Record<string, unknown>>;
type Mutate = (d: Decisions, s: ScenarioView) => Decisions;

interface DecisionCase {
  name: string;
  mutate: Mutate;
  /** Expected issue (module, code, path) among the errors. */
  issue: { module: string; code: string; path: string };
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const list = (d: Decisions, module: string, field: string): Record<string, unknown>[] =>
  d[module][field] as Record<string, unknown>[];

/** Bad decisions the engine's validator must reject, each with its field path. */
const DECISION_CASES: DecisionCase[] = [
  {
    name: 'zero price',
    mutate: (d) => ((list(d, 'operations', 'prices')[0].priceCents = 0), d),
    issue: { module: 'OPERATIONS', code: 'OUT_OF_RANGE', path: 'prices[0].priceCents' },
  },
  {
    name: 'negative price',
    mutate: (d) => ((list(d, 'operations', 'prices')[0].priceCents = -5), d),
    issue: { module: 'OPERATIONS', code: 'OUT_OF_RANGE', path: 'prices[0].priceCents' },
  },
  {
    name: 'price far above 100× reference',
    mutate: (d) => ((list(d, 'operations', 'prices')[0].priceCents = 2_000_000_000), d),
    issue: { module: 'OPERATIONS', code: 'OUT_OF_RANGE', path: 'prices[0].priceCents' },
  },
  {
    name: 'discount over 100 %',
    mutate: (d) => ((list(d, 'operations', 'prices')[1].discountBps = 10_001), d),
    issue: { module: 'OPERATIONS', code: 'OUT_OF_RANGE', path: 'prices[1].discountBps' },
  },
  {
    name: 'negative discount',
    mutate: (d) => ((list(d, 'operations', 'prices')[0].discountBps = -1), d),
    issue: { module: 'OPERATIONS', code: 'OUT_OF_RANGE', path: 'prices[0].discountBps' },
  },
  {
    name: 'price of an unknown product',
    mutate: (d) => ((list(d, 'operations', 'prices')[2].product = 'no-such-product'), d),
    issue: { module: 'OPERATIONS', code: 'UNKNOWN_PRODUCT', path: 'prices[2].product' },
  },
  {
    name: 'price in an unknown market',
    mutate: (d) => ((list(d, 'operations', 'prices')[0].market = 'XX'), d),
    issue: { module: 'OPERATIONS', code: 'UNKNOWN_MARKET', path: 'prices[0].market' },
  },
  {
    name: 'product id longer than 64 characters',
    mutate: (d) => ((list(d, 'operations', 'prices')[0].product = 'p'.repeat(65)), d),
    issue: { module: 'OPERATIONS', code: 'OUT_OF_RANGE', path: 'prices[0].product' },
  },
  {
    name: 'duplicate price line',
    mutate: (d) => (list(d, 'operations', 'prices').push(clone(list(d, 'operations', 'prices')[0])), d),
    issue: { module: 'OPERATIONS', code: 'DUPLICATE', path: 'prices[__LAST__]' },
  },
  {
    name: 'negative purchase',
    mutate: (d) => ((list(d, 'operations', 'purchases')[0].units = -1), d),
    issue: { module: 'OPERATIONS', code: 'OUT_OF_RANGE', path: 'purchases[0].units' },
  },
  {
    name: 'purchase over a million units',
    mutate: (d) => ((list(d, 'operations', 'purchases')[0].units = 1_000_001), d),
    issue: { module: 'OPERATIONS', code: 'OUT_OF_RANGE', path: 'purchases[0].units' },
  },
  {
    name: 'purchase below the minimum order',
    mutate: (d) => ((list(d, 'operations', 'purchases')[0].units = 1), d),
    issue: { module: 'OPERATIONS', code: 'OUT_OF_RANGE', path: 'purchases[0].units' },
  },
  {
    name: 'purchase of an unknown product',
    mutate: (d) => ((list(d, 'operations', 'purchases')[1].product = 'ghost'), d),
    issue: { module: 'OPERATIONS', code: 'UNKNOWN_PRODUCT', path: 'purchases[1].product' },
  },
  {
    name: 'listing of an unknown product',
    mutate: (d) => ((list(d, 'selection', 'listings')[0].product = 'ghost'), d),
    issue: { module: 'SELECTION', code: 'UNKNOWN_PRODUCT', path: 'listings[0].product' },
  },
  {
    name: 'listing in an unknown market',
    mutate: (d) => ((list(d, 'selection', 'listings')[3].market = 'ZZ'), d),
    issue: { module: 'SELECTION', code: 'UNKNOWN_MARKET', path: 'listings[3].market' },
  },
  {
    name: 'unknown title keyword',
    mutate: (d) => ((list(d, 'selection', 'listings')[0].titleKeywords = ['no-such-keyword']), d),
    issue: { module: 'SELECTION', code: 'UNKNOWN_KEYWORD', path: 'listings[0].titleKeywords[0]' },
  },
  {
    name: 'title keyword of another market',
    mutate: (d, s) => {
      const l = list(d, 'selection', 'listings')[0];
      l.titleKeywords = [s.keywords.find((k) => k.market !== l.market)!.id];
      return d;
    },
    issue: { module: 'SELECTION', code: 'UNKNOWN_KEYWORD', path: 'listings[0].titleKeywords[0]' },
  },
  {
    name: 'duplicate listing',
    mutate: (d) => (list(d, 'selection', 'listings').push(clone(list(d, 'selection', 'listings')[1])), d),
    issue: { module: 'SELECTION', code: 'DUPLICATE', path: 'listings[__LAST__]' },
  },
  {
    name: 'more listings than the scenario allows',
    mutate: (d, s) => {
      const all = s.products.flatMap((p) =>
        s.markets.map((m) => ({
          product: p.id,
          market: m.code,
          titleKeywords: [],
          language: 'en',
          images: 6,
          attributesFilled: 1,
        })),
      );
      d.selection.listings = all.slice(0, MAX_LISTINGS + 1);
      return d;
    },
    issue: { module: 'SELECTION', code: 'TOO_MANY', path: 'listings' },
  },
  {
    name: '21 images',
    mutate: (d) => ((list(d, 'selection', 'listings')[0].images = 21), d),
    issue: { module: 'SELECTION', code: 'OUT_OF_RANGE', path: 'listings[0].images' },
  },
  {
    name: 'more attributes than the product has',
    mutate: (d) => ((list(d, 'selection', 'listings')[0].attributesFilled = 999), d),
    issue: { module: 'SELECTION', code: 'OUT_OF_RANGE', path: 'listings[0].attributesFilled' },
  },
  {
    name: '51 title keywords (oversized list)',
    mutate: (d) => (
      (list(d, 'selection', 'listings')[0].titleKeywords = Array.from({ length: 51 }, (_, i) => `k${i}`)),
      d
    ),
    issue: { module: 'SELECTION', code: 'TOO_MANY', path: 'listings[0].titleKeywords' },
  },
  {
    name: 'one-letter language',
    mutate: (d) => ((list(d, 'selection', 'listings')[0].language = 'x'), d),
    issue: { module: 'SELECTION', code: 'OUT_OF_RANGE', path: 'listings[0].language' },
  },
  {
    name: 'bid on an unknown keyword',
    mutate: (d) => ((list(d, 'ads', 'bids')[0].keyword = 'nope'), d),
    issue: { module: 'ADS', code: 'UNKNOWN_KEYWORD', path: 'bids[0].keyword' },
  },
  {
    name: 'bid for an unknown product',
    mutate: (d) => ((list(d, 'ads', 'bids')[0].product = 'nope'), d),
    issue: { module: 'ADS', code: 'UNKNOWN_PRODUCT', path: 'bids[0].product' },
  },
  {
    name: 'negative bid',
    mutate: (d) => ((list(d, 'ads', 'bids')[0].bidCents = -1), d),
    issue: { module: 'ADS', code: 'OUT_OF_RANGE', path: 'bids[0].bidCents' },
  },
  {
    name: 'bid above 100× the floor',
    mutate: (d) => ((list(d, 'ads', 'bids')[0].bidCents = 2_000_000_000), d),
    issue: { module: 'ADS', code: 'OUT_OF_RANGE', path: 'bids[0].bidCents' },
  },
  {
    name: '1001 bids (oversized list)',
    mutate: (d) => (
      (d.ads.bids = Array.from({ length: 1001 }, (_, i) => ({ keyword: `kw${i}`, product: 'p', bidCents: 1 }))),
      d
    ),
    issue: { module: 'ADS', code: 'TOO_MANY', path: 'bids' },
  },
  {
    name: 'daily budget over the cap',
    mutate: (d) => ((d.ads.dailyBudgetCents = 10_000_001), d),
    issue: { module: 'ADS', code: 'OUT_OF_RANGE', path: 'dailyBudgetCents' },
  },
  {
    name: 'negative daily budget',
    mutate: (d) => ((d.ads.dailyBudgetCents = -100), d),
    issue: { module: 'ADS', code: 'OUT_OF_RANGE', path: 'dailyBudgetCents' },
  },
  {
    name: 'affiliate commission above the category band',
    mutate: (d, s) => {
      const a = list(d, 'ads', 'affiliate')[0];
      a.commissionBps = s.categories.find((c) => c.id === a.category)!.affiliateMaxBps + 1;
      return d;
    },
    issue: { module: 'ADS', code: 'OUT_OF_RANGE', path: 'affiliate[0].commissionBps' },
  },
  {
    name: 'affiliate commission below the category band',
    mutate: (d, s) => {
      const a = list(d, 'ads', 'affiliate')[0];
      a.commissionBps = s.categories.find((c) => c.id === a.category)!.affiliateMinBps - 1;
      return d;
    },
    issue: { module: 'ADS', code: 'OUT_OF_RANGE', path: 'affiliate[0].commissionBps' },
  },
  {
    name: 'affiliate of an unknown category',
    mutate: (d) => ((list(d, 'ads', 'affiliate')[0].category = 'spaceships'), d),
    issue: { module: 'ADS', code: 'UNKNOWN_CATEGORY', path: 'affiliate[0].category' },
  },
  {
    name: 'handling days 0',
    mutate: (d) => ((d.fulfillment.handlingDays = 0), d),
    issue: { module: 'FULFILLMENT', code: 'OUT_OF_RANGE', path: 'handlingDays' },
  },
  {
    name: 'handling days beyond the ship-within limit',
    mutate: (d) => ((d.fulfillment.handlingDays = 99), d),
    issue: { module: 'FULFILLMENT', code: 'OUT_OF_RANGE', path: 'handlingDays' },
  },
  {
    name: 'unknown logistics service',
    mutate: (d) => ((list(d, 'fulfillment', 'services')[0].service = 'teleport'), d),
    issue: { module: 'FULFILLMENT', code: 'UNKNOWN_SERVICE', path: 'services[0].service' },
  },
  {
    name: 'service of another market',
    mutate: (d) => {
      const [first, second] = list(d, 'fulfillment', 'services');
      first.service = second.service;
      return d;
    },
    issue: { module: 'FULFILLMENT', code: 'UNKNOWN_SERVICE', path: 'services[0].service' },
  },
  {
    name: 'service in an unknown market',
    mutate: (d) => ((list(d, 'fulfillment', 'services')[0].market = 'QQ'), d),
    issue: { module: 'FULFILLMENT', code: 'UNKNOWN_MARKET', path: 'services[0].market' },
  },
  {
    name: 'two services for one market',
    mutate: (d) => (list(d, 'fulfillment', 'services').push(clone(list(d, 'fulfillment', 'services')[0])), d),
    issue: { module: 'FULFILLMENT', code: 'DUPLICATE', path: 'services[__LAST__]' },
  },
  {
    name: 'transfer of an unknown product',
    mutate: (d, s) => ((d.fulfillment.transfers = [{ product: 'ghost', market: s.markets[0].code, units: 10 }]), d),
    issue: { module: 'FULFILLMENT', code: 'UNKNOWN_PRODUCT', path: 'transfers[0].product' },
  },
  {
    name: 'negative transfer',
    mutate: (d, s) => (
      (d.fulfillment.transfers = [{ product: s.products[0].id, market: s.markets[0].code, units: -3 }]),
      d
    ),
    issue: { module: 'FULFILLMENT', code: 'OUT_OF_RANGE', path: 'transfers[0].units' },
  },
  {
    name: 'a valid module with an invalid one is refused whole',
    mutate: (d) => ({ operations: d.operations, fulfillment: { ...d.fulfillment, handlingDays: 0 } }),
    issue: { module: 'FULFILLMENT', code: 'OUT_OF_RANGE', path: 'handlingDays' },
  },
];

let MAX_LISTINGS = 0;

interface TypeCase {
  name: string;
  /** Variables sent with SUBMIT: the input as a client would send it (beyond what the types allow). */
  input: (d: Decisions) => unknown;
  /** Part of the message naming the variable path. */
  path: string;
}

/** Values GraphQL's own input coercion must refuse before any resolver runs. */
const TYPE_CASES: TypeCase[] = [
  {
    name: '"abc" for an Int',
    input: (d) => setPath(d, ['operations', 'prices', 0, 'priceCents'], 'abc'),
    path: 'input.operations.prices[0].priceCents',
  },
  {
    name: 'more than 2^31',
    input: (d) => setPath(d, ['operations', 'prices', 0, 'priceCents'], 2 ** 31),
    path: 'input.operations.prices[0].priceCents',
  },
  { name: '1e308', input: (d) => setPath(d, ['ads', 'dailyBudgetCents'], 1e308), path: 'input.ads.dailyBudgetCents' },
  {
    name: '"NaN" for an Int',
    input: (d) => setPath(d, ['fulfillment', 'handlingDays'], 'NaN'),
    path: 'input.fulfillment.handlingDays',
  },
  {
    name: 'a fraction for an Int',
    input: (d) => setPath(d, ['operations', 'purchases', 0, 'units'], 1.5),
    path: 'input.operations.purchases[0].units',
  },
  {
    name: 'true for an Int',
    input: (d) => setPath(d, ['selection', 'listings', 0, 'images'], true),
    path: 'input.selection.listings[0].images',
  },
  { name: 'an unknown enum value', input: (d) => setPath(d, ['ads', 'pacing'], 'FAST'), path: 'input.ads.pacing' },
  {
    name: 'a lower-case enum value',
    input: (d) => setPath(d, ['operations', 'serviceLevel'], 'premium'),
    path: 'input.operations.serviceLevel',
  },
  {
    name: 'a missing required field',
    input: (d) => deletePath(d, ['operations', 'prices', 0, 'priceCents']),
    path: 'input.operations.prices[0]',
  },
  {
    name: 'an unknown input field',
    input: (d) => setPath(d, ['selection', 'listings', 0, 'colour'], 'red'),
    path: 'input.selection.listings[0]',
  },
  {
    name: 'null for a non-null list',
    input: (d) => setPath(d, ['selection', 'listings'], null),
    path: 'input.selection.listings',
  },
  {
    name: 'an object for a String',
    input: (d) => setPath(d, ['operations', 'prices', 0, 'product'], { $ne: '' }),
    path: 'input.operations.prices[0].product',
  },
  { name: 'a string for the whole input', input: () => 'operations', path: 'input' },
];

function setPath(d: Decisions, path: (string | number)[], value: unknown): unknown {
  const out = clone(d) as unknown as Record<string | number, unknown>;
  let cur = out;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  cur[path[path.length - 1]] = value;
  return out;
}

function deletePath(d: Decisions, path: (string | number)[]): unknown {
  const out = clone(d) as unknown as Record<string | number, unknown>;
  let cur = out;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  delete cur[path[path.length - 1]];
  return out;
}

describe('bad input: refused with a code and a path, and nothing changes', () => {
  let srv: TestServer;
  let view: ScenarioView;
  let eu: CreatedGame;
  let valid: Decisions;
  /** Everything a refused request must leave as it was. */
  let snapshot: () => Promise<unknown>;

  beforeAll(async () => {
    srv = await startTestServer();
    view = await scenarioView(srv.url, INSTRUCTOR, 'eu-launch');
    MAX_LISTINGS = (
      await gqlOk<{ scenario: { maxListings: number } }>(
        srv.url,
        '{ scenario(id: "eu-launch") { maxListings } }',
        {},
        INSTRUCTOR,
      )
    ).scenario.maxListings;
    eu = await createGame(srv.url, 'eu-launch', ['Valid', 'Other'], 9);
    await openRound(srv.url, eu.game.id);
    valid = decisionsFor(view, 0) as Decisions;
    expect((await submit(srv.url, eu.teams[0].token, valid)).__typename).toBe('DecisionsAccepted');
    snapshot = async () => ({
      mine: await myDecisions(srv.url, eu.teams[0].token),
      decisions: await count(srv, 'decision_set'),
      audit: await count(srv, 'audit_log'),
      games: await count(srv, 'game'),
      teams: await count(srv, 'team'),
      tokens: await count(srv, 'access_token'),
      scenarios: await count(srv, 'scenario'),
      rounds: await count(srv, 'round'),
      adjustments: await count(srv, 'score_adjustment'),
    });
  });
  afterAll(() => srv.stop());

  const unchanged = async <T>(fn: () => Promise<T>): Promise<T> => {
    const before = await snapshot();
    const out = await fn();
    expect(await snapshot()).toEqual(before);
    return out;
  };

  it('the decision corpus has at least 40 entries', () => {
    expect(DECISION_CASES.length + TYPE_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(DECISION_CASES.map((c) => [c.name, c] as const))('decision: %s', async (_name, c) => {
    const input = c.mutate(clone(valid), view);
    const expected = { ...c.issue };
    if (expected.path.includes('__LAST__')) {
      const field = expected.path.replace('[__LAST__]', '');
      const arr = input[c.issue.module.toLowerCase()][field] as unknown[];
      expected.path = `${field}[${arr.length - 1}]`;
    }
    for (const doc of [SUBMIT, VALIDATE]) {
      const r = await unchanged(() => gql<Record<string, SubmitAnswer>>(srv.url, doc, { input }, eu.teams[0].token));
      expectNoLeak(JSON.stringify(r));
      expect(r.errors).toBeUndefined();
      const answer = Object.values(r.data as Record<string, SubmitAnswer>)[0];
      expect(answer.__typename).toBe('DecisionsRejected');
      expect(answer.errorCode).toBe('INVALID_DECISIONS');
      expect(answer.errors).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));
    }
  });

  it.each(TYPE_CASES.map((c) => [c.name, c] as const))('GraphQL type: %s', async (_name, c) => {
    const r = await unchanged(() => gql(srv.url, SUBMIT, { input: c.input(valid) }, eu.teams[0].token));
    expectNoLeak(JSON.stringify(r));
    expect(r.status).toBe(400);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toContain('"$input"');
    expect(r.errors?.[0].message).toContain(c.path === 'input' ? '$input' : `at "${c.path}`);
  });

  it.each([
    [
      'an out-of-range Int literal',
      'mutation { submitDecisions(input: { fulfillment: { handlingDays: 99999999999 } }) { __typename } }',
    ],
    [
      'a string literal for an Int',
      'mutation { submitDecisions(input: { fulfillment: { handlingDays: "two" } }) { __typename } }',
    ],
    ['an unknown field', '{ me { role password } }'],
    ['an unknown argument', '{ games(limit: 1000000) { id } }'],
  ])('GraphQL validation: %s', async (_name, doc) => {
    const r = await unchanged(() => gql(srv.url, doc, {}, eu.teams[0].token));
    expectNoLeak(JSON.stringify(r));
    expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.data ?? null).toBeNull();
  });

  it('empty input (no module) is NO_MODULES', async () => {
    const r = await unchanged(() => submit(srv.url, eu.teams[0].token, {}));
    expect(r).toMatchObject({ __typename: 'DecisionsRejected', errorCode: 'NO_MODULES', errors: [] });
    const nulls = await unchanged(() => submit(srv.url, eu.teams[0].token, { operations: null, ads: null }));
    expect(nulls.errorCode).toBe('NO_MODULES');
  });

  it('a module not played this round is MODULE_DISABLED (tutorial round 1 plays SELECTION only)', async () => {
    const rounds = (
      await gqlOk<{ scenario: { rounds: { number: number; modules: string[] }[] } }>(
        srv.url,
        '{ scenario(id: "tutorial") { rounds { number modules } } }',
        {},
        INSTRUCTOR,
      )
    ).scenario.rounds;
    expect(rounds[0].modules).toEqual(['SELECTION']);
    const tut = await createGame(srv.url, 'tutorial', ['Tut'], 1);
    await openRound(srv.url, tut.game.id);
    const tview = await scenarioView(srv.url, INSTRUCTOR, 'tutorial');
    const all = decisionsFor(tview, 0);
    for (const [field, module] of [
      ['operations', 'OPERATIONS'],
      ['ads', 'ADS'],
      ['fulfillment', 'FULFILLMENT'],
    ] as const) {
      const r = await unchanged(() =>
        submit(srv.url, tut.teams[0].token, { selection: all.selection, [field]: all[field] }),
      );
      expect(r.__typename).toBe('DecisionsRejected');
      expect(r.errors).toEqual([expect.objectContaining({ module, code: 'MODULE_DISABLED', path: '' })]);
    }
    expect((await submit(srv.url, tut.teams[0].token, { selection: all.selection })).__typename).toBe(
      'DecisionsAccepted',
    );
  });

  it("a discount above the market's compliance cap is NOT_ALLOWED (russia-peak)", async () => {
    const cap = (
      await gqlOk<{ scenario: { markets: { code: string; maxDiscountBps: number | null }[] } }>(
        srv.url,
        '{ scenario(id: "russia-peak") { markets { code maxDiscountBps } } }',
        {},
        INSTRUCTOR,
      )
    ).scenario.markets[0];
    expect(cap.maxDiscountBps).toBe(5000);
    const ru = await createGame(srv.url, 'russia-peak', ['Ru'], 1);
    await openRound(srv.url, ru.game.id);
    const rview = await scenarioView(srv.url, INSTRUCTOR, 'russia-peak');
    const d = decisionsFor(rview, 0, ['OPERATIONS']) as Decisions;
    list(d, 'operations', 'prices')[0].discountBps = 5001;
    const r = await unchanged(() => submit(srv.url, ru.teams[0].token, d));
    expect(r.errors).toEqual([
      expect.objectContaining({ module: 'OPERATIONS', code: 'NOT_ALLOWED', path: 'prices[0].discountBps' }),
    ]);
    list(d, 'operations', 'prices')[0].discountBps = 5000;
    expect((await submit(srv.url, ru.teams[0].token, d)).__typename).toBe('DecisionsAccepted');
  });

  describe('documents and HTTP bodies', () => {
    const auth = (): Record<string, string> => ({
      'content-type': 'application/json',
      authorization: `Bearer ${eu.teams[0].token}`,
    });

    it('a query deeper than 10 is refused', async () => {
      const deep = `{ game(id: "x") { ${'scenario { '.repeat(1)}${'a { '.repeat(10)}b${' }'.repeat(10)} } } }`;
      const r = await unchanged(() => gql(srv.url, deep, {}, INSTRUCTOR));
      expect(r.status).toBe(400);
      expect(r.errors?.map((e) => e.message).join(' ')).toMatch(/depth limit of 10/);
      expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('more than 15 aliases are refused', async () => {
      const doc = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { role }`).join(' ')} }`;
      const r = await gql(srv.url, doc, {}, INSTRUCTOR);
      expect(r.errors?.[0].message).toMatch(/Aliases limit of 15/);
      expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.data ?? null).toBeNull();
    });

    it('a document over 4000 tokens is refused', async () => {
      const doc = `mutation { ${Array.from({ length: 1500 }, () => '__typename').join(' ')} createGame(input: { scenarioId: "tutorial", name: "huge", teams: ["a"] }) { game { id } } }`;
      const r = await unchanged(() => gql(srv.url, doc, {}, INSTRUCTOR));
      expect(r.status).toBe(400);
      expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.data ?? null).toBeNull();
    });

    it('a batched (array) body is refused', async () => {
      const body = JSON.stringify([
        { query: SUBMIT, variables: { input: valid } },
        { query: SUBMIT, variables: { input: valid } },
      ]);
      const r = await unchanged(() => rawPost(srv.url, body, auth()));
      expect(r.status).toBe(400);
      expect(r.text).toMatch(/batching disabled/i);
      expectNoLeak(r.text);
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
      'content-type %s is refused (CSRF prevention)',
      async (type) => {
        const body = JSON.stringify({ query: SUBMIT, variables: { input: valid } });
        const r = await unchanged(() =>
          rawPost(srv.url, body, { 'content-type': type, authorization: `Bearer ${eu.teams[0].token}` }),
        );
        expect(r.status).toBe(400);
        expect(r.text).toMatch(/Cross-Site Request Forgery/);
        const none = await unchanged(() => rawPost(srv.url, body, { authorization: `Bearer ${eu.teams[0].token}` }));
        expect(none.status).toBe(400);
      },
    );

    it('a body over 1 MB is 413', async () => {
      const body = JSON.stringify({ query: SUBMIT, variables: { input: valid, pad: 'x'.repeat(1_100_000) } });
      const r = await unchanged(() => rawPost(srv.url, body, auth()));
      expect(r.status).toBe(413);
      expectNoLeak(r.text);
    });

    it('malformed JSON is 400 without internals', async () => {
      const r = await unchanged(() => rawPost(srv.url, '{"query": "mutation {', auth()));
      expect(r.status).toBe(400);
      expectNoLeak(r.text);
    });
  });

  describe('scenario imports', () => {
    const IMPORT = `mutation I($s: String!, $f: ScenarioFormat) { importScenario(source: $s, format: $f) { __typename
      ... on ScenarioInvalid { errorCode errors { file line column path message } } ... on ScenarioImported { created } } }`;
    const scenarioKeys = async (): Promise<string[]> =>
      (await gqlOk<{ scenarios: { key: string }[] }>(srv.url, '{ scenarios { key } }', {}, INSTRUCTOR)).scenarios
        .map((s) => s.key)
        .sort();

    it.each([
      ['broken YAML syntax', 'id: [unclosed\nversion: 1\n', 'YAML', { line: 2, column: 1, path: '' }],
      [
        'a wrong type at a known line',
        'id: demo\nversion: 1\ntitle: { en: a, zh: b }\nseed: 1\nrounds:\n  count: banana\n',
        'YAML',
        { line: 6, column: 10, path: 'rounds.count' },
      ],
      [
        'a negative seed',
        'id: demo\nversion: 1\ntitle: { en: a, zh: b }\nseed: -3\n',
        'YAML',
        { line: 4, column: 7, path: 'seed' },
      ],
      ['broken JSON', '{"id": "demo", "version": 1,,}', 'JSON', { line: 1 }],
      ['an empty document', '', 'YAML', {}],
    ])('%s: ScenarioInvalid with line, column and path; scenarios unchanged', async (_name, source, format, where) => {
      const before = await scenarioKeys();
      const r = await unchanged(() =>
        gqlOk<{
          importScenario: {
            __typename: string;
            errorCode: string;
            errors: { file: string; line: number; column: number; path: string; message: string }[];
          };
        }>(srv.url, IMPORT, { s: source, f: format }, INSTRUCTOR),
      );
      expect(r.importScenario.__typename).toBe('ScenarioInvalid');
      expect(r.importScenario.errors.length).toBeGreaterThan(0);
      for (const e of r.importScenario.errors) {
        expect(e.line).toBeGreaterThanOrEqual(1);
        expect(e.column).toBeGreaterThanOrEqual(1);
        expect(typeof e.path).toBe('string');
      }
      expect(r.importScenario.errors).toEqual(expect.arrayContaining([expect.objectContaining(where)]));
      expectNoLeak(JSON.stringify(r));
      expect(await scenarioKeys()).toEqual(before);
    });
  });

  describe('instructor operations', () => {
    it.each([
      ['no teams', { scenarioId: 'tutorial', name: 'g', teams: [] }, 'BAD_USER_INPUT', 'input.teams'],
      [
        'duplicate team names',
        { scenarioId: 'tutorial', name: 'g', teams: ['A', 'B', 'A'] },
        'BAD_USER_INPUT',
        'input.teams[2]',
      ],
      [
        'names equal after trimming',
        { scenarioId: 'tutorial', name: 'g', teams: ['A', ' A '] },
        'BAD_USER_INPUT',
        'input.teams[1]',
      ],
      [
        'a blank team name',
        { scenarioId: 'tutorial', name: 'g', teams: ['A', '  '] },
        'BAD_USER_INPUT',
        'input.teams[1]',
      ],
      ['a blank game name', { scenarioId: 'tutorial', name: '   ', teams: ['A'] }, 'BAD_USER_INPUT', 'input.name'],
      [
        '1001 teams',
        { scenarioId: 'tutorial', name: 'g', teams: Array.from({ length: 1001 }, (_, i) => `t${i}`) },
        'BAD_USER_INPUT',
        'input.teams',
      ],
      [
        'a negative seed',
        { scenarioId: 'tutorial', name: 'g', teams: ['A'], seed: -1 },
        'BAD_USER_INPUT',
        'input.seed',
      ],
      ['an unknown scenario', { scenarioId: 'atlantis', name: 'g', teams: ['A'] }, 'NOT_FOUND', undefined],
      [
        'an unknown scenario version',
        { scenarioId: 'tutorial', scenarioVersion: 99, name: 'g', teams: ['A'] },
        'NOT_FOUND',
        undefined,
      ],
    ])('createGame with %s is refused', async (_name, input, code, field) => {
      const r = await unchanged(() => gql(srv.url, CREATE_GAME, { input }, INSTRUCTOR));
      expectNoLeak(JSON.stringify(r));
      expect(r.errors?.[0].extensions?.code).toBe(code);
      if (field) expect(r.errors?.[0].extensions?.field).toBe(field);
      expect(r.data ?? null).toBeNull();
    });

    it('openRound twice is ROUND_ALREADY_OPEN; closeRound with no open round is NO_OPEN_ROUND', async () => {
      const again = await unchanged(() => openRound(srv.url, eu.game.id));
      expect(again).toMatchObject({ __typename: 'RoundActionError', errorCode: 'ROUND_ALREADY_OPEN' });
      const fresh = await createGame(srv.url, 'tutorial', ['X'], 2);
      const none = await unchanged(() => closeRound(srv.url, fresh.game.id));
      expect(none).toMatchObject({ __typename: 'RoundActionError', errorCode: 'NO_OPEN_ROUND' });
      const unknown = await unchanged(() =>
        gql(
          srv.url,
          'mutation C($g: ID!) { closeRound(gameId: $g) { __typename } }',
          { g: '8a7b6c5d-0000-4000-8000-000000000000' },
          INSTRUCTOR,
        ),
      );
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it.each([
      ['a past deadline', '2001-01-01T00:00:00Z'],
      ['a deadline that is not a date', 'tomorrow-ish'],
    ])('openRound with %s is refused', async (_name, deadline) => {
      const fresh = await createGame(srv.url, 'tutorial', ['Y'], 3);
      const r = await unchanged(() =>
        gql(
          srv.url,
          'mutation O($g: ID!, $d: String) { openRound(gameId: $g, deadline: $d) { __typename } }',
          { g: fresh.game.id, d: deadline },
          INSTRUCTOR,
        ),
      );
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadline' });
    });

    const ADJUST = 'mutation A($input: AdjustScoreInput!) { adjustScore(input: $input) { id } }';
    it.each([
      ['points over 1000', { points: 1000.5 }, 'BAD_USER_INPUT', 'input.points'],
      ['points under -1000', { points: -5000 }, 'BAD_USER_INPUT', 'input.points'],
      ['zero points', { points: 0 }, 'BAD_USER_INPUT', 'input.points'],
      ['1e308 points', { points: 1e308 }, 'BAD_USER_INPUT', 'input.points'],
      ['a two-letter reason', { reason: 'no' }, 'BAD_USER_INPUT', 'input.reason'],
      ['a round not yet opened', { round: 5 }, 'BAD_USER_INPUT', 'input.round'],
      ['round 0', { round: 0 }, 'BAD_USER_INPUT', 'input.round'],
      ['a team of another game', { teamId: '__OTHER__' }, 'NOT_FOUND', undefined],
    ])('adjustScore with %s is refused', async (_name, patch, code, field) => {
      const input: Record<string, unknown> = {
        gameId: eu.game.id,
        teamId: eu.teams[1].team.id,
        round: 1,
        points: 5,
        reason: 'a fair reason',
        ...patch,
      };
      if (input.teamId === '__OTHER__')
        input.teamId = (await createGame(srv.url, 'tutorial', ['Z'], 4)).teams[0].team.id;
      const r = await unchanged(() => gql(srv.url, ADJUST, { input }, INSTRUCTOR));
      expectNoLeak(JSON.stringify(r));
      expect(r.errors?.[0].extensions?.code).toBe(code);
      if (field) expect(r.errors?.[0].extensions?.field).toBe(field);
    });

    it('exports: a wrong format is 400, an unknown game 404, and neither leaks', async () => {
      const headers = { authorization: `Bearer ${eu.graderToken}` };
      for (const format of ['pdf', 'csv.exe', 'CSV', '..%2F..%2Fetc%2Fpasswd']) {
        const res = await fetch(`${srv.base}/games/${eu.game.id}/scoreboard.${format}`, { headers });
        expect([400, 404]).toContain(res.status);
        if (format === 'pdf' || format === 'CSV') expect(res.status).toBe(400);
        expectNoLeak(await res.text());
      }
      for (const id of ['8a7b6c5d-0000-4000-8000-000000000000', 'nope', "1' OR '1'='1"]) {
        const res = await fetch(`${srv.base}/games/${encodeURIComponent(id)}/scoreboard.csv`, {
          headers: { authorization: `Bearer ${INSTRUCTOR}` },
        });
        expect(res.status).toBe(404);
        expectNoLeak(await res.text());
      }
    });
  });

  it('after all that, the valid team still has exactly its first submission', async () => {
    const mine = await myDecisions(srv.url, eu.teams[0].token);
    expect(mine.map((d) => [d.module, d.version])).toEqual([
      ['OPERATIONS', 1],
      ['SELECTION', 1],
      ['ADS', 1],
      ['FULFILLMENT', 1],
    ]);
    expect(JSON.parse(mine[0].payload)).toMatchObject({ prices: valid.operations.prices });
    // and closing works: the bad inputs left nothing that breaks the round
    expect((await closeRound(srv.url, eu.game.id)).__typename).toBe('RoundModel');
  });
});
