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
    for (let start = 0; start < rows.length; start += BULK_INSERT_ROWS) await this.insertRows(head, columns, rows.slice(start, start + BULK_INSERT_ROWS));
  }

  /** One INSERT statement: `head` (INSERT INTO … VALUES) and a tuple per row. */
  protected async insertRows<R extends Record<K, unknown>, K extends string>(head: string, columns: readonly K[], rows: readonly R[]): Promise<void> {
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
  /** Settles when everything sent so far has run: the first failure rejects it. */
  private sent: Promise<void> = Promise.resolve();
  /** Statements held for the next exec. */
  private held: string[] = [];
  private began: Promise<void> | null = null;
  /** Begun and neither committed nor rolled back. */
  private open = false;

  constructor(
    connection: DataSource,
    private readonly db: SqliteConnection,
  ) {
    super(connection);
  }

  /** Starts the transaction (BEGIN IMMEDIATE, an exec of its own so that its outcome is known); its answer is awaited with the next statement's. */
  begin(): void {
    if (this.began) throw new Error('the transaction has already begun');
    this.began = this.exec('BEGIN IMMEDIATE');
    // (its failure is reported by the next statement, or by commit or rollback; it is not an unhandled rejection meanwhile)
    this.began.catch(() => undefined);
    this.sent = this.began;
    this.open = true;
  }

  /** Sends what is held and COMMIT as one exec; resolves when all of the transaction has committed. */
  async commit(): Promise<void> {
    this.held.push('COMMIT');
    await this.sendHeld();
    this.open = false;
  }

  /** Rolls back after a failure (waiting for what was sent first), unless BEGIN itself failed: then no transaction of this one is open. Never throws. */
  async rollback(): Promise<void> {
    this.held = [];
    const began = this.began ? await this.began.then(() => true, () => false) : false;
    await this.sent.catch(() => undefined);
    if (began && this.open) await this.exec('ROLLBACK').catch(() => undefined);
    this.open = false;
  }

  async rows<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    const before = this.sendHeld();
    const rows = new Promise<T[]>((resolve, reject) => this.db.all(sql, [...params], (error, out) => (error ? reject(error) : resolve(out as T[]))));
    // (the driver runs `all` only after the exec sent before it; its own failure counts once that exec's has been reported)
    const [, out] = await Promise.allSettled([before, rows]);
    await before;
    if (out.status === 'rejected') throw out.reason;
    return out.value;
  }

  protected async run(sql: string, params: unknown[]): Promise<void> {
    await this.sendHeld();
    await new Promise<void>((resolve, reject) => this.db.run(sql, params, (error) => (error ? reject(error) : resolve())));
  }

  protected override async insertRows<R extends Record<K, unknown>, K extends string>(head: string, columns: readonly K[], rows: readonly R[]): Promise<void> {
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
      const previous = this.sent;
      const now = this.exec(sql);
      now.catch(() => undefined);
      this.sent = previous.then(
        () => now,
        async (error: unknown) => {
          await now.catch(() => undefined);
          throw error;
        },
      );
    }
    return this.sent;
  }

  private exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (error) => (error ? reject(error) : resolve())));
  }
}
