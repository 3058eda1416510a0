import { CREATE_GAME, type CreatedGame, errorCode, openRound } from '../support/game-ops';
import { gql, gqlOk, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

/** A game's deadline policy: rounds opened without a deadline close `roundMinutes` later. */
describe('deadline policy (createGame roundMinutes)', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.stop());

  const create = (extra: Record<string, unknown>) =>
    gql<{ createGame: CreatedGame }>(
      srv.url,
      CREATE_GAME,
      { input: { scenarioId: 'eu-launch', name: 'policy', teams: ['Red', 'Green'], ...extra } },
      INSTRUCTOR,
    );

  it('gives a round opened without a deadline one roundMinutes ahead; a given deadline wins', async () => {
    const game = (await create({ roundMinutes: 90 })).data!.createGame;
    const g = await gqlOk<{ game: { roundMinutes: number | null } }>(
      srv.url,
      'query G($id: ID!) { game(id: $id) { roundMinutes } }',
      { id: game.game.id },
      INSTRUCTOR,
    );
    expect(g.game.roundMinutes).toBe(90);
    const before = Date.now();
    const round = await openRound(srv.url, game.game.id);
    const after = Date.now();
    const deadline = Date.parse(round.deadline as string);
    expect(deadline).toBeGreaterThanOrEqual(before + 90 * 60_000 - 1000);
    expect(deadline).toBeLessThanOrEqual(after + 90 * 60_000 + 1000);

    const other = (await create({ roundMinutes: 90 })).data!.createGame;
    const given = new Date(Date.now() + 5 * 60_000).toISOString();
    expect((await openRound(srv.url, other.game.id, given)).deadline).toBe(given);
  });

  it('leaves rounds open until closed without a policy', async () => {
    const game = (await create({})).data!.createGame;
    expect((await openRound(srv.url, game.game.id)).deadline).toBeNull();
  });

  it('refuses a length that is not a whole number of minutes in range, naming the field', async () => {
    for (const roundMinutes of [0, -5, 40_321]) {
      const r = await create({ roundMinutes });
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(r.errors)).toContain('input.roundMinutes');
    }
  });
});
