import { describe, expect, it } from 'vitest';
import { DEMO, signedInSuite, snap } from './harness';

const suite = signedInSuite(DEMO.operator, '/operator');

describe('operator console', () => {
  it('keeps an operator out of the partner console', async () => {
    await suite.page.goto('/partner/organization/roles');
    await suite.page.waitForURL('**/operator');
  });

  it('shows the audit log across partners and filters it by partner', async () => {
    await suite.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await suite.page.waitForURL('**/operator/audit');
    const rows = suite.page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();

    // A partner id is a UUID: checked before asking the suite.server.
    await suite.page.getByLabel('Partner id').fill('not-a-uuid');
    await suite.page.getByRole('button', { name: 'Apply filters' }).click();
    await suite.page.getByText('A partner id is a UUID.').waitFor();

    const partnerId = await suite.page
      .locator('.ant-table-tbody td .pc-mono')
      .filter({ hasText: /^[0-9a-f]{8}-/ })
      .evaluateAll((nodes) => {
        // the last column holds partner ids
        const cells = nodes.map((n) => n.closest('td')).filter((td): td is HTMLTableCellElement => !!td);
        const last = cells.filter((td) => td.nextElementSibling === null);
        return last[0]?.textContent?.trim() ?? null;
      });
    expect(partnerId).toMatch(/^[0-9a-f-]{36}$/);

    await suite.page.getByLabel('Partner id').fill(partnerId!);
    const filtered = suite.page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(partnerId!),
    );
    await suite.page.getByRole('button', { name: 'Apply filters' }).click();
    expect((await filtered).status()).toBe(200);
    // The table re-renders after the response arrives: wait until it shows the filtered page.
    const partnerCells = () => rows.evaluateAll((trs) => trs.map((tr) => tr.lastElementChild?.textContent?.trim() ?? ''));
    await expect
      .poll(async () => {
        const cells = await partnerCells();
        return cells.length > 0 && cells.every((cell) => cell === partnerId);
      }, { timeout: 10_000 })
      .toBe(true);
    await snap(suite.page, 'operator-audit');
  });
});
