import { describe, it } from 'vitest';
import { DEMO, browserSuite, login, newPage, snap } from './harness';

const suite = browserSuite();

describe('individual and customer portals', () => {
  for (const [who, account, path, portal] of [
    ['an individual', DEMO.individual, '/individual', 'Individual portal'],
    ['a customer', DEMO.customer, '/customer', 'Customer portal'],
  ] as const) {
    it(`${who} signs in to a small portal of their own, opens My account and logs out`, async () => {
      const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
      try {
        await login(page, account.email, account.password);
        await page.waitForURL(`**${path}`);
        const header = page.locator('header');
        await header.getByText(portal).waitFor();
        await header.getByText(account.email).waitFor();
        await snap(page, `${path.slice(1)}-home`);

        // The partner console is not theirs.
        await page.goto('/partner');
        await page.waitForURL(`**${path}`);

        await page.getByRole('button', { name: account.email }).click();
        await page.getByRole('menuitem', { name: 'My account' }).click();
        await page.waitForURL(`**${path}/account`);
        await page.getByRole('heading', { name: 'My account', level: 1 }).waitFor();

        await page.getByRole('button', { name: account.email }).click();
        await page.getByRole('menuitem', { name: 'Log out' }).click();
        await page.waitForURL('**/login');
      } finally {
        await context.close();
      }
    });
  }
});
