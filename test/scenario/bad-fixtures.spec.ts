import { join } from 'node:path';
import { loadScenarioFile, loadSeedData } from '../../src/scenario/scenario-loader';
import type { ScenarioIssue } from '../../src/scenario/scenario-issue';

const dir = join(__dirname, '..', 'fixtures', 'scenarios', 'bad');
const seeds = loadSeedData();

interface Expected {
  fixture: string;
  path: string;
  line: number;
  column?: number;
  message: RegExp;
}

const cases: Expected[] = [
  { fixture: 'yaml-syntax.yaml', path: '', line: 4, column: 1, message: /^YAML syntax error: Flow map/ },
  { fixture: 'json-syntax.json', path: '', line: 5, column: 1, message: /^JSON syntax error: trailing comma/ },
  { fixture: 'wrong-type.yaml', path: 'seed', line: 4, column: 7, message: /expected number, received string/ },
  { fixture: 'wrong-type.json', path: 'version', line: 3, column: 14, message: /expected number, received string/ },
  { fixture: 'not-a-mapping.yaml', path: '', line: 1, column: 1, message: /must hold a mapping/ },
  { fixture: 'out-of-range.yaml', path: 'products[0].unitCostCents', line: 9, column: 20, message: />=1/ },
  { fixture: 'duplicate-id.yaml', path: 'categories[1].id', line: 9, column: 11, message: /duplicate id "toys"/ },
  {
    fixture: 'unknown-product-in-keyword.yaml',
    path: 'keywords[0].relevance.no-such-product',
    line: 17,
    column: 7,
    message: /unknown product "no-such-product"/,
  },
  {
    fixture: 'market-without-lane.yaml',
    path: 'markets[0].code',
    line: 6,
    column: 22,
    message: /in seed market "PL".*no carrier lane/,
  },
  { fixture: 'weights-not-1.yaml', path: 'scoring.weights', line: 9, column: 5, message: /add up to 1.25, not 1/ },
  {
    fixture: 'band-points-not-100.yaml',
    path: 'scoring.bands.ADS',
    line: 10,
    column: 7,
    message: /add up to 90, not 100/,
  },
  {
    fixture: 'bad-days-order.yaml',
    path: 'logistics[0].deliveryDays',
    line: 9,
    column: 19,
    message: /min <= mode <= max/,
  },
  { fixture: 'unknown-include.yaml', path: 'include.markets[1]', line: 7, column: 17, message: /unknown market "XX"/ },
  { fixture: 'unknown-field.yaml', path: 'colour', line: 7, column: 1, message: /unknown field "colour"/ },
  { fixture: 'unknown-field.yaml', path: 'products[0].weight', line: 10, column: 5, message: /unknown field "weight"/ },
  {
    fixture: 'unknown-override.yaml',
    path: 'products[0].id',
    line: 8,
    column: 11,
    message: /^unknown product "hos-cotton-crew-6" \(did you mean "hos-cotton-crew-5"\?\); a new product needs: name, /,
  },
  {
    fixture: 'missing-field.yaml',
    path: 'products[0].unitCostCents',
    line: 8,
    column: 5,
    message: /missing required field "unitCostCents"/,
  },
  {
    fixture: 'product-unknown-category.yaml',
    path: 'products[0].category',
    line: 8,
    column: 62,
    message: /unknown category "toys"/,
  },
  {
    fixture: 'competitor-bid-unknown-keyword.yaml',
    path: 'competitors[0].listings[0].bids.pl-nope',
    line: 19,
    column: 34,
    message: /unknown keyword "pl-nope"/,
  },
  {
    fixture: 'competitor-unknown-product.yaml',
    path: 'competitors[0].listings[0].product',
    line: 14,
    column: 20,
    message: /unknown product "sho-running"/,
  },
  {
    fixture: 'logistics-unknown-market.yaml',
    path: 'logistics[0].market',
    line: 8,
    column: 32,
    message: /unknown market "DE"/,
  },
  {
    fixture: 'schedule-rounds.yaml',
    path: 'rounds.schedule[1].number',
    line: 10,
    column: 17,
    message: /scheduled twice/,
  },
  {
    fixture: 'schedule-rounds.yaml',
    path: 'rounds.schedule[2].number',
    line: 11,
    column: 17,
    message: /beyond rounds.count \(2\)/,
  },
  {
    fixture: 'badge-after-rounds.yaml',
    path: 'policies.badges[0].afterRound',
    line: 9,
    column: 77,
    message: /beyond rounds.count/,
  },
  {
    fixture: 'unknown-kpi.yaml',
    path: 'scoring.bands.FULFILLMENT[0].kpi',
    line: 10,
    column: 16,
    message: /unknown KPI "speed" for FULFILLMENT/,
  },
  {
    fixture: 'affiliate-band-order.yaml',
    path: 'categories[0].affiliateBandBps',
    line: 9,
    column: 23,
    message: /min \(900\) is above max \(300\)/,
  },
  {
    fixture: 'demand-unknown-category.yaml',
    path: 'markets[0].demand.toys',
    line: 9,
    column: 15,
    message: /unknown category "toys"/,
  },
  { fixture: 'remove-unknown.yaml', path: 'products[0].id', line: 8, column: 11, message: /nothing to remove/ },
];

function errorsOf(fixture: string): ScenarioIssue[] {
  const result = loadScenarioFile(join(dir, fixture), undefined, seeds);
  if (result.ok) throw new Error(`${fixture} loaded although it is broken`);
  return result.errors;
}

describe('broken scenario fixtures', () => {
  it.each(cases)('$fixture reports $path at line $line', ({ fixture, path, line, column, message }) => {
    const errors = errorsOf(fixture);
    const hit = errors.find((e) => e.path === path && message.test(e.message));
    expect(hit).toEqual(expect.objectContaining({ file: join(dir, fixture), line, ...(column ? { column } : {}) }));
  });

  it('reports nothing but the planted problem in one-problem fixtures', () => {
    for (const fixture of [
      'duplicate-id.yaml',
      'bad-days-order.yaml',
      'unknown-kpi.yaml',
      'out-of-range.yaml',
      'missing-field.yaml',
      'unknown-override.yaml',
    ]) {
      expect(errorsOf(fixture)).toHaveLength(1);
    }
  });

  it('reports every problem of a file at once', () => {
    expect(errorsOf('unknown-field.yaml')).toHaveLength(2);
    expect(errorsOf('schedule-rounds.yaml')).toHaveLength(2);
  });
});
