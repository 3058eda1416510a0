import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSER_PORT, INSTRUCTOR_TOKEN } from './e2e/support/server';

/**
 * Browser specs of the console: the built server on a fresh sqlite file, driven through Debian's chromium
 * (Playwright downloads no browser; CHROMIUM_PATH overrides the path). One worker: the specs share a game.
 */
const database = join(mkdtempSync(join(tmpdir(), 'sandbox-browser-')), 'sandbox.sqlite');

export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results/browser',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${BROWSER_PORT}`,
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node ../bin/sandbox.js serve --port ${BROWSER_PORT}`,
    url: `http://127.0.0.1:${BROWSER_PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: `sqlite:${database}`,
      SANDBOX_INSTRUCTOR_TOKEN: INSTRUCTOR_TOKEN,
      NODE_ENV: 'production',
    },
  },
});
