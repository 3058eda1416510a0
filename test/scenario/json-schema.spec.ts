import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioFileJsonSchema, scenarioFileJsonSchemaText } from '../../src/scenario/json-schema';
import { packageRoot } from '../../src/scenario/scenario-loader';

const schemaFile = join(packageRoot(), 'scenarios', 'scenario.schema.json');

type Node = Record<string, unknown>;

/**
 * Calls `visit` with every object property of a JSON Schema and its path:
 * `a.b` for a field, `[]` for list items, `*` for the values of a map.
 */
function eachProperty(node: unknown, visit: (path: string, property: Node) => void, path = ''): void {
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  for (const [key, child] of Object.entries((n.properties as Record<string, unknown>) ?? {})) {
    const p = path ? `${path}.${key}` : key;
    if (child && typeof child === 'object') visit(p, child as Node);
    eachProperty(child, visit, p);
  }
  if (n.items) eachProperty(n.items, visit, `${path}[]`);
  for (const k of ['anyOf', 'oneOf', 'allOf'])
    if (Array.isArray(n[k])) for (const alt of n[k] as unknown[]) eachProperty(alt, visit, path);
  if (n.additionalProperties && typeof n.additionalProperties === 'object')
    eachProperty(n.additionalProperties, visit, `${path}.*`);
}

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
  const properties = schema.properties as Record<string, { description?: string }>;

  it('describe every property of the format (the paths of any without are listed)', () => {
    const missing: string[] = [];
    eachProperty(schema, (path, property) => {
      if (typeof property.description !== 'string' || property.description.trim().length < 5) missing.push(path);
    });
    expect(missing).toEqual([]);
  });

  it('reach the walk: it sees the nested fields of every part of the format', () => {
    const paths: string[] = [];
    eachProperty(schema, (path) => paths.push(path));
    expect(paths).toEqual(
      expect.arrayContaining([
        'rounds.schedule[].event',
        'markets[].compliance.maxDiscountBps',
        'competitors[].listings[].bids',
        'logistics[].deliveryDays.mode',
        'model.quality.storefront.*.qualityBonus',
        'scoring.bands.ADS[].perDays',
        'policies.badges[].name.zh',
      ]),
    );
  });

  it.each([
    ['markets', 'code, name, language, currency, demand, trendPerRound, priceSensitivity, buyerProtectionDays'],
    ['categories', 'id, name, commissionBps, affiliateBandBps, nadRateBps'],
    [
      'products',
      'id, name, category, unitCostCents, referencePriceCents, weightGrams, dimensionsCm, leadTimeRounds, appeal, attributes, minOrderUnits',
    ],
    ['keywords', 'id, market, text, gloss, category, searchVolume, floorCpcCents, relevance'],
    ['competitors', 'id, name, market, rating, reviews, listings'],
  ])('say which fields a new entry of %s needs', (collection, fields) => {
    expect(properties[collection].description).toContain(`a new entry and needs: ${fields}.`);
  });

  it('give units: cents, basis points, fractions, days', () => {
    const text = JSON.stringify(schema);
    for (const unit of ['US cents', 'basis points', '0–1', 'days']) expect(text).toContain(unit);
  });
});
