import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { sqliteExec } from './sql-tx';
import { checkpointDue, DEFAULT_CHECKPOINT_POLICY, WalCheckpointer } from './wal-checkpointer';

function open(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db: sqlite3.Database = new sqlite3.Database(file, (e) => (e ? reject(e) : resolve(db)));
  });
}
const close = (db: sqlite3.Database) =>
  new Promise<void>((resolve, reject) => db.close((e) => (e ? reject(e) : resolve())));
const size = (file: string) => statSync(file).size;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('checkpointDue', () => {
  const p = { ...DEFAULT_CHECKPOINT_POLICY, quietBytes: 100, quietMs: 200, busyBytes: 1_000, restartBytes: 10_000 };
  it.each([
    [50, 10_000, null],
    [500, 100, null],
    [500, 200, 'PASSIVE'],
    [5_000, 0, 'PASSIVE'],
    [50_000, 0, 'RESTART'],
  ])('a log of %d bytes last written %d ms ago: %s', (bytes, ms, mode) => {
    expect(checkpointDue(p, bytes, ms)).toBe(mode);
  });
});

describe('WalCheckpointer', () => {
  let dir: string;
  let file: string;
  let writer: sqlite3.Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sandbox-wal-'));
    file = join(dir, 'db.sqlite');
    writer = await open(file);
    await sqliteExec(writer, 'PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (v TEXT)');
  });

  afterEach(async () => {
    await close(writer);
    rmSync(dir, { recursive: true, force: true });
  });

  async function writeRows(n: number): Promise<void> {
    await sqliteExec(
      writer,
      `BEGIN; ${Array.from({ length: n }, (_, i) => `INSERT INTO t VALUES ('${'x'.repeat(500)}${i}');`).join(' ')} COMMIT;`,
    );
  }

  async function waitFor(checkpointer: WalCheckpointer, ms = 2_000): Promise<void> {
    for (let waited = 0; waited < ms && checkpointer.checkpoints === 0; waited += 5) await sleep(5);
  }

  it('copies a log past its threshold into the database file once writes pause, while the writer keeps its connection', async () => {
    await writeRows(400);
    const before = size(file);
    expect(size(`${file}-wal`)).toBeGreaterThan(100_000);
    const checkpointer = await WalCheckpointer.start(file, { quietBytes: 100_000, quietMs: 20, everyMs: 5 });
    try {
      await waitFor(checkpointer);
      expect(checkpointer.lastMode).toBe('PASSIVE');
      expect(size(file)).toBeGreaterThan(before + 100_000);
      // the writer goes on, and the log restarts from its beginning once it was copied
      await writeRows(10);
    } finally {
      await checkpointer.stop();
    }
  });

  it('waits while writes go on, then checkpoints in the pause', async () => {
    await writeRows(400);
    const checkpointer = await WalCheckpointer.start(file, { quietBytes: 10_000, quietMs: 150, everyMs: 5 });
    try {
      for (let i = 0; i < 15; i += 1) {
        await writeRows(2);
        await sleep(20);
      }
      expect(checkpointer.checkpoints).toBe(0);
      await waitFor(checkpointer);
      expect(checkpointer.checkpoints).toBeGreaterThan(0);
    } finally {
      await checkpointer.stop();
    }
  });

  it.each([
    ['PASSIVE', 100_000_000],
    ['RESTART', 20_000],
  ])(
    'checkpoints a log far past its threshold even while writes go on (%s past the last bound of %d bytes)',
    async (mode, restartBytes) => {
      await writeRows(400);
      const checkpointer = await WalCheckpointer.start(file, {
        quietBytes: 1_000,
        quietMs: 60_000,
        busyBytes: 10_000,
        restartBytes,
        everyMs: 5,
      });
      try {
        await waitFor(checkpointer);
        expect(checkpointer.lastMode).toBe(mode);
      } finally {
        await checkpointer.stop();
      }
    },
  );

  it('leaves a log under its threshold alone', async () => {
    await writeRows(5);
    const checkpointer = await WalCheckpointer.start(file, { quietBytes: 10_000_000, quietMs: 0, everyMs: 5 });
    await sleep(50);
    await checkpointer.stop();
    expect(checkpointer.checkpoints).toBe(0);
  });

  it('refuses a file that does not exist', async () => {
    await expect(WalCheckpointer.start(join(dir, 'missing.sqlite'))).rejects.toThrow();
  });
});
