import type { Client } from 'graphql-ws';
import { createGame, type CreatedGame } from '../support/game-ops';
import { gql, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';
import { wsClient, wsGql } from '../support/ws-client';
import { WS_MAX_MESSAGE_BYTES } from '../../src/security/ws-transport';

const ofTypeChain = (depth: number): string =>
  `{ __type(name: "Query") { ${'ofType { '.repeat(depth)}name${' }'.repeat(depth)} } }`;

/** Abusive documents an outside client sent over both transports, each with the code it must be refused with. */
const CORPUS: { name: string; query: string; code: string }[] = [
  {
    name: 'introspection while switched off',
    query: '{ __schema { mutationType { fields { name } } } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: '500 aliases',
    query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: me { role }`).join(' ')} }`,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'a depth-20 ofType chain', query: ofTypeChain(20), code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: '10,000 tokens', query: `{ ${'__typename '.repeat(10_000)}}`, code: 'GRAPHQL_PARSE_FAILED' },
  {
    name: '30 directives',
    query: `{ me ${'@include(if: true) '.repeat(30)}{ role } }`,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'a 3 MB document', query: `{ __typename } # ${'x'.repeat(3 * 1024 * 1024)}`, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'an unknown field', query: '{ scenarioz { id } }', code: 'GRAPHQL_VALIDATION_FAILED' },
];

/** The status, first code and messages of an HTTP refusal (a body over the limit is answered in the same shape, 413). */
async function httpRefusal(
  url: string,
  query: string,
  token: string,
): Promise<{ status: number; code?: string; messages: string[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return {
    status: res.status,
    code: body.errors?.[0]?.extensions?.code,
    messages: (body.errors ?? []).map((e) => e.message),
  };
}

/** One execution policy: HTTP and graphql-ws refuse the same documents with the same codes, and rate-limit per token. */
describe('the execution policy on both transports', () => {
  let srv: TestServer;
  let game: CreatedGame;
  const clients: Client[] = [];
  const open = (token?: string): Client => {
    const c = wsClient(srv.url, token);
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    srv = await startTestServer({ introspection: false, rateLimitPerMinute: 6 });
    game = await createGame(srv.url, 'tutorial', ['A', 'B'], 3);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await srv.stop();
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))('refuses %s over HTTP and WebSocket alike', async (_name, entry) => {
    const token = game.teams[0].token;
    const http = await httpRefusal(srv.url, entry.query, token);
    expect(http.status).toBeGreaterThanOrEqual(400);
    expect(http.status).toBeLessThan(500);
    expect(http.code).toBe(entry.code);
    const ws = await wsGql(open(token), entry.query);
    expect(ws.data).toBeUndefined();
    expect(ws.errors?.[0]?.extensions?.code).toBe(entry.code);
    expect(ws.errors?.map((e) => e.message)).toEqual(http.messages);
  });

  it('answers a sensible query the same way on both transports', async () => {
    const token = game.teams[0].token;
    const http = await gql(srv.url, '{ me { role } }', {}, token);
    const ws = await wsGql(open(token), '{ me { role } }');
    expect(ws.data).toEqual(http.data);
    expect(ws.data).toEqual({ me: { role: 'TEAM' } });
  });

  it('refuses a WebSocket connection without a valid token', async () => {
    expect((await wsGql(open(), '{ __typename }')).errors?.[0].extensions?.code).toBe('CLOSED');
    expect((await wsGql(open('tea_forged'), '{ __typename }')).errors?.[0].extensions?.code).toBe('CLOSED');
  });

  it('counts WebSocket operations per token: one team cannot rate-limit another', async () => {
    const [a, b] = game.teams;
    const heavy = open(a.token);
    const answers = [];
    for (let i = 0; i < 8; i += 1) answers.push(await wsGql(heavy, '{ myTeam { code } }'));
    expect(answers.filter((r) => r.data?.myTeam).length).toBe(6);
    expect(answers.slice(6).map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // the same token on a second connection shares its bucket; another team's does not
    expect((await wsGql(open(a.token), '{ myTeam { code } }')).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await wsGql(open(b.token), '{ myTeam { code } }')).data).toEqual({ myTeam: { code: expect.any(String) } });
    expect((await gql(srv.url, '{ myTeam { code } }', {}, b.token)).data).toEqual({
      myTeam: { code: expect.any(String) },
    });
  });

  it('closes a connection whose message is over the WebSocket limit (1009) before buffering it, and serves on', async () => {
    const token = game.teams[0].token;
    const huge = `{ __typename } # ${'x'.repeat(WS_MAX_MESSAGE_BYTES)}`;
    const refused = await wsGql(open(token), huge);
    expect(refused.errors?.[0]?.message).toBe('connection closed: 1009');
    expect((await wsGql(open(INSTRUCTOR), '{ me { role } }')).data).toEqual({ me: { role: 'INSTRUCTOR' } });
  });

  it('refuses a WebSocket upgrade on any other path', async () => {
    const refused = await wsGql(wsClient(`${srv.base}/elsewhere`, INSTRUCTOR), '{ __typename }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('CLOSED');
  });

  it('keeps the instructor able to work while a team is limited', async () => {
    expect((await wsGql(open(INSTRUCTOR), '{ me { role } }')).data).toEqual({ me: { role: 'INSTRUCTOR' } });
  });
});
