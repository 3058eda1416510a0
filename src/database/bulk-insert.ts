import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows per statement at most (under the bound-parameter limits of sqlite and PostgreSQL for narrow tables). */
export const BULK_INSERT_ROWS = 500;

/** A statement and its bound values. */
export interface SqlStatement {
  sql: string;
  params: unknown[];
}

/** Bound parameters of a raw statement, with the placeholder syntax of the driver (`?`, or `$n` on PostgreSQL). */
export class SqlParams {
  readonly values: unknown[] = [];

  constructor(private readonly numbered: boolean) {}

  /** Binds a value; returns its placeholder. */
  mark(value: unknown): string {
    this.values.push(value);
    return this.numbered ? `$${this.values.length}` : '?';
  }
}

/** Whether a connection numbers its placeholders (PostgreSQL) or uses `?` (sqlite). */
export const numberedPlaceholders = (connection: DataSource): boolean => connection.options.type === 'postgres';

/** An entity's table and the given columns, as quoted SQL names. */
export interface TableColumns<K extends string> {
  table: string;
  columns: readonly K[];
  names: readonly string[];
}

export function tableColumns<T extends ObjectLiteral, K extends keyof T & string>(connection: DataSource, target: EntityTarget<T>, columns: readonly K[]): TableColumns<K> {
  const meta = connection.getMetadata(target);
  const names = columns.map((c) => {
    const column = meta.findColumnWithPropertyName(c);
    if (!column) throw new Error(`bulkInsert: ${meta.name} has no column ${c}`);
    return connection.driver.escape(column.databaseName);
  });
  return { table: connection.driver.escape(meta.tableName), columns, names };
}

/**
 * Plain multi-row INSERT statements of the given columns, one per
 * BULK_INSERT_ROWS rows. For hot paths whose values need no conversion by
 * TypeORM (strings, numbers, null): it skips the query builder's
 * per-parameter work, which grows with the row count.
 */
export function insertStatements<K extends string>(target: TableColumns<K>, rows: readonly Record<K, unknown>[], numbered: boolean): SqlStatement[] {
  const out: SqlStatement[] = [];
  const head = `INSERT INTO ${target.table} (${target.names.join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += BULK_INSERT_ROWS) {
    const p = new SqlParams(numbered);
    const tuples = rows.slice(start, start + BULK_INSERT_ROWS).map((row) => `(${target.columns.map((c) => p.mark(row[c] ?? null)).join(', ')})`);
    out.push({ sql: head + tuples.join(', '), params: p.values });
  }
  return out;
}

/** insertStatements run in the caller's TypeORM transaction. */
export async function bulkInsert<T extends ObjectLiteral, K extends keyof T & string>(
  em: EntityManager,
  target: EntityTarget<T>,
  columns: readonly K[],
  rows: readonly Pick<T, K>[],
): Promise<void> {
  if (rows.length === 0) return;
  for (const s of insertStatements(tableColumns(em.connection, target, columns), rows as readonly Record<K, unknown>[], numberedPlaceholders(em.connection))) await em.query(s.sql, s.params);
}
