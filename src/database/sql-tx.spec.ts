import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { AuditLogEntity } from '../common/audit-log.entity';
import { dataSourceOptions } from './data-source-options';
import { DatabaseService } from './database.service';
import { SqliteConnection, sqliteConnectionOf, sqliteExec, sqliteLiteral, SqliteTx } from './sql-tx';

const row = (id: string) => ({
  id,
  at: '2026-01-01T00:00:00.000Z',
  actor: 'SYSTEM',
  action: 'TEST',
  gameId: null,
  detail: '{}',
});
const COLUMNS = ['id', 'at', 'actor', 'action', 'gameId', 'detail'] as const;

/** One in-memory database for the file's tests (each uses ids of its own). */
let ds: DataSource;
let db: DatabaseService;
beforeAll(async () => {
  ds = new DataSource(dataSourceOptions('sqlite::memory:'));
  await ds.initialize();
  await ds.runMigrations();
  db = new DatabaseService(ds);
});
afterAll(() => ds.destroy());
const count = () => db.read((em) => em.count(AuditLogEntity));

describe('DatabaseService.writeSql (sqlite)', () => {
  it('commits every statement of the transaction', async () => {
    const before = await count();
    const n = await db.writeSql(async (tx) => {
      await tx.insert(AuditLogEntity, COLUMNS, [row('a1'), row('a2')]);
      const rows = await tx.rows<{ n: number }>(
        `SELECT COUNT(*) AS "n" FROM ${tx.name(AuditLogEntity)} WHERE ${tx.name(AuditLogEntity, 'action')} = ?`,
        ['TEST'],
      );
      return Number(rows[0].n);
    });
    expect(n).toBe(2);
    expect(await count()).toBe(before + 2);
  });

  it('stores nothing when a statement fails, and the next transaction runs', async () => {
    const before = await count();
    await expect(
      db.writeSql(async (tx) => {
        await tx.insert(AuditLogEntity, COLUMNS, [row('b1')]);
        await tx.rows('SELECT * FROM no_such_table', []);
      }),
    ).rejects.toThrow(/no_such_table/);
    expect(await count()).toBe(before);
    await db.writeSql((tx) => tx.insert(AuditLogEntity, COLUMNS, [row('b2')]));
    expect(await count()).toBe(before + 1);
  });

  it('queues with TypeORM writes on the one connection: every transaction commits', async () => {
    const before = await count();
    await Promise.all([
      db.writeSql(async (tx) => {
        await tx.insert(AuditLogEntity, COLUMNS, [row('c1')]);
        await tx.insert(AuditLogEntity, COLUMNS, [row('c2')]);
      }),
      db.write((em) => em.insert(AuditLogEntity, row('c3'))),
      db.writeSql((tx) => tx.insert(AuditLogEntity, COLUMNS, [row('c4')])),
    ]);
    expect(await count()).toBe(before + 4);
  });
});

describe('sqliteLiteral', () => {
  it.each([
    [null, 'NULL'],
    [undefined, 'NULL'],
    [0, '0'],
    [-42, '-42'],
    [2147483647, '2147483647'],
    ['', "''"],
    ["it's", "'it''s'"],
    ["'; DROP TABLE audit_log; --", "'''; DROP TABLE audit_log; --'"],
    ['价格 "€" \\ \n', `'价格 "€" \\ \n'`],
  ])('%p is %s', (value, literal) => {
    expect(sqliteLiteral(value)).toBe(literal);
  });

  it.each([
    [-0],
    [0.1],
    [2 ** 31],
    [Number.NaN],
    [Infinity],
    [true],
    [10n],
    [new Date(0)],
    [Buffer.from('x')],
    ['a\u0000b'],
    [{}],
  ])('%p has none (it is bound instead)', (value) => {
    expect(sqliteLiteral(value)).toBeUndefined();
  });
});

describe('SqliteTx', () => {
  /** The driver calls made by a transaction, in order. */
  let calls: string[];
  const verb = (sql: string) => sql.split(' ')[0];
  /** Runs `fn` in a transaction on a connection that records each call. */
  function inTx<T>(fn: (tx: SqliteTx) => Promise<T>): Promise<T> {
    const real = sqliteConnectionOf(ds);
    calls = [];
    const spy: SqliteConnection = {
      all: (sql, params, cb) => (calls.push(`all ${verb(sql)}`), real.all(sql, params, cb)),
      run: (sql, params, cb) => (calls.push(`run ${verb(sql)}`), real.run(sql, params, cb)),
      exec: (sql, cb) => (calls.push(`exec ${sql.split(';\n').map(verb).join('+')}`), real.exec(sql, cb)),
    };
    return SqliteTx.transaction(ds, spy, fn);
  }
  const select = (tx: SqliteTx, id: string) =>
    tx.rows<{ actor: string; detail: string }>(`SELECT actor, detail FROM ${tx.name(AuditLogEntity)} WHERE id = ?`, [
      id,
    ]);

  it('sends BEGIN, the read, then inlinable inserts with COMMIT: three driver calls', async () => {
    await inTx(async (tx) => {
      await select(tx, 'none');
      await tx.insert(AuditLogEntity, COLUMNS, [row('t1'), row('t2')]);
      await tx.insert(AuditLogEntity, COLUMNS, [row('t3')]);
    });
    expect(calls).toEqual(['exec BEGIN', 'all SELECT', 'exec INSERT+INSERT+COMMIT']);
    expect(await db.read((em) => em.countBy(AuditLogEntity, [{ id: 't1' }, { id: 't2' }, { id: 't3' }]))).toBe(3);
  });

  it('stores inlined and bound values exactly as given, and a read in the transaction sees held inserts', async () => {
    const odd = ['O\'Brien\'s "shop"', '价格 — ünïcode 🎉', 'a\u0000b', "'); DELETE FROM audit_log; --", '\\x27'];
    const got = await inTx(async (tx) => {
      await tx.insert(
        AuditLogEntity,
        COLUMNS,
        odd.map((detail, i) => ({ ...row(`odd${i}`), detail })),
      );
      return Promise.all(odd.map((_, i) => select(tx, `odd${i}`)));
    });
    expect(got.map((r) => r[0].detail)).toEqual(odd);
    // a NUL has no literal: that statement is bound (prepare + run) after what was held
    expect(calls.some((c) => c.startsWith('run INSERT'))).toBe(true);
    const stored = await db.read((em) =>
      em.findBy(
        AuditLogEntity,
        odd.map((_, i) => ({ id: `odd${i}` })),
      ),
    );
    expect(new Map(stored.map((r) => [r.id, r.detail]))).toEqual(new Map(odd.map((d, i) => [`odd${i}`, d])));
  });

  it('rolls back everything when the exec with COMMIT fails, and the next transaction runs', async () => {
    const before = await count();
    await expect(inTx((tx) => tx.insert(AuditLogEntity, COLUMNS, [row('dup'), row('dup')]))).rejects.toThrow(
      /UNIQUE|constraint/i,
    );
    expect(calls).toEqual(['exec BEGIN', 'exec INSERT+COMMIT', 'exec ROLLBACK']);
    expect(await count()).toBe(before);
    await inTx((tx) => tx.insert(AuditLogEntity, COLUMNS, [row('dup')]));
    expect(await count()).toBe(before + 1);
  });

  it('does not roll back when its BEGIN failed: a transaction it did not open is left alone', async () => {
    const real = sqliteConnectionOf(ds);
    const exec = (sql: string) => sqliteExec(real, sql);
    const outerRows = () =>
      new Promise<number>((resolve, reject) =>
        real.all(`SELECT COUNT(*) AS n FROM audit_log WHERE id = 'outer'`, [], (e, r) =>
          e ? reject(e) : resolve(Number((r[0] as { n: number }).n)),
        ),
      );
    await exec(
      `BEGIN; INSERT INTO audit_log (id, at, actor, action, detail) VALUES ('outer', 'x', 'SYSTEM', 'TEST', '{}')`,
    );
    try {
      await expect(inTx((tx) => select(tx, 'x'))).rejects.toThrow(/within a transaction/);
      expect(calls).toEqual(['exec BEGIN', 'all SELECT']);
      expect(await outerRows()).toBe(1);
    } finally {
      await exec('ROLLBACK');
    }
    expect(await outerRows()).toBe(0);
  });
});

describe('SqliteTx: a failed BEGIN while the caller awaits something else', () => {
  // Jest keeps unhandled rejections to itself, so this runs the compiled class in a node process of its own, which exits on one (npm test builds dist first)
  const compiled = join(__dirname, '..', '..', 'dist', 'database', 'sql-tx.js');
  const script = `
    const { SqliteTx } = require(${JSON.stringify(compiled)});
    const later = (f) => setImmediate(f);
    const failing = { all: (s, p, cb) => later(() => cb(null, [])), run: (s, p, cb) => later(() => cb(null)), exec: (s, cb) => later(() => cb(s.startsWith('BEGIN') ? new Error('SQLITE_BUSY: database is locked') : null)) };
    SqliteTx.transaction({ options: { type: 'sqlite' } }, failing, async (tx) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return tx.rows('SELECT 1', []);
    }).then(() => console.log('no error'), (e) => console.log('reported: ' + e.message));`;

  it('is reported by the next statement, not as an unhandled rejection', () => {
    if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run npm run build first`);
    const run = spawnSync(process.execPath, ['--unhandled-rejections=strict', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('reported: SQLITE_BUSY: database is locked');
    expect(run.status).toBe(0);
  });
});

describe('DatabaseService on a sqlite file', () => {
  it("waits for a lock held by another connection longer than the driver's default 1 s (busy_timeout 5 s)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-busy-'));
    const file = join(dir, 'db.sqlite');
    const fileDs = new DataSource(dataSourceOptions(`sqlite:${file}`));
    await fileDs.initialize();
    const service = new DatabaseService(fileDs);
    try {
      await fileDs.runMigrations();
      await service.onModuleInit();
      // another connection (a RESTART checkpoint, another process) holds the write lock for a moment
      const other = await new Promise<sqlite3.Database>((resolve, reject) => {
        const opened: sqlite3.Database = new sqlite3.Database(file, (e) => (e ? reject(e) : resolve(opened)));
      });
      const otherExec = (sql: string) => sqliteExec(other, sql);
      await otherExec('BEGIN IMMEDIATE');
      const released = new Promise<void>((resolve) => setTimeout(() => resolve(otherExec('COMMIT')), 1_500));
      await service.writeSql((tx) => tx.insert(AuditLogEntity, COLUMNS, [row('after-lock')]));
      await released;
      await new Promise<void>((resolve, reject) => other.close((e) => (e ? reject(e) : resolve())));
      expect(await service.read((em) => em.countBy(AuditLogEntity, { id: 'after-lock' }))).toBe(1);
    } finally {
      await service.onModuleDestroy();
      await fileDs.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
