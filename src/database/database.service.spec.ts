import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DatabaseService } from './database.service';

describe('DatabaseService on sqlite', () => {
  let dir: string;
  let dataSource: DataSource;
  let db: DatabaseService;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'db-service-'));
    dataSource = new DataSource({ type: 'sqlite', database: join(dir, 'test.sqlite'), enableWAL: true });
    await dataSource.initialize();
    db = new DatabaseService(dataSource);
    await db.onModuleInit();
    await dataSource.query('CREATE TABLE t (x INTEGER NOT NULL UNIQUE)');
  });
  afterAll(async () => {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => dataSource.query('DELETE FROM t'));

  const count = async (): Promise<number> => (await dataSource.query('SELECT COUNT(*) AS n FROM t'))[0].n;

  it('joins a write and a read called inside a write to its transaction, and rolls all of it back together', async () => {
    const failed = db.write(async (em) => {
      await em.query('INSERT INTO t (x) VALUES (1)');
      await db.write((inner) => inner.query('INSERT INTO t (x) VALUES (2)'));
      const seen = await db.read((inner) => inner.query('SELECT COUNT(*) AS n FROM t'));
      expect(seen[0].n).toBe(2);
      throw new Error('undo');
    });
    await expect(failed).rejects.toThrow('undo');
    expect(await count()).toBe(0);
  });

  it('refuses at once a write called inside a read instead of waiting for itself', async () => {
    const out = db.read(() => db.write((em) => em.query('INSERT INTO t (x) VALUES (1)')));
    await expect(out).rejects.toThrow('DatabaseService.write called inside a read');
    expect(await count()).toBe(0);
  });

  it('runs writes one after another: a read never sees a transaction that has not committed', async () => {
    const events: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = db.write(async (em) => {
      await em.query('INSERT INTO t (x) VALUES (1)');
      events.push('first inserted');
      await gate;
      throw new Error('first rolls back');
    });
    const read = db.read(async (em) => {
      events.push('read');
      return (await em.query('SELECT COUNT(*) AS n FROM t'))[0].n as number;
    });
    const second = db.write(async (em) => {
      events.push('second');
      await em.query('INSERT INTO t (x) VALUES (1)');
    });
    release();
    await expect(first).rejects.toThrow('first rolls back');
    expect(await read).toBe(0);
    await second;
    expect(events).toEqual(['first inserted', 'read', 'second']);
    expect(await count()).toBe(1);
  });

  it('goes on after a failed transaction (the constraint error reaches the caller of that write only)', async () => {
    await db.write((em) => em.query('INSERT INTO t (x) VALUES (7)'));
    await expect(db.write((em) => em.query('INSERT INTO t (x) VALUES (7)'))).rejects.toThrow(/UNIQUE/);
    await db.write((em) => em.query('INSERT INTO t (x) VALUES (8)'));
    expect(await count()).toBe(2);
  });
});
