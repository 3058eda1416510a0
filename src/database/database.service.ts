import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Mutex } from 'async-mutex';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Settings of a sqlite file (in WAL mode, see data-source-options): wait up
 * to 5 s for a lock held by another process (the driver's default is 1 s),
 * commit without waiting for fsync (committed data survives a crash of the
 * process; a power loss may lose the last commits, the file stays
 * consistent), and keep sqlite's automatic checkpoint, with the log cut back
 * to 64 MB after each one.
 */
const SQLITE_PRAGMAS = [
  'PRAGMA busy_timeout = 5000',
  'PRAGMA synchronous = NORMAL',
  `PRAGMA journal_size_limit = ${64 * 1024 * 1024}`,
];

/** The database work a call runs inside: a write transaction, or a read. */
interface Scope {
  em: EntityManager;
  writing: boolean;
}

/**
 * The one way to the database. Every write is a TypeORM transaction; on
 * sqlite, where TypeORM shares one connection (overlapping transactions fail
 * and can half-commit: typeorm#1884, #8668), all work takes its turn on one
 * plain mutex, so a read never sees another transaction's uncommitted rows.
 * The scope's entity manager is carried in AsyncLocalStorage: a read or a
 * write called inside a write joins that transaction, a read inside a read
 * joins the read. A write inside a read cannot join (there is no
 * transaction to join) and throws at once instead of waiting for itself.
 */
@Injectable()
export class DatabaseService implements OnModuleInit {
  private readonly mutex = new Mutex();
  private readonly scope = new AsyncLocalStorage<Scope>();
  private readonly serialised: boolean;

  constructor(@InjectDataSource() readonly dataSource: DataSource) {
    this.serialised = dataSource.options.type === 'sqlite';
  }

  async onModuleInit(): Promise<void> {
    const options = this.dataSource.options;
    if (options.type !== 'sqlite' || options.database === ':memory:') return;
    for (const pragma of SQLITE_PRAGMAS) await this.dataSource.query(pragma);
  }

  /** Runs `fn` in one transaction: all of it commits or none of it does (or in the caller's transaction). */
  write<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.scope.getStore();
    if (outer?.writing) return fn(outer.em);
    if (outer) return Promise.reject(new Error('DatabaseService.write called inside a read: it cannot join it'));
    return this.turn(() => this.dataSource.transaction((em) => this.scope.run({ em, writing: true }, () => fn(em))));
  }

  /** Runs `fn`'s reads (inside the caller's transaction when there is one). */
  read<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.scope.getStore();
    if (outer) return fn(outer.em);
    const em = this.dataSource.manager;
    return this.turn(() => this.scope.run({ em, writing: false }, () => fn(em)));
  }

  /**
   * Runs `fn` while holding a lock shared by every server instance: a
   * PostgreSQL advisory lock (session level, on one dedicated connection),
   * or nothing on sqlite (one process owns the file). For start-up work such as migrations.
   */
  async exclusive<T>(key: number, fn: () => Promise<T>): Promise<T> {
    if (this.dataSource.options.type !== 'postgres') return fn();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [key]);
      try {
        return await fn();
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [key]);
      }
    } finally {
      await runner.release();
    }
  }

  /** On sqlite: after the work that asked before it has finished. PostgreSQL runs work side by side. */
  private turn<T>(task: () => Promise<T>): Promise<T> {
    return this.serialised ? this.mutex.runExclusive(task) : task();
  }
}
