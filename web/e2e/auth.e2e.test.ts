import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { DEMO, browserSuite, login, newPage, snap } from './harness';

const suite = browserSuite();

describe('signing in and out', () => {
  it('a partner admin sees the partner shell, opens My account and logs out', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, DEMO.partnerAdmin.email, DEMO.partnerAdmin.password);
      await page.waitForURL('**/partner');
      const header = page.locator('header');
      await header.getByText('Partner Center', { exact: true }).waitFor();
      await header.getByText(DEMO.partnerAdmin.company).waitFor();
      await header.getByText(DEMO.partnerAdmin.email).waitFor();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await snap(page, 'partner-home');

      await page.getByRole('button', { name: DEMO.partnerAdmin.email }).click();
      await page.getByRole('menuitem', { name: 'My account' }).click();
      await page.waitForURL('**/partner/account');
      await page.getByRole('heading', { name: 'My account', level: 1 }).waitFor();
      await page.getByLabel('Current password').waitFor();
      expect(await page.getByText(DEMO.partnerAdmin.company).count()).toBeGreaterThan(0);
      await snap(page, 'partner-account');

      await page.getByRole('button', { name: DEMO.partnerAdmin.email }).click();
      await page.getByRole('menuitem', { name: 'Log out' }).click();
      await page.waitForURL('**/login');
      await page.getByRole('button', { name: 'Sign in' }).waitFor();

      // The session is gone: a deep link sends us back to the login page.
      await page.goto('/partner/account');
      await page.waitForURL('**/login**');
    } finally {
      await context.close();
    }
  });

  it('an operator sees the operations shell, opens My account and logs out', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, DEMO.operator.email, DEMO.operator.password);
      await page.waitForURL('**/operator');
      const header = page.locator('header');
      await header.getByText('Partner Center — Operations').waitFor();
      await header.getByText(DEMO.operator.email).waitFor();
      await page.getByRole('navigation', { name: 'Main' }).getByText('Audit log').waitFor();
      await snap(page, 'operator-home');

      await page.getByRole('button', { name: DEMO.operator.email }).click();
      await page.getByRole('menuitem', { name: 'My account' }).click();
      await page.waitForURL('**/operator/account');
      await page.getByRole('heading', { name: 'My account', level: 1 }).waitFor();

      await page.getByRole('button', { name: DEMO.operator.email }).click();
      await page.getByRole('menuitem', { name: 'Log out' }).click();
      await page.waitForURL('**/login');
    } finally {
      await context.close();
    }
  });

  it('a wrong password shows the server error at the form', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      const answer = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST');
      await login(page, DEMO.partnerAdmin.email, 'not-the-password');
      const body = (await (await answer).json()) as {
        data?: { login?: { account: unknown; errors: { code: string; field: string | null; message: string }[] } };
      };
      const errors = body.data?.login?.errors ?? [];
      expect(body.data?.login?.account ?? null).toBeNull();
      expect(errors.map((e) => e.code)).toContain('LOGIN_INVALID_CREDENTIALS');

      // At the field the server names (e.g. password), or as a form-level alert when it names none.
      const form = page.locator('form#login');
      const shown = errors[0].field ? form.locator(`#login_${errors[0].field}_help`) : form.getByRole('alert');
      await shown.getByText(errors[0].message).waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
      await snap(page, 'login-error');
    } finally {
      await context.close();
    }
  });

  it('the login page has no serious or critical accessibility violations', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await page.goto('/login');
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
