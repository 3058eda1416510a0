import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { AppModule } from '../app.module';
import { configFromEnv } from '../config/app-config';

/** The schema exactly as the server builds it (code-first), as SDL. */
export async function generateSchemaSdl(): Promise<string> {
  const config = { ...configFromEnv({}), databaseUrl: 'sqlite::memory:', loadBundledScenarios: false };
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: false });
  await app.init();
  try {
    return `${printSchema(app.get(GraphQLSchemaHost).schema)}\n`;
  } finally {
    await app.close();
  }
}
