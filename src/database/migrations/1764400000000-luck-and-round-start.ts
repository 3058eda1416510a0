import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

const LUCK_SCORES = ['luckTotal', 'luckOperations', 'luckSelection', 'luckAds', 'luckFulfillment'];

/**
 * Each team's luck-adjusted scores of a round (means over the luck replays;
 * null for rounds closed before they were computed), and the game state a
 * round started from, so a closed round can be replayed without replaying
 * the rounds before it.
 */
export class LuckAndRoundStart1764400000000 implements MigrationInterface {
  name = 'LuckAndRoundStart1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('team_round_result', [
      ...LUCK_SCORES.map((name) => new TableColumn({ name, type: 'double precision', isNullable: true })),
      new TableColumn({ name: 'luckReplays', type: 'integer', isNullable: true }),
    ]);
    await q.addColumn('round', new TableColumn({ name: 'startState', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('round', 'startState');
    await q.dropColumns('team_round_result', [...LUCK_SCORES, 'luckReplays']);
  }
}
