import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { permissionLabel } from '../src/lib/labels';
import { confirmPopover, DEMO, login, newPage, signedInSuite, snap } from './harness';

const suite = signedInSuite(DEMO.partnerAdmin, '/partner');

const suffix = Date.now().toString(36);
const roleName = `Support ${suffix}`;
const member = { name: `Sam Support ${suffix}`, email: `sam.${suffix}@acme-cloud.example`, password: 'sam-support-password-2026' };
const permitted = [permissionLabel('CUSTOMERS_VIEW'), permissionLabel('PARTNER_VIEW')];

/** Picks an option of an Ant Design multiple select by typing its label. */
async function pickOption(page: Page, select: ReturnType<Page['getByLabel']>, label: string): Promise<void> {
  await select.click();
  await select.pressSequentially(label);
  await page.locator(`.ant-select-item-option-active[title="${label}"]`).waitFor();
  await select.press('Enter');
}

let setPasswordUrl = '';

describe('Organization › Members (partner admin)', () => {
  it('R-ORG-1 creates a role whose permission picker offers no administrator-only permissions', async () => {
    const page = suite.page;
    await page.goto('/partner/organization/roles');
    await page.getByRole('heading', { name: 'Roles', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New role' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(roleName);
    const permissions = dialog.getByLabel('Permissions');

    // Members: manage and Roles: manage stay with the Administrator role.
    await permissions.click();
    await permissions.pressSequentially('manage');
    await page.locator(`.ant-select-item-option[title="${permissionLabel('PARTNER_MANAGE')}"]`).waitFor();
    expect(await page.locator(`.ant-select-item-option[title="${permissionLabel('MEMBERS_MANAGE')}"]`).count()).toBe(0);
    expect(await page.locator(`.ant-select-item-option[title="${permissionLabel('ROLES_MANAGE')}"]`).count()).toBe(0);
    await permissions.clear();

    for (const label of permitted) {
      await pickOption(page, permissions, label);
      await dialog.locator(`.ant-select-selection-item[title="${label}"]`).waitFor();
    }
    await dialog.getByLabel('Name').click(); // closes the dropdown
    await dialog.getByRole('button', { name: 'Create role' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: roleName }).waitFor();
  });

  it('creates a member with that role and shows the set-password link to copy', async () => {
    const page = suite.page;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    await page.waitForURL('**/partner/organization/members');
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();

    // The master account is marked and cannot be deactivated from here.
    const adminRow = page.getByRole('row').filter({ hasText: DEMO.partnerAdmin.email });
    await adminRow.locator('.ant-tag', { hasText: 'Administrator' }).waitFor();
    expect(await adminRow.getByRole('button', { name: /^Deactivate/ }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'New member' }).click();
    const dialog = page.getByRole('dialog', { name: 'New member' });
    await dialog.getByRole('button', { name: 'Create member' }).click();
    await dialog.getByText('Enter the member’s name.').waitFor();
    await dialog.getByText('Choose a role.').waitFor();

    await dialog.getByLabel('Name').fill(member.name);
    await dialog.getByLabel('E-mail').fill(`  ${member.email.toUpperCase()} `);
    await dialog.getByLabel('Mobile').fill('+1 555 010 2030');
    const role = dialog.getByLabel('Role');
    await role.click();
    await role.pressSequentially(roleName);
    await page.locator(`.ant-select-item-option[title="${roleName}"]`).click();
    await snap(page, 'member-modal');
    await dialog.getByRole('button', { name: 'Create member' }).click();

    const linkDialog = page.getByRole('dialog', { name: 'Set-password link' });
    await linkDialog.getByText(member.email).waitFor();
    setPasswordUrl = await linkDialog.getByLabel('Set-password link').inputValue();
    expect(setPasswordUrl).toMatch(new RegExp(`^${suite.server.baseUrl}/set-password\\?token=[A-Za-z0-9_-]{43}$`));
    await snap(page, 'member-link');
    await linkDialog.getByRole('button', { name: 'Done' }).click();
    await linkDialog.waitFor({ state: 'hidden' });

    const row = page.getByRole('row').filter({ hasText: member.email });
    await row.getByText('Awaiting password').waitFor();
    await row.getByRole('cell', { name: roleName, exact: true }).waitFor();
  });

  it('R-ORG-2 shows "The email address has been registered" at the e-mail field for a second member with the same e-mail', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: 'New member' }).click();
    const dialog = page.getByRole('dialog', { name: 'New member' });
    await dialog.getByLabel('Name').fill('Someone Else');
    await dialog.getByLabel('E-mail').fill(member.email);
    const role = dialog.getByLabel('Role');
    await role.click();
    await page.locator('.ant-select-item-option[title="Viewer (built-in)"]').click();
    await dialog.getByRole('button', { name: 'Create member' }).click();
    const help = dialog.locator('#member_email_help');
    await help.getByText('The email address has been registered').waitFor();
    await snap(page, 'member-email-registered');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('the new member opens the link, sets a password, signs in and sees only the permitted menus', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await page.goto(setPasswordUrl);
      await page.getByRole('heading', { name: 'Set your password', level: 1 }).waitFor();
      await page.getByText(member.email).waitFor();
      await page.getByLabel('New password').fill('too-short');
      await page.getByLabel('Confirm password').fill('something-else');
      await page.getByRole('button', { name: 'Set password' }).click();
      await page.getByText('Use at least 12 characters.').waitFor();
      await page.getByText('The passwords do not match.').waitFor();

      await page.getByLabel('New password').fill(member.password);
      await page.getByLabel('Confirm password').fill(member.password);
      await snap(page, 'set-password');
      await page.getByRole('button', { name: 'Set password' }).click();
      await page.waitForURL('**/login');
      await page.getByText('Your password has been set.', { exact: false }).waitFor();

      // The link worked once.
      await page.goto(setPasswordUrl);
      await page.getByText('This link cannot be used').waitFor();

      await login(page, member.email, member.password);
      await page.waitForURL('**/partner');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Overview' }).waitFor();
      await snap(page, 'member-home');
      expect(await nav.getByText('Organization').count()).toBe(0);
      expect(await nav.getByText('Audit log').count()).toBe(0);

      // A deep link to a page the role does not allow answers "No access".
      await page.goto('/partner/organization/members');
      await page.getByText('No access').waitFor();
    } finally {
      await context.close();
    }
  });

  it('shows the member as having a password, then deactivates and reactivates them with confirmation', async () => {
    const page = suite.page;
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: member.email });
    await row.getByText('Active', { exact: true }).waitFor();
    expect(await row.getByText('Awaiting password').count()).toBe(0);

    await row.getByRole('button', { name: `Deactivate ${member.name}` }).click();
    await confirmPopover(page, 'Deactivate');
    await row.getByText('Inactive', { exact: true }).waitFor();

    await row.getByRole('button', { name: `Reactivate ${member.name}` }).click();
    await confirmPopover(page, 'Reactivate');
    await row.getByText('Active', { exact: true }).waitFor();
  });

  it('refuses to delete a role its members hold, with the reason', async () => {
    const page = suite.page;
    await page.goto('/partner/organization/roles');
    const row = page.getByRole('row').filter({ hasText: roleName });
    await row.getByRole('cell', { name: '1', exact: true }).waitFor(); // member count
    await row.getByRole('button', { name: `Delete role ${roleName}` }).click();
    await confirmPopover(page, 'Delete');
    await page.getByText('This role is held by 1 member; give them another role first.').waitFor();
    await snap(page, 'role-in-use');
    await page.getByRole('button', { name: 'OK', exact: true }).click(); // exact: a random role name may contain "ok"
  });

  it('the members page has no serious or critical accessibility violations', async () => {
    const page = suite.page;
    await page.goto('/partner/organization/members');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
});
