#!/usr/bin/env node
// The `sandbox` command line (built to dist/ by `npm run build`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const entry = join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  console.error('sandbox: not built yet — run `npm run build` (or `npm start`) in ' + join(__dirname, '..'));
  process.exit(2);
}
// `serve` runs in production mode unless NODE_ENV says otherwise; it is read
// once, as the libraries load (graphql-js then skips its development checks)
if (process.argv[2] === 'serve' && !process.env.NODE_ENV) process.env.NODE_ENV = 'production';
require(entry)
  .main(process.argv)
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
