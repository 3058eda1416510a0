import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runWorkerTask } from '../src/common/worker-task';
import {
  parseToRecord,
  type ScenarioParseInput,
  type ScenarioRecordResult,
} from '../src/scenario/scenario-parse-worker';
import { loadSeedData, scenarioContentHash, parseScenarioSource } from '../src/scenario/scenario-loader';

const ROOT = join(__dirname, '..');
const WORKER = join(ROOT, 'dist', 'scenario', 'scenario-parse-worker.js');
const SEEDS = join(ROOT, 'seeds');

const parseIn = (source: string, file: string) =>
  runWorkerTask<ScenarioParseInput, ScenarioRecordResult>(WORKER, 'scenario-parse', {
    source,
    format: 'yaml',
    file,
    seedsDir: SEEDS,
  });

describe('scenario files parsed in a worker thread (built code)', () => {
  beforeAll(() => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build\` first (npm test does)`);
  });

  it('gives exactly what parsing on the main thread gives, for a valid file', async () => {
    const source = readFileSync(join(ROOT, 'scenarios', 'eu-launch.yaml'), 'utf8');
    const inWorker = await parseIn(source, 'eu-launch.yaml');
    expect(inWorker).toEqual(parseToRecord({ source, format: 'yaml', file: 'eu-launch.yaml' }, loadSeedData(SEEDS)));
    // the stored form carries the hash parseScenarioSource gives, of the same canonical text
    const direct = parseScenarioSource(source, 'yaml', 'eu-launch.yaml', loadSeedData(SEEDS));
    if (!inWorker.ok || !direct.ok) throw new Error('eu-launch.yaml should be valid');
    expect(inWorker.record.contentHash).toBe(direct.contentHash);
    expect(inWorker.record.contentHash).toBe(scenarioContentHash(JSON.parse(inWorker.record.content)));
    expect(inWorker.record).toMatchObject({ id: 'eu-launch', titleEn: direct.scenario.title.en });
  });

  it('and for a broken one: the same errors at the same lines and columns', async () => {
    const source =
      'id: broken\nversion: 1\nrounds: { count: 0 }\nproducts:\n  - { id: hos-cotton-crew-6, unitCostCents: 1 }\n';
    const inWorker = await parseIn(source, 'broken.yaml');
    expect(inWorker.ok).toBe(false);
    expect(inWorker).toEqual(parseScenarioSource(source, 'yaml', 'broken.yaml', loadSeedData(SEEDS)));
    expect(inWorker).toEqual(parseToRecord({ source, format: 'yaml', file: 'broken.yaml' }, loadSeedData(SEEDS)));
  });
});
