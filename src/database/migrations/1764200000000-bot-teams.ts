import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Bot teams (a team played by a built-in strategy) and the autopilot flag of a result (a silent team played by the ADAPTIVE bot). */
export class BotTeams1764200000000 implements MigrationInterface {
  name = 'BotTeams1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'team',
      new TableColumn({ name: 'botStrategy', type: 'varchar', length: '16', isNullable: true }),
    );
    await q.addColumn(
      'team_round_result',
      new TableColumn({ name: 'autopilot', type: 'boolean', isNullable: false, default: false }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('team_round_result', 'autopilot');
    await q.dropColumn('team', 'botStrategy');
  }
}
