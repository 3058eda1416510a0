import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows per INSERT statement at most (under the bound-parameter limits of sqlite and PostgreSQL for narrow tables). */
export const BULK_INSERT_ROWS = 500;

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

/**
 * The statements of one write transaction as raw SQL with bound values
 * (DatabaseService.writeSql, and bulkInsert in a TypeORM transaction), the
 * same on sqlite and PostgreSQL apart from the dialect's own statements.
 */
export interface SqlTx {
  readonly dialect: 'sqlite' | 'postgres';
  /** Placeholder syntax: `$n` (true) or `?`. */
  readonly numbered: boolean;
  /** A statement that returns rows. */
  rows<T>(sql: string, params: readonly unknown[]): Promise<T[]>;
  /**
   * Plain multi-row INSERTs of an entity's columns, one statement per
   * BULK_INSERT_ROWS rows. For hot paths whose values need no conversion by
   * TypeORM (strings, numbers, null): it skips the query builder's
   * per-parameter work, which grows with the row count.
   */
  insert<T extends ObjectLiteral, K extends keyof T & string>(target: EntityTarget<T>, columns: readonly K[], rows: readonly Pick<T, K>[]): Promise<void>;
  /** Quoted table name of an entity, or with `property` the quoted name of that column. */
  name<T extends ObjectLiteral>(target: EntityTarget<T>, property?: keyof T & string): string;
}

/** The sqlite3 driver's connection, as far as SqlTx needs it. */
export interface SqliteConnection {
  all(sql: string, params: unknown[], callback: (error: Error | null, rows: unknown[]) => void): unknown;
  run(sql: string, params: unknown[], callback: (error: Error | null) => void): unknown;
  exec(sql: string, callback: (error: Error | null) => void): unknown;
}

abstract class BaseTx implements SqlTx {
  readonly dialect: 'sqlite' | 'postgres';
  readonly numbered: boolean;

  constructor(protected readonly connection: DataSource) {
    this.dialect = connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
    this.numbered = this.dialect === 'postgres';
  }

  abstract rows<T>(sql: string, params: readonly unknown[]): Promise<T[]>;
  protected abstract run(sql: string, params: unknown[]): Promise<void>;

  async insert<T extends ObjectLiteral, K extends keyof T & string>(target: EntityTarget<T>, columns: readonly K[], rows: readonly Pick<T, K>[]): Promise<void> {
    if (rows.length === 0) return;
    const head = `INSERT INTO ${this.name(target)} (${columns.map((c) => this.name(target, c)).join(', ')}) VALUES `;
    for (let start = 0; start < rows.length; start += BULK_INSERT_ROWS) {
      const p = new SqlParams(this.numbered);
      const tuples = rows.slice(start, start + BULK_INSERT_ROWS).map((row) => `(${columns.map((c) => p.mark(row[c] ?? null)).join(', ')})`);
      await this.run(head + tuples.join(', '), p.values);
    }
  }

  name<T extends ObjectLiteral>(target: EntityTarget<T>, property?: keyof T & string): string {
    const meta = this.connection.getMetadata(target);
    if (property === undefined) return this.connection.driver.escape(meta.tableName);
    const column = meta.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${meta.name} has no column ${property}`);
    return this.connection.driver.escape(column.databaseName);
  }
}

/** Statements through a TypeORM transaction's entity manager. */
export class EntityManagerTx extends BaseTx {
  constructor(private readonly em: EntityManager) {
    super(em.connection);
  }

  async rows<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    return (await this.em.query(sql, [...params])) as T[];
  }

  protected async run(sql: string, params: unknown[]): Promise<void> {
    await this.em.query(sql, params);
  }
}

/**
 * Statements straight on the sqlite3 driver's connection. Each statement is a
 * round trip through libuv's thread pool whose completion waits for a turn of
 * the event loop; without TypeORM's query runner in between, a transaction
 * is BEGIN and COMMIT as one call each plus its statements.
 */
export class SqliteTx extends BaseTx {
  constructor(
    connection: DataSource,
    private readonly db: SqliteConnection,
  ) {
    super(connection);
  }

  rows<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    return new Promise((resolve, reject) => this.db.all(sql, [...params], (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
  }

  protected run(sql: string, params: unknown[]): Promise<void> {
    return new Promise((resolve, reject) => this.db.run(sql, params, (error) => (error ? reject(error) : resolve())));
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (error) => (error ? reject(error) : resolve())));
  }
}
