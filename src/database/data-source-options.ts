import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * DATABASE_URL -> TypeORM options. `sqlite:<path>` (file, created on first
 * start), `sqlite::memory:` (tests) or `postgres://…`. Schema changes always
 * go through migrations, never `synchronize`.
 */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  // migrations are run by MigrationRunner under a lock, so several instances can start at once
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
  } as const;
  if (databaseUrl.startsWith('postgres://') || databaseUrl.startsWith('postgresql://')) {
    return { type: 'postgres', url: databaseUrl, ...common };
  }
  if (databaseUrl.startsWith('sqlite:')) {
    const file = databaseUrl.slice('sqlite:'.length);
    if (file === '') throw new Error('DATABASE_URL "sqlite:" needs a file path or ":memory:"');
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    // WAL on files: readers do not wait for the writer and a commit appends to the log instead of rewriting the journal
    return {
      type: 'sqlite',
      database: file,
      ...(file === ':memory:' ? {} : { enableWAL: true }),
      ...common,
    };
  }
  throw new Error(
    `DATABASE_URL must start with sqlite: or postgres://, got "${databaseUrl.replace(/\/\/[^@]*@/, '//***@')}"`,
  );
}
