import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EntityManagerTx, sqliteConnectionOf, SqliteTx, SqlTx } from './sql-tx';
import { DEFAULT_CHECKPOINT_POLICY, WalCheckpointer } from './wal-checkpointer';

/**
 * Settings of the connection to a sqlite file: wait up to 5 s for a lock
 * (the sqlite3 driver's default is 1 s; a RESTART checkpoint of a long log
 * can hold writers back longer), commit without fsync (WAL +
 * NORMAL), no automatic checkpoints (WalCheckpointer runs them), and
 * truncate the log to the checkpointer's quiet size when it starts over.
 */
const SQLITE_PRAGMAS = [
  'PRAGMA busy_timeout = 5000',
  'PRAGMA synchronous = NORMAL',
  'PRAGMA wal_autocheckpoint = 0',
  `PRAGMA journal_size_limit = ${DEFAULT_CHECKPOINT_POLICY.quietBytes}`,
];

/** Reads admitted together: they run side by side, and the next write waits until all of them have settled. */
interface ReadGroup {
  /** Settles when the work queued before the group has finished. */
  start: Promise<unknown>;
  pending: number;
  closed: boolean;
  drained?: () => void;
}

/**
 * Serialises database work where the driver needs it. TypeORM shares one
 * connection on sqlite, where overlapping transactions fail and can still
 * half-commit (typeorm#1884, #8668): every write transaction waits its turn
 * here, and reads never overlap a write (so they never see another's
 * uncommitted rows). Reads that queue up one after another run side by
 * side as one group (a readers–writer queue): a burst of token look-ups
 * costs one round trip, not one per read.
 */
@Injectable()
export class DatabaseService implements OnModuleInit, OnModuleDestroy {
  private tail: Promise<unknown> = Promise.resolve();
  /** The group of reads newly queued reads join, until the next write closes it. */
  private readers: ReadGroup | null = null;
  private readonly serialised: boolean;
  private checkpointer: WalCheckpointer | null = null;

  constructor(@InjectDataSource() readonly dataSource: DataSource) {
    this.serialised = dataSource.options.type === 'sqlite';
  }

  /**
   * sqlite files run in WAL mode with synchronous=NORMAL: a commit does not
   * wait for fsync; the log is synced at checkpoints. Committed data survives
   * a crash of the process; a power loss may lose the last commits (the file
   * stays consistent). The log is copied into the database file by a
   * connection of its own when writes pause (WalCheckpointer), so no commit
   * waits for that.
   * PostgreSQL is left as configured.
   */
  async onModuleInit(): Promise<void> {
    const options = this.dataSource.options;
    if (options.type !== 'sqlite' || options.database === ':memory:') return;
    for (const pragma of SQLITE_PRAGMAS) await this.queue(() => this.dataSource.query(pragma));
    this.checkpointer = await WalCheckpointer.start(options.database);
  }

  async onModuleDestroy(): Promise<void> {
    const checkpointer = this.checkpointer;
    this.checkpointer = null;
    await checkpointer?.stop();
  }

  /** Run `fn` in one transaction: all of it commits or none of it does. */
  write<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.queue(() => this.dataSource.transaction(fn));
  }

  /**
   * Run `fn`'s raw statements in one transaction, all or nothing: on
   * PostgreSQL through TypeORM, on sqlite straight on the driver's connection
   * (BEGIN IMMEDIATE … COMMIT, in this queue like every write; SqliteTx sends
   * its inserts with COMMIT in one call). For hot paths whose every
   * statement is a round trip worth saving.
   */
  writeSql<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    if (!this.serialised) return this.write((em) => fn(new EntityManagerTx(em)));
    return this.queue(() => SqliteTx.transaction(this.dataSource, sqliteConnectionOf(this.dataSource), fn));
  }

  /**
   * Runs `fn` while holding a lock shared by every server instance: a
   * PostgreSQL advisory lock (session level, on one dedicated connection),
   * or nothing on sqlite (one process owns the file). For start-up work such as migrations.
   */
  async exclusive<T>(key: number, fn: () => Promise<T>): Promise<T> {
    // sqlite: one process owns the file, and fn's own writes queue up as usual
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

  read<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.serialised ? this.shared(() => fn(this.dataSource.manager)) : fn(this.dataSource.manager);
  }

  /** Exclusive: runs after everything queued before it (writes and reads) has settled. */
  private queue<T>(task: () => Promise<T>): Promise<T> {
    if (!this.serialised) return task();
    this.closeReaders();
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Shared: joins the open group of reads (or opens one after the queued work). */
  private shared<T>(task: () => Promise<T>): Promise<T> {
    let group = this.readers;
    if (!group) {
      group = { start: this.tail, pending: 0, closed: false };
      this.readers = group;
    }
    const g = group;
    g.pending += 1;
    const settle = () => {
      g.pending -= 1;
      if (g.closed && g.pending === 0) g.drained?.();
    };
    const run = g.start.then(task, task);
    run.then(settle, settle);
    return run;
  }

  /** Closes the open group of reads: the work queued next waits for all of them. */
  private closeReaders(): void {
    const g = this.readers;
    if (!g) return;
    this.readers = null;
    g.closed = true;
    if (g.pending === 0) return; // (tail is still the group's start, which has settled or will first)
    this.tail = new Promise<void>((resolve) => (g.drained = resolve));
  }
}
