import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SimulationResult } from '../../src/simulation/simulate-season';
import { runCliJson } from '../support/run-cli';
import { tempDir } from '../support/test-server';

const TUTORIAL = readFileSync(join(__dirname, '..', '..', 'scenarios', 'tutorial.yaml'), 'utf8');

/** The bundled tutorial under another id (and optionally another seed): a scenario only a file knows. */
function variant(id: string, seed = 20241111): string {
  return TUTORIAL.replace(/^id: tutorial$/m, `id: ${id}`).replace(/^seed: \d+$/m, `seed: ${seed}`);
}

type ImportLine = {
  file: string;
  ok: boolean;
  scenario?: string;
  created?: boolean;
  errorCode?: string;
  message?: string;
  errors?: { line: number; path: string }[];
};

describe('files first: scenario import, simulate and check take a file or a stored id (e2e)', () => {
  const tmp = tempDir('sandbox-files-');
  const db = ['--database', `sqlite:${join(tmp.dir, 'files.sqlite')}`];
  const file = (name: string, text: string): string => {
    const path = join(tmp.dir, name);
    writeFileSync(path, text);
    return path;
  };
  afterAll(() => tmp.cleanup());

  it('imports a file once, refuses a changed file of the same version and an invalid one, storing nothing', async () => {
    const good = file('mine.yaml', variant('cli-mine'));
    const first = await runCliJson<ImportLine[]>(['scenario', 'import', good, ...db]);
    expect([first.exitCode, first.value[0]]).toEqual([
      0,
      expect.objectContaining({ scenario: 'cli-mine@2', created: true }),
    ]);
    const again = await runCliJson<ImportLine[]>(['scenario', 'import', good, ...db]);
    expect(again.value[0]).toMatchObject({ ok: true, created: false });

    const changed = file('changed.yaml', variant('cli-mine', 99));
    const broken = file('broken.yaml', variant('cli-broken').replace(/^ {2}count: 4$/m, '  count: -4'));
    const both = await runCliJson<ImportLine[]>(['scenario', 'import', changed, broken, ...db]);
    expect(both.exitCode).toBe(1);
    expect(both.value.map((l) => [l.ok, l.errorCode])).toEqual([
      [false, 'VERSION_CONFLICT'],
      [false, 'SCENARIO_INVALID'],
    ]);
    const errors = both.value[1].errors ?? [];
    expect(errors[0]).toMatchObject({ line: 11, path: 'rounds.count' });

    // the stored version is still the first one, and the broken id was never stored
    const sim = await runCliJson<SimulationResult>(['simulate', '--scenario', 'cli-mine', '--rounds', '1', ...db]);
    expect(sim.value).toMatchObject({ scenario: 'cli-mine@2', seed: 20241111, rounds: 1 });
    const none = await runCliJson<{ error: { code: string; message: string } }>([
      'simulate',
      '--scenario',
      'cli-broken',
      ...db,
    ]);
    expect(none.value.error.code).toBe('SCENARIO_NOT_FOUND');
    expect(none.value.error.message).toMatch(
      /neither a scenario file .* nor a stored scenario id \(stored: .*cli-mine/,
    );
  });

  it('simulates a file (imported first) exactly as its stored id', async () => {
    const path = file('season.yaml', variant('cli-season', 5));
    const fromFile = await runCliJson<SimulationResult>(['simulate', '--scenario', path, '--rounds', '2', ...db]);
    expect(fromFile.value).toMatchObject({ scenario: 'cli-season@2', seed: 5, rounds: 2 });
    const fromId = await runCliJson<SimulationResult>(['simulate', '--scenario', 'cli-season', '--rounds', '2', ...db]);
    expect(fromId.value.finalHash).toBe(fromFile.value.finalHash);
  });

  it('checks a file and a stored id to the same report; an unknown one is named both ways', async () => {
    const path = file('check.yaml', variant('cli-check'));
    const args = ['--seeds', '1', '--bots', 'COST_PLUS,RANDOM', ...db];
    const fromFile = await runCliJson<Record<string, unknown>>(['scenario', 'check', path, ...args]);
    expect(fromFile.exitCode).toBe(0);
    await runCliJson(['scenario', 'import', path, ...db]);
    const fromId = await runCliJson<Record<string, unknown>>(['scenario', 'check', 'cli-check', ...args]);
    expect(fromId.value).toEqual(fromFile.value);
    const upsideDown = join(__dirname, '..', 'fixtures', 'scenarios', 'unbalanced', 'upside-down.yaml');
    const failing = await runCliJson<{ skillShare: { passed: boolean; reasons: string[] } }>([
      'scenario',
      'check',
      upsideDown,
      ...args,
    ]);
    expect(failing.exitCode).toBe(1);
    expect(failing.value.skillShare.passed).toBe(false);
    expect(failing.value.skillShare.reasons.join(' ')).toMatch(/DUMPING pays/);
    const unknown = await runCliJson<{ error: { message: string } }>(['scenario', 'check', 'no-such.yaml', ...args]);
    expect(unknown.exitCode).toBe(1);
    expect(unknown.value.error.message).toMatch(
      /"no-such\.yaml" is neither a scenario file \(nothing at .*no-such\.yaml\)/,
    );
  });
});
