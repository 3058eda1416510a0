import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { HeadlessModule } from '../app.module';
import { configFromEnv } from '../config/app-config';

/** Runs `fn` with the services on the configured database (DATABASE_URL), no HTTP server; start-up (migrations, bundled scenarios) has run. */
export async function withHeadless<T>(
  fn: (app: INestApplicationContext) => Promise<T>,
  opts: { databaseUrl?: string } = {},
): Promise<T> {
  const config = configFromEnv();
  if (opts.databaseUrl) config.databaseUrl = opts.databaseUrl;
  const app = await NestFactory.createApplicationContext(HeadlessModule.forRoot(config), { logger: ['error'] });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}
