import { INSTRUCTOR, gql, gqlOk, startTestServer, type TestServer } from '../support/test-server';

const CREATE = `mutation C($input: CreateGameInput!) { createGame(input: $input) { game { id } teams { team { code } token } } }`;
const ADD = `mutation A($gameId: ID!, $strategy: BotStrategy!, $name: String) { addBotTeam(gameId: $gameId, strategy: $strategy, name: $name) { id code name botStrategy } }`;
const OPEN = `mutation O($gameId: ID!) { openRound(gameId: $gameId) { __typename } }`;
const CLOSE = `mutation X($gameId: ID!) { closeRound(gameId: $gameId) { __typename ... on RoundModel { outcomeHash } } }`;
const TEAMS = `query G($id: ID!) { game(id: $id) { teams { id code name botStrategy } } }`;
const REPORT = `query R($gameId: ID!, $teamId: ID) { teamReport(gameId: $gameId, round: 1, teamId: $teamId) { round absentModules listings { product } } }`;

describe('bot teams (e2e)', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.stop());

  it('bots given at createGame and added with addBotTeam play round 1; no bot may join after it opened', async () => {
    const created = await gqlOk<{ createGame: { game: { id: string }; teams: { team: { code: string } }[] } }>(
      srv.url,
      CREATE,
      { input: { scenarioId: 'eu-launch', name: 'with bots', teams: ['Humans'], bots: [{ strategy: 'COST_PLUS' }] } },
      INSTRUCTOR,
    );
    const gameId = created.createGame.game.id;
    expect(created.createGame.teams.map((t) => t.team.code)).toEqual(['T01']); // bots get no token
    const added = await gqlOk<{ addBotTeam: { code: string; botStrategy: string } }>(
      srv.url,
      ADD,
      { gameId, strategy: 'ADAPTIVE', name: 'Robo' },
      INSTRUCTOR,
    );
    expect(added.addBotTeam.botStrategy).toBe('ADAPTIVE');
    expect(
      (await gqlOk<{ openRound: { __typename: string } }>(srv.url, OPEN, { gameId }, INSTRUCTOR)).openRound.__typename,
    ).toBe('RoundModel');
    const late = await gql(srv.url, ADD, { gameId, strategy: 'RANDOM' }, INSTRUCTOR);
    expect(late.errors?.[0]?.message).toMatch(/before round 1/);
    const closed = await gqlOk<{ closeRound: { outcomeHash: string } }>(srv.url, CLOSE, { gameId }, INSTRUCTOR);
    expect(closed.closeRound.outcomeHash).toMatch(/^[0-9a-f]{64}$/);

    const teams = (
      await gqlOk<{ game: { teams: { id: string; code: string; botStrategy: string | null }[] } }>(
        srv.url,
        TEAMS,
        { id: gameId },
        INSTRUCTOR,
      )
    ).game.teams;
    expect(teams.map((t) => [t.code, t.botStrategy])).toEqual([
      ['T01', null],
      ['T02', 'COST_PLUS'],
      ['T03', 'ADAPTIVE'],
    ]);
    for (const bot of teams.filter((t) => t.botStrategy)) {
      const report = await gqlOk<{ teamReport: { round: number; absentModules: string[]; listings: unknown[] } }>(
        srv.url,
        REPORT,
        { gameId, teamId: bot.id },
        INSTRUCTOR,
      );
      expect(report.teamReport.round).toBe(1);
      expect(report.teamReport.absentModules).toEqual([]); // the server decided every module for the bot
      expect(report.teamReport.listings.length).toBeGreaterThan(0);
      // a bot seat has no token, and none can be issued for it
      const rotate = await gql(
        srv.url,
        'mutation R($t: ID!) { rotateTeamToken(teamId: $t) { token } }',
        { t: bot.id },
        INSTRUCTOR,
      );
      expect(rotate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamId' });
    }
  });
});
