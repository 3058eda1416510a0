import { closeRound, createGame, type CreatedGame, errorCode, openRound, submit } from '../support/game-ops';
import { decisionsFor, scenarioView } from '../support/play';
import { gql, gqlOk, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

const LOG = `query L($g: ID!, $limit: Int, $offset: Int, $action: String) {
  auditLog(gameId: $g, limit: $limit, offset: $offset, action: $action) {
    total entries { id at action actorRole actorTeam detail } } }`;

interface Entry {
  id: string;
  at: string;
  action: string;
  actorRole: string;
  actorTeam: string | null;
  detail: string;
}
interface Page {
  total: number;
  entries: Entry[];
}

describe('auditLog: every action of a game, for its instructors', () => {
  let srv: TestServer;
  let game: CreatedGame;
  const log = async (vars: Record<string, unknown> = {}): Promise<Page> =>
    (await gqlOk<{ auditLog: Page }>(srv.url, LOG, { g: game.game.id, ...vars }, INSTRUCTOR)).auditLog;

  beforeAll(async () => {
    srv = await startTestServer();
    game = await createGame(srv.url, 'eu-launch', ['Red', 'Green'], 5);
    const view = await scenarioView(srv.url, INSTRUCTOR, 'eu-launch');
    await openRound(srv.url, game.game.id);
    expect((await submit(srv.url, game.teams[1].token, decisionsFor(view, 1))).__typename).toBe('DecisionsAccepted');
    expect((await closeRound(srv.url, game.game.id)).status).toBe('CLOSED');
    await gqlOk(
      srv.url,
      `mutation A($input: AdjustScoreInput!) { adjustScore(input: $input) { id } }`,
      { input: { gameId: game.game.id, teamId: game.teams[0].team.id, round: 1, points: -2, reason: 'late slides' } },
      INSTRUCTOR,
    );
  }, 60_000);
  afterAll(() => srv.stop());

  it('lists who did what, newest first, a team by its code', async () => {
    const page = await log();
    const actions = page.entries.map((e) => e.action);
    expect(actions).toEqual(['SCORE_ADJUSTED', 'ROUND_CLOSED', 'DECISIONS_SUBMITTED', 'ROUND_OPENED', 'GAME_CREATED']);
    expect(page.total).toBe(5);
    const submitted = page.entries[2];
    expect(submitted).toMatchObject({ actorRole: 'TEAM', actorTeam: 'T02' });
    expect(JSON.parse(submitted.detail)).toMatchObject({ round: 1 });
    expect(page.entries[0]).toMatchObject({ actorRole: 'INSTRUCTOR', actorTeam: null });
    expect(JSON.parse(page.entries[0].detail)).toMatchObject({ points: -2, reason: 'late slides' });
    const times = page.entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('pages and filters by action', async () => {
    const first = await log({ limit: 2 });
    const rest = await log({ limit: 2, offset: 2 });
    expect(first.entries.map((e) => e.action)).toEqual(['SCORE_ADJUSTED', 'ROUND_CLOSED']);
    expect(rest.entries.map((e) => e.action)).toEqual(['DECISIONS_SUBMITTED', 'ROUND_OPENED']);
    const closes = await log({ action: 'ROUND_CLOSED' });
    expect(closes.total).toBe(1);
    expect(closes.entries.map((e) => e.action)).toEqual(['ROUND_CLOSED']);
  });

  it('refuses a page size out of range and an unknown game, naming them', async () => {
    const big = await gql(srv.url, LOG, { g: game.game.id, limit: 100000 }, INSTRUCTOR);
    expect(errorCode(big)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(big.errors)).toContain('limit');
    const missing = await gql(srv.url, LOG, { g: 'no-such-game' }, INSTRUCTOR);
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('is not shown to the game’s teams', async () => {
    const r = await gql(srv.url, LOG, { g: game.game.id }, game.teams[0].token);
    expect(errorCode(r)).toBe('FORBIDDEN');
  });
});
