import type { Browser, Locator, Page } from 'playwright-core';
import { Role } from '../../api/src/modules/auth/role';
import { ServiceOrder } from '../../api/src/modules/service-order/service-order.entity';
import { TimelineEvent } from '../../api/src/modules/service-order/timeline-event.entity';
import { orderScenario, type Scenario } from '../helpers/order-scenario';
import { BROWSER_TEST_TIMEOUT, inPage, openPanel, signIn } from '../helpers/panel-browser';
import { createTestApp, type TestApp } from '../helpers/test-app';

// About sixty steps through the panel: on a busy machine that takes well over a minute.
jest.setTimeout(BROWSER_TEST_TIMEOUT);

const DISPATCHER = 'order_dispatcher';
const PASSWORD = 'dispatch-password-2026';

/**
 * One repair call through the panel as a dispatcher takes it: intake by the caller's number,
 * dispatch to a suggested technician, the station's steps recorded on its behalf, hand-back and
 * the return visit; every step must land on the order's timeline.
 */
describe('a service order through the panel, from intake to return visit', () => {
  let t: TestApp;
  let s: Scenario;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp({ SERVE_ADMIN: 'true' });
    s = await orderScenario(t);
    await t.userWith([Role.DISPATCHER], { username: DISPATCHER, password: PASSWORD });
    ({ baseUrl, browser } = await openPanel(t));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The status chip beside the order number, once the page shows this status. */
  const statusIs = (page: Page, status: string) => page.locator(`h1 + [data-status="${status}"]`).waitFor();

  /** Types into an autocomplete and picks the option that appears for it. */
  async function choose(scope: Page | Locator, page: Page, label: string, text: string): Promise<void> {
    await scope.getByLabel(label).fill(text);
    await page.getByRole('option', { name: new RegExp(text) }).click();
  }

  /** Opens a step's dialog from its button, lets `fill` complete the form, submits, and waits for the new status. */
  async function step(page: Page, action: string, label: string, status: string, fill?: (dialog: Locator) => Promise<void>) {
    await page.locator(`button[data-action="${action}"]`).click();
    const dialog = page.getByRole('dialog');
    await fill?.(dialog);
    await dialog.getByRole('button', { name: label, exact: true }).click();
    await statusIs(page, status);
    await dialog.waitFor({ state: 'detached' });
  }

  it('walks one order from the phone call to the return visit', () =>
    inPage(browser, 'service-order-lifecycle', async (page) => {
      await signIn(page, baseUrl, DISPATCHER, PASSWORD);

      // 接件: part of the number finds the caller; Enter takes them, and their only unit with them.
      await page.getByRole('menuitem', { name: '接件' }).click();
      await page.getByLabel('来电号码').fill('0013800');
      await page.getByRole('button', { name: /张三/ }).waitFor();
      await page.getByLabel('来电号码').press('Enter');
      await page.getByTestId('caller').getByText('张三').waitFor();
      await expect(page.getByRole('radio', { name: new RegExp(s.unit.serialNumber) }).isChecked()).resolves.toBe(true);
      await page.getByLabel('故障描述').fill('空调不制冷，开机半小时仍吹热风');
      // Only the symptom codes of the product's category are offered.
      await page.getByLabel('故障现象').click();
      await page.getByRole('option', { name: /不制冷/ }).waitFor();
      await expect(page.getByRole('option', { name: /无图像/ }).count()).resolves.toBe(0);
      await page.getByRole('option', { name: /不制冷/ }).click();
      await page.getByRole('button', { name: '接件', exact: true }).click();
      await page.waitForURL(/#\/serviceOrders\/[^/]+\/show$/);
      await statusIs(page, 'RECEIVED');
      const number = (await page.locator('h1').textContent())!;
      expect(number).toMatch(/^SO-\d{4}-\d{6}$/);

      // 派工: the nearest station comes preselected; then the suggested technician who covers the customer's region.
      await step(page, 'DISPATCH', '派工', 'DISPATCHED', async (dialog) => {
        // A locator, not an element handle: it finds the input afresh if the dialog re-renders it
        // (React keeps a controlled input's value attribute in step with what it shows).
        await dialog.getByLabel('维修站').and(dialog.locator(`input[value="${s.near.name}"]`)).waitFor();
        const lead = dialog.getByRole('row', { name: new RegExp(s.lead.name) });
        await lead.getByRole('checkbox').check();
        await lead.getByText('主修').waitFor();
      });
      await page.getByText(`${s.near.name}`).first().waitFor();

      await step(page, 'START_REPAIR', '开始维修', 'IN_REPAIR', (dialog) => dialog.getByLabel('备注').fill('已上门，确认缺氟'));

      await step(page, 'COMPLETE', '完工', 'COMPLETED', async (dialog) => {
        await choose(dialog, page, '故障原因', s.cause.name);
        await choose(dialog, page, '故障部位', s.location.name);
        await choose(dialog, page, '维修方法', s.method.name);
      });

      await step(page, 'RETURN_TO_CUSTOMER', '交还顾客', 'RETURNED_TO_CUSTOMER');

      await step(page, 'RECORD_RETURN_VISIT', '回访', 'VISITED', async (dialog) => {
        await dialog.getByLabel('5 非常满意').check();
        await dialog.getByLabel('意见').fill('师傅很专业');
      });

      // Closed: no step is offered any more, and the tracker shows every step, the latest first.
      await expect(page.locator('button[data-action]').count()).resolves.toBe(0);
      const entries = await page.locator('ol[aria-label="timeline"] > li').all();
      const shown = await Promise.all(entries.map((entry) => entry.getAttribute('data-action')));
      expect(shown).toEqual(['RECORD_RETURN_VISIT', 'RETURN_TO_CUSTOMER', 'COMPLETE', 'START_REPAIR', 'DISPATCH', 'CREATE']);

      const em = t.em();
      const order = await em.findOneOrFail(ServiceOrder, { number });
      expect(order).toMatchObject({ status: 'visited', returnVisitScore: 5, stationId: s.near.id, causeCodeId: s.cause.id });
      const events = await em.find(TimelineEvent, { order }, { orderBy: { at: 'asc', id: 'asc' } });
      expect(events.map((e) => e.action)).toEqual([
        'create',
        'dispatch',
        'start_repair',
        'complete',
        'return_to_customer',
        'record_return_visit',
      ]);
    }));
});
