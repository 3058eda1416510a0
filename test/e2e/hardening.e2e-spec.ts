import { gql, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

/** Request-level hardening: suggestions, rate limits, introspection switch. */
describe('GraphQL hardening', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ rateLimitPerMinute: 8, introspection: false });
  });
  afterAll(() => srv.stop());

  it('gives no field suggestions to callers without a valid token, but does to authenticated ones', async () => {
    const anon = await gql(srv.url, '{ scenarioz { id } }');
    expect(anon.errors?.[0].message).toMatch(/Cannot query field "scenarioz"/);
    expect(anon.errors?.[0].message).not.toMatch(/Did you mean/);
    const forged = await gql(srv.url, '{ scenarioz { id } }', {}, `ins_${'x'.repeat(43)}`);
    expect(JSON.stringify(forged)).not.toMatch(/Did you mean/);
    const known = await gql(srv.url, '{ scenarioz { id } }', {}, INSTRUCTOR);
    expect(known.errors?.[0].message).toMatch(/Did you mean .*"scenarios"/);
  });

  it('marks every GraphQL answer as not to be stored by caches', async () => {
    for (const token of [undefined, INSTRUCTOR]) {
      const r = await fetch(srv.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(r.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('can turn introspection off', async () => {
    const r = await gql(srv.url, '{ __schema { queryType { name } } }', {}, INSTRUCTOR);
    expect(r.errors?.[0].message).toMatch(/introspection/i);
  });

  it('limits requests per token with a clear RATE_LIMITED error, other callers unaffected', async () => {
    const limitedServer = await startTestServer({ rateLimitPerMinute: 5 });
    try {
      const answers = [];
      for (let i = 0; i < 7; i += 1) answers.push(await gql(limitedServer.url, '{ me { role } }', {}, INSTRUCTOR));
      expect(answers.slice(0, 5).every((a) => a.data?.me)).toBe(true);
      const limited = answers.slice(5);
      for (const a of limited) {
        expect(a.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
        expect(a.errors?.[0]?.message).toMatch(/Too many requests/);
      }
      expect((await gql(limitedServer.url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
    } finally {
      await limitedServer.stop();
    }
  });
});

describe('expiring tokens', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.stop());

  it('refuses a grader token after its expiry and a deadline or expiry in the past', async () => {
    const created = await gql<{ createGame: { game: { id: string } } }>(
      srv.url,
      'mutation { createGame(input: { scenarioId: "tutorial", name: "expiry", teams: ["A"] }) { game { id } } }',
      {},
      INSTRUCTOR,
    );
    const gameId = created.data!.createGame.game.id;
    const past = await gql(
      srv.url,
      'mutation G($g: ID!, $e: String) { createGraderToken(gameId: $g, expiresAt: $e) { token } }',
      { g: gameId, e: '2020-01-01T00:00:00Z' },
      INSTRUCTOR,
    );
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
    const soon = new Date(Date.now() + 1500).toISOString();
    const issued = await gql<{ createGraderToken: { token: string } }>(
      srv.url,
      'mutation G($g: ID!, $e: String) { createGraderToken(gameId: $g, expiresAt: $e) { token } }',
      { g: gameId, e: soon },
      INSTRUCTOR,
    );
    const token = issued.data!.createGraderToken.token;
    expect((await gql(srv.url, '{ me { role } }', {}, token)).data).toEqual({ me: { role: 'GRADER' } });
    await new Promise((r) => setTimeout(r, 2000));
    const after = await gql(srv.url, '{ me { role } }', {}, token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const late = await gql(
      srv.url,
      'mutation O($g: ID!) { openRound(gameId: $g, deadline: "2001-01-01T00:00:00Z") { __typename } }',
      { g: gameId },
      INSTRUCTOR,
    );
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadline' });
  });
});
