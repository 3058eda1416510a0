// Whether the compiled command line in dist/ can run: built at all, and not
// older than the TypeScript it was compiled from (in a source checkout).
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');

/** The newest compiled source file under `dir` (specs and test helpers are not compiled): its path and mtime. */
function newestSource(dir) {
  let newest = { path: null, mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'testing') continue;
      const inner = newestSource(path);
      if (inner.mtimeMs > newest.mtimeMs) newest = inner;
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
      const mtimeMs = statSync(path).mtimeMs;
      if (mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
    }
  }
  return newest;
}

/**
 * Null when `root`/dist/cli/main.js may run; otherwise why not, ending in
 * what to do. A package without src/ (installed, not a checkout) is never stale.
 */
function distProblem(root) {
  const entry = join(root, 'dist', 'cli', 'main.js');
  if (!existsSync(entry)) return `not built yet: run \`npm run build\` in ${root}`;
  const src = join(root, 'src');
  if (!existsSync(src)) return null;
  const newest = newestSource(src);
  if (newest.mtimeMs > statSync(entry).mtimeMs)
    return `dist/ is older than ${relative(root, newest.path)}: run \`npm run build\` in ${root} (the sandbox runs the built code)`;
  return null;
}

module.exports = { distProblem };
