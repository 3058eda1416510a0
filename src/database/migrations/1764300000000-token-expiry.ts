import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Tokens may carry an expiry (grader tokens for a marking window, rotated team tokens). */
export class TokenExpiry1764300000000 implements MigrationInterface {
  name = 'TokenExpiry1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'access_token',
      new TableColumn({ name: 'expiresAt', type: 'varchar', length: '32', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('access_token', 'expiresAt');
  }
}
