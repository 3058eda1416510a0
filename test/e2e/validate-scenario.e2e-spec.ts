import { gqlOk, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

/** validateScenario checks a source as importScenario would and stores nothing. */
const VALIDATE = `query V($s: String!) { validateScenario(source: $s) { ok key errors { line column path message } warnings { line path message } } }`;
const SCENARIOS = '{ scenarios { key } }';
const SOURCE = `id: dry-run
version: 1
title: { en: Dry run, zh: 试运行 }
seed: 1
rounds: { count: 2, days: 7, schedule: [ { number: 1, season: 1, event: 1, modules: [SELECTION] } ] }
include: { markets: [ES], categories: [hosiery] }
products:
  - { id: hos-cotton-crew-5, unitCostCents: 5000 }
`;

interface Validation {
  validateScenario: {
    ok: boolean;
    key: string | null;
    errors: { line: number; column: number; path: string; message: string }[];
    warnings: { line: number; path: string; message: string }[];
  };
}

describe('validateScenario (e2e)', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.stop());

  it('answers errors and warnings at their lines and stores nothing', async () => {
    const before = await gqlOk<{ scenarios: { key: string }[] }>(srv.url, SCENARIOS, {}, INSTRUCTOR);
    const good = await gqlOk<Validation>(srv.url, VALIDATE, { s: SOURCE }, INSTRUCTOR);
    expect(good.validateScenario).toMatchObject({ ok: true, key: 'dry-run@1', errors: [] });
    expect(good.validateScenario.warnings).toEqual([
      expect.objectContaining({ line: 8, path: 'products[0].unitCostCents' }),
    ]);
    const bad = await gqlOk<Validation>(srv.url, VALIDATE, { s: SOURCE.replace('seed: 1', 'seed: -1') }, INSTRUCTOR);
    expect(bad.validateScenario).toMatchObject({ ok: false, key: null });
    expect(bad.validateScenario.errors).toEqual([expect.objectContaining({ line: 4, path: 'seed' })]);
    const after = await gqlOk<{ scenarios: { key: string }[] }>(srv.url, SCENARIOS, {}, INSTRUCTOR);
    expect(after.scenarios).toEqual(before.scenarios);
  });
});
