import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSchemaSdl } from '../src/cli/schema-sdl';

describe('schema.graphql', () => {
  it('is the schema generated from the code (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await generateSchemaSdl());
  });
});
