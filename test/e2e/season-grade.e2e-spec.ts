import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { ReplayService } from '../../src/export/replay.service';
import { closeRound, createGame, type CreatedGame, openRound, sql, submit } from '../support/game-ops';
import { decisionsFor, scenarioView } from '../support/play';
import { gqlOk, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

const BOARD = `query B($g: ID!, $r: Int) { scoreboard(gameId: $g, round: $r) { rankBy closedRounds
  rows { rank team { code } total grade luckGrade luckTotal luckModules { module score } modules { module score } } } }`;
const REPORT = `query R($g: ID!, $r: Int!) { teamReport(gameId: $g, round: $r) { total
  luck { total replays modules { module score } } } }`;

interface Row {
  rank: number;
  team: { code: string };
  total: number;
  grade: number;
  luckGrade: number | null;
  luckTotal: number | null;
  luckModules: { module: string; score: number }[] | null;
}
interface Board {
  rankBy: string;
  closedRounds: number;
  rows: Row[];
}

const ROUNDS = 4;

describe('season grade and luck-adjusted scores on a bundled scenario (eu-launch)', () => {
  let srv: TestServer;
  let game: CreatedGame;
  const board = async (r?: number): Promise<Board> =>
    (await gqlOk<{ scoreboard: Board }>(srv.url, BOARD, { g: game.game.id, r: r ?? null }, INSTRUCTOR)).scoreboard;

  beforeAll(async () => {
    srv = await startTestServer();
    // T01 and T02 are twins: the same decisions every round; T03 and T04 play their own
    game = await createGame(srv.url, 'eu-launch', ['Twin A', 'Twin B', 'Rival C', 'Rival D'], 11);
    const view = await scenarioView(srv.url, INSTRUCTOR, 'eu-launch');
    const plans = [decisionsFor(view, 1), decisionsFor(view, 1), decisionsFor(view, 2), decisionsFor(view, 3)];
    for (let r = 1; r <= ROUNDS; r += 1) {
      await openRound(srv.url, game.game.id);
      for (const [k, t] of game.teams.entries())
        expect((await submit(srv.url, t.token, plans[k])).__typename).toBe('DecisionsAccepted');
      expect((await closeRound(srv.url, game.game.id)).status).toBe('CLOSED');
    }
  }, 120_000);
  afterAll(() => srv.stop());

  it('gives twin teams luck-adjusted season totals within 1 % of each other', async () => {
    const rows = (await board()).rows;
    const twins = ['T01', 'T02'].map((c) => rows.find((r) => r.team.code === c) as Row);
    const luck = twins.map((t) => t.luckTotal as number);
    const mean = (luck[0] + luck[1]) / 2;
    expect(mean).toBeGreaterThan(0);
    expect(Math.abs(luck[0] - luck[1])).toBeLessThanOrEqual(0.01 * mean);
  });

  it('shows the season grade (the mean of round totals with weights 1) and the luck-adjusted grade beside it', async () => {
    const season = await board();
    expect(season.rankBy).toBe('REALISED');
    expect(season.closedRounds).toBe(ROUNDS);
    const perRound = await Promise.all([1, 2, 3, 4].map((r) => board(r)));
    for (const row of season.rows) {
      const totals = perRound.map((b) => b.rows.find((x) => x.team.code === row.team.code)?.total ?? NaN);
      const lucks = perRound.map((b) => b.rows.find((x) => x.team.code === row.team.code)?.luckTotal ?? NaN);
      const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
      // (shown to 2 decimals)
      expect(Math.abs(row.grade - mean(totals))).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs((row.luckGrade as number) - mean(lucks))).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(row.luckModules?.map((m) => m.module)).toEqual(['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT']);
    }
    // ranked by the grade, ties sharing a rank
    for (let i = 1; i < season.rows.length; i += 1) {
      const [a, b] = [season.rows[i - 1], season.rows[i]];
      expect(a.grade).toBeGreaterThanOrEqual(b.grade);
      expect(b.rank).toBe(a.grade === b.grade ? a.rank : i + 1);
    }
  });

  it("verify replays the luck-adjusted scores to the same figures, and finds one altered behind the server's back", async () => {
    const replay = srv.app.get(ReplayService);
    const ok = await replay.verify(game.game.id);
    expect(ok.rounds.map((r) => [r.match, r.luckMatch])).toEqual(Array.from({ length: ROUNDS }, () => [true, true]));
    expect(ok.allMatch).toBe(true);
    const ds = srv.app.get(DataSource);
    const teamId = game.teams[2].team.id;
    const where = '"gameId" = ? AND "roundNumber" = 3 AND "teamId" = ?';
    const [kept] = await sql<{ luckAds: number }>(ds, `SELECT "luckAds" FROM team_round_result WHERE ${where}`, [
      game.game.id,
      teamId,
    ]);
    await sql(ds, `UPDATE team_round_result SET "luckAds" = ? WHERE ${where}`, [
      kept.luckAds + 0.01,
      game.game.id,
      teamId,
    ]);
    try {
      const bad = await replay.verify(game.game.id);
      expect(bad.rounds.map((r) => r.luckMatch)).toEqual([true, true, false, true]);
      expect(bad.rounds.every((r) => r.match)).toBe(true);
      expect(bad.allMatch).toBe(false);
      expect((await replay.verify(game.game.id, { luck: false })).allMatch).toBe(true);
    } finally {
      await sql(ds, `UPDATE team_round_result SET "luckAds" = ? WHERE ${where}`, [kept.luckAds, game.game.id, teamId]);
    }
  });

  it('shows a team its luck-adjusted score beside the realised one in its report', async () => {
    const report = (
      await gqlOk<{ teamReport: { total: number; luck: { total: number; replays: number; modules: unknown[] } } }>(
        srv.url,
        REPORT,
        { g: game.game.id, r: 2 },
        game.teams[0].token,
      )
    ).teamReport;
    expect(report.luck.replays).toBe(16);
    expect(report.luck.modules).toHaveLength(4);
    const round2 = (await board(2)).rows.find((r) => r.team.code === 'T01');
    expect(report.luck.total).toBe(round2?.luckTotal);
  });

  it('carries the grades and luck-adjusted figures into the CSV and JSON exports', async () => {
    const headers = { authorization: `Bearer ${game.graderToken}` };
    const csv = await (await fetch(`${srv.base}/games/${game.game.id}/scoreboard.csv`, { headers })).text();
    const [head, ...lines] = csv
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    const cols = head.split(',');
    const gradeAt = cols.indexOf('赛季成绩 Season grade');
    const luckAt = cols.indexOf('运气调整成绩 Luck-adjusted grade');
    expect(gradeAt).toBeGreaterThan(0);
    expect(cols).toContain('运气调整总分 Luck-adjusted total');
    const season = await board();
    const all = lines.map((l) => l.split(',')).filter((c) => c[5] === 'ALL');
    expect(all).toHaveLength(4);
    for (const row of season.rows) {
      const line = all.find((c) => c.includes(row.team.code)) as string[];
      expect(Number(line[gradeAt])).toBe(row.grade);
      expect(Number(line[luckAt])).toBe(row.luckGrade);
    }
    const json = (await (await fetch(`${srv.base}/games/${game.game.id}/scoreboard.json`, { headers })).json()) as {
      meta: { rankBy: string; luckReplays: number; rounds: { weight: number }[] };
      standings: { team: string; grade: number; luckGrade: number }[];
      rounds: { lines: { luckTotal: number }[] }[];
    };
    expect(json.meta).toMatchObject({ rankBy: 'REALISED', luckReplays: 16 });
    expect(json.meta.rounds.map((r) => r.weight)).toEqual([1, 1, 1, 1]);
    expect(json.standings.map((s) => [s.team, s.grade, s.luckGrade])).toEqual(
      season.rows.map((r) => [r.team.code, r.grade, r.luckGrade]),
    );
    expect(json.rounds.flatMap((r) => r.lines).every((l) => typeof l.luckTotal === 'number')).toBe(true);

    const res = await fetch(`${srv.base}/games/${game.game.id}/scoreboard.xlsx`, { headers });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const summary = wb.worksheets.find((w) => w.name.startsWith('Summary')) as ExcelJS.Worksheet;
    let header: string[] = [];
    const byCode = new Map<string, unknown[]>();
    summary.eachRow((row) => {
      const cells = (row.values as unknown[]).slice(1);
      if (cells.includes('赛季成绩 Season grade')) header = cells.map(String);
      else if (header.length > 0) byCode.set(String(cells[1]), cells);
    });
    const gradeCol = header.indexOf('赛季成绩 Season grade');
    const luckCol = header.indexOf('运气调整成绩 Luck-adjusted grade');
    for (const row of season.rows) {
      expect(byCode.get(row.team.code)?.[gradeCol]).toBe(row.grade);
      expect(byCode.get(row.team.code)?.[luckCol]).toBe(row.luckGrade);
    }
    const round1 = wb.worksheets.find((w) => w.name.startsWith('Round 1 ')) as ExcelJS.Worksheet;
    expect((round1.getRow(1).values as unknown[]).map(String)).toContain('运气调整总分 Luck-adjusted total');
  });
});

const IMPORT = `mutation I($s: String!) { importScenario(source: $s, format: YAML) { __typename
  ... on ScenarioInvalid { errors { line column path message } } } }`;
const ALL_MODULES = '[OPERATIONS, SELECTION, ADS, FULFILLMENT]';
const GRADED = `
id: graded
version: 1
title: { en: Graded, zh: 成绩 }
seed: 5
rounds:
  count: 2
  days: 7
  schedule:
    - { number: 1, season: 1, event: 1, modules: ${ALL_MODULES}, weight: 0 }
    - { number: 2, season: 1, event: 1, modules: ${ALL_MODULES}, weight: 3 }
include: { markets: [PL], categories: [hosiery] }
scoring: { rankBy: LUCK_ADJUSTED, luck: { replays: 4 } }
`;

describe("a scenario's round weights, luck replays and rankBy", () => {
  let srv: TestServer;
  let game: CreatedGame;
  const board = async (r?: number): Promise<Board> =>
    (await gqlOk<{ scoreboard: Board }>(srv.url, BOARD, { g: game.game.id, r: r ?? null }, INSTRUCTOR)).scoreboard;

  beforeAll(async () => {
    srv = await startTestServer();
    const imported = await gqlOk<{ importScenario: { __typename: string } }>(
      srv.url,
      IMPORT,
      { s: GRADED },
      INSTRUCTOR,
    );
    expect(imported.importScenario).toEqual({ __typename: 'ScenarioImported' });
    game = await createGame(srv.url, 'graded', ['A', 'B', 'C'], 3);
    const view = await scenarioView(srv.url, INSTRUCTOR, 'graded');
    for (let r = 1; r <= 2; r += 1) {
      await openRound(srv.url, game.game.id);
      for (const [k, t] of game.teams.entries())
        expect((await submit(srv.url, t.token, decisionsFor(view, k + r))).__typename).toBe('DecisionsAccepted');
      expect((await closeRound(srv.url, game.game.id)).status).toBe('CLOSED');
    }
  }, 120_000);
  afterAll(() => srv.stop());

  it('grades with the round weights (a weight-0 round not counting) and ranks by the luck-adjusted grade', async () => {
    const season = await board();
    const second = await board(2);
    expect(season.rankBy).toBe('LUCK_ADJUSTED');
    for (const row of season.rows) {
      const r2 = second.rows.find((x) => x.team.code === row.team.code) as Row;
      expect(row.grade).toBe(r2.total);
      expect(row.luckGrade).toBe(r2.luckTotal);
    }
    for (let i = 1; i < season.rows.length; i += 1) {
      const [a, b] = [season.rows[i - 1], season.rows[i]];
      expect(a.luckGrade as number).toBeGreaterThanOrEqual(b.luckGrade as number);
      expect(b.rank).toBe(a.luckGrade === b.luckGrade ? a.rank : i + 1);
    }
  });

  it('tells every team before play how rounds weigh and what ranks', async () => {
    const q = '{ scenario(id: "graded") { rounds { number weight } scoring { rankBy luckReplays } } }';
    const s = (await gqlOk<{ scenario: { rounds: unknown[]; scoring: unknown } }>(srv.url, q, {}, game.teams[0].token))
      .scenario;
    expect(s.rounds).toEqual([
      { number: 1, weight: 0 },
      { number: 2, weight: 3 },
    ]);
    expect(s.scoring).toEqual({ rankBy: 'LUCK_ADJUSTED', luckReplays: 4 });
  });

  it('replays each round on the number of seeds the scenario names', async () => {
    const report = (
      await gqlOk<{ teamReport: { luck: { replays: number } } }>(
        srv.url,
        REPORT,
        { g: game.game.id, r: 1 },
        game.teams[0].token,
      )
    ).teamReport;
    expect(report.luck.replays).toBe(4);
  });
});
