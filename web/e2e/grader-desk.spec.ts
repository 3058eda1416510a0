import ExcelJS from 'exceljs';
import { expect, expectNoSeriousA11yViolation, keepScreenshot, openJoinLink, test } from './support/fixtures';
import { gql } from './support/server';

/** A played round: two silent teams and two bots, round 1 closed; the grader's token. */
async function playedGame(request: Parameters<typeof gql>[0]): Promise<{ gameId: string; graderToken: string }> {
  const created = await gql<{ createGame: { game: { id: string }; graderToken: string } }>(
    request,
    `mutation ($input: CreateGameInput!) { createGame(input: $input) { game { id } graderToken } }`,
    {
      input: {
        name: `grader desk ${Date.now()}`,
        scenarioId: 'eu-launch',
        seed: 5,
        teams: ['Aurora', 'Borealis'],
        bots: [
          { strategy: 'ADAPTIVE', name: 'Bot Adaptive' },
          { strategy: 'VOLUME', name: 'Bot Volume' },
        ],
      },
    },
  );
  const gameId = created.createGame.game.id;
  await gql(request, `mutation ($g: ID!) { openRound(gameId: $g) { __typename } }`, { g: gameId });
  await gql(request, `mutation ($g: ID!) { closeRound(gameId: $g) { __typename } }`, { g: gameId });
  return { gameId, graderToken: created.createGame.graderToken };
}

test('a grader reads the board, a team’s points, downloads the XLSX and presents the ranking', async ({
  page,
  request,
  requestLog,
}) => {
  const { graderToken } = await playedGame(request);
  await openJoinLink(page, graderToken);
  await expect(page.getByRole('heading', { name: /Scoreboard/ })).toBeVisible();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(4);
  await expect(page.getByRole('columnheader', { name: 'Luck-adjusted grade' })).toBeVisible();
  await keepScreenshot(page, 'grader-scoreboard-en');
  await expectNoSeriousA11yViolation(page);

  // a team's points, each with its KPI label, value, band and points
  await page.getByRole('button', { name: /Bot Adaptive/ }).click();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer.getByTestId('points-SELECTION').getByText('Listing quality')).toBeVisible();
  await keepScreenshot(page, 'grader-points');
  await drawer.getByRole('button', { name: 'Close' }).click();

  // the XLSX through the browser: fetched with the token in a header, saved as a file
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-xlsx').click()]);
  expect(download.suggestedFilename()).toMatch(/^scoreboard-.+\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Round 1 第1轮']));
  expect(requestLog.some((u) => /token=/.test(u))).toBe(false);
  // the "saved" notice covers the top bar for a few seconds: let it go before judging contrast there
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);

  // presenter: ranks revealed one at a time, from the last place up
  await page.getByRole('menuitem', { name: 'Presenter' }).click();
  await expect(page.getByTestId('hidden-rank')).toHaveCount(4);
  // the last closed round in numbers, no team named before the reveal
  const summary = page.getByTestId('round-summary');
  await expect(summary.getByRole('heading', { name: /^Round \d+ in numbers$/ })).toBeVisible();
  await expect(summary).toContainText('shoppers');
  await expect(summary).toContainText('Class average: total');
  await expect(summary).not.toContainText('T01');
  await page.getByRole('button', { name: 'Reveal next rank' }).click();
  await expect(page.getByTestId('revealed-rank')).toHaveCount(1);
  await expect(page.getByTestId('presenter-board').locator('li').last()).toHaveAttribute(
    'data-testid',
    'revealed-rank',
  );
  await page.getByRole('button', { name: 'Reveal all' }).click();
  await expect(page.getByTestId('revealed-rank')).toHaveCount(4);
  await keepScreenshot(page, 'grader-presenter');
  await expectNoSeriousA11yViolation(page);

  await page.getByText('中文').click();
  await page.getByRole('menuitem', { name: '成绩榜' }).click();
  await expect(page.getByRole('heading', { name: /成绩榜/ })).toBeVisible();
  await keepScreenshot(page, 'grader-scoreboard-zh');
});
