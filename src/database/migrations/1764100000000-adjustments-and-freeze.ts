import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

/** Instructor score adjustments, and the scoreboard freeze of a game. */
export class AdjustmentsAndFreeze1764100000000 implements MigrationInterface {
  name = 'AdjustmentsAndFreeze1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'score_adjustment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'gameId', type: 'varchar', length: '36' },
          { name: 'teamId', type: 'varchar', length: '36' },
          { name: 'roundNumber', type: 'integer' },
          { name: 'points', type: 'double precision' },
          { name: 'reason', type: 'varchar', length: '500' },
          { name: 'createdBy', type: 'varchar', length: '120' },
          { name: 'createdAt', type: 'varchar', length: '32' },
        ],
        indices: [{ columnNames: ['gameId', 'roundNumber'] }],
      }),
    );
    await q.addColumn('game', new TableColumn({ name: 'freezeAfterRound', type: 'integer', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('game', 'freezeAfterRound');
    await q.dropTable('score_adjustment');
  }
}
