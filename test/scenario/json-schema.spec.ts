import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eachProperty, FIELD_DOCS, fieldDocKey } from '../../src/scenario/field-docs';
import { scenarioFileJsonSchema, scenarioFileJsonSchemaText } from '../../src/scenario/json-schema';
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

describe('descriptions of the scenario fields', () => {
  const schema = scenarioFileJsonSchema();

  it('describe every field of the format, with its unit or meaning', () => {
    const missing: string[] = [];
    eachProperty(schema, (path, property) => {
      if (typeof property.description !== 'string' || property.description.length < 5) missing.push(path);
    });
    expect(missing).toEqual([]);
  });

  it('have no text for a field the format does not have', () => {
    const paths: string[] = [];
    eachProperty(schema, (path) => paths.push(path));
    const used = new Set(paths.map(fieldDocKey));
    expect(Object.keys(FIELD_DOCS).filter((k) => !used.has(k))).toEqual([]);
  });

  it('say which fields a new market needs', () => {
    const markets = (schema.properties as Record<string, { description?: string }>).markets;
    expect(markets.description).toMatch(/New entries: code, name, language, currency, demand/);
  });
});
