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
  for (let start = 0; start < rows.length; start += BULK_INSERT_ROWS) {
    const chunk = rows.slice(start, start + BULK_INSERT_ROWS);
    const p = new SqlParams(em);
    const tuples = chunk.map((row) => `(${columns.map((c) => p.mark(row[c] ?? null)).join(', ')})`);
    await em.query(head + tuples.join(', '), p.values);
  }
}

/** Bound parameters of a raw statement, with the placeholder syntax of the connection's driver (`?` or `$n`). */
export class SqlParams {
  readonly values: unknown[] = [];
  private readonly numbered: boolean;

  constructor(em: EntityManager) {
    this.numbered = em.connection.options.type === 'postgres';
  }

  /** Binds a value; returns its placeholder. */
  mark(value: unknown): string {
    this.values.push(value);
    return this.numbered ? `$${this.values.length}` : '?';
  }
}
