import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import config from '../codegen';

const WEB = join(__dirname, '..');

/**
 * The console's typed operations are generated from the committed schema.graphql and committed too;
 * this fails when a schema or operation change was not followed by `npm run codegen`.
 */
describe('web console: generated GraphQL types', () => {
  it('match what codegen makes from schema.graphql and the operations today', async () => {
    const before = process.cwd();
    process.chdir(WEB);
    let outputs: { filename: string; content: string }[];
    try {
      outputs = (await generate({ ...config, silent: true, verbose: false }, false)) as typeof outputs;
    } finally {
      process.chdir(before);
    }
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const path = isAbsolute(filename) ? filename : join(WEB, filename);
      const committed = readFileSync(path, 'utf8');
      expect({ file: filename, upToDate: committed === content }).toEqual({ file: filename, upToDate: true });
    }
  });
});
