import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_PORT } from './server';

/** Where the specs keep a screenshot of every page they visit (kept after the run, replaced by the next). */
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

const SERVER_ORIGIN = `http://127.0.0.1:${BROWSER_PORT}`;

/**
 * `page` with a request log: every request the page makes is recorded, and after the spec each one must have
 * gone to the sandbox server itself (HTTP or WebSocket) — no CDN, no web font, nothing leaves the server.
 */
export const test = base.extend<{ requestLog: string[] }>({
  requestLog: async ({ page }, use) => {
    const log: string[] = [];
    page.on('request', (req) => log.push(req.url()));
    page.on('websocket', (ws) => log.push(ws.url()));
    await use(log);
    const outside = log.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return false;
      const { host } = new URL(url);
      return host !== new URL(SERVER_ORIGIN).host;
    });
    expect(log.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  },
});

export { expect };

/** Saves a full-page screenshot under test-results/screenshots/<name>.png. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Runs axe-core on the page and fails on any serious or critical violation (listed by rule and element). */
export async function expectNoSeriousA11yViolation(page: Page): Promise<void> {
  // measured at rest: the pointer off every element and transitions finished, so nothing is judged in its
  // hover colours or half-way through a highlight
  await page.mouse.move(0, 0);
  const still = await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
  const result = await new AxeBuilder({ page }).analyze();
  await still.evaluate((el) => (el as Element).remove());
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  expect(serious).toEqual([]);
}

/** Opens a join link as the instructor's token sheet gives it: the console at `/` with the token in the fragment. */
export async function openJoinLink(page: Page, token: string): Promise<void> {
  await page.goto(`/#token=${encodeURIComponent(token)}`);
}
