import { expect, expectNoSeriousA11yViolation, keepScreenshot, openJoinLink, test } from './support/fixtures';
import { createGameWithOpenRound } from './support/server';

test.describe('signing in', () => {
  test('a join link signs a team in, keeps the token out of the address bar, and the console switches to Chinese', async ({
    page,
    request,
    requestLog,
  }) => {
    const game = await createGameWithOpenRound(request, 'eu-launch');
    await openJoinLink(page, game.teamToken);
    await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible();
    await expect(page.getByText(game.teamName)).toBeVisible();
    await expect(page.getByText('Round 1 of')).toBeVisible();
    expect(page.url()).not.toContain('token');
    expect(await page.evaluate(() => window.sessionStorage.getItem('sandbox.token'))).toBe(game.teamToken);
    await keepScreenshot(page, 'student-home-en');
    await expectNoSeriousA11yViolation(page);

    await page.getByText('中文').click();
    await expect(page.getByRole('heading', { name: '首页' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await keepScreenshot(page, 'student-home-zh');

    // a reload keeps the session and the language
    await page.reload();
    await expect(page.getByRole('heading', { name: '首页' })).toBeVisible();
    expect(requestLog.some((url) => url.endsWith('/graphql'))).toBe(true);
  });

  test('a wrong token is refused on the sign-in page with the reason', async ({ page, requestLog }) => {
    await page.goto('/');
    await page.getByLabel('Your token').fill('not-a-real-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('This token was not accepted')).toBeVisible();
    await keepScreenshot(page, 'sign-in-refused');
    await expectNoSeriousA11yViolation(page);
    expect(requestLog.length).toBeGreaterThan(0);
  });
});
