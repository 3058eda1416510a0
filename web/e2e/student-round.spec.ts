import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolation, keepScreenshot, openJoinLink, test } from './support/fixtures';
import { closeRound, createGameWithOpenRound } from './support/server';

/** The form of one module (the visible tab's region). */
const panel = (page: Page, module: string): Locator => page.getByRole('region', { name: module });

/** Opens an Ant Design select by its label inside a module's form and takes the first option. */
async function pickFirst(page: Page, module: string, label: string): Promise<void> {
  await panel(page, module).getByLabel(label, { exact: true }).first().click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

async function submitModule(page: Page, module: string): Promise<void> {
  const form = panel(page, module);
  await expect(form.getByText('Ready to submit')).toBeVisible();
  await form.getByRole('button', { name: `Submit ${module}` }).click();
  await expect(page.getByText(`${module} accepted: version 1`)).toBeVisible();
  await expect(form.getByText('Submitted v1')).toBeVisible();
}

test('a student plays a whole eu-launch round through the forms and reads the results', async ({
  page,
  request,
  requestLog,
}) => {
  const game = await createGameWithOpenRound(request, 'eu-launch');
  await openJoinLink(page, game.teamToken);
  await page.getByRole('menuitem', { name: 'Market' }).click();
  await expect(page.getByRole('heading', { name: 'Market' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /\$\d+\.\d\d/ }).first()).toBeVisible();
  await keepScreenshot(page, 'student-market');
  await expectNoSeriousA11yViolation(page);
  // the scoring rubric, readable before round 1: KPIs by their labels, thresholds in dollars and percent
  await page.getByRole('tab', { name: 'Scoring rubric' }).click();
  const ads = page.getByTestId('rubric-ADS');
  await expect(ads.getByText('Affiliate return')).toBeVisible();
  await expect(
    page
      .getByTestId('rubric-SELECTION')
      .getByRole('cell', { name: /^\$[\d,]+\.\d\d$/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByTestId('rubric-FULFILLMENT').getByRole('cell', { name: /%$/ }).first()).toBeVisible();
  await keepScreenshot(page, 'student-rubric');
  await page.getByRole('menuitem', { name: 'Decide' }).click();
  await expect(page.getByRole('heading', { name: 'Decide — round 1' })).toBeVisible();

  // SELECTION: one listing, product and title keyword picked from the lists (no id typed)
  await page.getByRole('button', { name: 'Add a listing' }).click();
  await pickFirst(page, 'Selection', 'Product');
  await pickFirst(page, 'Selection', 'Title keywords');
  await keepScreenshot(page, 'student-decide-selection');
  await submitModule(page, 'Selection');

  // OPERATIONS: a bad price shows an error at the field; fixed, the module is accepted
  await page.getByRole('tab', { name: 'Operations' }).click();
  await page.getByRole('button', { name: 'Add a price for every listing' }).click();
  const price = panel(page, 'Operations').getByLabel('List price');
  await price.fill('0');
  await price.blur();
  const priceError = panel(page, 'Operations').getByText(/expected number to be >=\$0\.01/);
  await expect(priceError).toBeVisible();
  await keepScreenshot(page, 'student-decide-price-error');
  await price.fill('19.99');
  await price.blur();
  await expect(priceError).toHaveCount(0);
  await page.getByRole('button', { name: 'Add a purchase' }).click();
  await pickFirst(page, 'Operations', 'Product');
  await submitModule(page, 'Operations');

  // ADS: a daily budget and one bid at the keyword's floor
  await page.getByRole('tab', { name: 'Ads' }).click();
  await panel(page, 'Ads').getByLabel('Daily ad budget').fill('5');
  await page.getByRole('button', { name: 'Add a bid' }).click();
  await pickFirst(page, 'Ads', 'Keyword');
  await submitModule(page, 'Ads');

  // FULFILLMENT: a lane for every market
  await page.getByRole('tab', { name: 'Fulfillment' }).click();
  for (const lane of await panel(page, 'Fulfillment')
    .getByLabel(/^Lane for /)
    .all()) {
    await lane.click();
    await page.keyboard.press('Enter');
  }
  await keepScreenshot(page, 'student-decide-fulfillment');
  await submitModule(page, 'Fulfillment');
  await expectNoSeriousA11yViolation(page);

  // the instructor closes the round through the API; the results page explains it
  await closeRound(request, game.gameId);
  await page.getByRole('menuitem', { name: 'Results' }).click();
  for (const m of ['SELECTION', 'OPERATIONS', 'ADS', 'FULFILLMENT'])
    await expect(page.getByTestId(`score-${m}`)).toBeVisible();
  // points by KPI label, with what would have gained the most
  await expect(page.getByTestId('score-SELECTION').getByText('Listing quality')).toBeVisible();
  await expect(
    page
      .getByTestId('gains-SELECTION')
      .getByText(/\(\+\d+\.\d points\)/)
      .first(),
  ).toBeVisible();
  await expect(page.getByTestId('chart').first().locator('svg')).toBeVisible();
  // the luck-adjusted total beside the realised one, the season grade on the board
  await expect(page.getByTestId('luck-total')).toContainText(/Luck-adjusted: \d+\.\d \(mean of 16 replays/);
  await expect(page.getByRole('columnheader', { name: 'Season grade' })).toBeVisible();
  // what if the first listing had been priced at $29.90? The server replays the round; nothing is stored
  await page.locator('#what-if-price-0').fill('29.90');
  await page.getByTestId('what-if-replay').click();
  const answer = page.getByTestId('what-if-answer');
  await expect(answer.getByRole('row', { name: /Total score/ })).toBeVisible();
  await expect(answer.getByRole('row', { name: /Cash at end/ })).toBeVisible();
  await keepScreenshot(page, 'student-results-en');
  await expectNoSeriousA11yViolation(page);

  await page.getByText('中文').click();
  await expect(page.getByRole('heading', { name: '结果', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '各模块得分' })).toBeVisible();
  await keepScreenshot(page, 'student-results-zh');
  expect(requestLog.filter((u) => u.endsWith('/graphql')).length).toBeGreaterThan(5);
});
