import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CreatedClass } from '../../src/cli/game.command';
import type { RoundReport } from '../../src/cli/round.command';
import type { TokenChange } from '../../src/cli/token.command';
import type { InstructorTokenReport } from '../../src/cli/instructor-token.command';
import { runCli, runCliJson } from '../support/run-cli';
import { gql, gqlOk, INSTRUCTOR, startTestServer, tempDir, type TestServer } from '../support/test-server';

const MY_TEAM = '{ myTeam { code name } }';
const GAME = 'query G($id: ID!) { game(id: $id) { status currentRound rounds { number status outcomeHash } } }';
const REPORT = 'query R($g: ID!) { teamReport(gameId: $g, round: 1) { round total } }';

/** Asks until `check` holds: another process's token change reaches the server's 2 s token cache. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never: ${what}`);
}

describe('a class run from the command line while the server runs on the same database (e2e)', () => {
  const tmp = tempDir('sandbox-cli-');
  const database = `sqlite:${join(tmp.dir, 'class.sqlite')}`;
  const db = ['--database', database];
  let srv: TestServer;

  beforeAll(async () => {
    srv = await startTestServer({ databaseUrl: database });
  });
  afterAll(async () => {
    await srv.stop();
    tmp.cleanup();
  });

  it('creates, lists, opens, closes and rotates; every token works over GraphQL; --json parses', async () => {
    const names = join(tmp.dir, 'names.txt');
    writeFileSync(names, '# class A\nRed\n\nGreen\n');
    const sheetPath = join(tmp.dir, 'tokens.csv');
    const created = await runCliJson<CreatedClass>([
      'game',
      'create',
      '--scenario',
      'tutorial',
      '--teams',
      names,
      '--bots',
      'ADAPTIVE',
      '--seed',
      '7',
      '--tokens',
      sheetPath,
      '--url',
      'https://class.example/',
      ...db,
    ]);
    expect(created.exitCode).toBe(0);
    const game = created.value;
    expect(game.seed).toBe(7);
    expect(game.teams.map((t) => [t.code, t.name, t.bot])).toEqual([
      ['T01', 'Red', null],
      ['T02', 'Green', null],
      ['T03', 'ADAPTIVE bot 1', 'ADAPTIVE'],
    ]);

    // the sheet: one line per human team and the grader, each token with its join link
    const rows = parse(readFileSync(sheetPath, 'utf8').replace(/^\ufeff/, ''), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => [r.role, r.code, r.name])).toEqual([
      ['TEAM', 'T01', 'Red'],
      ['TEAM', 'T02', 'Green'],
      ['GRADER', '', 'grader'],
    ]);
    for (const r of rows) expect(r['join link']).toBe(`https://class.example/#token=${r.token}`);
    const red = rows[0].token;
    expect((await gqlOk<{ myTeam: { name: string } }>(srv.url, MY_TEAM, {}, red)).myTeam.name).toBe('Red');
    const board = await gql(
      srv.url,
      'query B($g: ID!) { scoreboard(gameId: $g) { rows { rank } } }',
      {
        g: game.gameId,
      },
      rows[2].token,
    );
    expect(board.errors).toBeUndefined();

    const listed = await runCliJson<{ gameId: string; status: string }[]>(['game', 'list', ...db]);
    expect(listed.value.map((g) => g.gameId)).toContain(game.gameId);

    const opened = await runCliJson<RoundReport>(['round', 'open', '--game', game.gameId, ...db]);
    expect(opened.value).toMatchObject({ number: 1, status: 'OPEN' });
    const twice = await runCliJson<{ error: { code: string } }>(['round', 'open', '--game', game.gameId, ...db]);
    expect([twice.exitCode, twice.value.error.code]).toEqual([1, 'ROUND_ALREADY_OPEN']);
    const closed = await runCliJson<RoundReport>(['round', 'close', '--game', game.gameId, ...db]);
    expect(closed.value).toMatchObject({ number: 1, status: 'CLOSED' });
    expect(closed.value.outcomeHash).toMatch(/^[0-9a-f]{64}$/);

    // the server reads what the command line stored
    const seen = await gqlOk<{ game: { rounds: { outcomeHash: string }[] } }>(
      srv.url,
      GAME,
      { id: game.gameId },
      INSTRUCTOR,
    );
    expect(seen.game.rounds[0].outcomeHash).toBe(closed.value.outcomeHash);
    const report = await gqlOk<{ teamReport: { round: number } }>(srv.url, REPORT, { g: game.gameId }, red);
    expect(report.teamReport.round).toBe(1);

    // rotation: the new token works at once, the old one is refused once the server's cache lets it go
    const rotated = await runCliJson<TokenChange>(['token', 'rotate', '--game', game.gameId, '--team', 't01', ...db]);
    const newRed = rotated.value.token as string;
    expect((await gqlOk<{ myTeam: { code: string } }>(srv.url, MY_TEAM, {}, newRed)).myTeam.code).toBe('T01');
    await eventually(async () => (await gql(srv.url, MY_TEAM, {}, red)).errors !== undefined, 'old token refused');
    const revoked = await runCliJson<TokenChange>(['token', 'revoke', '--game', game.gameId, '--team', 'Green', ...db]);
    expect(revoked.value.revoked).toBe(1);
    await eventually(async () => (await gql(srv.url, MY_TEAM, {}, rows[1].token)).errors !== undefined, 'revoked');

    const bot = await runCliJson<{ error: { code: string } }>([
      'token',
      'rotate',
      '--game',
      game.gameId,
      '--team',
      'T03',
      ...db,
    ]);
    expect([bot.exitCode, bot.value.error.code]).toEqual([1, 'BAD_USER_INPUT']);
  });

  it('replaces a lost instructor token: the old one is refused, the new one works', async () => {
    const info = await runCliJson<InstructorTokenReport>(['instructor-token', ...db]);
    expect(info.value.live.length).toBeGreaterThan(0);
    expect(info.value.rotated).toBeUndefined();
    const rotated = await runCliJson<InstructorTokenReport>(['instructor-token', '--rotate', ...db]);
    const token = rotated.value.rotated?.token as string;
    expect(token).toMatch(/^ins_/);
    expect((await gqlOk<{ games: unknown[] }>(srv.url, '{ games { id } }', {}, token)).games.length).toBeGreaterThan(0);
    await eventually(async () => (await gql(srv.url, '{ games { id } }', {}, INSTRUCTOR)).errors !== undefined, 'old');
  });

  it('refuses a sheet that exists or a class list without names, and creates nothing', async () => {
    const names = join(tmp.dir, 'empty.txt');
    writeFileSync(names, '# nobody yet\n\n');
    const sheet = join(tmp.dir, 'never.csv');
    const before = (await runCliJson<unknown[]>(['game', 'list', ...db])).value.length;
    const empty = await runCliJson<{ error: { code: string } }>([
      'game',
      'create',
      '--scenario',
      'tutorial',
      '--teams',
      names,
      '--tokens',
      sheet,
      ...db,
    ]);
    expect(empty.value.error.code).toBe('NO_TEAMS');
    expect(existsSync(sheet)).toBe(false);
    writeFileSync(names, 'Solo\n');
    const unknown = await runCliJson<{ error: { code: string; message: string } }>([
      'game',
      'create',
      '--scenario',
      'no-such',
      '--teams',
      names,
      '--tokens',
      sheet,
      ...db,
    ]);
    expect(unknown.value.error).toMatchObject({ code: 'NOT_FOUND' });
    expect(existsSync(sheet)).toBe(false); // the claimed file is given up with the game
    writeFileSync(sheet, 'an older sheet');
    const exists = await runCli([
      'game',
      'create',
      '--scenario',
      'tutorial',
      '--teams',
      names,
      '--tokens',
      sheet,
      ...db,
    ]);
    expect(exists.exitCode).toBe(1);
    expect(readFileSync(sheet, 'utf8')).toBe('an older sheet');
    expect((await runCliJson<unknown[]>(['game', 'list', ...db])).value.length).toBe(before);
  });
});
