import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** A game's deadline policy: minutes a round stays open when it is opened without a deadline (null: until closed). */
export class RoundMinutes1764500000000 implements MigrationInterface {
  name = 'RoundMinutes1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('game', new TableColumn({ name: 'roundMinutes', type: 'integer', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('game', 'roundMinutes');
  }
}
