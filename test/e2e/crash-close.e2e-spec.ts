import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { decisionsFor, scenarioView } from '../support/play';
import { closeRound, createGame, type CreatedGame, openRound, submit } from '../support/game-ops';
import { gql, gqlOk, INSTRUCTOR, startTestServer, tempDir } from '../support/test-server';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const TEAMS = ['North', 'South', 'East'];
const SEED = 31;

interface Proc {
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** `node dist/cli/main.js serve` on a sqlite file, as an operator would run it; resolves once it answers. */
async function serve(file: string, fault?: string): Promise<Proc> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: `sqlite:${file}`,
    SANDBOX_INSTRUCTOR_TOKEN: INSTRUCTOR,
    SANDBOX_FAULT: fault ?? '',
  };
  const child = spawn(process.execPath, [CLI, 'serve'], { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`server exited before answering:\n${out}`);
    const ok = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child, output: () => out, exited };
}

async function stop(p: Proc): Promise<void> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
  await p.exited;
}

/** Reads the file directly, with the server stopped. */
async function inspect<T>(file: string, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource({ type: 'sqlite', database: file });
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

/** Game with round 1 open and every team's decisions stored. */
async function prepare(url: string): Promise<CreatedGame> {
  const view = await scenarioView(url, INSTRUCTOR, 'eu-launch');
  const game = await createGame(url, 'eu-launch', TEAMS, SEED, 'crash');
  expect((await openRound(url, game.game.id)).number).toBe(1);
  for (const [k, t] of game.teams.entries())
    expect((await submit(url, t.token, decisionsFor(view, k))).__typename).toBe('DecisionsAccepted');
  return game;
}

describe('crash safety of closeRound (real child processes)', () => {
  let referenceHash: string;

  beforeAll(async () => {
    if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist', 'common', 'fault-injector.js'))) {
      throw new Error(`${CLI} (with the fault injector) is missing: run \`npm run build\` first (npm test does)`);
    }
    // the same game played without a crash, in another database
    const ref = await startTestServer();
    try {
      const game = await prepare(ref.url);
      referenceHash = (await closeRound(ref.url, game.game.id)).outcomeHash as string;
      expect(referenceHash).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await ref.stop();
    }
  });

  it('killed at close:after-results, then at close:before-commit: the round stays OPEN with no result, then closes to the reference hash', async () => {
    const tmp = tempDir();
    const file = join(tmp.dir, 'crash.sqlite');
    try {
      const first = await serve(file);
      let game: CreatedGame;
      try {
        game = await prepare(first.url);
      } finally {
        await stop(first);
      }

      for (const fault of ['close:after-results', 'close:before-commit']) {
        const faulty = await serve(file, fault);
        const answer = await gql(
          faulty.url,
          'mutation C($g: ID!) { closeRound(gameId: $g) { __typename } }',
          { g: game.game.id },
          INSTRUCTOR,
        ).then(
          () => 'answered',
          () => 'connection lost',
        );
        const died = await faulty.exited;
        expect({ fault, answer, signal: died.signal }).toEqual({ fault, answer: 'connection lost', signal: 'SIGKILL' });

        const afterCrash = await inspect(file, async (ds) => ({
          results: Number(
            (
              (await ds.query('SELECT COUNT(*) AS n FROM team_round_result WHERE "gameId" = ?', [game.game.id])) as {
                n: number;
              }[]
            )[0].n,
          ),
          round: (await ds.query('SELECT status, "outcomeHash" AS hash FROM round WHERE "gameId" = ? AND number = 1', [
            game.game.id,
          ])) as { status: string; hash: string | null }[],
          closedAudit: Number(
            (
              (await ds.query('SELECT COUNT(*) AS n FROM audit_log WHERE "gameId" = ? AND action = ?', [
                game.game.id,
                'ROUND_CLOSED',
              ])) as { n: number }[]
            )[0].n,
          ),
        }));
        expect({ fault, ...afterCrash }).toEqual({
          fault,
          results: 0,
          round: [{ status: 'OPEN', hash: null }],
          closedAudit: 0,
        });
      }

      const again = await serve(file);
      try {
        const r = await gqlOk<{ round: { status: string; outcomeHash: string | null } }>(
          again.url,
          'query R($g: ID!) { round(gameId: $g, number: 1) { status outcomeHash } }',
          { g: game.game.id },
          INSTRUCTOR,
        );
        expect(r.round).toEqual({ status: 'OPEN', outcomeHash: null });
        const report = await gql(
          again.url,
          'query R($g: ID!) { teamReport(gameId: $g, round: 1) { total } }',
          { g: game.game.id },
          game.teams[0].token,
        );
        expect(report.errors?.[0].extensions?.code).toBe('CONFLICT');
        const closed = await closeRound(again.url, game.game.id);
        expect(closed.__typename).toBe('RoundModel');
        expect(closed.outcomeHash).toBe(referenceHash);
        const rep = await gqlOk<{ teamReport: { total: number } }>(
          again.url,
          'query R($g: ID!) { teamReport(gameId: $g, round: 1) { total } }',
          { g: game.game.id },
          game.teams[0].token,
        );
        expect(rep.teamReport.total).toBeGreaterThanOrEqual(0);
      } finally {
        await stop(again);
      }
    } finally {
      tmp.cleanup();
    }
  });

  it('a deadline that passes while the server is down closes the round after the restart', async () => {
    const tmp = tempDir();
    const file = join(tmp.dir, 'deadline.sqlite');
    try {
      const first = await serve(file);
      let gameId: string;
      let deadline: string;
      try {
        const view = await scenarioView(first.url, INSTRUCTOR, 'eu-launch');
        const game = await createGame(first.url, 'eu-launch', TEAMS, SEED, 'deadline');
        gameId = game.game.id;
        const opened = await openRound(first.url, gameId, new Date(Date.now() + 3000).toISOString());
        expect(opened.__typename).toBe('RoundModel');
        deadline = opened.deadline as string;
        expect((await submit(first.url, game.teams[0].token, decisionsFor(view, 0))).__typename).toBe(
          'DecisionsAccepted',
        );
      } finally {
        await stop(first);
      }
      const stillOpen = await inspect(
        file,
        async (ds) => (await ds.query('SELECT status FROM round WHERE "gameId" = ?', [gameId])) as { status: string }[],
      );
      expect(stillOpen).toEqual([{ status: 'OPEN' }]);
      while (Date.now() <= Date.parse(deadline) + 200) await new Promise((r) => setTimeout(r, 100));

      const again = await serve(file);
      try {
        let round: { status: string; outcomeHash: string | null } = { status: 'OPEN', outcomeHash: null };
        for (let i = 0; i < 100 && round.status !== 'CLOSED'; i += 1) {
          round = (
            await gqlOk<{ round: typeof round }>(
              again.url,
              'query R($g: ID!) { round(gameId: $g, number: 1) { status outcomeHash } }',
              { g: gameId },
              INSTRUCTOR,
            )
          ).round;
          if (round.status !== 'CLOSED') await new Promise((r) => setTimeout(r, 100));
        }
        expect(round.status).toBe('CLOSED');
        expect(round.outcomeHash).toMatch(/^[0-9a-f]{64}$/);
      } finally {
        await stop(again);
      }
      const audit = await inspect(
        file,
        async (ds) =>
          (await ds.query('SELECT actor FROM audit_log WHERE "gameId" = ? AND action = ?', [
            gameId,
            'ROUND_CLOSED',
          ])) as { actor: string }[],
      );
      expect(audit).toEqual([{ actor: 'SYSTEM' }]);
    } finally {
      tmp.cleanup();
    }
  });
});
