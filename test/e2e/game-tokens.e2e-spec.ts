import { createGame, type CreatedGame, errorCode } from '../support/game-ops';
import { gql, gqlOk, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

const TOKENS = `query T($g: ID!) { gameTokens(gameId: $g) { role teamId teamCode label createdAt expiresAt revokedAt state } }`;

interface TokenState {
  role: string;
  teamId: string | null;
  teamCode: string | null;
  label: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  state: string;
}

describe('gameTokens: the state of a game’s tokens, never their secrets', () => {
  let srv: TestServer;
  let game: CreatedGame;
  const tokens = async () =>
    (await gqlOk<{ gameTokens: TokenState[] }>(srv.url, TOKENS, { g: game.game.id }, INSTRUCTOR)).gameTokens;

  beforeAll(async () => {
    srv = await startTestServer();
    game = await createGame(srv.url, 'eu-launch', ['Red', 'Green', 'Blue'], 4);
  }, 60_000);
  afterAll(() => srv.stop());

  it('lists every team’s token and the grader’s, live, with no secret in the answer', async () => {
    const list = await tokens();
    expect(
      list
        .filter((t) => t.role === 'TEAM')
        .map((t) => t.teamCode)
        .sort(),
    ).toEqual(['T01', 'T02', 'T03']);
    expect(list.filter((t) => t.role === 'GRADER')).toHaveLength(1);
    expect(list.every((t) => t.state === 'LIVE' && t.revokedAt === null)).toBe(true);
    const body = JSON.stringify(list);
    for (const t of game.teams) expect(body).not.toContain(t.token);
    expect(body).not.toContain(game.graderToken);
  });

  it('shows a rotated token as revoked beside its live successor, and revoked grader tokens', async () => {
    const t2 = game.teams[1].team;
    await gqlOk(srv.url, 'mutation R($t: ID!) { rotateTeamToken(teamId: $t) { token } }', { t: t2.id }, INSTRUCTOR);
    await gqlOk(
      srv.url,
      'mutation V($g: ID!) { revokeGraderTokens(gameId: $g) { revoked } }',
      { g: game.game.id },
      INSTRUCTOR,
    );
    const list = await tokens();
    const ofT2 = list.filter((t) => t.teamCode === 'T02');
    expect(ofT2.map((t) => t.state)).toEqual(['LIVE', 'REVOKED']);
    expect(ofT2[1].revokedAt).not.toBeNull();
    expect(list.filter((t) => t.role === 'GRADER').map((t) => t.state)).toEqual(['REVOKED']);
    expect(list.filter((t) => t.teamCode === 'T01').map((t) => t.state)).toEqual(['LIVE']);
  });

  it('is for the game’s instructors only, and names an unknown game', async () => {
    expect(errorCode(await gql(srv.url, TOKENS, { g: game.game.id }, game.teams[0].token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(srv.url, TOKENS, { g: 'no-such-game' }, INSTRUCTOR))).toBe('NOT_FOUND');
  });
});
