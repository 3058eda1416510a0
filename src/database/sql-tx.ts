import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { insertStatements, numberedPlaceholders, tableColumns } from './bulk-insert';

/**
 * The statements of one write transaction as raw SQL with bound values
 * (DatabaseService.writeSql), the same on sqlite and PostgreSQL apart from
 * the dialect's own statements.
 */
export interface SqlTx {
  readonly dialect: 'sqlite' | 'postgres';
  /** Placeholder syntax: `$n` (true) or `?`. */
  readonly numbered: boolean;
  /** A statement that returns rows. */
  rows<T>(sql: string, params: readonly unknown[]): Promise<T[]>;
  /** Multi-row INSERTs of an entity's columns. */
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
  abstract readonly dialect: 'sqlite' | 'postgres';
  readonly numbered: boolean;

  constructor(protected readonly connection: DataSource) {
    this.numbered = numberedPlaceholders(connection);
  }

  abstract rows<T>(sql: string, params: readonly unknown[]): Promise<T[]>;
  protected abstract run(sql: string, params: unknown[]): Promise<void>;

  async insert<T extends ObjectLiteral, K extends keyof T & string>(target: EntityTarget<T>, columns: readonly K[], rows: readonly Pick<T, K>[]): Promise<void> {
    if (rows.length === 0) return;
    for (const s of insertStatements(tableColumns(this.connection, target, columns), rows as readonly Record<K, unknown>[], this.numbered)) await this.run(s.sql, s.params);
  }

  name<T extends ObjectLiteral>(target: EntityTarget<T>, property?: keyof T & string): string {
    const meta = this.connection.getMetadata(target);
    if (property === undefined) return this.connection.driver.escape(meta.tableName);
    const column = meta.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${meta.name} has no column ${property}`);
    return this.connection.driver.escape(column.databaseName);
  }
}

/** Statements through a TypeORM transaction (PostgreSQL). */
export class EntityManagerTx extends BaseTx {
  readonly dialect: 'sqlite' | 'postgres';

  constructor(private readonly em: EntityManager) {
    super(em.connection);
    this.dialect = em.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
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
  readonly dialect = 'sqlite' as const;

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
