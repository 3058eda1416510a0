import { expect, expectNoSeriousA11yViolation, keepScreenshot, openJoinLink, test } from './support/fixtures';
import { gql, INSTRUCTOR_TOKEN } from './support/server';

const BROKEN = `id: browser-class
version: 1
title: { en: Browser class, zh: 浏览器课堂 }
seed: 77
rounds: { count: 2, days: 7, schedule: [ { number: 1, season: 1, event: 1, modules: [SELECTION] } ] }
include: { markets: [ES], categories: [hosiery] }
policies: { startingCashCents: -5 }
`;

test('an instructor imports a scenario, creates a game, hands out tokens and runs a round from the cockpit', async ({
  page,
  request,
  requestLog,
}) => {
  await openJoinLink(page, INSTRUCTOR_TOKEN);
  await page.getByRole('menuitem', { name: 'Scenarios' }).click();
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();

  // a mistake is shown at its line, with the line itself; fixed, the scenario is stored
  await page.getByLabel('Scenario source').fill(BROKEN);
  await page.getByRole('button', { name: 'Validate only' }).click();
  const errors = page.getByTestId('scenario-errors');
  await expect(errors.getByText(/line 7, column \d+ · policies\.startingCashCents/)).toBeVisible();
  await keepScreenshot(page, 'instructor-scenario-error');
  await page.getByLabel('Scenario source').fill(BROKEN.replace('startingCashCents: -5', 'startingCashCents: 300000'));
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText(/Stored browser-class@1|already stored/)).toBeVisible();

  // a game of four teams, then its token sheet (join links and QR codes, shown once)
  await page.getByRole('menuitem', { name: 'Games' }).click();
  await page.getByLabel('Scenario').click();
  await page.getByTitle(/browser-class@1/).click();
  await page.getByLabel('Game name').fill(`Class ${Date.now()}`);
  await page.getByLabel('Team names, one per line').fill('Red\nGreen\nBlue\nGold');
  // deadline policy: rounds opened without a deadline close two hours later
  await page.getByLabel('Round length (minutes)').fill('120');
  await page.getByRole('button', { name: 'Create the game' }).click();
  const sheet = page.getByTestId('token-sheet');
  await expect(sheet.getByTestId('join-link')).toHaveCount(5);
  await expect(sheet.getByRole('img', { name: /QR code T01 Red/ })).toBeVisible();
  await keepScreenshot(page, 'instructor-token-sheet');
  const links = await sheet.getByTestId('join-link').allTextContents();
  const tokenOf = (i: number) => decodeURIComponent(links[i].split('#token=')[1] ?? '');
  await page.getByRole('button', { name: 'Done: go to the cockpit' }).click();

  // the cockpit: open round 1, two teams submit, their cells change without a reload, close the round
  await expect(page.getByRole('heading', { name: /Cockpit/ })).toBeVisible();
  // a new grader token: every earlier one revoked, the new join link shown once
  await page.getByRole('button', { name: 'New grader token (revokes the old)' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'OK', exact: true }).click();
  // the confirmation fades out while the link appears: click the dialog's own OK, never the fading one again
  const shown = page.locator('.ant-modal-confirm');
  await expect(shown.locator('.ant-modal-confirm-content')).toContainText('#token=grd_');
  await expect(page.locator('.ant-popconfirm:visible')).toHaveCount(0);
  await shown.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(shown).toHaveCount(0);
  // each token's state, never its secret: the new grader token and every team's are live; a revoked one says so
  await expect(page.getByTestId('grader-token').getByTestId('token-state')).toHaveText('live');
  const grid = page.getByTestId('cockpit-grid');
  await expect(grid.getByTestId('token-state')).toHaveText(['live', 'live', 'live', 'live']);
  const gold = grid.locator('tr', { hasText: 'T04 Gold' });
  await gold.getByRole('button', { name: 'Revoke' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'OK', exact: true }).click();
  await expect(gold.getByTestId('token-state')).toHaveText('revoked');
  // a bot seat, before round 1
  await page.getByTestId('add-bot').click();
  await expect(page.getByTestId('cockpit-grid').locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(5);
  await page.getByRole('button', { name: 'Open round 1' }).click();
  await expect(page.getByTestId('round-status')).toHaveText('OPEN');
  await expect(page.getByTestId('round-policy')).toContainText('close 120 minutes later');
  await expect(page.getByText('no deadline')).toHaveCount(0);
  const facts = await gql<{ scenario: { products: { id: string }[]; keywords: { id: string; market: string }[] } }>(
    request,
    'query { scenario(id: "browser-class") { products { id } keywords { id market } } }',
  );
  for (const i of [0, 1]) {
    const team = await gql<{ me: { gameId: string } }>(request, '{ me { gameId } }', {}, tokenOf(i));
    expect(team.me.gameId).toBeTruthy();
    await gql(
      request,
      `mutation ($input: SubmitDecisionsInput!) { submitDecisions(input: $input) { __typename } }`,
      {
        input: {
          selection: {
            storefront: 'BASIC',
            listings: [
              {
                product: facts.scenario.products[0].id,
                market: 'ES',
                titleKeywords: [facts.scenario.keywords[0].id],
                language: 'es',
                images: 5,
                attributesFilled: 5,
              },
            ],
          },
        },
      },
      tokenOf(i),
    );
  }
  await expect(page.getByTestId('cell-T01-SELECTION')).toHaveText('v1');
  await expect(page.getByTestId('cell-T02-SELECTION')).toHaveText('v1');
  await expect(page.getByTestId('cell-T03-SELECTION')).toHaveText('—');
  await keepScreenshot(page, 'instructor-cockpit');
  await expectNoSeriousA11yViolation(page);
  await page.getByRole('button', { name: 'Close round 1' }).click();
  await expect(page.getByText('2 of 4 teams have not submitted every open module.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(page.getByTestId('round-status')).toHaveText('CLOSED');
  // the class after the close: every team's module scores and the market's aggregates
  const classView = page.getByTestId('class-view');
  await expect(classView.getByTestId('chart').locator('svg')).toBeVisible();
  await expect(classView.getByRole('cell', { name: 'ES', exact: true })).toBeVisible();
  await keepScreenshot(page, 'instructor-class-view');
  await expectNoSeriousA11yViolation(page);
  // the audit log: the close on top, the two teams' submissions, the opening, the game's creation
  const audit = page.getByTestId('audit-log');
  await expect(audit.locator('tbody tr.ant-table-row').first()).toContainText('Round closed');
  await expect(audit.getByRole('cell', { name: 'Team T02' })).toBeVisible();
  await expect(audit.getByText('modules: SELECTION v1 · round: 1').first()).toBeVisible();
  await expect(audit.getByText('Game created')).toBeVisible();

  // the board of the game, from the cockpit
  await page.getByRole('button', { name: 'Scoreboard' }).click();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(5);
  // (the requestLog fixture fails the spec if any request left the server)
  expect(requestLog.length).toBeGreaterThan(0);

  await page.getByText('中文').click();
  await page.getByRole('menuitem', { name: '对局' }).click();
  await expect(page.getByRole('heading', { name: '对局', exact: true })).toBeVisible();
  await keepScreenshot(page, 'instructor-games-zh');
});
