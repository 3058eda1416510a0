import { expect, test } from './support/fixtures';

test.describe('GraphiQL at /graphql', () => {
  test('the first tab starts with its headers, and a reload adds no tab', async ({ page, requestLog }) => {
    await page.goto('/graphql');
    const tabs = page.locator('.graphiql-tab');
    await expect(tabs.first()).toBeVisible();
    const count = await tabs.count();
    // one tab per example of src/graphiql/examples.ts (five), no more; a reload must not add one
    expect(count).toBe(5);
    await page.getByRole('button', { name: 'Headers' }).click();
    await expect(page.locator('.graphiql-editor-tool').getByText('Authorization')).toBeVisible();
    await page.reload();
    await expect(tabs.first()).toBeVisible();
    expect(await tabs.count()).toBe(count);
    expect(requestLog.some((url) => url.includes('/graphiql/graphiql.js'))).toBe(true);
  });
});

test.describe('what the server answers at a path', () => {
  test('a console page reloads into the console; the API, GraphiQL and exports keep their own answers', async ({
    request,
  }) => {
    const html = { Accept: 'text/html' };
    const page = await request.get('/student/decide', { headers: html });
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(page.headers()['content-security-policy']).toContain("default-src 'self'");
    const graphiql = await request.get('/graphql', { headers: html });
    expect(await graphiql.text()).toContain('GraphiQL');
    const exportWithoutToken = await request.get('/games/nope/scoreboard.csv', { headers: html });
    expect(exportWithoutToken.status()).not.toBe(200);
    const missingAsset = await request.get('/assets/nope.js', { headers: { Accept: '*/*' } });
    expect(missingAsset.status()).toBe(404);
  });
});
