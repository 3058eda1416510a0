import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows per INSERT statement at most (well under the bound-parameter limits of sqlite and PostgreSQL). */
export const BULK_INSERT_ROWS = 500;

/** Inserts the rows through TypeORM in the caller's transaction, BULK_INSERT_ROWS per statement. */
export async function bulkInsert<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += BULK_INSERT_ROWS)
    await em.insert(target, rows.slice(start, start + BULK_INSERT_ROWS) as T[]);
}
