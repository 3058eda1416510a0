import { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { generateSchemaSdl } from './schema-sdl';

export function schemaCommand(): Command {
  return new Command('schema')
    .description('Print the GraphQL schema (SDL) generated from the code, or write it to a file.')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { out?: string }) => {
      const sdl = await generateSchemaSdl();
      if (opts.out) writeFileSync(opts.out, sdl);
      else process.stdout.write(sdl);
    });
}
