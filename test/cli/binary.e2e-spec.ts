import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/test-server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { distProblem } = require('../../bin/dist-freshness') as { distProblem: (root: string) => string | null };

const ROOT = join(__dirname, '..', '..');

describe('the sandbox binary runs the built code, never compiling', () => {
  const tmp = tempDir('sandbox-bin-');
  afterAll(() => tmp.cleanup());

  it('names a missing build and a build older than its sources, and accepts a fresh one', () => {
    const root = join(tmp.dir, 'pkg');
    mkdirSync(join(root, 'src', 'cli'), { recursive: true });
    writeFileSync(join(root, 'src', 'cli', 'main.ts'), '');
    expect(distProblem(root)).toMatch(/not built yet: run `npm run build`/);
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    writeFileSync(join(root, 'dist', 'cli', 'main.js'), '');
    const built = new Date('2030-01-01T00:00:00Z');
    utimesSync(join(root, 'dist', 'cli', 'main.js'), built, built);
    utimesSync(join(root, 'src', 'cli', 'main.ts'), new Date('2029-12-31T00:00:00Z'), new Date('2029-12-31T00:00:00Z'));
    expect(distProblem(root)).toBeNull();
    // a spec changed after the build does not matter (it is not compiled); a source file does
    writeFileSync(join(root, 'src', 'cli', 'main.spec.ts'), '');
    utimesSync(
      join(root, 'src', 'cli', 'main.spec.ts'),
      new Date('2031-01-01T00:00:00Z'),
      new Date('2031-01-01T00:00:00Z'),
    );
    expect(distProblem(root)).toBeNull();
    mkdirSync(join(root, 'src', 'game'));
    writeFileSync(join(root, 'src', 'game', 'new-rule.ts'), '');
    utimesSync(
      join(root, 'src', 'game', 'new-rule.ts'),
      new Date('2031-01-01T00:00:00Z'),
      new Date('2031-01-01T00:00:00Z'),
    );
    expect(distProblem(root)).toMatch(/dist\/ is older than src\/game\/new-rule\.ts: run `npm run build`/);
  });

  it('prints clean JSON on stdout, or refuses a stale build with exit code 2 and what to do', () => {
    const problem = distProblem(ROOT);
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'sandbox.js'), 'game', 'list', '--json'], {
      env: { ...process.env, DATABASE_URL: `sqlite:${join(tmp.dir, 'bin.sqlite')}` },
      encoding: 'utf8',
    });
    if (problem) {
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('run `npm run build`');
      return;
    }
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('npm run sandbox no longer compiles first', () => {
    const pkg = JSON.parse(
      execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: ROOT, encoding: 'utf8' }),
    );
    expect(pkg.scripts.sandbox).toBe('node bin/sandbox.js');
  });
});
