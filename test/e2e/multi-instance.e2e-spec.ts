import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DataSource } from 'typeorm';
import { decisionsFor, scenarioView } from '../support/play';
import {
  gqlOk,
  INSTRUCTOR,
  startTestServer,
  TEST_POSTGRES,
  TEST_REDIS,
  testDatabase,
  type TestServer,
} from '../support/test-server';

/**
 * Two server instances on two ports sharing one PostgreSQL database and one
 * Redis (run by .ci/run with SANDBOX_TEST_POSTGRES and SANDBOX_TEST_REDIS).
 */
const shared = TEST_POSTGRES && TEST_REDIS ? describe : describe.skip;

const CREATE = `mutation C($input: CreateGameInput!) { createGame(input: $input) { game { id } teams { team { id code } token } } }`;
const OPEN = `mutation O($g: ID!) { openRound(gameId: $g) { __typename } }`;
const CLOSE = `mutation C($g: ID!) { closeRound(gameId: $g) { __typename ... on RoundModel { number outcomeHash } ... on RoundActionError { errorCode } } }`;
const SUBMIT = `mutation S($input: SubmitDecisionsInput!) { submitDecisions(input: $input) { __typename } }`;

shared('several instances behind one address (PostgreSQL + Redis)', () => {
  let a: TestServer;
  let b: TestServer;
  let db: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    db = await testDatabase();
    // started together: migrations and start-up run under an advisory lock
    [a, b] = await Promise.all([
      startTestServer({ databaseUrl: db.url, redisUrl: TEST_REDIS }),
      startTestServer({ databaseUrl: db.url, redisUrl: TEST_REDIS }),
    ]);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  async function newGame(teams: number) {
    const created = await gqlOk<{
      createGame: { game: { id: string }; teams: { team: { id: string; code: string }; token: string }[] };
    }>(
      a.url,
      CREATE,
      {
        input: {
          scenarioId: 'eu-launch',
          name: 'multi',
          seed: 11,
          teams: Array.from({ length: teams }, (_, i) => `team ${i + 1}`),
        },
      },
      INSTRUCTOR,
    );
    await gqlOk(b.url, OPEN, { g: created.createGame.game.id }, INSTRUCTOR);
    return created.createGame;
  }

  it('a subscriber on instance B hears a round closed on instance A', async () => {
    const game = await newGame(2);
    const client = createClient({
      url: b.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: `Bearer ${game.teams[0].token}` },
    });
    const heard: { round: number; status: string }[] = [];
    const subscribed = new Promise<void>((resolve, reject) => {
      client.subscribe<{ roundChanged: { round: number; status: string } }>(
        {
          query: `subscription W($g: ID!) { roundChanged(gameId: $g) { round status } }`,
          variables: { g: game.game.id },
        },
        {
          next: (m) => {
            if (m.data) heard.push(m.data.roundChanged);
            resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
      client.on('connected', () => setTimeout(resolve, 300));
    });
    await subscribed;
    const closed = await gqlOk<{ closeRound: { __typename: string } }>(a.url, CLOSE, { g: game.game.id }, INSTRUCTOR);
    expect(closed.closeRound.__typename).toBe('RoundModel');
    for (let i = 0; i < 50 && !heard.some((h) => h.status === 'CLOSED'); i += 1)
      await new Promise((r) => setTimeout(r, 100));
    await client.dispose();
    expect(heard).toContainEqual({ round: 1, status: 'CLOSED' });
  });

  it('closeRound sent to both instances at once resolves the round once', async () => {
    const game = await newGame(3);
    const [ra, rb] = await Promise.all([
      gqlOk<{ closeRound: { __typename: string; outcomeHash?: string } }>(
        a.url,
        CLOSE,
        { g: game.game.id },
        INSTRUCTOR,
      ),
      gqlOk<{ closeRound: { __typename: string; outcomeHash?: string } }>(
        b.url,
        CLOSE,
        { g: game.game.id },
        INSTRUCTOR,
      ),
    ]);
    const hashes = [ra.closeRound, rb.closeRound]
      .filter((r) => r.__typename === 'RoundModel')
      .map((r) => r.outcomeHash);
    expect(hashes.length).toBeGreaterThanOrEqual(1);
    expect(new Set(hashes).size).toBe(1);
    const ds = a.app.get(DataSource);
    const closes = await ds.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE "gameId" = $1 AND action = 'ROUND_CLOSED'`,
      [game.game.id],
    );
    expect(closes[0].n).toBe(1);
    const results = await ds.query(`SELECT count(*)::int AS n FROM team_round_result WHERE "gameId" = $1`, [
      game.game.id,
    ]);
    expect(results[0].n).toBe(3);
  });

  it('a submission accepted by either instance is counted', async () => {
    const game = await newGame(6);
    const view = await scenarioView(a.url, INSTRUCTOR, 'eu-launch');
    const answers = await Promise.all(
      game.teams.map((t, k) =>
        gqlOk<{ submitDecisions: { __typename: string } }>(
          k % 2 === 0 ? a.url : b.url,
          SUBMIT,
          { input: decisionsFor(view, k) },
          t.token,
        ),
      ),
    );
    expect(answers.every((r) => r.submitDecisions.__typename === 'DecisionsAccepted')).toBe(true);
    await gqlOk(b.url, CLOSE, { g: game.game.id }, INSTRUCTOR);
    for (const t of game.teams) {
      const rep = await gqlOk<{ teamReport: { absentModules: string[] } }>(
        a.url,
        `query R($g: ID!) { teamReport(gameId: $g, round: 1) { absentModules } }`,
        { g: game.game.id },
        t.token,
      );
      expect(rep.teamReport.absentModules).toEqual([]);
    }
  });
});
