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
  insert<T extends ObjectLiteral, K extends keyof T & string>(
    target: EntityTarget<T>,
    columns: readonly K[],
    rows: readonly Pick<T, K>[],
  ): Promise<void>;
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

  async insert<T extends ObjectLiteral, K extends keyof T & string>(
    target: EntityTarget<T>,
    columns: readonly K[],
    rows: readonly Pick<T, K>[],
  ): Promise<void> {
    if (rows.length === 0) return;
    const head = `INSERT INTO ${this.name(target)} (${columns.map((c) => this.name(target, c)).join(', ')}) VALUES `;
    for (let start = 0; start < rows.length; start += BULK_INSERT_ROWS)
      await this.insertRows(head, columns, rows.slice(start, start + BULK_INSERT_ROWS));
  }

  /** One INSERT statement: `head` (INSERT INTO … VALUES) and a tuple per row. */
  protected async insertRows<R extends Record<K, unknown>, K extends string>(
    head: string,
    columns: readonly K[],
    rows: readonly R[],
  ): Promise<void> {
    const p = new SqlParams(this.numbered);
    const tuples = rows.map((row) => `(${columns.map((c) => p.mark(row[c] ?? null)).join(', ')})`);
    await this.run(head + tuples.join(', '), p.values);
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
 * A value as a sqlite literal that stores exactly what binding it would
 * (NULL, a 32-bit integer, or text without NUL characters, in which quotes
 * are doubled: sqlite string literals have no other escapes); undefined for
 * any other value, which is bound as a parameter instead.
 */
export function sqliteLiteral(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return (value | 0) === value && !Object.is(value, -0) ? String(value) : undefined;
  if (typeof value === 'string') return value.includes('\0') ? undefined : `'${value.replaceAll("'", "''")}'`;
  return undefined;
}

/** Waits until every promise has settled, then throws the first failure in the order given. */
async function settleInOrder(promises: readonly Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(promises)).find((o) => o.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Runs `sql` (one or more statements, no parameters) on a sqlite3 connection. */
export function sqliteExec(db: Pick<SqliteConnection, 'exec'>, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));
}

/** TypeORM's own sqlite3 connection of a sqlite DataSource. */
export function sqliteConnectionOf(dataSource: DataSource): SqliteConnection {
  return (dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
}

/**
 * A write transaction straight on the sqlite3 driver's connection, in as few
 * round trips as the statements allow. Each call to the driver is a round
 * trip through libuv's thread pool whose completion waits for a turn of the
 * event loop, and a statement with bound values is two (prepare, then run).
 * So: BEGIN IMMEDIATE is sent without waiting for it (the driver runs what
 * comes after an exec only once the exec is done, in order); an INSERT whose
 * values all have a literal (sqliteLiteral) is held and sent with the next
 * statement that needs an answer, or with COMMIT, as one exec; any other
 * statement first sends what is held. A transaction of reads and
 * inlinable inserts is thus BEGIN, a read's round trips and one exec, with
 * no wait for an answer between BEGIN and the read.
 */
export class SqliteTx extends BaseTx {
  /** BEGIN IMMEDIATE, an exec of its own so that its outcome is known. */
  private readonly began: Promise<void>;
  /** Settles when everything sent so far has run: the first failure rejects it. */
  private sent: Promise<void> = Promise.resolve();
  /** Statements held for the next exec. */
  private held: string[] = [];

  private constructor(
    connection: DataSource,
    private readonly db: SqliteConnection,
  ) {
    super(connection);
    this.began = this.exec('BEGIN IMMEDIATE');
    this.follow(this.began);
  }

  /**
   * Runs `fn`'s statements on `db` in one transaction: all of them commit or
   * none does. After a failure it rolls back (once what was sent has run),
   * unless BEGIN itself failed: then no transaction of this one is open.
   */
  static async transaction<T>(
    connection: DataSource,
    db: SqliteConnection,
    fn: (tx: SqliteTx) => Promise<T>,
  ): Promise<T> {
    const tx = new SqliteTx(connection, db);
    try {
      const out = await fn(tx);
      tx.held.push('COMMIT');
      await tx.sendHeld();
      return out;
    } catch (error) {
      tx.held = [];
      const began = await tx.began.then(
        () => true,
        () => false,
      );
      await tx.sent.catch(() => undefined);
      if (began) await tx.exec('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  async rows<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    const before = this.sendHeld();
    // (the driver runs `all` only after the exec sent before it, whose failure is the one to report)
    const rows = new Promise<T[]>((resolve, reject) =>
      this.db.all(sql, [...params], (error, out) => (error ? reject(error) : resolve(out as T[]))),
    );
    await settleInOrder([before, rows]);
    return rows;
  }

  protected async run(sql: string, params: unknown[]): Promise<void> {
    await this.sendHeld();
    await new Promise<void>((resolve, reject) =>
      this.db.run(sql, params, (error) => (error ? reject(error) : resolve())),
    );
  }

  protected override async insertRows<R extends Record<K, unknown>, K extends string>(
    head: string,
    columns: readonly K[],
    rows: readonly R[],
  ): Promise<void> {
    const tuples: string[] = [];
    for (const row of rows) {
      const values: string[] = [];
      for (const c of columns) {
        const literal = sqliteLiteral(row[c]);
        if (literal === undefined) return super.insertRows(head, columns, rows);
        values.push(literal);
      }
      tuples.push(`(${values.join(', ')})`);
    }
    this.held.push(head + tuples.join(', '));
  }

  /** Sends the held statements as one exec, after what was sent before; resolves when all of it has run. */
  private sendHeld(): Promise<void> {
    if (this.held.length > 0) {
      const sql = this.held.join(';\n');
      this.held = [];
      this.follow(settleInOrder([this.sent, this.exec(sql)]));
    }
    return this.sent;
  }

  /** Makes `next` what the next statement waits for; its failure is reported there (or by the commit or the rollback), never as an unhandled rejection meanwhile. */
  private follow(next: Promise<void>): void {
    this.sent = next;
    next.catch(() => undefined);
  }

  private exec(sql: string): Promise<void> {
    return sqliteExec(this.db, sql);
  }
}
