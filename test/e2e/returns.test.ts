import type { Browser, Locator, Page } from 'playwright-core';
import { addDaysTo, today } from '../../api/src/common/dates';
import { Role } from '../../api/src/modules/auth/role';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import { BROWSER_TEST_TIMEOUT, inPage, openPanel, signIn } from '../helpers/panel-browser';
import { Fixtures } from '../helpers/fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const OPS = 'returns_ops';
const FINANCE = 'returns_finance';
const PASSWORD = 'returns-password-2026';

/**
 * Two-stage review in the panel: operations find the request in their queue, change the refund
 * with a reason and approve; finance approve the amount; the customer's tracking page shows the
 * progress without the internal note.
 */
describe('a return through both reviews in the panel', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let request: { id: string; number: string };

  beforeAll(async () => {
    t = await createTestApp({ SERVE_ADMIN: 'true' });
    const f = new Fixtures(t.em());
    const day = today(t.config.timeZone);
    const station = await f.station({ name: '南山维修站' });
    const product = await f.product({ name: '变频空调', listPrice: 3000 });
    const customer = await f.customer({ name: '王五', mobile: '13912345678' });
    const unit = await f.unit({ product, owner: customer, purchaseDate: addDaysTo(day, -3), deliveredOn: addDaysTo(day, -2) });
    const reason = await f.code(CodeKind.AFTER_SALES_REASON, { name: '质量问题' });
    const dispatcher = await t.userWith([Role.DISPATCHER]);
    await t.userWith([Role.OPERATIONS_REVIEWER], { username: OPS, password: PASSWORD });
    await t.userWith([Role.FINANCE_REVIEWER], { username: FINANCE, password: PASSWORD });
    request = (
      await t.ok<{ createReturnRequest: { id: string; number: string } }>(
        `mutation($i: ReturnRequestCreateInput!) { createReturnRequest(input: $i) { id number } }`,
        { i: { kind: 'RETURN_REFUND', reasonCodeId: reason.id, stationId: station.id, lines: [{ productUnitId: unit.id }], note: '内部：顾客第三次退货' } },
        dispatcher,
      )
    ).createReturnRequest;
    ({ baseUrl, browser } = await openPanel(t));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const statusIs = (page: Page, status: string) => page.locator(`h1 + [data-status="${status}"]`).waitFor();

  async function submitDialog(page: Page, label: string, fill?: (dialog: Locator) => Promise<void>) {
    const dialog = page.getByRole('dialog');
    await fill?.(dialog);
    await dialog.getByRole('button', { name: label, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  it('operations change the refund and approve from their queue; finance approve the amount', async () => {
    await inPage(browser, 'returns-ops', async (page) => {
      await signIn(page, baseUrl, OPS, PASSWORD);
      await page.getByRole('menuitem', { name: '待我审核' }).click();
      await page.locator('tbody tr', { hasText: request.number }).click();
      await statusIs(page, 'PENDING_REVIEW');
      await page.locator('[data-refund-total]').getByText('¥3,000.00').waitFor();

      await page.locator('button[data-operation="CHANGE_REFUND"]').click();
      await submitDialog(page, '调整退款金额', async (dialog) => {
        await dialog.getByLabel('退款金额（元）').fill('2800');
        await dialog.getByLabel('原因').fill('包装缺失，扣 200 元');
      });
      await page.locator('[data-refund-total]').getByText('¥2,800.00').waitFor();
      await page.getByLabel('timeline').getByText('包装缺失，扣 200 元', { exact: false }).waitFor();

      await page.locator('button[data-action="APPROVE"]').click();
      await submitDialog(page, '运营审核通过');
      await statusIs(page, 'APPROVED');
      // Finance's step is not operations': no button for it here.
      await expect(page.locator('button[data-action="FINANCE_APPROVE"]').count()).resolves.toBe(0);
    });

    await inPage(browser, 'returns-finance', async (page) => {
      await signIn(page, baseUrl, FINANCE, PASSWORD);
      await page.goto(`${baseUrl}#/returnRequests/${request.id}/show`);
      await statusIs(page, 'APPROVED');
      await page.locator('button[data-action="FINANCE_APPROVE"]').click();
      await submitDialog(page, '财务审核通过');
      await statusIs(page, 'AWAITING_RETURN');
    });
  });

  it('the customer’s tracking page shows the progress without internal text', () =>
    inPage(browser, 'returns-tracking', async (page) => {
      const [{ tracking_token: token }] = await t.em().getConnection().execute<Array<{ tracking_token: string }>>('select tracking_token from return_request where id = ?', [request.id]);
      await page.goto(`${baseUrl}#/trackReturn/${token}`);
      await page.getByText(request.number).waitFor();
      await page.locator('[data-status="AWAITING_RETURN"]').waitFor();
      await page.getByText('包装缺失，扣 200 元', { exact: false }).waitFor();
      await expect(page.content()).resolves.not.toContain('顾客第三次退货');
    }));
});
