import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../api/src/modules/auth/role';
import { Region } from '../../api/src/modules/region/region.entity';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import { BROWSER_TEST_TIMEOUT, inPage as inBrowserPage, openPanel, signIn as signInAs } from '../helpers/panel-browser';
import { orderScenario, type Scenario } from '../helpers/order-scenario';
import { createTestApp, type TestApp } from '../helpers/test-app';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const PASSWORD = 'panel-password-2026';
const DISPATCHER = 'dashboard_dispatcher';
const MANAGER = 'dashboard_manager';

describe('the dashboard and list exports in Chromium', () => {
  let t: TestApp;
  let s: Scenario;
  let browser: Browser;
  let baseUrl: string;
  const received: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ SERVE_ADMIN: 'true' });
    s = await orderScenario(t);
    await t.userWith([Role.DISPATCHER], { username: DISPATCHER, password: PASSWORD });
    await t.userWith([Role.MANAGER], { username: MANAGER, password: PASSWORD });
    // Three orders waiting for dispatch, one overdue; one dispatched.
    for (let i = 0; i < 3; i += 1) received.push((await s.createOrder()).number);
    const overdue = await s.createOrder();
    await t.em().getConnection().execute(`update service_order set sla_due_at = now() - interval '2 hours' where id = ?`, [overdue.id]);
    received.push(overdue.number);
    await s.paths.dispatched((await s.createOrder()).id);
    // More regions than one page of the API holds (500), for the export to page through.
    const em = t.em();
    for (let i = 0; i < 520; i += 1) em.create(Region, { code: `EXP${i}`, name: `导出区域${i}`, level: 3 } as never);
    await withoutAudit(() => em.flush());
    ({ baseUrl, browser } = await openPanel(t));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const inPage = (name: string, steps: (page: Page) => Promise<void>) => inBrowserPage(browser, name, steps);
  const signIn = (page: Page, username = DISPATCHER) => signInAs(page, baseUrl, username, PASSWORD);
  const card = (page: Page, count: string) => page.locator(`a[data-count="${count}"]`);

  it('lands on the counts to act on; a count opens the list it counts', () =>
    inPage('dashboard', async (page) => {
      await signIn(page);
      await card(page, 'unassigned').waitFor();
      await expect(card(page, 'unassigned').textContent()).resolves.toBe('待派工4');
      await expect(card(page, 'overdue').textContent()).resolves.toBe('超期1');
      await expect(card(page, 'receivedToday').textContent()).resolves.toBe('今日接件5');
      // The chart (echarts) is drawn.
      await page.locator('canvas').first().waitFor();
      // The menu shows the overdue count beside 超期.
      await expect(page.getByTestId('overdue-count').textContent()).resolves.toBe('1');

      await card(page, 'unassigned').click();
      await page.waitForURL(/#\/serviceOrders\?.*filter=/);
      const rows = page.locator('table tbody tr');
      await page.getByText('1-4，共 4 条').waitFor();
      for (const number of received) await rows.filter({ hasText: number }).waitFor();
      await expect(rows.count()).resolves.toBe(4);
    }));

  it('a manager gets the dashboard but no intake', () =>
    inPage('manager-no-intake', async (page) => {
      await signIn(page, MANAGER);
      await card(page, 'overdue').waitFor();
      await expect(page.getByRole('menuitem', { name: '接件' }).count()).resolves.toBe(0);
      await page.getByRole('menuitem', { name: '服务单', exact: true }).click();
      await page.locator('table tbody tr').first().waitFor();
      await expect(page.locator('a[href="#/serviceOrders/create"]').count()).resolves.toBe(0);
    }));

  it('after Enter picks the caller, focus moves on to the next field', () =>
    inPage('intake-focus', async (page) => {
      const two = await s.f.customer({ name: '两台机客户', mobile: '13722220000' });
      for (const serial of ['TWO-1', 'TWO-2']) await s.f.unit({ product: s.product, owner: two, serialNumber: serial, purchaseDate: '2025-05-01' });
      await signIn(page);
      const pickByPhone = async (digits: string, name: string) => {
        await page.locator('input[name="phoneLookup"]').fill(digits);
        await page.getByRole('button', { name: new RegExp(name) }).waitFor();
        await page.locator('input[name="phoneLookup"]').press('Enter');
        await page.getByText(name).first().waitFor();
      };
      await page.goto(`${baseUrl}#/serviceOrders/create`);
      // One unit: it is the one the call is about, so the fault comes next.
      await pickByPhone('13800138000', '张三');
      await page.locator('[name="reportedSymptom"]:focus').waitFor();
      // Two units: the choice between them.
      await page.getByRole('button', { name: '更换客户' }).click();
      await pickByPhone('13722220000', '两台机客户');
      await page.locator('input[name="productUnitChoice"]:focus').waitFor();
    }));

  it('exports the whole list as CSV from the server, named columns, more rows than a page holds', () =>
    inPage('export', async (page) => {
      await signIn(page);
      await page.getByRole('menuitem', { name: '服务单', exact: true }).click();
      await page.locator('table tbody tr').first().waitFor();
      const csvOf = async () => {
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: '导出', exact: true }).click();
        await page.getByRole('menuitem', { name: /CSV/ }).click();
        return fs.readFileSync((await (await download).path())!, 'utf8');
      };
      const csv = await csvOf();
      expect(csv).toMatch(/^\ufeff[^\r\n]*单号/);
      const lines = csv.trimEnd().split('\r\n');
      expect(lines).toHaveLength(1 + 5);
      expect(lines.slice(1).some((l) => l.includes(received[0]) && l.includes('已接件'))).toBe(true);

      // The regions: more than the 500 rows a page of the API holds, every one in the file.
      await page.getByRole('menuitem', { name: '区域', exact: true }).click();
      // The orders stay on screen until the regions have rendered (a react-router transition).
      await page.locator('table tbody tr', { hasText: '导出区域' }).first().waitFor();
      const regions = (await csvOf()).trimEnd().split('\r\n');
      expect(regions[0]).toMatch(/名称/);
      expect(regions.length - 1).toBeGreaterThanOrEqual(521);
      expect(regions.some((l) => l.includes('导出区域519'))).toBe(true);
    }));
});
