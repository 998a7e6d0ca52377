import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { DEMO, openMenuLink, signedInSuite, snap } from './harness';

const suite = signedInSuite(DEMO.partnerAdmin, '/partner');

const PAGE_PATH = '/partner/organization/personnel';

/** The top-level row of a person in the Personnel table (not the rows of an expanded certificate list). */
function personRow(page: Page, loginId: string): Locator {
  return page.getByRole('tabpanel', { name: 'Personnel' }).locator('tr.ant-table-row-level-0').filter({ hasText: loginId });
}

/** Picks an option of an Ant Design select by its title (closed dropdowns stay in the DOM, hidden). */
async function pick(page: Page, select: Locator, title: string): Promise<void> {
  await select.click();
  await page.locator(`.ant-select-item-option[title="${title}"]:visible`).click();
}

async function invite(page: Page, loginId: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Invite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a person' });
  await dialog.getByLabel('Login ID').fill(loginId);
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  return dialog;
}

describe('Organization › Dedicated Personnel (partner admin)', () => {
  it('opens from the Organization menu and lists li_wei and zhang_min with their certificates and eligibility', async () => {
    const page = suite.page;
    await openMenuLink(page, 'Organization', 'Dedicated Personnel');
    await page.waitForURL(`**${PAGE_PATH}`);
    await page.getByRole('heading', { name: 'Dedicated Personnel', level: 1 }).waitFor();

    const liWei = personRow(page, 'li_wei');
    await liWei.waitFor();
    const liWeiText = await liWei.innerText();
    for (const text of ['Li Wei', 'Business development (BD)', 'HCIP', 'HCCDA', 'BD/SA with HCIA or higher', 'Valid PM/HCIA/HCCDA or higher']) {
      expect(liWeiText).toContain(text);
    }
    const zhangMinText = await personRow(page, 'zhang_min').innerText();
    for (const text of ['Zhang Min', 'Solution architect (SA)', 'HCIA', 'BD/SA with HCIA or higher']) {
      expect(zhangMinText).toContain(text);
    }

    // The certificate tag tells its number and validity on hover.
    await liWei.locator('.ant-tag[data-certificate]', { hasText: 'HCIP' }).hover();
    await page.getByRole('tooltip').filter({ hasText: /HCIP Cloud Service · No\. HCIP-\d+ · valid \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/ }).waitFor();
    await snap(page, 'personnel');
  });

  it('R-DP-9 filters by "HCIP or higher": li_wei stays, zhang_min (HCIA) goes', async () => {
    const page = suite.page;
    await pick(page, page.getByLabel('Filter by certificate level'), 'HCIP or higher');
    await personRow(page, 'zhang_min').waitFor({ state: 'detached' });
    await personRow(page, 'li_wei').waitFor();
    expect(await page.getByRole('tabpanel', { name: 'Personnel' }).locator('tr.ant-table-row-level-0').count()).toBe(1);
  });

  it('R-DP-3 shows the enterprise-authentication error under the login ID field', async () => {
    const page = suite.page;
    await page.getByRole('tab', { name: 'Invitations' }).click();
    await page.waitForURL('**?tab=invitations');
    await page.getByRole('row').filter({ hasText: 'zhao_lei' }).filter({ hasText: 'Pending' }).waitFor();

    const dialog = await invite(page, 'sun_li');
    await dialog.getByText("The person's cloud tenant name, shown in My Account › Basic Information.").waitFor();
    const help = dialog.locator('#invite_loginId_help');
    await help.getByText('authenticated as an enterprise user').waitFor();
    await snap(page, 'personnel-invite-enterprise');
  });

  it('R-DP-1 answers "login ID cannot be found" for an unknown ID', async () => {
    const dialog = suite.page.getByRole('dialog', { name: 'Invite a person' });
    await dialog.getByLabel('Login ID').fill('no_such_id');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.locator('#invite_loginId_help').getByText('login ID cannot be found').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('R-DP-2 invites wu_hao: the invitation is pending for 7 days', async () => {
    const page = suite.page;
    const dialog = await invite(page, 'wu_hao');
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: 'wu_hao' });
    await row.filter({ hasText: 'Pending' }).waitFor();
    expect(await row.innerText()).toMatch(/expires in 7 days/);
    expect(await row.innerText()).toContain(DEMO.partnerAdmin.email);
    await row.getByRole('button', { name: 'Cancel the invitation to wu_hao' }).waitFor();
  });

  it('R-DP-8 edits zhang_min: position and employment dates, end not before start', async () => {
    const page = suite.page;
    await page.goto(PAGE_PATH); // no filters
    await page.getByRole('button', { name: 'Edit zhang_min' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Zhang Min' });
    await pick(page, dialog.getByLabel('Position'), 'Project manager (PM)');

    const start = dialog.getByLabel('Employment start');
    await start.fill('2025-01-10');
    await start.press('Enter');
    const end = dialog.getByLabel('Employment end');
    await end.fill('2024-12-31');
    await end.press('Enter');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('The end date cannot be before the start date.').waitFor();

    await end.fill('2030-12-31');
    await end.press('Enter');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = personRow(page, 'zhang_min');
    await row.filter({ hasText: 'Project manager (PM)' }).waitFor();
    const text = await row.innerText();
    expect(text).toContain('2025-01-10 – 2030-12-31');
    // A PM is no longer a BD/SA Funding Head candidate; the HCIA still makes them delivery personnel.
    expect(text).not.toContain('BD/SA with HCIA or higher');
    expect(text).toContain('Valid PM/HCIA/HCCDA or higher');
  });

  it('R-DP-7 transfers li_wei’s HCIP certificate to zhang_min and shows the move in its history', async () => {
    const page = suite.page;
    await personRow(page, 'li_wei').getByRole('button', { name: /expand/i }).click();
    const certificate = page.locator('tr.ant-table-expanded-row tr.ant-table-row').filter({ hasText: 'HCIP' });
    await certificate.getByText('No file').waitFor();
    await certificate.getByRole('button', { name: /^Transfer certificate/ }).click();

    const dialog = page.getByRole('dialog', { name: 'Transfer certificate' });
    await dialog.getByText('is bound to').waitFor();
    await pick(page, dialog.getByLabel('Transfer to'), 'zhang_min (Zhang Min)');
    await snap(page, 'personnel-transfer');
    await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    await personRow(page, 'zhang_min').locator('.ant-tag[data-certificate]', { hasText: 'HCIP' }).waitFor();
    await personRow(page, 'li_wei').locator('.ant-tag[data-certificate]', { hasText: 'HCIP' }).waitFor({ state: 'detached' });
    await personRow(page, 'li_wei').locator('.ant-tag[data-certificate]', { hasText: 'HCCDA' }).waitFor();

    await personRow(page, 'zhang_min').getByRole('button', { name: /expand/i }).click();
    const moved = page.locator('tr.ant-table-expanded-row tr.ant-table-row').filter({ hasText: 'HCIP' });
    await moved.getByRole('button', { name: /^History of certificate/ }).click();
    const history = page.getByRole('dialog', { name: /^History of certificate/ });
    const move = history.getByRole('row').filter({ hasText: 'li_wei' }).filter({ hasText: 'zhang_min' });
    await move.waitFor();
    expect(await move.innerText()).toContain(DEMO.partnerAdmin.email);
    await snap(page, 'personnel-history');
    await history.getByRole('button', { name: 'Close' }).first().click();
    await history.waitFor({ state: 'hidden' });
  });

  it('R-DP-9 lists the partner’s certificates with a level-or-higher filter', async () => {
    const page = suite.page;
    await page.getByRole('tab', { name: 'Certificates' }).click();
    const rows = page.getByRole('tabpanel', { name: 'Certificates' }).locator('tr.ant-table-row');
    await rows.filter({ hasText: 'HCCDA' }).waitFor();
    await pick(page, page.getByLabel('Filter certificates by level'), 'HCIA or higher');
    await rows.filter({ hasText: 'HCCDA' }).waitFor({ state: 'detached' });
    const texts = await rows.allInnerTexts();
    expect(texts.length).toBe(2);
    expect(texts.every((t) => /HCI[AP]/.test(t) && t.includes('zhang_min'))).toBe(true);
  });

  it('the Dedicated Personnel tabs have no serious or critical accessibility violations', async () => {
    const page = suite.page;
    for (const path of [PAGE_PATH, `${PAGE_PATH}?tab=invitations`, `${PAGE_PATH}?tab=certificates`]) {
      await page.goto(path);
      await page.getByRole('heading', { name: 'Dedicated Personnel', level: 1 }).waitFor();
      await page.locator('[role=tabpanel]:visible tr.ant-table-row').first().waitFor();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
  });
});
