import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { WalCheckpointer } from './wal-checkpointer';

function open(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db: sqlite3.Database = new sqlite3.Database(file, (e) => (e ? reject(e) : resolve(db)));
  });
}
const exec = (db: sqlite3.Database, sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (e) => (e ? reject(e) : resolve())));
const close = (db: sqlite3.Database) => new Promise<void>((resolve, reject) => db.close((e) => (e ? reject(e) : resolve())));
const size = (file: string) => statSync(file).size;

describe('WalCheckpointer', () => {
  let dir: string;
  let file: string;
  let writer: sqlite3.Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sandbox-wal-'));
    file = join(dir, 'db.sqlite');
    writer = await open(file);
    await exec(writer, 'PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (v TEXT)');
  });

  afterEach(async () => {
    await close(writer);
    rmSync(dir, { recursive: true, force: true });
  });

  async function writeRows(n: number): Promise<void> {
    await exec(writer, `BEGIN; ${Array.from({ length: n }, (_, i) => `INSERT INTO t VALUES ('${'x'.repeat(500)}${i}');`).join(' ')} COMMIT;`);
  }

  it('copies a log past its threshold into the database file while the writer keeps its connection', async () => {
    await writeRows(400);
    const before = size(file);
    expect(size(`${file}-wal`)).toBeGreaterThan(100_000);
    const checkpointer = await WalCheckpointer.start(file, { thresholdBytes: 100_000, everyMs: 5 });
    try {
      for (let i = 0; i < 200 && checkpointer.checkpoints === 0; i += 1) await new Promise((r) => setTimeout(r, 5));
      expect(checkpointer.checkpoints).toBeGreaterThan(0);
      expect(checkpointer.lastMode).toBe('PASSIVE');
      expect(size(file)).toBeGreaterThan(before + 100_000);
      // the writer goes on, and the log restarts from its beginning once it was copied
      await writeRows(10);
    } finally {
      await checkpointer.stop();
    }
  });

  it('makes writers wait for a checkpoint that lets the log restart once the log is far past its threshold', async () => {
    await writeRows(400);
    const checkpointer = await WalCheckpointer.start(file, { thresholdBytes: 10_000, everyMs: 5 });
    try {
      for (let i = 0; i < 200 && checkpointer.checkpoints === 0; i += 1) await new Promise((r) => setTimeout(r, 5));
      expect(checkpointer.lastMode).toBe('RESTART');
    } finally {
      await checkpointer.stop();
    }
  });

  it('leaves a log under its threshold alone', async () => {
    await writeRows(5);
    const checkpointer = await WalCheckpointer.start(file, { thresholdBytes: 10_000_000, everyMs: 5 });
    await new Promise((r) => setTimeout(r, 50));
    await checkpointer.stop();
    expect(checkpointer.checkpoints).toBe(0);
  });

  it('refuses a file that does not exist', async () => {
    await expect(WalCheckpointer.start(join(dir, 'missing.sqlite'))).rejects.toThrow();
  });
});
