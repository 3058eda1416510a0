import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * `sandbox bench --json` end to end with a short, small HTTP load: every key
 * is printed, and every answered submission was stored. Timings are printed
 * by the command, never asserted here (this machine's speed varies).
 */
const ROOT = join(__dirname, '..');
const run = promisify(execFile);

describe('sandbox bench --json', () => {
  let result: Record<string, unknown>;

  beforeAll(async () => {
    const { stdout } = await run(
      process.execPath,
      [
        join(ROOT, 'bin', 'sandbox.js'),
        'bench',
        '--json',
        '--seconds',
        '1',
        '--warm-up',
        '1',
        '--connections',
        '8',
        '--teams',
        '8',
      ],
      { cwd: ROOT, maxBuffer: 1 << 20, timeout: 240_000 },
    );
    result = JSON.parse(stdout) as Record<string, unknown>;
  }, 250_000);

  it('prints every key of the issue with a number', () => {
    for (const key of [
      'round100Ms',
      'round1000Ms',
      'scaling',
      'rssMb',
      'trivialRps',
      'submitRps',
      'submitVsTrivial',
      'submitP99Ms',
      'export1000x8Ms',
    ]) {
      expect({ key, type: typeof result[key] }).toEqual({ key, type: 'number' });
      expect(result[key] as number).toBeGreaterThan(0);
    }
    expect(result.listings1000).toBe(20_000);
    expect(result.scaling).toBeCloseTo((result.round1000Ms as number) / (result.round100Ms as number), 1);
    expect(Array.isArray(result.missed)).toBe(true);
    expect(result.serverNodeArgs).toEqual(expect.arrayContaining(['--max-semi-space-size=64']));
  });

  it('stores every submission it answered, with no error answers', () => {
    expect(result.submitNon2xx).toBe(0);
    const answered = result.submitRequests as number;
    expect(answered).toBeGreaterThan(0);
    // answered ones were stored before their answer; the load stops with at most one request in flight per connection
    expect(result.submitStored as number).toBeGreaterThanOrEqual(answered);
    expect(result.submitStored as number).toBeLessThanOrEqual(answered + 8);
  });

  it('refuses a bad option with its name', async () => {
    await expect(
      run(process.execPath, [join(ROOT, 'bin', 'sandbox.js'), 'bench', '--seconds', 'abc'], { cwd: ROOT }),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('--seconds must be a whole number of at least 1, got "abc"'),
    });
  });
});
