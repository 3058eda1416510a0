import { decisionsFor, scenarioView } from '../support/play';
import { gql, gqlOk, INSTRUCTOR, startTestServer, testDatabase, type TestServer } from '../support/test-server';

const CREATE = `mutation C($input: CreateGameInput!) { createGame(input: $input) {
  game { id status roundCount } teams { team { id code name } token } graderToken } }`;
const OPEN = `mutation O($g: ID!) { openRound(gameId: $g) { __typename ... on RoundModel { number status } ... on RoundActionError { errorCode } } }`;
const CLOSE = `mutation C($g: ID!) { closeRound(gameId: $g) { __typename ... on RoundModel { number status outcomeHash } ... on RoundActionError { errorCode } } }`;
const SUBMIT = `mutation S($input: SubmitDecisionsInput!) { submitDecisions(input: $input) { __typename
  ... on DecisionsAccepted { round modules { module version } }
  ... on DecisionsRejected { errorCode errors { module code path message } }
  ... on RoundNotOpen { errorCode } } }`;
const REPORT = `query R($g: ID!, $r: Int!, $t: ID) { teamReport(gameId: $g, round: $r, teamId: $t) {
  team { code } total absentModules cashStartCents cashEndCents
  scores { module score enabled points { kpi value points maxPoints } } kpis { module name value } ledger { kind amountCents } } }`;

interface Created {
  createGame: {
    game: { id: string };
    teams: { team: { id: string; code: string }; token: string }[];
    graderToken: string;
  };
}

/** Creates a game with three teams, opens round 1, submits all four modules for everyone, closes it. */
async function playOneRound(srv: TestServer, scenarioId = 'eu-launch', seed = 7) {
  const created = await gqlOk<Created>(
    srv.url,
    CREATE,
    { input: { scenarioId, name: 'e2e', seed, teams: ['Red', 'Green', 'Blue'] } },
    INSTRUCTOR,
  );
  const game = created.createGame;
  expect(
    (await gqlOk<{ openRound: { number: number } }>(srv.url, OPEN, { g: game.game.id }, INSTRUCTOR)).openRound.number,
  ).toBe(1);
  const view = await scenarioView(srv.url, INSTRUCTOR, scenarioId);
  for (const [k, t] of game.teams.entries()) {
    const r = await gqlOk<{ submitDecisions: { __typename: string; errors?: unknown } }>(
      srv.url,
      SUBMIT,
      { input: decisionsFor(view, k) },
      t.token,
    );
    expect(r.submitDecisions).toMatchObject({ __typename: 'DecisionsAccepted' });
  }
  const closed = await gqlOk<{ closeRound: { __typename: string; outcomeHash: string } }>(
    srv.url,
    CLOSE,
    { g: game.game.id },
    INSTRUCTOR,
  );
  expect(closed.closeRound.__typename).toBe('RoundModel');
  return { game, hash: closed.closeRound.outcomeHash };
}

describe('a playable season over plain HTTP GraphQL', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.stop());

  it('answers { __typename } and serves GraphiQL with no external script or stylesheet', async () => {
    expect((await gql(srv.url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
    const page = await fetch(srv.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(4);
    for (const ref of refs) {
      expect(ref.startsWith('/')).toBe(true);
      expect((await fetch(srv.base + ref)).status).toBe(200);
    }
  });

  it('plays a round with three teams: reports with four module scores, a scoreboard, and no cross-team reads', async () => {
    const { game, hash } = await playOneRound(srv);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    for (const t of game.teams) {
      const rep = await gqlOk<{
        teamReport: {
          team: { code: string };
          total: number;
          scores: { module: string; score: number; points: unknown[] }[];
          kpis: unknown[];
        };
      }>(srv.url, REPORT, { g: game.game.id, r: 1 }, t.token);
      expect(rep.teamReport.team.code).toBe(t.team.code);
      expect(rep.teamReport.scores.map((s) => s.module).sort()).toEqual([
        'ADS',
        'FULFILLMENT',
        'OPERATIONS',
        'SELECTION',
      ]);
      for (const s of rep.teamReport.scores) {
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(100);
        expect(s.points.length).toBeGreaterThan(0);
      }
      expect(rep.teamReport.kpis.length).toBeGreaterThan(8);
    }
    const board = await gqlOk<{ scoreboard: { rows: { rank: number; team: { code: string }; total: number }[] } }>(
      srv.url,
      `query B($g: ID!) { scoreboard(gameId: $g) { rows { rank team { code } total } } }`,
      { g: game.game.id },
      INSTRUCTOR,
    );
    expect(board.scoreboard.rows.map((r) => r.team.code).sort()).toEqual(['T01', 'T02', 'T03']);
    // a team asking for another team's report is refused, and nothing of it leaks
    const [a, b] = game.teams;
    const cross = await gql(srv.url, REPORT, { g: game.game.id, r: 1, t: b.team.id }, a.token);
    expect(cross.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(cross.data ?? null).toBeNull();
  });

  it('refuses anonymous and forged tokens', async () => {
    const anon = await gql(srv.url, '{ games { id } }');
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await gql(srv.url, '{ games { id } }', {}, 'team_' + 'A'.repeat(43));
    expect(forged.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('reproducibility and persistence', () => {
  it('gives identical outcome hashes on two fresh servers with the same scenario, seed and decisions', async () => {
    const hashes: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const srv = await startTestServer();
      try {
        hashes.push((await playOneRound(srv, 'eu-launch', 42)).hash);
      } finally {
        await srv.stop();
      }
    }
    expect(hashes[0]).toBe(hashes[1]);
  });

  it('keeps the game and its closed round across a restart on the same database', async () => {
    const db = await testDatabase();
    const databaseUrl = db.url;
    try {
      const first = await startTestServer({ databaseUrl });
      const { game, hash } = await playOneRound(first, 'eu-launch', 3);
      await first.stop();
      const second = await startTestServer({ databaseUrl });
      try {
        const r = await gqlOk<{
          game: {
            status: string;
            currentRound: number;
            rounds: { number: number; status: string; outcomeHash: string }[];
          };
        }>(
          second.url,
          `query G($g: ID!) { game(id: $g) { status currentRound rounds { number status outcomeHash } } }`,
          { g: game.game.id },
          INSTRUCTOR,
        );
        expect(r.game.rounds).toEqual([{ number: 1, status: 'CLOSED', outcomeHash: hash }]);
        const rep = await gqlOk<{ teamReport: { scores: unknown[] } }>(
          second.url,
          REPORT,
          { g: game.game.id, r: 1 },
          game.teams[0].token,
        );
        expect(rep.teamReport.scores).toHaveLength(4);
      } finally {
        await second.stop();
      }
    } finally {
      await db.drop();
    }
  });
});
