import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { browserSuite, confirmPopover, DEMO, login, newPage, snap } from './harness';

const suite = browserSuite();

const acme = DEMO.partnerAdmin.company;
const stamp = Date.now().toString(36);
const newCustomer = { email: `it-${stamp}@expo-buyer.example.test`, company: `Expo Buyer ${stamp} Ltd.`, name: 'Pat Expo', password: 'expo-password-2026' };
/** A reseller customer of Acme without a pending request (server/src/seed/demo-customers.ts). */
const reseller = { email: 'admin@tailspin.demo.test', password: 'demo-password-2026' };
/** Not associated: a balance (no top-up rewards, invoices ≤ 2,000 RMB), and one in arrears. */
const withBalance = { email: 'cfo@initech.demo.test', password: 'demo-password-2026' };
const inArrears = { email: 'finance@overdue-trading.demo.test', password: 'demo-password-2026' };

/** Serious and critical axe violations; `include` limits the check to one part (a modal: the page behind its mask is dimmed). */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Let opening popovers, dropdowns and modals finish their animations (half-transparent text fails color-contrast).
  // Ant Design's motion classes (ant-zoom-appear, ant-slide-up-enter, ant-fade-leave, …) are there while one runs.
  await page.waitForTimeout(100);
  await page
    .waitForFunction(() => !document.querySelector('[class*="-appear"], [class*="-enter"], [class*="-leave"]'), undefined, { timeout: 5_000 })
    .catch(() => {});
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** A GraphQL call with the page's session cookie. */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

describe('customer portal: invitation link, registration, My partner and the notification bell (R-CU-6, R-CU-7, R-CU-8)', () => {
  let admin: { context: BrowserContext; page: Page };
  let customer: { context: BrowserContext; page: Page };
  let inviteUrl: string;
  let invitePath: string;

  beforeAll(async () => {
    admin = await newPage(suite.browser, suite.server.baseUrl);
    await login(admin.page, DEMO.partnerAdmin.email, DEMO.partnerAdmin.password);
    await admin.page.waitForURL('**/partner');
    customer = await newPage(suite.browser, suite.server.baseUrl);
  });

  afterAll(async () => {
    await admin?.context.close();
    await customer?.context.close();
  });

  it('R-CU-6 the partner admin creates a registration link (QR code) for a trade fair', async () => {
    const data = await graphql<{ createCustomerInvitationLink: { invitation: { url: string; code: string } | null; errors: { message: string }[] } }>(
      admin.page,
      `mutation Link($input: CreateCustomerInvitationLinkInput!) {
        createCustomerInvitationLink(input: $input) { invitation { url code } errors { message } }
      }`,
      { input: { model: 'REFERRAL', label: 'Expo' } },
    );
    expect(data.createCustomerInvitationLink.errors).toEqual([]);
    inviteUrl = data.createCustomerInvitationLink.invitation!.url;
    invitePath = new URL(inviteUrl).pathname;
    expect(invitePath).toMatch(/^\/invite\//);
  });

  it('R-CU-6 an unknown invitation code shows a clear message', async () => {
    const { page } = customer;
    await page.goto('/invite/NoSuchInvitationCode0000');
    await page.getByText('This invitation cannot be used').waitFor();
    await page.getByText('This invitation link is not valid').waitFor();
  });

  it('R-CU-6 a visitor opens the link, sees the partner, the model and that it never expires, registers and accepts', async () => {
    const { page } = customer;
    await page.goto(invitePath);
    await page.getByRole('heading', { name: 'Partner invitation', level: 1 }).waitFor();
    const details = page.locator('.ant-descriptions');
    await details.getByText(acme).waitFor();
    await details.getByText('Referral', { exact: true }).waitFor();
    await details.getByText('This link does not expire.').waitFor();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await snap(page, 'invite-landing');

    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByLabel('Company name').fill(newCustomer.company);
    const country = page.getByLabel('Country');
    await country.click();
    await country.pressSequentially('Singapore (SG)');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Singapore (SG)' }).first().click();
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await page.getByLabel('Your name').fill(newCustomer.name);
    await page.getByLabel('E-mail').fill(newCustomer.email);
    await page.getByLabel('Password', { exact: true }).fill(newCustomer.password);
    await page.getByLabel('Confirm password').fill(newCustomer.password);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Register and continue' }).click();

    await page.getByRole('heading', { name: `Accept as ${newCustomer.company}` }).waitFor();
    await page.getByRole('button', { name: 'Accept the invitation' }).click();
    await page.waitForURL('**/customer/partner');
    await page.getByRole('heading', { name: 'My partner', level: 1 }).waitFor();
    const card = page.locator('main .ant-card').first();
    await card.getByText(acme).first().waitFor();
    await card.getByText('Referral', { exact: true }).waitFor();
    await page.getByText('A referral association is ended by the cloud provider', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await snap(page, 'customer-my-partner');
  });

  it(`R-CU-7 the bell shows "You are now associated with ${acme}" and marks it read`, async () => {
    const { page } = customer;
    const bell = page.getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ });
    await bell.click();
    const dialog = page.getByRole('dialog', { name: 'Notifications' });
    await dialog.getByText(`You are now associated with ${acme}`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await snap(page, 'customer-bell');
    await dialog.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByRole('button', { name: 'Notifications, 0 unread' }).waitFor();

    // The full page lists it too.
    await page.keyboard.press('Escape');
    await page.goto('/customer/notifications');
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await page.locator('main').getByText(`You are now associated with ${acme}`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('R-CU-7 the customer portal home and invitations pages show the partner and the invitations', async () => {
    const { page } = customer;
    await page.goto('/customer');
    await page.locator('main').getByText(acme).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invitations received' }).click();
    await page.getByRole('heading', { name: 'Invitations received', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('R-CU-6 the partner admin finds the new customer among its customers', async () => {
    const data = await graphql<{ customers: { edges: { node: { model: string; customer: { email: string; companyName: string } } }[] } }>(
      admin.page,
      `query Customers($search: String) { customers(search: $search, first: 10) { edges { node { model customer { email companyName } } } } }`,
      { search: newCustomer.email },
    );
    expect(data.customers.edges.map((e) => e.node)).toEqual([{ model: 'REFERRAL', customer: { email: newCustomer.email, companyName: newCustomer.company } }]);
    const { page } = admin;
    await page.goto('/partner/customers');
    const notFound = await page.getByText('Page not found').isVisible().catch(() => false);
    if (!notFound) {
      await page.getByText(newCustomer.company).first().waitFor();
      await snap(page, 'partner-customers-new');
    }
  });

  it('R-CU-7 the partner admin hears of the new customer in the bell and opens it', async () => {
    const { page } = admin;
    await page.goto('/partner');
    await page.getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Notifications' });
    const item = dialog.getByRole('button', { name: new RegExp(`${newCustomer.company} is now your customer`) });
    await item.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await item.click();
    await page.waitForURL('**/partner/customers/*');
    await page.goto('/partner/notifications');
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await page.locator('main').getByText(`${newCustomer.company} is now your customer`).waitFor();
  });

  it('R-CU-6 a signed-out customer chooses Sign in on the landing page and comes back to accept', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await page.goto(invitePath);
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.waitForURL('**/login?next=*');
      await page.getByLabel('E-mail').fill(DEMO.customer.email);
      await page.getByLabel('Password', { exact: true }).fill(DEMO.customer.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`**${invitePath}`);
      await page.getByRole('button', { name: 'Accept the invitation' }).click();
      await page.waitForURL('**/customer/partner');
      await page.locator('main').getByText(acme).first().waitFor();
    } finally {
      await context.close();
    }
  });

  it('R-CU-9 a customer with a balance chooses what happens to it when accepting a reseller link; R-CU-2 a customer in arrears is refused', async () => {
    const data = await graphql<{ createCustomerInvitationLink: { invitation: { url: string } | null } }>(
      admin.page,
      `mutation Link($input: CreateCustomerInvitationLinkInput!) { createCustomerInvitationLink(input: $input) { invitation { url } } }`,
      { input: { model: 'RESELLER', label: 'Expo reseller' } },
    );
    const resellerPath = new URL(data.createCustomerInvitationLink.invitation!.url).pathname;

    const arrears = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(arrears.page, inArrears.email, inArrears.password);
      await arrears.page.waitForURL('**/customer');
      await arrears.page.goto(resellerPath);
      await arrears.page.getByRole('button', { name: 'Accept the invitation' }).click();
      const refusal = arrears.page.getByRole('alert').filter({ hasText: 'The invitation could not be accepted' });
      await refusal.waitFor();
      expect((await refusal.textContent())?.toLowerCase()).toContain('arrears');
      expect(await axeViolations(arrears.page)).toEqual([]);
    } finally {
      await arrears.context.close();
    }

    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, withBalance.email, withBalance.password);
      await page.waitForURL('**/customer');
      await page.goto(resellerPath);
      await page.locator('.ant-descriptions').getByText('Reseller', { exact: true }).waitFor();
      const accept = page.getByRole('button', { name: 'Accept the invitation' });
      await page.getByText("Transfer it to the partner's sub-account").waitFor();
      expect(await accept.isDisabled()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await snap(page, 'invite-reseller-balance');
      await page.getByRole('radio', { name: 'Withdraw it' }).check();
      await accept.click();
      await page.waitForURL('**/customer/partner');
      await page.locator('main').getByText('You withdrew your balance.').waitFor();
      await page.getByRole('button', { name: 'Request disassociation' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('R-CU-8 a reseller customer requests disassociation in its portal and withdraws the request', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, reseller.email, reseller.password);
      await page.waitForURL('**/customer');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My partner' }).click();
      await page.getByRole('heading', { name: 'My partner', level: 1 }).waitFor();
      await page.locator('main').getByText('Reseller', { exact: true }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Request disassociation' }).click();
      const dialog = page.getByRole('dialog', { name: 'Request disassociation' });
      await dialog.getByLabel('Reason').fill('We move our workloads in-house.');
      expect(await axeViolations(page, '.ant-modal')).toEqual([]);
      await dialog.getByRole('button', { name: 'Send request' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const pending = page.getByRole('region', { name: 'Pending disassociation request' });
      await pending.getByText('We move our workloads in-house.', { exact: false }).waitFor();
      await snap(page, 'customer-disassociation-pending');

      await pending.getByRole('button', { name: 'Withdraw' }).click();
      await confirmPopover(page, 'Withdraw');
      await page.getByRole('button', { name: 'Request disassociation' }).waitFor();
      await pending.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });
});
