import { createGame, type CreatedGame, openRound, SUBMIT } from '../support/game-ops';
import { gql, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

/** Answers to bad requests are bounded: 4xx, a short echo of the input, a capped list of problems. */
describe('bounded errors', () => {
  let srv: TestServer;
  let game: CreatedGame;
  beforeAll(async () => {
    srv = await startTestServer();
    game = await createGame(srv.url, 'tutorial', ['A'], 4);
    await openRound(srv.url, game.game.id);
  });
  afterAll(() => srv.stop());

  const raw = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await fetch(srv.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, text: await res.text() };
  };

  it('answers a 900 KB id with a short NOT_FOUND that echoes only its first characters', async () => {
    const id = 'g'.repeat(900_000);
    const r = await raw('query G($id: ID!) { game(id: $id) { id } }', { id }, INSTRUCTOR);
    expect(r.text.length).toBeLessThan(1_000);
    const body = JSON.parse(r.text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(body.errors[0].message).toMatch(/^game "g{40}…" \(900000 characters\) not found$/);
  });

  it('bounds the echo of a bad variable value in a validation error', async () => {
    const r = await raw(
      'query S($n: Int) { scoreboard(gameId: "x", round: $n) { round } }',
      { n: 'z'.repeat(500_000) },
      INSTRUCTOR,
    );
    expect(r.status).toBe(400);
    expect(r.text.length).toBeLessThan(1_000);
  });

  it('lists at most 50 problems of a decision set, with a count of the rest', async () => {
    const listings = Array.from({ length: 10_000 }, (_, i) => ({
      product: `nope-${i}`,
      market: 'ES',
      language: 'es',
      images: 6,
      attributesFilled: 1,
    }));
    const r = await gql<{
      submitDecisions: {
        __typename: string;
        errorCode: string;
        message: string;
        errors: unknown[];
        moreErrors: number;
      };
    }>(
      srv.url,
      SUBMIT.replace('errors {', 'moreErrors errors {'),
      { input: { selection: { listings } } },
      game.teams[0].token,
    );
    const rejected = r.data!.submitDecisions;
    expect(rejected.__typename).toBe('DecisionsRejected');
    expect(rejected.errors).toHaveLength(50);
    expect(rejected.moreErrors).toBeGreaterThan(0);
    expect(rejected.message).toBe(`${50 + rejected.moreErrors} problem(s); nothing was stored`);
    expect(JSON.stringify(r).length).toBeLessThan(20_000);
  });
});

describe('refused HTTP bodies', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.stop());

  it('answers malformed JSON with 400 BAD_REQUEST in the GraphQL error shape', async () => {
    const res = await fetch(srv.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});
