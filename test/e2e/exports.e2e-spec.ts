import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { ReplayService } from '../../src/export/replay.service';
import { decisionsFor, scenarioView, type ScenarioView } from '../support/play';
import { closeRound, createGame, type CreatedGame, expectNoLeak, openRound, submit, sql } from '../support/game-ops';
import { gqlOk, INSTRUCTOR, startTestServer, tempDir, type TestServer } from '../support/test-server';

const MODULES = ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'];
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const run = promisify(execFile);

interface GameInfo {
  game: {
    engineVersion: string;
    seed: number;
    rounds: { number: number; outcomeHash: string | null }[];
    scenario: { id: string; version: number; contentHash: string };
  };
}

/** Plays the whole tutorial: each round's enabled modules; `skips` says which team sits out which round. */
async function playTutorial(
  srv: TestServer,
  names: string[],
  skips: (team: number, round: number) => boolean,
  seed = 77,
): Promise<CreatedGame> {
  const view: ScenarioView = await scenarioView(srv.url, INSTRUCTOR, 'tutorial');
  const game = await createGame(srv.url, 'tutorial', names, seed, 'export season');
  for (const round of view.rounds) {
    expect((await openRound(srv.url, game.game.id)).number).toBe(round.number);
    for (const [k, t] of game.teams.entries()) {
      if (skips(k, round.number)) continue;
      const r = await submit(srv.url, t.token, decisionsFor(view, k, round.modules));
      expect(r.__typename).toBe('DecisionsAccepted');
    }
    expect((await closeRound(srv.url, game.game.id)).__typename).toBe('RoundModel');
  }
  return game;
}

async function download(
  srv: TestServer,
  gameId: string,
  format: string,
  token: string,
): Promise<{ status: number; body: Buffer; type: string | null }> {
  const res = await fetch(`${srv.base}/games/${gameId}/scoreboard.${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') };
}

const cellText = (v: ExcelJS.CellValue): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

describe('grader exports of a played season', () => {
  let srv: TestServer;
  let game: CreatedGame;
  let info: GameInfo;
  const NAMES = ['Alpha', '=HYPERLINK("x")', 'Gamma', 'Ghost'];

  beforeAll(async () => {
    srv = await startTestServer();
    // Ghost never plays; Gamma sits out round 2
    game = await playTutorial(srv, NAMES, (k, r) => k === 3 || (k === 2 && r === 2));
    await gqlOk(
      srv.url,
      'mutation A($input: AdjustScoreInput!) { adjustScore(input: $input) { id } }',
      {
        input: {
          gameId: game.game.id,
          teamId: game.teams[0].team.id,
          round: 2,
          points: 7.25,
          reason: 'best presentation',
        },
      },
      INSTRUCTOR,
    );
    await gqlOk(
      srv.url,
      'mutation A($input: AdjustScoreInput!) { adjustScore(input: $input) { id } }',
      { input: { gameId: game.game.id, teamId: game.teams[2].team.id, round: 3, points: -3, reason: 'late report' } },
      INSTRUCTOR,
    );
    info = await gqlOk<GameInfo>(
      srv.url,
      'query G($g: ID!) { game(id: $g) { engineVersion seed rounds { number outcomeHash } scenario { id version contentHash } } }',
      { g: game.game.id },
      INSTRUCTOR,
    );
    expect(info.game.rounds).toHaveLength(4);
  });
  afterAll(() => srv.stop());

  it('XLSX: every round sheet adds up (total = Σ weight × score, final = total + adjustment) and the summary names everything', async () => {
    const x = await download(srv, game.game.id, 'xlsx', game.graderToken);
    expect(x.status).toBe(200);
    expect(x.type).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as unknown as ArrayBuffer);
    const adjustments: Record<string, number> = { 'T01/2': 7.25, 'T03/3': -3 };
    for (const round of info.game.rounds) {
      const ws = wb.worksheets.find((w) => w.name.startsWith(`Round ${round.number} `));
      expect(ws).toBeDefined();
      const header = Array.from(ws!.getRow(1).values as ExcelJS.CellValue[], cellText);
      const col = (pred: (h: string) => boolean): number => {
        const i = header.findIndex(pred);
        expect(i).toBeGreaterThan(0);
        return i;
      };
      const code = col((h) => h.endsWith('Team code'));
      const scoreCol = Object.fromEntries(
        MODULES.map((m) => [m, col((h) => h.endsWith(` ${m}`) && !h.startsWith('权重'))]),
      );
      const weightCol = Object.fromEntries(MODULES.map((m) => [m, col((h) => h === `权重 Weight ${m}`)]));
      const total = col((h) => h.endsWith('Weighted total'));
      const lossFactor = col((h) => h.endsWith('Loss factor'));
      const adj = col((h) => h.endsWith('Adjustment'));
      const fin = col((h) => h.endsWith('Final'));
      const absent = col((h) => h.endsWith('Absent modules'));
      const hash = col((h) => h.endsWith('Outcome hash'));
      const seen: string[] = [];
      for (let r = 2; r <= ws!.rowCount; r += 1) {
        const row = ws!.getRow(r);
        const num = (c: number): number => Number(row.getCell(c).value);
        const team = cellText(row.getCell(code).value);
        seen.push(team);
        const weighted = MODULES.reduce((s, m) => s + num(weightCol[m]) * num(scoreCol[m]), 0);
        expect(num(lossFactor)).toBeGreaterThan(0);
        expect(num(lossFactor)).toBeLessThanOrEqual(1);
        expect(Math.abs(num(total) - weighted * num(lossFactor))).toBeLessThanOrEqual(0.01);
        expect(Math.abs(num(fin) - (num(total) + num(adj)))).toBeLessThanOrEqual(0.01);
        expect(num(adj)).toBeCloseTo(adjustments[`${team}/${round.number}`] ?? 0, 5);
        expect(cellText(row.getCell(hash).value)).toBe(round.outcomeHash);
        const weightSum = MODULES.reduce((s, m) => s + num(weightCol[m]), 0);
        expect(weightSum).toBeCloseTo(1, 6);
        // Ghost never submitted: flagged absent in every round
        if (team === 'T04') expect(cellText(row.getCell(absent).value)).not.toBe('');
        if (team === 'T03' && round.number === 2) expect(cellText(row.getCell(absent).value)).not.toBe('');
        if (team === 'T01') expect(cellText(row.getCell(absent).value)).toBe('');
      }
      expect(seen.sort()).toEqual(['T01', 'T02', 'T03', 'T04']);
    }
    // Points and KPIs are wide: a header row, then one row per round and team; per KPI its value (and in Points its
    // band, points and maximum), headed by the KPI's Chinese and English labels
    for (const prefix of ['Points', 'KPIs']) {
      const ws = wb.worksheets.find((w) => w.name.startsWith(prefix))!;
      const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
      expect(header.slice(0, 2)).toEqual(['轮次 Round', '队伍代码 Team code']);
      expect(header.length).toBeGreaterThan(2);
      expect(
        header.slice(2).every((h) => /[\u4e00-\u9fff]/.test(h) && /(Points \/ \d+|Value \[.*\]|Value)$/.test(h)),
      ).toBe(true);
      // every KPI column names the KPI in both languages, e.g. "净利润率 Net margin (OPERATIONS.netMargin)"
      expect(header.some((h) => h.startsWith('净利润率 Net margin (OPERATIONS.netMargin)'))).toBe(true);
      const keys: string[] = [];
      ws.eachRow((row, n) => {
        if (n > 1) keys.push(`${cellText(row.getCell(1).value)}/${cellText(row.getCell(2).value)}`);
      });
      expect(keys.sort()).toEqual(
        info.game.rounds.flatMap((r) => ['T01', 'T02', 'T03', 'T04'].map((t) => `${r.number}/${t}`)).sort(),
      );
    }
    const summary = wb.worksheets.find((w) => w.name.startsWith('Summary'))!;
    const text: string[] = [];
    summary.eachRow((row) => row.eachCell((c) => text.push(cellText(c.value))));
    const all = text.join('\n');
    const s = info.game.scenario;
    expect(all).toContain(`${s.id} v${s.version}`);
    for (const needle of [
      s.contentHash,
      String(info.game.seed),
      info.game.engineVersion,
      ...info.game.rounds.map((r) => r.outcomeHash as string),
    ])
      expect(all).toContain(needle);
    // the formula-like team name is text, not a formula
    expect(all).toContain(`'=HYPERLINK("x")`);
    summary.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('CSV: BOM, one row per team and round plus ALL rows, formula names neutralised', async () => {
    const c = await download(srv, game.game.id, 'csv', game.graderToken);
    expect(c.status).toBe(200);
    expect(c.type).toContain('text/csv');
    expect([...c.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(c.body, { columns: true, bom: true }) as Record<string, string>[];
    const roundKey = Object.keys(records[0]).find((k) => k.endsWith('Round'))!;
    const teamKey = Object.keys(records[0]).find((k) => k.endsWith(' Team'))!;
    const codeKey = Object.keys(records[0]).find((k) => k.endsWith('Team code'))!;
    expect(records).toHaveLength(4 * 4 + 4);
    for (const round of ['1', '2', '3', '4', 'ALL'])
      expect(
        records
          .filter((r) => r[roundKey] === round)
          .map((r) => r[codeKey])
          .sort(),
      ).toEqual(['T01', 'T02', 'T03', 'T04']);
    // every round row carries each KPI's value and points under its Chinese and English heading, band and maximum
    const valueKey = Object.keys(records[0]).find((k) =>
      k.startsWith('净利润率 Net margin (OPERATIONS.netMargin) 值 Value ['),
    )!;
    const pointsKey = Object.keys(records[0]).find((k) =>
      /^净利润率 Net margin \(OPERATIONS\.netMargin\) 得分 Points \/ \d+$/.test(k),
    )!;
    expect(valueKey).toMatch(/0 分 zero at .* · 满分 full at /);
    for (const r of records.filter((x) => x[roundKey] !== 'ALL')) {
      expect(Number.isFinite(Number(r[valueKey]))).toBe(true);
      expect(r[pointsKey]).toMatch(/^(\d+(\.\d+)?|n\/a 不适用)$/);
    }
    const hyper = records.filter((r) => r[codeKey] === 'T02');
    expect(hyper.every((r) => r[teamKey] === `'=HYPERLINK("x")`)).toBe(true);
    // no cell anywhere starts with a formula character
    for (const r of records) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+@\t\r]/);
  });

  it("JSON: every round's outcomeHash equals round.outcomeHash from GraphQL", async () => {
    const j = await download(srv, game.game.id, 'json', game.graderToken);
    expect(j.status).toBe(200);
    const data = JSON.parse(j.body.toString('utf8')) as {
      meta: { seed: number; scenarioContentHash: string; rounds: { number: number; outcomeHash: string }[] };
      rounds: { number: number; outcomeHash: string; lines: unknown[] }[];
    };
    for (const round of info.game.rounds) {
      const gq = await gqlOk<{ round: { outcomeHash: string } }>(
        srv.url,
        'query R($g: ID!, $n: Int!) { round(gameId: $g, number: $n) { outcomeHash } }',
        { g: game.game.id, n: round.number },
        game.graderToken,
      );
      expect(data.rounds.find((r) => r.number === round.number)!.outcomeHash).toBe(gq.round.outcomeHash);
      expect(data.meta.rounds.find((r) => r.number === round.number)!.outcomeHash).toBe(gq.round.outcomeHash);
    }
    expect(data.meta.seed).toBe(77);
    expect(data.meta.scenarioContentHash).toBe(info.game.scenario.contentHash);
  });

  it('a game with no closed round exports an empty but valid scoreboard in all three formats', async () => {
    const empty = await createGame(srv.url, 'tutorial', ['Solo', 'Duo'], 3, 'empty');
    await openRound(srv.url, empty.game.id);
    const csv = await download(srv, empty.game.id, 'csv', empty.graderToken);
    expect(csv.status).toBe(200);
    const records = parse(csv.body, { columns: true, bom: true }) as Record<string, string>[];
    const roundKey = Object.keys(records[0] ?? {}).find((k) => k.endsWith('Round'));
    expect(records.every((r) => roundKey !== undefined && r[roundKey] === 'ALL')).toBe(true);
    const json = await download(srv, empty.game.id, 'json', empty.graderToken);
    expect(json.status).toBe(200);
    const data = JSON.parse(json.body.toString('utf8')) as { rounds: unknown[]; standings: { total: number }[] };
    expect(data.rounds).toEqual([]);
    expect(data.standings.every((s) => s.total === 0)).toBe(true);
    const xlsx = await download(srv, empty.game.id, 'xlsx', empty.graderToken);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(wb.worksheets.some((w) => w.name.startsWith('Summary'))).toBe(true);
    expect(wb.worksheets.some((w) => w.name.startsWith('Round '))).toBe(false);
  });

  it('refuses a team token (403), an unknown game (404) and a wrong format (400), leaking nothing', async () => {
    for (const format of ['csv', 'xlsx', 'json']) {
      const t = await download(srv, game.game.id, format, game.teams[0].token);
      expect(t.status).toBe(403);
      expectNoLeak(t.body.toString('utf8'));
      const u = await download(srv, '3f1d2c4b-0000-4000-8000-00000000abcd', format, INSTRUCTOR);
      expect(u.status).toBe(404);
      expectNoLeak(u.body.toString('utf8'));
    }
    const w = await download(srv, game.game.id, 'pdf', game.graderToken);
    expect(w.status).toBe(400);
    expect(JSON.parse(w.body.toString('utf8'))).toMatchObject({ error: 'BAD_USER_INPUT' });
    expectNoLeak(w.body.toString('utf8'));
  });

  it("verify: every round matches; a decision altered behind the server's back is found", async () => {
    const replay = srv.app.get(ReplayService);
    const ok = await replay.verify(game.game.id);
    expect(ok.rounds.map((r) => r.match)).toEqual([true, true, true, true]);
    expect(ok.allMatch).toBe(true);
    const ds = srv.app.get(DataSource);
    const rows = (await sql(
      ds,
      'SELECT id, payload FROM decision_set WHERE "gameId" = ? AND "teamId" = ? AND "roundNumber" = 2 AND module = ? ORDER BY version DESC',
      [game.game.id, game.teams[0].team.id, 'OPERATIONS'],
    )) as { id: string; payload: string }[];
    expect(rows.length).toBeGreaterThan(0);
    const payload = JSON.parse(rows[0].payload) as { prices: { priceCents: number }[] };
    payload.prices[0].priceCents = Math.round(payload.prices[0].priceCents * 1.37);
    await sql(ds, 'UPDATE decision_set SET payload = ? WHERE id = ?', [JSON.stringify(payload), rows[0].id]);
    const bad = await replay.verify(game.game.id);
    expect(bad.allMatch).toBe(false);
    expect(bad.rounds[0].match).toBe(true);
    expect(bad.rounds[1].match).toBe(false);
    // the altered round changes the state every later round starts from
    expect(bad.rounds.slice(2).map((r) => r.match)).toEqual([false, false]);
  });
});

describe('the sandbox CLI: verify and export on a sqlite file', () => {
  it('exits 0 on an intact game, 1 on a tampered one, and writes a CSV with a BOM', async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test builds before jest)`);
    const tmp = tempDir();
    const file = join(tmp.dir, 'cli.sqlite');
    const database = `sqlite:${file}`;
    const env = { ...process.env, SANDBOX_INSTRUCTOR_TOKEN: INSTRUCTOR };
    try {
      const srv = await startTestServer({ databaseUrl: database });
      let game: CreatedGame;
      try {
        game = await playTutorial(srv, ['One', 'Two'], () => false, 5);
      } finally {
        await srv.stop();
      }
      const verify = await run('node', [CLI, 'verify', '--game', game.game.id, '--database', database], {
        env,
        cwd: ROOT,
      });
      expect(verify.stdout).toMatch(/all 4 round\(s\) match/);
      const out = join(tmp.dir, 'board.csv');
      await run(
        'node',
        [CLI, 'export', '--game', game.game.id, '--format', 'csv', '--out', out, '--database', database],
        { env, cwd: ROOT },
      );
      const csv = readFileSync(out);
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect((parse(csv, { columns: true, bom: true }) as unknown[]).length).toBe(2 * 4 + 2);

      const again = await startTestServer({ databaseUrl: database });
      try {
        const ds = again.app.get(DataSource);
        const [row] = (await sql(
          ds,
          'SELECT id, payload FROM decision_set WHERE "gameId" = ? AND "roundNumber" = 3 AND module = ? LIMIT 1',
          [game.game.id, 'OPERATIONS'],
        )) as { id: string; payload: string }[];
        const p = JSON.parse(row.payload) as { prices: { priceCents: number }[] };
        p.prices[0].priceCents += 999;
        await sql(ds, 'UPDATE decision_set SET payload = ? WHERE id = ?', [JSON.stringify(p), row.id]);
      } finally {
        await again.stop();
      }
      const failed = await run('node', [CLI, 'verify', '--game', game.game.id, '--database', database], {
        env,
        cwd: ROOT,
      }).then(
        () => ({ code: 0, stdout: '' }),
        (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
      );
      expect(failed.code).toBe(1);
      expect(failed.stdout).toMatch(/round 3: MISMATCH/);
      expect(failed.stdout).toMatch(/round 2: match/);

      // a game played with another major engine version is not compared: a clear message, exit 3
      const old = await startTestServer({ databaseUrl: database });
      try {
        await sql(old.app.get(DataSource), 'UPDATE game SET "engineVersion" = ? WHERE id = ?', ['1.0.0', game.game.id]);
      } finally {
        await old.stop();
      }
      const other = await run('node', [CLI, 'verify', '--game', game.game.id, '--database', database], {
        env,
        cwd: ROOT,
      }).then(
        () => ({ code: 0, stdout: '' }),
        (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
      );
      expect(other.code).toBe(3);
      expect(other.stdout).toMatch(/played with engine 1\.0\.0; this is engine 2\./);
      expect(other.stdout).not.toMatch(/MISMATCH/);
    } finally {
      tmp.cleanup();
    }
  });
});
