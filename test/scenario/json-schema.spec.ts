import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioFileJsonSchemaText } from '../../src/scenario/json-schema';
import { packageRoot } from '../../src/scenario/scenario-loader';

const schemaFile = join(packageRoot(), 'scenarios', 'scenario.schema.json');

describe('scenarios/scenario.schema.json', () => {
  it('is up to date (regenerate: UPDATE_SCHEMA=1 npx jest test/scenario/json-schema)', () => {
    const generated = scenarioFileJsonSchemaText();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaFile, generated);
    expect(readFileSync(schemaFile, 'utf8')).toBe(generated);
  });

  it('every bundled YAML scenario points editors at it', () => {
    for (const name of ['tutorial', 'eu-launch', 'russia-peak', 'rcep-sea']) {
      const text = readFileSync(join(packageRoot(), 'scenarios', `${name}.yaml`), 'utf8');
      expect(text.startsWith('# yaml-language-server: $schema=./scenario.schema.json\n')).toBe(true);
    }
  });
});
