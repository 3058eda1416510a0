import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { RoundEvents } from '../../src/round/round-events';
import { decisionsFor, scenarioView } from '../support/play';
import { closeRound, createGame, type CreatedGame, expectNoLeak, openRound, submit } from '../support/game-ops';
import { gql, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

type RoleName = 'anonymous' | 'INSTRUCTOR' | 'TEAM' | 'GRADER';
type Outcome = 'ALLOW' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const ROLES: RoleName[] = ['anonymous', 'INSTRUCTOR', 'TEAM', 'GRADER'];

interface Fixture {
  game: CreatedGame;
  /** A game with no round opened yet (bots are seated before round 1). */
  fresh: CreatedGame;
  /** A team whose tokens the rotate/revoke rows may burn. */
  spare: CreatedGame['teams'][number];
}

interface Row {
  kind: 'query' | 'mutation' | 'subscription' | 'http';
  doc?: string;
  vars?: (f: Fixture) => Record<string, unknown>;
  expect: Record<RoleName, Outcome>;
}

const ALL: Record<RoleName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  INSTRUCTOR: 'ALLOW',
  TEAM: 'ALLOW',
  GRADER: 'ALLOW',
};
const INSTRUCTOR_ONLY: Record<RoleName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  INSTRUCTOR: 'ALLOW',
  TEAM: 'FORBIDDEN',
  GRADER: 'FORBIDDEN',
};
const TEAM_ONLY: Record<RoleName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  INSTRUCTOR: 'FORBIDDEN',
  TEAM: 'ALLOW',
  GRADER: 'FORBIDDEN',
};
const GRADERS: Record<RoleName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  INSTRUCTOR: 'ALLOW',
  TEAM: 'FORBIDDEN',
  GRADER: 'ALLOW',
};

const BROKEN_YAML = 'id: [unclosed\nversion: 1\n';

/** Every operation of schema.graphql and every HTTP route, with who may call it. */
const MATRIX: Record<string, Row> = {
  me: { kind: 'query', doc: '{ me { role gameId } }', expect: ALL },
  scenarios: { kind: 'query', doc: '{ scenarios { key } }', expect: ALL },
  scenario: { kind: 'query', doc: '{ scenario(id: "tutorial") { key } }', expect: ALL },
  games: { kind: 'query', doc: '{ games { id } }', expect: ALL },
  game: {
    kind: 'query',
    doc: 'query Q($g: ID!) { game(id: $g) { id } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: ALL,
  },
  myTeam: { kind: 'query', doc: '{ myTeam { id } }', expect: TEAM_ONLY },
  myStatus: { kind: 'query', doc: '{ myStatus { cashCents } }', expect: TEAM_ONLY },
  myDecisions: { kind: 'query', doc: '{ myDecisions(round: 1) { module version } }', expect: TEAM_ONLY },
  round: {
    kind: 'query',
    doc: 'query Q($g: ID!) { round(gameId: $g, number: 1) { number status } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: ALL,
  },
  teamReport: {
    kind: 'query',
    doc: 'query Q($g: ID!, $t: ID) { teamReport(gameId: $g, round: 1, teamId: $t) { total } }',
    vars: (f) => ({ g: f.game.game.id, t: f.game.teams[0].team.id }),
    expect: ALL,
  },
  whatIf: {
    kind: 'query',
    doc: 'query Q($g: ID!, $t: ID) { whatIf(gameId: $g, round: 1, teamId: $t, decisions: {}) { __typename } }',
    vars: (f) => ({ g: f.game.game.id, t: f.game.teams[0].team.id }),
    expect: { anonymous: 'UNAUTHENTICATED', INSTRUCTOR: 'ALLOW', TEAM: 'ALLOW', GRADER: 'FORBIDDEN' },
  },
  kpiCatalog: { kind: 'query', doc: '{ kpiCatalog { id label { en zh } } }', expect: ALL },
  marketReport: {
    kind: 'query',
    doc: 'query Q($g: ID!) { marketReport(gameId: $g, round: 1) { market } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: ALL,
  },
  rivalListings: {
    kind: 'query',
    doc: 'query Q($g: ID!) { rivalListings(gameId: $g, round: 1) { seller priceCents } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: ALL,
  },
  scoreboard: {
    kind: 'query',
    doc: 'query Q($g: ID!) { scoreboard(gameId: $g) { closedRounds } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: ALL,
  },
  adjustments: {
    kind: 'query',
    doc: 'query Q($g: ID!) { adjustments(gameId: $g) { id } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: ALL,
  },
  gameTokens: {
    kind: 'query',
    doc: 'query Q($g: ID!) { gameTokens(gameId: $g) { state } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: INSTRUCTOR_ONLY,
  },
  auditLog: {
    kind: 'query',
    doc: 'query Q($g: ID!) { auditLog(gameId: $g) { total } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: INSTRUCTOR_ONLY,
  },
  validateScenario: {
    kind: 'query',
    doc: 'query Q($s: String!) { validateScenario(source: $s) { ok errors { line } } }',
    vars: () => ({ s: BROKEN_YAML }),
    expect: INSTRUCTOR_ONLY,
  },
  importScenario: {
    kind: 'mutation',
    doc: 'mutation M($s: String!) { importScenario(source: $s) { __typename } }',
    vars: () => ({ s: BROKEN_YAML }),
    expect: INSTRUCTOR_ONLY,
  },
  createGame: {
    kind: 'mutation',
    doc: 'mutation M { createGame(input: { scenarioId: "tutorial", name: "matrix", teams: ["A"] }) { game { id } } }',
    expect: INSTRUCTOR_ONLY,
  },
  openRound: {
    kind: 'mutation',
    doc: 'mutation M($g: ID!) { openRound(gameId: $g) { __typename } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: INSTRUCTOR_ONLY,
  },
  setDeadline: {
    kind: 'mutation',
    doc: 'mutation M($g: ID!) { setDeadline(gameId: $g, deadline: null) { __typename } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: INSTRUCTOR_ONLY,
  },
  closeRound: {
    kind: 'mutation',
    doc: 'mutation M($g: ID!) { closeRound(gameId: $g) { __typename } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: INSTRUCTOR_ONLY,
  },
  submitDecisions: {
    kind: 'mutation',
    doc: 'mutation M { submitDecisions(input: {}) { __typename } }',
    expect: TEAM_ONLY,
  },
  validateDecisions: {
    kind: 'mutation',
    doc: 'mutation M { validateDecisions(input: {}) { __typename } }',
    expect: TEAM_ONLY,
  },
  adjustScore: {
    kind: 'mutation',
    doc: 'mutation M($g: ID!, $t: ID!) { adjustScore(input: { gameId: $g, teamId: $t, round: 1, points: 1.5, reason: "matrix bonus" }) { id } }',
    vars: (f) => ({ g: f.game.game.id, t: f.game.teams[0].team.id }),
    expect: INSTRUCTOR_ONLY,
  },
  freezeScoreboard: {
    kind: 'mutation',
    doc: 'mutation M($g: ID!) { freezeScoreboard(gameId: $g, afterRound: 1) { id } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: INSTRUCTOR_ONLY,
  },
  revealScoreboard: {
    kind: 'mutation',
    doc: 'mutation M($g: ID!) { revealScoreboard(gameId: $g) { id } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: INSTRUCTOR_ONLY,
  },
  rotateTeamToken: {
    kind: 'mutation',
    doc: 'mutation M($t: ID!) { rotateTeamToken(teamId: $t) { token } }',
    vars: (f) => ({ t: f.spare.team.id }),
    expect: INSTRUCTOR_ONLY,
  },
  revokeTeamToken: {
    kind: 'mutation',
    doc: 'mutation M($t: ID!) { revokeTeamToken(teamId: $t) { revoked } }',
    vars: (f) => ({ t: f.spare.team.id }),
    expect: INSTRUCTOR_ONLY,
  },
  addBotTeam: {
    kind: 'mutation',
    doc: 'mutation M($g: ID!) { addBotTeam(gameId: $g, strategy: RANDOM) { id } }',
    vars: (f) => ({ g: f.fresh.game.id }),
    expect: INSTRUCTOR_ONLY,
  },
  createGraderToken: {
    kind: 'mutation',
    doc: 'mutation M($g: ID!) { createGraderToken(gameId: $g) { token } }',
    vars: (f) => ({ g: f.game.game.id }),
    expect: INSTRUCTOR_ONLY,
  },
  rotateGraderToken: {
    kind: 'mutation',
    doc: 'mutation M($g: ID!) { rotateGraderToken(gameId: $g) { token } }',
    vars: (f) => ({ g: f.fresh.game.id }),
    expect: INSTRUCTOR_ONLY,
  },
  revokeGraderTokens: {
    kind: 'mutation',
    doc: 'mutation M($g: ID!) { revokeGraderTokens(gameId: $g) { revoked } }',
    vars: (f) => ({ g: f.fresh.game.id }),
    expect: INSTRUCTOR_ONLY,
  },
  roundChanged: { kind: 'subscription', expect: ALL },
  'GET /games/:id/scoreboard.csv': { kind: 'http', expect: GRADERS },
  'GET /games/:id/scoreboard.xlsx': { kind: 'http', expect: GRADERS },
  'GET /games/:id/scoreboard.json': { kind: 'http', expect: GRADERS },
};

function operationsOf(schema: GraphQLSchema): string[] {
  const types = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
    (t): t is GraphQLObjectType => !!t,
  );
  return types.flatMap((t) => Object.keys(t.getFields())).sort();
}

const graphqlRows = Object.entries(MATRIX)
  .filter(([, r]) => r.kind !== 'http')
  .map(([name]) => name)
  .sort();

describe('every operation is in the role matrix', () => {
  it('schema.graphql declares exactly the operations of the table', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
    expect(operationsOf(schema)).toEqual(graphqlRows);
  });
});

describe('role × operation matrix', () => {
  let srv: TestServer;
  let f: Fixture;
  const tokenOf = (role: RoleName): string | undefined =>
    role === 'anonymous'
      ? undefined
      : role === 'INSTRUCTOR'
        ? INSTRUCTOR
        : role === 'TEAM'
          ? f.game.teams[0].token
          : f.game.graderToken;

  beforeAll(async () => {
    srv = await startTestServer();
    const game = await createGame(srv.url, 'eu-launch', ['Ana', 'Ben', 'Spare'], 5);
    await openRound(srv.url, game.game.id);
    const view = await scenarioView(srv.url, INSTRUCTOR, 'eu-launch');
    expect((await submit(srv.url, game.teams[0].token, decisionsFor(view, 0))).__typename).toBe('DecisionsAccepted');
    expect((await closeRound(srv.url, game.game.id)).__typename).toBe('RoundModel');
    f = { game, fresh: await createGame(srv.url, 'eu-launch', ['Fresh'], 6), spare: game.teams[2] };
  });
  afterAll(() => srv.stop());

  it('the running server exposes the same operations as schema.graphql', async () => {
    const r = await gql<{
      __schema: {
        queryType: { fields: { name: string }[] };
        mutationType: { fields: { name: string }[] };
        subscriptionType: { fields: { name: string }[] };
      };
    }>(
      srv.url,
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }',
      {},
      INSTRUCTOR,
    );
    const s = r.data!.__schema;
    expect(
      [...s.queryType.fields, ...s.mutationType.fields, ...s.subscriptionType.fields].map((x) => x.name).sort(),
    ).toEqual(graphqlRows);
  });

  async function graphqlOutcome(row: Row, role: RoleName): Promise<Outcome> {
    const r = await gql(srv.url, row.doc as string, row.vars ? row.vars(f) : {}, tokenOf(role));
    expectNoLeak(JSON.stringify(r));
    expect(r.status).toBeLessThan(500);
    const codes = (r.errors ?? []).map((e) => e.extensions?.code);
    if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
    if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
    // allowed means it ran: no error of any kind and an answer
    expect(r.errors).toBeUndefined();
    expect(r.data).toBeTruthy();
    return 'ALLOW';
  }

  async function subscriptionOutcome(role: RoleName): Promise<Outcome> {
    const token = tokenOf(role);
    const gameId = f.game.game.id;
    const client = createClient({
      url: srv.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: token ? { Authorization: `Bearer ${token}` } : {},
    });
    let delivered = false;
    const events = srv.app.get(RoundEvents);
    try {
      const outcome = new Promise<Outcome>((resolve) => {
        client.subscribe<{ roundChanged: { gameId: string } }>(
          {
            query: 'subscription S($g: ID!) { roundChanged(gameId: $g) { gameId round status } }',
            variables: { g: gameId },
          },
          {
            next: (v) => {
              if (v.errors) {
                const code = v.errors[0]?.extensions?.code;
                return resolve(
                  code === 'FORBIDDEN' || code === 'UNAUTHENTICATED'
                    ? code
                    : (`ERROR ${JSON.stringify(v.errors)}` as Outcome),
                );
              }
              delivered = true;
              expect(v.data?.roundChanged.gameId).toBe(gameId);
              resolve('ALLOW');
            },
            error: (e) => {
              const close = e as { code?: number };
              if (close.code === 4403 || close.code === 4401) return resolve('UNAUTHENTICATED');
              const errs = Array.isArray(e) ? (e as { extensions?: { code?: string } }[]) : [];
              const code = errs[0]?.extensions?.code;
              resolve(
                code === 'FORBIDDEN'
                  ? 'FORBIDDEN'
                  : code === 'UNAUTHENTICATED'
                    ? 'UNAUTHENTICATED'
                    : (`ERROR ${JSON.stringify(e)}` as Outcome),
              );
            },
            complete: () => undefined,
          },
        );
      });
      // an event published in-process reaches the subscriber once it is registered: publish until it arrives or the answer is a refusal
      let settled = false;
      void outcome.then(() => {
        settled = true;
      });
      while (!settled && !delivered) {
        events.publish({ gameId, round: 1, status: 'CLOSED', outcomeHash: null, gameStatus: 'RUNNING' });
        await new Promise((r) => setTimeout(r, 25));
      }
      return await outcome;
    } finally {
      await client.dispose();
    }
  }

  async function httpOutcome(name: string, role: RoleName): Promise<Outcome> {
    const format = name.split('.').pop() as string;
    const token = tokenOf(role);
    const res = await fetch(`${srv.base}/games/${f.game.game.id}/scoreboard.${format}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (res.status === 401 || res.status === 403) {
      const body = await res.text();
      expectNoLeak(body);
      expect(JSON.parse(body)).toMatchObject({ error: res.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN' });
      return res.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    }
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0);
    return 'ALLOW';
  }

  const cases = Object.entries(MATRIX).flatMap(([name, row]) =>
    ROLES.map((role) => [name, role, row.expect[role]] as const),
  );

  it.each(cases)('%s as %s: %s', async (name, role, expected) => {
    const row = MATRIX[name];
    const got =
      row.kind === 'http'
        ? await httpOutcome(name, role)
        : row.kind === 'subscription'
          ? await subscriptionOutcome(role)
          : await graphqlOutcome(row, role);
    expect(got).toBe(expected);
  });
});
