import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { DEMO, login, signedInSuite, snap } from './harness';

const suite = signedInSuite(DEMO.partnerAdmin, '/partner');

const roleName = `Field Sales ${Date.now().toString(36)}`;

describe('roles and audit log (partner admin)', () => {
  it('lists roles from a deep link, with the built-in ones', async () => {
    await suite.page.goto('/partner/organization/roles');
    await suite.page.getByRole('heading', { name: 'Roles', level: 1 }).waitFor();
    await suite.page.getByRole('cell', { name: /Administrator/ }).first().waitFor();
    await snap(suite.page, 'roles');
  });

  it('creates a role, and shows the server error when the name is taken', async () => {
    await suite.page.getByRole('button', { name: 'New role' }).click();
    const dialog = suite.page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(roleName);
    await dialog.getByLabel('Description').fill('Sells to new customers');
    const permissions = dialog.getByLabel('Permissions');
    await permissions.click();
    await permissions.pressSequentially('Customers: view');
    const option = suite.page.locator('.ant-select-item-option-active[title="Customers: view"]');
    await option.waitFor();
    await permissions.press('Enter');
    await dialog.locator('.ant-select-selection-item[title="Customers: view"]').waitFor();
    await dialog.getByLabel('Name').click(); // closes the dropdown
    await snap(suite.page, 'role-modal');
    await dialog.getByRole('button', { name: 'Create role' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await suite.page.getByText(`Role “${roleName}” created.`).waitFor();

    await suite.page.getByRole('button', { name: 'New role' }).click();
    const again = suite.page.getByRole('dialog');
    await again.getByLabel('Name').fill(roleName);
    await again.getByRole('button', { name: 'Create role' }).click();
    const fieldError = again.locator('#role_name_help');
    await fieldError.waitFor();
    expect((await fieldError.innerText()).trim().length).toBeGreaterThan(0);
    await snap(suite.page, 'role-name-taken');
    await again.getByRole('button', { name: 'Cancel' }).click();
    await again.waitFor({ state: 'hidden' });
  });

  it('finds the new role with the search box', async () => {
    await suite.page.getByLabel('Search roles').fill(roleName);
    await suite.page.getByLabel('Search roles').press('Enter');
    const rows = suite.page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.filter({ hasText: 'Administrator' }).first().waitFor({ state: 'detached' });
    await rows.filter({ hasText: roleName }).first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Customers: view');
  });

  it('shows the change in the audit log, with its before/after', async () => {
    await suite.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await suite.page.waitForURL('**/partner/audit');
    await suite.page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await suite.page.getByLabel('Entity type').fill('Role');
    await suite.page.getByRole('button', { name: 'Apply filters' }).click();
    const row = suite.page.getByRole('row').filter({ hasText: 'createRole' }).first();
    await row.waitFor();
    await row.getByRole('button', { name: /expand/i }).click();
    await suite.page.getByRole('region', { name: 'After' }).first().getByText(roleName).first().waitFor();
    await snap(suite.page, 'audit');
  });

  it('the shell pages have no serious or critical accessibility violations', async () => {
    for (const path of ['/partner', '/partner/organization/roles', '/partner/audit', '/partner/account']) {
      await suite.page.goto(path);
      await suite.page.getByRole('heading', { level: 1 }).waitFor();
      await suite.page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page: suite.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
  });
});

describe('My account (partner admin)', () => {
  const newPassword = 'a-new-demo-password-2026';

  it('shows the server error at the current-password field, then changes the password', async () => {
    await suite.page.goto('/partner/account');
    await suite.page.getByRole('heading', { name: 'My account', level: 1 }).waitFor();
    const form = suite.page.locator('form#change-password');

    // Client checks: at least 12 characters, confirmation must match.
    await form.getByLabel('Current password').fill('wrong-current-password');
    await form.getByLabel('New password', { exact: true }).fill('short');
    await form.getByLabel('Confirm new password').fill('different');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('Use at least 12 characters.').waitFor();
    await form.getByText('The passwords do not match.').waitFor();

    // Server check: the current password is wrong.
    await form.getByLabel('New password', { exact: true }).fill(newPassword);
    await form.getByLabel('Confirm new password').fill(newPassword);
    await form.getByRole('button', { name: 'Change password' }).click();
    const currentHelp = form.locator('#change-password_currentPassword_help');
    await currentHelp.waitFor();
    expect((await currentHelp.innerText()).trim().length).toBeGreaterThan(0);
    await snap(suite.page, 'password-incorrect');

    await form.getByLabel('Current password').fill(DEMO.partnerAdmin.password);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByRole('status').getByText('Your password has been changed.').waitFor();
  });

  it('signs in with the new password after logging out', async () => {
    await suite.page.getByRole('button', { name: DEMO.partnerAdmin.email }).click();
    await suite.page.getByRole('menuitem', { name: 'Log out' }).click();
    await suite.page.waitForURL('**/login');
    await login(suite.page, DEMO.partnerAdmin.email, newPassword);
    await suite.page.waitForURL('**/partner');
    await suite.page.locator('header').getByText(DEMO.partnerAdmin.company).waitFor();
  });
});
