#!/usr/bin/env node
// The `sandbox` command line: runs the code built to dist/ by `npm run build`
// (it never compiles; a missing or stale build is refused with what to do).
const { join } = require('node:path');
const { distProblem } = require('./dist-freshness');
const root = join(__dirname, '..');
const problem = distProblem(root);
if (problem) {
  console.error(`sandbox: ${problem}`);
  process.exit(2);
}
// `serve` runs in production mode unless NODE_ENV says otherwise; it is read
// once, as the libraries load (graphql-js then skips its development checks)
if (process.argv[2] === 'serve' && !process.env.NODE_ENV) process.env.NODE_ENV = 'production';
// main() prints a failure itself and sets process.exitCode; a failed command
// exits at once, even if something it started (a half-started server) still holds the event loop
require(join(root, 'dist', 'cli', 'main.js'))
  .main(process.argv)
  .then(() => {
    if (process.exitCode) process.exit();
  });
