import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { EntityManagerTx } from './sql-tx';

/** SqlTx.insert (plain multi-row INSERTs) in the caller's TypeORM transaction. */
export function bulkInsert<T extends ObjectLiteral, K extends keyof T & string>(
  em: EntityManager,
  target: EntityTarget<T>,
  columns: readonly K[],
  rows: readonly Pick<T, K>[],
): Promise<void> {
  return new EntityManagerTx(em).insert(target, columns, rows);
}
