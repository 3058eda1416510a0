import { DataSource } from 'typeorm';
import { AuditLogEntity } from '../common/audit-log.entity';
import { dataSourceOptions } from './data-source-options';
import { DatabaseService } from './database.service';

const row = (id: string) => ({ id, at: '2026-01-01T00:00:00.000Z', actor: 'SYSTEM', action: 'TEST', gameId: null, detail: '{}' });
const COLUMNS = ['id', 'at', 'actor', 'action', 'gameId', 'detail'] as const;

describe('DatabaseService.writeSql (sqlite)', () => {
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

  it('commits every statement of the transaction', async () => {
    const before = await count();
    const n = await db.writeSql(async (tx) => {
      await tx.insert(AuditLogEntity, COLUMNS, [row('a1'), row('a2')]);
      const rows = await tx.rows<{ n: number }>(`SELECT COUNT(*) AS "n" FROM ${tx.name(AuditLogEntity)} WHERE ${tx.name(AuditLogEntity, 'action')} = ?`, ['TEST']);
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
