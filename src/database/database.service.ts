import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Serialises database work where the driver needs it. TypeORM shares one
 * connection on sqlite, where overlapping transactions fail and can still
 * half-commit (typeorm#1884, #8668): every write transaction — and every read,
 * so it never sees another's uncommitted rows — waits its turn here.
 */
@Injectable()
export class DatabaseService {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serialised: boolean;

  constructor(@InjectDataSource() readonly dataSource: DataSource) {
    this.serialised = dataSource.options.type === 'sqlite';
  }

  /** Run `fn` in one transaction: all of it commits or none of it does. */
  write<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.queue(() => this.dataSource.transaction(fn));
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
