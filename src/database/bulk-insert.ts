import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows per statement at most (under the bound-parameter limits of sqlite and PostgreSQL for narrow tables). */
export const BULK_INSERT_ROWS = 500;

/**
 * Plain multi-row INSERT of the given columns, one statement per
 * BULK_INSERT_ROWS rows, in the caller's transaction. For hot paths whose
 * values need no conversion by TypeORM (strings, numbers, null): it skips
 * the query builder's per-parameter work, which grows with the row count.
 */
export async function bulkInsert<T extends ObjectLiteral, K extends keyof T & string>(
  em: EntityManager,
  target: EntityTarget<T>,
  columns: readonly K[],
  rows: readonly Pick<T, K>[],
): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.connection.getMetadata(target);
  const driver = em.connection.driver;
  const names = columns.map((c) => {
    const column = meta.findColumnWithPropertyName(c);
    if (!column) throw new Error(`bulkInsert: ${meta.name} has no column ${c}`);
    return driver.escape(column.databaseName);
  });
  const head = `INSERT INTO ${driver.escape(meta.tableName)} (${names.join(', ')}) VALUES `;
  const postgres = em.connection.options.type === 'postgres';
  for (let start = 0; start < rows.length; start += BULK_INSERT_ROWS) {
    const chunk = rows.slice(start, start + BULK_INSERT_ROWS);
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (const row of chunk) {
      const marks: string[] = [];
      for (const c of columns) {
        params.push(row[c] ?? null);
        marks.push(postgres ? `$${params.length}` : '?');
      }
      tuples.push(`(${marks.join(', ')})`);
    }
    await em.query(head + tuples.join(', '), params);
  }
}
