import { decisionsFor, scenarioView } from '../support/play';
import { closeRound, createGame, type CreatedGame, errorCode, openRound, submit } from '../support/game-ops';
import { gql, gqlOk, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

/** What teams may see of rivals, and when: the scenario's visibility rules, the scoreboard freeze, adjustments. */
const PRIVATE_SCENARIO = `
id: private-market
version: 1
title: { en: Private market, zh: 不公开的市场 }
seed: 99
rounds: { count: 3, days: 30, schedule: [ { number: 1, season: 1, event: 1, modules: [OPERATIONS, SELECTION, ADS, FULFILLMENT] } ] }
include: { markets: [ES], categories: [hosiery] }
policies:
  visibility: { marketReport: NEVER, scoreboard: AFTER_GAME, rivalListings: NEVER }
`;

const BOARD =
  'query B($g: ID!, $r: Int) { scoreboard(gameId: $g, round: $r) { complete frozenAfterRound closedRounds rows { rank team { code } total adjustment } } }';
const RIVALS = 'query R($g: ID!) { rivalListings(gameId: $g, round: 1) { seller kind product market priceCents } }';
const MARKET = 'query M($g: ID!) { marketReport(gameId: $g, round: 1) { market orders } }';

interface Board {
  scoreboard: {
    complete: boolean;
    frozenAfterRound: number | null;
    closedRounds: number;
    rows: { rank: number; team: { code: string }; total: number; adjustment: number }[];
  };
}

async function playRound(srv: TestServer, game: CreatedGame, scenarioId: string): Promise<void> {
  const view = await scenarioView(srv.url, INSTRUCTOR, scenarioId);
  await openRound(srv.url, game.game.id);
  for (const [k, t] of game.teams.entries()) await submit(srv.url, t.token, decisionsFor(view, k));
  await closeRound(srv.url, game.game.id);
}

describe('visibility of rivals', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.stop());

  it('shows a team the other sellers of a closed round (teams and competitors) but not itself, by default', async () => {
    const game = await createGame(srv.url, 'eu-launch', ['Red', 'Green'], 5);
    await playRound(srv, game, 'eu-launch');
    const red = await gqlOk<{ rivalListings: { seller: string; kind: string }[] }>(
      srv.url,
      RIVALS,
      { g: game.game.id },
      game.teams[0].token,
    );
    const sellers = new Set(red.rivalListings.map((l) => l.seller));
    expect(sellers.has('Green')).toBe(true);
    expect(sellers.has('Red')).toBe(false);
    expect(red.rivalListings.some((l) => l.kind === 'COMPETITOR')).toBe(true);
    const board = await gqlOk<Board>(srv.url, BOARD, { g: game.game.id }, game.teams[0].token);
    expect(board.scoreboard.complete).toBe(true);
    expect(board.scoreboard.rows).toHaveLength(2);
  });

  it("hides market reports, rivals and other teams' scores when the scenario says so, until the game ends", async () => {
    const imported = await gqlOk<{ importScenario: { __typename: string } }>(
      srv.url,
      'mutation I($s: String!) { importScenario(source: $s) { __typename ... on ScenarioInvalid { errors { line path message } } } }',
      { s: PRIVATE_SCENARIO },
      INSTRUCTOR,
    );
    expect(imported.importScenario.__typename).toBe('ScenarioImported');
    const game = await createGame(srv.url, 'private-market', ['Red', 'Green']);
    await playRound(srv, game, 'private-market');
    const team = game.teams[0].token;
    expect(errorCode(await gql(srv.url, MARKET, { g: game.game.id }, team))).toBe('FORBIDDEN');
    expect(errorCode(await gql(srv.url, RIVALS, { g: game.game.id }, team))).toBe('FORBIDDEN');
    const own = await gqlOk<Board>(srv.url, BOARD, { g: game.game.id }, team);
    expect(own.scoreboard.complete).toBe(false);
    expect(own.scoreboard.rows.map((r) => r.team.code)).toEqual(['T01']);
    expect(own.scoreboard.rows[0].rank).toBe(0); // a rank would tell where the rivals stand
    // instructors and graders always see everything
    expect(
      (await gqlOk<{ marketReport: unknown[] }>(srv.url, MARKET, { g: game.game.id }, INSTRUCTOR)).marketReport.length,
    ).toBe(1);
    expect((await gqlOk<Board>(srv.url, BOARD, { g: game.game.id }, INSTRUCTOR)).scoreboard.rows).toHaveLength(2);
    // after the last round: AFTER_GAME opens the scoreboard; NEVER stays closed
    await playRound(srv, game, 'private-market');
    await playRound(srv, game, 'private-market');
    expect((await gqlOk<Board>(srv.url, BOARD, { g: game.game.id }, team)).scoreboard.rows).toHaveLength(2);
    expect(errorCode(await gql(srv.url, RIVALS, { g: game.game.id }, team))).toBe('FORBIDDEN');
  });

  it('freezes the scoreboard for teams after a round until it is revealed; adjustments count and are shown', async () => {
    const game = await createGame(srv.url, 'eu-launch', ['Red', 'Green'], 8);
    await playRound(srv, game, 'eu-launch');
    await gqlOk(
      srv.url,
      'mutation F($g: ID!) { freezeScoreboard(gameId: $g, afterRound: 1) { freezeAfterRound } }',
      { g: game.game.id },
      INSTRUCTOR,
    );
    await playRound(srv, game, 'eu-launch');
    await gqlOk(
      srv.url,
      'mutation A($i: AdjustScoreInput!) { adjustScore(input: $i) { points } }',
      { i: { gameId: game.game.id, teamId: game.teams[1].team.id, round: 2, points: -5, reason: 'late report' } },
      INSTRUCTOR,
    );
    const team = game.teams[0].token;
    const frozen = await gqlOk<Board>(srv.url, BOARD, { g: game.game.id }, team);
    expect(frozen.scoreboard.frozenAfterRound).toBe(1);
    expect(frozen.scoreboard.closedRounds).toBe(1);
    expect((await gqlOk<Board>(srv.url, BOARD, { g: game.game.id, r: 2 }, team)).scoreboard.rows).toEqual([]);
    const full = await gqlOk<Board>(srv.url, BOARD, { g: game.game.id }, INSTRUCTOR);
    expect(full.scoreboard.closedRounds).toBe(2);
    const round1 = await gqlOk<Board>(srv.url, BOARD, { g: game.game.id, r: 1 }, INSTRUCTOR);
    const round2 = await gqlOk<Board>(srv.url, BOARD, { g: game.game.id, r: 2 }, INSTRUCTOR);
    const green = (b: Board) => b.scoreboard.rows.find((r) => r.team.code === 'T02')!;
    expect(green(full).adjustment).toBe(-5);
    expect(green(full).total).toBeCloseTo(green(round1).total + green(round2).total, 2);
    // the frozen board a team sees is the instructor's board of round 1
    expect(frozen.scoreboard.rows.map((r) => r.total).sort()).toEqual(
      round1.scoreboard.rows.map((r) => r.total).sort(),
    );
    await gqlOk(
      srv.url,
      'mutation R($g: ID!) { revealScoreboard(gameId: $g) { freezeAfterRound } }',
      { g: game.game.id },
      INSTRUCTOR,
    );
    const revealed = await gqlOk<Board>(srv.url, BOARD, { g: game.game.id }, team);
    expect(revealed.scoreboard.frozenAfterRound).toBeNull();
    expect(revealed.scoreboard.closedRounds).toBe(2);
    const adjustments = await gqlOk<{ adjustments: { reason: string }[] }>(
      srv.url,
      'query A($g: ID!) { adjustments(gameId: $g) { reason } }',
      { g: game.game.id },
      game.teams[1].token,
    );
    expect(adjustments.adjustments.map((a) => a.reason)).toEqual(['late report']);
    expect(
      (
        await gqlOk<{ adjustments: unknown[] }>(
          srv.url,
          'query A($g: ID!) { adjustments(gameId: $g) { reason } }',
          { g: game.game.id },
          team,
        )
      ).adjustments,
    ).toEqual([]);
  });
});
