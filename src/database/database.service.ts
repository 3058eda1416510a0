import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Serialises database work where the driver needs it. TypeORM shares one
 * connection on sqlite, where overlapping transactions fail and can still
 * half-commit (typeorm#1884, #8668): every write transaction — and every read,
 * so it never sees another's uncommitted rows — waits its turn here.
 */
@Injectable()
export class DatabaseService implements OnModuleInit {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serialised: boolean;

  constructor(@InjectDataSource() readonly dataSource: DataSource) {
    this.serialised = dataSource.options.type === 'sqlite';
  }

  /**
   * sqlite files run in WAL mode with synchronous=NORMAL: a commit does not
   * wait for fsync; the log is synced at checkpoints. Committed data survives
   * a crash of the process; a power loss may lose the last commits (the file
   * stays consistent). PostgreSQL is left as configured.
   */
  async onModuleInit(): Promise<void> {
    const options = this.dataSource.options;
    if (options.type === 'sqlite' && options.database !== ':memory:') await this.queue(() => this.dataSource.query('PRAGMA synchronous = NORMAL'));
  }

  /** Run `fn` in one transaction: all of it commits or none of it does. */
  write<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.queue(() => this.dataSource.transaction(fn));
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

  get isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  read<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.serialised ? this.queue(() => fn(this.dataSource.manager)) : fn(this.dataSource.manager);
  }

  private queue<T>(task: () => Promise<T>): Promise<T> {
    if (!this.serialised) return task();
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
