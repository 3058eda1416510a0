import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

const id = (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: name === 'id' });
const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const int = (name: string): TableColumnOptions => ({ name, type: 'integer' });
const dbl = (name: string): TableColumnOptions => ({ name, type: 'double precision' });
const text = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'text', isNullable });

/** The first schema, written with TypeORM's portable Table API (sqlite and PostgreSQL). */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'scenario',
        columns: [
          { name: 'key', type: 'varchar', length: '100', isPrimary: true },
          str('scenarioId', 64),
          int('version'),
          str('titleEn', 200),
          str('titleZh', 200),
          text('content'),
          str('contentHash', 64),
          str('origin', 16),
          str('createdAt', 32),
        ],
        indices: [{ columnNames: ['scenarioId', 'version'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'game',
        columns: [
          id(),
          str('name', 120),
          str('scenarioKey', 100),
          int('seed'),
          str('status', 16),
          int('currentRound'),
          int('roundCount'),
          str('engineVersion', 32),
          text('state'),
          str('createdAt', 32),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'team',
        columns: [id(), id('gameId'), str('code', 16), str('name', 120), str('createdAt', 32)],
        indices: [{ columnNames: ['gameId', 'code'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'round',
        columns: [
          id(),
          id('gameId'),
          int('number'),
          str('status', 16),
          str('openedAt', 32),
          str('deadline', 32, true),
          str('closedAt', 32, true),
          str('outcomeHash', 64, true),
          text('outcome', true),
        ],
        indices: [{ columnNames: ['gameId', 'number'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'decision_set',
        columns: [
          id(),
          id('gameId'),
          int('roundNumber'),
          id('teamId'),
          str('module', 16),
          text('payload'),
          int('version'),
          str('submittedAt', 32),
        ],
        indices: [{ columnNames: ['gameId', 'roundNumber', 'teamId', 'module', 'version'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'team_round_result',
        columns: [
          id(),
          id('gameId'),
          int('roundNumber'),
          id('teamId'),
          dbl('total'),
          dbl('operations'),
          dbl('selection'),
          dbl('ads'),
          dbl('fulfillment'),
          str('absentModules', 80),
          text('result'),
        ],
        indices: [{ columnNames: ['gameId', 'roundNumber', 'teamId'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'access_token',
        columns: [
          id(),
          { ...str('tokenHash', 64), isUnique: true },
          str('role', 16),
          { ...id('gameId'), isNullable: true },
          { ...id('teamId'), isNullable: true },
          str('label', 120),
          str('createdAt', 32),
          str('revokedAt', 32, true),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          id(),
          str('at', 32),
          str('actor', 120),
          str('action', 40),
          { ...id('gameId'), isNullable: true },
          text('detail'),
        ],
      }),
    );
    await q.createIndex('audit_log', new TableIndex({ columnNames: ['gameId', 'at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'audit_log',
      'access_token',
      'team_round_result',
      'decision_set',
      'round',
      'team',
      'game',
      'scenario',
    ]) {
      await q.dropTable(t);
    }
  }
}
