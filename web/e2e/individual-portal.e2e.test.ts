import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO, browserSuite, login, newPage, snap } from './harness';

const suite = browserSuite();

const PASSWORD = 'demo-password-2026';
const wuHao = { email: 'wu.hao@individual.demo.test', password: PASSWORD, loginId: 'wu_hao' };
const acme = DEMO.partnerAdmin.company;
const certificateNumber = `HCIP-${Date.now().toString(36).toUpperCase()}`;

/** YYYY-MM-DD, `days` from today (local time). */
function day(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Types a date into an Ant Design DatePicker and confirms it. */
async function pickDate(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('individual portal: invitations, partners and certificates (R-DP-1..6)', () => {
  let admin: { context: BrowserContext; page: Page };
  let individual: { context: BrowserContext; page: Page };
  let proofDir: string;

  beforeAll(async () => {
    proofDir = await mkdtemp(join(tmpdir(), 'pc-proof-'));
    await writeFile(join(proofDir, 'hcip-proof.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    admin = await newPage(suite.browser, suite.server.baseUrl);
    await login(admin.page, DEMO.partnerAdmin.email, DEMO.partnerAdmin.password);
    await admin.page.waitForURL('**/partner');
    individual = await newPage(suite.browser, suite.server.baseUrl);
    await login(individual.page, wuHao.email, wuHao.password);
    await individual.page.waitForURL('**/individual');
  });

  afterAll(async () => {
    await admin?.context.close();
    await individual?.context.close();
    if (proofDir) await rm(proofDir, { recursive: true, force: true });
  });

  it('R-DP-1 the partner admin invites wu_hao by login ID from Dedicated Personnel', async () => {
    const { page } = admin;
    await page.goto('/partner/organization/personnel?tab=invitations');
    await page.getByRole('heading', { name: 'Dedicated Personnel', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Invite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a person' });
    await dialog.getByLabel('Login ID').fill(wuHao.loginId);
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: wuHao.loginId }).filter({ hasText: 'Pending' }).waitFor();
  });

  it('R-DP-2 wu_hao sees the pending invitation from Acme, accepts it, and finds Acme under My partners', async () => {
    const { page } = individual;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invitations' }).click();
    await page.waitForURL('**/individual/invitations');
    const card = page.getByRole('group', { name: `Invitation from ${acme}` });
    await card.getByText('Valid until').waitFor();
    await card.getByText(DEMO.partnerAdmin.email).waitFor();
    await snap(page, 'individual-invitations');

    await card.getByRole('button', { name: 'Accept' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Accept' }).click();
    await page.getByText(`You are now dedicated personnel of ${acme}.`).waitFor();
    await card.waitFor({ state: 'detached' });
    await page.getByText('No pending invitations.').waitFor();
    await page.getByRole('row').filter({ hasText: acme }).filter({ hasText: 'Accepted' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My partners' }).click();
    await page.waitForURL('**/individual/partners');
    const current = page.locator('.ant-card').filter({ hasText: 'Current partner' });
    await current.getByText(acme, { exact: true }).waitFor();
    await page.getByText('Partners whose association with you ended in the past 365 days: 0 of 3').waitFor();
    await snap(page, 'individual-partners');
  });

  it('R-DP-6 the add-certificate form does not offer Cloud Migration and says why', async () => {
    const { page } = individual;
    await page.goto('/individual/certificates');
    await page.getByRole('button', { name: 'Add certificate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add certificate' });
    await dialog.getByText('Cloud Migration certificates are synchronised automatically from the training institute').waitFor();
    await dialog.getByLabel('Level').click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.first().waitFor();
    // The dropdown renders its options over a few frames.
    await expect.poll(() => options.allTextContents()).toEqual(['HCIA', 'HCIP', 'HCIE', 'HCCDA', 'HCCDP', 'HCCDE', 'Project management']);
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('R-DP-5 wu_hao adds an HCIP certificate with a PDF proof and sees it in the list', async () => {
    const { page } = individual;
    await page.goto('/individual/certificates');
    await page.getByRole('button', { name: 'Add certificate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add certificate' });
    await dialog.getByLabel('Level').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="HCIP"]').click();
    await dialog.getByLabel('Track').fill('Cloud Service');
    await dialog.getByLabel('Certificate number').fill(certificateNumber);
    await pickDate(page, 'Issue date', day(-30));
    await pickDate(page, 'Expiry date', day(3 * 365));

    // A file of the wrong type is refused in the browser, next to the field.
    await dialog.locator('input[type=file]').setInputFiles({ name: 'proof.txt', mimeType: 'text/plain', buffer: Buffer.from('not a proof') });
    await dialog.getByText('The proof must be a PDF, PNG or JPEG file').waitFor();

    await dialog.locator('input[type=file]').setInputFiles(join(proofDir, 'hcip-proof.pdf'));
    await dialog.locator('.ant-upload-list-item-done', { hasText: 'hcip-proof.pdf' }).waitFor();
    await snap(page, 'individual-add-certificate');
    await dialog.getByRole('button', { name: 'Add certificate' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByRole('row').filter({ hasText: certificateNumber });
    await row.getByText('HCIP', { exact: true }).waitFor();
    await row.getByText('Cloud Service').waitFor();
    await row.getByText('Valid', { exact: true }).waitFor();
    await row.getByText('Uploaded').waitFor();
    await row.getByRole('link', { name: `Download the proof of HCIP certificate ${certificateNumber}` }).waitFor();
    await snap(page, 'individual-certificates');

    // The same number again is refused next to the field.
    await page.getByRole('button', { name: 'Add certificate' }).click();
    await dialog.getByLabel('Level').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="HCIP"]').click();
    await dialog.getByLabel('Track').fill('Cloud Service');
    await dialog.getByLabel('Certificate number').fill(certificateNumber);
    await pickDate(page, 'Issue date', day(-30));
    await pickDate(page, 'Expiry date', day(365));
    await dialog.locator('input[type=file]').setInputFiles(join(proofDir, 'hcip-proof.pdf'));
    await dialog.locator('.ant-upload-list-item-done').waitFor();
    await dialog.getByRole('button', { name: 'Add certificate' }).click();
    await dialog.getByText(`certificate with number ${certificateNumber} is already registered`).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('R-DP-5 the partner admin sees wu_hao with the HCIP certificate among the dedicated personnel', async () => {
    const { page } = admin;
    await page.goto('/partner/organization/personnel');
    await page.getByLabel('Search personnel').fill(wuHao.loginId);
    await page.getByLabel('Search personnel').press('Enter');
    const row = page.getByRole('row').filter({ hasText: wuHao.loginId });
    await row.locator(`[data-certificate="${certificateNumber}"]`, { hasText: 'HCIP' }).waitFor();
    await snap(page, 'partner-personnel-wu-hao');
  });

  it('R-DP-3 the operator turns sun_li’s enterprise authentication off and on from Individuals', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, DEMO.operator.email, DEMO.operator.password);
      await page.waitForURL('**/operator');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Individuals' }).click();
      await page.waitForURL('**/operator/individuals');
      await page.getByLabel('Search individuals').fill('sun_li');
      await page.getByLabel('Search individuals').press('Enter');
      const flag = page.getByRole('switch', { name: 'Enterprise authentication of sun_li' });
      // Only sun_li is left once the search has applied (first wait for the list to have loaded at all).
      await page.getByRole('row').filter({ hasText: 'sun_li' }).waitFor();
      await expect.poll(() => page.getByRole('row').filter({ hasText: 'wu_hao' }).count()).toBe(0);
      expect(await page.getByRole('row').filter({ hasText: 'sun_li' }).count()).toBe(1);
      expect(await flag.getAttribute('aria-checked')).toBe('true');

      await flag.click();
      await page.getByRole('dialog', { name: 'Remove the enterprise authentication of sun_li?' }).getByRole('button', { name: 'Remove' }).click();
      await expect.poll(() => flag.getAttribute('aria-checked')).toBe('false');

      await flag.click();
      await page.getByRole('dialog', { name: 'Authenticate sun_li as an enterprise user?' }).getByRole('button', { name: 'Authenticate' }).click();
      await expect.poll(() => flag.getAttribute('aria-checked')).toBe('true');

      // The synchronisation form opens per row.
      await page.getByRole('button', { name: 'Synchronise Cloud Migration certificate to sun_li' }).click();
      const sync = page.getByRole('dialog', { name: 'Synchronise Cloud Migration certificate' });
      await sync.getByLabel('Certificate number').fill('CM-E2E-1');
      await pickDate(page, 'Issue date', day(-10));
      await pickDate(page, 'Expiry date', day(700));
      await sync.getByRole('button', { name: 'Synchronise' }).click();
      await page.getByText('Cloud Migration certificate CM-E2E-1 synchronised to sun_li.').waitFor();
      await snap(page, 'operator-individuals');

      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the individual portal pages pass an axe check (WCAG 2.1 AA, serious and critical)', async () => {
    const { page } = individual;
    const violations: string[] = [];
    for (const [path, heading] of [
      ['/individual', 'Welcome, Wu Hao'],
      ['/individual/invitations', 'Invitations'],
      ['/individual/partners', 'My partners'],
      ['/individual/certificates', 'Certificates'],
      ['/individual/profile', 'Profile'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      if (path === '/individual/profile') await page.getByText('Partners invite you as dedicated personnel by this ID').waitFor();
      await page.locator('.ant-spin-spinning, .ant-skeleton').first().waitFor({ state: 'detached' }).catch(() => {});
      violations.push(...(await axeViolations(page)));
    }
    await page.goto('/individual/certificates');
    await page.getByRole('button', { name: 'Add certificate' }).click();
    await page.getByRole('dialog', { name: 'Add certificate' }).getByLabel('Level').waitFor();
    // Measure contrast once the dialog's zoom/fade-in animation is over.
    await page.waitForFunction(() => !document.querySelector('.ant-modal[class*="zoom-"], .ant-modal-mask[class*="fade-"]'));
    violations.push(...(await axeViolations(page)));
    expect(violations).toEqual([]);
  });
});
